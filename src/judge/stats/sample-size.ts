// Pairs needed to detect an effect at two-sided level α with the given power (normal approximations).

import { normQuantile } from './normal.ts';

export interface PowerOptions {
  alpha?: number;
  power?: number;
}

/**
 * McNemar (Connor 1987): n = [z₁₋α/₂·√ψ + z_power·√(ψ − Δ²)]² / Δ², with ψ the share of discordant pairs
 * and Δ the difference of the paired proportions. Returns Infinity when Δ = 0 (nothing to detect).
 */
export function mcnemarSampleSize(discordantShare: number, delta: number, options: PowerOptions = {}): number {
  const d = Math.abs(delta);
  if (!(d > 0) || !(discordantShare >= d)) return d > 0 ? mcnemarSampleSize(d, d, options) : Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  const root = zAlpha * Math.sqrt(discordantShare) + zPower * Math.sqrt(discordantShare - d * d);
  return Math.ceil((root * root) / (d * d));
}

/**
 * Wilcoxon signed-rank (Noether 1987): n = (z₁₋α/₂ + z_power)² / (3·(p′ − ½)²), where
 * p′ = P(Dᵢ + Dⱼ > 0) is estimated by the share of positive Walsh averages, i.e. T⁺/(n(n+1)/2).
 */
export function signedRankSampleSize(probabilityPositiveWalsh: number, options: PowerOptions = {}): number {
  const shift = probabilityPositiveWalsh - 0.5;
  if (!(Math.abs(shift) > 0)) return Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  return Math.ceil((zAlpha + zPower) ** 2 / (3 * shift * shift));
}

/** Paired sample size from a standardised effect d = mean/sd of the differences (normal approximation). */
export function pairedMeanSampleSize(standardisedEffect: number, options: PowerOptions = {}): number {
  const d = Math.abs(standardisedEffect);
  if (!(d > 0)) return Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  return Math.ceil(((zAlpha + zPower) / d) ** 2);
}
