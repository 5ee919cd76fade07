// Throughput check (not a test): 1000 records × 2 sides against a loopback OpenAI server that
// answers in 20 ms, at concurrency 32. Prints wall time against the physical limit
// (2000 × 20 ms / 32 = 1.25 s). Run: ./node_modules/.bin/node bench/replay-throughput.ts
// The server runs in its own process, as a model server would, so it does not share the
// replay's event loop; SAME_PROCESS=1 keeps it in-process. RECORDS, LATENCY_MS, CONCURRENCY
// and ROUNDS override the defaults.
import { fork } from 'node:child_process';
import { replay } from '../src/replay/engine.ts';
import type { Endpoint } from '../src/replay/endpoint.ts';
import type { ReplayRecord } from '../src/types.ts';
import { startOpenAIServer } from '../test/support/model-servers.ts';

const records = Number(process.env.RECORDS ?? 1000);
const latencyMs = Number(process.env.LATENCY_MS ?? 20);
const concurrency = Number(process.env.CONCURRENCY ?? 32);
const rounds = Number(process.env.ROUNDS ?? 3);

interface Server {
  url: string;
  /** Requests answered and their summed server-side time (arrival → answer written). */
  usage(): Promise<{ count: number; busyMs: number }>;
  close(): Promise<void>;
}

async function* dataset(): AsyncGenerator<ReplayRecord> {
  for (let i = 0; i < records; i++) yield { id: `r${i}`, line: i + 1, data: { q: `question ${i}` } };
}

async function startServer(): Promise<Server> {
  if (process.env.SAME_PROCESS) {
    const server = await startOpenAIServer({ latencyMs, keepRequests: false });
    return { url: server.url, usage: async () => ({ count: server.count, busyMs: server.busyMs }), close: server.close };
  }
  const child = fork(import.meta.filename, ['--serve'], { stdio: 'inherit' });
  let exited: Error | undefined;
  child.once('exit', (code) => (exited = new Error(`server process exited (${code})`)));
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      if (exited) reject(exited);
      else child.once('message', resolve);
    });
  const url = String(await next());
  return {
    url,
    usage: async () => {
      const reply = next();
      child.send('usage');
      return (await reply) as { count: number; busyMs: number };
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

async function serve(): Promise<void> {
  const server = await startOpenAIServer({ latencyMs, keepRequests: false });
  process.send?.(server.url);
  process.on('message', () => process.send?.({ count: server.count, busyMs: server.busyMs }));
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

async function run(): Promise<void> {
  const server = await startServer();
  const side = (label: string): Endpoint => ({
    label,
    protocol: 'openai',
    url: server.url,
    model: `${label}-model`,
    timeoutMs: 10_000,
    retries: { max: 2, baseDelayMs: 50, maxDelayMs: 1000 },
  });
  const limitMs = (records * 2 * latencyMs) / concurrency;
  const ratios: number[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const before = await server.usage();
      const cpuBefore = process.cpuUsage();
      const stats = await replay({
        records: dataset(),
        baseline: side('baseline'),
        candidate: side('candidate'),
        buildRequest: (_side, record) => ({
          protocol: 'openai',
          body: { messages: [{ role: 'user', content: String(record.data.q) }], temperature: 0 },
        }),
        concurrency,
        onPair: () => {},
      });
      if (stats.ok !== records * 2) throw new Error(`expected ${records * 2} ok requests, got ${JSON.stringify(stats)}`);
      const cpu = process.cpuUsage(cpuBefore);
      const after = await server.usage();
      const ratio = stats.wallMs / limitMs;
      ratios.push(ratio);
      // On a loaded machine the server's 20 ms timers run late; this limit uses what it really took.
      const servedMs = (after.busyMs - before.busyMs) / (after.count - before.count);
      const effectiveLimitMs = (records * 2 * servedMs) / concurrency;
      console.log(
        `round ${round}: ${stats.requests} requests in ${stats.wallMs} ms; physical limit ${limitMs.toFixed(0)} ms; ` +
          `ratio ${ratio.toFixed(3)}× | server answered in ${servedMs.toFixed(1)} ms on average → ` +
          `${(stats.wallMs / effectiveLimitMs).toFixed(3)}× of that limit | replay CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`,
      );
    }
  } finally {
    await server.close();
  }
  const best = Math.min(...ratios);
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
  console.log(`best ${best.toFixed(3)}×, median ${median.toFixed(3)}× (target ≤ 1.2×) — ${best <= 1.2 ? 'OK' : 'SLOW'}`);
}

if (process.argv[2] === '--serve') await serve();
else await run();
