// Average ranks with ties, the building block of the rank tests.

export interface Ranking {
  /** 1-based average ranks, in the input order. */
  ranks: Float64Array;
  /** Σ (t³ − t) over groups of tied values, for the variance's tie correction. */
  tieTerm: number;
}

export function rankAverage(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && values[order[j]!] === values[order[i]!]) j++;
    const rank = (i + 1 + j) / 2; // mean of positions i+1 … j
    for (let k = i; k < j; k++) ranks[order[k]!] = rank;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  return { ranks, tieTerm };
}

/** Ascending copy as a typed array (numeric sort, no string comparison). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Median of an ascending array. */
export function medianSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function median(values: ArrayLike<number>): number {
  return medianSorted(sortedCopy(values));
}
