// The paired judge: per-metric statistics (evaluate.ts), Holm across the gating metrics, then one verdict.
//
// A gating metric (one with a gate that is not muted) breaches only when, in a bad direction,
//   1. its interval leaves the tolerance band, and 2. its effect passes the threshold (Kayenta's two
//   conditions), and 3. where the test has a p-value, the Holm-adjusted p-value is ≤ α.
// Breach of a critical gate → fail; of a non-critical gate → warn. Fewer pairs than minSamples → inconclusive,
// with the pairs needed to detect the observed effects. Metrics without a gate are reported as info.

import type { GateSpec, Judgement, MetricJudgement, MetricResult, MetricVerdict, OutputKind, Verdict } from '../types.ts';
import { evaluateMetric, fmt, type Evaluation } from './evaluate.ts';
import { effectiveGates } from './gates.ts';
import { holmAdjust } from './stats/index.ts';

export interface JudgeSettings {
  /** Gates from the manifest; they override the per-kind defaults metric by metric (see effectiveGates). */
  gates?: GateSpec[];
  outputKind: OutputKind;
  alpha?: number;
  confidence?: number;
  minSamples?: number;
}

export const EXIT_CODES: Readonly<Record<Verdict, number>> = { pass: 0, warn: 0, fail: 1, inconclusive: 0 };

export function judge(results: MetricResult[], settings: JudgeSettings): Judgement {
  const alpha = settings.alpha ?? 0.05;
  const confidence = settings.confidence ?? 0.95;
  const minSamples = settings.minSamples ?? 50;
  const gates = effectiveGates(settings.outputKind, results, settings.gates);
  const gateFor = new Map(gates.map((g) => [g.metric, g]));
  const known = new Set(results.map((r) => r.id));
  const missing: MetricResult[] = gates
    .filter((g) => !known.has(g.metric))
    .map((g) => ({ id: g.metric, title: g.metric, unit: 'value', test: 'info', badDirection: g.direction ?? 'either', n: 0 }));
  const all = [...results, ...missing];

  const rows = all.map((metric) => {
    const gate = gateFor.get(metric.id);
    const gating = gate !== undefined && !gate.muted && metric.test !== 'info';
    const evaluation: Evaluation = known.has(metric.id) ? evaluateMetric(metric, gate, { alpha, confidence }) : { n: 0, breach: false, summary: 'no data', detail: 'no metric with this id was computed' };
    return { metric, gate, gating, evaluation };
  });

  const tested = rows.filter((r) => r.gating && r.evaluation.n > 0 && r.evaluation.pValue !== undefined);
  const adjusted = holmAdjust(tested.map((r) => r.evaluation.pValue!));
  const pAdjustedOf = new Map(tested.map((r, i) => [r, adjusted[i]!]));

  const metrics: MetricJudgement[] = rows.map((row) => {
    const { metric, gate, gating, evaluation } = row;
    const pAdjusted = pAdjustedOf.get(row);
    let verdict: MetricVerdict;
    let why: string;
    if (metric.n === 0 || evaluation.n === 0) {
      verdict = 'nodata';
      why = evaluation.detail;
    } else if (!gating) {
      verdict = 'info';
      why = gate?.muted ? 'muted' : metric.test === 'info' ? 'reported only' : 'not gated';
    } else {
      const significant = pAdjusted === undefined || pAdjusted <= alpha;
      const breach = evaluation.breach && significant;
      verdict = breach ? (gate?.critical ? 'fail' : 'warn') : 'pass';
      why = evaluation.breach && !significant ? `${evaluation.detail}, but not significant after Holm (p=${fmt(pAdjusted!, 3)} > ${alpha})` : evaluation.detail;
    }
    const stats = [evaluation.summary, evaluation.pValue !== undefined ? `p=${fmt(evaluation.pValue, 3)}${pAdjusted !== undefined ? `, Holm ${fmt(pAdjusted, 3)}` : ''}` : undefined].filter(Boolean).join('; ');
    const judgement: MetricJudgement = { metric, verdict, reason: `${metric.id}: ${stats} — ${why}` };
    if (gate) judgement.gate = gate;
    if (evaluation.effect !== undefined) judgement.effect = evaluation.effect;
    if (evaluation.effectLabel !== undefined) judgement.effectLabel = evaluation.effectLabel;
    if (evaluation.interval) judgement.interval = evaluation.interval;
    if (evaluation.pValue !== undefined) judgement.pValue = evaluation.pValue;
    if (pAdjusted !== undefined) judgement.pAdjusted = pAdjusted;
    return judgement;
  });

  const n = pairCount(results);
  const gatingRows = metrics.filter((m) => m.gate && !m.gate.muted && m.metric.test !== 'info');
  const reasons: string[] = [];
  let verdict: Verdict;
  let neededSamples: number | undefined;
  // A critical gate without data (or naming a metric that was not computed) cannot pass.
  const criticalNoData = metrics.filter((m) => m.verdict === 'nodata' && m.gate?.critical && !m.gate.muted);
  if (n < minSamples && !metrics.some((m) => m.verdict === 'fail')) {
    // Too few pairs to vouch for the candidate. A critical breach that is already significant at this size
    // (e.g. every candidate request failing) still fails: more pairs could not make it pass.
    verdict = 'inconclusive';
    const needs = rows.filter((r) => r.gating && r.evaluation.neededSamples !== undefined).map((r) => r.evaluation.neededSamples!);
    neededSamples = Math.max(minSamples, ...needs);
    reasons.push(`INCONCLUSIVE: ${n} pairs, fewer than the minimum ${minSamples}; need ≈${neededSamples} pairs to detect the observed effects (α=${alpha}, power 0.8)`);
  } else if (metrics.some((m) => m.verdict === 'fail')) {
    verdict = 'fail';
  } else if (criticalNoData.length > 0) {
    verdict = 'inconclusive';
    neededSamples = minSamples;
    reasons.push(`INCONCLUSIVE: no data for critical ${criticalNoData.map((m) => m.metric.id).join(', ')}`);
  } else if (metrics.some((m) => m.verdict === 'warn')) {
    verdict = 'warn';
  } else {
    verdict = 'pass';
  }
  // Most severe first: the first reason is the one-line summary in logs and the PR comment.
  for (const m of metrics) if (m.verdict === 'fail') reasons.push(`FAIL${m.gate?.critical ? ' (critical)' : ''} ${m.reason}`);
  for (const m of metrics) if (m.verdict === 'warn') reasons.push(`WARN ${m.reason}`);
  for (const m of metrics) if (m.verdict === 'nodata' && m.gate && !m.gate.muted) reasons.push(`NODATA ${m.reason}`);
  if (verdict === 'pass') reasons.push(`PASS: ${gatingRows.length} gated metric(s) within their bands or thresholds over ${n} pairs`);

  const judgement: Judgement = { verdict, exitCode: EXIT_CODES[verdict], n, minSamples, alpha, confidence, metrics, reasons };
  if (neededSamples !== undefined) judgement.neededSamples = neededSamples;
  return judgement;
}

/** Pairs in the run: the success-rate metric counts every pair; otherwise the largest metric. */
function pairCount(results: readonly MetricResult[]): number {
  const success = results.find((r) => r.id === 'requests.success_rate');
  if (success) return success.n;
  return results.reduce((max, r) => Math.max(max, r.n), 0);
}
