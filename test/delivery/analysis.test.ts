// The rung judge's decision rules on constructed samples: Kayenta's two conditions (interval beyond the
// tolerance band AND shift past the threshold), direction, criticality, and thin or failed data → NODATA.
// The Mann-Whitney and Hodges-Lehmann numbers themselves are checked against scipy/R in test/judge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { confirmableSamples, inflatedConfidence, judgeMetric, judgeProportion, judgeRung } from '../../src/delivery/analysis.ts';
import { newcombeIndependentInterval } from '../../src/delivery/proportions.ts';
import type { MetricSpec } from '../../src/delivery/providers/presets.ts';
import type { Sample } from '../../src/delivery/providers/provider.ts';
import { hodgesLehmannTwoSample } from '../../src/judge/stats/index.ts';

const latency: MetricSpec = { name: 'latency_p99', query: 'q', direction: 'increase', scale: 'relative', tolerance: 0.05, threshold: 0.2, critical: true };
const settings = { minSamples: 10, confidence: 0.98 };
const sample = (values: number[], extra: Partial<Sample> = {}): Sample => ({ query: 'q', values, dropped: 0, ...extra });
/** n values spread evenly around `center` (±spread), deterministic. */
const around = (center: number, spread: number, n = 20) => Array.from({ length: n }, (_, i) => center + spread * ((i / (n - 1)) * 2 - 1));

test('a clear, large regression fails: the interval clears the band and the shift passes the threshold', () => {
  const m = judgeMetric(latency, sample(around(1.0, 0.05)), sample(around(1.5, 0.05)), settings);
  assert.equal(m.verdict, 'fail');
  assert.ok(m.shift!.interval[0] > m.tolerance!);
  assert.ok(m.shift!.estimate >= m.threshold!);
  assert.equal(m.tolerance, 0.05 * m.stable.median!);
  assert.match(m.reason, /latency_p99 rose/);
});

test("a significant but small shift passes: Kayenta's second condition (effect size) is not met", () => {
  const m = judgeMetric(latency, sample(around(1.0, 0.02)), sample(around(1.1, 0.02)), settings);
  assert.ok(m.shift!.interval[0] > m.tolerance!, 'the interval alone would flag it');
  assert.ok(m.pValue! < 0.001);
  assert.equal(m.verdict, 'pass');
});

test('a large but uncertain shift is too uncertain to decide: neither confirmed (interval reaches into the band) nor ruled out', () => {
  const stable = around(1.0, 0.9);
  const candidate = around(1.3, 0.9);
  const thin = { ...settings, decisiveSamples: 25 };
  const m = judgeMetric(latency, sample(stable), sample(candidate), thin);
  assert.ok(m.shift!.estimate >= m.threshold!, 'the effect alone would flag it');
  assert.ok(m.shift!.interval[0] <= m.tolerance!);
  assert.equal(m.verdict, 'nodata');
  assert.equal(m.undecided, true);
  assert.equal(judgeRung([m]).verdict, 'inconclusive');
  // With as many points as decisiveSamples, the test has its power: not confirmed is a pass.
  assert.equal(judgeMetric(latency, sample(stable), sample(candidate), { ...settings, decisiveSamples: 20 }).verdict, 'pass');
});

test('ruled out: a shift whose one-sided upper bound (at the confidence) stays below the threshold passes, even if its two-sided interval reaches it', () => {
  // Candidate 6 % slower, spread chosen so the 98 % two-sided upper end lies past 20 % but the 96 % one does not.
  const stable = around(1.0, 0.28);
  const candidate = around(1.06, 0.28);
  const two = hodgesLehmannTwoSample(candidate, stable, { confLevel: 0.98 }).interval;
  const one = hodgesLehmannTwoSample(candidate, stable, { confLevel: 0.96 }).interval;
  const m = judgeMetric(latency, sample(stable), sample(candidate), { ...settings, decisiveSamples: 25 });
  const threshold = 0.2 * m.stable.median!;
  assert.ok(one[1] < threshold, `one-sided bound ${one[1]} below ${threshold}`);
  assert.equal(m.verdict, 'pass', m.reason);
  assert.ok(two[1] >= threshold, `two-sided bound ${two[1]} reaches ${threshold}`);
});

