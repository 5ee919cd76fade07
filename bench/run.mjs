// `npm run bench`: shadowgate against the physical limit and against promptfoo, on the same local
// OpenAI-compatible server and the same dataset, in one run. Not a test: it prints a table and the goals,
// and writes bench/results/latest.json.
//
//   node bench/run.mjs [--runs 3] [--skip-promptfoo] [--skip-large] [--skip-kube] [--skip-shards] [--skip-startup] [--shards-large]
//                      [--large-records 100000] [--strict]
//
// Scenario "compare": 1000 prompts × 2 variants (baseline/candidate system prompt), server answering in
// 20 ms, concurrency 32 → physical limit 2000 × 20 ms / 32 = 1.25 s. Each tool runs `--runs` times,
// alternating, and the medians are compared. Scenario "large": 100,000 pairs against a zero-latency
// server at high concurrency, for peak memory. The server is its own process: its CPU and memory are
// never counted against either tool, and it counts what it saw so both tools provably did the same work.
// Scenarios "shards" and "speed-up" (bench/shards.mjs): a sharded run and its merge, 40,000 pairs in 8
// shards by default (--shards-large: 1,000,000), and 4 shards side by side vs one process at 200 ms.
// Scenario "start-up" (bench/startup.mjs): process start to the first log line and the first request, for the
// action (built into a temporary folder) and the CLI, shadow and the kube commands.
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFixtures } from './fixtures.mjs';
import { hasGnuTime } from './measure.mjs';
import { startModelServer } from './server-control.mjs';
import { printShards, shardsScenario, speedupScenario } from './shards.mjs';
import { printStartup, startupScenario } from './startup.mjs';
import { BENCH_DIR, REPO_ROOT, ensurePromptfooInstalled, ensureShadowgateBuilt, promptfooVersion, runPromptfoo, runShadowgate } from './tools.mjs';

const GOALS = { wallOverLimit: 1.2, fasterThanPromptfoo: 10, lessMemoryThanPromptfoo: 4, largeRssMB: 150 };

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    records: { type: 'string', default: '1000' },
    'latency-ms': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '32' },
    'large-records': { type: 'string', default: '100000' },
    'large-concurrency': { type: 'string', default: '256' },
    'skip-promptfoo': { type: 'boolean', default: false },
    'promptfoo-as-shipped': { type: 'boolean', default: false },
    'skip-large': { type: 'boolean', default: false },
    'skip-kube': { type: 'boolean', default: false },
    'skip-shards': { type: 'boolean', default: false },
    'skip-startup': { type: 'boolean', default: false },
    'shards-large': { type: 'boolean', default: false },
    'keep-workdir': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write(
    'usage: node bench/run.mjs [--runs N] [--records N] [--latency-ms MS] [--concurrency N]\n' +
      '                          [--large-records N] [--large-concurrency N] [--skip-promptfoo] [--skip-large] [--skip-kube]\n' +
      '                          [--skip-shards] [--skip-startup] [--shards-large (1,000,000 pairs in 8 shards: several minutes)]\n' +
      '                          [--promptfoo-as-shipped (keep its result database and adaptive scheduler)]\n' +
      '                          [--keep-workdir] [--strict (exit 1 when a goal is missed)]\n',
  );
  process.exit(0);
}

function positiveInt(name) {
  const value = Number(opts[name]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: --${name} must be a positive integer (got "${opts[name]}")\n`);
    process.exit(2);
  }
  return value;
}
const runs = positiveInt('runs');
const records = positiveInt('records');
const concurrency = positiveInt('concurrency');
const largeRecords = positiveInt('large-records');
const largeConcurrency = positiveInt('large-concurrency');
const latencyMs = Number(opts['latency-ms']);
if (!Number.isFinite(latencyMs) || latencyMs <= 0) {
  process.stderr.write(`bench: --latency-ms must be a positive number\n`);
  process.exit(2);
}

// ───────────────────────────── helpers ─────────────────────────────

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const mb = (kib) => (kib * 1024) / 1e6;
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtMB = (kib) => `${mb(kib).toFixed(1)} MB`;
const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(x >= 10 ? 1 : 2)}×` : 'n/a');
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const log = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line) => process.stderr.write(`bench: ${line}\n`);

