import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judge, defaultGates, describeDivergence, COMMON_DEFAULT_GATES, KIND_DEFAULT_GATES } from '../../src/judge/index.ts';
import { evaluateMetric } from '../../src/judge/evaluate.ts';
import type { GateSpec, MetricResult } from '../../src/types.ts';
import { seededRandom } from '../support/random.ts';

// Normal deviates (Box–Muller) from the shared seeded generator.
function normals(seed: number): () => number {
  const u = seededRandom(seed);
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

function successRate(n: number, baselineOnly: number, candidateOnly: number, neither = 0): MetricResult {
  const binary = { bothPass: n - baselineOnly - candidateOnly - neither, baselineOnly, candidateOnly, neither };
  return binaryMetric('requests.success_rate', binary);
}
function binaryMetric(id: string, binary: NonNullable<MetricResult['binary']>): MetricResult {
  const n = binary.bothPass + binary.baselineOnly + binary.candidateOnly + binary.neither;
  return {
    id,
    title: id,
    unit: 'rate',
    test: 'paired-binary',
    badDirection: 'decrease',
    n,
    binary,
    baseline: (binary.bothPass + binary.baselineOnly) / n,
    candidate: (binary.bothPass + binary.candidateOnly) / n,
  };
}
/** Latency-like pairs: lognormal baseline around `median`, candidate = baseline × factor × per-pair noise. */
function latency(n: number, factor: number, seed: number, median = 500, id = 'latency.ms'): MetricResult {
  const z = normals(seed);
  const baseline: number[] = [];
  const candidate: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = median * Math.exp(0.4 * z());
    baseline.push(Math.round(b));
    candidate.push(Math.round(b * factor * Math.exp(0.05 * z())));
  }
  return { id, title: id, unit: 'ms', test: 'paired-continuous', badDirection: 'increase', n, paired: { baseline, candidate } };
}
function agreement(id: string, values: number[], noise?: number[], threshold?: number): MetricResult {
  return {
    id,
    title: id,
    unit: 'score',
    test: 'agreement',
    badDirection: 'decrease',
    n: values.length,
    agreement: { values, ...(noise ? { noise } : {}), ...(threshold !== undefined ? { threshold } : {}) },
  };
}
/** Scores in [0, 1] around `centre` with per-pair spread (stochastic generations). */
function scores(n: number, centre: number, seed: number): number[] {
  const z = normals(seed);
  return Array.from({ length: n }, () => Math.min(1, Math.max(0, centre + 0.15 * z())));
}
const byId = (j: ReturnType<typeof judge>, id: string) => {
  const m = j.metrics.find((x) => x.metric.id === id);
  assert.ok(m, `metric ${id} in judgement`);
  return m;
};

test('a clear regression of a critical gate fails with exit code 1', () => {
  const result = judge([successRate(400, 40, 3), latency(400, 1, 1)], { outputKind: 'text' });
  assert.equal(result.verdict, 'fail');
  assert.equal(result.exitCode, 1);
  const success = byId(result, 'requests.success_rate');
  assert.equal(success.verdict, 'fail');
  assert.ok(success.effect! < -0.05 && success.interval![1] < 0, 'Δrate and its interval are negative');
  assert.ok(success.pAdjusted! < 1e-6);
  assert.equal(byId(result, 'latency.ms').verdict, 'pass');
  assert.ok(
    result.reasons.some((r) => r.startsWith('FAIL (critical) requests.success_rate')),
    result.reasons.join('\n'),
  );
});

test('a shift inside the tolerance band passes', () => {
  const metric = latency(2000, 1.02, 2);
  const result = judge([successRate(2000, 0, 0), metric], { outputKind: 'text' });
  const m = byId(result, 'latency.ms');
  assert.equal(m.verdict, 'pass');
  assert.equal(result.verdict, 'pass');
  assert.equal(result.exitCode, 0);
  // The shift is real (interval above 0) but stays inside ±5 % of the ~500 ms median.
  assert.ok(m.interval![0] > 0 && m.interval![1] < 25, `interval ${m.interval}`);
});

