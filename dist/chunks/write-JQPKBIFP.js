import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  join
} from "./chunk-2VFAZBQK.js";
import {
  exampleJudgeHtml,
  judgeSectionHtml,
  renderComment,
  splitsSectionHtml,
  versioningHtml
} from "./chunk-MX75YYXH.js";
import {
  METRIC_VERDICT_EMOJI,
  VERDICT_EMOJI,
  VERDICT_WORD,
  baselineCell,
  bySeverity,
  cappedScoresNote,
  chartEffect,
  escapeHtml,
  formatDuration,
  formatEffect,
  formatInteger,
  formatInterval,
  formatMetricVerdict,
  formatNumber,
  formatP,
  formatValue,
  htmlPreformatted,
  niceCeiling,
  partialNote,
  plural,
  safeUrl,
  stripUnsafeCharacters,
  truncationNote
} from "./chunk-LPFXKZIY.js";
import {
  require_formats
} from "./chunk-XWYCPJVT.js";
import {
  require_ucs2length
} from "./chunk-CWVIZUTC.js";
import {
  describeDivergence,
  describeFailures
} from "./chunk-STODWVS3.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-FWXRZIWZ.js";
import "./chunk-VUOFWVZ7.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import {
  dirname
} from "./chunk-IB2T7PNP.js";
import "./chunk-JK77RRRX.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// src/report/html.ts
var HTML_REPORT_FILE = "shadowgate-report.html";
function text(value) {
  return escapeHtml(stripUnsafeCharacters(value));
}
var CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --pass: #1a7f37; --warn: #9a6700; --fail: #d1242f; --other: #59636e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
  --pass: #3fb950; --warn: #d29922; --fail: #f85149; --other: #9198a1; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 13px; margin: 12px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.banner { border-left: 6px solid var(--other); background: var(--panel); padding: 16px 20px; border-radius: 6px; }
.banner.pass { border-color: var(--pass); } .banner.warn { border-color: var(--warn); } .banner.fail, .banner.error { border-color: var(--fail); }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.fail td:last-child { color: var(--fail); font-weight: 600; } tr.warn td:last-child { color: var(--warn); font-weight: 600; }
code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; margin: 0; overflow: auto; max-height: 480px; white-space: pre-wrap; overflow-wrap: anywhere; }
details { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
@media (max-width: 800px) { .side { grid-template-columns: 1fr; } }
.note { color: var(--muted); font-style: italic; margin: 4px 0; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; } svg .axis { stroke: var(--muted); } svg .grid { stroke: var(--line); }
svg .pass { fill: var(--pass); } svg .warn { fill: var(--warn); } svg .fail { fill: var(--fail); } svg .other { fill: var(--other); }
svg .whisker { stroke: var(--fg); stroke-width: 1.5; }
`;
function renderHtml(report, options = {}) {
  const j = report.judgement;
  const exampleChars = options.exampleChars ?? 5e4;
  const title = `shadowgate \xB7 ${report.service} \xB7 ${VERDICT_WORD[j.verdict]}`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    banner(report),
    surfacesSection(report),
    versioningHtml(report, text),
    metricsSection(report),
    chartSection(j.metrics),
    judgeSectionHtml(report),
    splitsSectionHtml(report),
    replaySection(report),
    examplesSection(report.worst, exampleChars),
    footer(report),
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function banner(report) {
  const j = report.judgement;
  const reasons = j.reasons.length > 0 ? `<ul>${j.reasons.map((r) => `<li>${text(r)}</li>`).join("")}</ul>` : "";
  const inconclusive = j.verdict === "inconclusive" && j.n < j.minSamples ? `<p>Only ${plural(j.n, "pair")} could be compared; ${j.neededSamples !== void 0 ? `about <strong>${formatInteger(j.neededSamples)} pairs</strong> are needed to decide` : `at least <strong>${formatInteger(j.minSamples)} pairs</strong> are needed`} (minimum ${formatInteger(j.minSamples)}).</p>` : "";
  return [
    `<header class="banner ${j.verdict}">`,
    `<h1>${VERDICT_EMOJI[j.verdict]} ${VERDICT_WORD[j.verdict]} \xB7 <code>${text(report.service)}</code></h1>`,
    reasons,
    inconclusive,
    partialNote(report) ? `<p><strong>\u23F9\uFE0F ${text(partialNote(report))}</strong></p>` : "",
    ...j.divergence ? [`<p><strong>Changed:</strong> ${text(describeDivergence(j.divergence))}</p>`] : [],
    ...describeFailures(j.failures) ? [`<p><strong>Failed requests:</strong> ${text(describeFailures(j.failures))}</p>`] : [],
    `<p class="muted">${j.answered !== void 0 && j.answered < j.n ? `${formatInteger(j.answered)} of ${plural(j.n, "pair")} had both answers` : `${plural(j.n, "pair")} compared`} \xB7 baseline <code>${text(report.baselineRef)}</code> \u2192 candidate <code>${text(report.candidateRef)}</code> \xB7 ${escapeHtml(formatNumber(j.confidence * 100))} % intervals, \u03B1 = ${escapeHtml(formatNumber(j.alpha))}</p>`,
    "</header>"
  ].join("\n");
}
function surfacesSection(report) {
  const moved = (report.endpoints ?? []).filter((e) => e.changed).map(
    (e) => `<p><strong>\u26A0\uFE0F ${text(e.role)} endpoint host changed:</strong> <code>${text(e.baseline || "none")}</code> \u2192 <code>${text(e.candidate || "none")}</code> \u2014 allowed by ${text(e.allowedBy)}</p>`
  ).join("\n");
  if (report.surfaces.length === 0) return moved;
  const rows = report.surfaces.map(
    (s) => `<tr><td>${text(s.surface)}</td><td>${s.changed ? "changed" : "same"}</td><td><code>${text(s.before)}</code></td><td><code>${text(s.after)}</code></td><td>${idHtml(s.ids)}</td><td>${s.files.map((f) => `<code>${text(f)}</code>`).join("<br>")}</td></tr>`
  );
  return `<h2>Surfaces</h2>
${moved ? `${moved}
` : ""}<table><thead><tr><th>Surface</th><th></th><th>Baseline</th><th>Candidate</th><th>Id</th><th>Files</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}
function idHtml(ids) {
  if (!ids) return "";
  const code = (id) => `<code title="${text(id)}">${text(id.slice(0, 12))}</code>`;
  return ids.before === ids.after ? code(ids.after) : `${code(ids.before)} \u2192 ${code(ids.after)}`;
}
function metricsSection(report) {
  const j = report.judgement;
  if (j.metrics.length === 0) return "<h2>Metrics</h2>\n<p>No metric was computed.</p>";
  const rows = bySeverity(j.metrics).map((m) => {
    const cells = [
      `<td>${text(m.metric.title)}<br><code class="muted">${text(m.metric.id)}</code></td>`,
      `<td class="num">${formatInteger(m.metric.n)}</td>`,
      `<td class="num">${escapeHtml(baselineCell(m))}</td>`,
      `<td class="num">${escapeHtml(formatValue(m.metric.unit, m.metric.candidate))}</td>`,
      `<td class="num">${escapeHtml(formatEffect(m))}</td>`,
      `<td class="num">${escapeHtml(formatInterval(m))}</td>`,
      `<td class="num">${escapeHtml(formatP(m.pValue))}</td>`,
      `<td class="num">${escapeHtml(formatP(m.pAdjusted))}</td>`,
      `<td>${text(m.reason)}</td>`,
      `<td>${METRIC_VERDICT_EMOJI[m.verdict]} ${escapeHtml(formatMetricVerdict(m))}</td>`
    ];
    return `<tr class="${m.verdict}">${cells.join("")}</tr>`;
  });
  const head = `<tr><th>Metric</th><th>n</th><th>Baseline</th><th>Candidate</th><th>\u0394 / ratio</th><th>${escapeHtml(formatNumber(j.confidence * 100))} % interval</th><th>p</th><th>p (Holm)</th><th>Why</th><th>Verdict</th></tr>`;
  return `<h2>Metrics</h2>
<table><thead>${head}</thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}
var VERDICT_CLASS = { pass: "pass", warn: "warn", fail: "fail", nodata: "other", info: "other" };
function svgEffectsChart(metrics) {
  const points = bySeverity(metrics).flatMap((m) => {
    const e = chartEffect(m);
    return e ? [{ m, e }] : [];
  });
  if (points.length === 0) return "";
  const width = 760;
  const labelWidth = 230;
  const rowHeight = 30;
  const top = 10;
  const plotLeft = labelWidth + 10;
  const plotWidth = width - plotLeft - 60;
  const extent = niceCeiling(Math.max(1, ...points.flatMap((p) => [p.e.value, p.e.low ?? 0, p.e.high ?? 0].map(Math.abs))) * 1.05);
  const x = (v) => plotLeft + (Math.max(-extent, Math.min(extent, v)) + extent) / (2 * extent) * plotWidth;
  const height = top + points.length * rowHeight + 30;
  const zero = x(0);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Effect per metric">`
  ];
  for (const tick of [-extent, -extent / 2, 0, extent / 2, extent]) {
    parts.push(`<line class="grid" x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${top}" y2="${height - 24}"/>`);
    parts.push(`<text x="${x(tick).toFixed(1)}" y="${height - 8}" text-anchor="middle">${escapeHtml(formatNumber(tick, 2))}</text>`);
  }
  points.forEach(({ m, e }, i) => {
    const y = top + i * rowHeight;
    const barStart = Math.min(zero, x(e.value));
    const barWidth = Math.max(1, Math.abs(x(e.value) - zero));
    parts.push(
      `<text x="${labelWidth}" y="${y + 19}" text-anchor="end">${text(m.metric.title.length > 36 ? `${m.metric.title.slice(0, 35)}\u2026` : m.metric.title)}</text>`
    );
    parts.push(
      `<rect class="${VERDICT_CLASS[m.verdict]}" x="${barStart.toFixed(1)}" y="${y + 7}" width="${barWidth.toFixed(1)}" height="16" rx="2"><title>${text(`${m.metric.title}: ${formatEffect(m)} (${formatInterval(m)})`)}</title></rect>`
    );
    if (e.low !== void 0 && e.high !== void 0) {
      const mid = y + 15;
      parts.push(`<line class="whisker" x1="${x(e.low).toFixed(1)}" x2="${x(e.high).toFixed(1)}" y1="${mid}" y2="${mid}"/>`);
      for (const end of [e.low, e.high])
        parts.push(`<line class="whisker" x1="${x(end).toFixed(1)}" x2="${x(end).toFixed(1)}" y1="${mid - 5}" y2="${mid + 5}"/>`);
    }
    parts.push(`<text x="${width - 55}" y="${y + 19}">${escapeHtml(formatNumber(e.value, 3))}</text>`);
  });
  parts.push(`<line class="axis" x1="${zero.toFixed(1)}" x2="${zero.toFixed(1)}" y1="${top}" y2="${height - 24}"/>`);
  parts.push("</svg>");
  return parts.join("\n");
}
function chartSection(metrics) {
  const chart = svgEffectsChart(metrics);
  if (chart === "") return "";
  return `<h2>Effects</h2>
<p class="muted">Candidate vs baseline: % change for latency, tokens and other continuous metrics; percentage points for rates and scores. Whiskers show the confidence interval.</p>
${chart}`;
}
function replaySection(report) {
  const r = report.replay;
  const failedTotal = Object.values(r.failed).reduce((a, b) => a + (b ?? 0), 0);
  const cells = [r.read, r.sampled, r.pairs, r.requests, r.ok, r.retried, failedTotal].map((v) => `<td class="num">${formatInteger(v)}</td>`);
  const classes = Object.entries(r.failed).filter(([, n]) => (n ?? 0) > 0);
  const byClass = classes.length > 0 ? `<p>Failed by class: ${classes.map(([c, n]) => `${text(c)} ${formatInteger(n ?? 0)}`).join(" \xB7 ")}</p>` : "";
  return [
    "<h2>Replay</h2>",
    "<table><thead><tr><th>Records read</th><th>Sampled</th><th>Pairs</th><th>Requests</th><th>OK</th><th>Retried</th><th>Failed</th><th>Wall time</th></tr></thead>",
    `<tbody><tr>${cells.join("")}<td class="num">${escapeHtml(formatDuration(r.wallMs))}</td></tr></tbody></table>`,
    byClass,
    cappedScoresNote(report.judgement.metrics) ? `<p>${text(cappedScoresNote(report.judgement.metrics))}</p>` : ""
  ].join("\n");
}
function preformatted(value, maxChars) {
  const { html, truncated } = htmlPreformatted(value, maxChars);
  const note = truncated.omitted > 0 ? `
<p class="note">${escapeHtml(truncationNote(truncated))}; the JSON report has the full text.</p>` : "";
  return `<pre>${html}</pre>${note}`;
}
function example(w, index, maxChars) {
  return [
    `<details${index <= 3 ? " open" : ""}>`,
    `<summary>Example ${index} \xB7 ${text(w.metric)} = ${escapeHtml(formatNumber(w.score))} \xB7 record <code>${text(w.recordId)}</code> (line ${formatInteger(w.line)})</summary>`,
    "<h3>Request</h3>",
    preformatted(w.request, maxChars),
    '<div class="side">',
    `<div><h3>Baseline</h3>${preformatted(w.baseline, maxChars)}</div>`,
    `<div><h3>Candidate</h3>${preformatted(w.candidate, maxChars)}</div>`,
    "</div>",
    exampleJudgeHtml(w),
    "</details>"
  ].join("\n");
}
function examplesSection(worst, maxChars) {
  if (worst.length === 0) return "<h2>Worst examples</h2>\n<p>None: no pair diverged.</p>";
  return `<h2>Worst examples (${worst.length})</h2>
${worst.map((w, i) => example(w, i + 1, maxChars)).join("\n")}`;
}
function footer(report) {
  const runUrl = safeUrl(report.runUrl);
  const run = runUrl ? ` \xB7 <a href="${escapeHtml(runUrl)}" rel="noopener noreferrer">workflow run</a>` : "";
  return `<footer><p class="muted">shadowgate \xB7 generated ${text(report.generatedAt)}${run}</p></footer>`;
}

// node-builtin:node:fs/promises?mkdir,rename,writeFile
var builtin = process.getBuiltinModule("node:fs/promises");
var mkdir = builtin.mkdir;
var rename = builtin.rename;
var writeFile = builtin.writeFile;

