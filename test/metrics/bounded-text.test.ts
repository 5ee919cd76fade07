// Text metrics with bounded work per pair: exact where the work fits (or where long answers differ in
// few places), a documented lower bound with the pair counted as capped where it does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EDIT_WORK_BUDGET, editSimilarityBounded, levenshteinBounded } from '../../src/metrics/levenshtein.ts';
import { lcsBounded, rougeLBounded } from '../../src/metrics/text-compare.ts';
import { MetricSet } from '../../src/metrics/index.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { context, ok, pair, seeded } from './helpers.ts';

function naiveLevenshtein(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

function naiveLcs(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return previous[b.length]!;
}

/** Random strings and edited copies of them: some differ in a few places, some throughout. */
function* randomPairs(seed: number, rounds: number): Generator<[string[], string[]]> {
  const rand = seeded(seed);
  const pick = (alphabet: string) => {
    const chars = [...alphabet]; // code points, as the metrics count them
    return chars[Math.floor(rand() * chars.length)] as string;
  };
  for (let round = 0; round < rounds; round++) {
    const alphabet = rand() < 0.5 ? 'abc' : 'abcdé🙂g';
    const a = Array.from({ length: Math.floor(rand() * 160) }, () => pick(alphabet));
    const b = a.slice();
    const edits = rand() < 0.3 ? Math.floor(rand() * 80) : Math.floor(rand() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rand() * (b.length + 1));
      const op = rand();
      if (op < 1 / 3) b.splice(at, 0, pick('abcdx'));
      else if (b.length > 0 && op < 2 / 3) b.splice(Math.min(at, b.length - 1), 1);
      else if (b.length > 0) b[Math.min(at, b.length - 1)] = pick('abcdx');
    }
    yield [a, b];
  }
}

test('edit distance is exact on every path that runs within the budget, and an upper bound where capped', () => {
  const paths = { exact: 0, capped: 0 };
  let round = 0;
  for (const [a, b] of randomPairs(7, 1500)) {
    // Tiny budgets push 100-character strings onto the diagonal algorithm and the window.
    const budget = [4, 16, 64, 400, EDIT_WORK_BUDGET][round++ % 5]!;
    const got = levenshteinBounded(a.join(''), b.join(''), budget);
    const want = naiveLevenshtein(a, b);
    if (got.capped) {
      paths.capped++;
      assert.ok(got.distance >= want, `capped distance ${got.distance} below the exact ${want}`);
      assert.ok(got.distance <= Math.max(a.length, b.length));
    } else {
      paths.exact++;
      assert.equal(got.distance, want, `${a.join('')} | ${b.join('')} (budget ${budget})`);
    }
  }
  assert.ok(paths.exact > 500 && paths.capped > 100, JSON.stringify(paths));
});

test('a budget too small for the bit-parallel table still gives the exact distance of answers that differ in few places', () => {
  const rand = seeded(3);
  const a = Array.from({ length: 400 }, () => 'abcdefgh'[Math.floor(rand() * 8)] as string);
  const b = a.slice();
  for (const at of [10, 120, 250, 390]) b[at] = 'z';
  b.splice(200, 0, 'y', 'y');
  // ⌈400/32⌉ · 402 block steps ≫ 1,000; six edits need ~50 diagonal steps.
  const got = levenshteinBounded(a.join(''), b.join(''), 1_000);
  assert.deepEqual(got, { distance: naiveLevenshtein(a, b), capped: false });
  assert.equal(got.distance, 6);
});

test('LCS is exact on every path that runs within the budget, and a lower bound where capped', () => {
  const paths = { exact: 0, capped: 0 };
  let round = 0;
  for (const [a, b] of randomPairs(11, 1500)) {
    const budget = [4, 16, 64, 400, EDIT_WORK_BUDGET][round++ % 5]!;
    const got = lcsBounded(a, b, budget);
    const want = naiveLcs(a, b);
    if (got.capped) {
      paths.capped++;
      assert.ok(got.length <= want, `capped LCS ${got.length} above the exact ${want}`);
    } else {
      paths.exact++;
      assert.equal(got.length, want, `${a.join('')} | ${b.join('')} (budget ${budget})`);
    }
  }
  assert.ok(paths.exact > 500 && paths.capped > 100, JSON.stringify(paths));
});

