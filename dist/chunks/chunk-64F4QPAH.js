import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  SURFACES,
  ajvModules,
  canonicalJson,
  checkShape,
  loadAjv,
  parseJsonFile,
  readAtRef,
  shortId,
  surfaceIds
} from "./chunk-ASXTQ7CI.js";
import {
  readFile
} from "./chunk-6HG2IZNQ.js";
import {
  UserError
} from "./chunk-4HYHTPLW.js";

// node-builtin:node:path?posix
var builtin = process.getBuiltinModule("node:path");
var posix = builtin.posix;

// src/versioning/lock-path.ts
function lockPathFor(manifestPath) {
  const dir = posix.dirname(manifestPath);
  const base = posix.basename(manifestPath).replace(/\.ya?ml$/i, "");
  return posix.join(dir, `${base}.lock`);
}

// src/judge/gates.ts
var RATE_TOLERANCE = 5e-3;
var RATE_THRESHOLD = 0.01;
var RATIO_TOLERANCE = 0.05;
var RATIO_THRESHOLD = 1.2;
var AGREEMENT_TOLERANCE = 0.02;
var AGREEMENT_DROP_THRESHOLD = 0.05;
var rateGate = (metric, critical) => ({
  metric,
  direction: "decrease",
  tolerance: RATE_TOLERANCE,
  threshold: RATE_THRESHOLD,
  critical
});
var ratioGate = (metric, direction = "increase") => ({
  metric,
  direction,
  tolerance: RATIO_TOLERANCE,
  threshold: RATIO_THRESHOLD,
  critical: false
});
var agreementGate = (metric) => ({ metric, direction: "decrease", tolerance: AGREEMENT_TOLERANCE, critical: false });
var distanceGate = (metric) => ({ metric, direction: "increase", critical: false });
var COMMON_DEFAULT_GATES = [
  rateGate("requests.success_rate", true),
  ratioGate("latency.ms"),
  // Present only for streamed replay (model.stream): the latency users feel.
  ratioGate("latency.ttft_ms"),
  ratioGate("latency.inter_token_ms"),
  ratioGate("tokens.total")
];
var KIND_DEFAULT_GATES = {
  json: [rateGate("json.parse_rate", true), rateGate("json.schema_pass", true)],
  "tool-calls": [rateGate("tools.valid", true), agreementGate("tools.name_f1")],
  label: [agreementGate("label.agreement"), distanceGate("label.distribution_js")],
  numeric: [ratioGate("numeric.value", "either"), agreementGate("numeric.within_tolerance"), distanceGate("numeric.wasserstein_norm")],
  // text.rouge_l is swapped for text.embedding_cosine when embeddings were computed; see defaultGates.
  text: [agreementGate("text.rouge_l")]
};
function defaultGates(kind, results) {
  const present = new Set(results.map((r) => r.id));
  const gates = [...COMMON_DEFAULT_GATES, ...KIND_DEFAULT_GATES[kind]].map(
    (g) => kind === "text" && g.metric === "text.rouge_l" && present.has("text.embedding_cosine") ? agreementGate("text.embedding_cosine") : { ...g }
  );
  return gates.filter((g) => present.has(g.metric));
}
function effectiveGates(kind, results, given = []) {
  const givenFor = new Map(given.map((g) => [g.metric, g]));
  const defaults = defaultGates(kind, results);
  const merged = defaults.map((d) => ({ ...d, ...definedFields(givenFor.get(d.metric)) }));
  const covered = new Set(defaults.map((d) => d.metric));
  return [...merged, ...given.filter((g) => !covered.has(g.metric)).map((g) => ({ ...g }))];
}
function definedFields(gate) {
  if (!gate) return {};
  return Object.fromEntries(Object.entries(gate).filter(([, v]) => v !== void 0));
}

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

// src/judge/stats/binomial.ts
var LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const g = 7;
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < g + 2; i++) sum += c[i] / (z + i);
  const t = z + g + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function stirlingError(n) {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  const n2 = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * n2)) / n2) / n2) / n2) / n;
}
function deviance(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    const v = (x - m) / (x + m);
    let s = (x - m) * v;
    let term = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1e3; j++) {
      term *= v2;
      const next = s + term / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function binomPmf(k, n, p) {
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}
function binomCdf(k, n, p) {
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  if (kk <= n * p) return sumPmf(0, kk, n, p);
  return 1 - sumPmf(kk + 1, n, n, p);
}
function sumPmf(from, to, n, p) {
  let sum = 0;
  if (to <= n * p) for (let i = from; i <= to; i++) sum += binomPmf(i, n, p);
  else for (let i = to; i >= from; i--) sum += binomPmf(i, n, p);
  return sum;
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
function medianSorted(sorted) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function median(values) {
  return medianSorted(scratchCopy(2, values).sort());
}

// src/judge/stats/signedRankDistribution.ts
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
  const magnitudes = new Float64Array(n);
  for (let i = 0, k = 0; i < total; i++) if (differences[i] !== 0) magnitudes[k++] = Math.abs(differences[i]);
  const { ranks, tieTerm } = rankAverage(magnitudes);
  let rPlus = 0;
  let rMinus = 0;
  for (let i = 0, k = 0; i < total; i++) {
    const d = differences[i];
    if (d === 0) continue;
    if (d > 0) rPlus += ranks[k];
    else rMinus += ranks[k];
    k++;
  }
  const statistic = alternative === "two-sided" ? Math.min(rPlus, rMinus) : rPlus;
  const base = { statistic, rPlus, rMinus, nonZero: n, zeros };
  if (n === 0) return (options.method ?? "auto") === "auto" && total > 0 && total <= 13 ? { ...base, pValue: 1, method: "permutation" } : { ...base, pValue: NaN, method: "asymptotic" };
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
    const probs = signedRankPermutationDistribution(ranks);
    const observed = Math.round(2 * rPlus);
    const pLess = sumRange(probs, 0, observed);
    const pGreater = sumRange(probs, observed, probs.length - 1);
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { ...base, pValue: pValue2, method };
  }
  const mean2 = n * (n + 1) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  let z = (rPlus - mean2) / se;
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

// src/judge/stats/pairSums.ts
function walshAverages(sorted) {
  const n = sorted.length;
  const value = (i, j) => (sorted[i] + sorted[j]) / 2;
  const countAtMost = (t) => {
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
    size: n * (n + 1) / 2,
    min: n ? sorted[0] : NaN,
    max: n ? sorted[n - 1] : NaN,
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
    }
  };
}
function kthPairValue(values, k) {
  if (!(k >= 1 && k <= values.size) || !Number.isInteger(k)) throw new RangeError(`kthPairValue: k=${k} outside 1..${values.size}`);
  let lo = values.min;
  let hi = values.max;
  let below = values.countAtMost(lo);
  if (below >= k) return lo;
  let atHi = values.size;
  const enough = Math.min(16384, Math.max(4096, 4 * Math.sqrt(values.size)));
  for (let iteration = 0; iteration < 4e3 && atHi - below > enough; iteration++) {
    const mid = lo / 2 + hi / 2;
    if (!(mid > lo && mid < hi)) return hi;
    const c = values.countAtMost(mid);
    if (c >= k) {
      hi = mid;
      atHi = c;
    } else {
      lo = mid;
      below = c;
    }
  }
  const candidates = new Float64Array(atHi - below);
  const written = values.collect(lo, hi, candidates);
  if (written !== candidates.length) throw new Error(`kthPairValue: collected ${written} of ${candidates.length} pair values`);
  return candidates.sort()[k - below - 1];
}
function medianPairValue(values) {
  const size = values.size;
  if (size === 0) return NaN;
  if (size % 2 === 1) return kthPairValue(values, (size + 1) / 2);
  return (kthPairValue(values, size / 2) + kthPairValue(values, size / 2 + 1)) / 2;
}

