// The paired judge: per-metric statistics (evaluate.ts), Holm across the gating metrics, then one verdict.
//
// A gating metric (one with a gate that is not muted) breaches when its one-sided test of harm beyond the
// gate's tolerance rejects at α after Holm across all tested gates (distance gates, which have no test,
// breach past their fixed threshold). Breach of a critical gate → fail; of a non-critical gate → warn.
// Too few pairs in which both sides answered → error (an outage is never a verdict on the candidate);
// fewer pairs than minSamples → inconclusive. Each gate states the pairs at which a regression at its
// threshold is found with power 0.8 (at one-sided level α / number of tested gates, which Holm never
// needs more than) and the smallest regression this run could find. Metrics without a gate are info.

import type { Divergence, GateSpec, Judgement, MetricJudgement, MetricResult, MetricVerdict, OutputKind, SideFailures, Verdict } from '../types.ts';
import { evaluateMetric, fmt, type Evaluation } from './evaluate.ts';
import { effectiveGates } from './gates.ts';
import { holmAdjust } from './stats/index.ts';
import { STOPPED_RUN_LABELS } from '../metrics/common.ts';
import { VERDICT_EXIT } from '../core/exit.ts';

export interface JudgeSettings {
  /** Gates from the manifest; they override the per-kind defaults metric by metric (see effectiveGates). */
  gates?: GateSpec[];
  outputKind: OutputKind;
  alpha?: number;
  confidence?: number;
  minSamples?: number;
}

/** Exit codes carried in the report: a failing verdict, an outage (nothing could be compared); see src/core/exit.ts. */
export const EXIT_CODES = VERDICT_EXIT;

const TESTED = new Set<MetricResult['test']>(['paired-binary', 'paired-continuous', 'agreement']);

