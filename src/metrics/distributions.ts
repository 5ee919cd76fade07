// Distribution distances and agreement statistics, pure functions over plain arrays and counts.
// Each is checked against SciPy / scikit-learn / Evidently in test/metrics (fixtures/metrics/generate.py).

import { sortedCopy } from './stats.ts';

// ───────────── two-sample Kolmogorov–Smirnov ─────────────

export interface KsResult {
  /** sup |F_baseline − F_candidate| over the pooled sample. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  /** `exact` lattice-path probability, or `asymptotic` (Kolmogorov limit) for large samples. */
  method: 'exact' | 'asymptotic';
}

/** Up to this sample size the exact path count is used, as SciPy's `auto` does (same p-values). */
const KS_EXACT_MAX_N = 10_000;
/**
 * Beyond it the exact count is still used while its cost (≈ 2·D·m·n + 3m steps of the band walk) stays
 * under this budget (~0.1 s): it equals `ks_2samp(method='exact')`, where SciPy's `auto` would switch to its
 * asymptotic `kstwo` form. Only larger, clearly different samples fall back to the Kolmogorov limit.
 */
const KS_EXACT_BUDGET = 50_000_000;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Two-sample KS test, two-sided. Up to 10,000 values per side it matches `scipy.stats.ks_2samp(a, b)` (method
 * `auto`, i.e. exact); beyond, it matches `method='exact'` while that is affordable (see KS_EXACT_BUDGET) and
 * otherwise uses the Kolmogorov limit with Stephens' correction — an approximation, not SciPy's `kstwo`
 * (within a few per cent of the exact p-value at the sizes where it applies: large samples, large D).
 */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { statistic: Number.NaN, pValue: Number.NaN, method: 'exact' };
  const x = sortedCopy(a);
  const y = sortedCopy(b);
  // Walk both sorted samples; at each distinct value, after all its ties, compare the two ECDFs.
  let i = 0;
  let j = 0;
  let statistic = 0;
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? (x[i] as number) : Infinity, j < n2 ? (y[j] as number) : Infinity);
    while (i < n1 && x[i] === next) i++;
    while (j < n2 && y[j] === next) j++;
    statistic = Math.max(statistic, Math.abs(i / n1 - j / n2));
  }
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N || 2 * statistic * n1 * n2 + 3 * Math.max(n1, n2) <= KS_EXACT_BUDGET) {
    return { statistic, pValue: ksExactTwoSided(n1, n2, statistic), method: 'exact' };
  }
  const en = (n1 * n2) / (n1 + n2);
  return { statistic, pValue: kolmogorovSurvival((Math.sqrt(en) + 0.12 + 0.11 / Math.sqrt(en)) * statistic), method: 'asymptotic' };
}

/**
 * P(D ≥ d) for samples of sizes m and n without ties: the share of monotone lattice paths from
 * (0,0) to (m,n) that reach a point with |i/m − j/n| ≥ d. Walks the lattice with the transition
 * probabilities of a uniformly random path and sums the mass that first leaves the band, so small
 * p-values keep their precision. Integer arithmetic decides "outside": d·m·n is an integer.
 */
export function ksExactTwoSided(m: number, n: number, d: number): number {
  const g = gcd(m, n);
  const lcm = (m / g) * n;
  const h = Math.round(d * lcm);
  if (h === 0) return 1;
  const limit = h * g; // outside ⇔ |i·n − j·m| ≥ limit
  const outside = (i: number, j: number): boolean => Math.abs(i * n - j * m) >= limit;
  let row = new Float64Array(n + 1); // mass at (i, j) that has stayed inside so far
  let next = new Float64Array(n + 1); // row i + 1, all zeros when row i starts
  let escaped = 0;
  row[0] = 1;
  for (let i = 0; i <= m; i++) {
    // Only the band |i·n − j·m| < limit can hold mass; a small D makes it narrow.
    const low = Math.max(0, Math.floor((i * n - limit) / m));
    const high = Math.min(n, Math.ceil((i * n + limit) / m));
    for (let j = low; j <= high; j++) {
      const mass = row[j] as number;
      if (mass === 0) continue;
      const remaining = m - i + (n - j);
      if (remaining === 0) continue;
      if (i < m) {
        const moved = (mass * (m - i)) / remaining;
        if (outside(i + 1, j)) escaped += moved;
        else next[j] = (next[j] as number) + moved;
      }
      if (j < n) {
        const moved = (mass * (n - j)) / remaining;
        if (outside(i, j + 1)) escaped += moved;
        else row[j + 1] = (row[j + 1] as number) + moved;
      }
    }
    row.fill(0, low, Math.min(n, high + 1) + 1);
    [row, next] = [next, row];
  }
  return Math.min(1, Math.max(0, escaped));
}

