// Text-metric cost per pair (not a test): how long the text metrics of one pair take with very long
// answers. Goal: a pair of 100 kB answers scored in under 50 ms, whatever they contain.
// Run: ./node_modules/.bin/node bench/text-metrics.ts   (CHARS=100000 ROUNDS=5 override the defaults)
//
// Cases: two answers that differ throughout (random words: the hostile case, scored on a window);
// one answer and a copy with 20 scattered edits (exact); a model stuck repeating itself against a
// short answer (exact). Each is timed through the text MetricSet plus the worst-examples score, as
// `shadow` runs them, after one warm-up round; the median round is printed.
import { MetricSet, pairDivergence } from '../src/metrics/index.ts';
import type { MetricContext, Pair } from '../src/types.ts';

const chars = Number(process.env.CHARS ?? 100_000);
const rounds = Number(process.env.ROUNDS ?? 5);

function randomWords(seed: number, length: number): string {
  let x = seed;
  const words = ['model', 'answer', 'the', 'of', 'shadow', 'request', 'token', 'stream', 'gate', 'canary', 'and', 'is'];
  let text = '';
  while (text.length < length) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    text += `${words[x % words.length]} `;
  }
  return text.slice(0, length);
}

function edited(text: string, edits: number): string {
  const chars = [...text];
  for (let i = 1; i <= edits; i++) {
    const at = Math.floor((i * chars.length) / (edits + 1));
    chars[at] = chars[at] === '#' ? '%' : '#';
  }
  return chars.join('');
}

const long = randomWords(1, chars);
const cases: Array<[string, string, string]> = [
  ['differ throughout', long, randomWords(2, chars)],
  ['20 scattered edits', long, edited(long, 20)],
  ['repeating vs short', 'I keep saying this. '.repeat(Math.ceil(chars / 20)).slice(0, chars), randomWords(3, 1_000)],
];

const ctx: MetricContext = { output: { kind: 'text' }, baselineTools: [], candidateTools: [] };
const call = (text: string) => ({ ok: true, output: { text }, attempts: 1, latencyMs: 1 });

console.log(`text metrics per pair, ${chars.toLocaleString('en')} characters per answer, median of ${rounds} rounds (goal < 50 ms at 100 kB)`);
for (const [name, baseline, candidate] of cases) {
  const times: number[] = [];
  let capped = 0;
  for (let round = 0; round <= rounds; round++) {
    const set = new MetricSet('text', ctx);
    // Fresh strings each round, so no result is reused from the round before.
    const pair: Pair = { record: { id: 'r', line: 1, data: {} }, baseline: call(`${baseline} `), candidate: call(`${candidate} `) };
    const started = performance.now();
    await set.observe(pair);
    pairDivergence(pair, ctx);
    const ms = performance.now() - started;
    if (round > 0) times.push(ms); // round 0 warms the JIT up
    const results = await set.finish();
    capped = results.reduce((n, r) => n + ((r.details?.cappedPairs as number | undefined) ?? 0), 0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  console.log(
    `  ${name.padEnd(20)} ${median.toFixed(1).padStart(7)} ms  (min ${(times[0] as number).toFixed(1)}, max ${(times.at(-1) as number).toFixed(1)})${capped ? `  capped metrics: ${capped}` : ''}`,
  );
}
