import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/judge/gates.ts
var RATE_TOLERANCE = 0;
var RATE_THRESHOLD = 0.02;
var RATIO_TOLERANCE = 0.05;
var RATIO_THRESHOLD = 1.2;
var AGREEMENT_TOLERANCE = 0.02;
var AGREEMENT_DROP_THRESHOLD = 0.05;
var AGREEMENT_FLOOR = 0.9;
var EXACT_AGREEMENT_METRICS = /* @__PURE__ */ new Set([
  "json.deep_equal",
  "label.agreement",
  "numeric.within_tolerance",
  "tools.name_f1",
  "tools.args_equal",
  "text.exact_match",
  "text.normalized_match"
]);
function agreementReference(metricId, gateThreshold, metricThreshold) {
  return gateThreshold ?? (EXACT_AGREEMENT_METRICS.has(metricId) ? AGREEMENT_FLOOR : metricThreshold ?? AGREEMENT_FLOOR);
}
var rateGate = (metric, critical) => ({
  metric,
  direction: "decrease",
  tolerance: RATE_TOLERANCE,
  threshold: RATE_THRESHOLD,
  critical
});
var ratioGate = (metric, direction = "increase") => ({
  metric,
  direction,
  tolerance: RATIO_TOLERANCE,
  threshold: RATIO_THRESHOLD,
  critical: false
});
var agreementGate = (metric) => ({ metric, direction: "decrease", tolerance: AGREEMENT_TOLERANCE, critical: false });
var COMMON_DEFAULT_GATES = [
  rateGate("requests.success_rate", true),
  ratioGate("latency.ms"),
  // Present only for streamed replay (model.stream): the latency users feel.
  ratioGate("latency.ttft_ms"),
  ratioGate("latency.inter_token_ms"),
  ratioGate("tokens.total")
];
var KIND_DEFAULT_GATES = {
  json: [rateGate("json.parse_rate", true), rateGate("json.schema_pass", true), agreementGate("json.deep_equal")],
  "tool-calls": [rateGate("tools.valid", true), agreementGate("tools.name_f1")],
  label: [agreementGate("label.agreement")],
  numeric: [ratioGate("numeric.value", "either"), agreementGate("numeric.within_tolerance")],
  // text.rouge_l is swapped for text.embedding_cosine when embeddings were computed; see defaultGates.
  text: [agreementGate("text.rouge_l")]
};
function defaultGates(kind, results) {
  const present = new Set(results.map((r) => r.id));
  const gates = [...COMMON_DEFAULT_GATES, ...KIND_DEFAULT_GATES[kind]].map(
    (g) => kind === "text" && g.metric === "text.rouge_l" && present.has("text.embedding_cosine") ? agreementGate("text.embedding_cosine") : { ...g }
  );
  return gates.filter((g) => present.has(g.metric));
}
function effectiveGates(kind, results, given = []) {
  const givenFor = new Map(given.map((g) => [g.metric, g]));
  const defaults = defaultGates(kind, results);
  const merged = defaults.map((d) => ({ ...d, ...definedFields(givenFor.get(d.metric)) }));
  const covered = new Set(defaults.map((d) => d.metric));
  return [...merged, ...given.filter((g) => !covered.has(g.metric)).map((g) => ({ ...g }))];
}
function definedFields(gate) {
  if (!gate) return {};
  return Object.fromEntries(Object.entries(gate).filter(([, v]) => v !== void 0));
}

export {
  RATE_TOLERANCE,
  RATE_THRESHOLD,
  RATIO_TOLERANCE,
  RATIO_THRESHOLD,
  AGREEMENT_TOLERANCE,
  AGREEMENT_DROP_THRESHOLD,
  EXACT_AGREEMENT_METRICS,
  agreementReference,
  effectiveGates
};
