// Text comparisons used by the text metrics: normalisation and ROUGE-L.

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
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** Length of the longest common subsequence of two token lists, in memory linear in the shorter. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const row = new Uint32Array(short.length + 1);
  for (const token of long) {
    let diagonal = 0;
    for (let i = 1; i <= short.length; i++) {
      const above = row[i] as number;
      row[i] = short[i - 1] === token ? diagonal + 1 : Math.max(above, row[i - 1] as number);
      diagonal = above;
    }
  }
  return row[short.length] as number;
}

/**
 * ROUGE-L F-measure (β = 1) of `candidate` against `reference`: 2PR/(P+R) with
 * P = LCS/|candidate|, R = LCS/|reference|. Two answers without any token agree (1);
 * one empty side scores 0.
 */
export function rougeL(reference: string, candidate: string): number {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  if (ref.length === 0 && cand.length === 0) return 1;
  if (ref.length === 0 || cand.length === 0) return 0;
  const lcs = lcsLength(ref, cand);
  if (lcs === 0) return 0;
  const precision = lcs / cand.length;
  const recall = lcs / ref.length;
  return (2 * precision * recall) / (precision + recall);
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
