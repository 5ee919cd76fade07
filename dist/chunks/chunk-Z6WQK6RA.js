import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/core/select.ts
function selectInPlace(view, k, from, to) {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    const mid = lo + hi >>> 1;
    const a = view[lo];
    const b = view[mid];
    const c = view[hi];
    const pivot = a < b ? b < c ? b : Math.max(a, c) : a < c ? a : Math.max(b, c);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (view[i] < pivot) i++;
      while (view[j] > pivot) j--;
      if (i <= j) {
        const t = view[i];
        view[i] = view[j];
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
function selectable(values) {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v) || v === 0 && 1 / v < 0) return false;
  }
  return true;
}
function inTypedSortOrder(values) {
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1];
    const b = values[i];
    if (!(a < b || a === b && !(b === 0 && 1 / a > 0 && 1 / b < 0))) return false;
  }
  return true;
}

export {
  selectInPlace,
  selectable,
  inTypedSortOrder
};