// src/judge/stats/hodgesLehmann.ts
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
  const absTies = absTieTerm(sorted);
  sorted.sort();
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

// src/judge/stats/mcnemar.ts
function mcnemarExact(counts, options = {}) {
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const discordant = b + c;
  const n = counts.bothPass + b + c + counts.neither;
  const difference = n > 0 ? (c - b) / n : NaN;
  if (discordant === 0) return { pValue: 1, discordant, difference };
  const low = Math.min(b, c);
  let tail = binomCdf(low, discordant, 0.5);
  if (options.midP) tail -= 0.5 * binomPmf(low, discordant, 0.5);
  const pValue = b === c ? options.midP ? 1 - binomPmf(low, discordant, 0.5) : 1 : Math.min(1, 2 * tail);
  return { pValue, discordant, difference };
}
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

// src/judge/stats/sampleSize.ts
function mcnemarSampleSize(discordantShare, delta, options = {}) {
  const d = Math.abs(delta);
  if (!(d > 0) || !(discordantShare >= d)) return d > 0 ? mcnemarSampleSize(d, d, options) : Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  const root = zAlpha * Math.sqrt(discordantShare) + zPower * Math.sqrt(discordantShare - d * d);
  return Math.ceil(root * root / (d * d));
}
function signedRankSampleSize(probabilityPositiveWalsh, options = {}) {
  const shift = probabilityPositiveWalsh - 0.5;
  if (!(Math.abs(shift) > 0)) return Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  return Math.ceil((zAlpha + zPower) ** 2 / (3 * shift * shift));
}

