// Peak memory with very large answers (not a test): RECORDS records × 2 sides against a loopback server
// whose every answer is BODY_MB megabytes, at CONCURRENCY requests in flight, once per byte budget in
// BUDGETS_MIB (default "256,16384": the default budget, and one so large it never binds, i.e. as if
// there were none). Each budget runs in its own process so its peak RSS (the kernel's max RSS) is its
// own; the server runs in a third. Prints peak RSS, answers received, answers refused as too-large.
// Run: ./node_modules/.bin/node bench/answer-budget.ts   (BODY_MB=16 RECORDS=32 CONCURRENCY=32 by default)
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { replay } from '../src/replay/engine.ts';
import type { Endpoint } from '../src/replay/endpoint.ts';
import type { ReplayRecord } from '../src/types.ts';

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
}

/** The model server: one prebuilt chat completion of BODY_MB megabytes, sent to every request. */
async function serve(): Promise<void> {
  const content = 'x'.repeat(bodyMB * 1_000_000);
  const body = Buffer.from(JSON.stringify({ id: 'c', object: 'chat.completion', model: 'm', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
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
  const side = (label: string): Endpoint => ({ label, protocol: 'openai', url, model: `${label}-model`, timeoutMs: 120_000, retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 } });
  const stats = await replay({
    records: dataset(),
    baseline: side('baseline'),
    candidate: side('candidate'),
    buildRequest: (_side, record) => ({ protocol: 'openai', body: { messages: [{ role: 'user', content: String(record.data.q) }] } }),
    concurrency,
    answerBudgetBytes: budgetMiB * 1024 * 1024,
    // Held like the metrics hold a pair while scoring it.
    onPair: async () => new Promise((resolve) => setImmediate(resolve)),
  });
  const outcome: Outcome = { budgetMiB, peakRssMB: process.resourceUsage().maxRSS / 1024, ok: stats.ok, tooLarge: stats.failed['too-large'] ?? 0, wallMs: stats.wallMs };
  process.send?.(outcome);
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
    for (const budget of budgets) {
      const o = await child<Outcome>(['--measure', url, String(budget)]);
      console.log(`  budget ${String(o.budgetMiB).padStart(5)} MiB: peak RSS ${o.peakRssMB.toFixed(0).padStart(5)} MB · ${o.ok} answers received, ${o.tooLarge} refused as too-large · ${(o.wallMs / 1000).toFixed(1)} s`);
    }
  } finally {
    server.disconnect();
  }
}
