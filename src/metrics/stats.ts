// Small descriptive statistics over number arrays (plain or typed). Pure; inputs are never mutated.

/** Ascending copy, for percentile and distribution code that needs order. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}

/** Percentile by linear interpolation between closest ranks (numpy's default `linear` method). */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, n - 1);
  const low = sorted[lo] as number;
  const high = sorted[hi] as number;
  return low + (high - low) * (rank - lo);
}

// One reused buffer for sorts whose result is read at once: a finish over 100,000 pairs otherwise
// allocates ten 800 KB copies that stay in RSS until a full GC.
let scratch = new Float64Array(0);

/** Ascending copy in the shared scratch buffer: valid only until the next call. */
function sortedScratch(values: ArrayLike<number>): Float64Array {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const view = scratch.subarray(0, values.length);
  view.set(values);
  return view.sort();
}

/** Percentiles `ps` of a sample (null when empty), sorted in the shared scratch buffer. */
export function percentilesOf(values: ArrayLike<number>, ps: readonly number[]): Array<number | null> {
  const sorted = sortedScratch(values);
  return ps.map((p) => (sorted.length ? percentileOfSorted(sorted, p) : null));
}

export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileOfSorted(sortedCopy(values), p);
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** Population standard deviation (ddof = 0), as numpy's `np.std` default. */
export function stdPopulation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}

/** `{p50, p95, p99}` of a sample; NaN entries become null so the result stays valid JSON. */
export function tailPercentiles(values: ArrayLike<number>): { p50: number | null; p95: number | null; p99: number | null } {
  const [p50 = null, p95 = null, p99 = null] = percentilesOf(values, [50, 95, 99]);
  return { p50, p95, p99 };
}

/** A number for JSON: non-finite values (empty samples, undefined ratios) become null. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Adds the counts of `from` into `into` (both plain records), returning `into`. */
export function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): Record<string, number> {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
  return into;
}

/** The `limit` most frequent keys, most frequent first; ties by key so output is deterministic. */
export function topCounts(counts: Readonly<Record<string, number>>, limit: number): Array<{ key: string; count: number }> {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}
