// The rung judge's decision rules on constructed samples: Kayenta's two conditions (interval beyond the
// tolerance band AND shift past the threshold), direction, criticality, and thin or failed data → NODATA.
// The Mann-Whitney and Hodges-Lehmann numbers themselves are checked against scipy/R in test/judge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeMetric, judgeRung } from '../../src/delivery/analysis.ts';
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

test('a significant but small shift passes: Kayenta\'s second condition (effect size) is not met', () => {
  const m = judgeMetric(latency, sample(around(1.0, 0.02)), sample(around(1.1, 0.02)), settings);
  assert.ok(m.shift!.interval[0] > m.tolerance!, 'the interval alone would flag it');
  assert.ok(m.pValue! < 0.001);
  assert.equal(m.verdict, 'pass');
});

test('a large but uncertain shift passes: the interval reaches into the tolerance band', () => {
  const stable = around(1.0, 0.9);
  const candidate = around(1.3, 0.9);
  const m = judgeMetric(latency, sample(stable), sample(candidate), settings);
  assert.ok(m.shift!.estimate >= m.threshold!, 'the effect alone would flag it');
  assert.ok(m.shift!.interval[0] <= m.tolerance!);
  assert.equal(m.verdict, 'pass');
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
