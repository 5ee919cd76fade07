// runPullRequestAction: what main.ts calls. Inputs come from INPUT_* variables, results go to the runner files
// and to workflow commands on stdout, exactly as in a real run.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { actionsLog, runPullRequestAction } from '../../src/github/action.ts';
import type { EvaluationOutcome } from '../../src/github/pr-flow.ts';
import { actionFiles } from './action-files.ts';
import { startHarness, type Harness } from './harness.ts';

type Example = { name: string; examples: Record<string, any>[] };
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as Example[];
const opened = webhooks.find((w) => w.name === 'pull_request')?.examples.find((e) => e.action === 'opened');

const files = actionFiles();
let h: Harness;
let stdout: string[];
const realWrite = process.stdout.write.bind(process.stdout);

function envFor(eventName: string, inputs: Record<string, string> = {}): NodeJS.ProcessEnv {
  const eventPath = join(files.dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opened));
  return {
    ...files.env,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: h.standin.apiUrl,
    GITHUB_SERVER_URL: h.standin.origin,
    GITHUB_RUN_ID: '7',
    'INPUT_GITHUB-TOKEN': 'actions-token',
    'INPUT_FAIL-ON': 'fail',
    INPUT_COMMENT: 'true',
    ...inputs,
  };
}

/** core.getInput reads process.env, so inputs are put there for the call and removed afterwards. */
async function run(env: NodeJS.ProcessEnv, evaluate: () => Promise<EvaluationOutcome>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  // Only workflow commands (`::name ...::`) are taken; the test runner's own reporting passes through.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('::')) {
      stdout.push(chunk);
      return true;
    }
    return (realWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  try {
    return await runPullRequestAction({ log: actionsLog(), env, relevant: () => true, evaluate });
  } finally {
    process.stdout.write = realWrite;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

const pass = async (): Promise<EvaluationOutcome> => ({ service: 'svc', markdown: '## shadowgate: pass\n', verdict: 'pass', jsonPath: '/tmp/x.json' });

beforeEach(async () => {
  h = await startHarness();
  files.reset();
  stdout = [];
  h.standin.setPullFiles('Codertocat', 'Hello-World', 2, [{ filename: 'shadowgate.yaml' }]);
});
afterEach(async () => {
  process.exitCode = 0;
  await h.close();
});

test('inputs and event in, comment and outputs out, step passes', async () => {
  const result = await run(envFor('pull_request'), pass);
  assert.equal(result?.verdict, 'pass');
  assert.equal(process.exitCode ?? 0, 0);
  assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 2).length, 1);
  assert.equal(files.outputs().verdict, 'pass');
  assert.match(files.outputs()['comment-url'] ?? '', /#issuecomment-\d+$/);
});

test('comment: false posts nothing', async () => {
  await run(envFor('pull_request', { INPUT_COMMENT: 'false' }), pass);
  assert.equal(h.standin.writes().length, 0);
  assert.equal(files.outputs().verdict, 'pass');
});

test('a bad fail-on input fails the step with one clear error and touches nothing', async () => {
  const result = await run(envFor('pull_request', { 'INPUT_FAIL-ON': 'sometimes' }), pass);
  assert.equal(result, undefined);
  assert.equal(process.exitCode, 1);
  const errors = stdout.filter((l) => l.startsWith('::error'));
  assert.equal(errors.length, 1);
  assert.match(errors[0] ?? '', /fail-on must be one of fail, warn, never/);
  assert.equal(h.standin.requests.length, 0);
});

test('an unsupported event is a user error, not a stack trace', async () => {
  await run(envFor('push'), pass);
  assert.equal(process.exitCode, 1);
  assert.match(stdout.join(''), /::error::event 'push' is not supported/);
  assert.doesNotMatch(stdout.join(''), /at .*\.ts:\d+/);
});

test('a manifest error is annotated once, on its file, line and column', async () => {
  await run(envFor('pull_request', { GITHUB_WORKSPACE: '/home/runner/work/app' }), async () => {
    throw new UserError('model.id is required', { file: '/home/runner/work/app/shadowgate.yaml', line: 3, column: 1 });
  });
  assert.equal(process.exitCode, 1);
  const errors = stdout.filter((l) => l.startsWith('::error'));
  assert.deepEqual(
    errors.map((l) => l.trim()),
    ['::error file=shadowgate.yaml,line=3,col=1::model.id is required'],
  );
});
