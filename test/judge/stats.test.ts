import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  binomCdf,
  binomPmf,
  binomSf,
  holmAdjust,
  hodgesLehmannOneSample,
  hodgesLehmannTwoSample,
  mannWhitneyU,
  mcnemarExact,
  mcnemarSampleSize,
  newcombePairedInterval,
  normCdf,
  normQuantile,
  normSf,
  qSignRank,
  signedRankSampleSize,
  wilcoxonSignedRank,
  type Alternative,
} from '../../src/judge/stats/index.ts';
import { assertClose, loadFixture } from './fixtures.ts';

interface ScipyFixture {
  versions: Record<string, string>;
  normal: { x: number; cdf: number; sf: number }[];
  quantiles: { p: number; ppf: number }[];
  binomial: { k: number; n: number; p: number; pmf: number; cdf: number; sf: number }[];
  wilcoxon: { name: string; d: number[]; alternative: Alternative; correction: boolean; method: 'auto' | 'asymptotic'; statistic: number; pvalue: number }[];
  mannwhitney: { name: string; x: number[]; y: number[]; alternative: Alternative; continuity: boolean; statistic: number; pvalue: number }[];
  mcnemar: { baselineOnly: number; candidateOnly: number; pvalue: number; midp: number }[];
  newcombe: { bothPass: number; baselineOnly: number; candidateOnly: number; neither: number; confLevel: number; lower: number; upper: number }[];
  sampleSize: { kind: string; discordantShare?: number; delta?: number; pPrime?: number; alpha: number; power: number; n: number }[];
}

type RAlternative = 'two.sided' | 'less' | 'greater';
interface RFixture {
  oneSample: {
    name: string;
    x: number[] | string;
    alternative: RAlternative;
    confLevel: number;
    exact: boolean | 'auto';
    correct: boolean;
    method: string;
    lower: number;
    upper: number;
    achievedConfLevel: number;
    estimate: number;
    walshMedian: number;
  }[];
  twoSample: {
    name: string;
    x: number[];
    y: number[];
    alternative: RAlternative;
    confLevel: number;
    correct: boolean;
    lower: number;
    upper: number;
    estimate: number;
    diffMedian: number;
  }[];
  holm: { p: number[]; adjusted: number[] }[];
  qsignrank: { n: number; p: number; q: number }[];
}

const scipy = loadFixture<ScipyFixture>('scipy.json');
const r = loadFixture<RFixture>('r.json');
const toAlternative = (a: RAlternative): Alternative => (a === 'two.sided' ? 'two-sided' : a);

test('normal CDF, survival function and quantile match scipy', () => {
  for (const { x, cdf, sf } of scipy.normal) {
    assertClose(normCdf(x), cdf, `cdf(${x})`, 1e-12);
    assertClose(normSf(x), sf, `sf(${x})`, 1e-12);
  }
  for (const { p, ppf } of scipy.quantiles) assertClose(normQuantile(p), ppf, `ppf(${p})`, 1e-12);
});

test('binomial pmf, cdf and upper tail match scipy, up to n = 100,000', () => {
  for (const { k, n, p, pmf, cdf, sf } of scipy.binomial) {
    assertClose(binomPmf(k, n, p), pmf, `pmf(${k},${n},${p})`, 1e-11);
    assertClose(binomCdf(k, n, p), cdf, `cdf(${k},${n},${p})`, 1e-11, 1e-15);
    assertClose(binomSf(k, n, p), sf, `sf(${k},${n},${p})`, 1e-11, 1e-15);
  }
});

test('Wilcoxon signed-rank matches scipy.stats.wilcoxon (exact, permutation and normal forms, ties, zeros)', () => {
  assert.ok(scipy.wilcoxon.length >= 50);
  for (const c of scipy.wilcoxon) {
    const result = wilcoxonSignedRank(c.d, { alternative: c.alternative, correction: c.correction, method: c.method });
    const label = `${c.name} ${c.alternative}${c.correction ? ' corrected' : ''}`;
    assertClose(result.statistic, c.statistic, `${label} statistic`, 1e-12);
    assertClose(result.pValue, c.pvalue, `${label} p-value`, 1e-9, 1e-14);
  }
});

