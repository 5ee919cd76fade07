// The selection of Walsh averages and two-sample differences against a brute-force reference: every pair
// value computed, sorted, indexed. Sizes above the 16,384 candidates the selection sorts directly, so its
// sampling rounds run; samples with heavy ties, zeros, signed zeros and a single repeated value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kthPairValue, medianPairValue, pairwiseDifferences, walshAverages } from '../../src/judge/stats/index.ts';

function generator(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

type Shape = 'continuous' | 'ties' | 'binary' | 'constant' | 'signed-zeros';

function sample(next: () => number, n: number, shape: Shape): Float64Array {
  const value = (): number => {
    switch (shape) {
      case 'continuous':
        return (next() - 0.4) * 1000;
      case 'ties':
        return Math.round((next() - 0.5) * 12) / 4;
      case 'binary':
        return (next() < 0.5 ? 0 : 1) - (next() < 0.3 ? 1 : 0);
      case 'constant':
        return 0.25;
      case 'signed-zeros':
        return next() < 0.5 ? (next() < 0.5 ? -0 : 0) : Math.round((next() - 0.5) * 4);
    }
  };
  return Float64Array.from({ length: n }, value).sort();
}

const ascending = (a: number, b: number): number => a - b;

test('k-th Walsh average and k-th difference equal the brute-force order statistic, past the size sorted directly', () => {
  const next = generator(20261207);
  const shapes: Shape[] = ['continuous', 'ties', 'binary', 'constant', 'signed-zeros'];
  for (let trial = 0; trial < 25; trial++) {
    const shape = shapes[trial % shapes.length]!;
    const n = 180 + Math.floor(next() * 260); // 16,290 … 95,700 Walsh averages
    const m = 60 + Math.floor(next() * 300);
    const x = sample(next, n, shape);
    const y = sample(next, m, shapes[(trial + 2) % shapes.length]!);
    const walsh: number[] = [];
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh.push((x[i]! + x[j]!) / 2);
    walsh.sort(ascending);
    const diffs: number[] = [];
    for (const a of x) for (const b of y) diffs.push(a - b);
    diffs.sort(ascending);
    const W = walshAverages(x);
    const D = pairwiseDifferences(x, y);
    assert.equal(W.size, walsh.length);
    assert.equal(D.size, diffs.length);
    const picks = (size: number) =>
      new Set([
        1,
        2,
        size,
        size - 1,
        ...Array.from({ length: 12 }, () => 1 + Math.floor(next() * size)),
        Math.ceil(size / 2),
        Math.floor(size * 0.025) + 1,
        Math.ceil(size * 0.975),
      ]);
    for (const k of picks(walsh.length))
      assert.ok(kthPairValue(W, k) === walsh[k - 1], `${shape} walsh n=${n} k=${k}: ${kthPairValue(W, k)} vs ${walsh[k - 1]}`);
    for (const k of picks(diffs.length))
      assert.ok(kthPairValue(D, k) === diffs[k - 1], `${shape} differences ${n}×${m} k=${k}: ${kthPairValue(D, k)} vs ${diffs[k - 1]}`);
    const mid = walsh.length % 2 ? walsh[(walsh.length - 1) / 2]! : (walsh[walsh.length / 2 - 1]! + walsh[walsh.length / 2]!) / 2;
    assert.ok(medianPairValue(W) === mid, `${shape} median of ${walsh.length} Walsh averages`);
    const midDiff = diffs.length % 2 ? diffs[(diffs.length - 1) / 2]! : (diffs[diffs.length / 2 - 1]! + diffs[diffs.length / 2]!) / 2;
    assert.ok(medianPairValue(D) === midDiff, `${shape} median of ${diffs.length} differences`);
    // The count the normal-form intervals step through agrees with the sorted values.
    const t = walsh[Math.floor(next() * walsh.length)]!;
    assert.equal(W.countAtMost(t), walsh.filter((v) => v <= t).length);
  }
});

test('k outside 1..size is refused', () => {
  const W = walshAverages(Float64Array.of(1, 2, 3));
  assert.throws(() => kthPairValue(W, 0), RangeError);
  assert.throws(() => kthPairValue(W, 7), RangeError);
  assert.throws(() => kthPairValue(W, 1.5), RangeError);
});
