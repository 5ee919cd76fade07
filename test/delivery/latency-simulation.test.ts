// The latency judge on simulated ladders (fixed seeds): per-request latencies drawn lognormal (median 1 s,
// σ 0.4), Poisson arrivals split between the slots by the rung's weight, and the p99 series the http
// preset's query yields — one point per 15 s step, each histogram_quantile(0.99) over the default client
// buckets of the requests in the last 60 s — judged with the ladder's defaults (bake 300 s, minSamples 10,
// decisiveSamples 16, confidence 0.98, tolerance 5 %, threshold 20 %, overlap 60 s / 15 s). A rung too
// uncertain to decide is held and baked once more, as `advance` does, and judged over both bakes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeMetric, type JudgeSettings, type MetricJudgement } from '../../src/delivery/analysis.ts';
import { DEFAULT_RUNGS } from '../../src/delivery/config.ts';
import type { MetricSpec } from '../../src/delivery/providers/presets.ts';
import type { Sample } from '../../src/delivery/providers/provider.ts';
import { seededRandom } from '../support/random.ts';

const latency: MetricSpec = { name: 'latency_p99', query: 'q', direction: 'increase', scale: 'relative', tolerance: 0.05, threshold: 0.2, critical: true };
const BAKE = 300;
const STEP_S = 15;
const WINDOW_S = 60;
const settings: JudgeSettings = { minSamples: 10, confidence: 0.98, overlap: WINDOW_S / STEP_S };

const gaussian = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** [arrival s, latency s] of one slot's requests over [0, until]. */
function requests(random: () => number, rps: number, until: number, slowdown: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let t = -Math.log(1 - random()) / rps; t <= until; t += -Math.log(1 - random()) / rps) out.push([t, slowdown * Math.exp(0.4 * gaussian(random))]);
  return out;
}

