// Mann–Whitney U test following scipy.stats.mannwhitneyu (scipy 1.17): U is x's statistic
// U₁ = R₁ − m(m+1)/2; continuity correction on by default; method 'auto' = exact when either sample has
// at most 8 values and there are no ties, else the normal approximation with the tie-corrected variance.

import { normSf } from './normal.ts';
import { rankAverage } from './ranks.ts';
import type { Alternative } from './wilcoxon.ts';

export interface MannWhitneyOptions {
  alternative?: Alternative;
  continuity?: boolean;
  method?: 'auto' | 'exact' | 'asymptotic';
}

export interface MannWhitneyResult {
  /** U of the first sample. */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
  /** Common-language effect size U₁/(m·n): P(X > Y) + ½·P(X = Y). */
  commonLanguage: number;
}

export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>, options: MannWhitneyOptions = {}): MannWhitneyResult {
  const alternative = options.alternative ?? 'two-sided';
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) return { statistic: NaN, pValue: NaN, method: 'asymptotic', commonLanguage: NaN };
  const { ranks, tieTerm } = rankAverage([...Array.from(x), ...Array.from(y)]);
  let r1 = 0;
  for (let i = 0; i < m; i++) r1 += ranks[i]!;
  const u1 = r1 - (m * (m + 1)) / 2;
  const u2 = m * n - u1;
  let method = options.method ?? 'auto';
  if (method === 'auto') method = (m <= 8 || n <= 8) && tieTerm === 0 ? 'exact' : 'asymptotic';
  const commonLanguage = u1 / (m * n);

  if (method === 'exact') {
    const probs = mannWhitneyDistribution(m, n);
    const sf = (u: number): number => {
      let s = 0;
      for (let k = Math.max(0, Math.ceil(u)); k < probs.length; k++) s += probs[k]!;
      return s;
    };
    const pValue = alternative === 'greater' ? sf(u1) : alternative === 'less' ? sf(u2) : Math.min(1, 2 * sf(Math.max(u1, u2)));
    return { statistic: u1, pValue, method, commonLanguage };
  }

  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const total = m + n;
  const sigma = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1))));
  let numerator = u - (m * n) / 2;
  if (options.continuity ?? true) numerator -= 0.5;
  const z = numerator / sigma;
  const pValue = alternative === 'two-sided' ? Math.min(1, 2 * normSf(z)) : normSf(z);
  return { statistic: u1, pValue, method: 'asymptotic', commonLanguage };
}

/**
 * P(U = u), u = 0 … m·n, under H₀ without ties: coefficients of the Gaussian binomial
 * ∏ᵢ₌₁..ₘ (1 − q^{n+i})/(1 − q^i), normalised by C(m+n, m).
 */
export function mannWhitneyDistribution(m: number, n: number): Float64Array {
  const size = m * n;
  const c = new Float64Array(size + 1);
  c[0] = 1;
  for (let i = 1; i <= m; i++) {
    const drop = n + i;
    for (let u = size; u >= drop; u--) c[u]! -= c[u - drop]!; // × (1 − q^{n+i})
    for (let u = i; u <= size; u++) c[u]! += c[u - i]!; // ÷ (1 − q^i)
  }
  let total = 0;
  for (const v of c) total += v;
  return c.map((v) => v / total);
}