/** Survival function of the Kolmogorov distribution, Q(λ) = 2 Σ (−1)^{k−1} e^{−2k²λ²}. */
export function kolmogorovSurvival(lambda: number): number {
  if (lambda <= 0) return 1;
  if (lambda < 0.2) return 1; // the series converges slowly here and the value is 1 to double precision
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += (k % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

// ───────────── Wasserstein-1 ─────────────

/** W₁ between two empirical distributions, ∫|F_a − F_b| dx; matches `scipy.stats.wasserstein_distance`. */
export function wasserstein1(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return Number.NaN;
  const x = sortedCopy(a);
  const y = sortedCopy(b);
  let i = 0;
  let j = 0;
  let total = 0;
  let previous = Math.min(x[0] as number, y[0] as number);
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? (x[i] as number) : Infinity, j < n2 ? (y[j] as number) : Infinity);
    total += Math.abs(i / n1 - j / n2) * (next - previous);
    while (i < n1 && x[i] === next) i++;
    while (j < n2 && y[j] === next) j++;
    previous = next;
  }
  return total;
}

// ───────────── categorical distances (PSI, JS) ─────────────

/** The categories of both count tables, in a stable (sorted) order. */
export function categoriesOf(...tables: ReadonlyArray<Readonly<Record<string, number>>>): string[] {
  const keys = new Set<string>();
  for (const table of tables) for (const key of Object.keys(table)) keys.add(key);
  return [...keys].sort();
}

function shares(counts: Readonly<Record<string, number>>, categories: readonly string[]): number[] {
  const total = categories.reduce((sum, c) => sum + (counts[c] ?? 0), 0);
  return categories.map((c) => (total ? (counts[c] ?? 0) / total : 0));
}

/**
 * Empty bins get a small share so the logarithm stays finite, as Evidently does:
 * 0.0001, or the smallest non-empty share / 10⁶ when that share is itself ≤ 0.0001.
 */
function fillEmpty(percents: number[]): number[] {
  const nonZero = percents.filter((p) => p !== 0);
  if (nonZero.length === percents.length || nonZero.length === 0) return percents;
  const smallest = Math.min(...nonZero);
  const epsilon = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return percents.map((p) => (p === 0 ? epsilon : p));
}

/** Population stability index Σ (r − c)·ln(r/c) of the candidate's category shares against the baseline's. */
export function populationStabilityIndex(baseline: Readonly<Record<string, number>>, candidate: Readonly<Record<string, number>>): number {
  const categories = categoriesOf(baseline, candidate);
  if (categories.length === 0) return Number.NaN;
  const r = fillEmpty(shares(baseline, categories));
  const c = fillEmpty(shares(candidate, categories));
  let psi = 0;
  for (let k = 0; k < categories.length; k++) {
    const rk = r[k] as number;
    const ck = c[k] as number;
    psi += (rk - ck) * Math.log(rk / ck);
  }
  return psi;
}

/** Jensen–Shannon distance (square root of the divergence), base 2, so it lies in [0, 1]. No zero-filling. */
export function jensenShannonDistance(baseline: Readonly<Record<string, number>>, candidate: Readonly<Record<string, number>>): number {
  const categories = categoriesOf(baseline, candidate);
  if (categories.length === 0) return Number.NaN;
  const p = shares(baseline, categories);
  const q = shares(candidate, categories);
  let divergence = 0;
  for (let k = 0; k < categories.length; k++) {
    const pk = p[k] as number;
    const qk = q[k] as number;
    const mk = (pk + qk) / 2;
    if (pk > 0) divergence += pk * Math.log2(pk / mk);
    if (qk > 0) divergence += qk * Math.log2(qk / mk);
  }
  return Math.sqrt(Math.max(0, divergence / 2));
}

// ───────────── agreement between two raters ─────────────

/** Confusion counts: `matrix[baselineLabel][candidateLabel]`. */
export type Confusion = Record<string, Record<string, number>>;

export function confusionMarginals(confusion: Readonly<Confusion>): {
  baseline: Record<string, number>;
  candidate: Record<string, number>;
  total: number;
  agree: number;
} {
  const baseline: Record<string, number> = {};
  const candidate: Record<string, number> = {};
  let total = 0;
  let agree = 0;
  for (const [b, row] of Object.entries(confusion)) {
    for (const [c, count] of Object.entries(row)) {
      baseline[b] = (baseline[b] ?? 0) + count;
      candidate[c] = (candidate[c] ?? 0) + count;
      total += count;
      if (b === c) agree += count;
    }
  }
  return { baseline, candidate, total, agree };
}

/** Cohen's κ = (p_o − p_e)/(1 − p_e); NaN when undefined (both raters always gave one and the same label). */
export function cohenKappa(confusion: Readonly<Confusion>): number {
  const { baseline, candidate, total, agree } = confusionMarginals(confusion);
  if (total === 0) return Number.NaN;
  const observed = agree / total;
  let expected = 0;
  for (const label of categoriesOf(baseline, candidate)) expected += ((baseline[label] ?? 0) / total) * ((candidate[label] ?? 0) / total);
  if (expected === 1) return Number.NaN;
  return (observed - expected) / (1 - expected);
}
