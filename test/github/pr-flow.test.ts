import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { createAnnotator } from '../../src/github/annotations.ts';
import type { PullRequestContext } from '../../src/github/context.ts';
import { actionsIO, parseFailOn, runPullRequestFlow, verdictFails, type ActionIO, type EvaluationOutcome, type FailOn } from '../../src/github/pr-flow.ts';
import { commentMarker } from '../../src/github/sticky-comment.ts';
import type { Verdict } from '../../src/types.ts';
import { actionFiles } from './action-files.ts';
import { makeRepo } from '../support/git-repo.ts';
import { startHarness, type Harness } from './harness.ts';

const ctx: PullRequestContext = {
  eventName: 'pull_request',
  owner: 'Codertocat',
  repo: 'Hello-World',
  prNumber: 2,
  baseRef: 'master',
  baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
  headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
  isFork: false,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42',
};

let h: Harness;
// @actions/core remembers the summary file of its first write, so one set of runner files serves every test.
const files = actionFiles();
Object.assign(process.env, files.env);
let failures: string[];
let annotations: { level: string; message: string; props?: unknown }[];
let io: ActionIO;

beforeEach(async () => {
  h = await startHarness();
  files.reset();
  failures = [];
  annotations = [];
  // Outputs and summary go through the real @actions/core into the runner files; failing the step and
  // annotations are recorded here, because core.setFailed would mark this test process itself as failed.
  const real = actionsIO(h.log);
  const sink = {
    error: (message: string, props?: unknown) => annotations.push({ level: 'error', message, props }),
    warning: (message: string, props?: unknown) => annotations.push({ level: 'warning', message, props }),
    notice: (message: string, props?: unknown) => annotations.push({ level: 'notice', message, props }),
    info: () => {},
  };
  io = { ...real, setFailed: (m) => failures.push(m), notice: (m) => sink.notice(m), annotator: createAnnotator(sink, '/work/repo') };
  h.standin.setPullFiles('Codertocat', 'Hello-World', 2, [{ filename: 'prompts/system.md' }, { filename: 'README.md' }]);
});
afterEach(async () => h.close());

function outcome(verdict: Verdict): EvaluationOutcome {
  return {
    service: 'checkout-assistant',
    markdown: `## shadowgate: ${verdict}\n\n| metric | Δ |\n|---|---|\n| schema pass | -0.4 pp |\n`,
    verdict,
    jsonPath: '/tmp/r/shadowgate-report.json',
    reportDir: '/tmp/r',
  };
}

function flow(verdict: Verdict, over: Partial<Parameters<typeof runPullRequestFlow>[0]> = {}) {
  let evaluated = 0;
  const run = runPullRequestFlow({
    ctx,
    octokit: h.client(),
    relevant: (paths) => (paths.some((p) => p.startsWith('prompts/')) ? ['prompt'] : []),
    evaluate: async () => {
      evaluated++;
      return outcome(verdict);
    },
    failOn: 'fail',
    log: h.log,
    io,
    ...over,
  });
  return run.then((result) => ({ result, evaluated }));
}