/** Words drawn at random: two such texts differ throughout. */
function randomWords(seed: number, chars: number): string {
  const rand = seeded(seed);
  const words = ['model', 'answer', 'the', 'of', 'shadow', 'request', 'token', 'stream', 'gate', 'canary', 'and', 'is'];
  let text = '';
  while (text.length < chars) text += `${words[Math.floor(rand() * words.length)]} `;
  return text.slice(0, chars);
}

test('long answers that differ in few places are scored exactly, without a cap', () => {
  const a = randomWords(1, 100_000);
  // Ten single-character substitutions spread over the answer: distance 10, whatever the length.
  const chars = [...a];
  for (let i = 1; i <= 10; i++) chars[i * 9_000] = chars[i * 9_000] === '#' ? '%' : '#';
  const b = chars.join('');
  assert.deepEqual(editSimilarityBounded(a, b), { score: 1 - 10 / 100_000, capped: false });
  const rouge = rougeLBounded(a, b);
  assert.equal(rouge.capped, false);
  assert.ok(rouge.score > 0.999 && rouge.score < 1, String(rouge.score));
});

test('two long answers that differ throughout are capped, counted and named in the report', async () => {
  const a = randomWords(1, 100_000);
  const b = randomWords(2, 100_000);
  const set = new MetricSet('text', context({ kind: 'text' }));
  await set.observe(pair(ok({ text: a }), ok({ text: b })));
  await set.observe(pair(ok({ text: 'short answer' }), ok({ text: 'short reply' })));
  const results = new Map((await set.finish()).map((r) => [r.id, r]));
  const edit = results.get('text.edit_similarity');
  const rouge = results.get('text.rouge_l');
  assert.equal(edit?.details?.cappedPairs, 1);
  assert.equal(rouge?.details?.cappedPairs, 1);
  // A lower bound: both texts use the same dozen words, so the exact scores are well above 0.
  const editScore = edit?.agreement?.values[0] as number;
  assert.ok(editScore >= 0 && editScore < 0.95, String(editScore));

  const { judge } = await import('../../src/judge/judge.ts');
  const judgement = judge([...results.values()], { outputKind: 'text' });
  const markdown = renderMarkdown(
    {
      schemaVersion: 1,
      service: 'svc',
      generatedAt: '2026-01-01T00:00:00Z',
      baselineRef: 'main',
      candidateRef: 'worktree',
      surfaces: [],
      replay: { read: 2, sampled: 2, pairs: 2, requests: 4, ok: 4, retried: 0, failed: {}, wallMs: 10 },
      judgement,
      worst: [],
    },
    { marker: 'shadowgate:test' },
  );
  assert.match(
    markdown,
    /Long answers scored on a window of their differing parts \(the score is a lower bound\): Edit similarity[^\n]* 1 · ROUGE-L F-measure 1/,
  );
});

test('a backlog of long pairs hands the event loop turns, so a timer (the run deadline) fires before it is done', async () => {
  const set = new MetricSet('text', context({ kind: 'text' }));
  const pairs = Array.from({ length: 12 }, (_, i) => pair(ok({ text: randomWords(10 + i, 50_000) }), ok({ text: randomWords(100 + i, 50_000) })));
  let observedWhenTimerFired: number | undefined;
  setTimeout(() => (observedWhenTimerFired = set.pairs), 0);
  // Queued without awaiting, as the replay queues finished pairs.
  await Promise.all(pairs.map((p) => set.observe(p)));
  assert.ok(
    observedWhenTimerFired !== undefined && observedWhenTimerFired < pairs.length,
    `timer fired after ${observedWhenTimerFired} of ${pairs.length} pairs`,
  );
});
