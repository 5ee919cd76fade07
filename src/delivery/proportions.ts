// Two independent proportions (candidate vs stable failure shares over a bake): Newcombe's (1998) hybrid
// score interval for the difference, method 10 — the Wilson score limits of each rate combined by
// square-and-add. Closed form, and well behaved at 0 failures, where error rates usually sit.
import { normQuantile, wilsonInterval } from '../judge/stats/index.ts';

/** Interval for p1 − p2 with p1 = x1/n1, p2 = x2/n2, at `confLevel`. */
export function newcombeIndependentInterval(x1: number, n1: number, x2: number, n2: number, confLevel = 0.95): [number, number] {
  const z = normQuantile(1 - (1 - confLevel) / 2);
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p2 = n2 > 0 ? x2 / n2 : 0;
  const [l1, u1] = wilsonInterval(x1, n1, z);
  const [l2, u2] = wilsonInterval(x2, n2, z);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}
