// Hodges–Lehmann estimates and the confidence intervals R's wilcox.test(conf.int = TRUE) reports.
//
// One sample (paired differences): estimate = median of the Walsh averages.
//   exact form (R's default when n < 50 with no ties or zeros): interval ends are Walsh averages picked
//   with qsignrank; normal form (exact = FALSE, or ties/zeros): R inverts the normal approximation of the
//   signed-rank statistic with uniroot. That statistic is a step function of the shift d that only jumps at
//   Walsh averages (between them T⁺(d) = #{Walsh averages > d}), so instead of root-finding we solve for the
//   jump exactly: the answer is the same Walsh average R's uniroot converges to, without its 1e-4 tolerance.
// Two samples: same idea over the differences xᵢ − yⱼ (normal form only).
//
// Zeros: R drops zero differences before everything (so its interval ignores them). `zeros: 'drop'` is
// R's behaviour; `'keep'` keeps them in the Walsh averages, which is what a paired location shift means.

import { normQuantile } from './normal.ts';
import { inTypedSortOrder } from '../../core/select.ts';
import { kthPairValue, medianPairValue, pairwiseDifferences, walshAverages, type PairValues } from './pair-sums.ts';
import { absTieTerm, rankAverage, sortedCopy, tieTermSorted } from './ranks.ts';
import { qSignRank, signedRankCounts } from './signed-rank-distribution.ts';
import type { Alternative } from './wilcoxon.ts';

export interface HodgesLehmannOptions {
  confLevel?: number;
  alternative?: Alternative;
  /** Continuity correction of the normal form (R's `correct`, default true). */
  correct?: boolean;
  /** 'auto' follows R: exact when n < 50 and there are no ties or zeros. */
  method?: 'auto' | 'exact' | 'normal';
  zeros?: 'drop' | 'keep';
}

export interface HodgesLehmannResult {
  estimate: number;
  interval: [number, number];
  /** The level actually delivered (R lowers it when the requested one cannot be reached). */
  confLevel: number;
  method: 'exact' | 'normal';
  n: number;
}

