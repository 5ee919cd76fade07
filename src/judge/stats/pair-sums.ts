// Order statistics of the implicit n² "pair" values without materialising them:
//   Walsh averages (xᵢ + xⱼ)/2, i ≤ j, of one sample (one-sample Hodges–Lehmann), and
//   differences xᵢ − yⱼ of two samples (two-sample Hodges–Lehmann shift).
// Both are a sorted matrix: rows aᵢ and columns bⱼ ascending, entry (aᵢ + bⱼ)·scale, ascending along each
// row and each column (a difference is xᵢ + (−y) with −y reversed, the same IEEE value as xᵢ − yⱼ; the
// Walsh matrix keeps its upper triangle j ≥ i). Floating-point addition and halving are monotone, so the
// computed entries are sorted too, and selection returns exactly the value a full sort would.
//
// The k-th smallest is found by Floyd–Rivest selection over the matrix (after Monahan's algorithm for the
// Hodges–Lehmann estimator): each row keeps a window of candidate columns; a uniform sample of the
// candidates gives two pivots bracketing the k-th value, and one O(rows + columns) staircase sweep counts
// the entries below each pivot and narrows every window. Each round keeps about 1/32 of the candidates,
// so 10⁶ pairs (5·10¹¹ Walsh averages) take about five rounds; the last ≤ 16,384 are sorted.

export interface PairValues {
  /** How many pair values there are. */
  readonly size: number;
  readonly min: number;
  readonly max: number;
  /** Number of pair values ≤ t (a staircase sweep, O(rows + columns)). */
  countAtMost(t: number): number;
  /** The matrix the values form (see above). */
  readonly rows: Float64Array;
  readonly columns: Float64Array;
  /** Walsh averages keep j ≥ i only. */
  readonly triangular: boolean;
  /** 0.5 for Walsh averages, 1 for differences. */
  readonly scale: number;
}

function matrix(rows: Float64Array, columns: Float64Array, triangular: boolean, scale: number, size: number, min: number, max: number): PairValues {
  const values: PairValues = {
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
      let j = n; // first column whose entry exceeds t, non-increasing as the row grows
      for (let i = 0; i < m; i++) {
        while (j > 0 && (rows[i]! + columns[j - 1]!) * scale > t) j--;
        const start = triangular ? i : 0;
        if (j <= start) break;
        count += j - start;
      }
      return count;
    },
  };
  return values;
}

/** Walsh averages of an ascending sample. */
export function walshAverages(sorted: Float64Array): PairValues {
  const n = sorted.length;
  return matrix(sorted, sorted, true, 0.5, (n * (n + 1)) / 2, n ? sorted[0]! : NaN, n ? sorted[n - 1]! : NaN);
}

/** Walsh sums xᵢ + xⱼ, i ≤ j, of an ascending sample (the averages before halving). */
export function walshSums(sorted: Float64Array): PairValues {
  const n = sorted.length;
  return matrix(sorted, sorted, true, 1, (n * (n + 1)) / 2, n ? 2 * sorted[0]! : NaN, n ? 2 * sorted[n - 1]! : NaN);
}

/** Differences xᵢ − yⱼ of two ascending samples. */
export function pairwiseDifferences(x: Float64Array, y: Float64Array): PairValues {
  const m = x.length;
  const n = y.length;
  const negated = new Float64Array(n);
  for (let j = 0; j < n; j++) negated[j] = -y[n - 1 - j]!;
  return matrix(x, negated, false, 1, m * n, m && n ? x[0]! - y[n - 1]! : NaN, m && n ? x[m - 1]! - y[0]! : NaN);
}

/** Candidates left when they are simply sorted (128 KiB). */
const SORT_AT_MOST = 16_384;
/**
 * Candidates sampled per round, and the half-width (in sample ranks) of the bracket around the k-th:
 * 4 standard deviations of its rank, so a round keeps 1/32 of the candidates and a miss (another round) is rare.
 */
const SAMPLE = 16_384;
const BRACKET = 2 * Math.sqrt(SAMPLE);

/** Where the pivots fall in each row's window, and how many window entries lie before each boundary. */
interface Sweep {
  ltLeft: Int32Array;
  leLeft: Int32Array;
  ltRight: Int32Array;
  leRight: Int32Array;
  counts: [number, number, number, number];
}

/**
 * For each row with candidates, the first column (absolute) whose entry is ≥ left, > left, ≥ right and > right,
 * clamped into the row's window [lo, hi). One staircase sweep: the unclamped boundaries only move left as
 * the row grows, so each pointer keeps an upper bound of its boundary and a row's walk starts at the lower
 * of that bound and the window's end: the walk is bounded by both the columns and the window.
 */
function sweep(values: PairValues, left: number, right: number, live: Int32Array, liveRows: number, lo: Int32Array, hi: Int32Array, out: Sweep): void {
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
    const i = live[r]!;
    const a = rows[i]!;
    const l = lo[i]!;
    const h = hi[i]!;
    let j = Math.min(a1, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]!) * scale >= left) j--;
    if (j < h && j < a1) a1 = j;
    ltLeft[i] = j;
    c1 += j - l;
    j = Math.min(a2, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]!) * scale > left) j--;
    if (j < h && j < a2) a2 = j;
    leLeft[i] = j;
    c2 += j - l;
    j = Math.min(a3, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]!) * scale >= right) j--;
    if (j < h && j < a3) a3 = j;
    ltRight[i] = j;
    c3 += j - l;
    j = Math.min(a4, h);
    if (j < l) j = l;
    while (j > l && (a + columns[j - 1]!) * scale > right) j--;
    if (j < h && j < a4) a4 = j;
    leRight[i] = j;
    c4 += j - l;
  }
  out.counts = [c1, c2, c3, c4];
}