// src/judge/evaluate.ts
var badUp = (d) => d === "increase" || d === "either";
var badDown = (d) => d === "decrease" || d === "either";
function evaluateMetric(metric, gate, settings) {
  const direction = gate?.direction ?? metric.badDirection;
  switch (metric.test) {
    case "paired-continuous":
      return pairedContinuous(metric, gate, direction, settings);
    case "paired-binary":
      return pairedBinary(metric, gate, direction, settings);
    case "agreement":
      return metric.agreement?.noise?.length ? agreementVsNoise(metric, gate, direction, settings) : agreementVsThreshold(metric, gate, direction, settings);
    case "distance":
      return distance(metric, gate, direction);
    case "info":
      return { n: metric.n, breach: false, summary: describeInfo(metric), detail: "reported only" };
  }
}
var noData = (what) => ({ n: 0, breach: false, summary: "no data", detail: what });
function pairedContinuous(metric, gate, direction, settings) {
  const baseline = metric.paired?.baseline ?? [];
  const candidate = metric.paired?.candidate ?? [];
  const n = Math.min(baseline.length, candidate.length);
  if (n === 0 || metric.n === 0) return noData("no paired values");
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = candidate[i] - baseline[i];
  const test = wilcoxonSignedRank(differences);
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const hl = hodgesLehmannOneSample(differences, { confLevel: settings.confidence, zeros: "keep" });
  const interval = [hl.interval[0], hl.interval[1]];
  const medianBaseline = median(prefix(baseline, n));
  const medianCandidate = median(prefix(candidate, n));
  const tolerance = gate?.tolerance ?? RATIO_TOLERANCE;
  const threshold = gate?.threshold ?? RATIO_THRESHOLD;
  const band = tolerance * Math.abs(medianBaseline);
  const up = interval[0] > band;
  const down = interval[1] < -band;
  const unit = metric.unit;
  let effect;
  let effectLabel;
  let effectUp;
  let effectDown;
  const ratioMeaningful = medianBaseline > 0 && medianCandidate >= 0;
  if (ratioMeaningful) {
    effect = medianCandidate / medianBaseline;
    effectLabel = `median \xD7${fmt(effect, 3)}`;
    const upper = Math.max(threshold, 1 / threshold);
    effectUp = effect >= upper;
    effectDown = effect <= 1 / upper;
  } else {
    effect = hl.estimate;
    effectLabel = `\u0394 ${signed(effect)} ${unit}`;
    effectUp = effect > 0;
    effectDown = effect < 0;
  }
  const breachUp = badUp(direction) && up && effectUp;
  const breachDown = badDown(direction) && down && effectDown;
  const share = test.nonZero > 0 ? test.rPlus / (test.nonZero * (test.nonZero + 1) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil(neededNonZero * n / test.nonZero) : void 0;
  const level = pct(settings.confidence);
  const summary = `median ${fmt(medianBaseline)} \u2192 ${fmt(medianCandidate)} ${unit} (${effectLabel}); shift ${signed(hl.estimate)} ${unit}, ${level} CI [${signed(interval[0])}, ${signed(interval[1])}]`;
  const detail = explainTwoConditions({
    breach: breachUp || breachDown,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(band)} ${unit} (${pct(tolerance)} of the baseline median)`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: ratioMeaningful ? `\xD7${fmt(Math.max(threshold, 1 / threshold), 3)}` : "zero"
  });
  return { n, effect, effectLabel, interval, pValue, breach: breachUp || breachDown, summary, detail, ...neededSamples ? { neededSamples } : {} };
}
function pairedBinary(metric, gate, direction, settings) {
  const counts = metric.binary;
  const n = counts ? counts.bothPass + counts.baselineOnly + counts.candidateOnly + counts.neither : 0;
  if (!counts || n === 0) return noData("no pairs");
  const test = mcnemarExact(counts);
  const interval = newcombePairedInterval(counts, settings.confidence);
  const effect = test.difference;
  const tolerance = gate?.tolerance ?? RATE_TOLERANCE;
  const threshold = Math.abs(gate?.threshold ?? RATE_THRESHOLD);
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = badUp(direction) && up && effectUp || badDown(direction) && down && effectDown;
  const discordantShare = test.discordant / n;
  const target = Math.abs(effect) > 0 ? Math.abs(effect) : threshold;
  const needed = mcnemarSampleSize(Math.max(discordantShare, target), target, { alpha: settings.alpha });
  const baselineRate = (counts.bothPass + counts.baselineOnly) / n;
  const candidateRate = (counts.bothPass + counts.candidateOnly) / n;
  const effectLabel = `${signed(effect * 100, 2)} pts`;
  const summary = `${pct(baselineRate, 4)} \u2192 ${pct(candidateRate, 4)} (${effectLabel}; ${counts.baselineOnly} lost, ${counts.candidateOnly} gained), ${pct(settings.confidence)} CI [${signed(interval[0] * 100, 2)}, ${signed(interval[1] * 100, 2)}] pts`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(tolerance * 100)} pts`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: `${fmt(threshold * 100)} pts`
  });
  return { n, effect, effectLabel, interval, pValue: test.pValue, breach, summary, detail, ...Number.isFinite(needed) ? { neededSamples: needed } : {} };
}
function agreementVsNoise(metric, gate, direction, settings) {
  const values = metric.agreement?.values ?? [];
  const noise = metric.agreement?.noise ?? [];
  const n = Math.min(values.length, noise.length);
  if (n === 0) return noData("no scores");
  const excess = new Float64Array(n);
  for (let i = 0; i < n; i++) excess[i] = values[i] - noise[i];
  const test = wilcoxonSignedRank(excess.map((v) => -v));
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const interval = meanInterval(excess, settings.confidence);
  const effect = mean(excess);
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  const threshold = AGREEMENT_DROP_THRESHOLD;
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = badUp(direction) && up && effectUp || badDown(direction) && down && effectDown;
  const share = test.nonZero > 0 ? test.rPlus / (test.nonZero * (test.nonZero + 1) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil(neededNonZero * n / test.nonZero) : void 0;
  const effectLabel = `${signed(effect, 3)} vs A/A`;
  const summary = `mean ${fmt(mean(prefix(values, n)), 3)} vs A/A ${fmt(mean(prefix(noise, n)), 3)} (${signed(effect, 3)}), ${pct(settings.confidence)} CI [${signed(interval[0], 3)}, ${signed(interval[1], 3)}]`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(tolerance)} around the A/A level`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: `${fmt(threshold)} below A/A`
  });
  return { n, effect, effectLabel, interval, pValue, breach, summary, detail, ...neededSamples ? { neededSamples } : {} };
}
function agreementVsThreshold(metric, gate, direction, settings) {
  const values = metric.agreement?.values ?? [];
  const n = values.length;
  if (n === 0) return noData("no scores");
  const average = mean(values);
  const interval = meanInterval(values, settings.confidence);
  const clipped = [Math.max(0, interval[0]), Math.min(1, interval[1])];
  const threshold = gate?.threshold ?? metric.agreement?.threshold;
  const summary = `mean ${fmt(average, 3)}, ${pct(settings.confidence)} CI [${fmt(clipped[0], 3)}, ${fmt(clipped[1], 3)}]`;
  if (threshold === void 0) return { n, effect: average, effectLabel: `mean ${fmt(average, 3)}`, interval: clipped, breach: false, summary, detail: "no threshold to compare with" };
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  const effect = average - threshold;
  const breachDown = badDown(direction) && clipped[0] < threshold - tolerance && average < threshold;
  const breachUp = badUp(direction) && direction !== "either" && clipped[1] > threshold + tolerance && average > threshold;
  const breach = breachDown || breachUp;
  const detail = breach ? `lower ${pct(settings.confidence)} bound ${fmt(clipped[0], 3)} is below ${fmt(threshold, 3)} \u2212 ${fmt(tolerance)} and the mean is below ${fmt(threshold, 3)}` : `mean agreement is consistent with the threshold ${fmt(threshold, 3)}`;
  return { n, effect, effectLabel: `${signed(effect, 3)} vs ${fmt(threshold, 3)}`, interval: clipped, breach, summary, detail };
}
function distance(metric, gate, direction) {
  if (!metric.distance || metric.n === 0) return noData("no distance");
  const { value } = metric.distance;
  const threshold = gate?.threshold ?? metric.distance.threshold;
  const breach = badUp(direction) && value > threshold || direction === "decrease" && value < threshold;
  return {
    n: metric.n,
    effect: value,
    effectLabel: `${fmt(value, 3)}`,
    breach,
    summary: `${fmt(value, 3)} (threshold ${fmt(threshold, 3)})`,
    detail: breach ? `distance ${fmt(value, 3)} is past ${fmt(threshold, 3)}` : `distance within ${fmt(threshold, 3)}`
  };
}
function describeInfo(metric) {
  if (metric.baseline !== void 0 && metric.candidate !== void 0) return `${fmt(metric.baseline)} \u2192 ${fmt(metric.candidate)} ${metric.unit}`;
  if (metric.candidate !== void 0) return `${fmt(metric.candidate)} ${metric.unit}`;
  return `${metric.n} pairs`;
}
function explainTwoConditions(p) {
  if (p.breach) return `interval leaves the band ${p.bandText} and the effect passes ${p.thresholdText}`;
  if (p.outsideBand) return `interval leaves the band ${p.bandText}, but the effect stays within ${p.thresholdText}`;
  return `interval does not leave the band ${p.bandText}`;
}
function prefix(values, n) {
  return values.length === n ? values : values.slice(0, n);
}
function mean(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length ? sum / values.length : NaN;
}
function meanInterval(values, confidence) {
  const n = values.length;
  const m = mean(values);
  if (n < 2) return [m, m];
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - m) ** 2;
  const half = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(ss / (n - 1) / n);
  return [m - half, m + half];
}
function fmt(x, digits = 4) {
  if (!Number.isFinite(x)) return String(x);
  return Number(x.toPrecision(digits)).toString();
}
function signed(x, digits = 4) {
  const text = fmt(x, digits);
  return x > 0 ? `+${text}` : text;
}
function pct(x, digits = 3) {
  return `${fmt(x * 100, digits)}%`;
}

// src/judge/judge.ts
var EXIT_CODES = { pass: 0, warn: 0, fail: 1, inconclusive: 0 };
function judge(results, settings) {
  const alpha = settings.alpha ?? 0.05;
  const confidence = settings.confidence ?? 0.95;
  const minSamples = settings.minSamples ?? 50;
  const gates = effectiveGates(settings.outputKind, results, settings.gates);
  const gateFor = new Map(gates.map((g) => [g.metric, g]));
  const known = new Set(results.map((r) => r.id));
  const missing = gates.filter((g) => !known.has(g.metric)).map((g) => ({ id: g.metric, title: g.metric, unit: "value", test: "info", badDirection: g.direction ?? "either", n: 0 }));
  const all = [...results, ...missing];
  const rows = all.map((metric) => {
    const gate = gateFor.get(metric.id);
    const gating = gate !== void 0 && !gate.muted && metric.test !== "info";
    const evaluation = known.has(metric.id) ? evaluateMetric(metric, gate, { alpha, confidence }) : { n: 0, breach: false, summary: "no data", detail: "no metric with this id was computed" };
    return { metric, gate, gating, evaluation };
  });
  const tested = rows.filter((r) => r.gating && r.evaluation.n > 0 && r.evaluation.pValue !== void 0);
  const adjusted = holmAdjust(tested.map((r) => r.evaluation.pValue));
  const pAdjustedOf = new Map(tested.map((r, i) => [r, adjusted[i]]));
  const metrics = rows.map((row) => {
    const { metric, gate, gating, evaluation } = row;
    const pAdjusted = pAdjustedOf.get(row);
    let verdict2;
    let why;
    if (metric.n === 0 || evaluation.n === 0) {
      verdict2 = "nodata";
      why = evaluation.detail;
    } else if (!gating) {
      verdict2 = "info";
      why = gate?.muted ? "muted" : metric.test === "info" ? "reported only" : "not gated";
    } else {
      const significant = pAdjusted === void 0 || pAdjusted <= alpha;
      const breach = evaluation.breach && significant;
      verdict2 = breach ? gate?.critical ? "fail" : "warn" : "pass";
      why = evaluation.breach && !significant ? `${evaluation.detail}, but not significant after Holm (p=${fmt(pAdjusted, 3)} > ${alpha})` : evaluation.detail;
    }
    const stats = [evaluation.summary, evaluation.pValue !== void 0 ? `p=${fmt(evaluation.pValue, 3)}${pAdjusted !== void 0 ? `, Holm ${fmt(pAdjusted, 3)}` : ""}` : void 0].filter(Boolean).join("; ");
    const judgement2 = { metric, verdict: verdict2, reason: `${metric.id}: ${stats} \u2014 ${why}` };
    if (gate) judgement2.gate = gate;
    if (evaluation.effect !== void 0) judgement2.effect = evaluation.effect;
    if (evaluation.effectLabel !== void 0) judgement2.effectLabel = evaluation.effectLabel;
    if (evaluation.interval) judgement2.interval = evaluation.interval;
    if (evaluation.pValue !== void 0) judgement2.pValue = evaluation.pValue;
    if (pAdjusted !== void 0) judgement2.pAdjusted = pAdjusted;
    return judgement2;
  });
  const n = pairCount(results);
  const gatingRows = metrics.filter((m) => m.gate && !m.gate.muted && m.metric.test !== "info");
  const reasons = [];
  let verdict;
  let neededSamples;
  const criticalNoData = metrics.filter((m) => m.verdict === "nodata" && m.gate?.critical && !m.gate.muted);
  if (n < minSamples && !metrics.some((m) => m.verdict === "fail")) {
    verdict = "inconclusive";
    const needs = rows.filter((r) => r.gating && r.evaluation.neededSamples !== void 0).map((r) => r.evaluation.neededSamples);
    neededSamples = Math.max(minSamples, ...needs);
    reasons.push(`INCONCLUSIVE: ${n} pairs, fewer than the minimum ${minSamples}; need \u2248${neededSamples} pairs to detect the observed effects (\u03B1=${alpha}, power 0.8)`);
  } else if (metrics.some((m) => m.verdict === "fail")) {
    verdict = "fail";
  } else if (criticalNoData.length > 0) {
    verdict = "inconclusive";
    neededSamples = minSamples;
    reasons.push(`INCONCLUSIVE: no data for critical ${criticalNoData.map((m) => m.metric.id).join(", ")}`);
  } else if (metrics.some((m) => m.verdict === "warn")) {
    verdict = "warn";
  } else {
    verdict = "pass";
  }
  for (const m of metrics) if (m.verdict === "fail") reasons.push(`FAIL${m.gate?.critical ? " (critical)" : ""} ${m.reason}`);
  for (const m of metrics) if (m.verdict === "warn") reasons.push(`WARN ${m.reason}`);
  for (const m of metrics) if (m.verdict === "nodata" && m.gate && !m.gate.muted) reasons.push(`NODATA ${m.reason}`);
  if (verdict === "pass") reasons.push(`PASS: ${gatingRows.length} gated metric(s) within their bands or thresholds over ${n} pairs`);
  const judgement = { verdict, exitCode: EXIT_CODES[verdict], n, minSamples, alpha, confidence, metrics, reasons };
  if (neededSamples !== void 0) judgement.neededSamples = neededSamples;
  return judgement;
}
function pairCount(results) {
  const success = results.find((r) => r.id === "requests.success_rate");
  if (success) return success.n;
  return results.reduce((max, r) => Math.max(max, r.n), 0);
}

// src/versioning/pin.ts
var DIGEST = /@sha256:[0-9a-f]{64}$/;
var FLOATING_WORD = /(^|[-_:./@])latest$/i;
var SNAPSHOT_SUFFIX = /-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{3})$/;
var ALIAS_FAMILY = /^(gpt-|chatgpt-|o\d(-|$)|claude-|gemini-|mistral-|codestral-|ministral-|pixtral-|command-|text-embedding-|deepseek-|grok-)/i;
var STORAGE_URI = /^(gs|s3|pvc|hf|oci|azureblob|hdfs|webhdfs|https?):\/\//i;
var IMAGE_REF = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[a-z0-9._\/-]+(:[\w][\w.-]{0,127})?(@sha256:[0-9a-f]{64})?$/i;
function allowedBy(reference, protocol, allow) {
  for (const key of [protocol, "*"]) {
    for (const pattern of allow?.[key] ?? []) {
      if (new RegExp(pattern, "u").test(reference)) return `${key}: ${pattern}`;
    }
  }
  return void 0;
}
function checkImage(reference) {
  if (DIGEST.test(reference)) return { pinned: true, reason: `${reference} is pinned by digest` };
  const lastPart = reference.slice(reference.lastIndexOf("/") + 1);
  const tag = lastPart.includes(":") ? lastPart.slice(lastPart.indexOf(":") + 1) : void 0;
  const hint = `pin the image by digest: ${reference.replace(/:[^/:]*$/, "")}@sha256:<digest> (docker buildx imagetools inspect shows it)`;
  if (tag === void 0) return { pinned: false, reason: `${reference} has no tag, which means :latest`, hint };
  if (/^latest$/i.test(tag)) return { pinned: false, reason: `${reference} is tagged :latest, which moves with every push`, hint };
  return { pinned: true, reason: `${reference} is tagged ${tag} (a tag can be moved; a digest cannot)` };
}
function checkStorageUri(uri, version) {
  if (version !== void 0) return { pinned: true, reason: `${uri} is pinned by version ${version}` };
  if (DIGEST.test(uri) || /@[0-9a-f]{40}$/i.test(uri)) return { pinned: true, reason: `${uri} is pinned by digest` };
  const path = uri.replace(STORAGE_URI, "");
  const segments = path.split(/[/:@]/).filter(Boolean);
  const versioned = segments.slice(1).some((s) => /^(v?\d+([._-]\d+)*|\d{4}-\d{2}-\d{2}|\d{8})$/i.test(s));
  if (versioned && !FLOATING_WORD.test(uri)) return { pinned: true, reason: `${uri} names a version folder` };
  return {
    pinned: false,
    reason: `${uri} has no version or digest: whatever is uploaded there next is served`,
    hint: "point at an immutable version, e.g. gs://bucket/model/v3, s3://bucket/model/2026-01-15, or oci://registry/model@sha256:<digest>"
  };
}
function checkModelPin(model, allow) {
  const reference = model.version !== void 0 ? `${model.id}@${model.version}` : model.id;
  const allowed = allowedBy(model.id, model.protocol, allow) ?? (model.version !== void 0 ? allowedBy(reference, model.protocol, allow) : void 0);
  if (allowed) return { pinned: true, reason: `${reference} matches an allowed pattern (${allowed})` };
  if (STORAGE_URI.test(model.id)) return checkStorageUri(model.id, model.version);
  if (IMAGE_REF.test(model.id) && !model.id.includes("://")) {
    const image = checkImage(model.id);
    if (image.pinned || model.version === void 0) return image;
  }
  if (FLOATING_WORD.test(model.id) || model.version !== void 0 && /^latest$/i.test(model.version)) {
    const hint = model.protocol === "openai" ? `use a dated snapshot instead of ${reference} (e.g. gpt-4o-2024-08-06, claude-sonnet-4-5-20250929)` : "name a fixed version or digest";
    return { pinned: false, reason: `${reference} is a floating alias ("latest" moves to whatever is newest)`, hint };
  }
  if (model.protocol === "kserve-v2" && model.version === void 0) {
    return {
      pinned: false,
      reason: `KServe model ${model.id} has no version: the server answers with whichever version it has loaded`,
      hint: 'set model.version (quoted, e.g. version: "3") so requests go to /v2/models/<name>/versions/<version>/infer'
    };
  }
  if (model.id.startsWith("ft:")) return { pinned: true, reason: `${model.id} is a fine-tuned model id (immutable)` };
  if (ALIAS_FAMILY.test(model.id) && !SNAPSHOT_SUFFIX.test(model.id)) {
    return {
      pinned: false,
      reason: `${model.id} is a floating alias: the provider moves it to newer snapshots`,
      hint: `use the dated snapshot the alias points to today (e.g. ${model.id}-2024-08-06 style ids; the provider's model list shows them), or allow the name in versioning.pins if it is your own deployment`
    };
  }
  if (model.version !== void 0) return { pinned: true, reason: `${reference} names a version` };
  return { pinned: true, reason: SNAPSHOT_SUFFIX.test(model.id) ? `${model.id} names a snapshot` : `${model.id} is not a known floating alias` };
}