/** The agreement metric whose share of differing answers the headline states, per kind (first present wins). */
export const HEADLINE_DIVERGENCE: Readonly<Record<OutputKind, readonly string[]>> = {
  text: ['text.exact_match'],
  json: ['json.deep_equal'],
  'tool-calls': ['tools.args_equal', 'tools.name_f1'],
  label: ['label.agreement'],
  numeric: ['numeric.within_tolerance'],
};

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
  const isGating = (metric: MetricResult): boolean => {
    const gate = gateFor.get(metric.id);
    return gate !== undefined && !gate.muted && metric.test !== 'info';
  };
  const tested = all.filter((m) => isGating(m) && m.n > 0 && TESTED.has(m.test)).length;
  const powerAlpha = alpha / Math.max(1, tested);

  const rows = all.map((metric) => {
    const gate = gateFor.get(metric.id);
    const gating = isGating(metric);
    const evaluation: Evaluation = known.has(metric.id)
      ? evaluateMetric(metric, gate, { alpha, confidence, powerAlpha })
      : { n: 0, breach: false, summary: 'no data', detail: 'no metric with this id was computed' };
    return { metric, gate, gating, evaluation };
  });

  const withP = rows.filter((r) => r.gating && r.evaluation.n > 0 && r.evaluation.pValue !== undefined);
  const adjusted = holmAdjust(withP.map((r) => r.evaluation.pValue!));
  const pAdjustedOf = new Map(withP.map((r, i) => [r, adjusted[i]!]));

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
      const breach = pAdjusted === undefined ? evaluation.breach : pAdjusted <= alpha;
      verdict = breach ? (gate?.critical ? 'fail' : 'warn') : 'pass';
      const power = [
        evaluation.detectable ? `detectable at this n: ${evaluation.detectable.label}` : undefined,
        evaluation.neededSamples !== undefined ? `≈${evaluation.neededSamples} pairs for power 0.8 at the threshold` : undefined,
      ].filter(Boolean);
      const heldByHolm = evaluation.breach && !breach ? `, but not significant after Holm (p=${fmt(pAdjusted!, 3)} > ${alpha})` : '';
      why = [`${evaluation.detail}${heldByHolm}`, ...power].join('; ');
    }
    const stats = [
      evaluation.summary,
      evaluation.pValue !== undefined ? `p=${fmt(evaluation.pValue, 3)}${pAdjusted !== undefined ? `, Holm ${fmt(pAdjusted, 3)}` : ''}` : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    const judgement: MetricJudgement = { metric, verdict, reason: `${metric.id}: ${stats} — ${why}` };
    if (gate) judgement.gate = gate;
    if (evaluation.effect !== undefined) judgement.effect = evaluation.effect;
    if (evaluation.effectLabel !== undefined) judgement.effectLabel = evaluation.effectLabel;
    if (evaluation.interval) judgement.interval = evaluation.interval;
    if (evaluation.pValue !== undefined) judgement.pValue = evaluation.pValue;
    if (pAdjusted !== undefined) judgement.pAdjusted = pAdjusted;
    if (gating && evaluation.neededSamples !== undefined) judgement.neededSamples = evaluation.neededSamples;
    if (gating && evaluation.detectable) judgement.detectable = evaluation.detectable;
    return judgement;
  });

  const n = pairCount(results);
  const success = results.find((r) => r.id === 'requests.success_rate');
  const answered = success?.binary ? success.binary.bothPass : n;
  const failures = sideFailures(success);
  const divergence = headlineDivergence(results, settings.outputKind);
  const gatingRows = metrics.filter((m) => m.gate && !m.gate.muted && m.metric.test !== 'info');
  // The pairs at which every gate's stated power holds: the largest need, and the gate that sets it.
  const need = gatingRows.filter((m) => m.neededSamples !== undefined).sort((a, b) => b.neededSamples! - a.neededSamples!)[0];
  const neededSamples = need ? Math.max(minSamples, need.neededSamples!) : undefined;

  const reasons: string[] = [];
  let verdict: Verdict;
  const criticalNoData = metrics.filter((m) => m.verdict === 'nodata' && m.gate?.critical && !m.gate.muted);
  if (metrics.some((m) => m.verdict === 'fail')) {
    // A critical breach already shown (e.g. every candidate request failing): more pairs could not make it pass.
    verdict = 'fail';
  } else if (answered < minSamples && 2 * answered <= n - pairsStoppedByRun(failures)) {
    // Most pairs lost an answer: an outage (credentials, quota, a retired model, a dead endpoint), not a verdict.
    verdict = 'error';
    reasons.push(
      `ERROR: only ${answered} of ${n} pairs have both answers, fewer than the minimum ${minSamples}: ${describeFailures(failures) || 'requests failed'}`,
    );
  } else if (answered < minSamples) {
    verdict = 'inconclusive';
    const lost = answered < n ? ` (${describeFailures(failures)})` : '';
    const needText =
      neededSamples !== undefined
        ? `; ≈${neededSamples} pairs find a regression at every gate's threshold with power 0.8 (${need!.metric.id} needs the most)`
        : '';
    reasons.push(
      `INCONCLUSIVE: ${answered < n ? `${answered} of ${n} pairs have both answers` : `${n} pairs`}, fewer than the minimum ${minSamples}${lost}${needText}`,
    );
  } else if (criticalNoData.length > 0) {
    verdict = 'inconclusive';
    reasons.push(`INCONCLUSIVE: no data for critical ${criticalNoData.map((m) => m.metric.id).join(', ')}`);
  } else if (metrics.some((m) => m.verdict === 'warn')) {
    verdict = 'warn';
  } else {
    verdict = 'pass';
  }
  if (verdict === 'error') {
    // Nothing was compared: a gate that "passed" on the few pairs left would read as a green check.
    for (const m of metrics) {
      if (m.verdict !== 'pass') continue;
      m.verdict = 'info';
      m.reason = `${m.reason} (not judged: too few pairs have both answers)`;
    }
  }
  // Most severe first: the first reason is the one-line summary in logs and the PR comment.
  for (const m of metrics) if (m.verdict === 'fail') reasons.push(`FAIL${m.gate?.critical ? ' (critical)' : ''} ${m.reason}`);
  for (const m of metrics) if (m.verdict === 'warn') reasons.push(`WARN ${m.reason}`);
  for (const m of metrics) if (m.verdict === 'nodata' && m.gate && !m.gate.muted) reasons.push(`NODATA ${m.reason}`);
  if (verdict === 'pass') {
    const underpowered =
      neededSamples !== undefined && n < neededSamples
        ? `; below the ≈${neededSamples} pairs at which a regression at every gate's threshold is found with power 0.8 (${need!.metric.id})`
        : '';
    reasons.push(`PASS: ${gatingRows.length} gated metric(s) show no regression beyond their tolerance over ${n} pairs${underpowered}`);
  }

  const judgement: Judgement = { verdict, exitCode: EXIT_CODES[verdict], n, minSamples, alpha, confidence, metrics, reasons, answered };
  if (neededSamples !== undefined) {
    judgement.neededSamples = neededSamples;
    judgement.neededFor = need!.metric.id;
  }
  if (failures) judgement.failures = failures;
  if (divergence) judgement.divergence = divergence;
  return judgement;
}