/** Index of the first request arriving after `t` (arrivals are in order). */
function firstAfter(reqs: ReadonlyArray<[number, number]>, t: number): number {
  let lo = 0;
  let hi = reqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reqs[mid]![0] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Prometheus client libraries' default histogram buckets (seconds). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * histogram_quantile(0.99, …) as Prometheus computes it: the bucket holding rank 0.99·count, linear within
 * it; past the last finite bucket, that bucket's bound.
 */
function histogramQuantile(q: number, latencies: Float64Array): number {
  const rank = q * latencies.length;
  let below = 0;
  for (let b = 0; b < BUCKETS.length; b++) {
    let count = 0;
    for (const l of latencies) if (l <= BUCKETS[b]!) count++;
    if (count >= rank) {
      const lower = b === 0 ? 0 : BUCKETS[b - 1]!;
      return lower + ((BUCKETS[b]! - lower) * (rank - below)) / (count - below);
    }
    below = count;
  }
  return BUCKETS.at(-1)!;
}

/** The p99 series over [0, until]: empty windows are NaN points, which the provider drops. */
function p99Series(reqs: ReadonlyArray<[number, number]>, until: number): Sample {
  const values: number[] = [];
  let dropped = 0;
  for (let end = WINDOW_S; end <= until; end += STEP_S) {
    const inWindow = Float64Array.from(reqs.slice(firstAfter(reqs, end - WINDOW_S), firstAfter(reqs, end)), ([, l]) => l);
    if (inWindow.length === 0) dropped++;
    else values.push(histogramQuantile(0.99, inWindow));
  }
  return { query: 'q', values, dropped };
}

interface LadderRun {
  /** Every rung passed on its first bake. */
  firstBake: boolean;
  outcome: 'passed' | 'aborted' | 'held';
  /** Rung index that aborted or stayed held. */
  stoppedAt?: number;
  judgements: MetricJudgement[];
}

function simulateLadder(seed: number, rps: number, slowdown: number, judge: typeof settings): LadderRun {
  let firstBake = true;
  const judgements: MetricJudgement[] = [];
  for (const [index, weight] of DEFAULT_RUNGS.entries()) {
    const random = seededRandom(seed * 7919 + weight);
    const stable = requests(random, (rps * (100 - weight)) / 100, 2 * BAKE, 1);
    const candidate = requests(random, (rps * weight) / 100, 2 * BAKE, slowdown);
    const upTo = (reqs: Array<[number, number]>, until: number) =>
      p99Series(
        reqs.filter(([at]) => at <= until),
        until,
      );
    let m = judgeMetric(latency, upTo(stable, BAKE), upTo(candidate, BAKE), judge);
    if (m.verdict !== 'pass') firstBake = false;
    if (m.verdict === 'nodata') m = judgeMetric(latency, upTo(stable, 2 * BAKE), upTo(candidate, 2 * BAKE), judge);
    judgements.push(m);
    if (m.verdict === 'fail') return { firstBake, outcome: 'aborted', stoppedAt: index, judgements };
    if (m.verdict !== 'pass') return { firstBake, outcome: 'held', stoppedAt: index, judgements };
  }
  return { firstBake, outcome: 'passed', judgements };
}

const ladders = (count: number, rps: number, slowdown: number, judge = settings) =>
  Array.from({ length: count }, (_, i) => simulateLadder(i + 1, rps, slowdown, judge));
const share = (runs: LadderRun[], pick: (r: LadderRun) => boolean) => runs.filter(pick).length / runs.length;

test('healthy candidate at 20 requests/s: ≥ 95 % of ladders pass all five rungs on their first bake, none aborts', () => {
  const runs = ladders(200, 20, 1);
  const first = share(runs, (r) => r.firstBake);
  assert.ok(first >= 0.95, `first-bake pass rate ${first}`);
  assert.equal(
    share(runs, (r) => r.outcome === 'aborted'),
    0,
  );
  assert.equal(
    share(runs, (r) => r.outcome === 'passed'),
    1,
  );
});

test('healthy candidate at 5 requests/s (the 1 % rung sees ~3 requests a minute): ≥ 95 % pass on their first bake, none aborts, every ladder passes', () => {
  const runs = ladders(200, 5, 1);
  const first = share(runs, (r) => r.firstBake);
  assert.ok(first >= 0.95, `first-bake pass rate ${first}`);
  assert.equal(
    share(runs, (r) => r.outcome === 'aborted'),
    0,
  );
  assert.equal(
    share(runs, (r) => r.outcome === 'passed'),
    1,
  );
});

test('why the interval is widened for overlapping windows: judged as if its 17 points were independent, ≥ 5 % of healthy ladders abort', () => {
  const runs = ladders(200, 20, 1, { ...settings, overlap: 1 });
  assert.ok(share(runs, (r) => r.outcome === 'aborted') >= 0.05);
});

test('a 50 % latency regression at 10 requests/s never passes; ≥ 95 % of ladders abort by the 10 % rung, all by 25 %', () => {
  const runs = ladders(200, 10, 1.5);
  assert.equal(
    share(runs, (r) => r.outcome === 'passed'),
    0,
  );
  const byTen = share(runs, (r) => r.outcome === 'aborted' && r.stoppedAt! <= 2);
  assert.ok(byTen >= 0.95, `aborted by the 10 % rung: ${byTen}`);
  assert.equal(
    share(runs, (r) => r.outcome === 'aborted' && r.stoppedAt! <= 3),
    1,
  );
});

test('a 30 % regression, just past the 20 % threshold: caught in every ladder at 20 requests/s, in ≥ 80 % at 5 requests/s', () => {
  assert.equal(
    share(ladders(200, 20, 1.3), (r) => r.outcome === 'aborted'),
    1,
  );
  const sparse = share(ladders(200, 5, 1.3), (r) => r.outcome === 'aborted');
  assert.ok(sparse >= 0.8, `caught at 5 requests/s: ${sparse}`);
});

test('too wide to decide (Kayenta #633): +650 % on 10 points is held, not passed; from decisiveSamples points on, the two conditions alone decide', () => {
  const stable = [1.0, 1.1, 0.9, 1.05, 0.95, 1.0, 1.2, 0.8, 1.0, 1.1];
  const candidate = [0.9, 7.5, 8.0, 1.0, 7.0, 9.0, 0.95, 7.8, 8.5, 1.1];
  const m = judgeMetric(latency, { query: 'q', values: stable, dropped: 0 }, { query: 'q', values: candidate, dropped: 0 }, settings);
  assert.equal(m.verdict, 'nodata');
  assert.equal(m.undecided, true);
  assert.ok(m.shift!.estimate >= m.threshold!, 'the estimate alone is a regression');
  assert.ok(m.shift!.interval[0] <= m.tolerance!, 'the interval does not confirm it');
  assert.match(m.reason, /too uncertain to decide on 10 points \(fewer than 16\)/);
  const decided = judgeMetric(
    latency,
    { query: 'q', values: stable, dropped: 0 },
    { query: 'q', values: candidate, dropped: 0 },
    { ...settings, decisiveSamples: 10 },
  );
  assert.equal(decided.verdict, 'pass');
});
