import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  inTypedSortOrder,
  selectInPlace,
  selectable
} from "./chunk-Z6WQK6RA.js";

// src/judge/stats/normal.ts
var SQRT_PI = Math.sqrt(Math.PI);
var SQRT_2PI = Math.sqrt(2 * Math.PI);
function erfc(z) {
  if (Number.isNaN(z)) return NaN;
  if (z < 0) return 2 - erfc(-z);
  if (z < 2) return 1 - erfSeries(z);
  if (z > 27.3) return 0;
  return erfcContinuedFraction(z);
}
function erfSeries(z) {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let n = 1; n < 500; n++) {
    term *= 2 * z2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return 2 / SQRT_PI * Math.exp(-z2) * sum;
}
function erfcContinuedFraction(z) {
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 1e3; k++) {
    const a = k / 2;
    d = z + a * d;
    d = d === 0 ? tiny : d;
    c = z + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / SQRT_PI / f;
}
function normCdf(x) {
  return 0.5 * erfc(-x / Math.SQRT2);
}
function normSf(x) {
  return 0.5 * erfc(x / Math.SQRT2);
}
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
function poly(coefficients, x) {
  let result = 0;
  for (const c of coefficients) result = result * x + c;
  return result;
}
function normQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -lowerQuantile(1 - p);
  return lowerQuantile(p);
}
function lowerQuantile(p) {
  let x;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(C, q) / (poly(D, q) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = poly(A, r) * q / (poly(B, r) * r + 1);
  }
  for (let i = 0; i < 2; i++) {
    const e = normCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(x * x / 2);
    x = x - u / (1 + x * u / 2);
  }
  return x;
}