test('a regression shown beyond the tolerance warns even below the threshold: the threshold sets the power, not the rule', () => {
  const result = judge([successRate(3000, 0, 0), latency(3000, 1.1, 3)], { outputKind: 'text' });
  const m = byId(result, 'latency.ms');
  assert.ok(m.pAdjusted! < 1e-10, 'highly significant');
  assert.ok(m.interval![0] > 1.05, 'the ratio interval lies above the ×1.05 tolerance');
  assert.ok(m.effect! > 1.05 && m.effect! < 1.2, `ratio ${m.effect} below the ×1.2 threshold`);
  assert.equal(m.verdict, 'warn');
  assert.equal(result.verdict, 'warn');
  // At 3000 pairs far smaller regressions than ×1.2 are found; the report says which.
  assert.ok(m.detectable && m.detectable.effect > 1.05 && m.detectable.effect < 1.1, `detectable ${m.detectable?.label}`);
  assert.ok(m.neededSamples! < 3000);
});

test('Holm turns a borderline single-test rejection into a pass when several metrics gate', () => {
  const counts = { bothPass: 566, baselineOnly: 20, candidateOnly: 10, neither: 4 };
  const schema = binaryMetric('json.schema_pass', counts);
  const p = evaluateMetric(schema, { metric: 'json.schema_pass', direction: 'decrease' }, { alpha: 0.05, confidence: 0.95 }).pValue!;
  assert.ok(p > 0.0125 && p < 0.05, `borderline p=${p}`);
  const others = [
    successRate(600, 0, 0),
    binaryMetric('json.parse_rate', { bothPass: 598, baselineOnly: 1, candidateOnly: 1, neither: 0 }),
    latency(600, 1, 4),
  ];
  const mutedOthers: GateSpec[] = ['requests.success_rate', 'json.parse_rate', 'latency.ms'].map((metric) => ({ metric, muted: true }));
  const alone = judge([schema, ...others], { outputKind: 'json', gates: mutedOthers });
  assert.equal(byId(alone, 'json.schema_pass').verdict, 'fail', byId(alone, 'json.schema_pass').reason);
  assert.equal(alone.verdict, 'fail');
  const together = judge([schema, ...others], { outputKind: 'json' });
  const m = byId(together, 'json.schema_pass');
  assert.ok(m.pAdjusted! > 0.05 && m.pAdjusted! > m.pValue!, `Holm-adjusted ${m.pAdjusted}`);
  assert.equal(m.verdict, 'pass');
  assert.match(m.reason, /not significant after Holm/);
  assert.equal(together.verdict, 'pass');
});

