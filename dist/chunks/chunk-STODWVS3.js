import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  AGREEMENT_DROP_THRESHOLD,
  AGREEMENT_TOLERANCE,
  EXACT_AGREEMENT_METRICS,
  RATE_THRESHOLD,
  RATE_TOLERANCE,
  RATIO_THRESHOLD,
  RATIO_TOLERANCE,
  agreementReference,
  effectiveGates
} from "./chunk-GUYHFYEI.js";
import {
  addCounts,
  countBinary,
  finishBinary,
  initBinary,
  mergeBinary,
  pairedMetric
} from "./chunk-FWXRZIWZ.js";
import {
  binaryDetectable,
  binaryNeeded,
  hodgesLehmannOneSample,
  holmAdjust,
  meanDetectable,
  meanNeeded,
  median,
  newcombePairedInterval,
  normCdf,
  normQuantile,
  normSf,
  signedRankDetectable,
  signedRankNeeded,
  wilcoxonSignedRank,
  wilsonInterval
} from "./chunk-VUOFWVZ7.js";
import {
  inTypedSortOrder
} from "./chunk-Z6WQK6RA.js";
import {
  VERDICT_EXIT
} from "./chunk-5UUU4TCK.js";

// src/judge/evaluate.ts
var badUp = (d) => d === "increase" || d === "either";
var badDown = (d) => d === "decrease" || d === "either";
function evaluateMetric(metric, gate, settings) {
  const direction = gate?.direction ?? metric.badDirection;
  switch (metric.test) {
    case "paired-continuous":
      return pairedContinuous(metric, gate, direction, settings);
    case "paired-binary":
      return pairedBinary(metric, gate, direction, settings);
    case "agreement":
      return agreement(metric, gate, direction, settings);
    case "distance":
      return distance(metric, gate, direction);
    case "info":
      return { n: metric.n, breach: false, summary: describeInfo(metric), detail: "reported only" };
  }
}
var noData = (what) => ({ n: 0, breach: false, summary: "no data", detail: what });
function combine(direction, up, down) {
  if (direction === "increase") return up();
  if (direction === "decrease") return down();
  return Math.min(1, 2 * Math.min(up(), down()));
}
function powerLevel(direction, settings) {
  const level = settings.powerAlpha ?? settings.alpha;
  return direction === "either" ? level / 2 : level;
}
function pairedContinuous(metric, gate, direction, settings) {
  const baseline = metric.paired?.baseline ?? [];
  const candidate = metric.paired?.candidate ?? [];
  const n = Math.min(baseline.length, candidate.length);
  if (n === 0 || metric.n === 0) return noData("no paired values");
  const tolerance = Math.abs(gate?.tolerance ?? RATIO_TOLERANCE);
  const rawThreshold = gate?.threshold ?? RATIO_THRESHOLD;
  const threshold = rawThreshold > 0 ? Math.max(rawThreshold, 1 / rawThreshold) : RATIO_THRESHOLD;
  const medianBaseline = median(prefix(baseline, n));
  const medianCandidate = median(prefix(candidate, n));
  let positive = true;
  for (let i = 0; i < n && positive; i++) positive = baseline[i] > 0 && candidate[i] > 0;
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = positive ? Math.log(candidate[i] / baseline[i]) : candidate[i] - baseline[i];
  differences.sort();
  const scale = Math.abs(medianBaseline);
  const band = positive ? Math.log1p(tolerance) : tolerance * scale;
  const target = positive ? Math.log(threshold) : (threshold - 1) * scale;
  const shifted = (by) => differences.map((d) => d + by);
  const pValue = combine(
    direction,
    () => nanToOne(wilcoxonSignedRank(shifted(-band), { alternative: "greater" }).pValue),
    () => nanToOne(wilcoxonSignedRank(shifted(band), { alternative: "less" }).pValue)
  );
  const hl = hodgesLehmannOneSample(differences, { confLevel: settings.confidence, zeros: "keep" });
  const estimate = Number.isNaN(hl.estimate) ? 0 : hl.estimate;
  const interval = positive ? [Math.exp(hl.interval[0]), Math.exp(hl.interval[1])] : [hl.interval[0], hl.interval[1]];
  const unit = metric.unit;
  const effect = positive ? Math.exp(estimate) : estimate;
  const effectLabel = positive ? `\xD7${fmt(effect, 3)}` : `\u0394 ${signed(effect)} ${unit}`;
  const level = pct(settings.confidence);
  const intervalText = positive ? `[\xD7${fmt(interval[0], 3)}, \xD7${fmt(interval[1], 3)}]` : `[${signed(interval[0])}, ${signed(interval[1])}] ${unit}`;
  const summary = `median ${fmt(medianBaseline)} \u2192 ${fmt(medianCandidate)} ${unit}; paired ${positive ? "ratio" : "shift"} ${effectLabel}, ${level} CI ${intervalText}`;
  const bandText = positive ? `\xD7${fmt(1 + tolerance, 3)}` : `${fmt(band)} ${unit}`;
  const detail = `tested: ${direction === "either" ? "a change" : direction} beyond ${bandText}`;
  const powerAlpha = powerLevel(direction, settings);
  const power = {};
  if (target > band) {
    const needs = [];
    const shifts = [];
    const widen = Math.sqrt(varianceUpperFactor(n));
    for (const worse of [1, -1]) {
      if (worse === 1 && !badUp(direction) || worse === -1 && !badDown(direction)) continue;
      const centred = new Float64Array(n);
      for (let i = 0; i < n; i++) centred[i] = worse * widen * (differences[i] - estimate);
      if (!inTypedSortOrder(centred)) centred.sort();
      needs.push(signedRankNeeded(centred, target - band, { alpha: powerAlpha }));
      shifts.push(signedRankDetectable(n, centred, { alpha: powerAlpha }));
    }
    const needed = Math.max(...needs);
    if (Number.isFinite(needed)) power.neededSamples = needed;
    const shift = Math.max(...shifts);
    if (Number.isFinite(shift)) {
      const detectable = band + shift;
      const ratio = Math.exp((direction === "either" ? 1 : sign(direction)) * detectable);
      power.detectable = positive ? { effect: ratio, label: direction === "either" ? `\xD7${fmt(ratio, 3)} either way` : `\xD7${fmt(ratio, 3)}` } : { effect: detectable, label: `${direction === "either" ? "\xB1" : sign(direction) > 0 ? "+" : "\u2212"}${fmt(detectable)} ${unit}` };
    }
  }
  return { n, effect, effectLabel, interval, pValue, breach: pValue <= settings.alpha, summary, detail, ...power };
}
var sign = (direction) => direction === "decrease" ? -1 : 1;
function pairedBinary(metric, gate, direction, settings) {
  const counts = metric.binary;
  const n = counts ? counts.bothPass + counts.baselineOnly + counts.candidateOnly + counts.neither : 0;
  if (!counts || n === 0) return noData("no pairs");
  const lost = counts.baselineOnly;
  const gained = counts.candidateOnly;
  const effect = (gained - lost) / n;
  const tolerance = Math.abs(gate?.tolerance ?? RATE_TOLERANCE);
  const threshold = Math.abs(gate?.threshold ?? RATE_THRESHOLD);
  const variance = Math.max((lost + gained + 1) / n - effect * effect, 1 / (n * n));
  const se = Math.sqrt(variance / n);
  const pValue = combine(
    direction,
    () => normSf((effect - tolerance) / se),
    () => normCdf((effect + tolerance) / se)
  );
  const interval = newcombePairedInterval(counts, settings.confidence);
  const powerAlpha = powerLevel(direction, settings);
  const discordantUpper = wilsonInterval(lost + gained, n, normQuantile(0.95))[1];
  const discordantAt = (drop) => Math.min(1, discordantUpper + drop);
  const needed = binaryNeeded(discordantAt(threshold), threshold, tolerance, { alpha: powerAlpha });
  const detectable = binaryDetectable(n, discordantAt, tolerance, { alpha: powerAlpha });
  const baselineRate = (counts.bothPass + lost) / n;
  const candidateRate = (counts.bothPass + gained) / n;
  const effectLabel = `${signed(effect * 100, 2)} pts`;
  const summary = `${pct(baselineRate, 4)} \u2192 ${pct(candidateRate, 4)} (${effectLabel}; ${lost} lost, ${gained} gained), ${pct(settings.confidence)} CI [${signed(interval[0] * 100, 2)}, ${signed(interval[1] * 100, 2)}] pts`;
  const word = direction === "increase" ? "a rise" : direction === "decrease" ? "a drop" : "a change";
  const detail = `tested: ${word} of more than ${fmt(tolerance * 100)} pts`;
  return {
    n,
    effect,
    effectLabel,
    interval,
    pValue,
    breach: pValue <= settings.alpha,
    summary,
    detail,
    ...Number.isFinite(needed) ? { neededSamples: needed } : {},
    ...Number.isFinite(detectable) ? { detectable: { effect: detectable, label: `${direction === "either" ? "\xB1" : sign(direction) > 0 ? "+" : "\u2212"}${fmt(detectable * 100, 3)} pts` } } : {}
  };
}
function agreement(metric, gate, direction, settings) {
  const values = metric.agreement?.values ?? [];
  const noise = metric.agreement?.noise;
  const withFloor = noise !== void 0 && noise.length > 0;
  const n = withFloor ? Math.min(values.length, noise.length) : values.length;
  if (n === 0) return noData("no scores");
  const exact = EXACT_AGREEMENT_METRICS.has(metric.id);
  const reference = agreementReference(metric.id, gate?.threshold, metric.agreement?.threshold);
  const tolerance = Math.abs(gate?.tolerance ?? AGREEMENT_TOLERANCE);
  const excess = new Float64Array(n);
  for (let i = 0; i < n; i++) excess[i] = values[i] - (withFloor ? noise[i] : reference);
  const average = mean(excess);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (excess[i] - average) ** 2;
  const variance = n > 1 ? ss / (n - 1) : 0;
  const se = Math.sqrt(Math.max(variance, 1 / (4 * n)) / n);
  const pValue = combine(
    direction,
    () => normSf((average - tolerance) / se),
    () => normCdf((average + tolerance) / se)
  );
  const half = normQuantile(1 - (1 - settings.confidence) / 2) * Math.sqrt(variance / n);
  const meanValue = mean(prefix(values, n));
  const drop = AGREEMENT_DROP_THRESHOLD;
  const alternativeMean = Math.min(1, Math.max(0, (withFloor ? mean(prefix(noise, n)) : reference) - drop));
  const spread = variance * varianceUpperFactor(n);
  const sdAlternative = exact ? withFloor ? Math.sqrt(spread + drop) : Math.max(Math.sqrt(spread), Math.sqrt(alternativeMean * (1 - alternativeMean))) : Math.sqrt(spread);
  const powerAlpha = powerLevel(direction, settings);
  const needed = meanNeeded(sdAlternative, drop, tolerance, { alpha: powerAlpha });
  const detectable = meanDetectable(n, sdAlternative, tolerance, { alpha: powerAlpha });
  const against = withFloor ? `A/A ${fmt(mean(prefix(noise, n)), 3)}` : `reference ${fmt(reference, 3)}`;
  const effectLabel = `${signed(average, 3)} vs ${withFloor ? "A/A" : fmt(reference, 3)}`;
  const summary = `mean ${fmt(meanValue, 3)} vs ${against} (${signed(average, 3)}), ${pct(settings.confidence)} CI [${signed(average - half, 3)}, ${signed(average + half, 3)}]`;
  const detail = `tested: mean more than ${fmt(tolerance)} ${direction === "increase" ? "above" : "below"} the ${withFloor ? "A/A level" : "reference"}`;
  return {
    n,
    effect: average,
    effectLabel,
    interval: [average - half, average + half],
    pValue,
    breach: pValue <= settings.alpha,
    summary,
    detail,
    ...Number.isFinite(needed) ? { neededSamples: needed } : {},
    ...Number.isFinite(detectable) ? { detectable: { effect: detectable, label: `mean ${direction === "increase" ? "+" : "\u2212"}${fmt(detectable, 3)} vs ${withFloor ? "A/A" : "reference"}` } } : {}
  };
}
function varianceUpperFactor(n) {
  return n > 1 ? 1 + normQuantile(0.95) * Math.sqrt(2 / (n - 1)) : 2;
}
function nanToOne(p) {
  return Number.isNaN(p) ? 1 : p;
}
function distance(metric, gate, direction) {
  if (!metric.distance || metric.n === 0) return noData("no distance");
  const { value } = metric.distance;
  const threshold = gate?.threshold ?? metric.distance.threshold;
  const breach = badUp(direction) && value > threshold || direction === "decrease" && value < threshold;
  return {
    n: metric.n,
    effect: value,
    effectLabel: `${fmt(value, 3)}`,
    breach,
    summary: `${fmt(value, 3)} (threshold ${fmt(threshold, 3)})`,
    detail: breach ? `distance ${fmt(value, 3)} is past ${fmt(threshold, 3)}` : `distance within ${fmt(threshold, 3)}`
  };
}
function describeInfo(metric) {
  if (metric.baseline !== void 0 && metric.candidate !== void 0) return `${fmt(metric.baseline)} \u2192 ${fmt(metric.candidate)} ${metric.unit}`;
  if (metric.candidate !== void 0) return `${fmt(metric.candidate)} ${metric.unit}`;
  return `${metric.n} pairs`;
}
function prefix(values, n) {
  return values.length === n ? values : values.slice(0, n);
}
function mean(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length ? sum / values.length : NaN;
}
function fmt(x, digits = 4) {
  if (!Number.isFinite(x)) return String(x);
  return Number(x.toPrecision(digits)).toString();
}
function signed(x, digits = 4) {
  const text = fmt(x, digits);
  return x > 0 ? `+${text}` : text;
}
function pct(x, digits = 3) {
  return `${fmt(x * 100, digits)}%`;
}

