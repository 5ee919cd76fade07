import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readPullRequestContext } from '../../src/github/context.ts';
import { UserError } from '../../src/errors.ts';
import { startHarness } from './harness.ts';

// GitHub's real webhook payloads, as collected by @octokit/webhooks-examples.
type Example = { name: string; examples: Record<string, any>[] };
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as Example[];
const payload = (event: string, action?: string) => {
  const found = examples.find((e) => e.name === event)?.examples.find((x) => !action || x.action === action);
  assert.ok(found, `${event}.${action} example`);
  return structuredClone(found);
};
/** The only fork in the collection is the `fork` event's forkee; put it as the head of an opened PR. */
function forkPullPayload() {
  const pr = payload('pull_request', 'opened');
  pr.pull_request.head.repo = payload('fork').forkee;
  return pr;
}

const dir = mkdtempSync(join(tmpdir(), 'sg-ctx-'));
function envFor(eventName: string, body: unknown, extra: Record<string, string> = {}) {
  const path = join(dir, `${eventName}-${Math.random()}.json`);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '1658821493',
    ...extra,
  };
}

test('pull_request opened: refs, SHAs, number, run URL; not a fork', async () => {
  const event = payload('pull_request', 'opened');
  const ctx = await readPullRequestContext({ env: envFor('pull_request', event) });
  assert.equal(ctx.owner, 'Codertocat');
  assert.equal(ctx.repo, 'Hello-World');
  assert.equal(ctx.prNumber, event.number);
  assert.equal(ctx.baseRef, event.pull_request.base.ref);
  assert.equal(ctx.baseSha, event.pull_request.base.sha);
  assert.equal(ctx.headSha, event.pull_request.head.sha);
  assert.equal(ctx.isFork, false);
  assert.equal(ctx.changedFilesCount, event.pull_request.changed_files);
  assert.equal(ctx.runUrl, 'https://github.com/Codertocat/Hello-World/actions/runs/1658821493');
});

test('pull_request with base-ref / head-ref inputs: they replace the pull request commits (they only default to them)', async () => {
  const event = payload('pull_request', 'opened');
  const ctx = await readPullRequestContext({ env: envFor('pull_request', event), dispatch: { baseRef: 'HEAD~1', headRef: ' HEAD ' } });
  assert.equal(ctx.prNumber, event.number, 'still the pull request');
  assert.equal(ctx.baseSha, 'HEAD~1');
  assert.equal(ctx.baseRef, 'HEAD~1');
  assert.equal(ctx.headSha, 'HEAD');
  const unset = await readPullRequestContext({ env: envFor('pull_request', event), dispatch: { baseRef: '', headRef: '' } });
  assert.equal(unset.baseSha, event.pull_request.base.sha, 'empty inputs keep the pull request commits');
  assert.equal(unset.headSha, event.pull_request.head.sha);
});

test('pull_request synchronize: the head is the pushed commit', async () => {
  const event = payload('pull_request', 'synchronize');
  const ctx = await readPullRequestContext({ env: envFor('pull_request', event) });
  assert.equal(ctx.headSha, event.after);
  assert.equal(ctx.isFork, false);
});

test('a PR from a fork (and pull_request_target) is flagged as a fork; a deleted fork too', async () => {
  const fork = forkPullPayload();
  assert.equal((await readPullRequestContext({ env: envFor('pull_request', fork) })).isFork, true);
  assert.equal((await readPullRequestContext({ env: envFor('pull_request_target', fork) })).isFork, true);
  const gone = payload('pull_request', 'opened');
  gone.pull_request.head.repo = null;
  assert.equal((await readPullRequestContext({ env: envFor('pull_request', gone) })).isFork, true);
});

test('workflow_dispatch with base-ref/head-ref from the dispatch inputs', async () => {
  const event = payload('workflow_dispatch');
  event.inputs = { 'base-ref': 'main', 'head-ref': 'feature/new-model' };
  const ctx = await readPullRequestContext({ env: envFor('workflow_dispatch', event, { GITHUB_REPOSITORY: 'octo-org/octo-repo' }) });
  assert.equal(ctx.prNumber, undefined);
  assert.equal(ctx.baseSha, 'main');
  assert.equal(ctx.headSha, 'feature/new-model');
});

test('workflow_dispatch with a PR number looks the pull request up', async () => {
  const h = await startHarness();
  after(() => h.close());
  const pull = payload('pull_request', 'opened').pull_request;
  h.standin.setPull('Codertocat', 'Hello-World', pull);
  const event = payload('workflow_dispatch');
  const ctx = await readPullRequestContext({
    env: envFor('workflow_dispatch', event),
    dispatch: { prNumber: String(pull.number) },
    octokit: h.client(),
  });
  assert.equal(ctx.prNumber, pull.number);
  assert.equal(ctx.headSha, pull.head.sha);
  assert.equal(ctx.eventName, 'workflow_dispatch');
});

test('bad setups are UserErrors that say what to fix', async () => {
  const bad = async (env: Record<string, string>, why: RegExp, dispatch?: { prNumber?: string }) =>
    assert.rejects(readPullRequestContext({ env, ...(dispatch ? { dispatch } : {}) }), (e: unknown) => e instanceof UserError && why.test(e.format()));
  await bad(envFor('push', {}), /event 'push' is not supported/);
  await bad(envFor('pull_request', '{ not json'), /-.*\.json:1: the event payload is not valid JSON/);
  await bad({ ...envFor('pull_request', {}), GITHUB_EVENT_PATH: join(dir, 'missing.json') }, /missing\.json: cannot read the event payload/);
  await bad(envFor('pull_request', { action: 'opened' }), /no pull_request object/);
  await bad(envFor('workflow_dispatch', { inputs: {} }), /needs either pr-number or base-ref/);
  await bad(envFor('workflow_dispatch', { inputs: {} }), /pr-number must be a positive integer/, { prNumber: 'abc' });
  await bad({ ...envFor('pull_request', {}), GITHUB_REPOSITORY: 'nope' }, /owner\/repo/);
});
