// Sharded shadow evaluation: what one shard costs, how big its part is, what the merge costs,
// and how much faster N shards side by side finish than one process on a latency-bound server.
//
//   node bench/shards.mjs [--pairs 40000] [--shards 8] [--speedup-records 4000] [--speedup-latency-ms 200]
//                         [--speedup-shards 4] [--concurrency 32] [--skip-speedup] [--large]
//
// Scenario "shards": --pairs pairs in --shards shards against a zero-latency server, the shards one after
// another (each its own process, measured like any bench run), then `shadowgate merge` over their parts.
// --large runs it at 1,000,000 pairs in 8 shards, the size the goals are stated for (several minutes).
// Scenario "speed-up": --speedup-records pairs against a server answering in --speedup-latency-ms, once as
// one process and once as --speedup-shards shard processes side by side plus the merge; same concurrency
// per process, as each runner of a matrix brings its own.
// The server counts what it saw, and each scenario must show exactly 2 requests per pair.
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFixtures } from './fixtures.mjs';
import { measure } from './measure.mjs';
import { startModelServer } from './server-control.mjs';
import { NODE, SHADOWGATE_CLI, ensureShadowgateBuilt } from './tools.mjs';

export const SHARD_GOALS = { shardRssMB: 150, bytesPerPairPerGatedMetric: 40, mergeSeconds: 5, mergeRssMB: 400, speedup: 3.5 };

const log = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line) => process.stderr.write(`bench: ${line}\n`);
const mb = (kib) => (kib * 1024) / 1e6;
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;

function shadowArgs(fixtures, extra) {
  return [SHADOWGATE_CLI, 'shadow', '--manifest', fixtures.candidateManifest, '--baseline-manifest', fixtures.baselineManifest, '--fail-on', 'never', ...extra];
}