// src/judge/stats/ranks.ts
function rankAverage(values) {
  const n = values.length;
  const sorted = scratchCopy(0, values).sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const first = lowerBound(sorted, v);
    const end = upperBound(sorted, v, first);
    ranks[i] = (first + 1 + end) / 2;
  }
  return { ranks, tieTerm: tieTermSorted(sorted) };
}
function tieTermSorted(sorted) {
  const n = sorted.length;
  let tieTerm = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  return tieTerm;
}
function absTieTerm(values) {
  const abs = scratchCopy(1, values);
  for (let i = 0; i < abs.length; i++) abs[i] = Math.abs(abs[i]);
  return tieTermSorted(abs.sort());
}
var scratch = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];
function scratchCopy(slot, values) {
  let buffer = scratch[slot];
  if (buffer.length < values.length) scratch[slot] = buffer = new Float64Array(values.length);
  const view = buffer.subarray(0, values.length);
  if (Array.isArray(values) || ArrayBuffer.isView(values)) view.set(values);
  else for (let i = 0; i < values.length; i++) view[i] = values[i];
  return view;
}
function lowerBound(sorted, v) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(sorted, v, from) {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function sortedCopy(values) {
  return Float64Array.from(values).sort();
}
function medianSorted(sorted) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function median(values) {
  const copy = scratchCopy(2, values);
  const n = copy.length;
  if (n < 64 || !selectable(copy)) return medianSorted(copy.sort());
  const mid = n >> 1;
  selectInPlace(copy, mid, 0, n);
  if (n % 2 === 1) return copy[mid];
  let lower = copy[0];
  for (let i = 1; i < mid; i++) if (copy[i] > lower) lower = copy[i];
  return (lower + copy[mid]) / 2;
}

// src/judge/stats/pair-sums.ts
function matrix(rows, columns, triangular, scale, size, min, max) {
  const values = {
    size,
    min,
    max,
    rows,
    columns,
    triangular,
    scale,
    countAtMost(t) {
      const m = rows.length;
      const n = columns.length;
      let count = 0;
      let j = n;
      for (let i = 0; i < m; i++) {
        while (j > 0 && (rows[i] + columns[j - 1]) * scale > t) j--;
        const start = triangular ? i : 0;
        if (j <= start) break;
        count += j - start;
      }
      return count;
    }
  };
  return values;
}
function walshAverages(sorted) {
  const n = sorted.length;
  return matrix(sorted, sorted, true, 0.5, n * (n + 1) / 2, n ? sorted[0] : NaN, n ? sorted[n - 1] : NaN);
}
function walshSums(sorted) {
  const n = sorted.length;
  return matrix(sorted, sorted, true, 1, n * (n + 1) / 2, n ? 2 * sorted[0] : NaN, n ? 2 * sorted[n - 1] : NaN);
}
function pairwiseDifferences(x, y) {
  const m = x.length;
  const n = y.length;
  const negated = new Float64Array(n);
  for (let j = 0; j < n; j++) negated[j] = -y[n - 1 - j];
  return matrix(x, negated, false, 1, m * n, m && n ? x[0] - y[n - 1] : NaN, m && n ? x[m - 1] - y[0] : NaN);
}
var SORT_AT_MOST = 16384;
var SAMPLE = 16384;
var BRACKET = 2 * Math.sqrt(SAMPLE);
function sweep(values, left, right, live, liveRows, lo, hi, out) {
  const { rows, columns, scale } = values;
  let a1 = columns.length;
  let a2 = a1;
  let a3 = a1;
  let a4 = a1;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  const { ltLeft, leLeft, ltRight, leRight } = out;
  for (let r = 0; r < liveRows; r++) {
    const i = live[r];
    const a = rows[i];
    const l = lo[i];
    const h = hi[i];
    let j = Math.min(a1, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]) * scale >= left) j--;
    if (j < h && j < a1) a1 = j;
    ltLeft[i] = j;
    c1 += j - l;
    j = Math.min(a2, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]) * scale > left) j--;
    if (j < h && j < a2) a2 = j;
    leLeft[i] = j;
    c2 += j - l;
    j = Math.min(a3, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]) * scale >= right) j--;
    if (j < h && j < a3) a3 = j;
    ltRight[i] = j;
    c3 += j - l;
    j = Math.min(a4, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]) * scale > right) j--;
    if (j < h && j < a4) a4 = j;
    leRight[i] = j;
    c4 += j - l;
  }
  out.counts = [c1, c2, c3, c4];
}
function xorshift(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}
var rowPool = [];
function rowBuffers(m) {
  if (rowPool.length === 0 || rowPool[0].length < m) rowPool = Array.from({ length: 7 }, () => new Int32Array(m));
  return rowPool.map((buffer) => buffer.subarray(0, m));
}
function kthPairValue(values, k) {
  if (!(k >= 1 && k <= values.size) || !Number.isInteger(k)) throw new RangeError(`kthPairValue: k=${k} outside 1..${values.size}`);
  const { rows, columns, triangular, scale } = values;
  const m = rows.length;
  const n = columns.length;
  const [lo, hi, live, ltLeft, leLeft, ltRight, leRight] = rowBuffers(m);
  for (let i = 0; i < m; i++) {
    lo[i] = triangular ? i : 0;
    hi[i] = n;
    live[i] = i;
  }
  let liveRows = m;
  let below = 0;
  let active = values.size;
  const random = xorshift(2654435769 ^ k);
  const picks = new Float64Array(SAMPLE);
  const sample = new Float64Array(SAMPLE);
  const out = { ltLeft, leLeft, ltRight, leRight, counts: [0, 0, 0, 0] };
  while (active > SORT_AT_MOST) {
    for (let s2 = 0; s2 < SAMPLE; s2++) picks[s2] = Math.floor(random() * active);
    picks.sort();
    let start = 0;
    let s = 0;
    for (let r = 0; r < liveRows && s < SAMPLE; r++) {
      const i = live[r];
      const end = start + (hi[i] - lo[i]);
      while (s < SAMPLE && picks[s] < end) {
        sample[s] = (rows[i] + columns[lo[i] + (picks[s] - start)]) * scale;
        s++;
      }
      start = end;
    }
    sample.sort();
    const at = (k - below) / active * SAMPLE;
    const left = sample[Math.max(0, Math.floor(at - BRACKET))];
    const right = sample[Math.min(SAMPLE - 1, Math.ceil(at + BRACKET))];
    sweep(values, left, right, live, liveRows, lo, hi, out);
    const [ltL, leL, ltR, leR] = out.counts.map((c) => below + c);
    let newLo;
    let newHi;
    if (k <= ltL) {
      newHi = out.ltLeft;
      active = ltL - below;
    } else if (k <= leL) {
      return left;
    } else if (k > leR) {
      newLo = out.leRight;
      active -= leR - below;
      below = leR;
    } else if (k > ltR) {
      return right;
    } else {
      newLo = out.leLeft;
      newHi = out.ltRight;
      active = ltR - leL;
      below = leL;
    }
    let kept = 0;
    for (let r = 0; r < liveRows; r++) {
      const i = live[r];
      if (newLo) lo[i] = newLo[i];
      if (newHi) hi[i] = newHi[i];
      if (lo[i] < hi[i]) live[kept++] = i;
    }
    liveRows = kept;
  }
  const candidates = new Float64Array(active);
  let written = 0;
  for (let r = 0; r < liveRows; r++) {
    const i = live[r];
    const a = rows[i];
    for (let j = lo[i]; j < hi[i]; j++) candidates[written++] = (a + columns[j]) * scale;
  }
  return candidates.sort()[k - below - 1];
}
function smallestAbove(values, t) {
  const { rows, columns, triangular, scale } = values;
  const n = columns.length;
  let smallest = Infinity;
  let j = n;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    while (j > 0 && (a + columns[j - 1]) * scale > t) j--;
    const first = triangular && j < i ? i : j;
    if (first < n) {
      const v = (a + columns[first]) * scale;
      if (v < smallest) smallest = v;
    }
  }
  return smallest;
}
function medianPairValue(values) {
  const size = values.size;
  if (size === 0) return NaN;
  if (size % 2 === 1) return kthPairValue(values, (size + 1) / 2);
  const lower = kthPairValue(values, size / 2);
  const upper = values.countAtMost(lower) > size / 2 ? lower : smallestAbove(values, lower);
  return (lower + upper) / 2;
}

