import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  bySeverity,
  chartEffect,
  effectKind,
  formatDuration,
  formatEffect,
  formatInterval,
  formatNumber,
  formatP,
  formatValue,
} from '../../src/report/format.ts';
import type { MetricJudgement, MetricResult } from '../../src/types.ts';

function judged(metric: Partial<MetricResult>, fields: Partial<MetricJudgement> = {}): MetricJudgement {
  return {
    metric: { id: 'm', title: 'M', unit: 'value', test: 'info', badDirection: 'either', n: 100, ...metric },
    verdict: 'pass',
    reason: '',
    ...fields,
  };
}

describe('report number formatting', () => {
  test('values in their units: rates as %, latency in ms or s, tokens, counts', () => {
    assert.equal(formatValue('rate', 0.972), '97.2 %');
    assert.equal(formatValue('rate', 1), '100 %');
    assert.equal(formatValue('rate', 0.0004), '0.04 %');
    assert.equal(formatValue('ms', 812), '812 ms');
    assert.equal(formatValue('ms', 1240), '1.24 s');
    assert.equal(formatValue('tokens', 1234.4), '1,234.4 tok');
    assert.equal(formatValue('count', 12345), '12,345');
    assert.equal(formatValue('score', 0.87654), '0.877');
    assert.equal(formatValue('rate', undefined), '—');
    assert.equal(formatValue('ms', Number.NaN), 'n/a');
  });

  test('durations read as people say them', () => {
    assert.equal(formatDuration(59_000), '59 s');
    assert.equal(formatDuration(192_400), '3 m 12 s');
    assert.equal(formatDuration(3 * 3_600_000 + 5 * 60_000), '3 h 5 m');
  });

  test('effects: Δ in points for rates, ratio with percent for continuous, value and limit for distances', () => {
    const rate = judged({ unit: 'rate', test: 'paired-binary', baseline: 0.97 }, { effect: -0.041, interval: [-0.06, -0.022] });
    assert.equal(effectKind(rate), 'delta');
    assert.equal(formatEffect(rate), '−4.1 pp');
    assert.equal(formatInterval(rate), '−6.0 pp … −2.2 pp');
    // The judge: the paired ratio (Hodges–Lehmann on log ratios) as the effect, its interval as the interval.
    const latency = judged({ unit: 'ms', test: 'paired-continuous', baseline: 800 }, { effect: 1.18, effectLabel: '×1.18', interval: [1.12, 1.24] });
    assert.equal(effectKind(latency), 'ratio');
    assert.equal(formatEffect(latency), '×1.18 (+18.0 %)');
    assert.equal(formatInterval(latency), '×1.12 … ×1.24');
    // … and a Δ when the baseline median is 0.
    const zeroBaseline = judged({ unit: 'ms', test: 'paired-continuous', baseline: 0 }, { effect: 35, effectLabel: 'Δ +35 ms', interval: [20, 50] });
    assert.equal(effectKind(zeroBaseline), 'delta');
    assert.equal(formatEffect(zeroBaseline), '+35 ms');
    assert.equal(formatInterval(zeroBaseline), '+20 ms … +50 ms');
    assert.equal(chartEffect(zeroBaseline), undefined, 'no common scale for a bare shift');
    const psi = judged({ unit: 'distance', test: 'distance', distance: { value: 0.12, threshold: 0.1 } }, { effect: 0.12 });
    assert.equal(formatEffect(psi), '0.12 (limit 0.1)');
    assert.equal(chartEffect(psi), undefined);
    const bar = chartEffect(latency);
    assert.ok(bar && Math.abs(bar.value - 18) < 1e-9 && Math.abs((bar.low ?? 0) - 12) < 1e-9 && Math.abs((bar.high ?? 0) - 24) < 1e-9);
    const rateBar = chartEffect(rate);
    assert.ok(rateBar && Math.abs(rateBar.value + 4.1) < 1e-9, 'rates chart in points');
    // Agreement: effect and interval are Δ scores against the reference (the A/A floor, or a reference level).
    const aa = judged(
      { unit: 'score', test: 'agreement', agreement: { values: [1, 0], noise: [1, 1] } },
      { effect: -0.05, effectLabel: '-0.050 vs A/A', interval: [-0.08, -0.02] },
    );
    assert.equal(formatEffect(aa), '−0.05 vs A/A');
    assert.equal(formatInterval(aa), '−0.08 … −0.02');
    assert.ok(Math.abs((chartEffect(aa)?.value ?? 0) + 5) < 1e-9);
    const vsThreshold = judged(
      { unit: 'score', test: 'agreement', agreement: { values: [1, 0], threshold: 0.8 } },
      { effect: 0.08, effectLabel: '+0.080 vs 0.8', interval: [0.05, 0.11] },
    );
    assert.equal(formatEffect(vsThreshold), '+0.08 vs 0.8');
    assert.equal(formatInterval(vsThreshold), '+0.05 … +0.11');
    assert.ok(Math.abs((chartEffect(vsThreshold)?.value ?? 0) - 8) < 1e-9);
    // Exact-match scores without the floor are compared with the default reference level 0.9.
    const exact = judged(
      { id: 'label.agreement', unit: 'rate', test: 'agreement', agreement: { values: [1, 0], threshold: 1 } },
      { effect: -0.622, interval: [-0.666, -0.579] },
    );
    assert.equal(formatEffect(exact), '−62.2 pp vs 90.0 %');
    assert.equal(formatInterval(exact), '−66.6 pp … −57.9 pp');
  });

  test('p-values', () => {
    assert.equal(formatP(0.0004), '<0.001');
    assert.equal(formatP(0.0123), '0.012');
    assert.equal(formatP(0.042), '0.042');
    assert.equal(formatP(0.42), '0.42');
    assert.equal(formatP(0.999), '1');
    assert.equal(formatP(undefined), '—');
  });

  test('numbers: significant digits, separators, no exponent for everyday magnitudes', () => {
    assert.equal(formatNumber(1234567), '1,230,000');
    assert.equal(formatNumber(-0.5), '−0.5');
    assert.equal(formatNumber(0.00001), '1.00e-5');
    assert.equal(formatNumber(Number.POSITIVE_INFINITY), '∞');
  });

  test('metrics sort by severity, stable within a verdict', () => {
    const list = (['pass', 'info', 'fail', 'nodata', 'warn', 'fail'] as const).map((verdict, i) => judged({ id: `m${i}` }, { verdict }));
    assert.deepEqual(
      bySeverity(list).map((m) => m.metric.id),
      ['m2', 'm5', 'm4', 'm3', 'm0', 'm1'],
    );
  });
});
