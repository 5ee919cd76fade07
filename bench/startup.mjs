// Start-up (issue 9): from process start to the first log line and to the first request, for the bundled
// action and the CLI, built from the sources into a temporary folder (never the committed dist/).
//
//   node bench/startup.mjs [--runs 7] [--cpu-prof DIR] [--source CHECKOUT]
//
// Cases, each a fresh process per run (median of --runs):
//  - action `command: shadow` on a pull_request event (GitHub's example payload): the first request is the
//    pull request's changed files, to a loopback stand-in of the REST API at GITHUB_API_URL;
//  - CLI `shadow` (examples/support-bot, both endpoints overridden to a loopback server), without Node's
//    compile cache (a fresh CI machine) and with it (a laptop's second run);
//  - action `command: status` and CLI `status` (the kube commands), KUBECONFIG pointing at a loopback server.
// "First line" is the first byte on stdout or stderr; "first request" is when the loopback server sees the
// request's headers; "CPU to first line" is the process's user + sys time by then (/proc, 10 ms ticks), which
// other work on a shared machine barely moves. Both are timed in this process from just before spawn, so Node's own boot is included.
// --source builds another checkout (with its node_modules), e.g. the previous release, to compare on the same fixtures.
// --cpu-prof DIR writes a V8 CPU profile of every run (open in Chrome DevTools or `node --cpu-prof` tooling).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NODE, REPO_ROOT } from './tools.mjs';

export const STARTUP_GOALS = { firstLineMs: 120, firstRequestMs: 120 };

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmtMs = (ms) => (ms === undefined ? '—' : `${ms.toFixed(0)} ms`);
const log = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line) => process.stderr.write(`bench: ${line}\n`);

