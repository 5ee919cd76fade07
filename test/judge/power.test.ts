// The judge's power statements and the large-sample KS p-value against independent implementations:
// statsmodels' one-sided normal sample size, Noether's formula over brute-force Walsh averages, and
// scipy.stats.ks_2samp(method='exact') — fixtures from test/fixtures/stats/generate_power.py.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normQuantile, wilsonInterval } from '../../src/judge/stats/index.ts';
import {
  binaryDetectable,
  binaryNeeded,
  meanDetectable,
  meanNeeded,
  signedRankDetectable,
  signedRankNeeded,
  walshShareAbove,
} from '../../src/judge/stats/index.ts';
import { ksExactTwoSided, ksTwoSample } from '../../src/metrics/distributions.ts';
import { assertClose, loadFixture } from './fixtures.ts';

interface PowerFixture {
  binaryNeeded: Array<{ psi: number; delta: number; tolerance: number; alpha: number; n: number }>;
  meanNeeded: Array<{ sd: number; drop: number; tolerance: number; alpha: number; n: number }>;
  noether: Array<{ name: string; centred: number[]; shift: number; alpha: number; share: number; n: number }>;
  ksLarge: Array<{ m: number; n: number; statistic: number; exact: number; scipyAuto: number }>;
  wilsonUpper: Array<{ count: number; n: number; upper: number }>;
}
const fixture = loadFixture<PowerFixture>('power.json');

test('paired-rate sample size equals statsmodels normal_sample_size_one_tail, rounded up', () => {
  for (const c of fixture.binaryNeeded) {
    assert.equal(binaryNeeded(c.psi, c.delta, c.tolerance, { alpha: c.alpha }), Math.ceil(c.n - 1e-9), JSON.stringify(c));
    // The detectable drop at that n is the drop itself (the inverse), when the discordant share is held fixed.
    const n = Math.ceil(c.n - 1e-9);
    const drop = binaryDetectable(n, () => c.psi, c.tolerance, { alpha: c.alpha });
    assert.ok(drop <= c.delta + 1e-9 && drop > c.delta - 0.002, `detectable ${drop} vs ${c.delta}`);
  }
  assert.equal(binaryNeeded(0.1, 0.01, 0.01, { alpha: 0.05 }), Infinity, 'nothing to find inside the tolerance');
});

test('agreement sample size equals statsmodels normal_sample_size_one_tail, rounded up; detectable is its inverse', () => {
  for (const c of fixture.meanNeeded) {
    const n = meanNeeded(c.sd, c.drop, c.tolerance, { alpha: c.alpha });
    assert.equal(n, Math.ceil(c.n - 1e-9), JSON.stringify(c));
    assertClose(meanDetectable(c.n, c.sd, c.tolerance, { alpha: c.alpha }), c.drop, 'detectable at the exact n', 1e-9);
  }
});

test('Noether signed-rank sample size and the Walsh-average share equal a brute-force count', () => {
  for (const c of fixture.noether) {
    const centred = Float64Array.from(c.centred);
    assertClose(walshShareAbove(centred, -c.shift), c.share, `${c.name} share`, 1e-12);
    const n = signedRankNeeded(centred, c.shift, { alpha: c.alpha });
    assert.equal(n, typeof c.n === 'number' ? Math.ceil(c.n - 1e-9) : Infinity, `${c.name} shift ${c.shift}`);
    if (Number.isFinite(n)) {
      // The smallest shift found at that n is no larger than the one that asked for it.
      const shift = signedRankDetectable(n, centred, { alpha: c.alpha });
      assert.ok(shift <= c.shift + 1e-9, `${c.name}: detectable ${shift} ≤ ${c.shift}`);
      assert.ok(signedRankNeeded(centred, shift, { alpha: c.alpha }) <= n);
    }
  }
});

test('KS beyond 10,000 values per side equals scipy ks_2samp(method="exact"), not an approximation', () => {
  for (const c of fixture.ksLarge) {
    assertClose(ksExactTwoSided(c.m, c.n, c.statistic), c.exact, `${c.m}×${c.n} exact p`, 1e-8);
  }
  // The 10,001 × 300-sized case the old limiting form missed by ~3 %: the full test now takes the exact path.
  const first = fixture.ksLarge[0]!;
  const a = Array.from({ length: first.m }, (_, i) => i / first.m);
  const b = Array.from({ length: first.n }, (_, i) => (i + 0.5) / first.n);
  assert.equal(ksTwoSample(a, b).method, 'exact');
  // Only samples too large for the walk fall back to the Kolmogorov limit.
  const big = Array.from({ length: 200_000 }, (_, i) => i);
  const shifted = big.map((x) => x + 40_000);
  assert.equal(ksTwoSample(big, shifted).method, 'asymptotic');
});

test('the upper 95 % bound of the discordant share equals statsmodels proportion_confint(method="wilson")', () => {
  for (const c of fixture.wilsonUpper) assertClose(wilsonInterval(c.count, c.n, normQuantile(0.95))[1], c.upper, `${c.count}/${c.n}`, 1e-9);
});

test('signedRankDetectable is the bisection of signedRankNeeded(shift) ≤ n, bit for bit, on samples with and without ties', () => {
  let seed = 424242;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // The definition: bisect the pairs-needed test itself (an O(m) count of Walsh sums per step).
  const reference = (n: number, centred: Float64Array, alpha: number): number => {
    const spread = Math.max(centred[centred.length - 1]! - centred[0]!, 1e-9);
    const enough = (shift: number) => signedRankNeeded(centred, shift, { alpha }) <= n;
    if (!enough(4 * spread)) return NaN;
    let a = 0;
    let b = 4 * spread;
    for (let i = 0; i < 60 && b - a > 1e-9 * Math.max(1, Math.abs(b)); i++) {
      const mid = (a + b) / 2;
      if (enough(mid)) b = mid;
      else a = mid;
    }
    return b;
  };
  for (let trial = 0; trial < 60; trial++) {
    const m = 5 + Math.floor(next() * 400);
    const ties = trial % 3 === 0;
    const raw = Float64Array.from({ length: m }, () => (ties ? Math.round((next() - 0.5) * 6) / 2 : (next() - 0.5) * (1 + trial)));
    let median = 0;
    const sorted = Float64Array.from(raw).sort();
    median = sorted[Math.floor(m / 2)]!;
    const centred = sorted.map((v) => v - median).sort();
    const n = [3, 30, m, 10 * m, 5000][trial % 5]!;
    const alpha = [0.05, 0.025, 0.0125][trial % 3]!;
    const want = reference(n, centred, alpha);
    const got = signedRankDetectable(n, centred, { alpha });
    assert.ok(Object.is(got, want), `trial ${trial} (m=${m}, n=${n}, ties ${ties}): ${got} vs ${want}`);
  }
});