/** Pairs in the run: the success-rate metric counts every pair; otherwise the largest metric. */
function pairCount(results: readonly MetricResult[]): number {
  const success = results.find((r) => r.id === 'requests.success_rate');
  if (success) return success.n;
  return results.reduce((max, r) => Math.max(max, r.n), 0);
}

/**
 * Pairs the run itself stopped (cancelled by a signal, or past the deadline) are no evidence of an outage:
 * a run cancelled early is partial and inconclusive, not an error. Counted per side; a stopped pair
 * usually lost both answers, so the larger side's count is the number of pairs.
 */
function pairsStoppedByRun(failures: SideFailures | undefined): number {
  if (!failures) return 0;
  const stopped = (side: Record<string, number>) => STOPPED_RUN_LABELS.reduce((sum, label) => sum + (side[label] ?? 0), 0);
  return Math.max(stopped(failures.baseline), stopped(failures.candidate));
}

function sideFailures(success: MetricResult | undefined): SideFailures | undefined {
  const labels = success?.details?.failureLabels as Partial<SideFailures> | undefined;
  if (!labels) return undefined;
  return { baseline: { ...labels.baseline }, candidate: { ...labels.candidate } };
}

/** `baseline: HTTP 404 ×60; candidate: connection refused ×58, timeout ×2` (sides without failures left out). */
export function describeFailures(failures: SideFailures | undefined): string {
  if (!failures) return '';
  const side = (name: keyof SideFailures) => {
    const entries = Object.entries(failures[name]).filter(([, count]) => count > 0);
    if (entries.length === 0) return undefined;
    entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return `${name}: ${entries.map(([label, count]) => `${label} ×${count}`).join(', ')}`;
  };
  return [side('baseline'), side('candidate')].filter(Boolean).join('; ');
}

function headlineDivergence(results: readonly MetricResult[], kind: OutputKind): Divergence | undefined {
  for (const id of HEADLINE_DIVERGENCE[kind]) {
    const metric = results.find((r) => r.id === id);
    const values = metric?.agreement?.values;
    if (!metric || !values || values.length === 0) continue;
    const divergence: Divergence = { metric: id, n: values.length, changed: countBelowOne(values) };
    const noise = metric.agreement?.noise;
    if (noise && noise.length > 0) divergence.noiseChanged = countBelowOne(noise);
    return divergence;
  }
  return undefined;
}

function countBelowOne(values: ArrayLike<number>): number {
  let changed = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! < 1) changed++;
  return changed;
}

/** `60 of 60 answers differ (100 %, json.deep_equal; A/A 0 %)`. */
export function describeDivergence(divergence: Divergence | undefined): string {
  if (!divergence) return '';
  const share = (count: number) => `${fmt((100 * count) / Math.max(1, divergence.n), 3)} %`;
  const noise = divergence.noiseChanged !== undefined ? `; A/A ${share(divergence.noiseChanged)}` : '';
  return `${divergence.changed} of ${divergence.n} answers differ (${share(divergence.changed)}, ${divergence.metric}${noise})`;
}