async function run(args, cwd, timeoutMs = 60 * 60_000) {
  const result = await measure({ command: NODE, args, cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, timeoutMs });
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    const tail = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${args.slice(1, 3).join(' ')} exited with ${result.exitCode ?? result.signal}\n${tail}`);
  }
  return result;
}

async function checkServer(server, pairs, what) {
  const seen = await server.stats();
  if (seen.requests !== 2 * pairs || seen.completions !== seen.requests) {
    throw new Error(`${what}: the server saw ${seen.requests} requests (${seen.completions} answered), expected ${2 * pairs}`);
  }
}

/** What the server measured of a phase: its own CPU, the mean time from a request's arrival to its answer and how late answers were. */
function serverFigures(seen) {
  return { cpuMs: seen.cpuMs, meanAnswerMs: seen.busyMs / seen.completions, meanLateMs: seen.lateMs / seen.completions, peakInFlight: seen.peakInFlight };
}

async function reportOf(dir) {
  return JSON.parse(await readFile(join(dir, 'shadowgate-report.json'), 'utf8'));
}

/** Shards one after another, then the merge: per-shard RSS, part bytes, merge time and RSS. */
export async function shardsScenario(workdir, { pairs, shards, concurrency, keepParts }) {
  const server = await startModelServer({ latencyMs: 0 });
  try {
    progress(`shards: writing ${pairs.toLocaleString('en')} records`);
    const fixtures = await writeFixtures(join(workdir, 'shards'), { records: pairs, endpoint: server.endpoint, concurrency, promptfoo: false });
    const partsDir = join(fixtures.dir, 'parts');
    await server.reset();
    const perShard = [];
    for (let i = 1; i <= shards; i++) {
      const shard = await run(shadowArgs(fixtures, ['--shard', `${i}/${shards}`, '--concurrency', String(concurrency), '--out', partsDir]), fixtures.dir);
      const size = (await stat(join(partsDir, `shadowgate-part-${i}-of-${shards}.json`))).size;
      perShard.push({ wallMs: shard.wallMs, peakRssKb: shard.peakRssKb, bytes: size });
      progress(`  shard ${i}/${shards}: wall ${fmtS(shard.wallMs)}, peak RSS ${mb(shard.peakRssKb).toFixed(1)} MB, part ${(size / 1e6).toFixed(2)} MB`);
    }
    await checkServer(server, pairs, 'shards');
    const outDir = join(fixtures.dir, 'merged');
    const merge = await run([SHADOWGATE_CLI, 'merge', partsDir, '--out', outDir, '--fail-on', 'never'], fixtures.dir);
    const report = await reportOf(outDir);
    if (report.replay.pairs !== pairs) throw new Error(`merged report has ${report.replay.pairs} pairs, expected ${pairs}`);
    const gated = report.metrics.filter((m) => m.gate && !m.gate.muted).length;
    const columns = report.metrics.filter((m) => m.paired || m.agreement).length;
    const bytes = perShard.reduce((a, s) => a + s.bytes, 0);
    progress(`  merge: wall ${fmtS(merge.wallMs)}, peak RSS ${mb(merge.peakRssKb).toFixed(1)} MB`);
    // Kept parts let the merge be profiled again without the replay (node --cpu-prof dist/cli.js merge DIR).
    if (keepParts) await cp(partsDir, keepParts, { recursive: true });
    await rm(partsDir, { recursive: true, force: true });
    return {
      pairs,
      shards,
      concurrency,
      perShard,
      maxShardRssKb: Math.max(...perShard.map((s) => s.peakRssKb)),
      partBytes: bytes,
      gatedMetrics: gated,
      metricsWithPerPairValues: columns,
      bytesPerPairPerGatedMetric: bytes / pairs / gated,
      merge: { wallMs: merge.wallMs, cpuMs: merge.cpuMs, peakRssKb: merge.peakRssKb },
      verdict: report.verdict,
    };
  } finally {
    await server.stop();
  }
}

/** One process vs `shards` processes side by side (+ merge) on a latency-bound server. */
/**
 * `spinMs` 0 by default: at 200 ms the server waits on timers only. Turning its event loop through each
 * answer's last 1.5 ms kept a core busy (3.8 s of server CPU in the one-process run) that the shard
 * processes need on a 2-core machine, and bought no precision under load (answers 6.7 ms late with it, 4.5 without).
 */
export async function speedupScenario(workdir, { records, latencyMs, shards, concurrency, spinMs = 0 }) {
  const server = await startModelServer({ latencyMs, spinMs });
  try {
    const fixtures = await writeFixtures(join(workdir, 'speedup'), { records, endpoint: server.endpoint, concurrency, promptfoo: false });
    await server.reset();
    progress(`speed-up: ${records} pairs, ${latencyMs} ms server, one process`);
    const single = await run(shadowArgs(fixtures, ['--concurrency', String(concurrency), '--out', join(fixtures.dir, 'single')]), fixtures.dir);
    await checkServer(server, records, 'one process');
    const singleServer = serverFigures(await server.stats());
    const whole = await reportOf(join(fixtures.dir, 'single'));

    await server.reset();
    progress(`speed-up: ${records} pairs, ${latencyMs} ms server, ${shards} shards side by side`);
    const partsDir = join(fixtures.dir, 'parts');
    const started = performance.now();
    const parallel = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        run(shadowArgs(fixtures, ['--shard', `${i + 1}/${shards}`, '--concurrency', String(concurrency), '--out', partsDir]), fixtures.dir),
      ),
    );
    const shardsWallMs = performance.now() - started;
    await checkServer(server, records, 'shards');
    const shardsServer = serverFigures(await server.stats());
    const parts = await Promise.all(
      Array.from({ length: shards }, async (_, i) => {
        const text = await readFile(join(partsDir, `shadowgate-part-${i + 1}-of-${shards}.json`), 'utf8');
        const replay = JSON.parse(text.slice(text.indexOf('\n') + 1)).replay;
        return { pairs: replay.pairs, replayWallMs: replay.wallMs, processWallMs: parallel[i].wallMs };
      }),
    );
    const merge = await run([SHADOWGATE_CLI, 'merge', partsDir, '--out', join(fixtures.dir, 'merged'), '--fail-on', 'never'], fixtures.dir);
    const merged = await reportOf(join(fixtures.dir, 'merged'));
    if (merged.replay.pairs !== whole.replay.pairs) throw new Error(`merged ${merged.replay.pairs} pairs, one process ${whole.replay.pairs}`);
    const shardedWallMs = shardsWallMs + merge.wallMs;
    return {
      records,
      latencyMs,
      shards,
      concurrency,
      singleWallMs: single.wallMs,
      shardsWallMs,
      slowestShardMs: Math.max(...parallel.map((p) => p.wallMs)),
      perShard: parts,
      mergeWallMs: merge.wallMs,
      shardedWallMs,
      speedup: single.wallMs / shardedWallMs,
      server: { single: singleServer, shards: shardsServer },
      cpu: { singleMs: single.cpuMs, shardsMs: parallel.reduce((a, p) => a + p.cpuMs, 0), mergeMs: merge.cpuMs },
      physicalLimitMs: (2 * records * latencyMs) / concurrency,
    };
  } finally {
    await server.stop();
  }
}

export function printShards(s, p) {
  const goals = [];
  if (s) {
    log();
    log(`Sharded run: ${s.pairs.toLocaleString('en')} pairs in ${s.shards} shards (one after another), zero-latency server, concurrency ${s.concurrency}`);
    log(`  per shard: peak RSS max ${mb(s.maxShardRssKb).toFixed(1)} MB, wall ${s.perShard.map((x) => fmtS(x.wallMs)).join(' / ')}`);
    log(
      `  parts: ${(s.partBytes / 1e6).toFixed(2)} MB = ${(s.partBytes / s.pairs).toFixed(1)} bytes per pair, ${s.bytesPerPairPerGatedMetric.toFixed(1)} per pair per gated metric` +
        ` (${s.gatedMetrics} gated of ${s.metricsWithPerPairValues} metrics with per-pair values)`,
    );
    log(`  merge + judge + reports: wall ${fmtS(s.merge.wallMs)}, CPU ${fmtS(s.merge.cpuMs)}, peak RSS ${mb(s.merge.peakRssKb).toFixed(1)} MB`);
    const at =
      s.pairs === 1_000_000 && s.shards === 8
        ? ''
        : ` (goals are stated for 1,000,000 pairs in 8 shards; this run: ${s.pairs.toLocaleString('en')} in ${s.shards}, --large for the full size)`;
    goals.push({
      goal: `per-shard peak RSS < ${SHARD_GOALS.shardRssMB} MB${at}`,
      value: `${mb(s.maxShardRssKb).toFixed(1)} MB`,
      met: mb(s.maxShardRssKb) < SHARD_GOALS.shardRssMB,
    });
    goals.push({
      goal: `part < ${SHARD_GOALS.bytesPerPairPerGatedMetric} bytes per pair per gated metric`,
      value: `${s.bytesPerPairPerGatedMetric.toFixed(1)} B`,
      met: s.bytesPerPairPerGatedMetric < SHARD_GOALS.bytesPerPairPerGatedMetric,
    });
    goals.push({
      goal: `merge + judge + reports < ${SHARD_GOALS.mergeSeconds} s`,
      value: fmtS(s.merge.wallMs),
      met: s.merge.wallMs < SHARD_GOALS.mergeSeconds * 1000,
    });
    goals.push({
      goal: `merge peak RSS < ${SHARD_GOALS.mergeRssMB} MB`,
      value: `${mb(s.merge.peakRssKb).toFixed(1)} MB`,
      met: mb(s.merge.peakRssKb) < SHARD_GOALS.mergeRssMB,
    });
  }
  if (p) {
    log();
    log(`Speed-up: ${p.records.toLocaleString('en')} pairs against a ${p.latencyMs} ms server, concurrency ${p.concurrency} per process`);
    log(
      `  one process ${fmtS(p.singleWallMs)} (physical limit ${fmtS(p.physicalLimitMs)}); ${p.shards} shards side by side ${fmtS(p.shardsWallMs)} + merge ${fmtS(p.mergeWallMs)} = ${fmtS(p.shardedWallMs)}`,
    );
    log(`  per shard: ${p.perShard.map((x) => `${x.pairs} pairs, replay ${fmtS(x.replayWallMs)} of ${fmtS(x.processWallMs)}`).join('; ')}`);
    const srv = (x) =>
      `CPU ${fmtS(x.cpuMs)}, answer ${x.meanAnswerMs.toFixed(1)} ms after arrival (${x.meanLateMs.toFixed(2)} ms late), peak in flight ${x.peakInFlight}`;
    log(`  server: one process: ${srv(p.server.single)}; shards: ${srv(p.server.shards)}`);
    log(`  CPU: one process ${fmtS(p.cpu.singleMs)}; shards ${fmtS(p.cpu.shardsMs)} together + merge ${fmtS(p.cpu.mergeMs)}`);
    goals.push({
      goal: `${p.shards} shards side by side ≥ ${SHARD_GOALS.speedup}× faster than one process`,
      value: `${p.speedup.toFixed(2)}×`,
      met: p.speedup >= SHARD_GOALS.speedup,
    });
  }
  return goals;
}

function positive(name, raw) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: --${name} must be a positive integer (got "${raw}")\n`);
    process.exit(2);
  }
  return value;
}

