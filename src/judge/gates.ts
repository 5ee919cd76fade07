// Default gates. Exported so the README can print them. A manifest's gates override them metric by metric
// (see effectiveGates); a default is dropped only by muting it.
//
//   metric                     test               bad when     critical  tolerance (band)   threshold (effect)
//   requests.success_rate      paired-binary      decrease     yes       0.5 point          1 point drop
//   latency.ms                 paired-continuous  increase     no        5 % of baseline    median ×1.2
//   latency.ttft_ms, latency.inter_token_ms (streamed replay only): as latency.ms
//   tokens.total               paired-continuous  increase     no        5 % of baseline    median ×1.2
//   json:       json.parse_rate, json.schema_pass (paired-binary, critical, as success rate)
//   tool-calls: tools.valid (paired-binary, critical), tools.name_f1 (agreement)
//   label:      label.agreement (agreement), label.distribution_js (distance, metric's threshold)
//   numeric:    numeric.value (paired-continuous, either direction, ×1.2), numeric.within_tolerance (agreement),
//               numeric.wasserstein_norm (distance, metric's threshold 0.1)
//   text:       text.embedding_cosine when present, else text.rouge_l (agreement)
//
// Units: for paired-binary the band and threshold are differences of rates; for paired-continuous the band
// is a share of the baseline median and the threshold a ratio of medians; for agreement the threshold is the
// lowest acceptable mean score (without an A/A floor), and the band the slack around it; for distance the
// threshold is the largest acceptable distance.

import type { GateSpec, MetricResult, OutputKind } from '../types.ts';

export const RATE_TOLERANCE = 0.005;
export const RATE_THRESHOLD = 0.01;
export const RATIO_TOLERANCE = 0.05;
export const RATIO_THRESHOLD = 1.2;
export const AGREEMENT_TOLERANCE = 0.02;
/** With an A/A noise floor: how far below the A/A agreement the mean may drop before it is an effect. */
export const AGREEMENT_DROP_THRESHOLD = 0.05;

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
const distanceGate = (metric: string): GateSpec => ({ metric, direction: 'increase', critical: false });

export const COMMON_DEFAULT_GATES: readonly GateSpec[] = [
  rateGate('requests.success_rate', true),
  ratioGate('latency.ms'),
  // Present only for streamed replay (model.stream): the latency users feel.
  ratioGate('latency.ttft_ms'),
  ratioGate('latency.inter_token_ms'),
  ratioGate('tokens.total'),
];

export const KIND_DEFAULT_GATES: Readonly<Record<OutputKind, readonly GateSpec[]>> = {
  json: [rateGate('json.parse_rate', true), rateGate('json.schema_pass', true)],
  'tool-calls': [rateGate('tools.valid', true), agreementGate('tools.name_f1')],
  label: [agreementGate('label.agreement'), distanceGate('label.distribution_js')],
  numeric: [ratioGate('numeric.value', 'either'), agreementGate('numeric.within_tolerance'), distanceGate('numeric.wasserstein_norm')],
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
