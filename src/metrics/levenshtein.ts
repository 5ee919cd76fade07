// Levenshtein distance over Unicode code points, with bounded work per pair.
//
// After the common prefix and suffix are stripped (shadow answers are often nearly identical):
//  1. Myers' bit-parallel algorithm in Hyyrö's multi-word form when its cost — 32-row blocks of the
//     shorter text × length of the longer — fits the budget (two 8,000-character answers);
//  2. else Ukkonen's diagonal algorithm, whose cost grows with the distance rather than the lengths:
//     exact for long answers that differ in few places (a model repeating itself on both sides);
//  3. else, when both are long and differ throughout, the differing parts are cut to a window that
//     fits the budget and whatever lies beyond it counts as edited: the distance returned is then an
//     upper bound (the similarity a lower bound), and `capped` says so.
// Each step is exact where it runs, so scores below the budget are unchanged.

/** Work allowed per pair and metric, in bit-parallel block steps or diagonal steps (~10 ms each). */
export const EDIT_WORK_BUDGET = 1 << 20;
/** Elements of each differing part compared when a pair exceeds the budget: ⌈W/32⌉·W ≤ budget. */
export const capWindow = (budget: number): number => Math.max(32, Math.floor(Math.sqrt(budget * 32)));

/** Code points as `for…of` sees them (a lone surrogate is its own), without a string per character. */
function codePoints(text: string): Uint32Array {
  const out = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const high = text.charCodeAt(i);
    if (high >= 0xd800 && high <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out[n++] = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = high;
  }
  return out.subarray(0, n);
}

type Sequence = Uint32Array | Int32Array;

/** The two sequences without their common prefix and suffix, and how many elements that removed. */
export function stripCommon<T extends Sequence>(a: T, b: T): { a: T; b: T; common: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { a: a.subarray(start, endA) as T, b: b.subarray(start, endB) as T, common: start + (a.length - endA) };
}

export interface EditDistance {
  distance: number;
  /** True when the pair exceeded the work budget and `distance` is an upper bound (see the module comment). */
  capped: boolean;
}

export function levenshteinBounded(a: string, b: string, budget = EDIT_WORK_BUDGET): EditDistance {
  if (a === b) return { distance: 0, capped: false };
  let { a: s, b: t } = stripCommon(codePoints(a), codePoints(b));
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return { distance: t.length, capped: false };
  if (Math.ceil(s.length / 32) * t.length <= budget) return { distance: bitParallel(s, t), capped: false };
  const exact = diagonalDistance(s, t, budget);
  if (exact !== undefined) return { distance: exact, capped: false };
  const window = capWindow(budget);
  const ws = Math.min(s.length, window);
  const wt = Math.min(t.length, window);
  // Splitting both texts after their windows: lev(s, t) ≤ lev(windows) + lev(rests) ≤ lev(windows) + max(rest lengths).
  const head = bitParallel(s.subarray(0, ws), t.subarray(0, wt));
  return { distance: head + Math.max(s.length - ws, t.length - wt), capped: true };
}

export function levenshtein(a: string, b: string): number {
  return levenshteinBounded(a, b).distance;
}

