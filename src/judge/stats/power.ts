// Sample size and smallest detectable effect for the judge's one-sided tests of harm beyond a tolerance.
// Each test asks "is the candidate worse than the tolerance allows?" at one-sided level α′; the power is
// stated for a true effect at the gate's threshold. Normal approximations throughout: the simulation
// suite (test/judge/simulation.test.ts) checks that the stated power and size hold for the judge's rules.

import { normQuantile } from './normal.ts';
import { kthPairValue, walshSums } from './pair-sums.ts';

export interface OneSidedPower {
  /** One-sided level of the test (the judge passes α / number of tested gates, see judge.ts). */
  alpha: number;
  /** Wanted power, default 0.8. */
  power?: number;
}

/** (z₁₋α + z_power)², the squared distance the standardised effect must cover. */
export function powerFactor(options: OneSidedPower): number {
  const z = normQuantile(1 - options.alpha) + normQuantile(options.power ?? 0.8);
  return z * z;
}

/**
 * Paired binary outcomes (e.g. valid JSON on each side), effect Δ = candidate rate − baseline rate, tested
 * as mean of Dᵢ ∈ {−1, 0, 1}: pairs needed so that a true drop δ is found (H₀: drop ≤ tolerance) with the
 * wanted power: n = (z₁₋α + z_β)² · (ψ − δ²) / (δ − tolerance)², ψ the share of discordant pairs under
 * the drop. Infinity when δ ≤ tolerance.
 */
export function binaryNeeded(discordantShare: number, drop: number, tolerance: number, options: OneSidedPower): number {
  if (!(drop > tolerance)) return Infinity;
  const psi = Math.min(1, Math.max(discordantShare, drop));
  const variance = Math.max(psi - drop * drop, 1e-12);
  return Math.ceil((powerFactor(options) * variance) / (drop - tolerance) ** 2);
}

/**
 * The smallest drop δ found with the wanted power at n pairs. ψ(δ) gives the discordant share under a
 * drop of δ (e.g. observed share + δ, an upper bound: each lost answer adds at most one discordant pair).
 */
export function binaryDetectable(n: number, discordantShareAt: (drop: number) => number, tolerance: number, options: OneSidedPower): number {
  return bisectDetectable((drop) => binaryNeeded(discordantShareAt(drop), drop, tolerance, options) <= n, tolerance, 1);
}

/**
 * Mean of bounded per-pair scores (agreement): pairs needed to find a true drop δ below the reference
 * (H₀: drop ≤ tolerance) with standard deviation sd: n = (z₁₋α + z_β)² · sd² / (δ − tolerance)².
 */
export function meanNeeded(sd: number, drop: number, tolerance: number, options: OneSidedPower): number {
  if (!(drop > tolerance)) return Infinity;
  return Math.max(1, Math.ceil((powerFactor(options) * Math.max(sd * sd, 1e-12)) / (drop - tolerance) ** 2));
}

/** The smallest drop found with the wanted power at n pairs: tolerance + (z₁₋α + z_β)·sd/√n. */
export function meanDetectable(n: number, sd: number, tolerance: number, options: OneSidedPower): number {
  return tolerance + (Math.sqrt(powerFactor(options)) * sd) / Math.sqrt(n);
}

/**
 * Wilcoxon signed-rank test of H₀: the differences are centred at or below the tolerance, under a
 * location-shift model: the centred differences `centred` (sorted ascending; observed differences minus
 * their Hodges–Lehmann estimate) shifted to centre `shift` above the tolerance. Noether (1987):
 * n = (z₁₋α + z_β)² / (3·(p′ − ½)²), p′ = P((Xᵢ + Xⱼ)/2 > 0) estimated by the share of positive
 * Walsh averages of the shifted sample. Infinity when shift ≤ 0.
 */
export function signedRankNeeded(centred: Float64Array, shift: number, options: OneSidedPower): number {
  if (!(shift > 0) || centred.length === 0) return Infinity;
  const p = walshShareAbove(centred, -shift);
  const excess = p - 0.5;
  if (!(excess > 0)) return Infinity;
  return Math.ceil(powerFactor(options) / (3 * excess * excess));
}

/**
 * The smallest shift above the tolerance found with the wanted power at n pairs (see signedRankNeeded):
 * the bisection of `signedRankNeeded(centred, shift) <= n`, step for step, without its O(m) count per step.
 * That test only depends on the count of Walsh sums xᵢ + xⱼ above −2·shift and grows with it, so it holds
 * exactly when the c-th largest sum exceeds −2·shift, c the least count that passes; one selection finds
 * that sum, and each step compares against it (61 sweeps of 10⁶ values took ~0.2 s per metric).
 */
export function signedRankDetectable(n: number, centred: Float64Array, options: OneSidedPower): number {
  const m = centred.length;
  if (m === 0) return NaN;
  const spread = Math.max(centred[m - 1]! - centred[0]!, 1e-9);
  const size = (m * (m + 1)) / 2;
  const factor = powerFactor(options);
  // signedRankNeeded's arithmetic, as a function of the count of sums above.
  const enoughWith = (above: number): boolean => {
    const excess = above / size - 0.5;
    return excess > 0 && Math.ceil(factor / (3 * excess * excess)) <= n;
  };
  if (!enoughWith(size)) return NaN;
  let lo = Math.floor(size / 2); // fails: excess ≤ 0
  let hi = size; // passes
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (enoughWith(mid)) hi = mid;
    else lo = mid;
  }
  // Sums above −2·shift ≥ hi ⟺ the hi-th largest sum > −2·shift.
  const sum = kthPairValue(walshSums(centred), size - hi + 1);
  return bisectDetectable((shift) => shift > 0 && sum > 2 * -shift, 0, 4 * spread);
}

/** Share of the Walsh averages (xᵢ + xⱼ)/2, i ≤ j, of an ascending sample that exceed t. */
export function walshShareAbove(sorted: Float64Array, t: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const s = 2 * t;
  // p: the first index j with xᵢ + xⱼ > 2t; it only moves down as xᵢ grows, so one sweep counts all.
  let p = n;
  let above = 0;
  for (let i = 0; i < n; i++) {
    while (p > 0 && sorted[i]! + sorted[p - 1]! > s) p--;
    above += n - Math.max(p, i);
  }
  return above / ((n * (n + 1)) / 2);
}

/** Smallest x in (lo, hi] where `enough(x)` holds, assuming it is monotone; NaN when even hi is not enough. */
function bisectDetectable(enough: (x: number) => boolean, lo: number, hi: number): number {
  if (!enough(hi)) return NaN;
  let a = lo;
  let b = hi;
  for (let i = 0; i < 60 && b - a > 1e-9 * Math.max(1, Math.abs(b)); i++) {
    const mid = (a + b) / 2;
    if (enough(mid)) b = mid;
    else a = mid;
  }
  return b;
}