export function hodgesLehmannOneSample(values: ArrayLike<number>, options: HodgesLehmannOptions = {}): HodgesLehmannResult {
  const confLevel = options.confLevel ?? 0.95;
  const alternative = options.alternative ?? 'two-sided';
  const correct = options.correct ?? true;
  // One typed copy (sorted in place), no boxed intermediates: this runs on 100,000-pair arrays.
  const dropZeros = (options.zeros ?? 'drop') === 'drop';
  let zeroCount = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 0) zeroCount++;
  const hasZeros = zeroCount > 0;
  const sorted = new Float64Array(dropZeros ? values.length - zeroCount : values.length);
  for (let i = 0, k = 0; i < values.length; i++) if (!dropZeros || values[i] !== 0) sorted[k++] = values[i]!;
  const n = sorted.length;
  if (n === 0) return { estimate: NaN, interval: [NaN, NaN], confLevel: 0, method: 'normal', n };
  // |x| ties decide the exact form, which only n < 50 can take: no sort of |x| for the large samples.
  const absTies = n < 50 ? absTieTerm(sorted) : undefined;
  if (!inTypedSortOrder(sorted)) sorted.sort();
  const walsh = walshAverages(sorted);
  const estimate = medianPairValue(walsh);
  const ties = tieTermSorted(sorted); // ties in x
  let method = options.method ?? 'auto';
  if (method === 'auto') method = n < 50 && absTies === 0 && !hasZeros ? 'exact' : 'normal';
  const alpha = 1 - confLevel;
  const size = walsh.size;

  if (method === 'exact') {
    const counts = signedRankCounts(n);
    const each = Math.exp(-n * Math.LN2); // as R's psignrank computes 2⁻ⁿ (matters for signif below)
    const cdf = (q: number): number => {
      let s = 0;
      for (let i = 0; i <= q && i < counts.length; i++) s += counts[i]! * each;
      return s;
    };
    const qu = Math.max(1, qSignRank(alternative === 'two-sided' ? alpha / 2 : alpha, n));
    const ql = size - qu;
    const achievedOneTail = cdf(Math.trunc(qu) - 1);
    const achieved = alternative === 'two-sided' ? 2 * achievedOneTail : achievedOneTail;
    const interval: [number, number] =
      alternative === 'two-sided'
        ? [kthPairValue(walsh, qu), kthPairValue(walsh, ql + 1)]
        : alternative === 'greater'
          ? [kthPairValue(walsh, qu), Infinity]
          : [-Infinity, kthPairValue(walsh, ql + 1)];
    const delivered = achieved - alpha > alpha / 2 ? 1 - signif2(achieved) : confLevel;
    return { estimate, interval, confLevel: delivered, method, n };
  }

  // Normal form. Between Walsh averages: T⁺ = size − k (k = Walsh averages ≤ d), ties only within equal x.
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - ties / 48);
  const wAt = (k: number): number => {
    const zd = size - k - size / 2;
    return (zd - continuity(zd, alternative, correct)) / sigma;
  };
  const rW = (d: number): number => signedRankW(sorted, d, alternative, correct);
  const wMin = rW(walsh.min);
  const wMax = rW(walsh.max);
  if (!Number.isFinite(wMin) || !Number.isFinite(wMax)) {
    return { estimate, interval: [alternative === 'less' ? -Infinity : NaN, alternative === 'greater' ? Infinity : NaN], confLevel: 0, method, n };
  }
  let a = alpha;
  const upperZ = (p: number): number => -normQuantile(p);
  if (alternative === 'two-sided') while (wMin - upperZ(a / 2) < 0 || wMax - normQuantile(a / 2) > 0) a *= 2;
  else if (alternative === 'greater') while (wMin - upperZ(a) < 0) a *= 2;
  else while (wMax - normQuantile(a / 2) > 0) a *= 2; // R's `less` branch tests α/2 here; kept for parity
  const delivered = a >= 1 || 1 - confLevel < a * 0.75 ? 1 - Math.min(1, a) : confLevel;
  const root = (zq: number): number => crossing(walsh, wAt, zq);
  // As R: when even α → 1 cannot bracket the quantile, the interval collapses onto the sample median.
  const fallback = medianOf(sorted);
  const interval: [number, number] =
    alternative === 'two-sided'
      ? a < 1
        ? [root(upperZ(a / 2)), root(normQuantile(a / 2))]
        : [fallback, fallback]
      : alternative === 'greater'
        ? [a < 1 ? root(upperZ(a)) : fallback, Infinity]
        : [-Infinity, a < 1 ? root(normQuantile(a)) : fallback];
  return { estimate, interval, confLevel: delivered, method, n };
}

export interface TwoSampleOptions {
  confLevel?: number;
  alternative?: Alternative;
  correct?: boolean;
}

/**
 * Two-sample Hodges–Lehmann shift (x − y) with R's wilcox.test(x, y, conf.int = TRUE, exact = FALSE) interval.
 */
export function hodgesLehmannTwoSample(x: ArrayLike<number>, y: ArrayLike<number>, options: TwoSampleOptions = {}): HodgesLehmannResult {
  const confLevel = options.confLevel ?? 0.95;
  const alternative = options.alternative ?? 'two-sided';
  const correct = options.correct ?? true;
  const xs = sortedCopy(x);
  const ys = sortedCopy(y);
  const m = xs.length;
  const n = ys.length;
  if (m === 0 || n === 0) return { estimate: NaN, interval: [NaN, NaN], confLevel: 0, method: 'normal', n: 0 };
  const diffs = pairwiseDifferences(xs, ys);
  const estimate = medianPairValue(diffs);
  const size = m * n;
  const ties = tieTermSorted(xs) + tieTermSorted(ys);
  const sigmaOf = (tieTerm: number): number => Math.sqrt(((m * n) / 12) * (m + n + 1 - tieTerm / ((m + n) * (m + n - 1))));
  const sigma = sigmaOf(ties);
  // Between differences: U(d) = #{xᵢ − yⱼ > d} = size − k.
  const wAt = (k: number): number => {
    const dz = size - k - size / 2;
    return (dz - continuity(dz, alternative, correct)) / sigma;
  };
  // R's W(d) evaluated literally (used at the two ends of the search range).
  const rW = (d: number): number => {
    const combined = [...Array.from(xs, (v) => v - d), ...ys];
    const { ranks, tieTerm } = rankAverage(combined);
    let sumX = 0;
    for (let i = 0; i < m; i++) sumX += ranks[i]!;
    const dz = sumX - (m * (m + 1)) / 2 - size / 2;
    return (dz - continuity(dz, alternative, correct)) / sigmaOf(tieTerm);
  };
  const wMin = rW(diffs.min);
  const wMax = rW(diffs.max);
  const root = (zq: number): number => {
    if (wMin - zq <= 0) return diffs.min;
    if (wMax - zq >= 0) return diffs.max;
    return crossing(diffs, wAt, zq);
  };
  const alpha = 1 - confLevel;
  const interval: [number, number] =
    alternative === 'two-sided'
      ? [root(-normQuantile(alpha / 2)), root(normQuantile(alpha / 2))]
      : alternative === 'greater'
        ? [root(-normQuantile(alpha)), Infinity]
        : [-Infinity, root(normQuantile(alpha))];
  return { estimate, interval, confLevel, method: 'normal', n: size };
}