describe('pull request flow', () => {
  test('a relevant change is evaluated, commented, summarised and reported in outputs', async () => {
    const { result, evaluated } = await flow('pass');
    assert.equal(evaluated, 1);
    assert.equal(result.failed, false);
    const [comment] = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.ok(comment?.body.includes('## shadowgate: pass'));
    assert.ok(comment?.body.includes(commentMarker('checkout-assistant')));
    const outputs = files.outputs();
    assert.equal(outputs.verdict, 'pass');
    assert.equal(outputs.skipped, 'false');
    assert.equal(outputs['report-json'], '/tmp/r/shadowgate-report.json');
    assert.equal(outputs['report-dir'], '/tmp/r');
    assert.equal(outputs['comment-url'], `${h.standin.origin}/Codertocat/Hello-World/pull/2#issuecomment-${comment?.id}`);
    assert.match(files.summary(), /## shadowgate: pass/);
    assert.match(files.summary(), /actions\/runs\/42/);
    assert.deepEqual(failures, []);

    // A second push with the same result leaves the comment alone.
    const writes = h.standin.writes().length;
    await flow('pass');
    assert.equal(h.standin.writes().length, writes);
  });

  test('nothing relevant changed: no evaluation, skipped=true, a short note', async () => {
    h.standin.setPullFiles('Codertocat', 'Hello-World', 2, [{ filename: 'README.md' }, { filename: 'docs/intro.md' }]);
    const { result, evaluated } = await flow('pass', { relevant: () => false });
    assert.equal(evaluated, 0);
    assert.equal(result.skipped, true);
    assert.equal(files.outputs().skipped, 'true');
    assert.equal(files.outputs().verdict, undefined);
    assert.match(files.summary(), /none of the 2 changed files touches/);
    assert.equal(h.standin.writes().length, 0);
  });

  test('a change reverted after its evaluation: the comment says the evaluation no longer applies', async () => {
    await flow('fail');
    const [evaluated] = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.ok(evaluated?.body.includes('## shadowgate: fail'));
    failures.length = 0;

    // The prompt change is reverted: the pull request now only touches docs.
    h.standin.setPullFiles('Codertocat', 'Hello-World', 2, [{ filename: 'README.md' }]);
    const services = () => ['checkout-assistant'];
    const { result, evaluated: runs } = await flow('pass', { relevant: () => false, services });
    assert.equal(runs, 0);
    assert.equal(result.skipped, true);
    const comments = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.equal(comments.length, 1, 'the same comment, rewritten');
    const [note] = comments;
    assert.equal(note?.id, evaluated?.id);
    assert.ok(!note?.body.includes('## shadowgate: fail'), 'the stale verdict is gone');
    assert.match(note?.body ?? '', /`checkout-assistant` not evaluated at `ec26c3e`/);
    assert.match(note?.body ?? '', /no longer applies/);
    assert.ok(note?.body.includes(commentMarker('checkout-assistant')), 'still found as ours by the next evaluation');
    assert.deepEqual(failures, []);

    // The next skipped push changes nothing; a new relevant change takes the comment over again.
    const writes = h.standin.writes().length;
    await flow('pass', { relevant: () => false, services });
    assert.equal(h.standin.writes().length, writes);
    h.standin.setPullFiles('Codertocat', 'Hello-World', 2, [{ filename: 'prompts/system.md' }]);
    await flow('pass');
    const [again] = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.equal(again?.id, evaluated?.id);
    assert.ok(again?.body.includes('## shadowgate: pass'));
  });

  test('a skipped run posts nothing where no evaluation was ever commented', async () => {
    h.standin.setPullFiles('Codertocat', 'Hello-World', 2, [{ filename: 'README.md' }]);
    await flow('pass', { relevant: () => false, services: () => ['checkout-assistant', 'other-service'] });
    assert.deepEqual(h.standin.commentsOn('Codertocat', 'Hello-World', 2), []);
    assert.equal(h.standin.writes().length, 0);
  });

  test('fork pull requests are skipped before anything runs, with a notice', async () => {
    const { result, evaluated } = await flow('pass', { ctx: { ...ctx, isFork: true } });
    assert.equal(evaluated, 0);
    assert.equal(result.skipped, true);
    assert.equal(h.standin.requests.length, 0, 'not even the file listing is fetched');
    assert.ok(annotations.some((a) => a.level === 'notice' && /fork/.test(a.message) && /pr-number: 2/.test(a.message)));
  });

  test('a maintainer dispatching a fork PR by number is taken as approval: it is evaluated', async () => {
    const { result, evaluated } = await flow('pass', { ctx: { ...ctx, isFork: true, eventName: 'workflow_dispatch' } });
    assert.equal(evaluated, 1);
    assert.equal(result.skipped, false);
    assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 2).length, 1);
  });

  for (const [verdict, failOn, fails] of [
    ['fail', 'fail', true],
    ['warn', 'fail', false],
    ['inconclusive', 'fail', false],
    ['warn', 'warn', true],
    ['inconclusive', 'warn', true],
    ['pass', 'warn', false],
    ['fail', 'never', false],
    ['error', 'never', true],
    ['error', 'fail', true],
  ] as [Verdict, FailOn, boolean][]) {
    test(`verdict ${verdict} with fail-on ${failOn} ${fails ? 'fails' : 'does not fail'} the step`, async () => {
      const { result } = await flow(verdict, { failOn });
      assert.equal(result.failed, fails);
      assert.equal(failures.length, fails ? 1 : 0);
      if (fails) assert.match(failures[0] ?? '', new RegExp(`checkout-assistant: ${verdict}`));
      assert.equal(files.outputs().verdict, verdict);
      assert.equal(verdictFails(verdict, failOn), fails);
    });
  }

  test('GitHub failing after retries never fails a passing evaluation', async () => {
    h.standin.inject({ operationId: 'issues/create-comment', kind: '502', times: 50 });
    const { result } = await flow('pass');
    assert.equal(result.failed, false);
    assert.deepEqual(failures, []);
    assert.equal(files.outputs().verdict, 'pass');
    assert.equal(files.outputs()['comment-url'], undefined);
    assert.ok(annotations.some((a) => a.level === 'warning' && /comment could not be posted.*502/.test(a.message)));
    assert.match(files.summary(), /## shadowgate: pass/, 'the report still reaches the job summary');
  });

  test('a token without pull-requests: write only warns, naming the permission', async () => {
    h.standin.tokens.set('read-only', {
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      app: 'github-actions',
      canGetUser: false,
      canWrite: false,
    });
    const { result } = await flow('pass', { octokit: h.client('read-only') });
    assert.equal(result.failed, false);
    assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 2).length, 0);
    assert.ok(annotations.some((a) => a.level === 'warning' && /permissions: pull-requests: write/.test(a.message)));
  });

  test('a PR past the 3,000-file cap is judged by git diff, with a notice', async () => {
    const repo = makeRepo({ 'prompts/system.md': 'v1\n' }, {}, { 'prompts/system.md': 'v2\n' });
    h.standin.setPullFiles(
      'Codertocat',
      'Hello-World',
      2,
      Array.from({ length: 3100 }, (_, i) => ({ filename: `gen/${i}.json` })),
    );
    const { result, evaluated } = await flow('pass', { ctx: { ...ctx, baseSha: repo.base, headSha: repo.head }, cwd: repo.dir });
    assert.equal(evaluated, 1, 'the prompt change hidden past the cap is seen');
    assert.deepEqual(result.changedFiles?.paths, ['prompts/system.md']);
    assert.ok(annotations.some((a) => a.level === 'notice' && /more files than GitHub lists \(3000\)/.test(a.message)));
  });

  test('listing files failing falls back to the git diff of the checkout', async () => {
    const repo = makeRepo({ 'prompts/system.md': 'v1\n' }, {}, { 'prompts/system.md': 'v2\n' });
    h.standin.inject({ operationId: 'pulls/list-files', kind: '502', times: 50 });
    const { result, evaluated } = await flow('pass', { ctx: { ...ctx, baseSha: repo.base, headSha: repo.head }, cwd: repo.dir });
    assert.equal(evaluated, 1);
    assert.equal(result.changedFiles?.source, 'git');
    assert.deepEqual(result.changedFiles?.paths, ['prompts/system.md']);
  });

  test('when neither GitHub nor git can tell, it evaluates anyway and warns', async () => {
    h.standin.inject({ operationId: 'pulls/list-files', kind: '502', times: 50 });
    const { evaluated } = await flow('pass', { cwd: files.dir });
    assert.equal(evaluated, 1);
    assert.ok(annotations.some((a) => a.level === 'warning' && /fetch-depth: 0/.test(a.message)));
  });

  test('a user error in the evaluation becomes an annotation on its file and line and fails the step', async () => {
    const { result } = await flow('pass', {
      evaluate: async () => {
        throw new UserError("unknown key 'temprature'", { file: '/work/repo/shadowgate.yaml', line: 12, column: 5 }, "did you mean 'temperature'?");
      },
    });
    assert.equal(result.failed, true);
    assert.deepEqual(annotations[0], {
      level: 'error',
      message: "unknown key 'temprature'\nhint: did you mean 'temperature'?",
      props: { file: 'shadowgate.yaml', startLine: 12, startColumn: 5 },
    });
    assert.match(failures[0] ?? '', /shadowgate\.yaml:12:5: unknown key 'temprature'/);
    assert.equal(h.standin.writes().length, 0, 'no comment for a broken manifest');
  });

  test('fail-on accepts fail, warn, never (any case) and names the input otherwise', () => {
    assert.equal(parseFailOn(''), 'fail');
    assert.equal(parseFailOn(' WARN '), 'warn');
    assert.equal(parseFailOn('never'), 'never');
    assert.throws(
      () => parseFailOn('always'),
      (e: unknown) => e instanceof UserError && /fail-on must be one of fail, warn, never/.test(e.message),
    );
  });
});
