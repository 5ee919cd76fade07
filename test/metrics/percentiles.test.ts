// Percentiles from selected order statistics against the definition: a full sort, then numpy's linear
// interpolation (percentileOfSorted). Samples with ties, a constant, NaN and −0 (those fall back to a sort).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentileOfSorted, percentilesOf, tailPercentiles } from '../../src/metrics/stats.ts';

test('percentilesOf equals sorting and interpolating, bit for bit', () => {
  let seed = 99;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const shapes = [
    (): number => (next() - 0.3) * 1e4,
    (): number => Math.round(next() * 6),
    (): number => 42,
    (): number => (next() < 0.01 ? NaN : next()),
    (): number => (next() < 0.3 ? -0 : next() < 0.5 ? 0 : next() - 0.5),
  ];
  const ps = [0, 1, 5, 25, 50, 75, 95, 99, 99.9, 100];
  for (let trial = 0; trial < 60; trial++) {
    const n = [1, 2, 63, 64, 65, 1000, 20_001][trial % 7]!;
    const values = Float64Array.from({ length: n }, shapes[trial % shapes.length]!);
    const sorted = Float64Array.from(values).sort();
    const want = ps.map((p) => percentileOfSorted(sorted, p));
    const got = percentilesOf(values, ps);
    for (let i = 0; i < ps.length; i++) assert.ok(Object.is(got[i], want[i]), `trial ${trial} n=${n} p${ps[i]}: ${got[i]} vs ${want[i]}`);
  }
  assert.deepEqual(percentilesOf([], [50]), [null]);
  assert.deepEqual(tailPercentiles([3, 1, 2]), { p50: 2, p95: 2.9, p99: 2.98 });
});