// node-builtin:node:path?join,posix
var builtin2 = process.getBuiltinModule("node:path");
var join = builtin2.join;
var posix2 = builtin2.posix;

// src/versioning/lockfile.ts
var LOCKFILE_VERSION = 1;
var HEX64 = "^[0-9a-f]{64}$";
var LOCK_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["lockfileVersion", "service", "model", "surfaces", "artifacts"],
  properties: {
    lockfileVersion: { type: "integer" },
    service: { type: "string", minLength: 1 },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["protocol", "ref", "pinned"],
      properties: { protocol: { type: "string" }, ref: { type: "string" }, pinned: { type: "boolean" } }
    },
    surfaces: {
      type: "object",
      additionalProperties: false,
      required: [...SURFACES],
      properties: Object.fromEntries(SURFACES.map((s) => [s, { type: "string", pattern: HEX64, patternErrorMessage: "must be a full SHA-256 (64 lower-case hex characters)" }]))
    },
    artifacts: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["surface", "file", "id"],
        properties: {
          surface: { enum: [...SURFACES] },
          file: { type: "string", minLength: 1 },
          id: { type: "string", pattern: HEX64, patternErrorMessage: "must be a full SHA-256 (64 lower-case hex characters)" }
        }
      }
    }
  }
};
function modelRef(side) {
  const { id, version } = side.manifest.model;
  return version !== void 0 ? `${id}@${version}` : id;
}
function buildLock(side, ids = surfaceIds(side)) {
  const folder = posix2.dirname(side.manifestPath);
  const artifacts = {};
  for (const a of ids.artifacts) artifacts[a.name] = { surface: a.surface, file: posix2.relative(folder, a.file) || posix2.basename(a.file), id: a.id };
  return {
    lockfileVersion: LOCKFILE_VERSION,
    service: side.manifest.service,
    model: { protocol: side.manifest.model.protocol, ref: modelRef(side), pinned: checkModelPin(side.manifest.model, side.manifest.versioning?.pins).pinned },
    surfaces: ids.surfaces,
    artifacts
  };
}
function serializeLock(lock) {
  return `${JSON.stringify(lock, null, 2)}
`;
}
var shapeValidator;
async function parseLock(text, file) {
  const json = parseJsonFile(text, file);
  await loadAjv();
  shapeValidator ??= new (ajvModules()).Ajv2020({ allErrors: true, verbose: true, keywords: ["patternErrorMessage"] }).compile(LOCK_SHAPE);
  if (!shapeValidator(json.value)) checkShape(json, [], json.value, shapeValidator.errors ?? [], `${file} is not a shadowgate lock`);
  const lock = json.value;
  if (lock.lockfileVersion !== LOCKFILE_VERSION) {
    throw new UserError(
      `lockfileVersion ${lock.lockfileVersion} is not one this shadowgate reads (${LOCKFILE_VERSION})`,
      json.locate(["lockfileVersion"]),
      "regenerate it with `shadowgate lock`"
    );
  }
  return { lock, json };
}
function staleEntries(lock, side, ids = surfaceIds(side)) {
  const folder = posix2.dirname(side.manifestPath);
  const out = [];
  const current = new Map(ids.artifacts.map((a) => [a.name, a]));
  for (const [name, locked] of Object.entries(lock.artifacts)) {
    const now = current.get(name);
    if (!now) out.push({ name, change: "removed", file: posix2.join(folder, locked.file), locked: locked.id });
    else if (now.id !== locked.id) out.push({ name, change: "changed", file: now.file, locked: locked.id, current: now.id });
  }
  for (const [name, now] of current) if (!(name in lock.artifacts)) out.push({ name, change: "added", file: now.file, current: now.id });
  return out;
}
function describe(e) {
  if (e.change === "changed") return `${e.file} changed (${e.name} ${shortId(e.locked)} \u2192 ${shortId(e.current)})`;
  if (e.change === "added") return `${e.file} is new (${e.name} is not in the lock)`;
  return `${e.file} no longer provides ${e.name}`;
}
function verifyLock(lock, json, side) {
  const ids = surfaceIds(side);
  const hint = `run \`shadowgate lock\` and commit ${json.file} with the change`;
  if (lock.service !== side.manifest.service) {
    throw new UserError(`${json.file} is the lock of service "${lock.service}", not "${side.manifest.service}"`, json.locate(["service"]), hint);
  }
  const stale = staleEntries(lock, side, ids);
  if (stale.length > 0) {
    const first = stale[0];
    const where = first.change === "added" ? json.locate(["artifacts"], true) : json.locate(["artifacts", first.name, "id"]);
    throw new UserError(`${json.file} is stale: ${stale.map(describe).join("; ")}`, where, hint);
  }
  const model = buildLock(side, ids).model;
  for (const field of ["protocol", "ref"]) {
    if (lock.model[field] !== model[field]) {
      throw new UserError(`${json.file}: model.${field} says ${JSON.stringify(lock.model[field])}, the manifest ${JSON.stringify(model[field])} (the lock was edited by hand)`, json.locate(["model", field]), hint);
    }
  }
  for (const surface of SURFACES) {
    if (lock.surfaces[surface] !== ids.surfaces[surface]) {
      throw new UserError(`${json.file}: surfaces.${surface} does not match its artifacts (the lock was edited by hand)`, json.locate(["surfaces", surface]), hint);
    }
  }
}
async function readLockOf(side, repoRoot) {
  const file = lockPathFor(side.manifestPath);
  let text;
  if (side.ref === "worktree") {
    try {
      text = await readFile(join(repoRoot, file), "utf8");
    } catch (e) {
      if (e.code !== "ENOENT") throw new UserError(`cannot read ${file} (${e.code ?? String(e)})`, { file });
    }
  } else {
    text = await readAtRef(repoRoot, side.ref, file);
  }
  return text === void 0 ? void 0 : { file, text };
}
async function checkLockOf(side, repoRoot) {
  const found = await readLockOf(side, repoRoot);
  if (!found) return void 0;
  const { lock, json } = await parseLock(found.text, found.file);
  verifyLock(lock, json, side);
  return found.file;
}