/** A small deterministic generator: the pivots only affect speed, never the value returned. */
function xorshift(seed: number): () => number {
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

// Seven per-row arrays, reused across calls: a judge selects a few times per metric, and fresh 4 MB
// arrays at 10⁶ rows were garbage for the collector each time.
let rowPool: Int32Array[] = [];

type Seven = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];

function rowBuffers(m: number): Seven {
  if (rowPool.length === 0 || rowPool[0]!.length < m) rowPool = Array.from({ length: 7 }, () => new Int32Array(m));
  return rowPool.map((buffer) => buffer.subarray(0, m)) as Seven;
}

/** The k-th smallest (1-based) pair value. */
export function kthPairValue(values: PairValues, k: number): number {
  if (!(k >= 1 && k <= values.size) || !Number.isInteger(k)) throw new RangeError(`kthPairValue: k=${k} outside 1..${values.size}`);
  const { rows, columns, triangular, scale } = values;
  const m = rows.length;
  const n = columns.length;
  // Window of candidate columns per row: [lo, hi); `live` lists the rows whose window is not empty, ascending.
  const [lo, hi, live, ltLeft, leLeft, ltRight, leRight] = rowBuffers(m);
  for (let i = 0; i < m; i++) {
    lo[i] = triangular ? i : 0;
    hi[i] = n;
    live[i] = i;
  }
  let liveRows = m;
  let below = 0; // entries known to be smaller than the k-th, outside the windows
  let active = values.size;
  const random = xorshift(0x9e3779b9 ^ k);
  const picks = new Float64Array(SAMPLE);
  const sample = new Float64Array(SAMPLE);
  const out: Sweep = { ltLeft, leLeft, ltRight, leRight, counts: [0, 0, 0, 0] };
  while (active > SORT_AT_MOST) {
    // A uniform sample of the candidates: sorted positions in the concatenated windows, read in one pass
    // over the rows (a binary search per draw missed the cache at every step).
    for (let s = 0; s < SAMPLE; s++) picks[s] = Math.floor(random() * active);
    picks.sort();
    let start = 0;
    let s = 0;
    for (let r = 0; r < liveRows && s < SAMPLE; r++) {
      const i = live[r]!;
      const end = start + (hi[i]! - lo[i]!);
      while (s < SAMPLE && picks[s]! < end) {
        sample[s] = (rows[i]! + columns[lo[i]! + (picks[s]! - start)]!) * scale;
        s++;
      }
      start = end;
    }
    sample.sort();
    const at = ((k - below) / active) * SAMPLE;
    const left = sample[Math.max(0, Math.floor(at - BRACKET))]!;
    const right = sample[Math.min(SAMPLE - 1, Math.ceil(at + BRACKET))]!;
    sweep(values, left, right, live, liveRows, lo, hi, out);
    const [ltL, leL, ltR, leR] = out.counts.map((c) => below + c) as [number, number, number, number];
    let newLo: Int32Array | undefined;
    let newHi: Int32Array | undefined;
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
      // left < k-th < right: the windows shrink to the entries strictly between the pivots.
      newLo = out.leLeft;
      newHi = out.ltRight;
      active = ltR - leL;
      below = leL;
    }
    let kept = 0;
    for (let r = 0; r < liveRows; r++) {
      const i = live[r]!;
      if (newLo) lo[i] = newLo[i]!;
      if (newHi) hi[i] = newHi[i]!;
      if (lo[i]! < hi[i]!) live[kept++] = i;
    }
    liveRows = kept;
  }
  const candidates = new Float64Array(active);
  let written = 0;
  for (let r = 0; r < liveRows; r++) {
    const i = live[r]!;
    const a = rows[i]!;
    for (let j = lo[i]!; j < hi[i]!; j++) candidates[written++] = (a + columns[j]!) * scale;
  }
  return candidates.sort()[k - below - 1]!;
}

/** The smallest pair value above t (+Infinity when none is): one staircase sweep. */
function smallestAbove(values: PairValues, t: number): number {
  const { rows, columns, triangular, scale } = values;
  const n = columns.length;
  let smallest = Infinity;
  let j = n; // first column whose entry exceeds t, non-increasing as the row grows
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    while (j > 0 && (a + columns[j - 1]!) * scale > t) j--;
    const first = triangular && j < i ? i : j;
    if (first < n) {
      const v = (a + columns[first]!) * scale;
      if (v < smallest) smallest = v;
    }
  }
  return smallest;
}

/** Median of all pair values. */
export function medianPairValue(values: PairValues): number {
  const size = values.size;
  if (size === 0) return NaN;
  if (size % 2 === 1) return kthPairValue(values, (size + 1) / 2);
  // The upper middle value is the lower one again (a tie) or the next value above it: no second selection.
  const lower = kthPairValue(values, size / 2);
  const upper = values.countAtMost(lower) > size / 2 ? lower : smallestAbove(values, lower);
  return (lower + upper) / 2;
}