function continuity(z: number, alternative: Alternative, correct: boolean): number {
  if (!correct) return 0;
  return alternative === 'two-sided' ? Math.sign(z) * 0.5 : alternative === 'greater' ? 0.5 : -0.5;
}

/** The pair value where the non-increasing step function wAt(k) first drops below zq. */
function crossing(values: PairValues, wAt: (k: number) => number, zq: number): number {
  let lo = 1;
  let hi = values.size;
  if (wAt(hi) >= zq) return values.max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wAt(mid) < zq) hi = mid;
    else lo = mid + 1;
  }
  return kthPairValue(values, lo);
}

/**
 * R's W(d) for the one-sample case: standardised signed-rank statistic of x − d, zeros dropped.
 * Called at every step of the interval search, so it allocates nothing: `sorted` is ascending, hence the
 * |x − d| of the negative run (walked backwards) and of the positive run are each ascending, and one merge
 * gives the average ranks, their sum over the positives and the tie term — the same numbers a full ranking
 * gives, in O(n) instead of O(n log n) with four n-sized arrays per call.
 */
function signedRankW(sorted: Float64Array, d: number, alternative: Alternative, correct: boolean): number {
  const n = sorted.length;
  let firstZeroOrPositive = 0;
  while (firstZeroOrPositive < n && sorted[firstZeroOrPositive]! - d < 0) firstZeroOrPositive++;
  let firstPositive = firstZeroOrPositive;
  while (firstPositive < n && sorted[firstPositive]! - d === 0) firstPositive++;
  const nx = firstZeroOrPositive + (n - firstPositive);
  if (nx === 0) return 0;
  let neg = firstZeroOrPositive - 1;
  let pos = firstPositive;
  let ranked = 0;
  let plus = 0;
  let tieTerm = 0;
  while (neg >= 0 || pos < n) {
    const negAbs = neg >= 0 ? Math.abs(sorted[neg]! - d) : Infinity;
    const posAbs = pos < n ? Math.abs(sorted[pos]! - d) : Infinity;
    const value = Math.min(negAbs, posAbs);
    let tied = 0;
    let positives = 0;
    while (neg >= 0 && Math.abs(sorted[neg]! - d) === value) {
      tied++;
      neg--;
    }
    while (pos < n && Math.abs(sorted[pos]! - d) === value) {
      tied++;
      positives++;
      pos++;
    }
    // A NaN matches nothing; without this the merge would never advance.
    if (tied === 0) throw new RangeError('signed-rank statistic of a sample containing NaN');
    plus += positives * (ranked + (tied + 1) / 2);
    tieTerm += tied * tied * tied - tied;
    ranked += tied;
  }
  const zd = plus - (nx * (nx + 1)) / 4;
  const sigma = Math.sqrt((nx * (nx + 1) * (2 * nx + 1)) / 24 - tieTerm / 48);
  return (zd - continuity(zd, alternative, correct)) / sigma;
}

// R's signif(x, 2): two significant digits, ties to even (0.125 → 0.12).
function signif2(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const exponent = Math.floor(Math.log10(Math.abs(x))) - 1;
  const scaled = x / 10 ** exponent;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  const rounded = fraction === 0.5 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
  return rounded * 10 ** exponent;
}

function medianOf(sorted: Float64Array): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
