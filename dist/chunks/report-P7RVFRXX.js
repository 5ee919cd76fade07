import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  rungLabel
} from "./chunk-VDC22AP6.js";
import {
  describeSurfaceChange
} from "./chunk-BWL5YPHN.js";
import "./chunk-MQ3U55EA.js";
import "./chunk-P4BBUCTH.js";
import "./chunk-KDMNMSVG.js";
import "./chunk-AZ7WLE3K.js";
import "./chunk-DHT7AAOE.js";
import "./chunk-2VFAZBQK.js";
import {
  escapeHtml,
  markdownText
} from "./chunk-LPFXKZIY.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-IY34TOV6.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-VUOFWVZ7.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// src/delivery/report.ts
function surfacesLine(surfaces) {
  if (!surfaces?.length) return void 0;
  return `Surfaces (stable \u2192 candidate): ${surfaces.map(describeSurfaceChange).join(" \xB7 ")}`;
}
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", inconclusive: "\u23F8\uFE0F", nodata: "\u23F8\uFE0F" };
function num(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "\u2014";
  const abs = Math.abs(value);
  return abs !== 0 && (abs >= 1e3 || abs < 1e-3) ? value.toPrecision(3) : String(Number(value.toFixed(4)));
}
function cell(text) {
  return markdownText(text, { maxChars: 600 });
}
function judgedTraffic(state, rung) {
  const segments = state.rungs.slice(0, rung + 1).filter((s) => typeof s === "string");
  if (segments.length === 0) return void 0;
  const rest = typeof state.rungs[rung] === "number" ? ` and ${state.rungs[rung]}% of all other requests` : " only";
  return `candidate = requests of segment${segments.length > 1 ? "s" : ""} ${segments.join(", ")}${rest}; stable = everything else`;
}
function renderRungMarkdown(service, result) {
  const { state } = result;
  const lines = [`### Canary ${service}: ${state.candidate} ${result.outcome}`, ""];
  const rungs = state.rungs.map((w, i) => {
    const verdict = [...state.verdicts].reverse().find((v) => v.rung === i)?.verdict;
    return `${verdict ? ICON[verdict] : "\xB7"} ${rungLabel(w)}`;
  });
  lines.push(`Ladder: ${rungs.join(" \u2192 ")} \u2192 flip`, "");
  const surfaces = surfacesLine(result.surfaces);
  if (surfaces) lines.push(cell(surfaces), "");
  lines.push(`**${result.outcome}** \u2014 ${cell(result.reason)}`, "");
  if (result.judgement) {
    lines.push(
      `Rung ${result.rung + 1} (${cell(rungLabel(state.rungs[result.rung]))}): **${result.judgement.verdict.toUpperCase()}**`,
      "",
      ...judgedTraffic(state, result.rung) ? [`Judged: ${cell(judgedTraffic(state, result.rung))}`, ""] : [],
      "| metric | verdict | stable median | candidate median | shift (CI) | p | points (stable / candidate) |",
      "|---|---|---|---|---|---|---|"
    );
    for (const m of result.judgement.metrics) {
      const shift = m.shift ? `${num(m.shift.estimate)} [${num(m.shift.interval[0])}, ${num(m.shift.interval[1])}]` : "\u2014";
      lines.push(
        `| ${m.name}${m.critical ? " (critical)" : ""} | ${ICON[m.verdict]} ${m.verdict} | ${num(m.stable.median)} | ${num(m.candidate.median)} | ${shift} | ${m.pValue === void 0 ? "\u2014" : m.pValue.toPrecision(2)} | ${m.stable.n} / ${m.candidate.n} |`
      );
    }
    const nodata = result.judgement.metrics.filter((m) => m.verdict === "nodata");
    if (nodata.length) lines.push("", ...nodata.map((m) => `- ${m.name}: ${cell(m.reason)}`));
  }
  return `${lines.join("\n")}
`;
}
function renderRungHtml(service, result) {
  const { state } = result;
  const rows = (result.judgement?.metrics ?? []).map((m) => {
    const shift = m.shift ? `${num(m.shift.estimate)} [${num(m.shift.interval[0])}, ${num(m.shift.interval[1])}]` : "\u2014";
    const cells = [
      `${m.name}${m.critical ? " (critical)" : ""}`,
      `${ICON[m.verdict]} ${m.verdict}`,
      num(m.stable.median),
      num(m.candidate.median),
      shift,
      m.pValue === void 0 ? "\u2014" : m.pValue.toPrecision(2),
      `${m.stable.n} / ${m.candidate.n}`,
      m.reason
    ];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`;
  });
  const ladder = state.rungs.map((w, i) => {
    const verdict = [...state.verdicts].reverse().find((v) => v.rung === i)?.verdict;
    return `${verdict ? ICON[verdict] : "\xB7"} ${rungLabel(w)}`;
  }).join(" \u2192 ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Canary ${escapeHtml(service)}: ${escapeHtml(result.outcome)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style></head>
<body><h1>Canary ${escapeHtml(service)}: ${escapeHtml(state.candidate)} ${escapeHtml(result.outcome)}</h1>
<p>Ladder: ${escapeHtml(ladder)} \u2192 flip</p>
${surfacesLine(result.surfaces) ? `<p>${escapeHtml(surfacesLine(result.surfaces))}</p>
` : ""}<p><strong>${escapeHtml(result.outcome)}</strong> \u2014 ${escapeHtml(result.reason)}</p>
${result.judgement ? `<h2>Rung ${result.rung + 1} (${escapeHtml(rungLabel(state.rungs[result.rung]))}): ${escapeHtml(result.judgement.verdict.toUpperCase())}</h2>
${judgedTraffic(state, result.rung) ? `<p>Judged: ${escapeHtml(judgedTraffic(state, result.rung))}</p>
` : ""}<table><thead><tr><th>metric</th><th>verdict</th><th>stable median</th><th>candidate median</th><th>shift (CI)</th><th>p</th><th>points (stable / candidate)</th><th>why</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>` : ""}
</body></html>
`;
}
export {
  judgedTraffic,
  renderRungHtml,
  renderRungMarkdown
};
