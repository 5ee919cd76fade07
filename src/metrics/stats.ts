// Small descriptive statistics over number arrays (plain or typed). Pure; inputs are never mutated.
import { selectable, selectInPlace } from '../core/select.ts';

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

/**
 * Percentiles `ps` of a sample (null when empty), from its order statistics: selected in the shared
 * scratch buffer, the same values a full sort gives at a fraction of the cost (10⁶ values: one sort per
 * metric and side was most of a merge's finish). A sample holding NaN or −0, whose order a typed sort
 * defines and comparisons do not, is sorted.
 */
export function percentilesOf(values: ArrayLike<number>, ps: readonly number[]): Array<number | null> {
  const n = values.length;
  if (n === 0) return ps.map(() => null);
  if (scratch.length < n) scratch = new Float64Array(n);
  const view = scratch.subarray(0, n);
  view.set(values);
  if (!selectable(view) || n < 64) {
    view.sort();
    return ps.map((p) => percentileOfSorted(view, p));
  }
  // The ranks each percentile reads (see percentileOfSorted), selected in ascending order, each in the part right of the last.
  const ranks = [
    ...new Set(
      ps.flatMap((p) => {
        const rank = (p / 100) * (n - 1);
        const lo = Math.floor(rank);
        return [lo, Math.min(lo + 1, n - 1)];
      }),
    ),
  ].sort((a, b) => a - b);
  let from = 0;
  for (const k of ranks) {
    if (k >= from) selectInPlace(view, k, from, n);
    from = k + 1;
  }
  return ps.map((p) => {
    const rank = (p / 100) * (n - 1);
    const lo = Math.floor(rank);
    const hi = Math.min(lo + 1, n - 1);
    const low = view[lo]!;
    const high = view[hi]!;
    return low + (high - low) * (rank - lo);
  });
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
