import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  selectInPlace,
  selectable
} from "./chunk-Z6WQK6RA.js";

// src/metrics/column.ts
function isKeyedJson(input) {
  return !(input instanceof NumberColumn) && !ArrayBuffer.isView(input) && !Array.isArray(input) && "keys" in input && "values" in input;
}
var NumberColumn = class _NumberColumn {
  #values;
  /** The key of each value (a dataset line), when the values were pushed with keys. */
  #keys;
  #length = 0;
  /** Keys were pushed in non-decreasing order so far: values() need not reorder. */
  #inKeyOrder = true;
  /** A merge's running total (see reserve): concatenating onto it appends in place. */
  #accumulator = false;
  /** `capacity`: how many values to expect; more still fit (the column grows by half). */
  constructor(capacity = 0) {
    this.#values = new Float64Array(Math.max(0, Math.floor(capacity)));
  }
  static from(input, capacity = 0) {
    if (input instanceof _NumberColumn) return _NumberColumn.concat(input, new _NumberColumn(), capacity);
    if (isKeyedJson(input)) return _NumberColumn.withKeys(Float64Array.from(input.values), Uint32Array.from(input.keys));
    const column = new _NumberColumn(Math.max(capacity, input.length));
    column.#values.set(input);
    column.#length = input.length;
    return column;
  }
  /** Values with their keys (as a partial result stores them); keys must be integers in [0, 2³²). */
  static withKeys(values, keys) {
    if (values.length !== keys.length) throw new Error(`column has ${values.length} values but ${keys.length} keys`);
    const column = new _NumberColumn();
    column.#values = values;
    column.#keys = keys;
    column.#length = values.length;
    column.#inKeyOrder = isNonDecreasing(keys, 0, keys.length);
    return column;
  }
  /**
   * A copy of `column` with room for `capacity` values that merges append to in place: a merge of N shards
   * then holds the merged values once, not the previous total beside the next one at every step.
   */
  static reserve(column, capacity) {
    const accumulator = _NumberColumn.concat(column, new _NumberColumn(), Math.max(capacity, column.#length));
    accumulator.#accumulator = true;
    return accumulator;
  }
  /**
   * a's values, then b's: how shards' states merge (keyed columns are read back in key order). Accepts the
   * JSON form of either. Inputs are left as they were, except a column from reserve(), which b is appended to.
   */
  static concat(a, b, capacity = 0) {
    const left = a instanceof _NumberColumn ? a : _NumberColumn.from(a);
    const right = b instanceof _NumberColumn ? b : _NumberColumn.from(b);
    const length = left.#length + right.#length;
    const keyed = left.#keys !== void 0 || right.#keys !== void 0;
    if (keyed && (left.#keys === void 0 && left.#length > 0 || right.#keys === void 0 && right.#length > 0)) {
      throw new Error("cannot concatenate a keyed column with one without keys");
    }
    if (left.#accumulator && left.#values.length >= length && (!keyed || left.#keys !== void 0 || left.#length === 0)) {
      if (keyed && !left.#keys) left.#keys = new Uint32Array(left.#values.length);
      left.#values.set(right.#values.subarray(0, right.#length), left.#length);
      if (left.#keys && right.#keys) left.#keys.set(right.#keys.subarray(0, right.#length), left.#length);
      if (keyed && right.#length > 0) {
        const joinsInOrder = left.#length === 0 || right.#keys[0] >= left.#keys[left.#length - 1];
        left.#inKeyOrder = (left.#length === 0 || left.#inKeyOrder) && right.#inKeyOrder && joinsInOrder;
      }
      left.#length = length;
      return left;
    }
    const column = new _NumberColumn(Math.max(capacity, left.#accumulator ? Math.ceil(length * 1.25) : length));
    column.#accumulator = left.#accumulator;
    column.#values.set(left.#values.subarray(0, left.#length));
    column.#values.set(right.#values.subarray(0, right.#length), left.#length);
    column.#length = length;
    if (keyed) {
      column.#keys = new Uint32Array(column.#values.length);
      if (left.#keys) column.#keys.set(left.#keys.subarray(0, left.#length));
      if (right.#keys) column.#keys.set(right.#keys.subarray(0, right.#length), left.#length);
      column.#inKeyOrder = isNonDecreasing(column.#keys, 0, length);
    }
    return column;
  }
  get length() {
    return this.#length;
  }
  /** Whether values carry keys (see keys()). */
  get keyed() {
    return this.#keys !== void 0;
  }
  /**
   * Appends a value; `key` (the pair's dataset line) fixes where it is read back. A column takes keys for
   * all of its values or for none.
   */
  push(value, key) {
    if (key !== void 0 !== (this.#keys !== void 0) && this.#length > 0) {
      throw new Error(key === void 0 ? "this column needs a key with every value" : "this column was filled without keys");
    }
    if (this.#length === this.#values.length) {
      const grown = new Float64Array(Math.ceil(this.#values.length * 1.5) + 16);
      grown.set(this.#values);
      this.#values = grown;
    }
    if (key !== void 0) {
      if (!this.#keys || this.#keys.length < this.#values.length) {
        const keys = new Uint32Array(this.#values.length);
        if (this.#keys) keys.set(this.#keys.subarray(0, this.#length));
        this.#keys = keys;
      }
      if (this.#length > 0 && key < this.#keys[this.#length - 1]) this.#inKeyOrder = false;
      this.#keys[this.#length] = key;
    }
    this.#values[this.#length++] = value;
  }
  /** The values so far, in key order when keyed, without copying: a view that later pushes may leave behind. */
  values() {
    this.#sortByKey();
    return this.#values.subarray(0, this.#length);
  }
  /** The keys of values(), in the same order (undefined for a column without keys). */
  keys() {
    this.#sortByKey();
    return this.#keys?.subarray(0, this.#length);
  }
  toJSON() {
    const values = Array.from(this.values());
    const keys = this.keys();
    return keys ? { values, keys: Array.from(keys) } : values;
  }
  /** Reorders values and keys by key (stable: equal keys keep their order). */
  #sortByKey() {
    if (this.#inKeyOrder || !this.#keys) return;
    const n = this.#length;
    const keys = this.#keys.subarray(0, n);
    const order = keyOrder(keys);
    const values = new Float64Array(this.#values.length);
    const sortedKeys = new Uint32Array(this.#values.length);
    for (let i = 0; i < n; i++) {
      const from = order[i];
      values[i] = this.#values[from];
      sortedKeys[i] = keys[from];
    }
    this.#values = values;
    this.#keys = sortedKeys;
    this.#inKeyOrder = true;
  }
};
function isNonDecreasing(keys, from, to) {
  for (let i = from + 1; i < to; i++) if (keys[i] < keys[i - 1]) return false;
  return true;
}
function keyOrder(keys) {
  const n = keys.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const order = new Uint32Array(n);
  if (n === 0) return order;
  const range = max - min + 1;
  if (range <= 4 * n + 1024) {
    const starts = new Uint32Array(range + 1);
    for (let i = 0; i < n; i++) starts[keys[i] - min + 1] = starts[keys[i] - min + 1] + 1;
    for (let r = 1; r <= range; r++) starts[r] = starts[r] + starts[r - 1];
    for (let i = 0; i < n; i++) {
      const slot = keys[i] - min;
      order[starts[slot]] = i;
      starts[slot] = starts[slot] + 1;
    }
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => keys[a] - keys[b] || a - b);
}

// src/metrics/stats.ts
function sortedCopy(values) {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}
function percentileOfSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = p / 100 * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, n - 1);
  const low = sorted[lo];
  const high = sorted[hi];
  return low + (high - low) * (rank - lo);
}
var scratch = new Float64Array(0);
function percentilesOf(values, ps) {
  const n = values.length;
  if (n === 0) return ps.map(() => null);
  if (scratch.length < n) scratch = new Float64Array(n);
  const view = scratch.subarray(0, n);
  view.set(values);
  if (!selectable(view) || n < 64) {
    view.sort();
    return ps.map((p) => percentileOfSorted(view, p));
  }
  const ranks = [
    ...new Set(
      ps.flatMap((p) => {
        const rank = p / 100 * (n - 1);
        const lo = Math.floor(rank);
        return [lo, Math.min(lo + 1, n - 1)];
      })
    )
  ].sort((a, b) => a - b);
  let from = 0;
  for (const k of ranks) {
    if (k >= from) selectInPlace(view, k, from, n);
    from = k + 1;
  }
  return ps.map((p) => {
    const rank = p / 100 * (n - 1);
    const lo = Math.floor(rank);
    const hi = Math.min(lo + 1, n - 1);
    const low = view[lo];
    const high = view[hi];
    return low + (high - low) * (rank - lo);
  });
}
function mean(values) {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
function stdPopulation(values) {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}
function tailPercentiles(values) {
  const [p50 = null, p95 = null, p99 = null] = percentilesOf(values, [50, 95, 99]);
  return { p50, p95, p99 };
}
function finiteOrNull(x) {
  return Number.isFinite(x) ? x : null;
}
function addCounts(into, from) {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
  return into;
}
function topCounts(counts, limit) {
  return Object.entries(counts).map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, limit);
}

// src/metrics/metric.ts
function bothOk(pair) {
  return pair.baseline.ok && pair.candidate.ok;
}
function pairedMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    omitWhenEmpty: spec.omitWhenEmpty,
    applies: spec.applies ?? (() => true),
    init: (ctx) => ({ baseline: new NumberColumn(ctx.expectedPairs), candidate: new NumberColumn(ctx.expectedPairs), excludedFailedPairs: 0, missing: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = spec.value(pair.baseline, ctx);
      const c = spec.value(pair.candidate, ctx);
      if (b === void 0 || c === void 0 || !Number.isFinite(b) || !Number.isFinite(c)) {
        state.missing++;
        return;
      }
      state.baseline.push(b, pair.record.line);
      state.candidate.push(c, pair.record.line);
    },
    merge: (a, b) => ({
      baseline: NumberColumn.concat(a.baseline, b.baseline),
      candidate: NumberColumn.concat(a.candidate, b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
      missing: a.missing + b.missing
    }),
    finish(state) {
      const baseline = state.baseline.values();
      const candidate = state.candidate.values();
      const b = tailPercentiles(baseline);
      const c = tailPercentiles(candidate);
      return {
        ...meta(spec),
        test: "paired-continuous",
        n: baseline.length,
        baseline: b.p50 ?? void 0,
        candidate: c.p50 ?? void 0,
        paired: { baseline, candidate },
        details: {
          baseline: { ...b, mean: finiteOrNull(mean(baseline)) },
          candidate: { ...c, mean: finiteOrNull(mean(candidate)) },
          excludedFailedPairs: state.excludedFailedPairs,
          missingValuePairs: state.missing,
          ...spec.details?.(state)
        }
      };
    }
  };
}
function initBinary() {
  return { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neither: 0, reasons: { baseline: {}, candidate: {} }, excludedFailedPairs: 0 };
}
function countBinary(state, baseline, candidate) {
  if (baseline.pass && candidate.pass) state.bothPass++;
  else if (baseline.pass) state.baselineOnly++;
  else if (candidate.pass) state.candidateOnly++;
  else state.neither++;
  for (const reason of baseline.reasons ?? []) state.reasons.baseline[reason] = (state.reasons.baseline[reason] ?? 0) + 1;
  for (const reason of candidate.reasons ?? []) state.reasons.candidate[reason] = (state.reasons.candidate[reason] ?? 0) + 1;
}
function mergeBinary(a, b) {
  return {
    bothPass: a.bothPass + b.bothPass,
    baselineOnly: a.baselineOnly + b.baselineOnly,
    candidateOnly: a.candidateOnly + b.candidateOnly,
    neither: a.neither + b.neither,
    reasons: {
      baseline: addCounts(addCounts({}, a.reasons.baseline), b.reasons.baseline),
      candidate: addCounts(addCounts({}, a.reasons.candidate), b.reasons.candidate)
    },
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs
  };
}
function finishBinary(spec, state, reasonsTitle = "reasons") {
  const n = state.bothPass + state.baselineOnly + state.candidateOnly + state.neither;
  return {
    ...meta(spec),
    test: "paired-binary",
    n,
    baseline: n ? (state.bothPass + state.baselineOnly) / n : void 0,
    candidate: n ? (state.bothPass + state.candidateOnly) / n : void 0,
    binary: { bothPass: state.bothPass, baselineOnly: state.baselineOnly, candidateOnly: state.candidateOnly, neither: state.neither },
    details: { [reasonsTitle]: state.reasons, excludedFailedPairs: state.excludedFailedPairs }
  };
}
function binaryMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    applies: spec.applies ?? (() => true),
    init: initBinary,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      countBinary(state, spec.check(pair.baseline.output, "baseline", ctx), spec.check(pair.candidate.output, "candidate", ctx));
    },
    merge: mergeBinary,
    finish: (state) => finishBinary(spec, state, spec.detailsTitle)
  };
}
function initAgreement(ctx) {
  return { values: new NumberColumn(ctx.expectedPairs), noise: new NumberColumn(), excludedFailedPairs: 0, notComparable: 0 };
}
function mergeAgreement(a, b) {
  return {
    values: NumberColumn.concat(a.values, b.values),
    noise: NumberColumn.concat(a.noise, b.noise),
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
    notComparable: a.notComparable + b.notComparable
  };
}
function scoreSummary(values, threshold) {
  const [p5 = null, p50 = null] = percentilesOf(values, [5, 50]);
  let below = 0;
  if (threshold !== void 0) {
    for (let i = 0; i < values.length; i++) if (values[i] < threshold) below++;
  }
  return {
    p5,
    p50,
    mean: finiteOrNull(mean(values)),
    ...threshold !== void 0 ? { shareBelowThreshold: values.length ? below / values.length : null } : {}
  };
}
function pairedWithNoise(values, noise) {
  const v = values.values();
  const n = noise.values();
  const vKeys = values.keys();
  const nKeys = noise.keys();
  if (!vKeys || !nKeys) return { values: v, noise: n };
  if (vKeys.length === nKeys.length && vKeys.every((key, i) => key === nKeys[i])) return { values: v, noise: n };
  const outValues = [];
  const outNoise = [];
  for (let i = 0, j = 0; i < vKeys.length && j < nKeys.length; ) {
    if (vKeys[i] < nKeys[j]) i++;
    else if (vKeys[i] > nKeys[j]) j++;
    else {
      outValues.push(v[i++]);
      outNoise.push(n[j++]);
    }
  }
  return { values: Float64Array.from(outValues), noise: Float64Array.from(outNoise) };
}
function finishAgreement(spec, state, threshold, extra) {
  const values = state.values.values();
  const noise = state.noise.values();
  const paired = noise.length ? pairedWithNoise(state.values, state.noise) : void 0;
  return {
    ...meta(spec),
    test: "agreement",
    n: values.length,
    baseline: noise.length ? mean(noise) : void 0,
    candidate: values.length ? mean(values) : void 0,
    agreement: { ...paired ?? { values }, ...threshold !== void 0 ? { threshold } : {} },
    details: {
      ...scoreSummary(values, threshold),
      ...noise.length ? { noise: scoreSummary(noise, threshold) } : {},
      excludedFailedPairs: state.excludedFailedPairs,
      notComparablePairs: state.notComparable,
      ...extra
    }
  };
}
function agreementMetric(spec) {
  const full = { id: spec.id, title: spec.title, unit: spec.unit ?? "score", badDirection: "decrease" };
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind, ctx) => spec.kinds.includes(kind) && (spec.applies?.(ctx) ?? true),
    init: initAgreement,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const score = spec.score(pair.baseline.output, pair.candidate.output, ctx);
      if (score === void 0) state.notComparable++;
      else state.values.push(score, pair.record.line);
      if (pair.baselineRepeat?.ok) {
        const noise = spec.score(pair.baseline.output, pair.baselineRepeat.output, ctx);
        if (noise !== void 0) state.noise.push(noise, pair.record.line);
      }
    },
    merge: mergeAgreement,
    finish: (state) => finishAgreement(full, state, spec.threshold)
  };
}
function meta(spec) {
  return { id: spec.id, title: spec.title, unit: spec.unit, badDirection: spec.badDirection };
}

export {
  sortedCopy,
  mean,
  stdPopulation,
  finiteOrNull,
  addCounts,
  topCounts,
  NumberColumn,
  bothOk,
  pairedMetric,
  initBinary,
  countBinary,
  mergeBinary,
  finishBinary,
  binaryMetric,
  initAgreement,
  mergeAgreement,
  finishAgreement,
  agreementMetric,
  meta
};
