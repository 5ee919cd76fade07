// Judge-model overhead (not a test): PAIRS pairs judged in both orders by a loopback judge that answers in
// LATENCY_MS, at CONCURRENCY calls in flight. Prints the cold run's wall time against the physical limit
// (2 × PAIRS × LATENCY_MS / CONCURRENCY), the CPU spent per judged pair, and the warm run (every vote from
// the on-disk cache, 0 calls). Run: ./node_modules/.bin/node bench/judge-model.ts
// PAIRS (default 200), LATENCY_MS (20) and CONCURRENCY (8) override the defaults.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPairJudge } from '../src/replay/adapters/judge-model.ts';
import { MetricSet } from '../src/metrics/index.ts';
import type { MetricContext, Pair } from '../src/types.ts';

const pairs = Number(process.env.PAIRS ?? 200);
const latencyMs = Number(process.env.LATENCY_MS ?? 20);
const concurrency = Number(process.env.CONCURRENCY ?? 8);

let calls = 0;
let inFlight = 0;
let maxInFlight = 0;
let sumInFlight = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    calls++;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    sumInFlight += inFlight;
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          choices: [{ index: 0, message: { role: 'assistant', content: '{"more":"tie","reason":"Neither shows it more."}' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 300, completion_tokens: 12, total_tokens: 312 },
        }),
      );
    }, latencyMs);
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
const cacheDir = await mkdtemp(join(tmpdir(), 'judge-bench-'));

const data: Pair[] = Array.from({ length: pairs }, (_, i) => ({
  record: { id: `r${i}`, line: i + 1, data: { q: `question ${i} `.repeat(20) } },
  baseline: { ok: true, output: { text: `Baseline answer ${i}. `.repeat(10) }, attempts: 1, latencyMs: 1 },
  candidate: { ok: true, output: { text: `Candidate answer ${i}. `.repeat(10) }, attempts: 1, latencyMs: 1 },
}));

async function run(label: string): Promise<void> {
  const judge = createPairJudge({
    endpoint: url,
    model: 'bench-judge',
    rubrics: [{ id: 'flattery', text: 'flatters the user more' }],
    concurrency,
    cacheDir,
    sample: { max: pairs },
  });
  const ctx: MetricContext = { output: { kind: 'text' }, baselineTools: [], candidateTools: [], llm: { judge } };
  const set = new MetricSet('text', ctx);
  const before = calls;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await set.observeAll(data);
  const result = (await set.finish()).find((r) => r.id === 'judge.flattery')!;
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  judge.close();
  const cpuPerPair = (used.user + used.system) / 1000 / pairs;
  const limit = (2 * pairs * latencyMs) / concurrency;
  console.log(
    `${label}: ${result.n} pairs, ${calls - before} judge calls, wall ${wall.toFixed(0)} ms` +
      (calls > before ? ` (physical limit ${limit.toFixed(0)} ms, ×${(wall / limit).toFixed(2)})` : '') +
      `, CPU ${cpuPerPair.toFixed(2)} ms per pair (all text metrics included), calls in flight max ${maxInFlight} mean ${(sumInFlight / Math.max(1, calls)).toFixed(1)}`,
  );
}

await run('cold');
await run('warm (cache)');
server.close();
await rm(cacheDir, { recursive: true, force: true });
