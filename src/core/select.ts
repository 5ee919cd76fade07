// Order statistics of a typed array without sorting it: quickselect in place.

/**
 * Moves the k-th smallest of view[from, to) to index k, smaller ones before it, larger after (Hoare
 * quickselect, median-of-three pivots): O(n) where a sort is O(n log n).
 */
export function selectInPlace(view: Float64Array, k: number, from: number, to: number): void {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const a = view[lo]!;
    const b = view[mid]!;
    const c = view[hi]!;
    const pivot = a < b ? (b < c ? b : Math.max(a, c)) : a < c ? a : Math.max(b, c);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (view[i]! < pivot) i++;
      while (view[j]! > pivot) j--;
      if (i <= j) {
        const t = view[i]!;
        view[i] = view[j]!;
        view[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Whether comparisons order the values as a typed sort does: no NaN, no −0. */
export function selectable(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v) || (v === 0 && 1 / v < 0)) return false;
  }
  return true;
}

/** Whether a typed sort would leave the values as they are (ascending, and no +0 before a −0). */
export function inTypedSortOrder(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1]!;
    const b = values[i]!;
    if (!(a < b || (a === b && !(b === 0 && 1 / a > 0 && 1 / b < 0)))) return false;
  }
  return true;
}