// src/metrics/common.ts
function recordFailure(into, call) {
  if (call.ok) return;
  const failureClass = call.error?.class ?? "bad-body";
  into[failureClass] = (into[failureClass] ?? 0) + 1;
}
function recordLabel(into, call) {
  if (call.ok) return;
  const label = failureLabel(call);
  into[label] = (into[label] ?? 0) + 1;
}
var SOCKET_ERRORS = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connect timeout",
  EPIPE: "connection reset"
};
var CLASS_LABELS = {
  timeout: "timeout",
  connect: "connection error",
  "rate-limited": "HTTP 429",
  "http-4xx": "HTTP 4xx",
  "http-5xx": "HTTP 5xx",
  "bad-body": "unreadable answer",
  "error-body": "error in a 200 answer",
  deadline: "run deadline passed",
  "too-large": "answer over the byte budget",
  cancelled: "cancelled",
  "stream-broken": "stream broke off"
};
var STOPPED_RUN_LABELS = [CLASS_LABELS.cancelled, CLASS_LABELS.deadline];
function failureLabel(call) {
  const error = call.error;
  if (!error) return CLASS_LABELS["bad-body"];
  if (error.status !== void 0 && error.class !== "bad-body" && error.class !== "error-body") return `HTTP ${error.status}`;
  if (error.class === "connect") {
    const code = /^([A-Z_]+):/.exec(error.message)?.[1];
    if (code && SOCKET_ERRORS[code]) return SOCKET_ERRORS[code];
  }
  return CLASS_LABELS[error.class] ?? error.class;
}
var successRate = {
  id: "requests.success_rate",
  title: "Request success rate",
  applies: () => true,
  init: () => ({ counts: initBinary(), failures: { baseline: {}, candidate: {} }, labels: { baseline: {}, candidate: {} } }),
  observe(state, pair) {
    countBinary(state.counts, { pass: pair.baseline.ok }, { pass: pair.candidate.ok });
    recordFailure(state.failures.baseline, pair.baseline);
    recordFailure(state.failures.candidate, pair.candidate);
    state.labels ??= { baseline: {}, candidate: {} };
    recordLabel(state.labels.baseline, pair.baseline);
    recordLabel(state.labels.candidate, pair.candidate);
  },
  merge: (a, b) => ({
    counts: mergeBinary(a.counts, b.counts),
    failures: {
      baseline: addCounts(addCounts({}, a.failures.baseline), b.failures.baseline),
      candidate: addCounts(addCounts({}, a.failures.candidate), b.failures.candidate)
    },
    labels: {
      baseline: addCounts(addCounts({}, a.labels?.baseline ?? {}), b.labels?.baseline ?? {}),
      candidate: addCounts(addCounts({}, a.labels?.candidate ?? {}), b.labels?.candidate ?? {})
    }
  }),
  finish(state) {
    const result = finishBinary({ id: "requests.success_rate", title: "Request success rate", unit: "rate", badDirection: "decrease" }, state.counts);
    return { ...result, details: { failures: state.failures, failureLabels: state.labels ?? { baseline: {}, candidate: {} } } };
  }
};
var latency = pairedMetric({
  id: "latency.ms",
  title: "Latency",
  unit: "ms",
  badDirection: "increase",
  value: (call) => call.latencyMs
});
var timeToFirstToken = pairedMetric({
  id: "latency.ttft_ms",
  title: "Time to first token",
  unit: "ms",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: (call) => call.stream?.ttftMs
});
var interTokenLatency = pairedMetric({
  id: "latency.inter_token_ms",
  title: "Inter-token latency",
  unit: "ms",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: (call) => call.stream?.interTokenMs
});
function totalTokens(call) {
  const usage = call.output?.usage;
  if (!usage) return void 0;
  if (usage.totalTokens !== void 0) return usage.totalTokens;
  if (usage.promptTokens !== void 0 && usage.completionTokens !== void 0) return usage.promptTokens + usage.completionTokens;
  return void 0;
}
var tokensTotal = pairedMetric({
  id: "tokens.total",
  title: "Total tokens",
  unit: "tokens",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: totalTokens
});
var tokensCompletion = pairedMetric({
  id: "tokens.completion",
  title: "Completion tokens",
  unit: "tokens",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: (call) => call.output?.usage?.completionTokens
});
var commonMetrics = [successRate, latency, timeToFirstToken, interTokenLatency, tokensTotal, tokensCompletion];

