// Peak memory with very large answers (not a test): RECORDS records × 2 sides against a loopback server
// whose every answer is BODY_MB megabytes, at CONCURRENCY requests in flight, once per byte budget in
// BUDGETS_MIB (default "256,16384": the default budget, and one so large it never binds, i.e. as if
// there were none). Each budget runs in its own process so its peak RSS (the kernel's max RSS) is its
// own; the server runs in a third. Prints peak RSS, answers received, answers refused as too-large, wall
// time and the most the budget had reserved at once. Answers that do not fit yet wait for room, so a budget
// smaller than concurrency × answers costs time, not answers.
// Then the whole CLI run (`shadowgate shadow`, built into a temporary folder: replay, metrics, worst
// examples, judge, reports) against the same server with the default budget, measured like the main bench
// (peak RSS of the process tree). WHOLE_RUN=0 skips it.
// Run: ./node_modules/.bin/node bench/answer-budget.ts   (BODY_MB=16 RECORDS=32 CONCURRENCY=32 by default)
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ByteBudget } from '../src/replay/budget.ts';
import { replay } from '../src/replay/engine.ts';
import type { Endpoint } from '../src/replay/endpoint.ts';
import type { ReplayRecord } from '../src/types.ts';
// @ts-expect-error: plain .mjs bench modules, no type declarations
import { writeFixtures } from './fixtures.mjs';
// @ts-expect-error: plain .mjs bench modules, no type declarations
import { measure as measureProcess } from './measure.mjs';

const bodyMB = Number(process.env.BODY_MB ?? 16);
const records = Number(process.env.RECORDS ?? 32);
const concurrency = Number(process.env.CONCURRENCY ?? 32);
const budgets = (process.env.BUDGETS_MIB ?? '256,16384').split(',').map(Number);

interface Outcome {
  budgetMiB: number;
  peakRssMB: number;
  ok: number;
  tooLarge: number;
  wallMs: number;
  /** Most bytes the budget had reserved at once, MB. */
  peakReservedMB: number;
}

/** The model server: one prebuilt chat completion of BODY_MB megabytes, sent to every request. */
async function serve(): Promise<void> {
  const content = 'x'.repeat(bodyMB * 1_000_000);
  const body = Buffer.from(
    JSON.stringify({ id: 'c', object: 'chat.completion', model: 'm', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }),
  );
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send?.(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`);
  process.on('disconnect', () => server.close(() => process.exit(0)));
}

async function* dataset(): AsyncGenerator<ReplayRecord> {
  for (let i = 0; i < records; i++) yield { id: `r${i}`, line: i + 1, data: { q: `question ${i}` } };
}

/** One replay under one budget; reports its own peak RSS. */
async function measure(url: string, budgetMiB: number): Promise<void> {
  const side = (label: string): Endpoint => ({
    label,
    protocol: 'openai',
    url,
    model: `${label}-model`,
    timeoutMs: 120_000,
    retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
  });
  const budget = new ByteBudget(budgetMiB * 1024 * 1024);
  const stats = await replay({
    records: dataset(),
    baseline: side('baseline'),
    candidate: side('candidate'),
    buildRequest: (_side, record) => ({ protocol: 'openai', body: { messages: [{ role: 'user', content: String(record.data.q) }] } }),
    concurrency,
    answerBudget: budget,
    // Held like the metrics hold a pair while scoring it.
    onPair: async () => new Promise((resolve) => setImmediate(resolve)),
  });
  const outcome: Outcome = {
    budgetMiB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    ok: stats.ok,
    tooLarge: stats.failed['too-large'] ?? 0,
    wallMs: stats.wallMs,
    peakReservedMB: budget.peak / 1e6,
  };
  process.send?.(outcome);
}

/** `shadowgate shadow` end to end (default budget, 256 MiB) against the server: peak RSS of the whole run. */
async function wholeRun(url: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-answer-budget-'));
  try {
    execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs'), join(dir, 'dist')], { stdio: 'inherit' });
    const fixtures = await writeFixtures(join(dir, 'fixtures'), { records, endpoint: url, concurrency, timeoutMs: 120_000, promptfoo: false });
    const out = join(dir, 'report');
    const args = [
      join(dir, 'dist', 'cli.js'),
      'shadow',
      '--manifest',
      fixtures.candidateManifest,
      '--baseline-manifest',
      fixtures.baselineManifest,
      '--out',
      out,
      '--fail-on',
      'never',
    ];
    const run = await measureProcess({ command: process.execPath, args, cwd: fixtures.dir, env: { ...process.env, CI: 'true' }, timeoutMs: 15 * 60_000 });
    const report = JSON.parse(readFileSync(join(out, 'shadowgate-report.json'), 'utf8'));
    const { ok, failed } = report.replay;
    console.log(
      `  whole run (shadowgate shadow, default budget): peak RSS ${((run.peakRssKb * 1024) / 1e6).toFixed(0)} MB · ${ok ?? '?'} answers received, ` +
        `${failed?.['too-large'] ?? 0} refused as too-large · ${(run.wallMs / 1000).toFixed(1)} s (exit ${run.exitCode})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function child<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = fork(import.meta.filename, args, { stdio: 'inherit' });
    proc.once('message', (m) => resolve(m as T));
    proc.once('exit', (code) => reject(new Error(`${args[0]} exited (${code})`)));
  });
}

if (process.argv[2] === '--serve') await serve();
else if (process.argv[2] === '--measure') {
  await measure(process.argv[3] as string, Number(process.argv[4]));
  process.exit(0);
} else {
  const server = fork(import.meta.filename, ['--serve'], { stdio: 'inherit' });
  const url = await new Promise<string>((resolve) => server.once('message', (m) => resolve(String(m))));
  console.log(`${records} records × 2 sides, answers of ${bodyMB} MB each, concurrency ${concurrency}`);
  try {
    console.log('  replay alone:');
    for (const budget of budgets) {
      const o = await child<Outcome>(['--measure', url, String(budget)]);
      console.log(
        `  budget ${String(o.budgetMiB).padStart(5)} MiB: peak RSS ${o.peakRssMB.toFixed(0).padStart(5)} MB · ${o.ok} answers received, ${o.tooLarge} refused as too-large · ${(o.wallMs / 1000).toFixed(1)} s · most reserved at once ${o.peakReservedMB.toFixed(0)} MB`,
      );
    }
    if (process.env.WHOLE_RUN !== '0') await wholeRun(url);
  } finally {
    server.disconnect();
  }
}
