import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  shortId
} from "./chunk-ASXTQ7CI.js";

// src/report/format.ts
var VERDICT_EMOJI = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", inconclusive: "\u2754" };
var VERDICT_WORD = { pass: "PASS", warn: "WARN", fail: "FAIL", inconclusive: "INCONCLUSIVE" };
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
function agreementReference(j) {
  if (againstNoise(j)) return "noise";
  return j.gate?.threshold ?? j.metric.agreement?.threshold;
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
    const reference = agreementReference(j);
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
    const range = `${formatDelta(m.unit, low)} \u2026 ${formatDelta(m.unit, high)}`;
    return effectKind(j) === "ratio" ? `shift ${range}` : range;
  }
  if (m.test === "paired-binary") return `${formatDelta(m.unit, low)} \u2026 ${formatDelta(m.unit, high)}`;
  if (m.test === "agreement") {
    return againstNoise(j) ? `${formatDelta(m.unit, low)} \u2026 ${formatDelta(m.unit, high)}` : `mean ${formatValue(m.unit, low)} \u2026 ${formatValue(m.unit, high)}`;
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
  const finiteInterval = j.interval && j.interval.every(Number.isFinite) ? j.interval : void 0;
  if (m.test === "paired-continuous" && effectKind(j) === "ratio") {
    const point = { value: (j.effect - 1) * 100 };
    if (finiteInterval && m.baseline !== void 0 && m.baseline > 0) {
      point.low = finiteInterval[0] / m.baseline * 100;
      point.high = finiteInterval[1] / m.baseline * 100;
    }
    return point;
  }
  if (m.test === "paired-binary" || m.test === "agreement" && againstNoise(j)) {
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

// src/report/versioning-section.ts
var CLASS_EMOJI = { FULL: "\u2705", BACKWARD: "\u21A9\uFE0F", FORWARD: "\u21AA\uFE0F", BREAKING: "\u{1F4A5}" };
function idCell(ids) {
  if (!ids) return "\u2014";
  return ids.before === ids.after ? markdownCode(shortId(ids.after)) : `${markdownCode(shortId(ids.before))} \u2192 ${markdownCode(shortId(ids.after))}`;
}
function textWithCode(text, maxChars = 400) {
  const clipped = text.length > maxChars ? `${text.slice(0, maxChars - 1)}\u2026` : text;
  let out = "";
  for (const part of clipped.split(/(`[^`\n]+`)/)) {
    if (part.length > 2 && part.startsWith("`") && part.endsWith("`")) {
      out += `${out.endsWith("`") ? " " : ""}${markdownCode(part.slice(1, -1))}`;
      continue;
    }
    const core = part.trim();
    out += core ? `${/^\s/.test(part) ? " " : ""}${markdownText(core, { maxChars })}${/\s$/.test(part) ? " " : ""}` : part ? " " : "";
  }
  return out;
}
function replayedCell(t) {
  const r = t.replayed;
  if (!r) return "no calls";
  return `old calls rejected by the new schema: ${formatInteger(r.oldRejectedByNew)} of ${formatInteger(r.oldCalls)} \xB7 new calls rejected by the old schema: ${formatInteger(r.newRejectedByOld)} of ${formatInteger(r.newCalls)}`;
}
function versioningSection(report) {
  const v = report.versioning;
  if (!v) return "";
  const lines = ["#### Versions"];
  const pin = v.pin.pinned ? `\u2705 model ${markdownCode(v.pin.ref, { maxChars: 120 })} is pinned: ${markdownText(v.pin.reason)}` : `\u274C model ${markdownCode(v.pin.ref, { maxChars: 120 })} is not pinned: ${markdownText(v.pin.reason)}${v.pin.hint ? ` \u2014 ${textWithCode(v.pin.hint)}` : ""}`;
  lines.push("", pin);
  if (v.pin.before !== v.pin.ref) lines.push("", `Model pin changed: ${markdownCode(v.pin.before, { maxChars: 120 })} \u2192 ${markdownCode(v.pin.ref, { maxChars: 120 })}.`);
  if (v.lock) lines.push("", `Lock ${markdownCode(v.lock, { maxChars: 120 })} matches the candidate's files.`);
  if (v.tools.length > 0) {
    lines.push("", "| Tool | Change | Compatibility | Required | Replayed calls |", "|---|---|---|---|---|");
    for (const t of v.tools) {
      const name = t.from ? `${markdownCode(t.from, { inTable: true })} \u2192 ${markdownCode(t.tool, { inTable: true })}` : markdownCode(t.tool, { inTable: true });
      lines.push(`| ${name} | ${t.change} | ${CLASS_EMOJI[t.class]} ${t.class} | ${t.ok ? "\u2705" : "\u274C"} ${t.required} | ${replayedCell(t)} |`);
    }
    for (const t of v.tools) {
      lines.push("", `- ${markdownCode(t.tool)}: ${textWithCode(t.reason)}`);
      if (t.migration) lines.push(`  - **Migration:** ${textWithCode(t.migration)}`);
      for (const x of t.replayed?.examples ?? []) {
        const who = x.side === "baseline" ? "old call" : "new call";
        lines.push(`  - ${who} (record ${markdownCode(x.recordId, { maxChars: 60 })}, line ${x.line}) ${markdownCode(x.arguments, { maxChars: 160 })} rejected: ${markdownText(x.reason, { maxChars: 120 })}`);
      }
    }
  }
  return lines.join("\n");
}
function versioningHtml(report, text) {
  const v = report.versioning;
  if (!v) return "";
  const out = ["<h2>Versions</h2>"];
  out.push(
    v.pin.pinned ? `<p>\u2705 model <code>${text(v.pin.ref)}</code> is pinned: ${text(v.pin.reason)}</p>` : `<p>\u274C model <code>${text(v.pin.ref)}</code> is not pinned: ${text(v.pin.reason)}${v.pin.hint ? ` \u2014 ${text(v.pin.hint)}` : ""}</p>`
  );
  if (v.pin.before !== v.pin.ref) out.push(`<p>Model pin changed: <code>${text(v.pin.before)}</code> \u2192 <code>${text(v.pin.ref)}</code>.</p>`);
  if (v.lock) out.push(`<p>Lock <code>${text(v.lock)}</code> matches the candidate's files.</p>`);
  if (v.tools.length > 0) {
    const rows = v.tools.map((t) => {
      const name = t.from ? `<code>${text(t.from)}</code> \u2192 <code>${text(t.tool)}</code>` : `<code>${text(t.tool)}</code>`;
      const details = [
        text(t.reason),
        t.migration ? `<br><strong>Migration:</strong> ${text(t.migration)}` : "",
        ...(t.replayed?.examples ?? []).map((x) => `<br>${x.side === "baseline" ? "old call" : "new call"} (record <code>${text(x.recordId)}</code>, line ${x.line}) <code>${text(x.arguments)}</code> rejected: ${text(x.reason)}`)
      ].join("");
      return `<tr><td>${name}</td><td>${text(t.change)}</td><td>${CLASS_EMOJI[t.class]} ${text(t.class)}</td><td>${t.ok ? "\u2705" : "\u274C"} ${text(t.required)}</td><td>${text(replayedCell(t))}</td><td>${details}</td></tr>`;
    });
    out.push(`<table><thead><tr><th>Tool</th><th>Change</th><th>Compatibility</th><th>Required</th><th>Replayed calls</th><th>Why</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`);
  }
  return out.join("\n");
}

// src/report/markdown.ts
var DEFAULT_MAX_CHARS = 65e3;
var MIN_MAX_CHARS = 6e3;
function markerLine(marker) {
  const line = marker.trim().startsWith("<!--") ? marker.trim() : `<!-- ${marker.trim()} -->`;
  const inner = line.slice(4, -3);
  const breaksOut = inner.includes("-->") || inner.includes("--!>") || /^-?>/.test(inner);
  if (!line.endsWith("-->") || line.length < 7 || /[\n\r]/.test(line) || breaksOut || line.length > 200) {
    throw new Error(`report marker must be one short HTML comment line: ${JSON.stringify(marker)}`);
  }
  return line;
}
var NEVER_DROPPED = Number.POSITIVE_INFINITY;
function renderMarkdown(report, options) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (maxChars < MIN_MAX_CHARS) throw new RangeError(`maxChars must be at least ${MIN_MAX_CHARS}, got ${maxChars}`);
  const fits = (body2) => body2.length <= maxChars && (options.maxBytes === void 0 || Buffer.byteLength(body2, "utf8") <= options.maxBytes);
  const marker = markerLine(options.marker);
  const fullReportUrl = safeUrl(options.fullReportUrl);
  const runUrl = safeUrl(report.runUrl);
  const exampleChars = options.exampleChars ?? 1500;
  const parts = [
    { label: "the verdict", keep: NEVER_DROPPED, text: headline(report) },
    { label: "the changed surfaces", keep: 4, text: surfacesSection(report) },
    { label: "the versions", keep: 4, text: versioningSection(report) },
    { label: "the metric table", keep: 5, text: metricsSection(report) },
    { label: "the per-metric reasons", keep: 2, text: reasonsSection(report) },
    { label: "the effects chart", keep: 1, text: chartSection(report) },
    { label: "the replay accounting", keep: 3, text: replaySection(report) }
  ].filter((p) => p.text !== "");
  const examples = report.worst.map((w, i) => exampleSection(w, i + 1, exampleChars));
  const footerText = footer(report, runUrl);
  let exampleCount = examples.length;
  let kept = parts;
  const compose = () => {
    const leftOut = [];
    if (exampleCount < examples.length) {
      leftOut.push(exampleCount === 0 ? `all ${examples.length} worst examples` : `${examples.length - exampleCount} of ${examples.length} worst examples`);
    }
    for (const p of parts) if (!kept.includes(p)) leftOut.push(p.label);
    const blocks = [marker, ...kept.map((p) => p.text)];
    if (exampleCount > 0) blocks.push(examplesHeading(exampleCount, examples.length), ...examples.slice(0, exampleCount));
    if (leftOut.length > 0) blocks.push(truncationNoteBlock(leftOut, maxChars, fullReportUrl ?? runUrl));
    blocks.push(footerText);
    return `${blocks.join("\n\n")}
`;
  };
  let body = compose();
  while (!fits(body) && exampleCount > 0) {
    exampleCount -= 1;
    body = compose();
  }
  const sacrifice = [...parts].filter((p) => p.keep !== NEVER_DROPPED).sort((a, b) => a.keep - b.keep);
  for (const part of sacrifice) {
    if (fits(body)) break;
    kept = kept.filter((p) => p !== part);
    body = compose();
  }
  if (!fits(body)) throw new Error(`report body cannot fit in ${maxChars} characters`);
  return body;
}
function headline(report) {
  const j = report.judgement;
  const title = `### ${VERDICT_EMOJI[j.verdict]} Shadowgate: ${VERDICT_WORD[j.verdict]} for ${markdownCode(report.service, { maxChars: 100 })}`;
  const reason = (j.reasons[0] ?? defaultReason(report)).replace(new RegExp(`^${VERDICT_WORD[j.verdict]}:?\\s+`), "");
  const more = j.reasons.length > 1 ? ` (+${plural(j.reasons.length - 1, "more reason", "more reasons")})` : "";
  const separator = reason.startsWith("(") ? " " : ": ";
  const lines = [title, "", `**${VERDICT_WORD[j.verdict]}**${separator}${markdownText(reason, { maxChars: 300 })}${more}`];
  if (j.verdict === "inconclusive" && j.n < j.minSamples) {
    const needed = j.neededSamples !== void 0 ? `about **${formatInteger(j.neededSamples)} pairs** are needed to decide` : `at least **${formatInteger(j.minSamples)} pairs** are needed`;
    lines.push("", `Only ${plural(j.n, "pair")} could be compared; ${needed} (minimum ${formatInteger(j.minSamples)}).`);
  }
  const partial = partialNote(report);
  if (partial) lines.push("", `> \u23F9\uFE0F **${markdownText(partial, { maxChars: 400 })}**`);
  lines.push(
    "",
    `${plural(j.n, "pair")} compared \xB7 baseline ${markdownCode(report.baselineRef, { maxChars: 80 })} \u2192 candidate ${markdownCode(report.candidateRef, { maxChars: 80 })} \xB7 ${formatNumber(j.confidence * 100)} % intervals, \u03B1 = ${formatNumber(j.alpha)}`
  );
  return lines.join("\n");
}
function defaultReason(report) {
  const j = report.judgement;
  const failing = j.metrics.filter((m) => m.verdict === "fail" || m.verdict === "warn");
  if (failing.length > 0) return failing.map((m) => `${m.metric.title}: ${m.reason}`).join("; ");
  if (j.verdict === "inconclusive") return "Too few pairs to decide.";
  return "No gated metric moved beyond its tolerance.";
}
function surfacesSection(report) {
  const changed = report.surfaces.filter((s) => s.changed);
  const unchanged = report.surfaces.filter((s) => !s.changed).map((s) => s.ids ? `${markdownText(s.surface)} ${idCell(s.ids)}` : markdownText(s.surface));
  const lines = ["#### What changed"];
  for (const e of (report.endpoints ?? []).filter((e2) => e2.changed)) {
    lines.push(
      "",
      `**\u26A0\uFE0F ${markdownText(e.role)} endpoint host changed:** ${markdownCode(e.baseline || "none", { maxChars: 120 })} \u2192 ${markdownCode(e.candidate || "none", { maxChars: 120 })} \u2014 allowed by ${markdownText(e.allowedBy)}`
    );
  }
  if (changed.length === 0) {
    lines.push("", "No surface changed between baseline and candidate.");
  } else {
    const ids = changed.some((s) => s.ids);
    lines.push("", `| Surface | Baseline | Candidate |${ids ? " Id |" : ""} Files |`, `|---|---|---|${ids ? "---|" : ""}---|`);
    for (const s of changed) {
      const files = s.files.slice(0, 5).map((f) => markdownCode(f, { inTable: true, maxChars: 80 }));
      if (s.files.length > 5) files.push(`+${s.files.length - 5} more`);
      lines.push(
        `| ${markdownText(s.surface)} | ${markdownCode(s.before, { inTable: true, maxChars: 120 })} | ${markdownCode(s.after, { inTable: true, maxChars: 120 })} |${ids ? ` ${idCell(s.ids)} |` : ""} ${files.join(" ") || "\u2014"} |`
      );
    }
  }
  if (unchanged.length > 0) lines.push("", `Unchanged: ${unchanged.join(", ")}.`);
  return lines.join("\n");
}
function metricsSection(report) {
  const j = report.judgement;
  if (j.metrics.length === 0) return "#### Metrics\n\nNo metric was computed.";
  const lines = [
    "#### Metrics",
    "",
    `| Metric | Baseline | Candidate | \u0394 / ratio | ${formatNumber(j.confidence * 100)} % interval | p (Holm) | Verdict |`,
    "|---|--:|--:|--:|--:|--:|---|"
  ];
  for (const m of bySeverity(j.metrics)) {
    const unit = m.metric.unit;
    const baseline = baselineCell(m);
    const row = [
      `${markdownText(m.metric.title, { maxChars: 80 })} ${markdownCode(m.metric.id, { inTable: true, maxChars: 60 })}`,
      baseline,
      formatValue(unit, m.metric.candidate),
      formatEffect(m),
      formatInterval(m),
      formatP(m.pAdjusted),
      `${METRIC_VERDICT_EMOJI[m.verdict]} ${formatMetricVerdict(m)}`
    ];
    lines.push(`| ${row.map((cell, i) => i === 0 ? cell : formattedCell(cell)).join(" | ")} |`);
  }
  const otherN = j.metrics.filter((m) => m.metric.n !== j.n);
  if (otherN.length > 0) {
    lines.push("", `Pairs per metric where not all ${formatInteger(j.n)} counted: ${otherN.map((m) => `${markdownText(m.metric.id)} ${formatInteger(m.metric.n)}`).join(" \xB7 ")}`);
  }
  return lines.join("\n");
}
function formattedCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[|\\*_`[\]]/g, (c) => `\\${c}`);
}
function reasonsSection(report) {
  const extraReasons = report.judgement.reasons.slice(1);
  const notable = bySeverity(report.judgement.metrics).filter(
    (m) => m.verdict !== "pass" && m.verdict !== "info" && !report.judgement.reasons.some((r) => m.reason !== "" && r.endsWith(m.reason))
  );
  if (notable.length === 0 && extraReasons.length === 0) return "";
  const lines = ["#### Why"];
  lines.push("");
  for (const r of extraReasons) lines.push(`- ${markdownText(r, { maxChars: 400 })}`);
  for (const m of notable) {
    lines.push(`- ${METRIC_VERDICT_EMOJI[m.verdict]} **${markdownText(m.metric.title, { maxChars: 80 })}**: ${markdownText(m.reason, { maxChars: 400 })}`);
  }
  return lines.join("\n");
}
function mermaidLabel(text) {
  const clean = text.replace(/[^\p{L}\p{N} ._/+-]/gu, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(clean);
  return (chars.length > 28 ? `${chars.slice(0, 27).join("")}\u2026` : clean) || "?";
}
function mermaidEffectsChart(metrics) {
  const points = bySeverity(metrics).map((m) => ({ m, e: chartEffect(m) })).filter((p) => p.e !== void 0).slice(0, 20);
  if (points.length === 0) return "";
  const largest = Math.max(1, ...points.map((p) => Math.abs(p.e.value)));
  const bound = niceCeiling(largest * 1.1);
  const labels = points.map((p) => `"${mermaidLabel(p.m.metric.title)}"`).join(", ");
  const values = points.map((p) => Number(p.e.value.toFixed(2))).join(", ");
  return [
    "```mermaid",
    "xychart-beta horizontal",
    '    title "Candidate vs baseline (% change, points for rates and scores)"',
    `    x-axis [${labels}]`,
    `    y-axis "change" ${-bound} --> ${bound}`,
    `    bar [${values}]`,
    "```"
  ].join("\n");
}
function chartSection(report) {
  const chart = mermaidEffectsChart(report.judgement.metrics);
  return chart === "" ? "" : `#### Effects

${chart}`;
}
function replaySection(report) {
  const r = report.replay;
  const failedTotal = Object.values(r.failed).reduce((a, b) => a + (b ?? 0), 0);
  const lines = [
    "#### Replay",
    "",
    "| Records read | Sampled | Pairs | Requests | OK | Retried | Failed | Wall time |",
    "|--:|--:|--:|--:|--:|--:|--:|--:|",
    `| ${[r.read, r.sampled, r.pairs, r.requests, r.ok, r.retried, failedTotal].map(formatInteger).join(" | ")} | ${formatDuration(r.wallMs)} |`
  ];
  const classes = Object.entries(r.failed).filter(([, n]) => (n ?? 0) > 0);
  if (classes.length > 0) {
    lines.push("", `Failed by class: ${classes.map(([c, n]) => `${markdownText(c)} ${formatInteger(n ?? 0)}`).join(" \xB7 ")}`);
  }
  const capped = cappedScoresNote(report.judgement.metrics);
  if (capped) lines.push("", markdownText(capped, { maxChars: 600 }));
  return lines.join("\n");
}
function examplesHeading(shown, total) {
  const count = shown === total ? `${total}` : `${shown} of ${total}`;
  return `#### Worst examples (${count})`;
}
function fencedText(text, maxChars) {
  const { block, truncated } = markdownCodeBlock(text, maxChars);
  return truncated.omitted > 0 ? `${block}

_${markdownText(truncationNote(truncated), { maxChars: 200 })}_` : block;
}
function exampleSection(w, index, maxChars) {
  const summary = `Example ${index} \xB7 ${htmlText(w.metric, { maxChars: 60 })} = ${htmlText(formatNumber(w.score))} \xB7 record ${htmlText(w.recordId, { maxChars: 60 })} (line ${formatInteger(w.line)})`;
  return [
    "<details>",
    `<summary>${summary}</summary>`,
    "",
    "**Request**",
    "",
    fencedText(w.request, maxChars),
    "",
    "<table>",
    "<tr><th>Baseline</th><th>Candidate</th></tr>",
    "<tr><td>",
    "",
    fencedText(w.baseline, maxChars),
    "",
    "</td><td>",
    "",
    fencedText(w.candidate, maxChars),
    "",
    "</td></tr>",
    "</table>",
    "",
    "</details>"
  ].join("\n");
}
function truncationNoteBlock(leftOut, maxChars, link) {
  const list = leftOut.length === 1 ? leftOut[0] : `${leftOut.slice(0, -1).join(", ")} and ${leftOut.at(-1)}`;
  const where = link ? ` [See the full report](${link}).` : " The JSON and HTML reports have everything.";
  return `> \u2702\uFE0F **Shortened to fit ${formatInteger(maxChars)} characters:** left out ${list}.${where}`;
}
function footer(report, runUrl) {
  const generated = markdownText(report.generatedAt, { maxChars: 40 });
  const run = runUrl ? ` \xB7 [workflow run](${runUrl})` : "";
  return `<sub>shadowgate \xB7 generated ${generated}${run}</sub>`;
}

// src/report/comment.ts
function commentMarker(service) {
  const safe = encodeURIComponent(service).replace(/-(?=-)/g, "%2D");
  return `<!-- shadowgate:comment service=${safe} -->`;
}
function renderComment(report, options = {}) {
  const fullReportUrl = options.fullReportUrl ?? report.runUrl;
  return renderMarkdown(report, {
    marker: commentMarker(report.service),
    maxChars: DEFAULT_MAX_CHARS,
    ...fullReportUrl ? { fullReportUrl } : {}
  });
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
  htmlPreformatted,
  safeUrl,
  versioningHtml,
  commentMarker,
  renderComment
};
