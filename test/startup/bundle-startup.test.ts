// What the bundle loads before it says anything and before its first request: the action and the CLI, built
// from the sources into a temporary folder, run under a module tracer (./module-tracer.mjs). Asserts which
// code is on the start-up path, not how long it takes (timings live in bench/startup.mjs).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { DemoServer } from '../../src/demo/chat-model.ts';
import { startChatModel } from '../../src/demo/chat-model.ts';
import { actionFiles } from '../github/action-files.ts';
import { makeExampleRepo } from '../support/git-repo.ts';
import { GitHubStandin } from '../support/github-standin.ts';

const root = resolve(import.meta.dirname, '..', '..');
const tracer = join(import.meta.dirname, 'module-tracer.mjs');

interface Trace {
  modules: string[];
  beforeFirstWrite?: number;
  beforeFirstRequest?: number;
  firstRequest?: string;
}

/** Source modules bundled into a loaded file, by esbuild's `// path` headers ("node_modules/undici/lib/…", "src/…"). */
function bundledSources(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\/\/ (\S*?(?:node_modules|src)\/\S+)$/gm)].map((m) => m[1] as string);
}

function sourcesOf(trace: Trace, upTo: number | undefined): string[] {
  return trace.modules.slice(0, upTo ?? trace.modules.length).flatMap((url) => bundledSources(fileURLToPath(url)));
}

/** Packages (node_modules/<name>/, nested ones included) and src folders/files among `sources`. */
function matching(sources: string[], prefixes: readonly string[]): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    const prefix = prefixes.find((p) => source.startsWith(p) || source.includes(`/${p}`));
    if (prefix) found.add(prefix);
  }
  return [...found].sort();
}

async function traced(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ trace: Trace; code: number | null; output: string }> {
  const traceFile = join(mkdtempSync(join(tmpdir(), 'sg-trace-')), 'trace.json');
  const child = spawn(process.execPath, ['--import', tracer, ...args], { cwd, env: { ...env, STARTUP_TRACE_FILE: traceFile } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { trace: JSON.parse(readFileSync(traceFile, 'utf8')) as Trace, code, output };
}

// Not needed to say anything or to send the first request: the HTTP client @actions/core brings (undici) and
// its exec helpers, Kubernetes, and the evaluation itself (manifest schema and YAML, replay, metrics, judge, reports).
const HEAVY_FOR_THE_FIRST_REQUEST = [
  'node_modules/undici/',
  'node_modules/@actions/http-client/',
  'node_modules/@actions/exec/',
  'node_modules/@kubernetes/client-node/',
  'node_modules/yaml/',
  'node_modules/ajv/',
  'src/manifest/',
  'src/replay/',
  'src/metrics/',
  'src/judge/',
  'src/report/markdown.ts',
] as const;

describe('the start-up path of the bundle', () => {
  const work = mkdtempSync(join(tmpdir(), 'sg-startup-'));
  const dist = join(work, 'dist');
  let standin: GitHubStandin;
  let chat: DemoServer;
  let repo: ReturnType<typeof makeExampleRepo>;

  before(async () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), dist], { cwd: root, stdio: 'inherit' });
    standin = await GitHubStandin.start();
    chat = await startChatModel();
    repo = makeExampleRepo(join(root, 'examples', 'support-bot'), join(work, 'repo'));
  });
  after(async () => {
    await chat?.close();
    await standin?.close();
  });

  function actionEnv(command: string): NodeJS.ProcessEnv {
    type Example = { name: string; examples: Array<Record<string, any>> };
    const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as Example[];
    const event = structuredClone(webhooks.find((w) => w.name === 'pull_request')?.examples.find((e) => e.action === 'opened'));
    assert.ok(event);
    event.pull_request.base.sha = repo.base;
    event.pull_request.head.sha = repo.head;
    const files = actionFiles();
    const eventPath = join(files.dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(event));
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SERVER_URL: standin.origin,
      GITHUB_API_URL: standin.apiUrl,
      GITHUB_RUN_ID: '4242',
      GITHUB_WORKSPACE: repo.dir,
      RUNNER_TEMP: files.dir,
      ...files.env,
      'INPUT_GITHUB-TOKEN': 'actions-token',
      INPUT_COMMAND: command,
      'INPUT_REPORT-DIR': join(files.dir, 'report'),
    };
  }

  test('the action says its first line and lists the changed files before loading undici, Kubernetes or the evaluation', async () => {
    standin.setPullFiles('Codertocat', 'Hello-World', 2, [{ filename: 'README.md' }]);
    const { trace, code, output } = await traced([join(dist, 'index.js')], actionEnv('shadow'), repo.dir);
    assert.equal(code, 0, output);
    assert.match(output, /not relevant|no .*surface|skipped/i, 'a README-only change is not evaluated');
    assert.match(trace.firstRequest ?? '', /^GET .*\/repos\/Codertocat\/Hello-World\/pulls\/2\/files/, 'the first request lists the changed files');
    assert.ok(trace.beforeFirstWrite !== undefined && trace.beforeFirstRequest !== undefined, JSON.stringify(trace));

    assert.deepEqual(matching(sourcesOf(trace, trace.beforeFirstWrite), HEAVY_FOR_THE_FIRST_REQUEST), [], 'loaded before the first line');
    assert.deepEqual(matching(sourcesOf(trace, trace.beforeFirstRequest), HEAVY_FOR_THE_FIRST_REQUEST), [], 'loaded before the first request');
    // The tracer sees what loads later: the relevance check reads both manifests after the listing.
    const whole = sourcesOf(trace, undefined);
    assert.ok(matching(whole, ['src/manifest/']).length > 0, 'the manifests are read after the first request');
    assert.ok(matching(sourcesOf(trace, trace.beforeFirstRequest), ['node_modules/@octokit/']).length > 0, 'Octokit sends the first request');
    // Nothing in a pull request run needs @actions/core's HTTP client or Kubernetes at all.
    assert.deepEqual(
      matching(whole, ['node_modules/undici/', 'node_modules/@actions/http-client/', 'node_modules/@actions/exec/', 'node_modules/@kubernetes/client-node/']),
      [],
    );
  });

  test('the CLI reaches its first model request without GitHub, @actions or Kubernetes code', async () => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', NODE_DISABLE_COMPILE_CACHE: '1' };
    const args = [
      'shadow',
      '--manifest',
      'shadowgate.yaml',
      '--baseline-manifest',
      'shadowgate.yaml',
      '--baseline-endpoint',
      chat.url,
      '--candidate-endpoint',
      chat.url,
      '--out',
      join(work, 'cli-report'),
      '--fail-on',
      'never',
    ];
    const { trace, code, output } = await traced([join(dist, 'cli.js'), ...args], env, repo.dir);
    assert.equal(code, 0, output);
    assert.match(trace.firstRequest ?? '', /^POST .*\/chat\/completions$/, 'the first request is a model call');
    const early = sourcesOf(trace, Math.max(trace.beforeFirstWrite ?? 0, trace.beforeFirstRequest ?? 0));
    assert.ok(
      early.some((s) => s.startsWith('src/replay/')),
      'the replay is on the path to the first request',
    );
    assert.deepEqual(
      matching(early, [
        'node_modules/undici/',
        'node_modules/@actions/',
        'node_modules/@octokit/',
        'node_modules/@kubernetes/client-node/',
        'src/github/',
        'src/kube/',
      ]),
      [],
    );
  });
});