// src/judge/stats/signed-rank-distribution.ts
function signedRankCounts(n) {
  const max = n * (n + 1) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  let top = 0;
  for (let r = 1; r <= n; r++) {
    top += r;
    for (let s = top; s >= r; s--) counts[s] += counts[s - r];
  }
  return counts;
}
function signedRankPermutationDistribution(ranks) {
  const doubled = Array.from(ranks, (r) => Math.round(2 * r));
  const max = doubled.reduce((a, b) => a + b, 0);
  const probs = new Float64Array(max + 1);
  probs[0] = 1;
  let top = 0;
  for (const r of doubled) {
    top += r;
    for (let s = top; s >= 0; s--) probs[s] = 0.5 * probs[s] + (s >= r ? 0.5 * probs[s - r] : 0);
  }
  return probs;
}
var EPSILON = 2220446049250313e-31;
function qSignRank(p, n) {
  const counts = signedRankCounts(n);
  const total = 2 ** n;
  const max = counts.length - 1;
  let cumulative = 0;
  if (p <= 0.5) {
    const target2 = p - 10 * EPSILON;
    for (let q = 0; q <= max; q++) {
      cumulative += counts[q] / total;
      if (cumulative >= target2) return q;
    }
    return max;
  }
  const target = 1 - p + 10 * EPSILON;
  for (let q = 0; q <= max; q++) {
    cumulative += counts[q] / total;
    if (cumulative > target) return max - q;
  }
  return 0;
}