test('signed-rank quantiles match R qsignrank', () => {
  for (const { n, p, q } of r.qsignrank) assert.equal(qSignRank(p, n), q, `qsignrank(${p}, ${n})`);
});

test('one-sample Hodges–Lehmann estimate and interval match R wilcox.test(conf.int = TRUE)', () => {
  const formula = (name: string): number[] => {
    const modulus = name.includes('ties') ? 10007 : 1000003;
    const offset = name.includes('ties') ? 4000 : 400000;
    const scale = name.includes('ties') ? 100 : 1000;
    return Array.from({ length: 100000 }, (_, i) => ((((i + 1) * 7919) % modulus) - offset) / scale);
  };
  for (const c of r.oneSample) {
    const x = typeof c.x === 'string' ? formula(c.x) : c.x;
    const exactOption = c.exact === 'auto' ? 'auto' : c.exact ? 'exact' : 'normal';
    const result = hodgesLehmannOneSample(x, { alternative: toAlternative(c.alternative), confLevel: c.confLevel, correct: c.correct, method: exactOption });
    const label = `${c.name} ${c.alternative}`;
    assert.equal(result.method, c.method.includes('exact') ? 'exact' : 'normal', `${label} method`);
    // R's uniroot (tol.root = 1e-12) stops within ~1e-12 of the jump it brackets.
    assertClose(result.interval[0], c.lower, `${label} lower`, 1e-9, 1e-9);
    assertClose(result.interval[1], c.upper, `${label} upper`, 1e-9, 1e-9);
    assertClose(result.confLevel, c.achievedConfLevel, `${label} conf level`, 1e-12);
    if (!Number.isNaN(c.walshMedian)) assertClose(result.estimate, c.walshMedian, `${label} median of Walsh averages`, 1e-12, 1e-12);
    if (result.method === 'exact') assertClose(result.estimate, c.estimate, `${label} estimate`, 1e-12, 1e-12);
  }
});

test('two-sample Hodges–Lehmann shift interval matches R wilcox.test(x, y, conf.int = TRUE, exact = FALSE)', () => {
  for (const c of r.twoSample) {
    const result = hodgesLehmannTwoSample(c.x, c.y, { alternative: toAlternative(c.alternative), confLevel: c.confLevel, correct: c.correct });
    const label = `${c.name} ${c.alternative}${c.correct ? '' : ' uncorrected'}`;
    assertClose(result.interval[0], c.lower, `${label} lower`, 1e-9, 1e-9);
    assertClose(result.interval[1], c.upper, `${label} upper`, 1e-9, 1e-9);
    assertClose(result.estimate, c.diffMedian, `${label} median of differences`, 1e-12, 1e-12);
  }
});

test('Mann–Whitney U matches scipy.stats.mannwhitneyu', () => {
  for (const c of scipy.mannwhitney) {
    const result = mannWhitneyU(c.x, c.y, { alternative: c.alternative, continuity: c.continuity });
    const label = `${c.name} ${c.alternative}`;
    assertClose(result.statistic, c.statistic, `${label} U`, 1e-12);
    assertClose(result.pValue, c.pvalue, `${label} p-value`, 1e-9, 1e-14);
  }
});

test('exact McNemar matches scipy.stats.binomtest on the discordant pairs; mid-p too', () => {
  for (const c of scipy.mcnemar) {
    const counts = { bothPass: 10, baselineOnly: c.baselineOnly, candidateOnly: c.candidateOnly, neither: 5 };
    assertClose(mcnemarExact(counts).pValue, c.pvalue, `b=${c.baselineOnly} c=${c.candidateOnly}`, 1e-10, 1e-15);
    assertClose(mcnemarExact(counts, { midP: true }).pValue, c.midp, `mid-p b=${c.baselineOnly} c=${c.candidateOnly}`, 1e-10, 1e-15);
  }
});

test('Newcombe method 10 interval for the paired difference matches the reference transcription', () => {
  for (const c of scipy.newcombe) {
    const [lower, upper] = newcombePairedInterval(c, c.confLevel);
    const label = `${c.bothPass}/${c.baselineOnly}/${c.candidateOnly}/${c.neither} @${c.confLevel}`;
    assertClose(lower, c.lower, `${label} lower`, 1e-10, 1e-12);
    assertClose(upper, c.upper, `${label} upper`, 1e-10, 1e-12);
    const theta = (c.candidateOnly - c.baselineOnly) / (c.bothPass + c.baselineOnly + c.candidateOnly + c.neither);
    assert.ok(lower <= theta && theta <= upper, `${label} contains the point estimate`);
  }
});

