// Order statistics of the implicit n² "pair" values without materialising them:
//   Walsh averages (xᵢ + xⱼ)/2, i ≤ j, of one sample (one-sample Hodges–Lehmann), and
//   differences xᵢ − yⱼ of two samples (two-sample Hodges–Lehmann shift).
// count(≤ t) is a two-pointer sweep over the sorted samples, O(n). The k-th smallest is found by
// bisecting on the value until few candidates remain, then sorting just those: O(n · log(range)),
// so n = 100,000 pairs (5·10⁹ Walsh averages) takes well under a second.

export interface PairValues {
  /** How many pair values there are. */
  readonly size: number;
  /** Number of pair values ≤ t. */
  countAtMost(t: number): number;
  /** Writes the pair values in (lo, hi], unsorted, into `into` (sized by countAtMost); returns how many. */
  collect(lo: number, hi: number, into: Float64Array): number;
  readonly min: number;
  readonly max: number;
}

/** Walsh averages of an ascending sample. */
export function walshAverages(sorted: Float64Array): PairValues {
  const n = sorted.length;
  const value = (i: number, j: number): number => (sorted[i]! + sorted[j]!) / 2;
  // For each i, the largest j ≥ i − 1 with value(i, j) ≤ t; it only moves down as i grows.
  const countAtMost = (t: number): number => {
    let count = 0;
    let j = n - 1;
    for (let i = 0; i < n; i++) {
      while (j >= i && value(i, j) > t) j--;
      if (j < i) break;
      count += j - i + 1;
    }
    return count;
  };
  return {
    size: (n * (n + 1)) / 2,
    min: n ? sorted[0]! : NaN,
    max: n ? sorted[n - 1]! : NaN,
    countAtMost,
    collect(lo, hi, into) {
      let written = 0;
      let jHi = n - 1;
      let jLo = n - 1;
      for (let i = 0; i < n; i++) {
        while (jHi >= i && value(i, jHi) > hi) jHi--;
        if (jHi < i) break;
        while (jLo >= i && value(i, jLo) > lo) jLo--;
        for (let j = Math.max(jLo + 1, i); j <= jHi; j++) into[written++] = value(i, j);
      }
      return written;
    },
  };
}

/** Differences xᵢ − yⱼ of two ascending samples. */
export function pairwiseDifferences(x: Float64Array, y: Float64Array): PairValues {
  const m = x.length;
  const n = y.length;
  // For each i, the first j with xᵢ − yⱼ ≤ t (y ascending ⇒ differences descending in j); moves up with i.
  const countAtMost = (t: number): number => {
    let count = 0;
    let j = 0;
    for (let i = 0; i < m; i++) {
      while (j < n && x[i]! - y[j]! > t) j++;
      count += n - j;
    }
    return count;
  };
  return {
    size: m * n,
    min: m && n ? x[0]! - y[n - 1]! : NaN,
    max: m && n ? x[m - 1]! - y[0]! : NaN,
    countAtMost,
    collect(lo, hi, into) {
      let written = 0;
      let jHi = 0; // first j with diff ≤ hi
      let jLo = 0; // first j with diff ≤ lo
      for (let i = 0; i < m; i++) {
        while (jHi < n && x[i]! - y[jHi]! > hi) jHi++;
        while (jLo < n && x[i]! - y[jLo]! > lo) jLo++;
        for (let j = jHi; j < jLo; j++) into[written++] = x[i]! - y[j]!;
      }
      return written;
    },
  };
}

/** The k-th smallest (1-based) pair value. */
export function kthPairValue(values: PairValues, k: number): number {
  if (!(k >= 1 && k <= values.size) || !Number.isInteger(k)) throw new RangeError(`kthPairValue: k=${k} outside 1..${values.size}`);
  let lo = values.min;
  let hi = values.max;
  let below = values.countAtMost(lo); // count(≤ lo)
  if (below >= k) return lo;
  let atHi = values.size;
  // Invariant: count(≤ lo) < k ≤ count(≤ hi).
  // Bisect until at most this many candidates remain: more iterations (O(n) each) but a sort buffer
  // of at most 128 KiB, where 4·√size let 100,000 pairs hold 2.3 MB per call.
  const enough = Math.min(16_384, Math.max(4096, 4 * Math.sqrt(values.size)));
  for (let iteration = 0; iteration < 4000 && atHi - below > enough; iteration++) {
    const mid = lo / 2 + hi / 2; // no overflow for ranges near ±Number.MAX_VALUE
    if (!(mid > lo && mid < hi)) return hi; // adjacent doubles: everything in (lo, hi] equals hi
    const c = values.countAtMost(mid);
    if (c >= k) {
      hi = mid;
      atHi = c;
    } else {
      lo = mid;
      below = c;
    }
  }
  // Exactly atHi − below values lie in (lo, hi]: one typed array of that size, no growing list.
  const candidates = new Float64Array(atHi - below);
  const written = values.collect(lo, hi, candidates);
  if (written !== candidates.length) throw new Error(`kthPairValue: collected ${written} of ${candidates.length} pair values`);
  return candidates.sort()[k - below - 1]!;
}

/** Median of all pair values. */
export function medianPairValue(values: PairValues): number {
  const size = values.size;
  if (size === 0) return NaN;
  if (size % 2 === 1) return kthPairValue(values, (size + 1) / 2);
  return (kthPairValue(values, size / 2) + kthPairValue(values, size / 2 + 1)) / 2;
}
