// Null distributions of the signed-rank statistic T⁺ (sum of ranks of the positive differences).

/**
 * Counts of T⁺ = 0 … n(n+1)/2 when every sign is equally likely and the ranks are 1 … n.
 * Counts stay below 2^53 up to n = 50, so they are exact in doubles.
 */
export function signedRankCounts(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  let top = 0;
  for (let r = 1; r <= n; r++) {
    top += r;
    for (let s = top; s >= r; s--) counts[s]! += counts[s - r]!;
  }
  return counts;
}

/**
 * Exact conditional distribution of T⁺ given (possibly tied, average) ranks: all 2ⁿ sign flips.
 * Ranks are doubled so half-ranks become integers. Returns probabilities indexed by 2·T⁺.
 */
export function signedRankPermutationDistribution(ranks: ArrayLike<number>): Float64Array {
  const doubled = Array.from(ranks, (r) => Math.round(2 * r));
  const max = doubled.reduce((a, b) => a + b, 0);
  const probs = new Float64Array(max + 1);
  probs[0] = 1;
  let top = 0;
  for (const r of doubled) {
    top += r;
    for (let s = top; s >= 0; s--) probs[s] = 0.5 * probs[s]! + (s >= r ? 0.5 * probs[s - r]! : 0);
  }
  return probs;
}

const EPSILON = 2.220446049250313e-16;

/** R's qsignrank(p, n): smallest q with P(T⁺ ≤ q) ≥ p, with R's 10·ε fuzz. */
export function qSignRank(p: number, n: number): number {
  const counts = signedRankCounts(n);
  const total = 2 ** n;
  const max = counts.length - 1;
  let cumulative = 0;
  if (p <= 0.5) {
    const target = p - 10 * EPSILON;
    for (let q = 0; q <= max; q++) {
      cumulative += counts[q]! / total;
      if (cumulative >= target) return q;
    }
    return max;
  }
  const target = 1 - p + 10 * EPSILON;
  for (let q = 0; q <= max; q++) {
    cumulative += counts[q]! / total;
    if (cumulative > target) return max - q;
  }
  return 0;
}
