// Text comparisons used by the text metrics: normalisation and ROUGE-L.

import { capWindow, EDIT_WORK_BUDGET, stripCommon } from './levenshtein.ts';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Normalised form for `text.normalized_match`: NFKC (folds full-width and compatibility forms),
 * lower case, runs of whitespace collapsed to one space, trimmed, and trailing punctuation dropped
 * ("Yes." and "yes" agree; punctuation inside the answer still counts).
 */
export function normalizeText(text: string): string {
  // ASCII is its own NFKC form; skipping normalize() saves most of this function's time on such answers.
  return (ASCII.test(text) ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\p{P}\s]+$/u, '');
}

/**
 * Tokens for ROUGE-L: lower case, split on anything that is not a letter or digit.
 * For ASCII text this is the tokenisation of Google's `rouge-score` (without stemming);
 * unlike it, letters and digits of other scripts count as token characters instead of being dropped.
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Work allowed per pair for the LCS, in bit-parallel block steps or diagonal steps (as for edit distance). */
export const LCS_WORK_BUDGET = EDIT_WORK_BUDGET;

export interface CommonSubsequence {
  length: number;
  /** True when the pair exceeded the work budget and `length` is a lower bound (see lcsBounded). */
  capped: boolean;
}

/** Tokens as dense integer ids shared by both lists, so they compare as numbers. */
function tokenIds(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const convert = (tokens: readonly string[]) => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      let id = ids.get(token);
      if (id === undefined) ids.set(token, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  return [convert(a), convert(b)];
}

/**
 * Longest common subsequence of two token lists with bounded work. The common prefix and suffix are
 * part of every LCS, so they are counted and stripped; then Hyyrö's bit-parallel LCS when its cost
 * (32-token blocks of the shorter × the longer) fits the budget, else Myers' O(ND) diagonals (exact for
 * long lists that differ in few places), else the LCS of the first window of each differing part:
 * a common subsequence, so a lower bound, with `capped` set.
 */
export function lcsBounded(a: readonly string[], b: readonly string[], budget = LCS_WORK_BUDGET): CommonSubsequence {
  const [x, y] = tokenIds(a, b);
  let { a: s, b: t, common } = stripCommon(x, y);
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return { length: common, capped: false };
  if (Math.ceil(s.length / 32) * t.length <= budget) return { length: common + bitParallelLcs(s, t), capped: false };
  const differences = diagonalDifferences(s, t, budget);
  if (differences !== undefined) return { length: common + (s.length + t.length - differences) / 2, capped: false };
  const window = capWindow(budget);
  return { length: common + bitParallelLcs(s.subarray(0, Math.min(s.length, window)), t.subarray(0, Math.min(t.length, window))), capped: true };
}

/** Length of the longest common subsequence of two token lists (exact below the work budget). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  return lcsBounded(a, b).length;
}

/**
 * Hyyrö's bit-parallel LCS: one bit per token of `pattern`, V' = (V + (V & M)) | (V & ~M) per token
 * of `text`, carried across 32-bit words; the LCS is the number of zero bits left in V.
 */
function bitParallelLcs(pattern: Int32Array, text: Int32Array): number {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return 0;
  const blocks = Math.ceil(m / 32);
  const symbol = new Map<number, number>();
  for (const id of pattern) if (!symbol.has(id)) symbol.set(id, symbol.size);
  const match = new Int32Array(symbol.size * blocks);
  for (let i = 0; i < m; i++) {
    const at = (symbol.get(pattern[i] as number) as number) * blocks + (i >>> 5);
    match[at] = (match[at] as number) | (1 << (i & 31));
  }
  const v = new Int32Array(blocks).fill(-1);
  for (let j = 0; j < text.length; j++) {
    const id = symbol.get(text[j] as number);
    if (id === undefined) continue; // no match: V & M = 0 leaves V as it is
    const row = id * blocks;
    let carry = 0;
    for (let k = 0; k < blocks; k++) {
      const word = v[k] as number;
      const eq = match[row + k] as number;
      const sum = (word >>> 0) + ((word & eq) >>> 0) + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = sum | 0 | (word & ~eq);
    }
  }
  let zeros = 0;
  for (let i = 0; i < m; i++) if (((v[i >>> 5] as number) & (1 << (i & 31))) === 0) zeros++;
  return zeros;
}

/**
 * Myers' O(ND) greedy algorithm: the fewest insertions and deletions turning `s` into `t`
 * (= |s| + |t| − 2·LCS), or undefined once `budget` steps are spent.
 */
function diagonalDifferences(s: Int32Array, t: Int32Array, budget: number): number | undefined {
  const n = s.length;
  const m = t.length;
  const maxD = Math.min(n + m, Math.floor(Math.sqrt(budget)));
  const offset = maxD + 1;
  const furthest = new Int32Array(2 * maxD + 3);
  let work = 0;
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      // Furthest x on diagonal k = x − y: down from k + 1 or right from k − 1, whichever reaches further.
      let x =
        k === -d || (k !== d && (furthest[k - 1 + offset] as number) < (furthest[k + 1 + offset] as number))
          ? (furthest[k + 1 + offset] as number)
          : (furthest[k - 1 + offset] as number) + 1;
      let y = x - k;
      while (x < n && y < m && s[x] === t[y]) {
        x++;
        y++;
        work++;
      }
      furthest[k + offset] = x;
      work++;
      if (x >= n && y >= m) return d;
    }
    if (work > budget) return undefined;
  }
  return undefined;
}

/**
 * ROUGE-L F-measure (β = 1) of `candidate` against `reference`: 2PR/(P+R) with
 * P = LCS/|candidate|, R = LCS/|reference|. Two answers without any token agree (1);
 * one empty side scores 0. `capped`: the pair exceeded the work budget and the score is a lower bound.
 */
export function rougeLBounded(reference: string, candidate: string): { score: number; capped: boolean } {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  if (ref.length === 0 && cand.length === 0) return { score: 1, capped: false };
  if (ref.length === 0 || cand.length === 0) return { score: 0, capped: false };
  const { length: lcs, capped } = lcsBounded(ref, cand);
  if (lcs === 0) return { score: 0, capped };
  const precision = lcs / cand.length;
  const recall = lcs / ref.length;
  return { score: (2 * precision * recall) / (precision + recall), capped };
}

export function rougeL(reference: string, candidate: string): number {
  return rougeLBounded(reference, candidate).score;
}

/** Cosine similarity a·b/(‖a‖‖b‖); two zero vectors are identical (1), one zero vector shares nothing (0). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`embedding dimensions differ: ${a.length} vs ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 && nb === 0) return 1;
  if (na === 0 || nb === 0) return 0;
  return dot / Math.sqrt(na * nb);
}