// src/judge/stats/hodges-lehmann.ts
function hodgesLehmannOneSample(values, options = {}) {
  const confLevel = options.confLevel ?? 0.95;
  const alternative = options.alternative ?? "two-sided";
  const correct = options.correct ?? true;
  const dropZeros = (options.zeros ?? "drop") === "drop";
  let zeroCount = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 0) zeroCount++;
  const hasZeros = zeroCount > 0;
  const sorted = new Float64Array(dropZeros ? values.length - zeroCount : values.length);
  for (let i = 0, k = 0; i < values.length; i++) if (!dropZeros || values[i] !== 0) sorted[k++] = values[i];
  const n = sorted.length;
  if (n === 0) return { estimate: NaN, interval: [NaN, NaN], confLevel: 0, method: "normal", n };
  const absTies = n < 50 ? absTieTerm(sorted) : void 0;
  if (!inTypedSortOrder(sorted)) sorted.sort();
  const walsh = walshAverages(sorted);
  const estimate = medianPairValue(walsh);
  const ties = tieTermSorted(sorted);
  let method = options.method ?? "auto";
  if (method === "auto") method = n < 50 && absTies === 0 && !hasZeros ? "exact" : "normal";
  const alpha = 1 - confLevel;
  const size = walsh.size;
  if (method === "exact") {
    const counts = signedRankCounts(n);
    const each = Math.exp(-n * Math.LN2);
    const cdf = (q) => {
      let s = 0;
      for (let i = 0; i <= q && i < counts.length; i++) s += counts[i] * each;
      return s;
    };
    const qu = Math.max(1, qSignRank(alternative === "two-sided" ? alpha / 2 : alpha, n));
    const ql = size - qu;
    const achievedOneTail = cdf(Math.trunc(qu) - 1);
    const achieved = alternative === "two-sided" ? 2 * achievedOneTail : achievedOneTail;
    const interval2 = alternative === "two-sided" ? [kthPairValue(walsh, qu), kthPairValue(walsh, ql + 1)] : alternative === "greater" ? [kthPairValue(walsh, qu), Infinity] : [-Infinity, kthPairValue(walsh, ql + 1)];
    const delivered2 = achieved - alpha > alpha / 2 ? 1 - signif2(achieved) : confLevel;
    return { estimate, interval: interval2, confLevel: delivered2, method, n };
  }
  const sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - ties / 48);
  const wAt = (k) => {
    const zd = size - k - size / 2;
    return (zd - continuity(zd, alternative, correct)) / sigma;
  };
  const rW = (d) => signedRankW(sorted, d, alternative, correct);
  const wMin = rW(walsh.min);
  const wMax = rW(walsh.max);
  if (!Number.isFinite(wMin) || !Number.isFinite(wMax)) {
    return { estimate, interval: [alternative === "less" ? -Infinity : NaN, alternative === "greater" ? Infinity : NaN], confLevel: 0, method, n };
  }
  let a = alpha;
  const upperZ = (p) => -normQuantile(p);
  if (alternative === "two-sided") while (wMin - upperZ(a / 2) < 0 || wMax - normQuantile(a / 2) > 0) a *= 2;
  else if (alternative === "greater") while (wMin - upperZ(a) < 0) a *= 2;
  else while (wMax - normQuantile(a / 2) > 0) a *= 2;
  const delivered = a >= 1 || 1 - confLevel < a * 0.75 ? 1 - Math.min(1, a) : confLevel;
  const root = (zq) => crossing(walsh, wAt, zq);
  const fallback = medianOf(sorted);
  const interval = alternative === "two-sided" ? a < 1 ? [root(upperZ(a / 2)), root(normQuantile(a / 2))] : [fallback, fallback] : alternative === "greater" ? [a < 1 ? root(upperZ(a)) : fallback, Infinity] : [-Infinity, a < 1 ? root(normQuantile(a)) : fallback];
  return { estimate, interval, confLevel: delivered, method, n };
}
function hodgesLehmannTwoSample(x, y, options = {}) {
  const confLevel = options.confLevel ?? 0.95;
  const alternative = options.alternative ?? "two-sided";
  const correct = options.correct ?? true;
  const xs = sortedCopy(x);
  const ys = sortedCopy(y);
  const m = xs.length;
  const n = ys.length;
  if (m === 0 || n === 0) return { estimate: NaN, interval: [NaN, NaN], confLevel: 0, method: "normal", n: 0 };
  const diffs = pairwiseDifferences(xs, ys);
  const estimate = medianPairValue(diffs);
  const size = m * n;
  const ties = tieTermSorted(xs) + tieTermSorted(ys);
  const sigmaOf = (tieTerm) => Math.sqrt(m * n / 12 * (m + n + 1 - tieTerm / ((m + n) * (m + n - 1))));
  const sigma = sigmaOf(ties);
  const wAt = (k) => {
    const dz = size - k - size / 2;
    return (dz - continuity(dz, alternative, correct)) / sigma;
  };
  const rW = (d) => {
    const combined = [...Array.from(xs, (v) => v - d), ...ys];
    const { ranks, tieTerm } = rankAverage(combined);
    let sumX = 0;
    for (let i = 0; i < m; i++) sumX += ranks[i];
    const dz = sumX - m * (m + 1) / 2 - size / 2;
    return (dz - continuity(dz, alternative, correct)) / sigmaOf(tieTerm);
  };
  const wMin = rW(diffs.min);
  const wMax = rW(diffs.max);
  const root = (zq) => {
    if (wMin - zq <= 0) return diffs.min;
    if (wMax - zq >= 0) return diffs.max;
    return crossing(diffs, wAt, zq);
  };
  const alpha = 1 - confLevel;
  const interval = alternative === "two-sided" ? [root(-normQuantile(alpha / 2)), root(normQuantile(alpha / 2))] : alternative === "greater" ? [root(-normQuantile(alpha)), Infinity] : [-Infinity, root(normQuantile(alpha))];
  return { estimate, interval, confLevel, method: "normal", n: size };
}
function continuity(z, alternative, correct) {
  if (!correct) return 0;
  return alternative === "two-sided" ? Math.sign(z) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
}
function crossing(values, wAt, zq) {
  let lo = 1;
  let hi = values.size;
  if (wAt(hi) >= zq) return values.max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wAt(mid) < zq) hi = mid;
    else lo = mid + 1;
  }
  return kthPairValue(values, lo);
}
function signedRankW(sorted, d, alternative, correct) {
  const n = sorted.length;
  let firstZeroOrPositive = 0;
  while (firstZeroOrPositive < n && sorted[firstZeroOrPositive] - d < 0) firstZeroOrPositive++;
  let firstPositive = firstZeroOrPositive;
  while (firstPositive < n && sorted[firstPositive] - d === 0) firstPositive++;
  const nx = firstZeroOrPositive + (n - firstPositive);
  if (nx === 0) return 0;
  let neg = firstZeroOrPositive - 1;
  let pos = firstPositive;
  let ranked = 0;
  let plus = 0;
  let tieTerm = 0;
  while (neg >= 0 || pos < n) {
    const negAbs = neg >= 0 ? Math.abs(sorted[neg] - d) : Infinity;
    const posAbs = pos < n ? Math.abs(sorted[pos] - d) : Infinity;
    const value = Math.min(negAbs, posAbs);
    let tied = 0;
    let positives = 0;
    while (neg >= 0 && Math.abs(sorted[neg] - d) === value) {
      tied++;
      neg--;
    }
    while (pos < n && Math.abs(sorted[pos] - d) === value) {
      tied++;
      positives++;
      pos++;
    }
    if (tied === 0) throw new RangeError("signed-rank statistic of a sample containing NaN");
    plus += positives * (ranked + (tied + 1) / 2);
    tieTerm += tied * tied * tied - tied;
    ranked += tied;
  }
  const zd = plus - nx * (nx + 1) / 4;
  const sigma = Math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - tieTerm / 48);
  return (zd - continuity(zd, alternative, correct)) / sigma;
}
function signif2(x) {
  if (x === 0 || !Number.isFinite(x)) return x;
  const exponent = Math.floor(Math.log10(Math.abs(x))) - 1;
  const scaled = x / 10 ** exponent;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  const rounded = fraction === 0.5 ? floor % 2 === 0 ? floor : floor + 1 : Math.round(scaled);
  return rounded * 10 ** exponent;
}
function medianOf(sorted) {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/judge/stats/mann-whitney.ts
function mannWhitneyU(x, y, options = {}) {
  const alternative = options.alternative ?? "two-sided";
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) return { statistic: NaN, pValue: NaN, method: "asymptotic", commonLanguage: NaN };
  const { ranks, tieTerm } = rankAverage([...Array.from(x), ...Array.from(y)]);
  let r1 = 0;
  for (let i = 0; i < m; i++) r1 += ranks[i];
  const u1 = r1 - m * (m + 1) / 2;
  const u2 = m * n - u1;
  let method = options.method ?? "auto";
  if (method === "auto") method = (m <= 8 || n <= 8) && tieTerm === 0 ? "exact" : "asymptotic";
  const commonLanguage = u1 / (m * n);
  if (method === "exact") {
    const probs = mannWhitneyDistribution(m, n);
    const sf = (u3) => {
      let s = 0;
      for (let k = Math.max(0, Math.ceil(u3)); k < probs.length; k++) s += probs[k];
      return s;
    };
    const pValue2 = alternative === "greater" ? sf(u1) : alternative === "less" ? sf(u2) : Math.min(1, 2 * sf(Math.max(u1, u2)));
    return { statistic: u1, pValue: pValue2, method, commonLanguage };
  }
  const u = alternative === "greater" ? u1 : alternative === "less" ? u2 : Math.max(u1, u2);
  const total = m + n;
  const sigma = Math.sqrt(m * n / 12 * (total + 1 - tieTerm / (total * (total - 1))));
  let numerator = u - m * n / 2;
  if (options.continuity ?? true) numerator -= 0.5;
  const z = numerator / sigma;
  const pValue = alternative === "two-sided" ? Math.min(1, 2 * normSf(z)) : normSf(z);
  return { statistic: u1, pValue, method: "asymptotic", commonLanguage };
}
function mannWhitneyDistribution(m, n) {
  const size = m * n;
  const c = new Float64Array(size + 1);
  c[0] = 1;
  for (let i = 1; i <= m; i++) {
    const drop = n + i;
    for (let u = size; u >= drop; u--) c[u] -= c[u - drop];
    for (let u = i; u <= size; u++) c[u] += c[u - i];
  }
  let total = 0;
  for (const v of c) total += v;
  return c.map((v) => v / total);
}

