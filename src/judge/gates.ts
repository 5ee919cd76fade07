// Default gates. Exported so the README can print them. A manifest's gates override them metric by metric
// (see effectiveGates); a default is dropped only by muting it.
//
// Every gated metric is judged by a one-sided test of harm: "is the candidate worse than the tolerance
// allows?", at level α with Holm across the tested gates (judge.ts). The threshold is the regression each
// gate is powered to find: the judge reports the pairs at which a regression of that size is found with
// power 0.8, and the smallest regression this run's n could find.
//
//   metric                     test               bad when     critical  tolerance (H₀ boundary)   threshold (power target)
//   requests.success_rate      paired-binary      decrease     yes       0 points                  2 points lost
//   latency.ms                 paired-continuous  increase     no        ×1.05                     ×1.2
//   latency.ttft_ms, latency.inter_token_ms (streamed replay only): as latency.ms
//   tokens.total               paired-continuous  increase     no        ×1.05                     ×1.2
//   json:       json.parse_rate, json.schema_pass (paired-binary, critical, as success rate);
//               json.deep_equal (agreement)
//   tool-calls: tools.valid (paired-binary, critical), tools.name_f1 (agreement)
//   label:      label.agreement (agreement)
//   numeric:    numeric.value (paired-continuous, either direction, ×1.2), numeric.within_tolerance (agreement)
//   text:       text.embedding_cosine when present, else text.rouge_l (agreement)
//
// Agreement: the per-pair score is compared with the A/A score of the same pair when the noise floor ran,
// else with a reference level (the gate's threshold, by default AGREEMENT_FLOOR for exact-match scores and
// the metric's own threshold for text similarity); the gate warns when the mean is shown to be more than
// the tolerance below it, and is powered for a drop of AGREEMENT_DROP_THRESHOLD.
//
// Distribution distances (label.distribution_js, numeric.wasserstein_norm …) are not gated by default: their
// sample values sit above zero even for identical models (JS distance of two samples of 50 labels passes
// 0.1 in ~8 % of A/A runs), so a fixed threshold has no stated error rate. The paired agreement gates see
// the same change with a test. A manifest may still gate a distance on its fixed threshold.

import type { GateSpec, MetricResult, OutputKind } from '../types.ts';

export const RATE_TOLERANCE = 0;
export const RATE_THRESHOLD = 0.02;
export const RATIO_TOLERANCE = 0.05;
export const RATIO_THRESHOLD = 1.2;
export const AGREEMENT_TOLERANCE = 0.02;
/** The drop of mean agreement below the reference (A/A or AGREEMENT_FLOOR) the agreement gates are powered for. */
export const AGREEMENT_DROP_THRESHOLD = 0.05;
/** Without the noise floor: the mean agreement expected of a repeatable (temperature 0) model for exact-match scores. */
export const AGREEMENT_FLOOR = 0.9;
/** Agreement scores that are 1 exactly when the answers match; the others (text similarity) keep the metric's threshold. */
export const EXACT_AGREEMENT_METRICS: ReadonlySet<string> = new Set([
  'json.deep_equal',
  'label.agreement',
  'numeric.within_tolerance',
  'tools.name_f1',
  'tools.args_equal',
  'text.exact_match',
  'text.normalized_match',
]);

/** The level an agreement gate compares with when there is no A/A floor: the gate's threshold, else the default. */
export function agreementReference(metricId: string, gateThreshold: number | undefined, metricThreshold: number | undefined): number {
  return gateThreshold ?? (EXACT_AGREEMENT_METRICS.has(metricId) ? AGREEMENT_FLOOR : (metricThreshold ?? AGREEMENT_FLOOR));
}

const rateGate = (metric: string, critical: boolean): GateSpec => ({
  metric,
  direction: 'decrease',
  tolerance: RATE_TOLERANCE,
  threshold: RATE_THRESHOLD,
  critical,
});
const ratioGate = (metric: string, direction: GateSpec['direction'] = 'increase'): GateSpec => ({
  metric,
  direction,
  tolerance: RATIO_TOLERANCE,
  threshold: RATIO_THRESHOLD,
  critical: false,
});
const agreementGate = (metric: string): GateSpec => ({ metric, direction: 'decrease', tolerance: AGREEMENT_TOLERANCE, critical: false });

export const COMMON_DEFAULT_GATES: readonly GateSpec[] = [
  rateGate('requests.success_rate', true),
  ratioGate('latency.ms'),
  // Present only for streamed replay (model.stream): the latency users feel.
  ratioGate('latency.ttft_ms'),
  ratioGate('latency.inter_token_ms'),
  ratioGate('tokens.total'),
];

export const KIND_DEFAULT_GATES: Readonly<Record<OutputKind, readonly GateSpec[]>> = {
  json: [rateGate('json.parse_rate', true), rateGate('json.schema_pass', true), agreementGate('json.deep_equal')],
  'tool-calls': [rateGate('tools.valid', true), agreementGate('tools.name_f1')],
  label: [agreementGate('label.agreement')],
  numeric: [ratioGate('numeric.value', 'either'), agreementGate('numeric.within_tolerance')],
  // text.rouge_l is swapped for text.embedding_cosine when embeddings were computed; see defaultGates.
  text: [agreementGate('text.rouge_l')],
};

/** The default gates for an output kind, restricted to the metrics that were actually computed. */
export function defaultGates(kind: OutputKind, results: readonly MetricResult[]): GateSpec[] {
  const present = new Set(results.map((r) => r.id));
  const gates = [...COMMON_DEFAULT_GATES, ...KIND_DEFAULT_GATES[kind]].map((g) =>
    kind === 'text' && g.metric === 'text.rouge_l' && present.has('text.embedding_cosine') ? agreementGate('text.embedding_cosine') : { ...g },
  );
  return gates.filter((g) => present.has(g.metric));
}

/**
 * The gates the judge applies: the defaults for the kind, each overridden field by field by a manifest gate
 * for the same metric, plus the manifest's gates for other metrics. Dropping a default takes `muted: true`,
 * so adding one gate never silently removes the critical success-rate gate.
 */
export function effectiveGates(kind: OutputKind, results: readonly MetricResult[], given: readonly GateSpec[] = []): GateSpec[] {
  const givenFor = new Map(given.map((g) => [g.metric, g]));
  const defaults = defaultGates(kind, results);
  const merged = defaults.map((d) => ({ ...d, ...definedFields(givenFor.get(d.metric)) }));
  const covered = new Set(defaults.map((d) => d.metric));
  return [...merged, ...given.filter((g) => !covered.has(g.metric)).map((g) => ({ ...g }))];
}

function definedFields(gate: GateSpec | undefined): Partial<GateSpec> {
  if (!gate) return {};
  return Object.fromEntries(Object.entries(gate).filter(([, v]) => v !== undefined)) as Partial<GateSpec>;
}