test('Holm adjustment matches R p.adjust(p, "holm")', () => {
  for (const c of r.holm) {
    holmAdjust(c.p).forEach((p, i) => {
      assertClose(p, c.adjusted[i]!, `holm ${c.p.join(',')}[${i}]`, 1e-15);
    });
  }
});

test('sample sizes: McNemar (Connor) and signed-rank (Noether)', () => {
  for (const c of scipy.sampleSize) {
    const options = { alpha: c.alpha, power: c.power };
    const n = c.kind === 'mcnemar' ? mcnemarSampleSize(c.discordantShare!, c.delta!, options) : signedRankSampleSize(c.pPrime!, options);
    assert.equal(n, c.n, JSON.stringify(c));
  }
  // The research note's anchor: 3-point Δ with 6 % discordant pairs → 521 pairs.
  assert.equal(mcnemarSampleSize(0.06, 0.03), 521);
  assert.equal(mcnemarSampleSize(0.06, 0), Infinity);
});

test('Hodges–Lehmann on 100,000 pairs stays fast', () => {
  const x = Array.from({ length: 100000 }, (_, i) => Math.sin(i * 12.9898) * 50 + (i % 13) - 4);
  const started = performance.now();
  const result = hodgesLehmannOneSample(x, { method: 'normal' });
  const elapsed = performance.now() - started;
  assert.ok(result.interval[0] < result.estimate && result.estimate < result.interval[1]);
  assert.ok(elapsed < 5000, `took ${elapsed} ms`);
});

test('degenerate samples give a degenerate interval instead of R’s NaN', () => {
  // R: wilcox.test(rep(2, 10), conf.int = TRUE) → conf.int NaN NaN, estimate (midrange) 2.
  const constant = hodgesLehmannOneSample(Array(10).fill(2));
  assert.deepEqual([constant.estimate, ...constant.interval], [2, 2, 2]);
  const shift = hodgesLehmannTwoSample([1, 1, 1], [1, 1]);
  assert.deepEqual([shift.estimate, ...shift.interval], [0, 0, 0]);
});

test('zero differences: dropped as R does, or kept as a paired location shift needs', () => {
  const differences = [...Array(90).fill(0), ...Array(10).fill(5)];
  const dropped = hodgesLehmannOneSample(differences);
  assert.equal(dropped.estimate, 5);
  const kept = hodgesLehmannOneSample(differences, { zeros: 'keep' });
  assert.equal(kept.estimate, 0);
  assert.ok(kept.interval[0] <= 0 && kept.interval[1] >= 0, `kept interval ${kept.interval}`);
});

test('order statistics of implicit Walsh averages and differences equal brute force, with ties', async () => {
  const { kthPairValue, pairwiseDifferences, walshAverages } = await import('../../src/judge/stats/index.ts');
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let trial = 0; trial < 150; trial++) {
    const n = 1 + Math.floor(next() * 80);
    const m = 1 + Math.floor(next() * 60);
    const x = Float64Array.from({ length: n }, () => Math.round((next() - 0.3) * (trial % 3 ? 1000 : 5)) / 10).sort();
    const y = Float64Array.from({ length: m }, () => Math.round((next() - 0.5) * 300) / 10).sort();
    const walsh: number[] = [];
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh.push((x[i]! + x[j]!) / 2);
    walsh.sort((a, b) => a - b);
    const diffs: number[] = [];
    for (const a of x) for (const b of y) diffs.push(a - b);
    diffs.sort((a, b) => a - b);
    const W = walshAverages(x);
    const D = pairwiseDifferences(x, y);
    for (const k of new Set([1, Math.ceil(walsh.length / 3), Math.ceil(walsh.length / 2), walsh.length]))
      assert.ok(kthPairValue(W, k) === walsh[k - 1], `walsh trial ${trial} k=${k}`); // === : −0 and 0 are the same value
    for (const k of new Set([1, Math.ceil(diffs.length / 2), diffs.length])) assert.ok(kthPairValue(D, k) === diffs[k - 1], `diff trial ${trial} k=${k}`);
  }
});