// src/versioning/compat.ts
var HANDLED_KEYWORDS = /* @__PURE__ */ new Set(["title", "description", "examples", "default", "$comment", "deprecated", "readOnly", "writeOnly", "$schema", "$id", "$defs", "definitions", "additionalProperties", "properties", "required", "type", "enum", "const", "items", "prefixItems", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minProperties", "maxProperties", "anyOf", "oneOf", "allOf", "$ref", "nullable"]);
var TYPES = ["null", "boolean", "object", "array", "number", "integer", "string"];
function typeOfValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function resolveRef(schema, root, depth = 0) {
  if (typeof schema !== "object" || typeof schema.$ref !== "string" || depth > 32) return schema;
  const ref = schema.$ref;
  if (!ref.startsWith("#")) return true;
  let target = root;
  for (const raw of ref.slice(1).split("/").filter(Boolean)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    target = target !== null && typeof target === "object" ? target[decodeURIComponent(key)] : void 0;
  }
  if (typeof target !== "boolean" && (target === null || typeof target !== "object")) return true;
  const { $ref: _ref, ...rest } = schema;
  const resolved = resolveRef(target, root, depth + 1);
  return Object.keys(rest).length && typeof resolved === "object" ? { ...resolved, ...rest } : resolved;
}
function typesOf(s) {
  let types;
  if (typeof s.type === "string") types = /* @__PURE__ */ new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type);
  if (s.nullable === true && types) types.add("null");
  const values = valuesOf(s);
  if (values) {
    const fromValues = new Set(values.map(typeOfValue));
    types = types ? new Set([...fromValues].filter((t) => types.has(t) || t === "integer" && types.has("number"))) : fromValues;
  }
  return types;
}
function valuesOf(s) {
  if ("const" in s) return [s.const];
  if (Array.isArray(s.enum)) return s.enum;
  return void 0;
}
function admits(types, type) {
  return !types || types.has(type) || type === "integer" && types.has("number");
}
function listTypes(types) {
  return types ? [...types].sort().join(" | ") : "any";
}
function show(path) {
  return path === "" ? "the parameters" : `\`${path}\``;
}
function join2(path, key) {
  return path === "" ? key : `${path}.${key}`;
}
function add(w, rule, path, message) {
  w.problems.push({ rule, path, message });
}
function boundProblem(w, path, keyword, wideValue, narrowValue, lower) {
  const wv = typeof wideValue === "number" ? wideValue : void 0;
  const nv = typeof narrowValue === "number" ? narrowValue : void 0;
  if (wv === void 0) return;
  const tighter = nv === void 0 || (lower ? wv > nv : wv < nv);
  if (tighter) {
    add(w, "bound-tightened", path, `${show(path)}: ${w.wide.name} has ${keyword} ${wv}, which ${w.narrow.name} ${nv === void 0 ? "do not have" : `have as ${nv}`}`);
  }
}
function compare(w, wideIn, narrowIn, path) {
  const wide = resolveRef(wideIn, w.wide.root);
  const narrow = resolveRef(narrowIn, w.narrow.root);
  if (wide === true || narrow === false) return;
  if (wide === false) return add(w, "property-not-allowed", path, `${show(path)}: ${w.wide.name} allows nothing here`);
  const n = narrow === true ? {} : narrow;
  const key = `${canonicalJson(wide)}\0${canonicalJson(n)}`;
  if (w.seen.has(key)) return;
  w.seen.add(key);
  if (canonicalJson(stripAnnotations(wide)) === canonicalJson(stripAnnotations(n)) && !hasRef(wide) && !hasRef(n)) return;
  const narrowAlternatives = n.anyOf ?? n.oneOf;
  if (Array.isArray(narrowAlternatives)) {
    const { anyOf: _a, oneOf: _o, ...base } = n;
    for (const alternative of narrowAlternatives) compare(w, wide, merge(base, alternative, w.narrow.root), path);
    return;
  }
  const wideAlternatives = wide.anyOf ?? wide.oneOf;
  if (Array.isArray(wideAlternatives)) {
    const { anyOf: _a, oneOf: _o, ...base } = wide;
    const attempts = wideAlternatives.map((alternative) => {
      const trial = { ...w, problems: [], seen: new Set(w.seen) };
      compare(trial, merge(base, alternative, w.wide.root), n, path);
      return trial.problems;
    });
    const fitting = attempts.find((p) => p.length === 0);
    if (!fitting) w.problems.push(...attempts.sort((a, b) => a.length - b.length)[0] ?? []);
    return;
  }
  if (Array.isArray(wide.allOf)) {
    const { allOf, ...base } = wide;
    for (const part of [base, ...allOf]) compare(w, part, n, path);
    return;
  }
  if (Array.isArray(n.allOf)) {
    const { allOf, ...base } = n;
    const merged = allOf.reduce((acc, part) => merge(acc, part, w.narrow.root), base);
    return compare(w, wide, merged, path);
  }
  for (const k of /* @__PURE__ */ new Set([...Object.keys(wide), ...Object.keys(n)])) {
    if (HANDLED_KEYWORDS.has(k)) continue;
    if (canonicalJson(wide[k]) !== canonicalJson(n[k])) {
      add(w, "unproven", path, `${show(path)}: \`${k}\` differs between the schemas and is not checked structurally`);
    }
  }
  const wideTypes = typesOf(wide);
  const narrowTypes = typesOf(n);
  const narrowValues = valuesOf(n);
  const wideValues = valuesOf(wide);
  if (wideTypes) {
    const outside = narrowTypes ? [...narrowTypes].filter((t) => !admits(wideTypes, t)) : TYPES.filter((t) => !admits(wideTypes, t));
    if (outside.length > 0) {
      add(w, "type-changed", path, `${show(path)}: ${w.wide.name} takes ${listTypes(wideTypes)}, ${w.narrow.name} may send ${narrowTypes ? listTypes(narrowTypes) : "any type"}`);
      return;
    }
  }
  if (wideValues) {
    if (!narrowValues) {
      add(w, "enum-changed", path, `${show(path)}: ${w.wide.name} takes only ${wideValues.map((v) => JSON.stringify(v)).join(", ")}; ${w.narrow.name} may send any value`);
    } else {
      const keys = new Set(wideValues.map((v) => canonicalJson(v)));
      const missing = narrowValues.filter((v) => !keys.has(canonicalJson(v)));
      if (missing.length > 0) {
        add(w, "enum-changed", path, `${show(path)}: ${w.wide.name} does not take ${missing.map((v) => JSON.stringify(v)).join(", ")}, which ${w.narrow.name} may send`);
      }
    }
    return;
  }
  if (narrowValues) return;
  const may = (type) => admits(narrowTypes, type) && admits(wideTypes, type);
  if (may("object")) compareObjects(w, wide, n, path);
  if (may("array")) compareArrays(w, wide, n, path);
  if (may("string")) {
    boundProblem(w, path, "minLength", wide.minLength, n.minLength, true);
    boundProblem(w, path, "maxLength", wide.maxLength, n.maxLength, false);
    if (wide.pattern !== void 0 && wide.pattern !== n.pattern) {
      add(w, "pattern-changed", path, `${show(path)}: ${w.wide.name} requires the pattern ${JSON.stringify(wide.pattern)}${n.pattern !== void 0 ? ` instead of ${JSON.stringify(n.pattern)}` : ""}`);
    }
    if (wide.format !== void 0 && wide.format !== n.format) {
      add(w, "format-changed", path, `${show(path)}: ${w.wide.name} requires the format ${String(wide.format)}${n.format !== void 0 ? ` instead of ${String(n.format)}` : ""}`);
    }
  }
  if (may("number") || may("integer")) {
    boundProblem(w, path, "minimum", wide.minimum, n.minimum ?? n.exclusiveMinimum, true);
    boundProblem(w, path, "maximum", wide.maximum, n.maximum ?? n.exclusiveMaximum, false);
    boundProblem(w, path, "exclusiveMinimum", wide.exclusiveMinimum, n.exclusiveMinimum ?? (typeof n.minimum === "number" ? n.minimum - Number.EPSILON : void 0), true);
    boundProblem(w, path, "exclusiveMaximum", wide.exclusiveMaximum, n.exclusiveMaximum ?? (typeof n.maximum === "number" ? n.maximum + Number.EPSILON : void 0), false);
    if (wide.multipleOf !== void 0 && !(typeof n.multipleOf === "number" && typeof wide.multipleOf === "number" && Number.isInteger(n.multipleOf / wide.multipleOf))) {
      add(w, "bound-tightened", path, `${show(path)}: ${w.wide.name} requires a multiple of ${String(wide.multipleOf)}`);
    }
  }
}
function hasRef(s) {
  return JSON.stringify(s).includes('"$ref"');
}
function stripAnnotations(s) {
  if (Array.isArray(s)) return s.map((v) => v !== null && typeof v === "object" ? stripAnnotations(v) : v);
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === "title" || k === "description" || k === "examples" || k === "$comment" || k === "default" || k === "deprecated") continue;
    out[k] = v !== null && typeof v === "object" ? stripAnnotations(v) : v;
  }
  return out;
}
function merge(base, alternative, root) {
  const resolved = resolveRef(alternative, root);
  if (typeof resolved === "boolean") return Object.keys(base).length === 0 || resolved === false ? resolved : base;
  const out = { ...base, ...resolved };
  if (base.properties && resolved.properties) out.properties = { ...base.properties, ...resolved.properties };
  if (Array.isArray(base.required) || Array.isArray(resolved.required)) {
    out.required = [.../* @__PURE__ */ new Set([...base.required ?? [], ...resolved.required ?? []])];
  }
  return out;
}
function compareObjects(w, wide, n, path) {
  const wideProps = wide.properties ?? {};
  const narrowProps = n.properties ?? {};
  const narrowRequired = new Set(n.required ?? []);
  for (const name of wide.required ?? []) {
    if (!narrowRequired.has(name)) {
      add(w, "required-added", join2(path, name), `${show(join2(path, name))} is required by ${w.wide.name}, and ${w.narrow.name} may leave it out`);
    }
  }
  for (const [name, schema] of Object.entries(narrowProps)) {
    const here = join2(path, name);
    if (name in wideProps) {
      compare(w, wideProps[name], schema, here);
    } else if (wide.additionalProperties === false) {
      add(w, "property-not-allowed", here, `${show(here)} is not allowed by ${w.wide.name} (additionalProperties: false), and ${w.narrow.name} may send it`);
    } else if (wide.additionalProperties !== void 0 && wide.additionalProperties !== true) {
      compare(w, wide.additionalProperties, schema, here);
    }
  }
  if (n.additionalProperties !== void 0 && n.additionalProperties !== false && typeof n.additionalProperties === "object" && wide.additionalProperties === false) {
    add(w, "property-not-allowed", path, `${show(path)}: ${w.narrow.name} may send extra properties, which ${w.wide.name} does not allow`);
  }
  boundProblem(w, path, "minProperties", wide.minProperties, n.minProperties, true);
  boundProblem(w, path, "maxProperties", wide.maxProperties, n.maxProperties, false);
}
function compareArrays(w, wide, n, path) {
  const here = `${path}[]`;
  const widePrefix = wide.prefixItems ?? [];
  const narrowPrefix = n.prefixItems ?? [];
  const length = Math.max(widePrefix.length, narrowPrefix.length);
  for (let i = 0; i < length; i++) {
    compare(w, widePrefix[i] ?? (wide.items ?? true), narrowPrefix[i] ?? (n.items ?? true), `${path}[${i}]`);
  }
  if (wide.items !== void 0) compare(w, wide.items, n.items ?? true, here);
  boundProblem(w, path, "minItems", wide.minItems, n.minItems, true);
  boundProblem(w, path, "maxItems", wide.maxItems, n.maxItems, false);
  if (wide.uniqueItems === true && n.uniqueItems !== true) {
    add(w, "bound-tightened", path, `${show(path)}: ${w.wide.name} requires unique items, which ${w.narrow.name} may repeat`);
  }
}
function problems(wide, narrow) {
  const w = { wide, narrow, problems: [], seen: /* @__PURE__ */ new Set() };
  compare(w, wide.root, narrow.root, "");
  const unique = new Map(w.problems.map((p) => [`${p.rule} ${p.path} ${p.message}`, p]));
  return [...unique.values()];
}
function classify(backward, forward) {
  if (backward.length === 0 && forward.length === 0) return "FULL";
  if (backward.length === 0) return "BACKWARD";
  if (forward.length === 0) return "FORWARD";
  return "BREAKING";
}
function compareSchemas(base, head) {
  const backward = problems({ root: head, name: "the new schema" }, { root: base, name: "old calls" });
  const forward = problems({ root: base, name: "the old schema" }, { root: head, name: "new calls" });
  const cls = classify(backward, forward);
  const reason = cls === "FULL" ? "old and new calls are accepted by both schemas" : cls === "BACKWARD" ? `the new schema accepts old calls, but the old implementation rejects new ones: ${forward[0].message}` : cls === "FORWARD" ? `the old implementation accepts new calls, but the new schema rejects old ones: ${backward[0].message}` : `neither side accepts the other's calls: ${backward[0].message}; ${forward[0].message}`;
  return { class: cls, backward, forward, reason };
}
function meets(actual, level) {
  if (level === "NONE" || actual === "FULL") return true;
  return actual === level;
}
function compareTools(base, head, files) {
  const baseByName = new Map(base.map((t, i) => [t.name, { tool: t, file: files?.base[i] }]));
  const headByName = new Map(head.map((t, i) => [t.name, { tool: t, file: files?.head[i] }]));
  const out = [];
  const removed = [...baseByName.keys()].filter((n) => !headByName.has(n));
  const added = [...headByName.keys()].filter((n) => !baseByName.has(n));
  const renamedTo = /* @__PURE__ */ new Map();
  for (const old of removed) {
    const b = baseByName.get(old);
    const match = added.find((n) => {
      const h = headByName.get(n);
      return ![...renamedTo.values()].includes(n) && (b.file !== void 0 && b.file === h.file || canonicalJson(h.tool.parameters) === canonicalJson(b.tool.parameters));
    });
    if (match) renamedTo.set(old, match);
  }
  for (const [name, { tool }] of baseByName) {
    const now = headByName.get(name);
    if (now) {
      const c = compareSchemas(tool.parameters, now.tool.parameters);
      const same = canonicalJson(tool) === canonicalJson(now.tool);
      out.push({ tool: name, change: same ? "unchanged" : "changed", class: c.class, reason: same ? "unchanged" : c.reason, backward: c.backward, forward: c.forward });
      continue;
    }
    const to = renamedTo.get(name);
    const problem = (message) => [{ rule: "tool-missing", path: "", message }];
    if (to) {
      out.push({
        tool: to,
        from: name,
        change: "renamed",
        class: "BREAKING",
        reason: `renamed from ${name} to ${to}: calls under one name reach no implementation under the other`,
        backward: problem(`the new tools have no ${name}, which old calls use`),
        forward: problem(`the old tools have no ${to}, which new calls use`)
      });
    } else {
      out.push({
        tool: name,
        change: "removed",
        class: "BREAKING",
        reason: `removed: old prompts still live in a canary call ${name}, which the new implementation no longer has`,
        backward: problem(`the new tools have no ${name}, which old calls use`),
        forward: []
      });
    }
  }
  for (const name of added) {
    if ([...renamedTo.values()].includes(name)) continue;
    out.push({
      tool: name,
      change: "added",
      class: "BACKWARD",
      reason: `added: an old implementation does not know ${name}, which new calls may use`,
      backward: [],
      forward: [{ rule: "tool-missing", path: "", message: `the old tools have no ${name}, which new calls may use` }]
    });
  }
  return out;
}
function migrationPath(change) {
  const first = [...change.backward, ...change.forward][0];
  if (change.change === "removed") {
    return `keep ${change.tool} while any live prompt may call it: 1) stop offering it in the new prompt, 2) finish the rollout so no old prompt is live, 3) remove it in a later change`;
  }
  if (change.change === "renamed") {
    return `offer both ${change.from} and ${change.tool} (same implementation) until the rollout finishes, then remove ${change.from} in a later change`;
  }
  switch (first?.rule) {
    case "required-added":
      return `expand, migrate, contract: 1) add ${show(first.path)} as an optional property (old and new calls both pass), 2) roll out the prompt that sends it until no old prompt is live, 3) make it required in a later change`;
    case "property-not-allowed":
      return `expand, migrate, contract: 1) keep accepting ${show(first.path)} (optional, ignored if unused) while old calls exist, 2) roll out the callers that no longer send it, 3) remove it in a later change`;
    case "type-changed":
    case "enum-changed":
    case "format-changed":
    case "pattern-changed":
    case "bound-tightened":
      return `expand, migrate, contract: 1) accept both the old and the new values of ${show(first.path)} (widen the type or enum, or add a new property beside the old one), 2) roll out the callers, 3) narrow it in a later change`;
    default:
      return "make the change in steps that each keep old and new calls valid under both schemas: first widen what the implementation accepts, then roll out the callers, then narrow it";
  }
}