// src/judge/stats/holm.ts
function holmAdjust(pValues) {
  const k = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array(k);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (k - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

// src/judge/stats/binomial.ts
var LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

// src/judge/stats/wilcoxon.ts
function wilcoxonSignedRank(differences, options = {}) {
  const alternative = options.alternative ?? "two-sided";
  const total = differences.length;
  let zeros = 0;
  for (let i = 0; i < total; i++) {
    const d = differences[i];
    if (Number.isNaN(d)) throw new RangeError("wilcoxonSignedRank: NaN difference");
    if (d === 0) zeros++;
  }
  const n = total - zeros;
  const { rPlus, rMinus, tieTerm } = signedRankSums(differences, n);
  const statistic = alternative === "two-sided" ? Math.min(rPlus, rMinus) : rPlus;
  const base = { statistic, rPlus, rMinus, nonZero: n, zeros };
  if (n === 0)
    return (options.method ?? "auto") === "auto" && total > 0 && total <= 13 ? { ...base, pValue: 1, method: "permutation" } : { ...base, pValue: NaN, method: "asymptotic" };
  let method = options.method ?? "auto";
  if (method === "auto") {
    if (total > 50) method = "asymptotic";
    else if (tieTerm === 0 && zeros === 0) method = "exact";
    else if (total <= 13) method = "permutation";
    else method = "asymptotic";
  }
  if (method === "exact") {
    const counts = signedRankCounts(n);
    const all = 2 ** n;
    const cdf = (k) => sumRange(counts, 0, k) / all;
    const sf = (k) => sumRange(counts, k, counts.length - 1) / all;
    const pLess = cdf(Math.ceil(rPlus));
    const pGreater = sf(Math.floor(rPlus));
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { ...base, pValue: pValue2, method };
  }
  if (method === "permutation") {
    const magnitudes = [];
    for (let i = 0; i < total; i++) if (differences[i] !== 0) magnitudes.push(Math.abs(differences[i]));
    const probs = signedRankPermutationDistribution(rankAverage(magnitudes).ranks);
    const observed = Math.round(2 * rPlus);
    const pLess = sumRange(probs, 0, observed);
    const pGreater = sumRange(probs, observed, probs.length - 1);
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { ...base, pValue: pValue2, method };
  }
  const mean = n * (n + 1) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  let z = (rPlus - mean) / se;
  if (options.correction) {
    const sign = alternative === "greater" ? 1 : alternative === "less" ? -1 : Math.sign(z);
    z -= sign * 0.5 / se;
  }
  const pValue = alternative === "less" ? normCdf(z) : alternative === "greater" ? normSf(z) : Math.min(1, 2 * normSf(Math.abs(z)));
  return { ...base, pValue, z: alternative === "two-sided" ? -Math.abs(z) : z, method: "asymptotic" };
}
function sumRange(values, from, to) {
  let sum = 0;
  for (let i = Math.max(0, from); i <= Math.min(to, values.length - 1); i++) sum += values[i];
  return sum;
}
function signedRankSums(differences, nonZero) {
  const magnitudes = new Float64Array(nonZero);
  let positives = 0;
  for (let i = 0; i < differences.length; i++) if (differences[i] > 0) positives++;
  let positive;
  if (inTypedSortOrder(differences)) {
    const total = differences.length;
    positive = Float64Array.from({ length: positives }, (_, k) => differences[total - positives + k]);
    let neg = total - positives - 1;
    while (neg >= 0 && differences[neg] === 0) neg--;
    let pos = 0;
    for (let k = 0; k < nonZero; k++) {
      if (neg >= 0 && (pos >= positives || -differences[neg] <= positive[pos])) magnitudes[k] = -differences[neg--];
      else magnitudes[k] = positive[pos++];
    }
  } else {
    positive = new Float64Array(positives);
    for (let i = 0, k = 0, p2 = 0; i < differences.length; i++) {
      const d = differences[i];
      if (d === 0) continue;
      magnitudes[k++] = Math.abs(d);
      if (d > 0) positive[p2++] = d;
    }
    magnitudes.sort();
    positive.sort();
  }
  let rPlus = 0;
  let p = 0;
  for (let start = 0; start < nonZero; ) {
    const v = magnitudes[start];
    let end = start + 1;
    while (end < nonZero && magnitudes[end] === v) end++;
    let members = 0;
    while (p < positives && positive[p] === v) {
      members++;
      p++;
    }
    rPlus += members * ((start + 1 + end) / 2);
    start = end;
  }
  const rMinus = nonZero * (nonZero + 1) / 2 - rPlus;
  return { rPlus, rMinus, tieTerm: tieTermSorted(magnitudes) };
}

// src/judge/stats/mcnemar.ts
function wilsonInterval(successes, n, z) {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return [Math.max(0, (centre - half) / denom), Math.min(1, (centre + half) / denom)];
}
function newcombePairedInterval(counts, confLevel = 0.95) {
  const a = counts.bothPass;
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const d = counts.neither;
  const n = a + b + c + d;
  if (n === 0) return [-1, 1];
  const z = normQuantile(1 - (1 - confLevel) / 2);
  const pCandidate = (a + c) / n;
  const pBaseline = (a + b) / n;
  const [l2, u2] = wilsonInterval(a + c, n, z);
  const [l1, u1] = wilsonInterval(a + b, n, z);
  const theta = pCandidate - pBaseline;
  const marginProduct = (a + b) * (c + d) * (a + c) * (b + d);
  const phi = marginProduct === 0 ? 0 : (a * d - b * c) / Math.sqrt(marginProduct);
  const dl2 = pCandidate - l2;
  const du2 = u2 - pCandidate;
  const dl1 = pBaseline - l1;
  const du1 = u1 - pBaseline;
  const lowerSpread = dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1;
  const upperSpread = du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1;
  const lower = theta - Math.sqrt(Math.max(0, lowerSpread));
  const upper = theta + Math.sqrt(Math.max(0, upperSpread));
  return [Math.max(-1, lower), Math.min(1, upper)];
}

// src/judge/stats/power.ts
function powerFactor(options) {
  const z = normQuantile(1 - options.alpha) + normQuantile(options.power ?? 0.8);
  return z * z;
}
function binaryNeeded(discordantShare, drop, tolerance, options) {
  if (!(drop > tolerance)) return Infinity;
  const psi = Math.min(1, Math.max(discordantShare, drop));
  const variance = Math.max(psi - drop * drop, 1e-12);
  return Math.ceil(powerFactor(options) * variance / (drop - tolerance) ** 2);
}
function binaryDetectable(n, discordantShareAt, tolerance, options) {
  return bisectDetectable((drop) => binaryNeeded(discordantShareAt(drop), drop, tolerance, options) <= n, tolerance, 1);
}
function meanNeeded(sd, drop, tolerance, options) {
  if (!(drop > tolerance)) return Infinity;
  return Math.max(1, Math.ceil(powerFactor(options) * Math.max(sd * sd, 1e-12) / (drop - tolerance) ** 2));
}
function meanDetectable(n, sd, tolerance, options) {
  return tolerance + Math.sqrt(powerFactor(options)) * sd / Math.sqrt(n);
}
function signedRankNeeded(centred, shift, options) {
  if (!(shift > 0) || centred.length === 0) return Infinity;
  const p = walshShareAbove(centred, -shift);
  const excess = p - 0.5;
  if (!(excess > 0)) return Infinity;
  return Math.ceil(powerFactor(options) / (3 * excess * excess));
}
function signedRankDetectable(n, centred, options) {
  const m = centred.length;
  if (m === 0) return NaN;
  const spread = Math.max(centred[m - 1] - centred[0], 1e-9);
  const size = m * (m + 1) / 2;
  const factor = powerFactor(options);
  const enoughWith = (above) => {
    const excess = above / size - 0.5;
    return excess > 0 && Math.ceil(factor / (3 * excess * excess)) <= n;
  };
  if (!enoughWith(size)) return NaN;
  let lo = Math.floor(size / 2);
  let hi = size;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (enoughWith(mid)) hi = mid;
    else lo = mid;
  }
  const sum = kthPairValue(walshSums(centred), size - hi + 1);
  return bisectDetectable((shift) => shift > 0 && sum > 2 * -shift, 0, 4 * spread);
}
function walshShareAbove(sorted, t) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const s = 2 * t;
  let p = n;
  let above = 0;
  for (let i = 0; i < n; i++) {
    while (p > 0 && sorted[i] + sorted[p - 1] > s) p--;
    above += n - Math.max(p, i);
  }
  return above / (n * (n + 1) / 2);
}
function bisectDetectable(enough, lo, hi) {
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

export {
  normCdf,
  normSf,
  normQuantile,
  median,
  wilcoxonSignedRank,
  hodgesLehmannOneSample,
  hodgesLehmannTwoSample,
  mannWhitneyU,
  wilsonInterval,
  newcombePairedInterval,
  holmAdjust,
  binaryNeeded,
  binaryDetectable,
  meanNeeded,
  meanDetectable,
  signedRankNeeded,
  signedRankDetectable
};
