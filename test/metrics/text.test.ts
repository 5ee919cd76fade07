import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricSet } from '../../src/metrics/index.ts';
import { EMBED_BATCH_PAIRS } from '../../src/metrics/text.ts';
import { normalizeText, rougeL } from '../../src/metrics/text-compare.ts';
import { editSimilarity, levenshtein } from '../../src/metrics/levenshtein.ts';
import type { MetricResult, Pair } from '../../src/types.ts';
import { context, failed, ok, pair, startEmbeddingServer } from './helpers.ts';
import { plain } from '../support/values.ts';

async function results(pairs: Pair[], embed?: (t: string[]) => Promise<number[][]>): Promise<Map<string, MetricResult>> {
  const set = new MetricSet('text', context({ kind: 'text' }, embed ? { embed } : {}));
  await set.observeAll(pairs);
  return new Map((await set.finish()).map((r) => [r.id, r]));
}

const textPair = (b: string, c: string, repeat?: string): Pair =>
  pair(ok({ text: b }), ok({ text: c }), repeat === undefined ? undefined : ok({ text: repeat }));

test('normalised match forgives case, width, spacing and trailing punctuation, not wording', async () => {
  assert.equal(normalizeText('  Ｙｅｓ,   Sir!!  '), 'yes, sir');
  const r = await results([textPair('Yes.', 'yes'), textPair('Ｙｅｓ', 'yes'), textPair('yes, sir', 'yes sir'), textPair('same', 'same')]);
  assert.deepEqual(plain(r.get('text.exact_match')?.agreement?.values), [0, 0, 0, 1]);
  assert.deepEqual(plain(r.get('text.normalized_match')?.agreement?.values), [1, 1, 0, 1]);
  assert.equal(r.get('text.exact_match')?.test, 'agreement');
  assert.equal(r.get('text.normalized_match')?.candidate, 0.75);
});

test('edit similarity and ROUGE-L score per pair, with p5/p50 and the share below threshold', async () => {
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(editSimilarity('kitten', 'sitting'), 1 - 3 / 7);
  assert.equal(editSimilarity('', ''), 1);
  assert.equal(rougeL('', ''), 1);
  const r = await results([textPair('kitten', 'sitting'), textPair('the cat sat', 'the cat sat'), textPair('abc', 'xyz')]);
  const edit = r.get('text.edit_similarity');
  assert.deepEqual(plain(edit?.agreement?.values), [1 - 3 / 7, 1, 0]);
  assert.equal(edit?.agreement?.threshold, 0.8);
  assert.equal(edit?.details?.shareBelowThreshold, 2 / 3);
  assert.equal(edit?.details?.p50, 1 - 3 / 7);
  const rouge = r.get('text.rouge_l');
  assert.deepEqual(plain(rouge?.agreement?.values), [0, 1, 0]);
  assert.equal(rouge?.badDirection, 'decrease');
});

test('pairs with a failed side are excluded from text metrics and counted', async () => {
  const r = await results([textPair('a', 'a'), pair(ok({ text: 'a' }), failed('timeout')), pair(failed('connect'), ok({ text: 'b' }))]);
  const exact = r.get('text.exact_match');
  assert.equal(exact?.n, 1);
  assert.equal(exact?.details?.excludedFailedPairs, 2);
  assert.equal(r.get('requests.success_rate')?.n, 3);
});

test('a replayed baseline gives the A/A noise floor', async () => {
  const r = await results([textPair('a b c', 'a b c', 'a b d'), textPair('x', 'y', 'x'), textPair('q', 'q')]);
  const exact = r.get('text.exact_match');
  // The judge compares each record's score with its own repeat's: the third pair has no repeat.
  assert.deepEqual(plain(exact?.agreement?.values), [1, 0]);
  assert.deepEqual(plain(exact?.agreement?.noise), [0, 1]);
  assert.equal(exact?.baseline, 0.5);
  assert.equal(exact?.candidate, 2 / 3, 'the metric itself still counts every compared pair');
  assert.equal(exact?.n, 3);
});

test('embedding cosine batches and deduplicates calls to a real embeddings server', async () => {
  const server = await startEmbeddingServer();
  try {
    const pairs: Pair[] = [];
    for (let i = 0; i < 70; i++) pairs.push(textPair(`answer ${i % 7}`, i % 2 ? `answer ${i % 7}` : `reply ${i % 5}`));
    pairs.push(textPair('abc', 'cba'), textPair('aaa', 'bbb'), textPair('', 'text'), textPair('', ''));
    const r = await results(pairs, server.embed);
    const cosine = r.get('text.embedding_cosine');
    assert.equal(cosine?.n, 74);
    assert.ok(server.requests.length <= Math.ceil(74 / EMBED_BATCH_PAIRS), `${server.requests.length} calls`);
    for (const input of server.requests) {
      assert.ok(input.length <= 2 * EMBED_BATCH_PAIRS);
      assert.equal(new Set(input).size, input.length, 'no text twice in one call');
      assert.ok(!input.includes(''), 'empty strings are never sent');
    }
    const values = plain(cosine?.agreement?.values) ?? [];
    assert.equal(values[1], 1, 'identical answers');
    assert.deepEqual(values.slice(70), [1, 0, 0, 1]);
    assert.equal(cosine?.agreement?.threshold, 0.75);
    assert.equal(typeof cosine?.details?.p5, 'number');
  } finally {
    await server.close();
  }
});

test('without an embeddings endpoint there is no embedding metric; an endpoint that is down leaves the batch unscored, not the run', async () => {
  const r = await results([textPair('a', 'b')]);
  assert.ok(!r.has('text.embedding_cosine'));
  const server = await startEmbeddingServer();
  await server.close();
  const down = await results([textPair('a', 'b'), textPair('c', 'c')], server.embed);
  const cosine = down.get('text.embedding_cosine');
  assert.equal(cosine?.n, 0);
  assert.equal(cosine?.details?.embeddingFailedPairs, 2);
  assert.equal(typeof cosine?.details?.embeddingError, 'string');
  assert.equal(down.get('text.exact_match')?.n, 2, 'other metrics still count');
});

test('Levenshtein agrees with the textbook table on random strings across 32-row block boundaries', async () => {
  const { seeded } = await import('./helpers.ts');
  const rand = seeded(99);
  const naive = (a: string[], b: string[]): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const alphabet = ['a', 'b', 'c', 'é', '🙂'];
  const word = (n: number): string[] => Array.from({ length: n }, () => alphabet[Math.floor(rand() * (1 + Math.floor(rand() * 5)))] as string);
  for (let round = 0; round < 300; round++) {
    const a = word(Math.floor(rand() * 140));
    const b = rand() < 0.5 ? word(Math.floor(rand() * 140)) : a.map((ch) => (rand() < 0.1 ? 'c' : ch)).filter(() => rand() > 0.05);
    assert.equal(levenshtein(a.join(''), b.join('')), naive(a, b), `${a.join('')} | ${b.join('')}`);
  }
});
