// The bundled action as GitHub runs it: `node dist/index.js` in a checkout, configured only through the
// runner's environment (GITHUB_EVENT_PATH with GitHub's real pull_request payload, INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), talking to the GitHub stand-in and a loopback model server.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { DemoServer } from '../../src/demo/chat-model.ts';
import { gitChangedFiles } from '../../src/github/changed-files.ts';
import { commentMarker } from '../../src/github/sticky-comment.ts';
import { startOpenAIServer } from '../support/model-servers.ts';
import { actionFiles } from './action-files.ts';
import { makeExampleRepo } from '../support/git-repo.ts';
import { pullRequestRunnerEnv, startHarness, type Harness } from './harness.ts';
import { ACTIONS_BOT } from '../support/github-standin.ts';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(import.meta.dirname, '..', '..');
const entry = join(root, 'dist', 'index.js');
const skip = existsSync(entry) ? false : 'dist/ is missing: run `node scripts/build.mjs`';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

describe('the bundled action on a pull request', { skip }, () => {
  let h: Harness;
  let chat: DemoServer;
  let repo: string;
  let base: string;
  let head: string;
  const work = mkdtempSync(join(tmpdir(), 'sg-e2e-'));

  before(async () => {
    h = await startHarness();
    // Imported inside the hook: a missing dist/ skips the suite before the demo model is loaded.
    const { startChatModel } = await import('../../src/demo/chat-model.ts');
    chat = await startChatModel();
    ({ dir: repo, base, head } = makeExampleRepo(join(root, 'examples', 'support-bot'), join(work, 'repo')));
  });
  after(async () => {
    await chat?.close();
    await h?.close();
  });

  async function runAction(inputs: Record<string, string>, changed: string[], whileRunning?: (child: ChildProcess) => void | Promise<void>): Promise<Run> {
    const [owner, name] = ['Codertocat', 'Hello-World'];
    h.standin.setPullFiles(
      owner,
      name,
      2,
      changed.map((filename) => ({ filename })),
    );
    const files = actionFiles();
    const eventPath = join(files.dir, 'event.json');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      ...pullRequestRunnerEnv(h, { eventPath, base, head, changedFiles: changed.length, repository: `${owner}/${name}`, runId: '4242', workspace: repo }),
      RUNNER_TEMP: files.dir,
      ...files.env,
      'INPUT_GITHUB-TOKEN': 'actions-token',
      INPUT_COMMAND: 'shadow',
      INPUT_MANIFEST: 'shadowgate.yaml',
      'INPUT_FAIL-ON': 'never',
      'INPUT_REPORT-DIR': join(files.dir, 'report'),
      INPUT_COMMENT: 'true',
      'INPUT_BASELINE-ENDPOINT': chat.url,
      'INPUT_CANDIDATE-ENDPOINT': chat.url,
      'INPUT_NOISE-FLOOR': 'false',
      ...inputs,
    };
    const child = spawn(process.execPath, [entry], { cwd: repo, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const closed = new Promise<number | null>((done) => child.on('close', done));
    await whileRunning?.(child);
    const code = await closed;
    return { code, stdout, stderr, outputs: files.outputs(), summary: files.summary() };
  }

  test('a prompt change is evaluated, commented once, and updated in place on the next run', async () => {
    const changed = await gitChangedFiles(base, head, repo);
    const first = await runAction({}, changed);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(first.outputs.skipped, 'false');
    assert.match(first.outputs.verdict ?? '', /^(pass|warn|fail|inconclusive)$/);
    assert.ok(existsSync(first.outputs['report-json'] ?? ''), 'report-json points at a file');
    const comments = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.equal(comments.length, 1);
    assert.ok(comments[0]?.body.includes(commentMarker('support-bot')));
    assert.equal(first.outputs['comment-url'], `${h.standin.origin}/Codertocat/Hello-World/pull/2#issuecomment-${comments[0]?.id}`);
    // The report folder's Markdown file is exactly the comment.
    assert.equal(readFileSync(join(first.outputs['report-dir'] ?? '', 'shadowgate-report.md'), 'utf8'), comments[0]?.body);
    assert.ok(first.summary.length > 0);

    const second = await runAction({}, changed);
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 2).length, 1, 'still one comment');
    assert.equal(second.outputs['comment-url'], first.outputs['comment-url']);
  });

  test('a pull request reverted to a README-only change is not evaluated; its earlier comment says so', async () => {
    const run = await runAction({}, ['README.md']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.skipped, 'true');
    assert.equal(run.outputs.verdict, undefined);
    const comments = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.equal(comments.length, 1, 'the earlier comment, rewritten');
    assert.match(comments[0]?.body ?? '', new RegExp(`\`support-bot\` not evaluated at \`${head.slice(0, 7)}\``));
    assert.ok(comments[0]?.body.includes(commentMarker('support-bot')));

    const before = h.standin.writes().length;
    const again = await runAction({}, ['README.md']);
    assert.equal(again.outputs.skipped, 'true');
    assert.equal(h.standin.writes().length, before, 'nothing left to say: no write');
  });

  test('fail-on fail with a failing verdict fails the step but still comments', async () => {
    const changed = await gitChangedFiles(base, head, repo);
    const run = await runAction({ 'INPUT_FAIL-ON': 'fail' }, changed);
    assert.equal(run.code, run.outputs.verdict === 'fail' ? 1 : 0, run.stdout + run.stderr);
    assert.ok(run.outputs['comment-url']);
  });

  test('retried and expected GitHub failures leave no error annotation; an installation token never calls GET /user', async () => {
    // The Actions GITHUB_TOKEN is an installation token: `ghs_…`.
    h.standin.tokens.set('ghs_16C7e42F292c6912E7710c838347Ae178B4a', { user: ACTIONS_BOT, app: 'github-actions', canGetUser: false });
    const changed = await gitChangedFiles(base, head, repo);
    // One 502 on listing the comments: retried by the client, so it changes nothing.
    h.standin.inject({ operationId: 'issues/list-comments', kind: '502' });
    const before = h.standin.requests.length;
    const run = await runAction({ 'INPUT_GITHUB-TOKEN': 'ghs_16C7e42F292c6912E7710c838347Ae178B4a' }, changed);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(run.outputs['comment-url']);
    const requests = h.standin.requests.slice(before);
    assert.equal(requests.filter((r) => r.operationId === 'issues/list-comments').length, 2, 'the 502 was retried');
    assert.equal(requests.filter((r) => r.operationId === 'users/get-authenticated').length, 0, 'no GET /user');
    assert.deepEqual(
      run.stdout.split('\n').filter((l) => l.startsWith('::error')),
      [],
    );

    // A token whose type is unknown still asks GET /user; its expected 403 is no error either.
    const other = await runAction({}, changed);
    assert.equal(other.code, 0, other.stdout + other.stderr);
    assert.ok(
      h.standin.requests.some((r) => r.operationId === 'users/get-authenticated' && r.status === 403),
      'GET /user answered 403',
    );
    assert.deepEqual(
      other.stdout.split('\n').filter((l) => l.startsWith('::error')),
      [],
    );
  });

  test('a job cancelled mid-replay (SIGINT) still comments: partial, with the reason, and exits 130', async () => {
    // Slow enough that the signal lands mid-replay.
    const slow = await startOpenAIServer({
      latencyMs: 400,
      keepRequests: false,
      answer: () => '{"intent": "shipping", "answer": "On its way.", "escalate": false}',
    });
    try {
      const changed = await gitChangedFiles(base, head, repo);
      const run = await runAction({ 'INPUT_BASELINE-ENDPOINT': slow.url, 'INPUT_CANDIDATE-ENDPOINT': slow.url }, changed, async (child) => {
        while (slow.count < 12) await sleep(20);
        child.kill('SIGINT'); // what GitHub sends first when a job is cancelled
      });
      assert.equal(run.code, 130, run.stdout + run.stderr);
      assert.match(run.outputs.verdict ?? '', /^(pass|warn|fail|inconclusive)$/);
      const comment = h.standin.commentsOn('Codertocat', 'Hello-World', 2)[0];
      assert.match(comment?.body ?? '', /Partial report: the replay stopped early — cancelled \(SIGINT\)/);
      assert.equal(run.outputs['comment-url'], `${h.standin.origin}/Codertocat/Hello-World/pull/2#issuecomment-${comment?.id}`);
      assert.deepEqual(
        run.stdout.split('\n').filter((l) => l.startsWith('::error')),
        [],
      );
    } finally {
      await slow.close();
    }
  });

  // Outages: nothing could be compared, so the step fails whatever fail-on says, and the comment names
  // each side's failures instead of showing a green check.
  async function closedPort(): Promise<number> {
    const server = createNetServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    await new Promise<void>((done) => server.close(() => done()));
    return port;
  }
  const outages: Array<{ name: string; endpoints: () => Promise<{ baseline: string; candidate: string; close?: () => Promise<void> }>; names: RegExp }> = [
    {
      name: 'both sides 401',
      endpoints: async () => {
        const server = await startOpenAIServer({ fault: () => ({ kind: 'status', status: 401, body: { error: { message: 'Incorrect API key provided' } } }) });
        return { baseline: server.url, candidate: server.url, close: () => server.close() };
      },
      names: /baseline: HTTP 401 ×(\d+); candidate: HTTP 401 ×\1/,
    },
    {
      name: 'both connection refused',
      endpoints: async () => {
        const url = `http://127.0.0.1:${await closedPort()}/v1`;
        return { baseline: url, candidate: url };
      },
      names: /baseline: connection refused ×(\d+); candidate: connection refused ×\1/,
    },
    {
      name: 'baseline 404',
      endpoints: async () => {
        const server = await startOpenAIServer({ fault: () => ({ kind: 'status', status: 404, body: { error: { message: 'The model does not exist' } } }) });
        return { baseline: server.url, candidate: chat.url, close: () => server.close() };
      },
      names: /baseline: HTTP 404 ×\d+(?!; candidate)/,
    },
  ];
  for (const outage of outages) {
    test(`an outage (${outage.name}) fails the step even with fail-on never, and the comment names the failures`, async () => {
      const changed = await gitChangedFiles(base, head, repo);
      const endpoints = await outage.endpoints();
      try {
        const run = await runAction(
          { 'INPUT_FAIL-ON': 'never', 'INPUT_BASELINE-ENDPOINT': endpoints.baseline, 'INPUT_CANDIDATE-ENDPOINT': endpoints.candidate },
          changed,
        );
        assert.equal(run.code, 1, run.stdout + run.stderr);
        assert.equal(run.outputs.verdict, 'error');
        assert.match(run.stdout, /support-bot: ERROR — \d+ pairs, \d+ failed requests \(/);
        assert.match(run.stdout, outage.names);
        const comment = h.standin.commentsOn('Codertocat', 'Hello-World', 2).find((c) => c.body.includes(commentMarker('support-bot')));
        assert.ok(comment, 'the sticky comment was written');
        assert.match(comment.body, /ERROR for `support-bot`/);
        assert.doesNotMatch(comment.body, /✅ (Shadowgate|pass)/, 'no green verdict or passing gate');
        assert.match(comment.body, outage.names);
      } finally {
        await endpoints.close?.();
      }
    });
  }
});