test('below minSamples the verdict is inconclusive with a sensible number of pairs needed', () => {
  const small = judge([successRate(30, 3, 1), latency(30, 1.08, 5)], { outputKind: 'text' });
  assert.equal(small.verdict, 'inconclusive');
  assert.equal(small.exitCode, 0);
  // 4 discordant pairs in 30 say little about the discordant share: its upper bound sets a large, honest need.
  assert.ok(small.neededSamples !== undefined && small.neededSamples > 1000 && small.neededSamples < 20000, `needed ${small.neededSamples}`);
  assert.match(small.reasons[0]!, /≈\d+ pairs find a regression at every gate's threshold with power 0\.8 \(requests\.success_rate needs the most\)/);
  assert.equal(small.neededFor, 'requests.success_rate');
  // The need is the largest of the gates' needs, each stated on its row.
  const needs = small.metrics.flatMap((m) => (m.neededSamples !== undefined ? [m.neededSamples] : []));
  assert.equal(small.neededSamples, Math.max(50, ...needs));
  // More discordant pairs (a noisier rate) need more pairs to find the same 2-point drop.
  const noisier = judge([successRate(30, 3, 3), latency(30, 1.08, 5)], { outputKind: 'text' });
  assert.ok(byId(noisier, 'requests.success_rate').neededSamples! > byId(small, 'requests.success_rate').neededSamples!);
});

test('below minSamples a significant critical breach still fails: more pairs could not rescue it', () => {
  // 40 pairs, the candidate failed 30 requests the baseline answered.
  const broken = judge([successRate(40, 30, 0), latency(40, 1.0, 9)], { outputKind: 'text' });
  assert.equal(broken.verdict, 'fail');
  assert.equal(broken.exitCode, 1);
  assert.match(broken.reasons[0]!, /^FAIL \(critical\) requests\.success_rate/);
  // One lost request in 40 is not significant: still only inconclusive.
  const unclear = judge([successRate(40, 1, 0), latency(40, 1.0, 9)], { outputKind: 'text' });
  assert.equal(unclear.verdict, 'inconclusive');
});

test('the first reason is the most severe one', () => {
  const result = judge([latency(500, 1.5, 6), successRate(500, 60, 0)], { outputKind: 'text' });
  assert.equal(result.verdict, 'fail');
  assert.match(result.reasons[0]!, /^FAIL/);
  assert.ok(result.reasons.some((r) => r.startsWith('WARN latency.ms')));
});

test('a non-critical breach warns and keeps exit code 0', () => {
  const result = judge([successRate(500, 1, 1), latency(500, 1.5, 6)], { outputKind: 'text' });
  const m = byId(result, 'latency.ms');
  assert.equal(m.verdict, 'warn');
  assert.ok(m.effect! > 1.4);
  assert.equal(result.verdict, 'warn');
  assert.equal(result.exitCode, 0);
});

test('the A/A noise floor absorbs stochastic divergence but still catches real divergence', () => {
  const n = 400;
  const noise = scores(n, 0.6, 7);
  const same = scores(n, 0.6, 8);
  const worse = scores(n, 0.45, 9);
  const base = [successRate(n, 0, 0)];
  const withFloor = judge([...base, agreement('text.rouge_l', same, noise, 0.75)], { outputKind: 'text' });
  assert.equal(byId(withFloor, 'text.rouge_l').verdict, 'pass', byId(withFloor, 'text.rouge_l').reason);
  assert.equal(withFloor.verdict, 'pass');
  // Without the floor the same scores sit below the metric's own 0.75 threshold.
  const withoutFloor = judge([...base, agreement('text.rouge_l', same, undefined, 0.75)], { outputKind: 'text' });
  assert.equal(byId(withoutFloor, 'text.rouge_l').verdict, 'warn');
  // Divergence beyond the A/A level is still a breach.
  const real = judge([...base, agreement('text.rouge_l', worse, noise, 0.75)], { outputKind: 'text' });
  const m = byId(real, 'text.rouge_l');
  assert.equal(m.verdict, 'warn', m.reason);
  assert.ok(m.effect! < -0.1 && m.pValue! < 1e-6);
});

test('no data, muted gates, ungated metrics and distances', () => {
  const empty: MetricResult = { id: 'json.schema_pass', title: 'schema', unit: 'rate', test: 'paired-binary', badDirection: 'decrease', n: 0 };
  const js: MetricResult = {
    id: 'label.distribution_js',
    title: 'js',
    unit: 'distance',
    test: 'distance',
    badDirection: 'increase',
    n: 200,
    distance: { value: 0.3, threshold: 0.1 },
  };
  const info: MetricResult = { id: 'text.exact_match', title: 'exact', unit: 'rate', test: 'info', badDirection: 'decrease', n: 200 };
  const r1 = judge([successRate(200, 0, 0), empty], { outputKind: 'json' });
  assert.equal(byId(r1, 'json.schema_pass').verdict, 'nodata');
  assert.equal(r1.verdict, 'inconclusive', 'a critical gate without data cannot pass');
  // A distance has no test, so it is not gated by default; a manifest gate applies its fixed threshold.
  const r2 = judge([successRate(200, 0, 0), js, info], { outputKind: 'label' });
  assert.equal(byId(r2, 'label.distribution_js').verdict, 'info');
  assert.equal(byId(r2, 'text.exact_match').verdict, 'info');
  assert.equal(r2.verdict, 'pass');
  const gated = judge([successRate(200, 0, 0), js, info], { outputKind: 'label', gates: [{ metric: 'label.distribution_js' }] });
  assert.equal(byId(gated, 'label.distribution_js').verdict, 'warn');
  assert.equal(gated.verdict, 'warn');
  const muted: GateSpec[] = [{ metric: 'requests.success_rate', critical: true, muted: true }];
  const r3 = judge([successRate(200, 80, 0)], { outputKind: 'text', gates: muted });
  assert.equal(byId(r3, 'requests.success_rate').verdict, 'info');
  assert.equal(r3.verdict, 'pass');
  const r4 = judge([successRate(200, 0, 0)], { outputKind: 'text', gates: [{ metric: 'tokens.total' }] });
  assert.equal(byId(r4, 'tokens.total').verdict, 'nodata', 'a gate naming an absent metric is reported');
  // A manifest gate overrides the default for its metric field by field and leaves the other defaults in place.
  const r5 = judge([successRate(400, 6, 1), latency(400, 1.5, 10)], {
    outputKind: 'text',
    gates: [
      { metric: 'latency.ms', critical: true },
      { metric: 'requests.success_rate', threshold: 0.001 },
    ],
  });
  assert.equal(byId(r5, 'latency.ms').verdict, 'fail', 'latency made critical');
  assert.equal(byId(r5, 'latency.ms').gate?.threshold, 1.2, 'default threshold kept');
  assert.equal(byId(r5, 'requests.success_rate').gate?.critical, true, 'default critical kept');
  assert.equal(r5.verdict, 'fail');
});

test('default gates follow the output kind and the metrics present', () => {
  const present = (ids: string[]): MetricResult[] => ids.map((id) => ({ id, title: id, unit: 'x', test: 'info', badDirection: 'either', n: 1 }));
  const json = defaultGates('json', present(['requests.success_rate', 'latency.ms', 'tokens.total', 'json.parse_rate', 'json.schema_pass', 'json.deep_equal']));
  assert.deepEqual(
    json.map((g) => [g.metric, g.critical]),
    [
      ['requests.success_rate', true],
      ['latency.ms', false],
      ['tokens.total', false],
      ['json.parse_rate', true],
      ['json.schema_pass', true],
      ['json.deep_equal', false],
    ],
  );
  assert.equal(json.find((g) => g.metric === 'latency.ms')!.threshold, 1.2);
  const text = defaultGates('text', present(['requests.success_rate', 'text.rouge_l', 'text.embedding_cosine']));
  assert.deepEqual(
    text.map((g) => g.metric),
    ['requests.success_rate', 'text.embedding_cosine'],
  );
  assert.deepEqual(
    defaultGates('text', present(['text.rouge_l'])).map((g) => g.metric),
    ['text.rouge_l'],
  );
  assert.deepEqual(
    KIND_DEFAULT_GATES['tool-calls'].map((g) => [g.metric, g.critical]),
    [
      ['tools.valid', true],
      ['tools.name_f1', false],
    ],
  );
  assert.equal(COMMON_DEFAULT_GATES[0]!.metric, 'requests.success_rate');
});

/** A success-rate result as the metric reports it, with failure labels per side. */
function withFailures(
  n: number,
  counts: { bothPass: number; baselineOnly: number; candidateOnly: number; neither: number },
  labels: { baseline: Record<string, number>; candidate: Record<string, number> },
): MetricResult {
  return { ...binaryMetric('requests.success_rate', counts), n, details: { failureLabels: labels } };
}

test("an outage is an error naming each side's failures, never a pass, with exit code 8", () => {
  const both401 = judge(
    [withFailures(60, { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neither: 60 }, { baseline: { 'HTTP 401': 60 }, candidate: { 'HTTP 401': 60 } })],
    { outputKind: 'json' },
  );
  assert.equal(both401.verdict, 'error');
  assert.equal(both401.exitCode, 8);
  assert.equal(both401.answered, 0);
  assert.equal(both401.reasons[0], 'ERROR: only 0 of 60 pairs have both answers, fewer than the minimum 50: baseline: HTTP 401 ×60; candidate: HTTP 401 ×60');
  assert.ok(
    both401.metrics.every((m) => m.verdict !== 'pass'),
    'no gate shows a green check',
  );
  // A retired baseline: the candidate answers, the baseline never does. Not a candidate failure, not a pass.
  const retired = judge([withFailures(60, { bothPass: 0, baselineOnly: 0, candidateOnly: 60, neither: 0 }, { baseline: { 'HTTP 404': 60 }, candidate: {} })], {
    outputKind: 'json',
  });
  assert.equal(retired.verdict, 'error');
  assert.match(retired.reasons[0]!, /: baseline: HTTP 404 ×60$/);
  // A candidate that fails where the baseline answers is a regression: the critical gate fails.
  const broken = judge(
    [withFailures(60, { bothPass: 0, baselineOnly: 60, candidateOnly: 0, neither: 0 }, { baseline: {}, candidate: { 'connection refused': 60 } })],
    { outputKind: 'json' },
  );
  assert.equal(broken.verdict, 'fail');
  // A few failures in a large run are judged as usual.
  const few = judge(
    [withFailures(400, { bothPass: 396, baselineOnly: 2, candidateOnly: 2, neither: 0 }, { baseline: { timeout: 2 }, candidate: { timeout: 2 } })],
    { outputKind: 'text' },
  );
  assert.equal(few.verdict, 'pass');
  assert.deepEqual(few.failures, { baseline: { timeout: 2 }, candidate: { timeout: 2 } });
});

test('every JSON answer different: the headline says so and the deep-equal gate warns, with nothing broken', () => {
  const n = 200;
  const deepEqual: MetricResult = {
    id: 'json.deep_equal',
    title: 'deep',
    unit: 'rate',
    test: 'agreement',
    badDirection: 'decrease',
    n,
    agreement: { values: new Array(n).fill(0), threshold: 1 },
  };
  const unchanged = [successRate(n, 0, 0), binaryMetric('json.parse_rate', { bothPass: n, baselineOnly: 0, candidateOnly: 0, neither: 0 }), latency(n, 1, 12)];
  const result = judge([...unchanged, deepEqual], { outputKind: 'json' });
  assert.deepEqual(result.divergence, { metric: 'json.deep_equal', n, changed: n });
  assert.equal(describeDivergence(result.divergence), '200 of 200 answers differ (100 %, json.deep_equal)');
  assert.equal(byId(result, 'json.deep_equal').verdict, 'warn');
  assert.equal(result.verdict, 'warn');
  // The same answers: nothing to see, and the headline says 0 differ.
  const same = judge([...unchanged, { ...deepEqual, agreement: { values: new Array(n).fill(1), threshold: 1 } }], { outputKind: 'json' });
  assert.equal(same.verdict, 'pass');
  assert.equal(same.divergence?.changed, 0);
});

test('label agreement without the floor: a repeatable model passes, a 5-point drop below the 0.9 reference warns at the pairs the gate asks for', () => {
  const agreeing = (n: number, share: number): MetricResult => ({
    id: 'label.agreement',
    title: 'agree',
    unit: 'rate',
    test: 'agreement',
    badDirection: 'decrease',
    n,
    agreement: { values: Array.from({ length: n }, (_, i) => (i < Math.round(share * n) ? 1 : 0)), threshold: 1 },
  });
  // 96 % agreement (a model that flips a label now and then): no warning, unlike the old threshold of 1.
  const aa = judge([successRate(300, 0, 0), agreeing(300, 0.96)], { outputKind: 'label' });
  assert.equal(byId(aa, 'label.agreement').verdict, 'pass');
  const need = byId(aa, 'label.agreement').neededSamples!;
  const dropped = judge([successRate(need, 0, 0), agreeing(need, 0.85)], { outputKind: 'label' });
  assert.equal(byId(dropped, 'label.agreement').verdict, 'warn', byId(dropped, 'label.agreement').reason);
});

test('a continuous gate that is bad when it decreases finds a drop, and states its detectable drop below ×1', () => {
  const gates: GateSpec[] = [{ metric: 'latency.ms', direction: 'decrease' }];
  const dropped = judge([successRate(400, 0, 0), latency(400, 0.7, 13)], { outputKind: 'text', gates });
  const m = byId(dropped, 'latency.ms');
  assert.equal(m.verdict, 'warn', m.reason);
  assert.ok(m.detectable && m.detectable.effect < 1 && m.detectable.effect > 0.8, `detectable ${m.detectable?.label}`);
  assert.match(m.detectable!.label, /^×0\.\d+$/);
  // A rise is not what this gate guards against.
  const rose = judge([successRate(400, 0, 0), latency(400, 1.5, 14)], { outputKind: 'text', gates });
  assert.equal(byId(rose, 'latency.ms').verdict, 'pass');
});