// src/versioning/review.ts
var DEFAULT_TOOL_COMPATIBILITY = "FULL";
function requiredLevel(side, tool) {
  const v = side.manifest.versioning;
  return v?.tools?.[tool] ?? v?.toolCompatibility ?? DEFAULT_TOOL_COMPATIBILITY;
}
function modelRef2(side) {
  const { id, version } = side.manifest.model;
  return version !== void 0 ? `${id}@${version}` : id;
}
function toolFailure(t) {
  const name = t.from ? `${t.from} \u2192 ${t.tool}` : t.tool;
  return `tool ${name}: ${t.class} change, below the required ${t.required} (${t.reason}); migration: ${t.migration}${evidence(t)}`;
}
function evidence(t) {
  const r = t.replayed;
  if (!r) return "";
  return `; replayed: ${r.oldRejectedByNew} of ${r.oldCalls} old calls rejected by the new schema, ${r.newRejectedByOld} of ${r.newCalls} new calls by the old one`;
}
function reviewVersions(base, head, options = {}) {
  const before = surfaceIds(base);
  const after = surfaceIds(head);
  const surfaces = Object.fromEntries(SURFACES.map((s) => [s, { before: before.surfaces[s], after: after.surfaces[s] }]));
  const artifacts = [];
  const old = new Map(before.artifacts.map((a) => [a.name, a]));
  for (const a of after.artifacts) {
    const b = old.get(a.name);
    if (b?.id !== a.id) artifacts.push({ name: a.name, surface: a.surface, file: a.file, ...b ? { before: b.id } : {}, after: a.id });
    old.delete(a.name);
  }
  for (const b of old.values()) artifacts.push({ name: b.name, surface: b.surface, file: b.file, before: b.id });
  const pinVerdict = checkModelPin(head.manifest.model, head.manifest.versioning?.pins);
  const pin = { ...pinVerdict, ref: modelRef2(head), before: modelRef2(base) };
  const tools = compareTools(base.tools, head.tools, { base: base.manifest.tools?.schemas ?? [], head: head.manifest.tools?.schemas ?? [] }).filter((c) => c.change !== "unchanged").map((c) => {
    const required = requiredLevel(head, c.tool);
    const ok = c.change !== "removed" && c.change !== "renamed" && meets(c.class, required);
    return { ...c, required, ok, ...ok ? {} : { migration: migrationPath(c) } };
  });
  const review = { surfaces, artifacts, pin, tools, ...options.lock ? { lock: options.lock } : {}, failures: [] };
  review.failures = failuresOf(review);
  return review;
}
function failuresOf(review) {
  const out = review.tools.filter((t) => !t.ok).map(toolFailure);
  if (!review.pin.pinned) out.push(`model ${review.pin.ref} is not pinned: ${review.pin.reason}${review.pin.hint ? ` \u2014 ${review.pin.hint}` : ""}`);
  return out;
}
function addReplayEvidence(review, calls) {
  const byTool = new Map(calls.map((c) => [c.tool, c]));
  for (const t of review.tools) {
    const seen = byTool.get(t.tool) ?? (t.from ? byTool.get(t.from) : void 0);
    if (seen) t.replayed = seen;
  }
  review.failures = failuresOf(review);
  return review;
}
function applyReview(judgement, review) {
  if (review.failures.length === 0) return judgement;
  return { ...judgement, verdict: "fail", exitCode: EXIT_CODES.fail, reasons: [...review.failures.map((f) => `FAIL (versioning) ${f}`), ...judgement.reasons] };
}
function hostOf(side) {
  try {
    return new URL(side.manifestEndpoint ?? side.manifest.model.endpoint).host;
  } catch {
    return side.manifestEndpoint ?? side.manifest.model.endpoint;
  }
}
function withIds(changes, review, sides) {
  return changes.map((c) => {
    const ids = review.surfaces[c.surface];
    const changed = ids.before !== ids.after;
    const files = changed ? [.../* @__PURE__ */ new Set([...c.files, ...review.artifacts.filter((a) => a.surface === c.surface).map((a) => a.file)])] : [];
    const row = { ...c, changed, files, ids };
    if (c.surface === "model" && changed && c.before === c.after && sides && hostOf(sides.base) !== hostOf(sides.head)) {
      row.before = `${c.before} at ${hostOf(sides.base)}`;
      row.after = `${c.after} at ${hostOf(sides.head)}`;
    }
    return row;
  });
}

export {
  posix,
  lockPathFor,
  judge,
  checkModelPin,
  buildLock,
  serializeLock,
  parseLock,
  verifyLock,
  readLockOf,
  checkLockOf,
  reviewVersions,
  addReplayEvidence,
  applyReview,
  withIds
};
