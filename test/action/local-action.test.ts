// The action under @github/local-action, GitHub's tool for running an action from a .env file: the shadow
// command against a loopback model server and the GitHub stand-in (which checks every request against
// GitHub's API description), with the outputs local-action reports.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startChatModel, type DemoServer } from '../../src/demo/chat-model.ts';
import { gitChangedFiles } from '../../src/github/changed-files.ts';
import { commentMarker } from '../../src/github/sticky-comment.ts';
import { makeExampleRepo } from '../support/git-repo.ts';
import { pullRequestRunnerEnv, startHarness, type Harness } from '../github/harness.ts';
import { ROOT, runLocalAction, shownRun } from './local-action-run.ts';

const [OWNER, REPO] = ['Codertocat', 'Hello-World'];

describe('local-action run . src/main.ts .env — shadow on a pull request', () => {
  let h: Harness;
  let chat: DemoServer;
  let repo: string;
  let base: string;
  let head: string;
  const work = mkdtempSync(join(tmpdir(), 'sg-local-action-shadow-'));

  before(async () => {
    h = await startHarness();
    chat = await startChatModel();
    ({ dir: repo, base, head } = makeExampleRepo(join(ROOT, 'examples', 'support-bot'), join(work, 'repo')));
  });
  after(async () => {
    await chat?.close();
    await h?.close();
  });

  /** The variables of a .env for a pull_request run, with GitHub's own `pull_request.opened` payload. */
  function dotenv(changed: string[], inputs: Record<string, string> = {}): Record<string, string> {
    h.standin.setPullFiles(
      OWNER,
      REPO,
      2,
      changed.map((filename) => ({ filename })),
    );
    const eventPath = join(mkdtempSync(join(work, 'event-')), 'event.json');
    const summary = join(work, 'summary.md');
    writeFileSync(summary, '');
    return {
      ...pullRequestRunnerEnv(h, { eventPath, base, head, changedFiles: changed.length, repository: `${OWNER}/${REPO}`, runId: '4343', workspace: repo }),
      GITHUB_STEP_SUMMARY: summary,
      'INPUT_GITHUB-TOKEN': 'actions-token',
      'INPUT_BASELINE-ENDPOINT': chat.url,
      'INPUT_CANDIDATE-ENDPOINT': chat.url,
      'INPUT_FAIL-ON': 'never',
      'INPUT_REPORT-DIR': join(work, 'report'),
      ...inputs,
    };
  }

  test('a prompt change is evaluated: outputs, report, one sticky comment on the pull request', async () => {
    const before = chat.requests();
    const run = await runLocalAction(dotenv(await gitChangedFiles(base, head, repo)));
    assert.equal(run.code, 0, shownRun(run));
    assert.doesNotMatch(run.stdout, /internal error/, shownRun(run));
    assert.equal(run.outputs.skipped, 'false', shownRun(run));
    assert.match(run.outputs.verdict ?? '', /^(pass|warn|fail|inconclusive)$/);
    const report = JSON.parse(readFileSync(run.outputs['report-json'] ?? '', 'utf8')) as { service: string };
    assert.equal(report.service, 'support-bot');
    assert.ok(chat.requests() > before, 'the model server was called');
    const comments = h.standin.commentsOn(OWNER, REPO, 2);
    assert.equal(comments.length, 1);
    assert.ok(comments[0]?.body.includes(commentMarker('support-bot')));
    assert.equal(run.outputs['comment-url'], `${h.standin.origin}/${OWNER}/${REPO}/pull/2#issuecomment-${comments[0]?.id}`);
  });

  test('a README-only change is skipped without calling the model', async () => {
    const before = chat.requests();
    const run = await runLocalAction(dotenv(['README.md']));
    assert.equal(run.code, 0, shownRun(run));
    assert.equal(run.outputs.skipped, 'true', shownRun(run));
    assert.equal(run.outputs.verdict, undefined);
    assert.equal(chat.requests(), before);
  });

  test('a bad input in the .env is one error naming it; the run exits non-zero and calls nothing', async () => {
    const requests = h.standin.requests.length;
    const run = await runLocalAction(dotenv(['README.md'], { 'INPUT_NOISE-FLOOR': 'yes', 'INPUT_REPORT-DIR': join(work, 'report-bad') }));
    assert.notEqual(run.code, 0, shownRun(run));
    assert.equal(run.errors.length, 1, shownRun(run));
    assert.match(run.errors[0] ?? '', /input noise-floor must be true or false \(got "yes"\)/);
    assert.doesNotMatch(run.stdout, /internal error/);
    assert.equal(h.standin.requests.length, requests, 'no GitHub request');
    assert.ok(!existsSync(join(work, 'report-bad')), 'no report written');
  });
});