// src/report/report-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:shadowgate:report:1", "title": "shadowgate-report.json", "description": "Machine-readable result of one shadowgate evaluation: the verdict, every metric's judgement, the surfaces that changed, replay accounting and the worst examples. Per-pair arrays are summarised as distributions (see $defs/distribution); the raw pairs are not kept.", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "service", "generatedAt", "baselineRef", "candidateRef", "verdict", "exitCode", "n", "minSamples", "alpha", "confidence", "reasons", "surfaces", "replay", "metrics", "worst"], "properties": { "$schema": { "type": "string" }, "schemaVersion": { "const": 1 }, "service": { "type": "string", "minLength": 1 }, "generatedAt": { "type": "string", "format": "date-time" }, "baselineRef": { "type": "string" }, "candidateRef": { "type": "string" }, "runUrl": { "type": "string", "format": "uri" }, "verdict": { "enum": ["pass", "warn", "fail", "inconclusive", "error"] }, "exitCode": { "type": "integer", "minimum": 0 }, "n": { "$ref": "#/$defs/count", "description": "Pairs compared." }, "minSamples": { "$ref": "#/$defs/count" }, "neededSamples": { "$ref": "#/$defs/count", "description": "Pairs at which every gate finds a regression at its threshold with power 0.8." }, "neededFor": { "type": "string", "description": "The gate that needs neededSamples pairs." }, "answered": { "$ref": "#/$defs/count", "description": "Pairs in which both sides answered." }, "failures": { "description": "Failed requests per side, by status or socket error (`HTTP 401`, `connection refused`).", "type": "object", "additionalProperties": false, "required": ["baseline", "candidate"], "properties": { "baseline": { "type": "object", "additionalProperties": { "$ref": "#/$defs/count" } }, "candidate": { "type": "object", "additionalProperties": { "$ref": "#/$defs/count" } } } }, "divergence": { "description": "How many compared answers differ, by the output kind's main agreement metric.", "type": "object", "additionalProperties": false, "required": ["metric", "n", "changed"], "properties": { "metric": { "type": "string" }, "n": { "$ref": "#/$defs/count" }, "changed": { "$ref": "#/$defs/count" }, "noiseChanged": { "$ref": "#/$defs/count" } } }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "confidence": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "reasons": { "type": "array", "items": { "type": "string" } }, "surfaces": { "type": "array", "items": { "$ref": "#/$defs/surfaceChange" } }, "endpoints": { "description": "Endpoint origins per side; the candidate's may differ only where the base branch or the workflow allows it.", "type": "array", "items": { "$ref": "#/$defs/endpointChange" } }, "replay": { "$ref": "#/$defs/replayStats" }, "metrics": { "type": "array", "items": { "$ref": "#/$defs/metric" } }, "worst": { "type": "array", "items": { "$ref": "#/$defs/worstExample" } }, "versioning": { "$ref": "#/$defs/versioning" }, "splits": { "description": "Metrics per prompt-token bucket and per segment (exploratory; not part of the verdict).", "type": "array", "items": { "$ref": "#/$defs/split" } } }, "$defs": { "count": { "type": "integer", "minimum": 0 }, "surfaceName": { "enum": ["model", "prompt", "tools", "context"] }, "failureClass": { "enum": ["timeout", "connect", "rate-limited", "http-4xx", "http-5xx", "bad-body", "error-body", "deadline", "too-large", "cancelled", "stream-broken"] }, "surfaceChange": { "type": "object", "additionalProperties": false, "required": ["surface", "changed", "before", "after", "files"], "properties": { "surface": { "$ref": "#/$defs/surfaceName" }, "changed": { "type": "boolean" }, "before": { "type": "string" }, "after": { "type": "string" }, "files": { "type": "array", "items": { "type": "string" } }, "ids": { "$ref": "#/$defs/idPair", "description": "Full content ids (SHA-256) of the surface on each side." } } }, "contentId": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "idPair": { "type": "object", "additionalProperties": false, "required": ["before", "after"], "properties": { "before": { "$ref": "#/$defs/contentId" }, "after": { "$ref": "#/$defs/contentId" } } }, "compatibility": { "enum": ["FULL", "BACKWARD", "FORWARD", "BREAKING"] }, "compatibilityLevel": { "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"] }, "compatProblem": { "type": "object", "additionalProperties": false, "required": ["rule", "path", "message"], "properties": { "rule": { "type": "string" }, "path": { "type": "string" }, "message": { "type": "string" } } }, "versioning": { "description": "Content ids per surface and artifact, whether the model is pinned, and the compatibility of each changed tool schema.", "type": "object", "additionalProperties": false, "required": ["surfaces", "artifacts", "pin", "tools", "failures"], "properties": { "surfaces": { "type": "object", "additionalProperties": false, "required": ["model", "prompt", "tools", "context"], "properties": { "model": { "$ref": "#/$defs/idPair" }, "prompt": { "$ref": "#/$defs/idPair" }, "tools": { "$ref": "#/$defs/idPair" }, "context": { "$ref": "#/$defs/idPair" } } }, "artifacts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "surface", "file"], "properties": { "name": { "type": "string" }, "surface": { "$ref": "#/$defs/surfaceName" }, "file": { "type": "string" }, "before": { "$ref": "#/$defs/contentId" }, "after": { "$ref": "#/$defs/contentId" } } } }, "pin": { "type": "object", "additionalProperties": false, "required": ["pinned", "reason", "ref", "before"], "properties": { "pinned": { "type": "boolean" }, "reason": { "type": "string" }, "hint": { "type": "string" }, "ref": { "type": "string" }, "before": { "type": "string" }, "addedPatterns": { "type": "array", "items": { "type": "string" } } } }, "loweredLevels": { "description": "Required compatibility levels the candidate manifest sets below the base manifest's; the base's still apply to this pull request.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["setting", "before", "after"], "properties": { "setting": { "type": "string" }, "tool": { "type": "string" }, "before": { "$ref": "#/$defs/compatibilityLevel" }, "after": { "$ref": "#/$defs/compatibilityLevel" } } } }, "tools": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["tool", "change", "class", "reason", "backward", "forward", "required", "ok"], "properties": { "tool": { "type": "string" }, "from": { "type": "string" }, "change": { "enum": ["changed", "added", "removed", "renamed"] }, "class": { "$ref": "#/$defs/compatibility" }, "reason": { "type": "string" }, "backward": { "type": "array", "items": { "$ref": "#/$defs/compatProblem" } }, "forward": { "type": "array", "items": { "$ref": "#/$defs/compatProblem" } }, "required": { "$ref": "#/$defs/compatibilityLevel" }, "candidateLevel": { "$ref": "#/$defs/compatibilityLevel" }, "ok": { "type": "boolean" }, "migration": { "type": "string" }, "replayed": { "type": "object", "additionalProperties": false, "required": ["tool", "oldCalls", "oldRejectedByNew", "newCalls", "newRejectedByOld", "examples"], "properties": { "tool": { "type": "string" }, "oldCalls": { "$ref": "#/$defs/count" }, "oldRejectedByNew": { "$ref": "#/$defs/count" }, "newCalls": { "$ref": "#/$defs/count" }, "newRejectedByOld": { "$ref": "#/$defs/count" }, "examples": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["side", "recordId", "line", "arguments", "reason"], "properties": { "side": { "enum": ["baseline", "candidate"] }, "recordId": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "arguments": { "type": "string" }, "reason": { "type": "string" } } } } } } } } }, "lock": { "type": "string", "description": "The lock checked before the replay (current)." }, "failures": { "type": "array", "items": { "type": "string" } } } }, "endpointChange": { "type": "object", "additionalProperties": false, "required": ["role", "baseline", "candidate", "changed", "allowedBy"], "properties": { "role": { "enum": ["model", "embeddings", "judge", "moderation"] }, "baseline": { "type": "string" }, "candidate": { "type": "string" }, "changed": { "type": "boolean" }, "allowedBy": { "type": "string" } } }, "replayStats": { "type": "object", "additionalProperties": false, "required": ["read", "sampled", "pairs", "requests", "ok", "retried", "failed", "wallMs"], "properties": { "read": { "$ref": "#/$defs/count" }, "sampled": { "$ref": "#/$defs/count" }, "pairs": { "$ref": "#/$defs/count" }, "requests": { "$ref": "#/$defs/count" }, "ok": { "$ref": "#/$defs/count" }, "retried": { "$ref": "#/$defs/count" }, "failed": { "type": "object", "propertyNames": { "$ref": "#/$defs/failureClass" }, "additionalProperties": { "$ref": "#/$defs/count" } }, "wallMs": { "type": "number", "minimum": 0 }, "interrupted": { "description": "Present when the replay stopped early (the overall deadline, or SIGINT/SIGTERM): the report is partial and covers the pairs that completed.", "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "enum": ["deadline", "signal"] }, "reason": { "type": "string" } } } } }, "distribution": { "description": "Summary of a per-pair array: count, mean and quantiles (linear interpolation between order statistics, as numpy's default).", "type": "object", "additionalProperties": false, "required": ["n", "mean", "min", "p5", "p25", "median", "p75", "p95", "p99", "max"], "properties": { "n": { "type": "integer", "minimum": 1 }, "mean": { "type": "number" }, "min": { "type": "number" }, "p5": { "type": "number" }, "p25": { "type": "number" }, "median": { "type": "number" }, "p75": { "type": "number" }, "p95": { "type": "number" }, "p99": { "type": "number" }, "max": { "type": "number" } } }, "gate": { "description": "The manifest's gate for this metric, as configured.", "type": "object", "required": ["metric"], "properties": { "metric": { "type": "string" }, "direction": { "enum": ["increase", "decrease", "either"] }, "tolerance": { "type": "number" }, "threshold": { "type": "number" }, "critical": { "type": "boolean" }, "muted": { "type": "boolean" } } }, "metric": { "description": "One metric's result and its judgement.", "type": "object", "additionalProperties": false, "required": ["id", "title", "unit", "test", "badDirection", "n", "verdict", "reason"], "properties": { "id": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "unit": { "type": "string" }, "test": { "enum": ["paired-continuous", "paired-binary", "agreement", "distance", "info"] }, "badDirection": { "enum": ["increase", "decrease", "either"] }, "n": { "$ref": "#/$defs/count" }, "baseline": { "type": "number" }, "candidate": { "type": "number" }, "paired": { "description": "Per-pair values on each side and their differences (candidate \u2212 baseline), summarised.", "type": "object", "additionalProperties": false, "required": ["baseline", "candidate", "difference"], "properties": { "baseline": { "$ref": "#/$defs/distribution" }, "candidate": { "$ref": "#/$defs/distribution" }, "difference": { "$ref": "#/$defs/distribution" } } }, "binary": { "type": "object", "additionalProperties": false, "required": ["bothPass", "baselineOnly", "candidateOnly", "neither"], "properties": { "bothPass": { "$ref": "#/$defs/count" }, "baselineOnly": { "$ref": "#/$defs/count" }, "candidateOnly": { "$ref": "#/$defs/count" }, "neither": { "$ref": "#/$defs/count" } } }, "agreement": { "description": "Per-pair agreement scores summarised; belowThreshold is the share of pairs under the threshold.", "type": "object", "additionalProperties": false, "required": ["values"], "properties": { "values": { "$ref": "#/$defs/distribution" }, "noise": { "$ref": "#/$defs/distribution" }, "threshold": { "type": "number" }, "belowThreshold": { "type": "number", "minimum": 0, "maximum": 1 } } }, "distance": { "type": "object", "additionalProperties": false, "required": ["value", "threshold"], "properties": { "value": { "type": "number" }, "threshold": { "type": "number" } } }, "details": { "type": "object" }, "gate": { "$ref": "#/$defs/gate" }, "verdict": { "enum": ["pass", "warn", "fail", "nodata", "info"] }, "effect": { "type": "number" }, "effectLabel": { "type": "string" }, "interval": { "type": "array", "prefixItems": [{ "type": "number" }, { "type": "number" }], "items": false, "minItems": 2 }, "pValue": { "type": "number", "minimum": 0, "maximum": 1 }, "pAdjusted": { "type": "number", "minimum": 0, "maximum": 1 }, "neededSamples": { "$ref": "#/$defs/count", "description": "Pairs at which a regression at the gate's threshold is found with power 0.8." }, "detectable": { "description": "The smallest regression found with power 0.8 at this run's n.", "type": "object", "additionalProperties": false, "required": ["effect", "label"], "properties": { "effect": { "type": "number" }, "label": { "type": "string" } } }, "reason": { "type": "string" } } }, "worstExample": { "description": "A pair that diverged most on a metric, with the full request and both answers.", "type": "object", "additionalProperties": false, "required": ["recordId", "line", "metric", "score", "request", "baseline", "candidate"], "properties": { "recordId": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "metric": { "type": "string" }, "score": { "type": "number" }, "request": { "type": "string" }, "baseline": { "type": "string" }, "candidate": { "type": "string" }, "judge": { "description": "The judge model's verdicts on this pair, one per rubric, with its reasons.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rubric", "preferred", "reasons"], "properties": { "rubric": { "type": "string" }, "preferred": { "enum": ["baseline", "candidate", "tie"] }, "reasons": { "type": "array", "items": { "type": "string" } } } } } } }, "split": { "type": "object", "additionalProperties": false, "required": ["by", "minPairs", "groups"], "properties": { "by": { "enum": ["prompt-tokens", "segment"] }, "field": { "type": "string" }, "minPairs": { "$ref": "#/$defs/count" }, "groups": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["label", "pairs", "shown", "cells"], "properties": { "label": { "type": "string" }, "pairs": { "$ref": "#/$defs/count" }, "shown": { "type": "boolean" }, "cells": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["metric", "verdict", "unit"], "properties": { "metric": { "type": "string" }, "verdict": { "enum": ["pass", "warn", "fail", "nodata", "info"] }, "unit": { "type": "string" }, "baseline": { "type": "number" }, "candidate": { "type": "number" }, "effectLabel": { "type": "string" }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 } } } } } } } } } } };
var schema46 = { "type": "object", "additionalProperties": false, "required": ["role", "baseline", "candidate", "changed", "allowedBy"], "properties": { "role": { "enum": ["model", "embeddings", "judge", "moderation"] }, "baseline": { "type": "string" }, "candidate": { "type": "string" }, "changed": { "type": "boolean" }, "allowedBy": { "type": "string" } } };
var schema69 = { "description": "A pair that diverged most on a metric, with the full request and both answers.", "type": "object", "additionalProperties": false, "required": ["recordId", "line", "metric", "score", "request", "baseline", "candidate"], "properties": { "recordId": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "metric": { "type": "string" }, "score": { "type": "number" }, "request": { "type": "string" }, "baseline": { "type": "string" }, "candidate": { "type": "string" }, "judge": { "description": "The judge model's verdicts on this pair, one per rubric, with its reasons.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rubric", "preferred", "reasons"], "properties": { "rubric": { "type": "string" }, "preferred": { "enum": ["baseline", "candidate", "tie"] }, "reasons": { "type": "array", "items": { "type": "string" } } } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var formats0 = require_formats().fullFormats["date-time"];
var formats2 = require_formats().fullFormats.uri;
var schema42 = { "enum": ["model", "prompt", "tools", "context"] };
var pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.before === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.after === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property 'after'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "before" || key0 === "after")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.before !== void 0) {
      let data0 = data.before;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/before", schemaPath: "#/$defs/contentId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/before", schemaPath: "#/$defs/contentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.after !== void 0) {
      let data1 = data.after;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err5 = { instancePath: instancePath + "/after", schemaPath: "#/$defs/contentId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/after", schemaPath: "#/$defs/contentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.surface === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "surface" }, message: "must have required property 'surface'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.changed === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.before === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.after === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property 'after'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "surface" || key0 === "changed" || key0 === "before" || key0 === "after" || key0 === "files" || key0 === "ids")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.surface !== void 0) {
      let data0 = data.surface;
      if (!(data0 === "model" || data0 === "prompt" || data0 === "tools" || data0 === "context")) {
        const err6 = { instancePath: instancePath + "/surface", schemaPath: "#/$defs/surfaceName/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.changed !== void 0) {
      if (typeof data.changed !== "boolean") {
        const err7 = { instancePath: instancePath + "/changed", schemaPath: "#/properties/changed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.before !== void 0) {
      if (typeof data.before !== "string") {
        const err8 = { instancePath: instancePath + "/before", schemaPath: "#/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.after !== void 0) {
      if (typeof data.after !== "string") {
        const err9 = { instancePath: instancePath + "/after", schemaPath: "#/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data4 = data.files;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err10 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.ids !== void 0) {
      if (!validate22(data.ids, { instancePath: instancePath + "/ids", parentData: data, parentDataProperty: "ids", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema47 = { "type": "object", "additionalProperties": false, "required": ["read", "sampled", "pairs", "requests", "ok", "retried", "failed", "wallMs"], "properties": { "read": { "$ref": "#/$defs/count" }, "sampled": { "$ref": "#/$defs/count" }, "pairs": { "$ref": "#/$defs/count" }, "requests": { "$ref": "#/$defs/count" }, "ok": { "$ref": "#/$defs/count" }, "retried": { "$ref": "#/$defs/count" }, "failed": { "type": "object", "propertyNames": { "$ref": "#/$defs/failureClass" }, "additionalProperties": { "$ref": "#/$defs/count" } }, "wallMs": { "type": "number", "minimum": 0 }, "interrupted": { "description": "Present when the replay stopped early (the overall deadline, or SIGINT/SIGTERM): the report is partial and covers the pairs that completed.", "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "enum": ["deadline", "signal"] }, "reason": { "type": "string" } } } } };
var schema54 = { "enum": ["timeout", "connect", "rate-limited", "http-4xx", "http-5xx", "bad-body", "error-body", "deadline", "too-large", "cancelled", "stream-broken"] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.read === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "read" }, message: "must have required property 'read'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sampled === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sampled" }, message: "must have required property 'sampled'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.pairs === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pairs" }, message: "must have required property 'pairs'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.requests === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.ok === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ok" }, message: "must have required property 'ok'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.retried === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "retried" }, message: "must have required property 'retried'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.failed === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.wallMs === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "wallMs" }, message: "must have required property 'wallMs'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema47.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.read !== void 0) {
      let data0 = data.read;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err9 = { instancePath: instancePath + "/read", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err10 = { instancePath: instancePath + "/read", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.sampled !== void 0) {
      let data1 = data.sampled;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err11 = { instancePath: instancePath + "/sampled", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err12 = { instancePath: instancePath + "/sampled", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.pairs !== void 0) {
      let data2 = data.pairs;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err13 = { instancePath: instancePath + "/pairs", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/pairs", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.requests !== void 0) {
      let data3 = data.requests;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err15 = { instancePath: instancePath + "/requests", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err16 = { instancePath: instancePath + "/requests", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.ok !== void 0) {
      let data4 = data.ok;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err17 = { instancePath: instancePath + "/ok", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err18 = { instancePath: instancePath + "/ok", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.retried !== void 0) {
      let data5 = data.retried;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err19 = { instancePath: instancePath + "/retried", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err20 = { instancePath: instancePath + "/retried", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.failed !== void 0) {
      let data6 = data.failed;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          const _errs22 = errors;
          if (!(key1 === "timeout" || key1 === "connect" || key1 === "rate-limited" || key1 === "http-4xx" || key1 === "http-5xx" || key1 === "bad-body" || key1 === "error-body" || key1 === "deadline" || key1 === "too-large" || key1 === "cancelled" || key1 === "stream-broken")) {
            const err21 = { instancePath: instancePath + "/failed", schemaPath: "#/$defs/failureClass/enum", keyword: "enum", params: { allowedValues: schema54.enum }, message: "must be equal to one of the allowed values", propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid7 = _errs22 === errors;
          if (!valid7) {
            const err22 = { instancePath: instancePath + "/failed", schemaPath: "#/properties/failed/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err23 = { instancePath: instancePath + "/failed/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err24 = { instancePath: instancePath + "/failed/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/failed", schemaPath: "#/properties/failed/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.wallMs !== void 0) {
      let data8 = data.wallMs;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err26 = { instancePath: instancePath + "/wallMs", schemaPath: "#/properties/wallMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/wallMs", schemaPath: "#/properties/wallMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.interrupted !== void 0) {
      let data9 = data.interrupted;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.by === void 0) {
          const err28 = { instancePath: instancePath + "/interrupted", schemaPath: "#/properties/interrupted/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data9.reason === void 0) {
          const err29 = { instancePath: instancePath + "/interrupted", schemaPath: "#/properties/interrupted/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "by" || key3 === "reason")) {
            const err30 = { instancePath: instancePath + "/interrupted", schemaPath: "#/properties/interrupted/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.by !== void 0) {
          let data10 = data9.by;
          if (!(data10 === "deadline" || data10 === "signal")) {
            const err31 = { instancePath: instancePath + "/interrupted/by", schemaPath: "#/properties/interrupted/properties/by/enum", keyword: "enum", params: { allowedValues: schema47.properties.interrupted.properties.by.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data9.reason !== void 0) {
          if (typeof data9.reason !== "string") {
            const err32 = { instancePath: instancePath + "/interrupted/reason", schemaPath: "#/properties/interrupted/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/interrupted", schemaPath: "#/properties/interrupted/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema56 = { "description": "One metric's result and its judgement.", "type": "object", "additionalProperties": false, "required": ["id", "title", "unit", "test", "badDirection", "n", "verdict", "reason"], "properties": { "id": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "unit": { "type": "string" }, "test": { "enum": ["paired-continuous", "paired-binary", "agreement", "distance", "info"] }, "badDirection": { "enum": ["increase", "decrease", "either"] }, "n": { "$ref": "#/$defs/count" }, "baseline": { "type": "number" }, "candidate": { "type": "number" }, "paired": { "description": "Per-pair values on each side and their differences (candidate \u2212 baseline), summarised.", "type": "object", "additionalProperties": false, "required": ["baseline", "candidate", "difference"], "properties": { "baseline": { "$ref": "#/$defs/distribution" }, "candidate": { "$ref": "#/$defs/distribution" }, "difference": { "$ref": "#/$defs/distribution" } } }, "binary": { "type": "object", "additionalProperties": false, "required": ["bothPass", "baselineOnly", "candidateOnly", "neither"], "properties": { "bothPass": { "$ref": "#/$defs/count" }, "baselineOnly": { "$ref": "#/$defs/count" }, "candidateOnly": { "$ref": "#/$defs/count" }, "neither": { "$ref": "#/$defs/count" } } }, "agreement": { "description": "Per-pair agreement scores summarised; belowThreshold is the share of pairs under the threshold.", "type": "object", "additionalProperties": false, "required": ["values"], "properties": { "values": { "$ref": "#/$defs/distribution" }, "noise": { "$ref": "#/$defs/distribution" }, "threshold": { "type": "number" }, "belowThreshold": { "type": "number", "minimum": 0, "maximum": 1 } } }, "distance": { "type": "object", "additionalProperties": false, "required": ["value", "threshold"], "properties": { "value": { "type": "number" }, "threshold": { "type": "number" } } }, "details": { "type": "object" }, "gate": { "$ref": "#/$defs/gate" }, "verdict": { "enum": ["pass", "warn", "fail", "nodata", "info"] }, "effect": { "type": "number" }, "effectLabel": { "type": "string" }, "interval": { "type": "array", "prefixItems": [{ "type": "number" }, { "type": "number" }], "items": false, "minItems": 2 }, "pValue": { "type": "number", "minimum": 0, "maximum": 1 }, "pAdjusted": { "type": "number", "minimum": 0, "maximum": 1 }, "neededSamples": { "$ref": "#/$defs/count", "description": "Pairs at which a regression at the gate's threshold is found with power 0.8." }, "detectable": { "description": "The smallest regression found with power 0.8 at this run's n.", "type": "object", "additionalProperties": false, "required": ["effect", "label"], "properties": { "effect": { "type": "number" }, "label": { "type": "string" } } }, "reason": { "type": "string" } } };
var schema58 = { "description": "Summary of a per-pair array: count, mean and quantiles (linear interpolation between order statistics, as numpy's default).", "type": "object", "additionalProperties": false, "required": ["n", "mean", "min", "p5", "p25", "median", "p75", "p95", "p99", "max"], "properties": { "n": { "type": "integer", "minimum": 1 }, "mean": { "type": "number" }, "min": { "type": "number" }, "p5": { "type": "number" }, "p25": { "type": "number" }, "median": { "type": "number" }, "p75": { "type": "number" }, "p95": { "type": "number" }, "p99": { "type": "number" }, "max": { "type": "number" } } };
var schema67 = { "description": "The manifest's gate for this metric, as configured.", "type": "object", "required": ["metric"], "properties": { "metric": { "type": "string" }, "direction": { "enum": ["increase", "decrease", "either"] }, "tolerance": { "type": "number" }, "threshold": { "type": "number" }, "critical": { "type": "boolean" }, "muted": { "type": "boolean" } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.unit === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.test === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "test" }, message: "must have required property 'test'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.badDirection === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "badDirection" }, message: "must have required property 'badDirection'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.n === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema56.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.unit !== void 0) {
      if (typeof data.unit !== "string") {
        const err12 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.test !== void 0) {
      let data3 = data.test;
      if (!(data3 === "paired-continuous" || data3 === "paired-binary" || data3 === "agreement" || data3 === "distance" || data3 === "info")) {
        const err13 = { instancePath: instancePath + "/test", schemaPath: "#/properties/test/enum", keyword: "enum", params: { allowedValues: schema56.properties.test.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.badDirection !== void 0) {
      let data4 = data.badDirection;
      if (!(data4 === "increase" || data4 === "decrease" || data4 === "either")) {
        const err14 = { instancePath: instancePath + "/badDirection", schemaPath: "#/properties/badDirection/enum", keyword: "enum", params: { allowedValues: schema56.properties.badDirection.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.n !== void 0) {
      let data5 = data.n;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err15 = { instancePath: instancePath + "/n", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err16 = { instancePath: instancePath + "/n", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.baseline !== void 0) {
      let data6 = data.baseline;
      if (!(typeof data6 == "number" && isFinite(data6))) {
        const err17 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.candidate !== void 0) {
      let data7 = data.candidate;
      if (!(typeof data7 == "number" && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.paired !== void 0) {
      let data8 = data.paired;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.baseline === void 0) {
          const err19 = { instancePath: instancePath + "/paired", schemaPath: "#/properties/paired/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8.candidate === void 0) {
          const err20 = { instancePath: instancePath + "/paired", schemaPath: "#/properties/paired/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data8.difference === void 0) {
          const err21 = { instancePath: instancePath + "/paired", schemaPath: "#/properties/paired/required", keyword: "required", params: { missingProperty: "difference" }, message: "must have required property 'difference'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "baseline" || key1 === "candidate" || key1 === "difference")) {
            const err22 = { instancePath: instancePath + "/paired", schemaPath: "#/properties/paired/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.baseline !== void 0) {
          let data9 = data8.baseline;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.n === void 0) {
              const err23 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9.mean === void 0) {
              const err24 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data9.min === void 0) {
              const err25 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data9.p5 === void 0) {
              const err26 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p5" }, message: "must have required property 'p5'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data9.p25 === void 0) {
              const err27 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p25" }, message: "must have required property 'p25'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data9.median === void 0) {
              const err28 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data9.p75 === void 0) {
              const err29 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p75" }, message: "must have required property 'p75'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data9.p95 === void 0) {
              const err30 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data9.p99 === void 0) {
              const err31 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p99" }, message: "must have required property 'p99'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data9.max === void 0) {
              const err32 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!func1.call(schema58.properties, key2)) {
                const err33 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data9.n !== void 0) {
              let data10 = data9.n;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err34 = { instancePath: instancePath + "/paired/baseline/n", schemaPath: "#/$defs/distribution/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err35 = { instancePath: instancePath + "/paired/baseline/n", schemaPath: "#/$defs/distribution/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data9.mean !== void 0) {
              let data11 = data9.mean;
              if (!(typeof data11 == "number" && isFinite(data11))) {
                const err36 = { instancePath: instancePath + "/paired/baseline/mean", schemaPath: "#/$defs/distribution/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data9.min !== void 0) {
              let data12 = data9.min;
              if (!(typeof data12 == "number" && isFinite(data12))) {
                const err37 = { instancePath: instancePath + "/paired/baseline/min", schemaPath: "#/$defs/distribution/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data9.p5 !== void 0) {
              let data13 = data9.p5;
              if (!(typeof data13 == "number" && isFinite(data13))) {
                const err38 = { instancePath: instancePath + "/paired/baseline/p5", schemaPath: "#/$defs/distribution/properties/p5/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data9.p25 !== void 0) {
              let data14 = data9.p25;
              if (!(typeof data14 == "number" && isFinite(data14))) {
                const err39 = { instancePath: instancePath + "/paired/baseline/p25", schemaPath: "#/$defs/distribution/properties/p25/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data9.median !== void 0) {
              let data15 = data9.median;
              if (!(typeof data15 == "number" && isFinite(data15))) {
                const err40 = { instancePath: instancePath + "/paired/baseline/median", schemaPath: "#/$defs/distribution/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data9.p75 !== void 0) {
              let data16 = data9.p75;
              if (!(typeof data16 == "number" && isFinite(data16))) {
                const err41 = { instancePath: instancePath + "/paired/baseline/p75", schemaPath: "#/$defs/distribution/properties/p75/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data9.p95 !== void 0) {
              let data17 = data9.p95;
              if (!(typeof data17 == "number" && isFinite(data17))) {
                const err42 = { instancePath: instancePath + "/paired/baseline/p95", schemaPath: "#/$defs/distribution/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data9.p99 !== void 0) {
              let data18 = data9.p99;
              if (!(typeof data18 == "number" && isFinite(data18))) {
                const err43 = { instancePath: instancePath + "/paired/baseline/p99", schemaPath: "#/$defs/distribution/properties/p99/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data9.max !== void 0) {
              let data19 = data9.max;
              if (!(typeof data19 == "number" && isFinite(data19))) {
                const err44 = { instancePath: instancePath + "/paired/baseline/max", schemaPath: "#/$defs/distribution/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/paired/baseline", schemaPath: "#/$defs/distribution/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data8.candidate !== void 0) {
          let data20 = data8.candidate;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.n === void 0) {
              const err46 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data20.mean === void 0) {
              const err47 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data20.min === void 0) {
              const err48 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data20.p5 === void 0) {
              const err49 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p5" }, message: "must have required property 'p5'" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data20.p25 === void 0) {
              const err50 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p25" }, message: "must have required property 'p25'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data20.median === void 0) {
              const err51 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data20.p75 === void 0) {
              const err52 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p75" }, message: "must have required property 'p75'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data20.p95 === void 0) {
              const err53 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data20.p99 === void 0) {
              const err54 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p99" }, message: "must have required property 'p99'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data20.max === void 0) {
              const err55 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            for (const key3 in data20) {
              if (!func1.call(schema58.properties, key3)) {
                const err56 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data20.n !== void 0) {
              let data21 = data20.n;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err57 = { instancePath: instancePath + "/paired/candidate/n", schemaPath: "#/$defs/distribution/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 1 || isNaN(data21)) {
                  const err58 = { instancePath: instancePath + "/paired/candidate/n", schemaPath: "#/$defs/distribution/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
            }
            if (data20.mean !== void 0) {
              let data22 = data20.mean;
              if (!(typeof data22 == "number" && isFinite(data22))) {
                const err59 = { instancePath: instancePath + "/paired/candidate/mean", schemaPath: "#/$defs/distribution/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data20.min !== void 0) {
              let data23 = data20.min;
              if (!(typeof data23 == "number" && isFinite(data23))) {
                const err60 = { instancePath: instancePath + "/paired/candidate/min", schemaPath: "#/$defs/distribution/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data20.p5 !== void 0) {
              let data24 = data20.p5;
              if (!(typeof data24 == "number" && isFinite(data24))) {
                const err61 = { instancePath: instancePath + "/paired/candidate/p5", schemaPath: "#/$defs/distribution/properties/p5/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data20.p25 !== void 0) {
              let data25 = data20.p25;
              if (!(typeof data25 == "number" && isFinite(data25))) {
                const err62 = { instancePath: instancePath + "/paired/candidate/p25", schemaPath: "#/$defs/distribution/properties/p25/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data20.median !== void 0) {
              let data26 = data20.median;
              if (!(typeof data26 == "number" && isFinite(data26))) {
                const err63 = { instancePath: instancePath + "/paired/candidate/median", schemaPath: "#/$defs/distribution/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data20.p75 !== void 0) {
              let data27 = data20.p75;
              if (!(typeof data27 == "number" && isFinite(data27))) {
                const err64 = { instancePath: instancePath + "/paired/candidate/p75", schemaPath: "#/$defs/distribution/properties/p75/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data20.p95 !== void 0) {
              let data28 = data20.p95;
              if (!(typeof data28 == "number" && isFinite(data28))) {
                const err65 = { instancePath: instancePath + "/paired/candidate/p95", schemaPath: "#/$defs/distribution/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data20.p99 !== void 0) {
              let data29 = data20.p99;
              if (!(typeof data29 == "number" && isFinite(data29))) {
                const err66 = { instancePath: instancePath + "/paired/candidate/p99", schemaPath: "#/$defs/distribution/properties/p99/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data20.max !== void 0) {
              let data30 = data20.max;
              if (!(typeof data30 == "number" && isFinite(data30))) {
                const err67 = { instancePath: instancePath + "/paired/candidate/max", schemaPath: "#/$defs/distribution/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/paired/candidate", schemaPath: "#/$defs/distribution/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data8.difference !== void 0) {
          let data31 = data8.difference;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.n === void 0) {
              const err69 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data31.mean === void 0) {
              const err70 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data31.min === void 0) {
              const err71 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data31.p5 === void 0) {
              const err72 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p5" }, message: "must have required property 'p5'" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data31.p25 === void 0) {
              const err73 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p25" }, message: "must have required property 'p25'" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data31.median === void 0) {
              const err74 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data31.p75 === void 0) {
              const err75 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p75" }, message: "must have required property 'p75'" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data31.p95 === void 0) {
              const err76 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'" };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data31.p99 === void 0) {
              const err77 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p99" }, message: "must have required property 'p99'" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data31.max === void 0) {
              const err78 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            for (const key4 in data31) {
              if (!func1.call(schema58.properties, key4)) {
                const err79 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data31.n !== void 0) {
              let data32 = data31.n;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err80 = { instancePath: instancePath + "/paired/difference/n", schemaPath: "#/$defs/distribution/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 < 1 || isNaN(data32)) {
                  const err81 = { instancePath: instancePath + "/paired/difference/n", schemaPath: "#/$defs/distribution/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
            }
            if (data31.mean !== void 0) {
              let data33 = data31.mean;
              if (!(typeof data33 == "number" && isFinite(data33))) {
                const err82 = { instancePath: instancePath + "/paired/difference/mean", schemaPath: "#/$defs/distribution/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data31.min !== void 0) {
              let data34 = data31.min;
              if (!(typeof data34 == "number" && isFinite(data34))) {
                const err83 = { instancePath: instancePath + "/paired/difference/min", schemaPath: "#/$defs/distribution/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data31.p5 !== void 0) {
              let data35 = data31.p5;
              if (!(typeof data35 == "number" && isFinite(data35))) {
                const err84 = { instancePath: instancePath + "/paired/difference/p5", schemaPath: "#/$defs/distribution/properties/p5/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data31.p25 !== void 0) {
              let data36 = data31.p25;
              if (!(typeof data36 == "number" && isFinite(data36))) {
                const err85 = { instancePath: instancePath + "/paired/difference/p25", schemaPath: "#/$defs/distribution/properties/p25/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data31.median !== void 0) {
              let data37 = data31.median;
              if (!(typeof data37 == "number" && isFinite(data37))) {
                const err86 = { instancePath: instancePath + "/paired/difference/median", schemaPath: "#/$defs/distribution/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data31.p75 !== void 0) {
              let data38 = data31.p75;
              if (!(typeof data38 == "number" && isFinite(data38))) {
                const err87 = { instancePath: instancePath + "/paired/difference/p75", schemaPath: "#/$defs/distribution/properties/p75/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data31.p95 !== void 0) {
              let data39 = data31.p95;
              if (!(typeof data39 == "number" && isFinite(data39))) {
                const err88 = { instancePath: instancePath + "/paired/difference/p95", schemaPath: "#/$defs/distribution/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data31.p99 !== void 0) {
              let data40 = data31.p99;
              if (!(typeof data40 == "number" && isFinite(data40))) {
                const err89 = { instancePath: instancePath + "/paired/difference/p99", schemaPath: "#/$defs/distribution/properties/p99/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data31.max !== void 0) {
              let data41 = data31.max;
              if (!(typeof data41 == "number" && isFinite(data41))) {
                const err90 = { instancePath: instancePath + "/paired/difference/max", schemaPath: "#/$defs/distribution/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/paired/difference", schemaPath: "#/$defs/distribution/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/paired", schemaPath: "#/properties/paired/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.binary !== void 0) {
      let data42 = data.binary;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        if (data42.bothPass === void 0) {
          const err93 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/required", keyword: "required", params: { missingProperty: "bothPass" }, message: "must have required property 'bothPass'" };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
        if (data42.baselineOnly === void 0) {
          const err94 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/required", keyword: "required", params: { missingProperty: "baselineOnly" }, message: "must have required property 'baselineOnly'" };
          if (vErrors === null) {
            vErrors = [err94];
          } else {
            vErrors.push(err94);
          }
          errors++;
        }
        if (data42.candidateOnly === void 0) {
          const err95 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/required", keyword: "required", params: { missingProperty: "candidateOnly" }, message: "must have required property 'candidateOnly'" };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        if (data42.neither === void 0) {
          const err96 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/required", keyword: "required", params: { missingProperty: "neither" }, message: "must have required property 'neither'" };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
        for (const key5 in data42) {
          if (!(key5 === "bothPass" || key5 === "baselineOnly" || key5 === "candidateOnly" || key5 === "neither")) {
            const err97 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data42.bothPass !== void 0) {
          let data43 = data42.bothPass;
          if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
            const err98 = { instancePath: instancePath + "/binary/bothPass", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (typeof data43 == "number" && isFinite(data43)) {
            if (data43 < 0 || isNaN(data43)) {
              const err99 = { instancePath: instancePath + "/binary/bothPass", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          }
        }
        if (data42.baselineOnly !== void 0) {
          let data44 = data42.baselineOnly;
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
            const err100 = { instancePath: instancePath + "/binary/baselineOnly", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 < 0 || isNaN(data44)) {
              const err101 = { instancePath: instancePath + "/binary/baselineOnly", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          }
        }
        if (data42.candidateOnly !== void 0) {
          let data45 = data42.candidateOnly;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
            const err102 = { instancePath: instancePath + "/binary/candidateOnly", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 < 0 || isNaN(data45)) {
              const err103 = { instancePath: instancePath + "/binary/candidateOnly", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          }
        }
        if (data42.neither !== void 0) {
          let data46 = data42.neither;
          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
            const err104 = { instancePath: instancePath + "/binary/neither", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 < 0 || isNaN(data46)) {
              const err105 = { instancePath: instancePath + "/binary/neither", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
        }
      } else {
        const err106 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.agreement !== void 0) {
      let data47 = data.agreement;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        if (data47.values === void 0) {
          const err107 = { instancePath: instancePath + "/agreement", schemaPath: "#/properties/agreement/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'" };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        for (const key6 in data47) {
          if (!(key6 === "values" || key6 === "noise" || key6 === "threshold" || key6 === "belowThreshold")) {
            const err108 = { instancePath: instancePath + "/agreement", schemaPath: "#/properties/agreement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data47.values !== void 0) {
          let data48 = data47.values;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (data48.n === void 0) {
              const err109 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data48.mean === void 0) {
              const err110 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data48.min === void 0) {
              const err111 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            if (data48.p5 === void 0) {
              const err112 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p5" }, message: "must have required property 'p5'" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
            if (data48.p25 === void 0) {
              const err113 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p25" }, message: "must have required property 'p25'" };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            if (data48.median === void 0) {
              const err114 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            if (data48.p75 === void 0) {
              const err115 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p75" }, message: "must have required property 'p75'" };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data48.p95 === void 0) {
              const err116 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'" };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data48.p99 === void 0) {
              const err117 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p99" }, message: "must have required property 'p99'" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data48.max === void 0) {
              const err118 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            for (const key7 in data48) {
              if (!func1.call(schema58.properties, key7)) {
                const err119 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data48.n !== void 0) {
              let data49 = data48.n;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                const err120 = { instancePath: instancePath + "/agreement/values/n", schemaPath: "#/$defs/distribution/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 < 1 || isNaN(data49)) {
                  const err121 = { instancePath: instancePath + "/agreement/values/n", schemaPath: "#/$defs/distribution/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
            }
            if (data48.mean !== void 0) {
              let data50 = data48.mean;
              if (!(typeof data50 == "number" && isFinite(data50))) {
                const err122 = { instancePath: instancePath + "/agreement/values/mean", schemaPath: "#/$defs/distribution/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data48.min !== void 0) {
              let data51 = data48.min;
              if (!(typeof data51 == "number" && isFinite(data51))) {
                const err123 = { instancePath: instancePath + "/agreement/values/min", schemaPath: "#/$defs/distribution/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data48.p5 !== void 0) {
              let data52 = data48.p5;
              if (!(typeof data52 == "number" && isFinite(data52))) {
                const err124 = { instancePath: instancePath + "/agreement/values/p5", schemaPath: "#/$defs/distribution/properties/p5/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data48.p25 !== void 0) {
              let data53 = data48.p25;
              if (!(typeof data53 == "number" && isFinite(data53))) {
                const err125 = { instancePath: instancePath + "/agreement/values/p25", schemaPath: "#/$defs/distribution/properties/p25/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
            if (data48.median !== void 0) {
              let data54 = data48.median;
              if (!(typeof data54 == "number" && isFinite(data54))) {
                const err126 = { instancePath: instancePath + "/agreement/values/median", schemaPath: "#/$defs/distribution/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data48.p75 !== void 0) {
              let data55 = data48.p75;
              if (!(typeof data55 == "number" && isFinite(data55))) {
                const err127 = { instancePath: instancePath + "/agreement/values/p75", schemaPath: "#/$defs/distribution/properties/p75/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data48.p95 !== void 0) {
              let data56 = data48.p95;
              if (!(typeof data56 == "number" && isFinite(data56))) {
                const err128 = { instancePath: instancePath + "/agreement/values/p95", schemaPath: "#/$defs/distribution/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data48.p99 !== void 0) {
              let data57 = data48.p99;
              if (!(typeof data57 == "number" && isFinite(data57))) {
                const err129 = { instancePath: instancePath + "/agreement/values/p99", schemaPath: "#/$defs/distribution/properties/p99/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data48.max !== void 0) {
              let data58 = data48.max;
              if (!(typeof data58 == "number" && isFinite(data58))) {
                const err130 = { instancePath: instancePath + "/agreement/values/max", schemaPath: "#/$defs/distribution/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
          } else {
            const err131 = { instancePath: instancePath + "/agreement/values", schemaPath: "#/$defs/distribution/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data47.noise !== void 0) {
          let data59 = data47.noise;
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.n === void 0) {
              const err132 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (data59.mean === void 0) {
              const err133 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data59.min === void 0) {
              const err134 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            if (data59.p5 === void 0) {
              const err135 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p5" }, message: "must have required property 'p5'" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data59.p25 === void 0) {
              const err136 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p25" }, message: "must have required property 'p25'" };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            if (data59.median === void 0) {
              const err137 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            if (data59.p75 === void 0) {
              const err138 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p75" }, message: "must have required property 'p75'" };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
            if (data59.p95 === void 0) {
              const err139 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'" };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
            if (data59.p99 === void 0) {
              const err140 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "p99" }, message: "must have required property 'p99'" };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
            if (data59.max === void 0) {
              const err141 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            for (const key8 in data59) {
              if (!func1.call(schema58.properties, key8)) {
                const err142 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data59.n !== void 0) {
              let data60 = data59.n;
              if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
                const err143 = { instancePath: instancePath + "/agreement/noise/n", schemaPath: "#/$defs/distribution/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
              if (typeof data60 == "number" && isFinite(data60)) {
                if (data60 < 1 || isNaN(data60)) {
                  const err144 = { instancePath: instancePath + "/agreement/noise/n", schemaPath: "#/$defs/distribution/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
              }
            }
            if (data59.mean !== void 0) {
              let data61 = data59.mean;
              if (!(typeof data61 == "number" && isFinite(data61))) {
                const err145 = { instancePath: instancePath + "/agreement/noise/mean", schemaPath: "#/$defs/distribution/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data59.min !== void 0) {
              let data62 = data59.min;
              if (!(typeof data62 == "number" && isFinite(data62))) {
                const err146 = { instancePath: instancePath + "/agreement/noise/min", schemaPath: "#/$defs/distribution/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data59.p5 !== void 0) {
              let data63 = data59.p5;
              if (!(typeof data63 == "number" && isFinite(data63))) {
                const err147 = { instancePath: instancePath + "/agreement/noise/p5", schemaPath: "#/$defs/distribution/properties/p5/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
            if (data59.p25 !== void 0) {
              let data64 = data59.p25;
              if (!(typeof data64 == "number" && isFinite(data64))) {
                const err148 = { instancePath: instancePath + "/agreement/noise/p25", schemaPath: "#/$defs/distribution/properties/p25/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data59.median !== void 0) {
              let data65 = data59.median;
              if (!(typeof data65 == "number" && isFinite(data65))) {
                const err149 = { instancePath: instancePath + "/agreement/noise/median", schemaPath: "#/$defs/distribution/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
            if (data59.p75 !== void 0) {
              let data66 = data59.p75;
              if (!(typeof data66 == "number" && isFinite(data66))) {
                const err150 = { instancePath: instancePath + "/agreement/noise/p75", schemaPath: "#/$defs/distribution/properties/p75/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data59.p95 !== void 0) {
              let data67 = data59.p95;
              if (!(typeof data67 == "number" && isFinite(data67))) {
                const err151 = { instancePath: instancePath + "/agreement/noise/p95", schemaPath: "#/$defs/distribution/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data59.p99 !== void 0) {
              let data68 = data59.p99;
              if (!(typeof data68 == "number" && isFinite(data68))) {
                const err152 = { instancePath: instancePath + "/agreement/noise/p99", schemaPath: "#/$defs/distribution/properties/p99/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data59.max !== void 0) {
              let data69 = data59.max;
              if (!(typeof data69 == "number" && isFinite(data69))) {
                const err153 = { instancePath: instancePath + "/agreement/noise/max", schemaPath: "#/$defs/distribution/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
          } else {
            const err154 = { instancePath: instancePath + "/agreement/noise", schemaPath: "#/$defs/distribution/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
        if (data47.threshold !== void 0) {
          let data70 = data47.threshold;
          if (!(typeof data70 == "number" && isFinite(data70))) {
            const err155 = { instancePath: instancePath + "/agreement/threshold", schemaPath: "#/properties/agreement/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
        if (data47.belowThreshold !== void 0) {
          let data71 = data47.belowThreshold;
          if (typeof data71 == "number" && isFinite(data71)) {
            if (data71 > 1 || isNaN(data71)) {
              const err156 = { instancePath: instancePath + "/agreement/belowThreshold", schemaPath: "#/properties/agreement/properties/belowThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            if (data71 < 0 || isNaN(data71)) {
              const err157 = { instancePath: instancePath + "/agreement/belowThreshold", schemaPath: "#/properties/agreement/properties/belowThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
          } else {
            const err158 = { instancePath: instancePath + "/agreement/belowThreshold", schemaPath: "#/properties/agreement/properties/belowThreshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
      } else {
        const err159 = { instancePath: instancePath + "/agreement", schemaPath: "#/properties/agreement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
    }
    if (data.distance !== void 0) {
      let data72 = data.distance;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        if (data72.value === void 0) {
          const err160 = { instancePath: instancePath + "/distance", schemaPath: "#/properties/distance/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err160];
          } else {
            vErrors.push(err160);
          }
          errors++;
        }
        if (data72.threshold === void 0) {
          const err161 = { instancePath: instancePath + "/distance", schemaPath: "#/properties/distance/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
          if (vErrors === null) {
            vErrors = [err161];
          } else {
            vErrors.push(err161);
          }
          errors++;
        }
        for (const key9 in data72) {
          if (!(key9 === "value" || key9 === "threshold")) {
            const err162 = { instancePath: instancePath + "/distance", schemaPath: "#/properties/distance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data72.value !== void 0) {
          let data73 = data72.value;
          if (!(typeof data73 == "number" && isFinite(data73))) {
            const err163 = { instancePath: instancePath + "/distance/value", schemaPath: "#/properties/distance/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
        if (data72.threshold !== void 0) {
          let data74 = data72.threshold;
          if (!(typeof data74 == "number" && isFinite(data74))) {
            const err164 = { instancePath: instancePath + "/distance/threshold", schemaPath: "#/properties/distance/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
      } else {
        const err165 = { instancePath: instancePath + "/distance", schemaPath: "#/properties/distance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err165];
        } else {
          vErrors.push(err165);
        }
        errors++;
      }
    }
    if (data.details !== void 0) {
      let data75 = data.details;
      if (!(data75 && typeof data75 == "object" && !Array.isArray(data75))) {
        const err166 = { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err166];
        } else {
          vErrors.push(err166);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data76 = data.gate;
      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
        if (data76.metric === void 0) {
          const err167 = { instancePath: instancePath + "/gate", schemaPath: "#/$defs/gate/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
          if (vErrors === null) {
            vErrors = [err167];
          } else {
            vErrors.push(err167);
          }
          errors++;
        }
        if (data76.metric !== void 0) {
          if (typeof data76.metric !== "string") {
            const err168 = { instancePath: instancePath + "/gate/metric", schemaPath: "#/$defs/gate/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data76.direction !== void 0) {
          let data78 = data76.direction;
          if (!(data78 === "increase" || data78 === "decrease" || data78 === "either")) {
            const err169 = { instancePath: instancePath + "/gate/direction", schemaPath: "#/$defs/gate/properties/direction/enum", keyword: "enum", params: { allowedValues: schema67.properties.direction.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
        if (data76.tolerance !== void 0) {
          let data79 = data76.tolerance;
          if (!(typeof data79 == "number" && isFinite(data79))) {
            const err170 = { instancePath: instancePath + "/gate/tolerance", schemaPath: "#/$defs/gate/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
        if (data76.threshold !== void 0) {
          let data80 = data76.threshold;
          if (!(typeof data80 == "number" && isFinite(data80))) {
            const err171 = { instancePath: instancePath + "/gate/threshold", schemaPath: "#/$defs/gate/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
        }
        if (data76.critical !== void 0) {
          if (typeof data76.critical !== "boolean") {
            const err172 = { instancePath: instancePath + "/gate/critical", schemaPath: "#/$defs/gate/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
        if (data76.muted !== void 0) {
          if (typeof data76.muted !== "boolean") {
            const err173 = { instancePath: instancePath + "/gate/muted", schemaPath: "#/$defs/gate/properties/muted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath: instancePath + "/gate", schemaPath: "#/$defs/gate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data83 = data.verdict;
      if (!(data83 === "pass" || data83 === "warn" || data83 === "fail" || data83 === "nodata" || data83 === "info")) {
        const err175 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema56.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err175];
        } else {
          vErrors.push(err175);
        }
        errors++;
      }
    }
    if (data.effect !== void 0) {
      let data84 = data.effect;
      if (!(typeof data84 == "number" && isFinite(data84))) {
        const err176 = { instancePath: instancePath + "/effect", schemaPath: "#/properties/effect/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err176];
        } else {
          vErrors.push(err176);
        }
        errors++;
      }
    }
    if (data.effectLabel !== void 0) {
      if (typeof data.effectLabel !== "string") {
        const err177 = { instancePath: instancePath + "/effectLabel", schemaPath: "#/properties/effectLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      }
    }
    if (data.interval !== void 0) {
      let data86 = data.interval;
      if (Array.isArray(data86)) {
        if (data86.length < 2) {
          const err178 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err178];
          } else {
            vErrors.push(err178);
          }
          errors++;
        }
        const len0 = data86.length;
        if (len0 > 0) {
          let data87 = data86[0];
          if (!(typeof data87 == "number" && isFinite(data87))) {
            const err179 = { instancePath: instancePath + "/interval/0", schemaPath: "#/properties/interval/prefixItems/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
        }
        if (len0 > 1) {
          let data88 = data86[1];
          if (!(typeof data88 == "number" && isFinite(data88))) {
            const err180 = { instancePath: instancePath + "/interval/1", schemaPath: "#/properties/interval/prefixItems/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        const len1 = data86.length;
        if (!(len1 <= 2)) {
          const err181 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items" };
          if (vErrors === null) {
            vErrors = [err181];
          } else {
            vErrors.push(err181);
          }
          errors++;
        }
      } else {
        const err182 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err182];
        } else {
          vErrors.push(err182);
        }
        errors++;
      }
    }
    if (data.pValue !== void 0) {
      let data89 = data.pValue;
      if (typeof data89 == "number" && isFinite(data89)) {
        if (data89 > 1 || isNaN(data89)) {
          const err183 = { instancePath: instancePath + "/pValue", schemaPath: "#/properties/pValue/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err183];
          } else {
            vErrors.push(err183);
          }
          errors++;
        }
        if (data89 < 0 || isNaN(data89)) {
          const err184 = { instancePath: instancePath + "/pValue", schemaPath: "#/properties/pValue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err184];
          } else {
            vErrors.push(err184);
          }
          errors++;
        }
      } else {
        const err185 = { instancePath: instancePath + "/pValue", schemaPath: "#/properties/pValue/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err185];
        } else {
          vErrors.push(err185);
        }
        errors++;
      }
    }
    if (data.pAdjusted !== void 0) {
      let data90 = data.pAdjusted;
      if (typeof data90 == "number" && isFinite(data90)) {
        if (data90 > 1 || isNaN(data90)) {
          const err186 = { instancePath: instancePath + "/pAdjusted", schemaPath: "#/properties/pAdjusted/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err186];
          } else {
            vErrors.push(err186);
          }
          errors++;
        }
        if (data90 < 0 || isNaN(data90)) {
          const err187 = { instancePath: instancePath + "/pAdjusted", schemaPath: "#/properties/pAdjusted/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err187];
          } else {
            vErrors.push(err187);
          }
          errors++;
        }
      } else {
        const err188 = { instancePath: instancePath + "/pAdjusted", schemaPath: "#/properties/pAdjusted/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err188];
        } else {
          vErrors.push(err188);
        }
        errors++;
      }
    }
    if (data.neededSamples !== void 0) {
      let data91 = data.neededSamples;
      if (!(typeof data91 == "number" && (!(data91 % 1) && !isNaN(data91)) && isFinite(data91))) {
        const err189 = { instancePath: instancePath + "/neededSamples", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
      if (typeof data91 == "number" && isFinite(data91)) {
        if (data91 < 0 || isNaN(data91)) {
          const err190 = { instancePath: instancePath + "/neededSamples", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err190];
          } else {
            vErrors.push(err190);
          }
          errors++;
        }
      }
    }
    if (data.detectable !== void 0) {
      let data92 = data.detectable;
      if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
        if (data92.effect === void 0) {
          const err191 = { instancePath: instancePath + "/detectable", schemaPath: "#/properties/detectable/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'" };
          if (vErrors === null) {
            vErrors = [err191];
          } else {
            vErrors.push(err191);
          }
          errors++;
        }
        if (data92.label === void 0) {
          const err192 = { instancePath: instancePath + "/detectable", schemaPath: "#/properties/detectable/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
          if (vErrors === null) {
            vErrors = [err192];
          } else {
            vErrors.push(err192);
          }
          errors++;
        }
        for (const key10 in data92) {
          if (!(key10 === "effect" || key10 === "label")) {
            const err193 = { instancePath: instancePath + "/detectable", schemaPath: "#/properties/detectable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err193];
            } else {
              vErrors.push(err193);
            }
            errors++;
          }
        }
        if (data92.effect !== void 0) {
          let data93 = data92.effect;
          if (!(typeof data93 == "number" && isFinite(data93))) {
            const err194 = { instancePath: instancePath + "/detectable/effect", schemaPath: "#/properties/detectable/properties/effect/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
        if (data92.label !== void 0) {
          if (typeof data92.label !== "string") {
            const err195 = { instancePath: instancePath + "/detectable/label", schemaPath: "#/properties/detectable/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err195];
            } else {
              vErrors.push(err195);
            }
            errors++;
          }
        }
      } else {
        const err196 = { instancePath: instancePath + "/detectable", schemaPath: "#/properties/detectable/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err196];
        } else {
          vErrors.push(err196);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err197 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
  } else {
    const err198 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err198];
    } else {
      vErrors.push(err198);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema70 = { "description": "Content ids per surface and artifact, whether the model is pinned, and the compatibility of each changed tool schema.", "type": "object", "additionalProperties": false, "required": ["surfaces", "artifacts", "pin", "tools", "failures"], "properties": { "surfaces": { "type": "object", "additionalProperties": false, "required": ["model", "prompt", "tools", "context"], "properties": { "model": { "$ref": "#/$defs/idPair" }, "prompt": { "$ref": "#/$defs/idPair" }, "tools": { "$ref": "#/$defs/idPair" }, "context": { "$ref": "#/$defs/idPair" } } }, "artifacts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "surface", "file"], "properties": { "name": { "type": "string" }, "surface": { "$ref": "#/$defs/surfaceName" }, "file": { "type": "string" }, "before": { "$ref": "#/$defs/contentId" }, "after": { "$ref": "#/$defs/contentId" } } } }, "pin": { "type": "object", "additionalProperties": false, "required": ["pinned", "reason", "ref", "before"], "properties": { "pinned": { "type": "boolean" }, "reason": { "type": "string" }, "hint": { "type": "string" }, "ref": { "type": "string" }, "before": { "type": "string" }, "addedPatterns": { "type": "array", "items": { "type": "string" } } } }, "loweredLevels": { "description": "Required compatibility levels the candidate manifest sets below the base manifest's; the base's still apply to this pull request.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["setting", "before", "after"], "properties": { "setting": { "type": "string" }, "tool": { "type": "string" }, "before": { "$ref": "#/$defs/compatibilityLevel" }, "after": { "$ref": "#/$defs/compatibilityLevel" } } } }, "tools": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["tool", "change", "class", "reason", "backward", "forward", "required", "ok"], "properties": { "tool": { "type": "string" }, "from": { "type": "string" }, "change": { "enum": ["changed", "added", "removed", "renamed"] }, "class": { "$ref": "#/$defs/compatibility" }, "reason": { "type": "string" }, "backward": { "type": "array", "items": { "$ref": "#/$defs/compatProblem" } }, "forward": { "type": "array", "items": { "$ref": "#/$defs/compatProblem" } }, "required": { "$ref": "#/$defs/compatibilityLevel" }, "candidateLevel": { "$ref": "#/$defs/compatibilityLevel" }, "ok": { "type": "boolean" }, "migration": { "type": "string" }, "replayed": { "type": "object", "additionalProperties": false, "required": ["tool", "oldCalls", "oldRejectedByNew", "newCalls", "newRejectedByOld", "examples"], "properties": { "tool": { "type": "string" }, "oldCalls": { "$ref": "#/$defs/count" }, "oldRejectedByNew": { "$ref": "#/$defs/count" }, "newCalls": { "$ref": "#/$defs/count" }, "newRejectedByOld": { "$ref": "#/$defs/count" }, "examples": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["side", "recordId", "line", "arguments", "reason"], "properties": { "side": { "enum": ["baseline", "candidate"] }, "recordId": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "arguments": { "type": "string" }, "reason": { "type": "string" } } } } } } } } }, "lock": { "type": "string", "description": "The lock checked before the replay (current)." }, "failures": { "type": "array", "items": { "type": "string" } } } };
var schema74 = { "enum": ["FULL", "BACKWARD", "FORWARD", "NONE"] };
var schema76 = { "enum": ["FULL", "BACKWARD", "FORWARD", "BREAKING"] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.surfaces === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "surfaces" }, message: "must have required property 'surfaces'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifacts === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.pin === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pin" }, message: "must have required property 'pin'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tools === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.failures === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "surfaces" || key0 === "artifacts" || key0 === "pin" || key0 === "loweredLevels" || key0 === "tools" || key0 === "lock" || key0 === "failures")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.surfaces !== void 0) {
      let data0 = data.surfaces;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.model === void 0) {
          const err6 = { instancePath: instancePath + "/surfaces", schemaPath: "#/properties/surfaces/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.prompt === void 0) {
          const err7 = { instancePath: instancePath + "/surfaces", schemaPath: "#/properties/surfaces/required", keyword: "required", params: { missingProperty: "prompt" }, message: "must have required property 'prompt'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.tools === void 0) {
          const err8 = { instancePath: instancePath + "/surfaces", schemaPath: "#/properties/surfaces/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.context === void 0) {
          const err9 = { instancePath: instancePath + "/surfaces", schemaPath: "#/properties/surfaces/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "model" || key1 === "prompt" || key1 === "tools" || key1 === "context")) {
            const err10 = { instancePath: instancePath + "/surfaces", schemaPath: "#/properties/surfaces/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.model !== void 0) {
          if (!validate22(data0.model, { instancePath: instancePath + "/surfaces/model", parentData: data0, parentDataProperty: "model", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data0.prompt !== void 0) {
          if (!validate22(data0.prompt, { instancePath: instancePath + "/surfaces/prompt", parentData: data0, parentDataProperty: "prompt", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data0.tools !== void 0) {
          if (!validate22(data0.tools, { instancePath: instancePath + "/surfaces/tools", parentData: data0, parentDataProperty: "tools", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data0.context !== void 0) {
          if (!validate22(data0.context, { instancePath: instancePath + "/surfaces/context", parentData: data0, parentDataProperty: "context", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/surfaces", schemaPath: "#/properties/surfaces/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data5 = data.artifacts;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.name === void 0) {
              const err12 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6.surface === void 0) {
              const err13 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "surface" }, message: "must have required property 'surface'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.file === void 0) {
              const err14 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "name" || key2 === "surface" || key2 === "file" || key2 === "before" || key2 === "after")) {
                const err15 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.name !== void 0) {
              if (typeof data6.name !== "string") {
                const err16 = { instancePath: instancePath + "/artifacts/" + i0 + "/name", schemaPath: "#/properties/artifacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.surface !== void 0) {
              let data8 = data6.surface;
              if (!(data8 === "model" || data8 === "prompt" || data8 === "tools" || data8 === "context")) {
                const err17 = { instancePath: instancePath + "/artifacts/" + i0 + "/surface", schemaPath: "#/$defs/surfaceName/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data6.file !== void 0) {
              if (typeof data6.file !== "string") {
                const err18 = { instancePath: instancePath + "/artifacts/" + i0 + "/file", schemaPath: "#/properties/artifacts/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data6.before !== void 0) {
              let data10 = data6.before;
              if (typeof data10 === "string") {
                if (!pattern4.test(data10)) {
                  const err19 = { instancePath: instancePath + "/artifacts/" + i0 + "/before", schemaPath: "#/$defs/contentId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/artifacts/" + i0 + "/before", schemaPath: "#/$defs/contentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data6.after !== void 0) {
              let data11 = data6.after;
              if (typeof data11 === "string") {
                if (!pattern4.test(data11)) {
                  const err21 = { instancePath: instancePath + "/artifacts/" + i0 + "/after", schemaPath: "#/$defs/contentId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/artifacts/" + i0 + "/after", schemaPath: "#/$defs/contentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.pin !== void 0) {
      let data12 = data.pin;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.pinned === void 0) {
          const err25 = { instancePath: instancePath + "/pin", schemaPath: "#/properties/pin/required", keyword: "required", params: { missingProperty: "pinned" }, message: "must have required property 'pinned'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data12.reason === void 0) {
          const err26 = { instancePath: instancePath + "/pin", schemaPath: "#/properties/pin/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data12.ref === void 0) {
          const err27 = { instancePath: instancePath + "/pin", schemaPath: "#/properties/pin/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data12.before === void 0) {
          const err28 = { instancePath: instancePath + "/pin", schemaPath: "#/properties/pin/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key3 in data12) {
          if (!(key3 === "pinned" || key3 === "reason" || key3 === "hint" || key3 === "ref" || key3 === "before" || key3 === "addedPatterns")) {
            const err29 = { instancePath: instancePath + "/pin", schemaPath: "#/properties/pin/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.pinned !== void 0) {
          if (typeof data12.pinned !== "boolean") {
            const err30 = { instancePath: instancePath + "/pin/pinned", schemaPath: "#/properties/pin/properties/pinned/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data12.reason !== void 0) {
          if (typeof data12.reason !== "string") {
            const err31 = { instancePath: instancePath + "/pin/reason", schemaPath: "#/properties/pin/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.hint !== void 0) {
          if (typeof data12.hint !== "string") {
            const err32 = { instancePath: instancePath + "/pin/hint", schemaPath: "#/properties/pin/properties/hint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data12.ref !== void 0) {
          if (typeof data12.ref !== "string") {
            const err33 = { instancePath: instancePath + "/pin/ref", schemaPath: "#/properties/pin/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data12.before !== void 0) {
          if (typeof data12.before !== "string") {
            const err34 = { instancePath: instancePath + "/pin/before", schemaPath: "#/properties/pin/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data12.addedPatterns !== void 0) {
          let data18 = data12.addedPatterns;
          if (Array.isArray(data18)) {
            const len1 = data18.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data18[i1] !== "string") {
                const err35 = { instancePath: instancePath + "/pin/addedPatterns/" + i1, schemaPath: "#/properties/pin/properties/addedPatterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/pin/addedPatterns", schemaPath: "#/properties/pin/properties/addedPatterns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/pin", schemaPath: "#/properties/pin/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.loweredLevels !== void 0) {
      let data20 = data.loweredLevels;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data21 = data20[i2];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.setting === void 0) {
              const err38 = { instancePath: instancePath + "/loweredLevels/" + i2, schemaPath: "#/properties/loweredLevels/items/required", keyword: "required", params: { missingProperty: "setting" }, message: "must have required property 'setting'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data21.before === void 0) {
              const err39 = { instancePath: instancePath + "/loweredLevels/" + i2, schemaPath: "#/properties/loweredLevels/items/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data21.after === void 0) {
              const err40 = { instancePath: instancePath + "/loweredLevels/" + i2, schemaPath: "#/properties/loweredLevels/items/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property 'after'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "setting" || key4 === "tool" || key4 === "before" || key4 === "after")) {
                const err41 = { instancePath: instancePath + "/loweredLevels/" + i2, schemaPath: "#/properties/loweredLevels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data21.setting !== void 0) {
              if (typeof data21.setting !== "string") {
                const err42 = { instancePath: instancePath + "/loweredLevels/" + i2 + "/setting", schemaPath: "#/properties/loweredLevels/items/properties/setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data21.tool !== void 0) {
              if (typeof data21.tool !== "string") {
                const err43 = { instancePath: instancePath + "/loweredLevels/" + i2 + "/tool", schemaPath: "#/properties/loweredLevels/items/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data21.before !== void 0) {
              let data24 = data21.before;
              if (!(data24 === "FULL" || data24 === "BACKWARD" || data24 === "FORWARD" || data24 === "NONE")) {
                const err44 = { instancePath: instancePath + "/loweredLevels/" + i2 + "/before", schemaPath: "#/$defs/compatibilityLevel/enum", keyword: "enum", params: { allowedValues: schema74.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data21.after !== void 0) {
              let data25 = data21.after;
              if (!(data25 === "FULL" || data25 === "BACKWARD" || data25 === "FORWARD" || data25 === "NONE")) {
                const err45 = { instancePath: instancePath + "/loweredLevels/" + i2 + "/after", schemaPath: "#/$defs/compatibilityLevel/enum", keyword: "enum", params: { allowedValues: schema74.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/loweredLevels/" + i2, schemaPath: "#/properties/loweredLevels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/loweredLevels", schemaPath: "#/properties/loweredLevels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data26 = data.tools;
      if (Array.isArray(data26)) {
        const len3 = data26.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data27 = data26[i3];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.tool === void 0) {
              const err48 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data27.change === void 0) {
              const err49 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data27.class === void 0) {
              const err50 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data27.reason === void 0) {
              const err51 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data27.backward === void 0) {
              const err52 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "backward" }, message: "must have required property 'backward'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data27.forward === void 0) {
              const err53 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "forward" }, message: "must have required property 'forward'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data27.required === void 0) {
              const err54 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data27.ok === void 0) {
              const err55 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "ok" }, message: "must have required property 'ok'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            for (const key5 in data27) {
              if (!func1.call(schema70.properties.tools.items.properties, key5)) {
                const err56 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data27.tool !== void 0) {
              if (typeof data27.tool !== "string") {
                const err57 = { instancePath: instancePath + "/tools/" + i3 + "/tool", schemaPath: "#/properties/tools/items/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data27.from !== void 0) {
              if (typeof data27.from !== "string") {
                const err58 = { instancePath: instancePath + "/tools/" + i3 + "/from", schemaPath: "#/properties/tools/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data27.change !== void 0) {
              let data30 = data27.change;
              if (!(data30 === "changed" || data30 === "added" || data30 === "removed" || data30 === "renamed")) {
                const err59 = { instancePath: instancePath + "/tools/" + i3 + "/change", schemaPath: "#/properties/tools/items/properties/change/enum", keyword: "enum", params: { allowedValues: schema70.properties.tools.items.properties.change.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data27.class !== void 0) {
              let data31 = data27.class;
              if (!(data31 === "FULL" || data31 === "BACKWARD" || data31 === "FORWARD" || data31 === "BREAKING")) {
                const err60 = { instancePath: instancePath + "/tools/" + i3 + "/class", schemaPath: "#/$defs/compatibility/enum", keyword: "enum", params: { allowedValues: schema76.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data27.reason !== void 0) {
              if (typeof data27.reason !== "string") {
                const err61 = { instancePath: instancePath + "/tools/" + i3 + "/reason", schemaPath: "#/properties/tools/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data27.backward !== void 0) {
              let data33 = data27.backward;
              if (Array.isArray(data33)) {
                const len4 = data33.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data34 = data33[i4];
                  if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                    if (data34.rule === void 0) {
                      const err62 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4, schemaPath: "#/$defs/compatProblem/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                    if (data34.path === void 0) {
                      const err63 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4, schemaPath: "#/$defs/compatProblem/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    if (data34.message === void 0) {
                      const err64 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4, schemaPath: "#/$defs/compatProblem/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                    for (const key6 in data34) {
                      if (!(key6 === "rule" || key6 === "path" || key6 === "message")) {
                        const err65 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4, schemaPath: "#/$defs/compatProblem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data34.rule !== void 0) {
                      if (typeof data34.rule !== "string") {
                        const err66 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4 + "/rule", schemaPath: "#/$defs/compatProblem/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (data34.path !== void 0) {
                      if (typeof data34.path !== "string") {
                        const err67 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4 + "/path", schemaPath: "#/$defs/compatProblem/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                    if (data34.message !== void 0) {
                      if (typeof data34.message !== "string") {
                        const err68 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4 + "/message", schemaPath: "#/$defs/compatProblem/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/tools/" + i3 + "/backward/" + i4, schemaPath: "#/$defs/compatProblem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
              } else {
                const err70 = { instancePath: instancePath + "/tools/" + i3 + "/backward", schemaPath: "#/properties/tools/items/properties/backward/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data27.forward !== void 0) {
              let data38 = data27.forward;
              if (Array.isArray(data38)) {
                const len5 = data38.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data39 = data38[i5];
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    if (data39.rule === void 0) {
                      const err71 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5, schemaPath: "#/$defs/compatProblem/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (data39.path === void 0) {
                      const err72 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5, schemaPath: "#/$defs/compatProblem/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (data39.message === void 0) {
                      const err73 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5, schemaPath: "#/$defs/compatProblem/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    for (const key7 in data39) {
                      if (!(key7 === "rule" || key7 === "path" || key7 === "message")) {
                        const err74 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5, schemaPath: "#/$defs/compatProblem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                    if (data39.rule !== void 0) {
                      if (typeof data39.rule !== "string") {
                        const err75 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5 + "/rule", schemaPath: "#/$defs/compatProblem/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                    }
                    if (data39.path !== void 0) {
                      if (typeof data39.path !== "string") {
                        const err76 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5 + "/path", schemaPath: "#/$defs/compatProblem/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data39.message !== void 0) {
                      if (typeof data39.message !== "string") {
                        const err77 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5 + "/message", schemaPath: "#/$defs/compatProblem/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/tools/" + i3 + "/forward/" + i5, schemaPath: "#/$defs/compatProblem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = { instancePath: instancePath + "/tools/" + i3 + "/forward", schemaPath: "#/properties/tools/items/properties/forward/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data27.required !== void 0) {
              let data43 = data27.required;
              if (!(data43 === "FULL" || data43 === "BACKWARD" || data43 === "FORWARD" || data43 === "NONE")) {
                const err80 = { instancePath: instancePath + "/tools/" + i3 + "/required", schemaPath: "#/$defs/compatibilityLevel/enum", keyword: "enum", params: { allowedValues: schema74.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data27.candidateLevel !== void 0) {
              let data44 = data27.candidateLevel;
              if (!(data44 === "FULL" || data44 === "BACKWARD" || data44 === "FORWARD" || data44 === "NONE")) {
                const err81 = { instancePath: instancePath + "/tools/" + i3 + "/candidateLevel", schemaPath: "#/$defs/compatibilityLevel/enum", keyword: "enum", params: { allowedValues: schema74.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data27.ok !== void 0) {
              if (typeof data27.ok !== "boolean") {
                const err82 = { instancePath: instancePath + "/tools/" + i3 + "/ok", schemaPath: "#/properties/tools/items/properties/ok/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data27.migration !== void 0) {
              if (typeof data27.migration !== "string") {
                const err83 = { instancePath: instancePath + "/tools/" + i3 + "/migration", schemaPath: "#/properties/tools/items/properties/migration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data27.replayed !== void 0) {
              let data47 = data27.replayed;
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                if (data47.tool === void 0) {
                  const err84 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (data47.oldCalls === void 0) {
                  const err85 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/required", keyword: "required", params: { missingProperty: "oldCalls" }, message: "must have required property 'oldCalls'" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (data47.oldRejectedByNew === void 0) {
                  const err86 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/required", keyword: "required", params: { missingProperty: "oldRejectedByNew" }, message: "must have required property 'oldRejectedByNew'" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (data47.newCalls === void 0) {
                  const err87 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/required", keyword: "required", params: { missingProperty: "newCalls" }, message: "must have required property 'newCalls'" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (data47.newRejectedByOld === void 0) {
                  const err88 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/required", keyword: "required", params: { missingProperty: "newRejectedByOld" }, message: "must have required property 'newRejectedByOld'" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data47.examples === void 0) {
                  const err89 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                for (const key8 in data47) {
                  if (!(key8 === "tool" || key8 === "oldCalls" || key8 === "oldRejectedByNew" || key8 === "newCalls" || key8 === "newRejectedByOld" || key8 === "examples")) {
                    const err90 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data47.tool !== void 0) {
                  if (typeof data47.tool !== "string") {
                    const err91 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/tool", schemaPath: "#/properties/tools/items/properties/replayed/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data47.oldCalls !== void 0) {
                  let data49 = data47.oldCalls;
                  if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                    const err92 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/oldCalls", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                  if (typeof data49 == "number" && isFinite(data49)) {
                    if (data49 < 0 || isNaN(data49)) {
                      const err93 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/oldCalls", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  }
                }
                if (data47.oldRejectedByNew !== void 0) {
                  let data50 = data47.oldRejectedByNew;
                  if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                    const err94 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/oldRejectedByNew", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  if (typeof data50 == "number" && isFinite(data50)) {
                    if (data50 < 0 || isNaN(data50)) {
                      const err95 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/oldRejectedByNew", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                }
                if (data47.newCalls !== void 0) {
                  let data51 = data47.newCalls;
                  if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                    const err96 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/newCalls", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                  if (typeof data51 == "number" && isFinite(data51)) {
                    if (data51 < 0 || isNaN(data51)) {
                      const err97 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/newCalls", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  }
                }
                if (data47.newRejectedByOld !== void 0) {
                  let data52 = data47.newRejectedByOld;
                  if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                    const err98 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/newRejectedByOld", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                  if (typeof data52 == "number" && isFinite(data52)) {
                    if (data52 < 0 || isNaN(data52)) {
                      const err99 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/newRejectedByOld", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                }
                if (data47.examples !== void 0) {
                  let data53 = data47.examples;
                  if (Array.isArray(data53)) {
                    const len6 = data53.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data54 = data53[i6];
                      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                        if (data54.side === void 0) {
                          const err100 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6, schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/required", keyword: "required", params: { missingProperty: "side" }, message: "must have required property 'side'" };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                        if (data54.recordId === void 0) {
                          const err101 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6, schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/required", keyword: "required", params: { missingProperty: "recordId" }, message: "must have required property 'recordId'" };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                        if (data54.line === void 0) {
                          const err102 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6, schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                        if (data54.arguments === void 0) {
                          const err103 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6, schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/required", keyword: "required", params: { missingProperty: "arguments" }, message: "must have required property 'arguments'" };
                          if (vErrors === null) {
                            vErrors = [err103];
                          } else {
                            vErrors.push(err103);
                          }
                          errors++;
                        }
                        if (data54.reason === void 0) {
                          const err104 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6, schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                        for (const key9 in data54) {
                          if (!(key9 === "side" || key9 === "recordId" || key9 === "line" || key9 === "arguments" || key9 === "reason")) {
                            const err105 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6, schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data54.side !== void 0) {
                          let data55 = data54.side;
                          if (!(data55 === "baseline" || data55 === "candidate")) {
                            const err106 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6 + "/side", schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/properties/side/enum", keyword: "enum", params: { allowedValues: schema70.properties.tools.items.properties.replayed.properties.examples.items.properties.side.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err106];
                            } else {
                              vErrors.push(err106);
                            }
                            errors++;
                          }
                        }
                        if (data54.recordId !== void 0) {
                          if (typeof data54.recordId !== "string") {
                            const err107 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6 + "/recordId", schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/properties/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                        if (data54.line !== void 0) {
                          let data57 = data54.line;
                          if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)) && isFinite(data57))) {
                            const err108 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6 + "/line", schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err108];
                            } else {
                              vErrors.push(err108);
                            }
                            errors++;
                          }
                          if (typeof data57 == "number" && isFinite(data57)) {
                            if (data57 < 1 || isNaN(data57)) {
                              const err109 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6 + "/line", schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err109];
                              } else {
                                vErrors.push(err109);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data54.arguments !== void 0) {
                          if (typeof data54.arguments !== "string") {
                            const err110 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6 + "/arguments", schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/properties/arguments/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err110];
                            } else {
                              vErrors.push(err110);
                            }
                            errors++;
                          }
                        }
                        if (data54.reason !== void 0) {
                          if (typeof data54.reason !== "string") {
                            const err111 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6 + "/reason", schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err111];
                            } else {
                              vErrors.push(err111);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err112 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples/" + i6, schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err113 = { instancePath: instancePath + "/tools/" + i3 + "/replayed/examples", schemaPath: "#/properties/tools/items/properties/replayed/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/tools/" + i3 + "/replayed", schemaPath: "#/properties/tools/items/properties/replayed/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.lock !== void 0) {
      if (typeof data.lock !== "string") {
        const err117 = { instancePath: instancePath + "/lock", schemaPath: "#/properties/lock/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.failures !== void 0) {
      let data61 = data.failures;
      if (Array.isArray(data61)) {
        const len7 = data61.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data61[i7] !== "string") {
            const err118 = { instancePath: instancePath + "/failures/" + i7, schemaPath: "#/properties/failures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
      } else {
        const err119 = { instancePath: instancePath + "/failures", schemaPath: "#/properties/failures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
  } else {
    const err120 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err120];
    } else {
      vErrors.push(err120);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema85 = { "type": "object", "additionalProperties": false, "required": ["by", "minPairs", "groups"], "properties": { "by": { "enum": ["prompt-tokens", "segment"] }, "field": { "type": "string" }, "minPairs": { "$ref": "#/$defs/count" }, "groups": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["label", "pairs", "shown", "cells"], "properties": { "label": { "type": "string" }, "pairs": { "$ref": "#/$defs/count" }, "shown": { "type": "boolean" }, "cells": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["metric", "verdict", "unit"], "properties": { "metric": { "type": "string" }, "verdict": { "enum": ["pass", "warn", "fail", "nodata", "info"] }, "unit": { "type": "string" }, "baseline": { "type": "number" }, "candidate": { "type": "number" }, "effectLabel": { "type": "string" }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 } } } } } } } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.by === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.minPairs === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "minPairs" }, message: "must have required property 'minPairs'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.groups === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "by" || key0 === "field" || key0 === "minPairs" || key0 === "groups")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data0 = data.by;
      if (!(data0 === "prompt-tokens" || data0 === "segment")) {
        const err4 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/enum", keyword: "enum", params: { allowedValues: schema85.properties.by.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.field !== void 0) {
      if (typeof data.field !== "string") {
        const err5 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.minPairs !== void 0) {
      let data2 = data.minPairs;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err6 = { instancePath: instancePath + "/minPairs", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/minPairs", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.groups !== void 0) {
      let data3 = data.groups;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.label === void 0) {
              const err8 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4.pairs === void 0) {
              const err9 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/required", keyword: "required", params: { missingProperty: "pairs" }, message: "must have required property 'pairs'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.shown === void 0) {
              const err10 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/required", keyword: "required", params: { missingProperty: "shown" }, message: "must have required property 'shown'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.cells === void 0) {
              const err11 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/required", keyword: "required", params: { missingProperty: "cells" }, message: "must have required property 'cells'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "label" || key1 === "pairs" || key1 === "shown" || key1 === "cells")) {
                const err12 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.label !== void 0) {
              if (typeof data4.label !== "string") {
                const err13 = { instancePath: instancePath + "/groups/" + i0 + "/label", schemaPath: "#/properties/groups/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.pairs !== void 0) {
              let data6 = data4.pairs;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                const err14 = { instancePath: instancePath + "/groups/" + i0 + "/pairs", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data6 == "number" && isFinite(data6)) {
                if (data6 < 0 || isNaN(data6)) {
                  const err15 = { instancePath: instancePath + "/groups/" + i0 + "/pairs", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            }
            if (data4.shown !== void 0) {
              if (typeof data4.shown !== "boolean") {
                const err16 = { instancePath: instancePath + "/groups/" + i0 + "/shown", schemaPath: "#/properties/groups/items/properties/shown/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data4.cells !== void 0) {
              let data8 = data4.cells;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data9 = data8[i1];
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.metric === void 0) {
                      const err17 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1, schemaPath: "#/properties/groups/items/properties/cells/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (data9.verdict === void 0) {
                      const err18 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1, schemaPath: "#/properties/groups/items/properties/cells/items/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (data9.unit === void 0) {
                      const err19 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1, schemaPath: "#/properties/groups/items/properties/cells/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    for (const key2 in data9) {
                      if (!(key2 === "metric" || key2 === "verdict" || key2 === "unit" || key2 === "baseline" || key2 === "candidate" || key2 === "effectLabel" || key2 === "interval")) {
                        const err20 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1, schemaPath: "#/properties/groups/items/properties/cells/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data9.metric !== void 0) {
                      if (typeof data9.metric !== "string") {
                        const err21 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/metric", schemaPath: "#/properties/groups/items/properties/cells/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data9.verdict !== void 0) {
                      let data11 = data9.verdict;
                      if (!(data11 === "pass" || data11 === "warn" || data11 === "fail" || data11 === "nodata" || data11 === "info")) {
                        const err22 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/verdict", schemaPath: "#/properties/groups/items/properties/cells/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema85.properties.groups.items.properties.cells.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data9.unit !== void 0) {
                      if (typeof data9.unit !== "string") {
                        const err23 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/unit", schemaPath: "#/properties/groups/items/properties/cells/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                    if (data9.baseline !== void 0) {
                      let data13 = data9.baseline;
                      if (!(typeof data13 == "number" && isFinite(data13))) {
                        const err24 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/baseline", schemaPath: "#/properties/groups/items/properties/cells/items/properties/baseline/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                    if (data9.candidate !== void 0) {
                      let data14 = data9.candidate;
                      if (!(typeof data14 == "number" && isFinite(data14))) {
                        const err25 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/candidate", schemaPath: "#/properties/groups/items/properties/cells/items/properties/candidate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    if (data9.effectLabel !== void 0) {
                      if (typeof data9.effectLabel !== "string") {
                        const err26 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/effectLabel", schemaPath: "#/properties/groups/items/properties/cells/items/properties/effectLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                    }
                    if (data9.interval !== void 0) {
                      let data16 = data9.interval;
                      if (Array.isArray(data16)) {
                        if (data16.length > 2) {
                          const err27 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/interval", schemaPath: "#/properties/groups/items/properties/cells/items/properties/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                        if (data16.length < 2) {
                          const err28 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/interval", schemaPath: "#/properties/groups/items/properties/cells/items/properties/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                        const len2 = data16.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data17 = data16[i2];
                          if (!(typeof data17 == "number" && isFinite(data17))) {
                            const err29 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/interval/" + i2, schemaPath: "#/properties/groups/items/properties/cells/items/properties/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                              vErrors = [err29];
                            } else {
                              vErrors.push(err29);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err30 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1 + "/interval", schemaPath: "#/properties/groups/items/properties/cells/items/properties/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/groups/" + i0 + "/cells/" + i1, schemaPath: "#/properties/groups/items/properties/cells/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/groups/" + i0 + "/cells", schemaPath: "#/properties/groups/items/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.baselineRef === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "baselineRef" }, message: "must have required property 'baselineRef'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.candidateRef === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "candidateRef" }, message: "must have required property 'candidateRef'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.exitCode === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.n === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.minSamples === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "minSamples" }, message: "must have required property 'minSamples'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.alpha === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "alpha" }, message: "must have required property 'alpha'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.confidence === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "confidence" }, message: "must have required property 'confidence'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.surfaces === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "surfaces" }, message: "must have required property 'surfaces'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.replay === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replay" }, message: "must have required property 'replay'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.worst === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "worst" }, message: "must have required property 'worst'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err17 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      if (1 !== data.schemaVersion) {
        const err18 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data2 = data.service;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err19 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err21 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.baselineRef !== void 0) {
      if (typeof data.baselineRef !== "string") {
        const err23 = { instancePath: instancePath + "/baselineRef", schemaPath: "#/properties/baselineRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.candidateRef !== void 0) {
      if (typeof data.candidateRef !== "string") {
        const err24 = { instancePath: instancePath + "/candidateRef", schemaPath: "#/properties/candidateRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.runUrl !== void 0) {
      let data6 = data.runUrl;
      if (typeof data6 === "string") {
        if (!formats2(data6)) {
          const err25 = { instancePath: instancePath + "/runUrl", schemaPath: "#/properties/runUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/runUrl", schemaPath: "#/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data7 = data.verdict;
      if (!(data7 === "pass" || data7 === "warn" || data7 === "fail" || data7 === "inconclusive" || data7 === "error")) {
        const err27 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema31.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.exitCode !== void 0) {
      let data8 = data.exitCode;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err28 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err29 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.n !== void 0) {
      let data9 = data.n;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err30 = { instancePath: instancePath + "/n", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err31 = { instancePath: instancePath + "/n", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    if (data.minSamples !== void 0) {
      let data10 = data.minSamples;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err32 = { instancePath: instancePath + "/minSamples", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          const err33 = { instancePath: instancePath + "/minSamples", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.neededSamples !== void 0) {
      let data11 = data.neededSamples;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err34 = { instancePath: instancePath + "/neededSamples", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err35 = { instancePath: instancePath + "/neededSamples", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.neededFor !== void 0) {
      if (typeof data.neededFor !== "string") {
        const err36 = { instancePath: instancePath + "/neededFor", schemaPath: "#/properties/neededFor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.answered !== void 0) {
      let data13 = data.answered;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err37 = { instancePath: instancePath + "/answered", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err38 = { instancePath: instancePath + "/answered", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.failures !== void 0) {
      let data14 = data.failures;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.baseline === void 0) {
          const err39 = { instancePath: instancePath + "/failures", schemaPath: "#/properties/failures/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data14.candidate === void 0) {
          const err40 = { instancePath: instancePath + "/failures", schemaPath: "#/properties/failures/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        for (const key1 in data14) {
          if (!(key1 === "baseline" || key1 === "candidate")) {
            const err41 = { instancePath: instancePath + "/failures", schemaPath: "#/properties/failures/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data14.baseline !== void 0) {
          let data15 = data14.baseline;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key2 in data15) {
              let data16 = data15[key2];
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                const err42 = { instancePath: instancePath + "/failures/baseline/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 < 0 || isNaN(data16)) {
                  const err43 = { instancePath: instancePath + "/failures/baseline/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/failures/baseline", schemaPath: "#/properties/failures/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data14.candidate !== void 0) {
          let data17 = data14.candidate;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key3 in data17) {
              let data18 = data17[key3];
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err45 = { instancePath: instancePath + "/failures/candidate/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err46 = { instancePath: instancePath + "/failures/candidate/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/failures/candidate", schemaPath: "#/properties/failures/properties/candidate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/failures", schemaPath: "#/properties/failures/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.divergence !== void 0) {
      let data19 = data.divergence;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.metric === void 0) {
          const err49 = { instancePath: instancePath + "/divergence", schemaPath: "#/properties/divergence/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data19.n === void 0) {
          const err50 = { instancePath: instancePath + "/divergence", schemaPath: "#/properties/divergence/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data19.changed === void 0) {
          const err51 = { instancePath: instancePath + "/divergence", schemaPath: "#/properties/divergence/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        for (const key4 in data19) {
          if (!(key4 === "metric" || key4 === "n" || key4 === "changed" || key4 === "noiseChanged")) {
            const err52 = { instancePath: instancePath + "/divergence", schemaPath: "#/properties/divergence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data19.metric !== void 0) {
          if (typeof data19.metric !== "string") {
            const err53 = { instancePath: instancePath + "/divergence/metric", schemaPath: "#/properties/divergence/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data19.n !== void 0) {
          let data21 = data19.n;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err54 = { instancePath: instancePath + "/divergence/n", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err55 = { instancePath: instancePath + "/divergence/n", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
        }
        if (data19.changed !== void 0) {
          let data22 = data19.changed;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err56 = { instancePath: instancePath + "/divergence/changed", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 < 0 || isNaN(data22)) {
              const err57 = { instancePath: instancePath + "/divergence/changed", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data19.noiseChanged !== void 0) {
          let data23 = data19.noiseChanged;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err58 = { instancePath: instancePath + "/divergence/noiseChanged", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err59 = { instancePath: instancePath + "/divergence/noiseChanged", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/divergence", schemaPath: "#/properties/divergence/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.alpha !== void 0) {
      let data24 = data.alpha;
      if (typeof data24 == "number" && isFinite(data24)) {
        if (data24 >= 1 || isNaN(data24)) {
          const err61 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (data24 <= 0 || isNaN(data24)) {
          const err62 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      } else {
        const err63 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data25 = data.confidence;
      if (typeof data25 == "number" && isFinite(data25)) {
        if (data25 >= 1 || isNaN(data25)) {
          const err64 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data25 <= 0 || isNaN(data25)) {
          const err65 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      } else {
        const err66 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data26 = data.reasons;
      if (Array.isArray(data26)) {
        const len0 = data26.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data26[i0] !== "string") {
            const err67 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.surfaces !== void 0) {
      let data28 = data.surfaces;
      if (Array.isArray(data28)) {
        const len1 = data28.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate21(data28[i1], { instancePath: instancePath + "/surfaces/" + i1, parentData: data28, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/surfaces", schemaPath: "#/properties/surfaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.endpoints !== void 0) {
      let data30 = data.endpoints;
      if (Array.isArray(data30)) {
        const len2 = data30.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data31 = data30[i2];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.role === void 0) {
              const err70 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/$defs/endpointChange/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data31.baseline === void 0) {
              const err71 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/$defs/endpointChange/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data31.candidate === void 0) {
              const err72 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/$defs/endpointChange/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data31.changed === void 0) {
              const err73 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/$defs/endpointChange/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data31.allowedBy === void 0) {
              const err74 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/$defs/endpointChange/required", keyword: "required", params: { missingProperty: "allowedBy" }, message: "must have required property 'allowedBy'" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            for (const key5 in data31) {
              if (!(key5 === "role" || key5 === "baseline" || key5 === "candidate" || key5 === "changed" || key5 === "allowedBy")) {
                const err75 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/$defs/endpointChange/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data31.role !== void 0) {
              let data32 = data31.role;
              if (!(data32 === "model" || data32 === "embeddings" || data32 === "judge" || data32 === "moderation")) {
                const err76 = { instancePath: instancePath + "/endpoints/" + i2 + "/role", schemaPath: "#/$defs/endpointChange/properties/role/enum", keyword: "enum", params: { allowedValues: schema46.properties.role.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data31.baseline !== void 0) {
              if (typeof data31.baseline !== "string") {
                const err77 = { instancePath: instancePath + "/endpoints/" + i2 + "/baseline", schemaPath: "#/$defs/endpointChange/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data31.candidate !== void 0) {
              if (typeof data31.candidate !== "string") {
                const err78 = { instancePath: instancePath + "/endpoints/" + i2 + "/candidate", schemaPath: "#/$defs/endpointChange/properties/candidate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data31.changed !== void 0) {
              if (typeof data31.changed !== "boolean") {
                const err79 = { instancePath: instancePath + "/endpoints/" + i2 + "/changed", schemaPath: "#/$defs/endpointChange/properties/changed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data31.allowedBy !== void 0) {
              if (typeof data31.allowedBy !== "string") {
                const err80 = { instancePath: instancePath + "/endpoints/" + i2 + "/allowedBy", schemaPath: "#/$defs/endpointChange/properties/allowedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/$defs/endpointChange/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.replay !== void 0) {
      if (!validate25(data.replay, { instancePath: instancePath + "/replay", parentData: data, parentDataProperty: "replay", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.metrics !== void 0) {
      let data38 = data.metrics;
      if (Array.isArray(data38)) {
        const len3 = data38.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate27(data38[i3], { instancePath: instancePath + "/metrics/" + i3, parentData: data38, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.worst !== void 0) {
      let data40 = data.worst;
      if (Array.isArray(data40)) {
        const len4 = data40.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data41 = data40[i4];
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.recordId === void 0) {
              const err84 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/required", keyword: "required", params: { missingProperty: "recordId" }, message: "must have required property 'recordId'" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data41.line === void 0) {
              const err85 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data41.metric === void 0) {
              const err86 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data41.score === void 0) {
              const err87 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data41.request === void 0) {
              const err88 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/required", keyword: "required", params: { missingProperty: "request" }, message: "must have required property 'request'" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data41.baseline === void 0) {
              const err89 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data41.candidate === void 0) {
              const err90 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            for (const key6 in data41) {
              if (!(key6 === "recordId" || key6 === "line" || key6 === "metric" || key6 === "score" || key6 === "request" || key6 === "baseline" || key6 === "candidate" || key6 === "judge")) {
                const err91 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data41.recordId !== void 0) {
              if (typeof data41.recordId !== "string") {
                const err92 = { instancePath: instancePath + "/worst/" + i4 + "/recordId", schemaPath: "#/$defs/worstExample/properties/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data41.line !== void 0) {
              let data43 = data41.line;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                const err93 = { instancePath: instancePath + "/worst/" + i4 + "/line", schemaPath: "#/$defs/worstExample/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              if (typeof data43 == "number" && isFinite(data43)) {
                if (data43 < 1 || isNaN(data43)) {
                  const err94 = { instancePath: instancePath + "/worst/" + i4 + "/line", schemaPath: "#/$defs/worstExample/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
            }
            if (data41.metric !== void 0) {
              if (typeof data41.metric !== "string") {
                const err95 = { instancePath: instancePath + "/worst/" + i4 + "/metric", schemaPath: "#/$defs/worstExample/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data41.score !== void 0) {
              let data45 = data41.score;
              if (!(typeof data45 == "number" && isFinite(data45))) {
                const err96 = { instancePath: instancePath + "/worst/" + i4 + "/score", schemaPath: "#/$defs/worstExample/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data41.request !== void 0) {
              if (typeof data41.request !== "string") {
                const err97 = { instancePath: instancePath + "/worst/" + i4 + "/request", schemaPath: "#/$defs/worstExample/properties/request/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data41.baseline !== void 0) {
              if (typeof data41.baseline !== "string") {
                const err98 = { instancePath: instancePath + "/worst/" + i4 + "/baseline", schemaPath: "#/$defs/worstExample/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data41.candidate !== void 0) {
              if (typeof data41.candidate !== "string") {
                const err99 = { instancePath: instancePath + "/worst/" + i4 + "/candidate", schemaPath: "#/$defs/worstExample/properties/candidate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data41.judge !== void 0) {
              let data49 = data41.judge;
              if (Array.isArray(data49)) {
                const len5 = data49.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data50 = data49[i5];
                  if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                    if (data50.rubric === void 0) {
                      const err100 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5, schemaPath: "#/$defs/worstExample/properties/judge/items/required", keyword: "required", params: { missingProperty: "rubric" }, message: "must have required property 'rubric'" };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                    if (data50.preferred === void 0) {
                      const err101 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5, schemaPath: "#/$defs/worstExample/properties/judge/items/required", keyword: "required", params: { missingProperty: "preferred" }, message: "must have required property 'preferred'" };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                    if (data50.reasons === void 0) {
                      const err102 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5, schemaPath: "#/$defs/worstExample/properties/judge/items/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                    for (const key7 in data50) {
                      if (!(key7 === "rubric" || key7 === "preferred" || key7 === "reasons")) {
                        const err103 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5, schemaPath: "#/$defs/worstExample/properties/judge/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                    if (data50.rubric !== void 0) {
                      if (typeof data50.rubric !== "string") {
                        const err104 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5 + "/rubric", schemaPath: "#/$defs/worstExample/properties/judge/items/properties/rubric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    }
                    if (data50.preferred !== void 0) {
                      let data52 = data50.preferred;
                      if (!(data52 === "baseline" || data52 === "candidate" || data52 === "tie")) {
                        const err105 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5 + "/preferred", schemaPath: "#/$defs/worstExample/properties/judge/items/properties/preferred/enum", keyword: "enum", params: { allowedValues: schema69.properties.judge.items.properties.preferred.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    }
                    if (data50.reasons !== void 0) {
                      let data53 = data50.reasons;
                      if (Array.isArray(data53)) {
                        const len6 = data53.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          if (typeof data53[i6] !== "string") {
                            const err106 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5 + "/reasons/" + i6, schemaPath: "#/$defs/worstExample/properties/judge/items/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err106];
                            } else {
                              vErrors.push(err106);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err107 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5 + "/reasons", schemaPath: "#/$defs/worstExample/properties/judge/items/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err108 = { instancePath: instancePath + "/worst/" + i4 + "/judge/" + i5, schemaPath: "#/$defs/worstExample/properties/judge/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/worst/" + i4 + "/judge", schemaPath: "#/$defs/worstExample/properties/judge/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/worst/" + i4, schemaPath: "#/$defs/worstExample/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/worst", schemaPath: "#/properties/worst/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.versioning !== void 0) {
      if (!validate29(data.versioning, { instancePath: instancePath + "/versioning", parentData: data, parentDataProperty: "versioning", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.splits !== void 0) {
      let data56 = data.splits;
      if (Array.isArray(data56)) {
        const len7 = data56.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate35(data56[i7], { instancePath: instancePath + "/splits/" + i7, parentData: data56, parentDataProperty: i7, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err112 = { instancePath: instancePath + "/splits", schemaPath: "#/properties/splits/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
  } else {
    const err113 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err113];
    } else {
      vErrors.push(err113);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function reportValidator() {
  return validate;
}

// src/report/json.ts
var JSON_REPORT_FILE = "shadowgate-report.json";
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}
var summaryScratch = new Float64Array(0);
function summarize(values) {
  if (values.length === 0) return void 0;
  if (summaryScratch.length < values.length) summaryScratch = new Float64Array(values.length);
  const list = summaryScratch.subarray(0, values.length);
  for (let i = 0; i < values.length; i++) list[i] = values[i];
  list.sort();
  let sum = 0;
  for (const v of list) sum += v;
  return {
    n: list.length,
    mean: sum / list.length,
    min: list[0] ?? Number.NaN,
    p5: quantile(list, 0.05),
    p25: quantile(list, 0.25),
    median: quantile(list, 0.5),
    p75: quantile(list, 0.75),
    p95: quantile(list, 0.95),
    p99: quantile(list, 0.99),
    max: list[list.length - 1] ?? Number.NaN
  };
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
var differenceScratch = new Float64Array(0);
function countBelow(values, threshold) {
  let below = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < threshold) below++;
  return below;
}
function toJsonReport(report) {
  const j = report.judgement;
  const metrics = j.metrics.map((mj) => {
    const m = mj.metric;
    let paired;
    if (m.paired) {
      const { baseline: bs, candidate: cs } = m.paired;
      if (differenceScratch.length < cs.length) differenceScratch = new Float64Array(cs.length);
      const differences = differenceScratch.subarray(0, cs.length);
      for (let i = 0; i < cs.length; i++) differences[i] = cs[i] - (bs[i] ?? Number.NaN);
      const baseline = summarize(m.paired.baseline);
      const candidate = summarize(m.paired.candidate);
      const difference = summarize(differences);
      if (baseline && candidate && difference) paired = { baseline, candidate, difference };
    }
    let agreement;
    const values = m.agreement ? summarize(m.agreement.values) : void 0;
    if (m.agreement && values) {
      const threshold = m.agreement.threshold;
      agreement = definedOnly({
        values,
        noise: m.agreement.noise ? summarize(m.agreement.noise) : void 0,
        threshold,
        belowThreshold: threshold === void 0 ? void 0 : countBelow(m.agreement.values, threshold) / m.agreement.values.length
      });
    }
    return definedOnly({
      id: m.id,
      title: m.title,
      unit: m.unit,
      test: m.test,
      badDirection: m.badDirection,
      n: m.n,
      baseline: m.baseline,
      candidate: m.candidate,
      paired,
      binary: m.binary,
      agreement,
      distance: m.distance,
      details: m.details,
      gate: mj.gate,
      verdict: mj.verdict,
      effect: mj.effect,
      effectLabel: mj.effectLabel,
      interval: mj.interval,
      pValue: mj.pValue,
      pAdjusted: mj.pAdjusted,
      neededSamples: mj.neededSamples,
      detectable: mj.detectable,
      reason: mj.reason
    });
  });
  return definedOnly({
    schemaVersion: 1,
    service: report.service,
    generatedAt: report.generatedAt,
    baselineRef: report.baselineRef,
    candidateRef: report.candidateRef,
    runUrl: report.runUrl,
    verdict: j.verdict,
    exitCode: j.exitCode,
    n: j.n,
    minSamples: j.minSamples,
    neededSamples: j.neededSamples,
    neededFor: j.neededFor,
    answered: j.answered,
    failures: j.failures,
    divergence: j.divergence,
    alpha: j.alpha,
    confidence: j.confidence,
    reasons: j.reasons,
    surfaces: report.surfaces,
    ...report.endpoints ? { endpoints: report.endpoints } : {},
    replay: report.replay,
    metrics,
    worst: report.worst,
    versioning: report.versioning,
    splits: report.splits
  });
}
function describe(errors) {
  return errors.map(
    (e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`
  );
}
function validateJsonReport(value) {
  const validate2 = reportValidator();
  return validate2(value) ? [] : describe(validate2.errors ?? []);
}
function serializeJsonReport(report) {
  const text2 = `${JSON.stringify(toJsonReport(report), null, 2)}
`;
  const errors = validateJsonReport(JSON.parse(text2));
  if (errors.length > 0) throw new Error(`internal error: the JSON report does not match its schema:
  ${errors.slice(0, 20).join("\n  ")}`);
  return text2;
}
async function writeAtomically(path, text2) {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text2, "utf8");
  await rename(temporary, path);
}

// src/report/write.ts
var MARKDOWN_REPORT_FILE = "shadowgate-report.md";
async function writeReports(report, outDir, options = {}) {
  const paths = {
    json: join(outDir, JSON_REPORT_FILE),
    html: join(outDir, HTML_REPORT_FILE),
    markdown: join(outDir, MARKDOWN_REPORT_FILE)
  };
  const json = serializeJsonReport(report);
  const html = renderHtml(report);
  const markdown = renderComment(report, options);
  await writeAtomically(paths.json, json);
  await writeAtomically(paths.html, html);
  await writeAtomically(paths.markdown, markdown);
  return paths;
}
export {
  MARKDOWN_REPORT_FILE,
  writeReports
};