// src/judge/judge.ts
var EXIT_CODES = VERDICT_EXIT;
var TESTED = /* @__PURE__ */ new Set(["paired-binary", "paired-continuous", "agreement"]);
var HEADLINE_DIVERGENCE = {
  text: ["text.exact_match"],
  json: ["json.deep_equal"],
  "tool-calls": ["tools.args_equal", "tools.name_f1"],
  label: ["label.agreement"],
  numeric: ["numeric.within_tolerance"]
};
function judge(results, settings) {
  const alpha = settings.alpha ?? 0.05;
  const confidence = settings.confidence ?? 0.95;
  const minSamples = settings.minSamples ?? 50;
  const gates = effectiveGates(settings.outputKind, results, settings.gates);
  const gateFor = new Map(gates.map((g) => [g.metric, g]));
  const known = new Set(results.map((r) => r.id));
  const missing = gates.filter((g) => !known.has(g.metric)).map((g) => ({ id: g.metric, title: g.metric, unit: "value", test: "info", badDirection: g.direction ?? "either", n: 0 }));
  const all = [...results, ...missing];
  const isGating = (metric) => {
    const gate = gateFor.get(metric.id);
    return gate !== void 0 && !gate.muted && metric.test !== "info";
  };
  const tested = all.filter((m) => isGating(m) && m.n > 0 && TESTED.has(m.test)).length;
  const powerAlpha = alpha / Math.max(1, tested);
  const rows = all.map((metric) => {
    const gate = gateFor.get(metric.id);
    const gating = isGating(metric);
    const evaluation = known.has(metric.id) ? evaluateMetric(metric, gate, { alpha, confidence, powerAlpha }) : { n: 0, breach: false, summary: "no data", detail: "no metric with this id was computed" };
    return { metric, gate, gating, evaluation };
  });
  const withP = rows.filter((r) => r.gating && r.evaluation.n > 0 && r.evaluation.pValue !== void 0);
  const adjusted = holmAdjust(withP.map((r) => r.evaluation.pValue));
  const pAdjustedOf = new Map(withP.map((r, i) => [r, adjusted[i]]));
  const metrics = rows.map((row) => {
    const { metric, gate, gating, evaluation } = row;
    const pAdjusted = pAdjustedOf.get(row);
    let verdict2;
    let why;
    if (metric.n === 0 || evaluation.n === 0) {
      verdict2 = "nodata";
      why = evaluation.detail;
    } else if (!gating) {
      verdict2 = "info";
      why = gate?.muted ? "muted" : metric.test === "info" ? "reported only" : "not gated";
    } else {
      const breach = pAdjusted === void 0 ? evaluation.breach : pAdjusted <= alpha;
      verdict2 = breach ? gate?.critical ? "fail" : "warn" : "pass";
      const power = [
        evaluation.detectable ? `detectable at this n: ${evaluation.detectable.label}` : void 0,
        evaluation.neededSamples !== void 0 ? `\u2248${evaluation.neededSamples} pairs for power 0.8 at the threshold` : void 0
      ].filter(Boolean);
      const heldByHolm = evaluation.breach && !breach ? `, but not significant after Holm (p=${fmt(pAdjusted, 3)} > ${alpha})` : "";
      why = [`${evaluation.detail}${heldByHolm}`, ...power].join("; ");
    }
    const stats = [
      evaluation.summary,
      evaluation.pValue !== void 0 ? `p=${fmt(evaluation.pValue, 3)}${pAdjusted !== void 0 ? `, Holm ${fmt(pAdjusted, 3)}` : ""}` : void 0
    ].filter(Boolean).join("; ");
    const judgement2 = { metric, verdict: verdict2, reason: `${metric.id}: ${stats} \u2014 ${why}` };
    if (gate) judgement2.gate = gate;
    if (evaluation.effect !== void 0) judgement2.effect = evaluation.effect;
    if (evaluation.effectLabel !== void 0) judgement2.effectLabel = evaluation.effectLabel;
    if (evaluation.interval) judgement2.interval = evaluation.interval;
    if (evaluation.pValue !== void 0) judgement2.pValue = evaluation.pValue;
    if (pAdjusted !== void 0) judgement2.pAdjusted = pAdjusted;
    if (gating && evaluation.neededSamples !== void 0) judgement2.neededSamples = evaluation.neededSamples;
    if (gating && evaluation.detectable) judgement2.detectable = evaluation.detectable;
    return judgement2;
  });
  const n = pairCount(results);
  const success = results.find((r) => r.id === "requests.success_rate");
  const answered = success?.binary ? success.binary.bothPass : n;
  const failures = sideFailures(success);
  const divergence = headlineDivergence(results, settings.outputKind);
  const gatingRows = metrics.filter((m) => m.gate && !m.gate.muted && m.metric.test !== "info");
  const need = gatingRows.filter((m) => m.neededSamples !== void 0).sort((a, b) => b.neededSamples - a.neededSamples)[0];
  const neededSamples = need ? Math.max(minSamples, need.neededSamples) : void 0;
  const reasons = [];
  let verdict;
  const criticalNoData = metrics.filter((m) => m.verdict === "nodata" && m.gate?.critical && !m.gate.muted);
  if (metrics.some((m) => m.verdict === "fail")) {
    verdict = "fail";
  } else if (answered < minSamples && 2 * answered <= n - pairsStoppedByRun(failures)) {
    verdict = "error";
    reasons.push(
      `ERROR: only ${answered} of ${n} pairs have both answers, fewer than the minimum ${minSamples}: ${describeFailures(failures) || "requests failed"}`
    );
  } else if (answered < minSamples) {
    verdict = "inconclusive";
    const lost = answered < n ? ` (${describeFailures(failures)})` : "";
    const needText = neededSamples !== void 0 ? `; \u2248${neededSamples} pairs find a regression at every gate's threshold with power 0.8 (${need.metric.id} needs the most)` : "";
    reasons.push(
      `INCONCLUSIVE: ${answered < n ? `${answered} of ${n} pairs have both answers` : `${n} pairs`}, fewer than the minimum ${minSamples}${lost}${needText}`
    );
  } else if (criticalNoData.length > 0) {
    verdict = "inconclusive";
    reasons.push(`INCONCLUSIVE: no data for critical ${criticalNoData.map((m) => m.metric.id).join(", ")}`);
  } else if (metrics.some((m) => m.verdict === "warn")) {
    verdict = "warn";
  } else {
    verdict = "pass";
  }
  if (verdict === "error") {
    for (const m of metrics) {
      if (m.verdict !== "pass") continue;
      m.verdict = "info";
      m.reason = `${m.reason} (not judged: too few pairs have both answers)`;
    }
  }
  for (const m of metrics) if (m.verdict === "fail") reasons.push(`FAIL${m.gate?.critical ? " (critical)" : ""} ${m.reason}`);
  for (const m of metrics) if (m.verdict === "warn") reasons.push(`WARN ${m.reason}`);
  for (const m of metrics) if (m.verdict === "nodata" && m.gate && !m.gate.muted) reasons.push(`NODATA ${m.reason}`);
  if (verdict === "pass") {
    const underpowered = neededSamples !== void 0 && n < neededSamples ? `; below the \u2248${neededSamples} pairs at which a regression at every gate's threshold is found with power 0.8 (${need.metric.id})` : "";
    reasons.push(`PASS: ${gatingRows.length} gated metric(s) show no regression beyond their tolerance over ${n} pairs${underpowered}`);
  }
  const judgement = { verdict, exitCode: EXIT_CODES[verdict], n, minSamples, alpha, confidence, metrics, reasons, answered };
  if (neededSamples !== void 0) {
    judgement.neededSamples = neededSamples;
    judgement.neededFor = need.metric.id;
  }
  if (failures) judgement.failures = failures;
  if (divergence) judgement.divergence = divergence;
  return judgement;
}
function pairCount(results) {
  const success = results.find((r) => r.id === "requests.success_rate");
  if (success) return success.n;
  return results.reduce((max, r) => Math.max(max, r.n), 0);
}
function pairsStoppedByRun(failures) {
  if (!failures) return 0;
  const stopped = (side) => STOPPED_RUN_LABELS.reduce((sum, label) => sum + (side[label] ?? 0), 0);
  return Math.max(stopped(failures.baseline), stopped(failures.candidate));
}
function sideFailures(success) {
  const labels = success?.details?.failureLabels;
  if (!labels) return void 0;
  return { baseline: { ...labels.baseline }, candidate: { ...labels.candidate } };
}
function describeFailures(failures) {
  if (!failures) return "";
  const side = (name) => {
    const entries = Object.entries(failures[name]).filter(([, count]) => count > 0);
    if (entries.length === 0) return void 0;
    entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return `${name}: ${entries.map(([label, count]) => `${label} \xD7${count}`).join(", ")}`;
  };
  return [side("baseline"), side("candidate")].filter(Boolean).join("; ");
}
function headlineDivergence(results, kind) {
  for (const id of HEADLINE_DIVERGENCE[kind]) {
    const metric = results.find((r) => r.id === id);
    const values = metric?.agreement?.values;
    if (!metric || !values || values.length === 0) continue;
    const divergence = { metric: id, n: values.length, changed: countBelowOne(values) };
    const noise = metric.agreement?.noise;
    if (noise && noise.length > 0) divergence.noiseChanged = countBelowOne(noise);
    return divergence;
  }
  return void 0;
}
function countBelowOne(values) {
  let changed = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < 1) changed++;
  return changed;
}
function describeDivergence(divergence) {
  if (!divergence) return "";
  const share = (count) => `${fmt(100 * count / Math.max(1, divergence.n), 3)} %`;
  const noise = divergence.noiseChanged !== void 0 ? `; A/A ${share(divergence.noiseChanged)}` : "";
  return `${divergence.changed} of ${divergence.n} answers differ (${share(divergence.changed)}, ${divergence.metric}${noise})`;
}

export {
  commonMetrics,
  EXIT_CODES,
  judge,
  describeFailures,
  describeDivergence
};