test('no change, measured precisely enough, passes', () => {
  const m = judgeMetric(latency, sample(around(1.0, 0.05)), sample(around(1.0, 0.05)), settings);
  assert.equal(m.verdict, 'pass');
  assert.ok(m.shift!.interval[1] < m.threshold!);
});

test('direction: a throughput drop is the regression; a rise is not', () => {
  const tps: MetricSpec = { ...latency, name: 'tokens_per_second', direction: 'decrease', critical: false };
  assert.equal(judgeMetric(tps, sample(around(50, 1)), sample(around(30, 1)), settings).verdict, 'warn');
  assert.equal(judgeMetric(tps, sample(around(50, 1)), sample(around(80, 1)), settings).verdict, 'pass');
});

test('absolute scale: error rate 0 → 5 % fails against tolerance 0.005 and threshold 0.01', () => {
  const errors: MetricSpec = { ...latency, name: 'error_rate', scale: 'absolute', tolerance: 0.005, threshold: 0.01 };
  const m = judgeMetric(errors, sample(new Array(20).fill(0)), sample(around(0.05, 0.02)), settings);
  assert.equal(m.verdict, 'fail');
  const hl = hodgesLehmannTwoSample(around(0.05, 0.02), new Array(20).fill(0), { confLevel: 0.98 });
  assert.deepEqual(m.shift, { estimate: hl.estimate, interval: hl.interval, confidence: 0.98 });
  assert.equal(judgeMetric(errors, sample(new Array(20).fill(0)), sample(new Array(20).fill(0)), settings).verdict, 'pass');
});

test('thin, NaN-only or failed data is NODATA, never a pass', () => {
  const few = judgeMetric(latency, sample(around(1, 0.1)), sample([1, 1.1, 0.9], { dropped: 17 }), settings);
  assert.equal(few.verdict, 'nodata');
  assert.match(few.reason, /candidate slot: 3 points, fewer than minSamples 10 \(17 NaN\/Inf points dropped\)/);
  const failed = judgeMetric(latency, sample([], { error: 'query failed (bad_data): parse error' }), sample(around(1, 0.1)), settings);
  assert.equal(failed.verdict, 'nodata');
  assert.match(failed.reason, /stable slot: query failed/);
});

test('the rung: a critical failure beats missing data, missing data beats a warning', () => {
  const pass = judgeMetric(latency, sample(around(1, 0.1)), sample(around(1, 0.1)), settings);
  const fail = judgeMetric(latency, sample(around(1.0, 0.05)), sample(around(1.5, 0.05)), settings);
  const warn = { ...fail, verdict: 'warn' as const, critical: false };
  const nodata = judgeMetric(latency, sample([]), sample([]), settings);
  assert.equal(judgeRung([pass, nodata, fail]).verdict, 'fail');
  assert.equal(judgeRung([pass, warn, nodata]).verdict, 'inconclusive');
  assert.equal(judgeRung([pass, warn]).verdict, 'warn');
  assert.equal(judgeRung([pass]).verdict, 'pass');
});

test("Newcombe's interval for two independent proportions matches statsmodels (fixture from test/fixtures/delivery/proportions.py)", () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/delivery/proportions.json', import.meta.url), 'utf8')) as {
    cases: Array<{ x1: number; n1: number; x2: number; n2: number; confLevel: number; interval: [number, number] }>;
  };
  assert.ok(fixture.cases.length >= 8);
  for (const c of fixture.cases) {
    const [low, high] = newcombeIndependentInterval(c.x1, c.n1, c.x2, c.n2, c.confLevel);
    const what = `${c.x1}/${c.n1} vs ${c.x2}/${c.n2} at ${c.confLevel}`;
    assert.ok(Math.abs(low - c.interval[0]) <= 1e-9 + 1e-9 * Math.abs(c.interval[0]), `${what}: low ${low} vs ${c.interval[0]}`);
    assert.ok(Math.abs(high - c.interval[1]) <= 1e-9 + 1e-9 * Math.abs(c.interval[1]), `${what}: high ${high} vs ${c.interval[1]}`);
  }
});

const errorRate: MetricSpec = {
  name: 'error_rate',
  failed: 'f',
  total: 't',
  direction: 'increase',
  scale: 'absolute',
  tolerance: 0.005,
  threshold: 0.01,
  critical: true,
};

