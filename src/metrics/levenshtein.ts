// Levenshtein distance over Unicode code points, with Myers' bit-parallel algorithm in Hyyrö's
// multi-word form: the shorter text is cut into 32-row blocks and each column of the DP table
// advances a block in a handful of word operations, so two 10,000-character answers cost
// about 3 M block steps instead of 100 M cells. Memory is linear in the shorter text.
// Common prefix and suffix are stripped first: shadow answers are often nearly identical.

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

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let s = codePoints(a);
  let t = codePoints(b);
  let start = 0;
  while (start < s.length && start < t.length && s[start] === t[start]) start++;
  let endS = s.length;
  let endT = t.length;
  while (endS > start && endT > start && s[endS - 1] === t[endT - 1]) {
    endS--;
    endT--;
  }
  s = s.subarray(start, endS);
  t = t.subarray(start, endT);
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return t.length;
  return bitParallel(s, t);
}

/** Edit distance of `pattern` (the shorter, non-empty) and `text`. */
function bitParallel(pattern: Uint32Array, text: Uint32Array): number {
  const m = pattern.length;
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

/** Length in code points, the unit `levenshtein` counts in. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** 1 − distance / max(length): 1 for identical texts (including two empty ones), 0 for nothing in common. */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(codePointLength(a), codePointLength(b));
  return 1 - levenshtein(a, b) / longest;
}
