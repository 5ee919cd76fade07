// Exact McNemar test and a confidence interval for the paired difference of proportions.

import { binomCdf, binomPmf } from './binomial.ts';
import { normQuantile } from './normal.ts';

export interface PairedCounts {
  /** Both sides pass. */
  bothPass: number;
  /** Baseline passes, candidate fails. */
  baselineOnly: number;
  /** Candidate passes, baseline fails. */
  candidateOnly: number;
  neither: number;
}

export interface McNemarResult {
  pValue: number;
  discordant: number;
  /** Candidate pass rate − baseline pass rate. */
  difference: number;
}

/**
 * Exact McNemar: two-sided binomial test of baselineOnly ~ Binomial(b + c, ½), as
 * scipy.stats.binomtest(b, b + c, 0.5).pvalue; with `midP` the mid-p variant (subtract P(X = min)).
 */
export function mcnemarExact(counts: PairedCounts, options: { midP?: boolean } = {}): McNemarResult {
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const discordant = b + c;
  const n = counts.bothPass + b + c + counts.neither;
  const difference = n > 0 ? (c - b) / n : NaN;
  if (discordant === 0) return { pValue: 1, discordant, difference };
  const low = Math.min(b, c);
  let tail = binomCdf(low, discordant, 0.5);
  if (options.midP) tail -= 0.5 * binomPmf(low, discordant, 0.5);
  // b = c: both tails overlap at the centre; the p-value is 1 (mid-p: 1 − P(X = b)).
  const pValue = b === c ? (options.midP ? 1 - binomPmf(low, discordant, 0.5) : 1) : Math.min(1, 2 * tail);
  return { pValue, discordant, difference };
}

/** Wilson score interval for one proportion. */
export function wilsonInterval(successes: number, n: number, z: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return [Math.max(0, (centre - half) / denom), Math.min(1, (centre + half) / denom)];
}

/**
 * Newcombe (1998) method 10 for the paired difference θ = p_candidate − p_baseline: the Wilson score
 * limits of each marginal rate, combined by square-and-add corrected for the correlation of the pairs
 * (φ̂ = (AD − BC)/√(product of the four margins), taken as 0 when a margin is empty). No continuity
 * correction. Chosen over Tango's score interval because it is closed-form and behaves well at 0 and n.
 */
export function newcombePairedInterval(counts: PairedCounts, confLevel = 0.95): [number, number] {
  const a = counts.bothPass;
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const d = counts.neither;
  const n = a + b + c + d;
  if (n === 0) return [-1, 1];
  const z = normQuantile(1 - (1 - confLevel) / 2);
  const pCandidate = (a + c) / n;
  const pBaseline = (a + b) / n;
  const [l2, u2] = wilsonInterval(a + c, n, z);
  const [l1, u1] = wilsonInterval(a + b, n, z);
  const theta = pCandidate - pBaseline;
  const marginProduct = (a + b) * (c + d) * (a + c) * (b + d);
  const phi = marginProduct === 0 ? 0 : (a * d - b * c) / Math.sqrt(marginProduct);
  const dl2 = pCandidate - l2;
  const du2 = u2 - pCandidate;
  const dl1 = pBaseline - l1;
  const du1 = u1 - pBaseline;
  const lowerSpread = dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1;
  const upperSpread = du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1;
  const lower = theta - Math.sqrt(Math.max(0, lowerSpread));
  const upper = theta + Math.sqrt(Math.max(0, upperSpread));
  return [Math.max(-1, lower), Math.min(1, upper)];
}
