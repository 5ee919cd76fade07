// T⁺, T⁻ and the tie term of the signed-rank test come from two paths: sorting the magnitudes, or (for
// differences already in order, as the judge passes them) merging the negatives and positives. Both must
// give the same result, bit for bit, as ranking the same sample in any order (scipy fixtures: stats.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wilcoxonSignedRank } from '../../src/judge/stats/index.ts';

test('the signed-rank test of sorted differences equals that of the same differences shuffled', () => {
  let seed = 777;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let trial = 0; trial < 90; trial++) {
    const n = [20, 60, 500, 5000, 40_000][trial % 5]!;
    const shape = trial % 3;
    const sorted = Float64Array.from({ length: n }, () =>
      shape === 0 ? (next() - 0.4) * 10 : shape === 1 ? Math.round((next() - 0.5) * 8) / 2 : next() < 0.2 ? -0 : next() - 0.3,
    ).sort();
    const shuffled = Float64Array.from(sorted);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    for (const alternative of ['two-sided', 'less', 'greater'] as const) {
      const a = wilcoxonSignedRank(sorted, { alternative });
      const b = wilcoxonSignedRank(shuffled, { alternative });
      assert.deepStrictEqual(a, b, `trial ${trial} (n=${n}, shape ${shape}, ${alternative})`);
    }
  }
});