/** Both sides must have done exactly the work asked for, or no number from the run is worth printing. */
function checkWork(tool, run, server, expectedPairs) {
  const problems = [];
  if (run.timedOut) problems.push('timed out');
  if (run.exitCode !== 0) problems.push(`exited with ${run.exitCode ?? run.signal}`);
  if (server.requests !== 2 * expectedPairs) problems.push(`server saw ${server.requests} requests, expected ${2 * expectedPairs}`);
  if (server.completions !== server.requests) problems.push(`server answered ${server.completions} of ${server.requests} requests`);
  const perVariant = Object.values(server.bySystemPrompt);
  if (perVariant.length !== 2 || perVariant.some((n) => n !== expectedPairs)) {
    problems.push(`requests per system prompt ${JSON.stringify(perVariant)}, expected two prompts × ${expectedPairs}`);
  }
  if (run.pairs !== undefined && run.pairs !== expectedPairs) problems.push(`${tool} reports ${run.pairs} pairs, expected ${expectedPairs}`);
  if (problems.length > 0) {
    const tail = `${run.stderr}\n${run.stdout}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${tool} run is not comparable: ${problems.join('; ')}\n--- last output of ${tool} ---\n${tail}`);
  }
}

function effectiveConcurrency(server) {
  const span = server.lastAt - server.firstAt;
  return span > 0 ? server.busyMs / span : NaN;
}

function summarize(samples) {
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    wallMs: pick('wallMs'),
    cpuMs: pick('cpuMs'),
    userMs: pick('userMs'),
    sysMs: pick('sysMs'),
    peakRssKb: pick('peakRssKb'),
    effectiveConcurrency: pick('effectiveConcurrency'),
    serverLatencyMs: pick('serverLatencyMs'),
    requests: pick('requests'),
    replayWallMs: samples.every((s) => s.replayWallMs !== undefined) ? pick('replayWallMs') : undefined,
    runs: samples,
  };
}