test('error counts: 5 % of 200 candidate requests against 0 of 1800 fails; 0 against 0 passes', () => {
  const bad = judgeProportion(errorRate, { failed: 0, total: 1800 }, { failed: 10, total: 200 }, settings);
  assert.equal(bad.verdict, 'fail');
  assert.ok(bad.shift!.interval[0] > 0.005);
  assert.match(bad.reason, /error_rate rose: 0\/1800 → 10\/200/);
  assert.equal(judgeProportion(errorRate, { failed: 0, total: 1800 }, { failed: 0, total: 200 }, settings).verdict, 'pass');
});

test('mostly-quiet steps (Kayenta #426): failures the per-step median would hide are counted and caught', () => {
  // 20 steps of 10 requests: 16 steps without a failure, 4 with one or two — the median step rate is 0.
  const steps = [...new Array(16).fill(0), 1, 1, 2, 1];
  const series = judgeMetric(
    { ...errorRate, failed: undefined, total: undefined, query: 'q' },
    sample(new Array(20).fill(0)),
    sample(steps.map((f) => f / 10)),
    settings,
  );
  assert.equal(series.verdict, 'pass', 'the median of per-step rates misses it');
  const counted = judgeProportion(errorRate, { failed: 0, total: 1800 }, { failed: 5, total: 200 }, settings);
  assert.equal(counted.verdict, 'fail');
});

test('error counts: too few requests on a slot is NODATA; a failed count query is NODATA', () => {
  const few = judgeProportion(errorRate, { failed: 0, total: 1800 }, { failed: 1, total: 12 }, { ...settings, minRequests: 50 });
  assert.equal(few.verdict, 'nodata');
  assert.match(few.reason, /candidate slot: 12 requests, fewer than minRequests 50/);
  const broken = judgeProportion(errorRate, { failed: 0, total: 0, error: 'no data: the query matched no series' }, { failed: 1, total: 500 }, settings);
  assert.equal(broken.verdict, 'nodata');
  assert.match(broken.reason, /stable slot: no data/);
});

test('overlapping windows: the confidence whose normal quantile is √overlap times larger matches scipy (fixture from test/fixtures/delivery/inflated-confidence.py)', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/delivery/inflated-confidence.json', import.meta.url), 'utf8')) as {
    cases: Array<{ confidence: number; overlap: number; inflated: number }>;
  };
  for (const c of fixture.cases) {
    const got = inflatedConfidence(c.confidence, c.overlap);
    assert.ok(Math.abs(got - c.inflated) <= 1e-12 + 1e-9 * (1 - c.inflated), `${c.confidence} × ${c.overlap}: ${got} vs ${c.inflated}`);
  }
  // Overlapping points widen the interval, so a shift of the same data is confirmed less readily.
  const stable = Array.from({ length: 20 }, (_, i) => 1 + 0.2 * ((i / 19) * 2 - 1));
  const candidate = stable.map((v) => v + 0.3);
  const plain = judgeMetric(latency, sample(stable), sample(candidate), settings);
  const overlapping = judgeMetric(latency, sample(stable), sample(candidate), { ...settings, overlap: 4 });
  assert.ok(overlapping.shift!.interval[0] < plain.shift!.interval[0] && overlapping.shift!.interval[1] > plain.shift!.interval[1]);
  assert.equal(overlapping.shift!.estimate, plain.shift!.estimate);
});

test('confirmableSamples: the fewest points at which two samples wholly apart move the widened interval off their smallest difference', () => {
  assert.equal(confirmableSamples(0.98, 4), 16, 'the defaults: 1 m window over 15 s steps');
  for (const [confidence, overlap] of [
    [0.98, 1],
    [0.98, 4],
    [0.95, 2],
    [0.98, 8],
  ] as const) {
    const n = confirmableSamples(confidence, overlap);
    const lowerEnd = (size: number) => {
      const stable = Array.from({ length: size }, (_, i) => i);
      const candidate = stable.map((v) => v + 100);
      return hodgesLehmannTwoSample(candidate, stable, { confLevel: inflatedConfidence(confidence, overlap) }).interval[0] - (100 - (size - 1));
    };
    assert.ok(lowerEnd(n) > 0, `${confidence}/${overlap}: ${n} points confirm`);
    assert.equal(lowerEnd(n - 1), 0, `${confidence}/${overlap}: ${n - 1} points cannot`);
  }
});