// Run directly (not imported by run.mjs); import.meta.main needs Node 24, the path check covers older ones.
if (import.meta.main ?? process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: opts } = parseArgs({
    options: {
      pairs: { type: 'string', default: '40000' },
      shards: { type: 'string', default: '8' },
      concurrency: { type: 'string', default: '32' },
      'speedup-records': { type: 'string', default: '4000' },
      'speedup-latency-ms': { type: 'string', default: '200' },
      'speedup-shards': { type: 'string', default: '4' },
      'skip-speedup': { type: 'boolean', default: false },
      'skip-shards': { type: 'boolean', default: false },
      large: { type: 'boolean', default: false },
      'keep-parts': { type: 'string' },
      'server-spin-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (opts.help) {
    process.stdout.write(
      'usage: node bench/shards.mjs [--pairs 40000] [--shards 8] [--concurrency 32] [--large (1,000,000 pairs in 8 shards)]\n' +
        '                             [--speedup-records 4000] [--speedup-latency-ms 200] [--speedup-shards 4]\n' +
        '                             [--skip-shards] [--skip-speedup] [--keep-parts DIR (copy the parts there)]\n' +
        '                             [--server-spin-ms MS (speed-up server: last stretch of each latency by event-loop turns; 0 = timers only)]\n',
    );
    process.exit(0);
  }
  ensureShadowgateBuilt();
  const workdir = await mkdtemp(join(tmpdir(), 'shadowgate-bench-shards-'));
  try {
    const concurrency = positive('concurrency', opts.concurrency);
    const s = opts['skip-shards']
      ? undefined
      : await shardsScenario(workdir, {
          pairs: opts.large ? 1_000_000 : positive('pairs', opts.pairs),
          shards: opts.large ? 8 : positive('shards', opts.shards),
          concurrency: opts.large ? 256 : concurrency,
          ...(opts['keep-parts'] ? { keepParts: opts['keep-parts'] } : {}),
        });
    const p = opts['skip-speedup']
      ? undefined
      : await speedupScenario(workdir, {
          records: positive('speedup-records', opts['speedup-records']),
          latencyMs: positive('speedup-latency-ms', opts['speedup-latency-ms']),
          shards: positive('speedup-shards', opts['speedup-shards']),
          concurrency,
          ...(opts['server-spin-ms'] !== undefined ? { spinMs: Number(opts['server-spin-ms']) } : {}),
        });
    const goals = printShards(s, p);
    log();
    for (const g of goals) log(`  ${g.met ? '✓' : '✗'} ${g.goal.padEnd(60)} ${g.value}`);
  } finally {
    await rm(workdir, { recursive: true, force: true });
    await readdir(tmpdir()).catch(() => undefined);
  }
}