async function measuredRun(tool, server, _fixtures, expectedPairs, start) {
  await server.reset();
  const run = await start();
  const seen = await server.stats();
  checkWork(tool, run, seen, expectedPairs);
  const sample = {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    userMs: run.userMs,
    sysMs: run.sysMs,
    peakRssKb: run.peakRssKb,
    maxSingleRssKb: run.maxSingleRssKb,
    treeRssKb: run.treeRssKb,
    requests: seen.requests,
    peakInFlight: seen.peakInFlight,
    effectiveConcurrency: effectiveConcurrency(seen),
    // What the server really took per request (arrival to reply), next to the latency it was asked for.
    serverLatencyMs: seen.completions > 0 ? seen.busyMs / seen.completions : NaN,
    pairs: run.pairs,
    replayWallMs: run.replayWallMs,
  };
  // With a zero-latency server nothing stays in flight, so the mean says nothing there.
  const inFlight = seen.busyMs >= seen.completions ? `, mean in flight ${sample.effectiveConcurrency.toFixed(1)}` : '';
  progress(
    `  ${pad(tool, 10)} wall ${fmtS(sample.wallMs)}, cpu ${fmtS(sample.cpuMs)}, peak RSS ${fmtMB(sample.peakRssKb)}, ` + `${seen.requests} requests${inFlight}`,
  );
  return sample;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

// ───────────────────────────── scenarios ─────────────────────────────

async function compareScenario(workdir) {
  const server = await startModelServer({ latencyMs });
  try {
    const fixtures = await writeFixtures(join(workdir, 'compare'), { records, endpoint: server.endpoint, concurrency });
    const configDir = join(BENCH_DIR, '.promptfoo');
    await mkdir(configDir, { recursive: true });
    const ours = [];
    const theirs = [];
    for (let i = 1; i <= runs; i++) {
      progress(`compare run ${i}/${runs}`);
      ours.push(await measuredRun('shadowgate', server, fixtures, records, () => runShadowgate(fixtures, { concurrency })));
      if (!opts['skip-promptfoo']) {
        const asShipped = opts['promptfoo-as-shipped'];
        theirs.push(await measuredRun('promptfoo', server, fixtures, records, () => runPromptfoo(fixtures, { concurrency, configDir, asShipped })));
      }
    }
    const physicalLimitMs = (2 * records * latencyMs) / concurrency;
    return {
      records,
      requests: 2 * records,
      latencyMs,
      concurrency,
      physicalLimitMs,
      shadowgate: summarize(ours),
      promptfoo: theirs.length > 0 ? summarize(theirs) : undefined,
    };
  } finally {
    await server.stop();
  }
}

async function largeScenario(workdir) {
  const server = await startModelServer({ latencyMs: 0 });
  try {
    progress(`large: writing ${largeRecords.toLocaleString('en')} records`);
    const fixtures = await writeFixtures(join(workdir, 'large'), {
      records: largeRecords,
      endpoint: server.endpoint,
      concurrency: largeConcurrency,
      promptfoo: false,
    });
    progress(`large: ${largeRecords.toLocaleString('en')} pairs against a zero-latency server, concurrency ${largeConcurrency}`);
    const sample = await measuredRun('shadowgate', server, fixtures, largeRecords, () =>
      runShadowgate(fixtures, { concurrency: largeConcurrency, timeoutMs: 30 * 60_000 }),
    );
    return { records: largeRecords, requests: 2 * largeRecords, latencyMs: 0, concurrency: largeConcurrency, shadowgate: sample };
  } finally {
    await server.stop();
  }
}

// ───────────────────────────── report ─────────────────────────────

function printCompare(c) {
  const sg = c.shadowgate;
  const pf = c.promptfoo;
  log();
  log(
    `Scenario 1: ${c.records.toLocaleString('en')} prompts × 2 variants, server latency ${c.latencyMs} ms, concurrency ${c.concurrency}` +
      ` (median of ${sg.runs.length} run${sg.runs.length > 1 ? 's' : ''})`,
  );
  log();
  const head = `${pad('', 20)}${padL('wall', 10)}${padL('CPU (user+sys)', 16)}${padL('peak RSS', 12)}${padL('requests', 10)}${padL('mean in flight', 16)}`;
  log(head);
  log('─'.repeat(head.length));
  const row = (name, s) =>
    log(
      `${pad(name, 20)}${padL(fmtS(s.wallMs), 10)}${padL(fmtS(s.cpuMs), 16)}${padL(fmtMB(s.peakRssKb), 12)}${padL(s.requests, 10)}${padL(s.effectiveConcurrency.toFixed(1), 16)}`,
    );
  row('shadowgate', sg);
  if (pf) {
    row('promptfoo', pf);
    log(
      `${pad('promptfoo / ours', 20)}${padL(fmtX(pf.wallMs / sg.wallMs), 10)}${padL(fmtX(pf.cpuMs / sg.cpuMs), 16)}${padL(fmtX(pf.peakRssKb / sg.peakRssKb), 12)}`,
    );
  }
  log(
    `${pad('physical limit', 20)}${padL(fmtS(c.physicalLimitMs), 10)}   = ${c.requests} requests × ${c.latencyMs} ms / ${c.concurrency}` +
      `   (the server answered in ${sg.serverLatencyMs.toFixed(2)} ms on average, arrival to reply)`,
  );
  log(
    `${pad('ours / limit', 20)}${padL(fmtX(sg.wallMs / c.physicalLimitMs), 10)}` +
      (sg.replayWallMs !== undefined
        ? `   (replay alone ${fmtS(sg.replayWallMs)} = ${fmtX(sg.replayWallMs / c.physicalLimitMs)}, by shadowgate's report)`
        : ''),
  );
  if (pf) {
    const pfOverLimit = pf.wallMs / c.physicalLimitMs;
    log(
      `${pad('promptfoo / limit', 20)}${padL(fmtX(pfOverLimit), 10)}` +
        (pfOverLimit < GOALS.fasterThanPromptfoo
          ? `   (below ${GOALS.fasterThanPromptfoo}×: in this run "${GOALS.fasterThanPromptfoo}× faster than promptfoo" would mean beating the physical limit)`
          : ''),
    );
  }
}

function printLarge(l) {
  const s = l.shadowgate;
  log();
  log(`Scenario 2: ${l.records.toLocaleString('en')} pairs (${l.requests.toLocaleString('en')} requests), zero-latency server, concurrency ${l.concurrency}`);
  log(
    `  wall ${fmtS(s.wallMs)} (${Math.round(l.requests / (s.wallMs / 1000)).toLocaleString('en')} requests/s), CPU ${fmtS(s.cpuMs)}, peak RSS ${fmtMB(s.peakRssKb)}`,
  );
  log('  (the server runs in its own process on the same cores, so requests/s is bounded by the machine, not the latency)');
}

function goals(compare, large) {
  const list = [];
  if (compare) {
    const sg = compare.shadowgate;
    const ratio = sg.wallMs / compare.physicalLimitMs;
    list.push({ goal: `wall ≤ ${GOALS.wallOverLimit}× the physical limit`, value: fmtX(ratio), met: ratio <= GOALS.wallOverLimit });
    if (compare.promptfoo) {
      const faster = compare.promptfoo.wallMs / sg.wallMs;
      const leaner = compare.promptfoo.peakRssKb / sg.peakRssKb;
      list.push({ goal: `≥ ${GOALS.fasterThanPromptfoo}× faster than promptfoo (wall)`, value: fmtX(faster), met: faster >= GOALS.fasterThanPromptfoo });
      list.push({
        goal: `≥ ${GOALS.lessMemoryThanPromptfoo}× less memory than promptfoo (peak RSS)`,
        value: fmtX(leaner),
        met: leaner >= GOALS.lessMemoryThanPromptfoo,
      });
    }
  }
  if (large) {
    const peak = mb(large.shadowgate.peakRssKb);
    list.push({
      goal: `${large.records.toLocaleString('en')} pairs in < ${GOALS.largeRssMB} MB RSS`,
      value: `${peak.toFixed(1)} MB`,
      met: peak < GOALS.largeRssMB,
    });
  }
  return list;
}

// ───────────────────────────── main ─────────────────────────────

try {
  ensureShadowgateBuilt();
  if (!opts['skip-promptfoo']) ensurePromptfooInstalled();
} catch (e) {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  if (!opts['skip-promptfoo']) process.stderr.write('bench: --skip-promptfoo benches shadowgate alone\n');
  process.exit(1);
}
if (!hasGnuTime()) progress('/usr/bin/time not found (Debian package `time`): CPU from bash `times`, memory from /proc polling only');

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

// Other work on the machine shows up as wall time in both tools; say so rather than print misleading numbers silently.
const loadAtStart = loadavg()[0];
if (loadAtStart > cpus().length * 0.5) {
  progress(`warning: load average ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs: other work will inflate wall times`);
}

const workdir = await mkdtemp(join(tmpdir(), 'shadowgate-bench-'));
// On exit rather than in `finally`, so an interrupted bench cleans up too.
process.once('exit', () => {
  if (opts['keep-workdir']) progress(`fixtures kept in ${workdir}`);
  else rmSync(workdir, { recursive: true, force: true });
});
let exitCode = 0;
try {
  const compare = await compareScenario(workdir);
  const large = opts['skip-large'] ? undefined : await largeScenario(workdir);
  const shards = opts['skip-shards']
    ? undefined
    : await shardsScenario(workdir, opts['shards-large'] ? { pairs: 1_000_000, shards: 8, concurrency: 256 } : { pairs: 40_000, shards: 8, concurrency: 32 });
  const speedup = opts['skip-shards'] ? undefined : await speedupScenario(workdir, { records: 4000, latencyMs: 200, shards: 4, concurrency: 32 });
  const startup = opts['skip-startup'] ? undefined : await startupScenario({ runs: Math.max(5, runs) });

  log();
  log(
    `shadowgate bench · ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}) · load ${loadAtStart.toFixed(1)} · Node ${process.versions.node}` +
      (compare.promptfoo ? ` · promptfoo ${await promptfooVersion()}` : ''),
  );
  printCompare(compare);
  if (large) printLarge(large);
  const results = [...goals(compare, large), ...printShards(shards, speedup), ...(startup ? printStartup(startup) : [])];
  log();
  log('Goals');
  for (const g of results) log(`  ${g.met ? '✓' : '✗'} ${pad(g.goal, 52)} ${g.value}`);
  log();
  log('Measured as separate processes: wall from spawn to exit; CPU = user + sys of the whole process tree;');
  log('peak RSS = max(kernel max RSS of one process, peak of the /proc tree sum sampled every 20 ms).');
  if (compare.promptfoo) {
    log(
      opts['promptfoo-as-shipped']
        ? 'promptfoo ran as shipped (result database, adaptive scheduler) with --no-cache; telemetry/updates/sharing off.'
        : 'promptfoo ran with its fastest settings: --no-cache --no-write, adaptive scheduler off, telemetry/updates/sharing off.',
    );
  }

  const resultsDir = join(BENCH_DIR, 'results');
  await mkdir(resultsDir, { recursive: true });
  const out = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model?.trim(),
      totalMemMB: Math.round(totalmem() / 1e6),
      node: process.versions.node,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg()[0],
    },
    promptfooVersion: compare.promptfoo ? await promptfooVersion() : undefined,
    promptfooSettings: compare.promptfoo ? (opts['promptfoo-as-shipped'] ? 'as shipped' : 'fastest') : undefined,
    measurement: hasGnuTime() ? 'GNU time + /proc poll' : 'bash times + /proc poll',
    units: { time: 'ms', memory: 'KiB' },
    goals: GOALS,
    compare,
    large,
    shards,
    speedup,
    startup,
    ratios: {
      wallOverPhysicalLimit: compare.shadowgate.wallMs / compare.physicalLimitMs,
      ...(compare.promptfoo
        ? {
            promptfooOverOursWall: compare.promptfoo.wallMs / compare.shadowgate.wallMs,
            promptfooOverOursCpu: compare.promptfoo.cpuMs / compare.shadowgate.cpuMs,
            promptfooOverOursRss: compare.promptfoo.peakRssKb / compare.shadowgate.peakRssKb,
          }
        : {}),
    },
    goalResults: results,
  };
  await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
  log(`Numbers written to ${join('bench', 'results', 'latest.json')}`);
  if (opts.strict && results.some((g) => !g.met)) exitCode = 1;

  // Kubernetes: flip + verify and rollback against a real kube-apiserver (built on first use).
  if (!opts['skip-kube']) {
    log();
    log('Blue-green flip against a real kube-apiserver (bench/kube-flip.ts)');
    const kube = spawnSync(process.execPath, [join(BENCH_DIR, 'kube-flip.ts'), '100'], { stdio: 'inherit', cwd: join(BENCH_DIR, '..') });
    if (kube.status !== 0) {
      progress(`kube-flip bench failed (exit ${kube.status ?? kube.signal})`);
      exitCode = 1;
    }
    log();
    log('Canary rung overhead and abort against a real kube-apiserver and Prometheus (bench/canary-rung.ts)');
    const canary = spawnSync(process.execPath, [join(BENCH_DIR, 'canary-rung.ts'), '30'], { stdio: 'inherit', cwd: join(BENCH_DIR, '..') });
    if (canary.status !== 0) {
      progress(`canary-rung bench failed (exit ${canary.status ?? canary.signal})`);
      exitCode = 1;
    }
    log();
    log('Session draining at the flip: gateway flip patch and rollback during a drain (bench/drain.ts)');
    const drain = spawnSync(process.execPath, [join(BENCH_DIR, 'drain.ts'), '20'], { stdio: 'inherit', cwd: join(BENCH_DIR, '..') });
    if (drain.status !== 0) {
      progress(`drain bench failed (exit ${drain.status ?? drain.signal})`);
      exitCode = 1;
    }
  }
} catch (e) {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  exitCode = 1;
}
process.exitCode = exitCode;