/** A loopback server standing in for the GitHub API, a model endpoint and a kube-apiserver at once. */
async function startStub() {
  let firstRequestAt;
  const server = createServer((req, res) => {
    firstRequestAt ??= performance.now();
    req.resume();
    // The changed files of the pull request: none, so the action ends as "not relevant" after its first request.
    const body = /\/pulls\/\d+\/files/.test(req.url ?? '') ? '[]' : '{"message":"Not Found"}';
    res.writeHead(/\/files/.test(req.url ?? '') ? 200 : 404, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    reset: () => (firstRequestAt = undefined),
    firstRequestAt: () => firstRequestAt,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The action and the CLI built from the sources into `dir`/dist, as the release build makes them. */
function build(dir, source = REPO_ROOT) {
  progress('startup: building the action and the CLI into a temporary folder');
  return new Promise((done, fail) => {
    const child = spawn(NODE, [join(source, 'scripts', 'build.mjs'), join(dir, 'dist')], { cwd: source, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`scripts/build.mjs exited with ${code}`))));
  });
}

/**
 * CPU time (user + sys, all threads) a running process has used so far, from /proc (Linux; 10 ms ticks):
 * unlike wall time, barely moved by other work on a shared machine.
 */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** One process: ms from spawn to its first output and to the stub's first request. */
async function timeOne(stub, { args, env, cwd }, cpuProfDir) {
  stub.reset();
  const flags = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const started = performance.now();
  const child = spawn(NODE, [...flags, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let firstLineAt;
  let cpuAtFirstLineMs;
  let output = '';
  const onData = (chunk) => {
    if (firstLineAt === undefined) {
      firstLineAt = performance.now();
      cpuAtFirstLineMs = cpuMsOf(child.pid);
    }
    if (output.length < 4000) output += chunk;
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise((done) => child.on('exit', done));
  const firstRequestAt = stub.firstRequestAt();
  return {
    firstLineMs: firstLineAt === undefined ? undefined : firstLineAt - started,
    firstRequestMs: firstRequestAt === undefined ? undefined : firstRequestAt - started,
    cpuAtFirstLineMs,
    exitMs: performance.now() - started,
    code,
    output,
  };
}

function fixtures(dir, stubUrl) {
  const workspace = join(dir, 'workspace');
  cpSync(join(REPO_ROOT, 'examples', 'support-bot'), workspace, { recursive: true });
  writeFileSync(
    join(workspace, 'shadowgate.yaml'),
    `${readFileSync(join(workspace, 'shadowgate.yaml'), 'utf8')}
deploy:
  namespace: ml
  service: support-bot
  slots:
    blue:  { selector: blue,  deployments: [support-bot-blue],  url: "http://127.0.0.1:8080/v1" }
    green: { selector: green, deployments: [support-bot-green], url: "http://127.0.0.1:8081/v1" }
`,
  );
  const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json');
  const event = webhooks.find((w) => w.name === 'pull_request').examples.find((e) => e.action === 'opened');
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1
kind: Config
clusters: [{ name: stub, cluster: { server: "${stubUrl}", insecure-skip-tls-verify: true } }]
users: [{ name: stub, user: { token: bench } }]
contexts: [{ name: stub, context: { cluster: stub, user: stub, namespace: ml } }]
current-context: stub
`,
  );
  const outputs = join(dir, 'runner');
  mkdirSync(outputs, { recursive: true });
  writeFileSync(join(outputs, 'output'), '');
  writeFileSync(join(outputs, 'summary'), '');
  return { workspace, eventPath, kubeconfig, outputs, repository: event.repository.full_name };
}

export async function startupScenario({ runs = 7, cpuProf, source } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'shadowgate-startup-'));
  const stub = await startStub();
  try {
    await build(dir, source);
    const f = fixtures(dir, stub.url);
    const base = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
    const runner = {
      ...base,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_API_URL: stub.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: f.repository,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: f.eventPath,
      GITHUB_WORKSPACE: f.workspace,
      GITHUB_RUN_ID: '1',
      GITHUB_OUTPUT: join(f.outputs, 'output'),
      GITHUB_STEP_SUMMARY: join(f.outputs, 'summary'),
      RUNNER_TEMP: f.outputs,
      'INPUT_GITHUB-TOKEN': 'ghs_bench',
    };
    const action = join(dir, 'dist', 'index.js');
    const cli = join(dir, 'dist', 'cli.js');
    const shadowArgs = [
      'shadow',
      '--manifest',
      'shadowgate.yaml',
      '--baseline-manifest',
      'shadowgate.yaml',
      '--baseline-endpoint',
      `${stub.url}/v1`,
      '--candidate-endpoint',
      `${stub.url}/v1`,
      '--out',
      join(dir, 'report'),
      '--fail-on',
      'never',
    ];
    const cases = [
      { name: 'action: command shadow (pull_request)', goal: true, args: [action], env: { ...runner, INPUT_COMMAND: 'shadow' } },
      { name: 'CLI: shadow, no compile cache', goal: true, args: [cli, ...shadowArgs], env: { ...base, CI: 'true', NODE_DISABLE_COMPILE_CACHE: '1' } },
      {
        name: 'CLI: shadow, compile cache warm',
        args: [cli, ...shadowArgs],
        env: { ...base, CI: 'true', NODE_COMPILE_CACHE: join(dir, 'compile-cache') },
        warmUp: true,
      },
      { name: 'action: command status (kube)', args: [action], env: { ...runner, INPUT_COMMAND: 'status', KUBECONFIG: f.kubeconfig } },
      { name: 'CLI: status (kube), no compile cache', args: [cli, 'status'], env: { ...base, KUBECONFIG: f.kubeconfig, NODE_DISABLE_COMPILE_CACHE: '1' } },
    ];
    const results = [];
    for (const c of cases) {
      progress(`startup: ${c.name} × ${runs}`);
      if (c.warmUp) await timeOne(stub, { ...c, cwd: f.workspace });
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const profileDir = cpuProf ? resolve(cpuProf, c.name.replace(/[^a-z0-9]+/gi, '-')) : undefined;
        const sample = await timeOne(stub, { ...c, cwd: f.workspace }, profileDir);
        if (sample.firstRequestMs === undefined) throw new Error(`${c.name}: no request reached the loopback server\n${sample.output}`);
        samples.push(sample);
      }
      results.push({
        name: c.name,
        goal: Boolean(c.goal),
        firstLineMs: median(samples.map((s) => s.firstLineMs)),
        firstRequestMs: median(samples.map((s) => s.firstRequestMs)),
        cpuAtFirstLineMs: median(samples.map((s) => s.cpuAtFirstLineMs)),
        exitMs: median(samples.map((s) => s.exitMs)),
        runs: samples.map(({ output: _output, ...s }) => s),
      });
    }
    return { runs, cases: results };
  } finally {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the table; returns the goals (first line and first request of the cases that carry the goal). */
export function printStartup(startup) {
  log();
  log(`Start-up: process start → first log line / first request (median of ${startup.runs} runs; Node's boot included)`);
  const head = `  ${'case'.padEnd(40)}${'first line'.padStart(12)}${'first request'.padStart(15)}${'CPU to first line'.padStart(19)}${'exit'.padStart(10)}`;
  log(head);
  log(`  ${'─'.repeat(head.length - 2)}`);
  for (const c of startup.cases) {
    log(
      `  ${c.name.padEnd(40)}${fmtMs(c.firstLineMs).padStart(12)}${fmtMs(c.firstRequestMs).padStart(15)}${fmtMs(c.cpuAtFirstLineMs).padStart(19)}${fmtMs(c.exitMs).padStart(10)}`,
    );
  }
  return startup.cases
    .filter((c) => c.goal)
    .flatMap((c) => [
      { goal: `${c.name}: first line < ${STARTUP_GOALS.firstLineMs} ms`, value: fmtMs(c.firstLineMs), met: c.firstLineMs < STARTUP_GOALS.firstLineMs },
      {
        goal: `${c.name}: first request < ${STARTUP_GOALS.firstRequestMs} ms`,
        value: fmtMs(c.firstRequestMs),
        met: c.firstRequestMs < STARTUP_GOALS.firstRequestMs,
      },
    ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'cpu-prof': { type: 'string' }, source: { type: 'string' } } });
  const startup = await startupScenario({ runs: Number(values.runs), cpuProf: values['cpu-prof'], source: values.source ? resolve(values.source) : undefined });
  const goals = printStartup(startup);
  log();
  for (const g of goals) log(`  ${g.met ? '✓' : '✗'} ${g.goal.padEnd(64)} ${g.value}`);
}