/** Edit distance of `pattern` (the shorter, non-empty) and `text`. */
function bitParallel(pattern: Uint32Array, text: Uint32Array): number {
  const m = pattern.length;
  if (text.length === 0) return m;
  const blocks = Math.ceil(m / 32);
  // Dense ids for the pattern's alphabet; a text character outside it matches nowhere (Eq = 0).
  const symbol = new Map<number, number>();
  for (const cp of pattern) if (!symbol.has(cp)) symbol.set(cp, symbol.size);
  // peq[id * blocks + block]: bit i set where pattern row (block·32 + i) holds that character.
  const peq = new Int32Array(symbol.size * blocks);
  for (let i = 0; i < m; i++) {
    const at = (symbol.get(pattern[i] as number) as number) * blocks + (i >>> 5);
    peq[at] = (peq[at] as number) | (1 << (i & 31));
  }
  const plus = new Int32Array(blocks).fill(-1); // vertical +1 deltas: column 0 is 0, 1, 2, …
  const minus = new Int32Array(blocks);
  const lastBit = 1 << ((m - 1) & 31);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const id = symbol.get(text[j] as number);
    const row = id === undefined ? -1 : id * blocks;
    let carry = 1; // horizontal delta entering the top block: row 0 grows by 1 per column
    for (let k = 0; k < blocks; k++) {
      const pv = plus[k] as number;
      const mv = minus[k] as number;
      let eq = row < 0 ? 0 : (peq[row + k] as number);
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = k === blocks - 1 ? lastBit : 0x80000000 | 0;
      const out = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      plus[k] = mh | ~(xv | ph);
      minus[k] = ph & xv;
      carry = out;
    }
    score += carry;
  }
  return score;
}

/**
 * Ukkonen's furthest-reaching diagonals: for d = 0, 1, … the furthest row each diagonal reaches with
 * d edits, extended along matches. Costs O((d + 1)² + slides); undefined once `budget` steps are spent.
 */
function diagonalDistance(s: Uint32Array, t: Uint32Array, budget: number): number | undefined {
  const n = s.length;
  const m = t.length;
  const target = m - n; // diagonal k = j - i of the bottom-right cell (i in s, j in t)
  const maxD = Math.min(m, Math.floor(Math.sqrt(budget)));
  const width = 2 * maxD + 3;
  const offset = maxD + 1;
  let previous = new Int32Array(width).fill(-1);
  let current = new Int32Array(width).fill(-1);
  let work = 0;
  for (let d = 0; d <= maxD; d++) {
    const low = Math.max(-d, -n);
    const high = Math.min(d, m);
    for (let k = low; k <= high; k++) {
      // Furthest i on diagonal k after d edits: substitution (same diagonal), deletion of s[i]
      // (from diagonal k + 1) or insertion of t[j] (from diagonal k − 1).
      let i: number;
      if (d === 0) i = 0;
      else {
        // -1 marks a diagonal the previous round did not reach (or that lies outside the table).
        const same = Math.abs(k) <= d - 1 ? (previous[k + offset] as number) : -1;
        const above = k + 1 <= d - 1 ? (previous[k + 1 + offset] as number) : -1;
        const left = k - 1 >= -(d - 1) ? (previous[k - 1 + offset] as number) : -1;
        i = Math.max(same < 0 ? -1 : same + 1, above < 0 ? -1 : above + 1, left);
      }
      if (i < 0) i = k < 0 ? -k : 0; // first reach of this diagonal: its start cell
      if (i > n) i = n;
      if (i + k > m) i = m - k;
      while (i < n && i + k < m && s[i] === t[i + k]) {
        i++;
        work++;
      }
      current[k + offset] = i;
      work++;
      if (k === target && i === n) return d;
    }
    if (work > budget) return undefined;
    [previous, current] = [current, previous];
  }
  return undefined;
}

/** Length in code points, the unit `levenshtein` counts in. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export interface Similarity {
  score: number;
  capped: boolean;
}

// The metric and the worst-examples ranking score the same pair one after the other: the last result is kept.
let last: { a: string; b: string; similarity: Similarity } | undefined;

/** 1 − distance / max(length), and whether the pair exceeded the work budget (the score is then a lower bound). */
export function editSimilarityBounded(a: string, b: string): Similarity {
  if (a === b) return { score: 1, capped: false };
  if (last && last.a === a && last.b === b) return last.similarity;
  const { distance, capped } = levenshteinBounded(a, b);
  const similarity = { score: 1 - distance / Math.max(codePointLength(a), codePointLength(b)), capped };
  last = { a, b, similarity };
  return similarity;
}

/** 1 − distance / max(length): 1 for identical texts (including two empty ones), 0 for nothing in common. */
export function editSimilarity(a: string, b: string): number {
  return editSimilarityBounded(a, b).score;
}
