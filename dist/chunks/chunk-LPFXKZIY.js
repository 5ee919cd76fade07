import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  agreementReference
} from "./chunk-GUYHFYEI.js";

// src/report/format.ts
var VERDICT_EMOJI = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", inconclusive: "\u2754", error: "\u{1F6D1}" };
var VERDICT_WORD = { pass: "PASS", warn: "WARN", fail: "FAIL", inconclusive: "INCONCLUSIVE", error: "ERROR" };
var METRIC_VERDICT_EMOJI = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", nodata: "\u2796", info: "\u2139\uFE0F" };
var SEVERITY = { fail: 0, warn: 1, nodata: 2, pass: 3, info: 4 };
function bySeverity(metrics) {
  return metrics.map((m, i) => ({ m, i })).sort((a, b) => SEVERITY[a.m.verdict] - SEVERITY[b.m.verdict] || a.i - b.i).map(({ m }) => m);
}
var MINUS = "\u2212";
function signed(text, value) {
  if (value > 0) return `+${text}`;
  if (value < 0) return `${MINUS}${text}`;
  return text;
}
function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}
function formatInteger(n) {
  const rounded = Math.round(n);
  if (!Number.isFinite(rounded) || Math.abs(rounded) >= 1e21) return String(rounded);
  const text = groupThousands(String(Math.abs(rounded)));
  return rounded < 0 ? `-${text}` : text;
}
function significant(abs, digits) {
  const [mantissa = "0", exponentText = "0"] = abs.toExponential().split("e");
  let exponent = Number(exponentText);
  let kept = mantissa.replace(".", "");
  if (kept.length > digits) {
    const roundUp = kept.charCodeAt(digits) - 48 >= 5;
    kept = kept.slice(0, digits);
    if (roundUp) {
      const bumped = String(BigInt(kept) + 1n);
      if (bumped.length > kept.length) exponent++;
      kept = bumped.slice(0, digits);
    }
  }
  kept = kept.replace(/0+$/, "") || "0";
  if (exponent < 0) return `0.${"0".repeat(-exponent - 1)}${kept}`;
  const integer = kept.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = kept.slice(exponent + 1);
  return fraction ? `${groupThousands(integer)}.${fraction}` : groupThousands(integer);
}
function formatNumber(n, digits = 3) {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "n/a" : n > 0 ? "\u221E" : `${MINUS}\u221E`;
  const abs = Math.abs(n);
  if (abs === 0) return "0";
  if (abs >= 1e15 || abs < 1e-4) return `${n < 0 ? MINUS : ""}${abs.toExponential(digits - 1)}`;
  const text = significant(abs, digits);
  return n < 0 ? `${MINUS}${text}` : text;
}
function formatDuration(ms) {
  if (!Number.isFinite(ms)) return formatNumber(ms);
  if (ms < 1e3) return `${formatNumber(ms, 3)} ms`;
  const seconds = ms / 1e3;
  if (seconds < 60) return `${formatNumber(seconds, 3)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes < 60) return `${minutes} m ${rest} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} m`;
}
function formatValue(unit, value) {
  if (value === void 0) return "\u2014";
  if (!Number.isFinite(value)) return formatNumber(value);
  switch (unit) {
    case "rate":
      return `${formatPercent(value * 100)} %`;
    case "ms":
      return formatDuration(value);
    case "tokens":
      return `${formatNumber(value, value >= 100 ? 6 : 3)} tok`;
    case "count":
      return formatInteger(value);
    case "USD":
      return `$${formatNumber(value, 4)}`;
    case "score":
    case "distance":
      return formatNumber(value, 3);
    default:
      return formatNumber(value, 4);
  }
}
function formatPercent(p) {
  const abs = Math.abs(p);
  const text = abs >= 99.95 || abs === 0 ? abs.toFixed(0) : abs >= 10 ? abs.toFixed(1) : abs.toFixed(abs >= 1 ? 1 : 2);
  return p < 0 ? `${MINUS}${text}` : text;
}
function effectKind(j) {
  const m = j.metric;
  if (m.test === "distance") return "distance";
  if (m.test !== "paired-continuous") return "delta";
  if (j.effectLabel && /Δ|delta|diff|shift/i.test(j.effectLabel)) return "delta";
  if (j.effectLabel && /ratio|×/i.test(j.effectLabel)) return "ratio";
  return m.baseline === 0 ? "delta" : "ratio";
}
function againstNoise(j) {
  return (j.metric.agreement?.noise?.length ?? 0) > 0;
}
function baselineCell(j) {
  const m = j.metric;
  if (m.test === "distance") return "\u2014";
  if (m.test === "agreement") return againstNoise(j) && m.baseline !== void 0 ? `A/A ${formatValue(m.unit, m.baseline)}` : "\u2014";
  return formatValue(m.unit, m.baseline);
}
function agreementReference2(j) {
  if (againstNoise(j)) return "noise";
  return agreementReference(j.metric.id, j.gate?.threshold, j.metric.agreement?.threshold);
}
function formatDelta(unit, d) {
  const abs = Math.abs(d);
  switch (unit) {
    case "rate":
      return signed(`${formatPercent(abs * 100)} pp`, d);
    case "ms":
      return signed(formatDuration(abs), d);
    case "tokens":
      return signed(`${formatNumber(abs, 3)} tok`, d);
    default:
      return signed(formatNumber(abs, 3), d);
  }
}
function formatRatio(r) {
  return `\xD7${Math.abs(r) < 10 ? r.toFixed(2) : formatNumber(r, 3)}`;
}
function formatEffect(j) {
  const kind = effectKind(j);
  if (kind === "distance") {
    const d = j.metric.distance;
    const value = j.effect ?? d?.value ?? j.metric.candidate;
    if (value === void 0) return "\u2014";
    return d ? `${formatNumber(value)} (limit ${formatNumber(d.threshold)})` : formatNumber(value);
  }
  if (j.effect === void 0) return "\u2014";
  if (!Number.isFinite(j.effect)) return formatNumber(j.effect);
  if (kind === "ratio") return `${formatRatio(j.effect)} (${signed(`${formatPercent(Math.abs(j.effect - 1) * 100)} %`, j.effect - 1)})`;
  if (j.metric.test === "agreement") {
    const unit = j.metric.unit;
    const reference = agreementReference2(j);
    if (reference === "noise") return `${formatDelta(unit, j.effect)} vs A/A`;
    if (reference === void 0) return `mean ${formatValue(unit, j.effect)}`;
    return `${formatDelta(unit, j.effect)} vs ${formatValue(unit, reference)}`;
  }
  return formatDelta(j.metric.unit, j.effect);
}
function formatInterval(j) {
  if (!j.interval) return "\u2014";
  const [low, high] = j.interval;
  const m = j.metric;
  if (m.test === "paired-continuous") {
    if (effectKind(j) === "ratio") return `${formatRatio(low)} \u2026 ${formatRatio(high)}`;
    return `${formatDelta(m.unit, low)} \u2026 ${formatDelta(m.unit, high)}`;
  }
  if (m.test === "paired-binary") return `${formatDelta(m.unit, low)} \u2026 ${formatDelta(m.unit, high)}`;
  if (m.test === "agreement") {
    return `${formatDelta(m.unit, low)} \u2026 ${formatDelta(m.unit, high)}`;
  }
  return `${formatNumber(low)} \u2026 ${formatNumber(high)}`;
}
function formatP(p) {
  if (p === void 0) return "\u2014";
  if (!Number.isFinite(p)) return formatNumber(p);
  if (p < 1e-3) return "<0.001";
  return p >= 0.995 ? "1" : p.toFixed(p < 0.1 ? 3 : 2);
}
function formatMetricVerdict(j) {
  const flags = [];
  if (j.gate?.critical) flags.push("critical");
  if (j.gate?.muted) flags.push("muted");
  return [j.verdict === "nodata" ? "no data" : j.verdict, ...flags].join(" \xB7 ");
}
function chartEffect(j) {
  const m = j.metric;
  if (j.effect === void 0 || !Number.isFinite(j.effect)) return void 0;
  const finiteInterval = j.interval?.every(Number.isFinite) ? j.interval : void 0;
  if (m.test === "paired-continuous" && effectKind(j) === "ratio") {
    const point = { value: (j.effect - 1) * 100 };
    if (finiteInterval) {
      point.low = (finiteInterval[0] - 1) * 100;
      point.high = (finiteInterval[1] - 1) * 100;
    }
    return point;
  }
  if (m.test === "paired-binary" || m.test === "agreement") {
    const point = { value: j.effect * 100 };
    if (finiteInterval) {
      point.low = finiteInterval[0] * 100;
      point.high = finiteInterval[1] * 100;
    }
    return point;
  }
  return void 0;
}
function plural(n, word, wordPlural = `${word}s`) {
  return `${formatInteger(n)} ${n === 1 ? word : wordPlural}`;
}
function niceCeiling(x) {
  const exponent = Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5]) {
    const bound = step * 10 ** exponent;
    if (bound >= x) return bound;
  }
  return 10 ** (exponent + 1);
}
function cappedScoresNote(metrics) {
  const capped = metrics.flatMap((j) => {
    const n = j.metric.details?.cappedPairs;
    return typeof n === "number" && n > 0 ? [`${j.metric.title} ${formatInteger(n)}`] : [];
  });
  if (capped.length === 0) return "";
  return `Long answers scored on a window of their differing parts (the score is a lower bound): ${capped.join(" \xB7 ")}`;
}
function partialNote(report) {
  const stop = report.replay.interrupted;
  if (!stop) return "";
  const r = report.replay;
  return `Partial report: the replay stopped early \u2014 ${stop.reason}. It covers the ${formatInteger(r.ok)} of ${formatInteger(r.requests)} requests that completed; the rest count as failed.`;
}

// src/report/inert.ts
var JOINER = "\u200D";
var CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
function stripUnsafeCharacters(text) {
  return text.toWellFormed().replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n").replace(CONTROL_OR_BIDI, "");
}
function truncate(text, maxChars) {
  if (text.length <= maxChars) return { text, omitted: 0, total: text.length };
  let end = Math.max(0, maxChars);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return { text: text.slice(0, end), omitted: text.length - end, total: text.length };
}
function truncationNote(t) {
  return `\u2026 ${formatInteger(t.omitted)} more characters not shown (${formatInteger(t.total)} in all)`;
}
function defangReferences(text) {
  return text.replace(/@/g, `@${JOINER}`).replace(/#(?=\d)/g, `#${JOINER}`).replace(/\b(GH)-(?=\d)/gi, `$1-${JOINER}`).replace(/:\/\//g, `:${JOINER}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${JOINER}.`);
}
function defangCommentOpeners(text) {
  return text.replace(/<!--/g, `<!${JOINER}--`);
}
function flattenLines(text) {
  return text.replace(/[\n\t]+/g, " ");
}
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
var INLINE_MARKUP = /^[\\`*_[\]|~$]$/;
var BLOCK_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
function inlinePrepare(text, maxChars) {
  const t = truncate(flattenLines(stripUnsafeCharacters(text)).trim(), maxChars);
  return t.omitted > 0 ? `${t.text}\u2026` : t.text;
}
function markdownText(text, opts = {}) {
  const prepared = defangReferences(inlinePrepare(text, opts.maxChars ?? 300));
  const listMarker = /^\d+[.)]/.exec(prepared);
  const blockCharAt = listMarker ? listMarker[0].length - 1 : 0;
  let out = "";
  for (let i = 0; i < prepared.length; i++) {
    const c = prepared[i] ?? "";
    const entity = HTML_ESCAPES[c];
    if (entity && c !== '"' && c !== "'") out += entity;
    else if (INLINE_MARKUP.test(c) || i === blockCharAt && BLOCK_PUNCTUATION.test(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}
function htmlText(text, opts = {}) {
  return escapeHtml(defangReferences(inlinePrepare(text, opts.maxChars ?? 300)));
}
function longestRun(text, char) {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
function markdownCode(text, opts = {}) {
  let body = defangCommentOpeners(inlinePrepare(text, opts.maxChars ?? 200));
  if (body === "") return "` `";
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  const ticks = "`".repeat(longestRun(body, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(body) ? " " : "";
  return `${ticks}${pad}${body}${pad}${ticks}`;
}
function markdownCodeBlock(text, maxChars, info = "text") {
  const truncated = truncate(stripUnsafeCharacters(text), maxChars);
  const body = defangCommentOpeners(truncated.text);
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  const safeInfo = info.replace(/[^A-Za-z0-9_+-]/g, "");
  return { block: `${fence}${safeInfo}
${body}${body.endsWith("\n") || body === "" ? "" : "\n"}${fence}`, truncated };
}
function htmlPreformatted(text, maxChars) {
  const truncated = truncate(stripUnsafeCharacters(text), maxChars);
  return { html: escapeHtml(truncated.text), truncated };
}
function safeUrl(url) {
  if (!url || url.length > 2e3) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  return parsed.href.replace(/[()<>"' \\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

export {
  VERDICT_EMOJI,
  VERDICT_WORD,
  METRIC_VERDICT_EMOJI,
  bySeverity,
  formatInteger,
  formatNumber,
  formatDuration,
  formatValue,
  baselineCell,
  formatEffect,
  formatInterval,
  formatP,
  formatMetricVerdict,
  chartEffect,
  plural,
  niceCeiling,
  cappedScoresNote,
  partialNote,
  stripUnsafeCharacters,
  truncationNote,
  escapeHtml,
  markdownText,
  htmlText,
  markdownCode,
  markdownCodeBlock,
  htmlPreformatted,
  safeUrl
};
