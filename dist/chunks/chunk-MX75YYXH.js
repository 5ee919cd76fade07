import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
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
  htmlText,
  markdownCode,
  markdownCodeBlock,
  markdownText,
  niceCeiling,
  partialNote,
  plural,
  safeUrl,
  stripUnsafeCharacters,
  truncationNote
} from "./chunk-LPFXKZIY.js";
import {
  describeDivergence,
  describeFailures
} from "./chunk-STODWVS3.js";
import {
  shortId
} from "./chunk-EVE2IKAV.js";
import {
  commentMarker
} from "./chunk-JK77RRRX.js";

// src/report/llm-sections.ts
function counts(record) {
  const entries = Object.entries(record ?? {}).filter(([, n]) => n > 0);
  return entries.map(([k, n]) => `${markdownText(k, { maxChars: 40 })} ${formatInteger(n)}`).join(" \xB7 ");
}
function cell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[|\\*_`[\]]/g, (c) => `\\${c}`);
}
function judgeSection(report) {
  const rows = report.judgement.metrics.filter((m) => m.metric.id.startsWith("judge."));
  if (rows.length === 0) return "";
  const confidence = formatNumber(report.judgement.confidence * 100);
  const lines = [
    "#### Judge model",
    "",
    `| Rubric | Judged pairs | Candidate more | Baseline more | Tie | Net share (${confidence} % interval) | Verdict |`,
    "|---|--:|--:|--:|--:|--:|---|"
  ];
  const notes = [];
  for (const m of rows) {
    const d = m.metric.details ?? {};
    const p = d.preferred ?? { baseline: 0, candidate: 0, tie: 0 };
    const net = m.effect !== void 0 ? `${cell(formatEffect(m))} (${cell(formatInterval(m))})` : "\u2014";
    lines.push(
      `| ${markdownText(d.rubric ?? m.metric.title, { maxChars: 100 })} ${markdownCode(m.metric.id, { inTable: true, maxChars: 60 })} | ${formatInteger(m.metric.n)} | ${formatInteger(p.candidate)} | ${formatInteger(p.baseline)} | ${formatInteger(p.tie)} | ${net} | ${METRIC_VERDICT_EMOJI[m.verdict]} ${m.verdict} |`
    );
    const extra = [];
    if (counts(d.judgeFailures)) extra.push(`judge failures: ${counts(d.judgeFailures)}`);
    if (counts(d.skipped)) extra.push(`not judged (budget): ${counts(d.skipped)}`);
    if (typeof d.firstPositionShare === "number")
      extra.push(
        `answer A picked in ${formatNumber(d.firstPositionShare * 100)} % of decided votes (${d.order === "random" ? "order drawn per pair" : "both orders asked"}, which cancels position bias)`
      );
    if (extra.length) notes.push(`- ${markdownCode(m.metric.id, { maxChars: 60 })}: ${extra.join("; ")}`);
    for (const example of d.examples ?? []) {
      const reasons = example.reasons.map((r) => `\u201C${markdownText(r, { maxChars: 300 })}\u201D`).join(" / ") || "(no reason given)";
      notes.push(
        `- ${markdownCode(m.metric.id, { maxChars: 60 })} record ${markdownCode(example.recordId, { maxChars: 60 })} (line ${formatInteger(example.line)}): ${reasons}`
      );
    }
  }
  if (notes.length) lines.push("", ...notes);
  return lines.join("\n");
}
function splitTitle(split) {
  return split.by === "prompt-tokens" ? "#### By prompt length (prompt tokens of the baseline answer)" : `#### By segment (${markdownCode(split.field ?? "", { maxChars: 60 })})`;
}
function splitCell(m) {
  const interval = m.interval ? ` [${formatValue(m.unit === "rate" ? "delta" : m.unit, m.interval[0])}, ${formatValue(m.unit === "rate" ? "delta" : m.unit, m.interval[1])}]` : "";
  const effect = m.effectLabel ?? (m.candidate !== void 0 ? formatValue(m.unit, m.candidate) : "\u2014");
  return `${METRIC_VERDICT_EMOJI[m.verdict]} ${cell(`${effect}${m.unit === "rate" ? "" : interval}`)}`;
}
function splitsSection(report) {
  const sections = [];
  for (const split of report.splits ?? []) {
    const shown = split.groups.filter((g) => g.shown);
    const hidden = split.groups.filter((g) => !g.shown);
    const lines = [splitTitle(split), ""];
    if (shown.length === 0) {
      lines.push(`No group has ${formatInteger(split.minPairs)} pairs yet.`);
    } else {
      lines.push(
        `| Metric | ${shown.map((g) => `${markdownText(g.label, { maxChars: 40 })} (${formatInteger(g.pairs)})`).join(" | ")} |`,
        `|---|${shown.map(() => "--:|").join("")}`
      );
      const metricIds = [...new Set(shown.flatMap((g) => g.cells.map((c) => c.metric)))];
      for (const id of metricIds) {
        const cells = shown.map((g) => {
          const c = g.cells.find((x) => x.metric === id);
          return c ? splitCell(c) : "\u2014";
        });
        lines.push(`| ${markdownCode(id, { inTable: true, maxChars: 60 })} | ${cells.join(" | ")} |`);
      }
    }
    if (hidden.length)
      lines.push(
        "",
        `Fewer than ${formatInteger(split.minPairs)} pairs, not shown: ${hidden.map((g) => `${markdownText(g.label, { maxChars: 40 })} (${formatInteger(g.pairs)})`).join(" \xB7 ")}`
      );
    lines.push("", "_Per-group verdicts are exploratory (many comparisons); the verdict above is over all pairs._");
    sections.push(lines.join("\n"));
  }
  return sections.join("\n\n");
}
function exampleJudgeLines(w) {
  if (!w.judge?.length) return [];
  const lines = ["**Judge model**", ""];
  for (const v of w.judge) {
    const who = v.preferred === "tie" ? "tie" : `${v.preferred} shows it more`;
    const reasons = v.reasons.map((r) => `\u201C${markdownText(r, { maxChars: 300 })}\u201D`).join(" / ");
    lines.push(`- ${markdownCode(v.rubric, { maxChars: 60 })}: ${who}${reasons ? ` \u2014 ${reasons}` : ""}`);
  }
  lines.push("");
  return lines;
}
function html(value) {
  return escapeHtml(stripUnsafeCharacters(value));
}
function judgeSectionHtml(report) {
  const rows = report.judgement.metrics.filter((m) => m.metric.id.startsWith("judge."));
  if (rows.length === 0) return "";
  const body = [];
  const notes = [];
  for (const m of rows) {
    const d = m.metric.details ?? {};
    const p = d.preferred ?? { baseline: 0, candidate: 0, tie: 0 };
    body.push(
      `<tr class="${m.verdict}"><td>${html(d.rubric ?? m.metric.title)}<br><code class="muted">${html(m.metric.id)}</code></td><td class="num">${formatInteger(m.metric.n)}</td><td class="num">${formatInteger(p.candidate)}</td><td class="num">${formatInteger(p.baseline)}</td><td class="num">${formatInteger(p.tie)}</td><td class="num">${m.effect !== void 0 ? `${html(formatEffect(m))} (${html(formatInterval(m))})` : "\u2014"}</td><td>${METRIC_VERDICT_EMOJI[m.verdict]} ${m.verdict}</td></tr>`
    );
    const failures = Object.entries(d.judgeFailures ?? {}).map(([k, n]) => `${k} ${n}`).join(", ");
    const skipped = Object.entries(d.skipped ?? {}).map(([k, n]) => `${k} ${n}`).join(", ");
    const bias = typeof d.firstPositionShare === "number" ? `answer A picked in ${formatNumber(d.firstPositionShare * 100)} % of decided votes` : "";
    const line = [failures && `judge failures: ${failures}`, skipped && `not judged (budget): ${skipped}`, bias].filter(Boolean).join("; ");
    if (line) notes.push(`<li><code>${html(m.metric.id)}</code>: ${html(line)}</li>`);
    for (const e of d.examples ?? []) {
      notes.push(
        `<li><code>${html(m.metric.id)}</code> record <code>${html(e.recordId)}</code> (line ${formatInteger(e.line)}): ${e.reasons.map((r) => `\u201C${html(r)}\u201D`).join(" / ") || "no reason given"}</li>`
      );
    }
  }
  return [
    "<h2>Judge model</h2>",
    `<table><thead><tr><th>Rubric</th><th>Judged pairs</th><th>Candidate more</th><th>Baseline more</th><th>Tie</th><th>Net share (interval)</th><th>Verdict</th></tr></thead><tbody>
${body.join("\n")}
</tbody></table>`,
    notes.length ? `<ul>${notes.join("\n")}</ul>` : ""
  ].join("\n");
}
function splitsSectionHtml(report) {
  const out = [];
  for (const split of report.splits ?? []) {
    const shown = split.groups.filter((g) => g.shown);
    const hidden = split.groups.filter((g) => !g.shown);
    out.push(split.by === "prompt-tokens" ? "<h2>By prompt length</h2>" : `<h2>By segment (<code>${html(split.field ?? "")}</code>)</h2>`);
    if (shown.length === 0) out.push(`<p>No group has ${formatInteger(split.minPairs)} pairs yet.</p>`);
    else {
      const ids = [...new Set(shown.flatMap((g) => g.cells.map((c) => c.metric)))];
      const rows = ids.map((id) => {
        const cells = shown.map((g) => {
          const c = g.cells.find((x) => x.metric === id);
          return c ? `<td class="num">${METRIC_VERDICT_EMOJI[c.verdict]} ${html(c.effectLabel ?? formatValue(c.unit, c.candidate))}</td>` : '<td class="num">\u2014</td>';
        });
        return `<tr><td><code>${html(id)}</code></td>${cells.join("")}</tr>`;
      });
      out.push(
        `<table><thead><tr><th>Metric</th>${shown.map((g) => `<th>${html(g.label)} (${formatInteger(g.pairs)})</th>`).join("")}</tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`
      );
    }
    if (hidden.length)
      out.push(
        `<p class="muted">Fewer than ${formatInteger(split.minPairs)} pairs, not shown: ${hidden.map((g) => `${html(g.label)} (${formatInteger(g.pairs)})`).join(" \xB7 ")}</p>`
      );
    out.push('<p class="note">Per-group verdicts are exploratory (many comparisons); the verdict is over all pairs.</p>');
  }
  return out.join("\n");
}
function exampleJudgeHtml(w) {
  if (!w.judge?.length) return "";
  const items = w.judge.map(
    (v) => `<li><code>${html(v.rubric)}</code>: ${v.preferred === "tie" ? "tie" : `${v.preferred} shows it more`}${v.reasons.length ? ` \u2014 ${v.reasons.map((r) => `\u201C${html(r)}\u201D`).join(" / ")}` : ""}</li>`
  );
  return `<h3>Judge model</h3>
<ul>${items.join("")}</ul>`;
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
  if (v.pin.before !== v.pin.ref)
    lines.push("", `Model pin changed: ${markdownCode(v.pin.before, { maxChars: 120 })} \u2192 ${markdownCode(v.pin.ref, { maxChars: 120 })}.`);
  if (v.pin.addedPatterns?.length) {
    lines.push(
      "",
      `\u26A0\uFE0F **Pin patterns added:** ${v.pin.addedPatterns.map((p) => markdownCode(p, { maxChars: 120 })).join(", ")}. They let models count as pinned and apply only once this is merged; until then the base branch's patterns judge the pin.`
    );
  }
  if (v.lock) lines.push("", `Lock ${markdownCode(v.lock, { maxChars: 120 })} matches the candidate's files.`);
  for (const l of v.loweredLevels ?? []) {
    lines.push(
      "",
      `\u26A0\uFE0F **Required compatibility lowered:** ${markdownCode(l.setting, { maxChars: 120 })} ${l.before} \u2192 ${l.after}. The base branch's ${l.before} still applies to this pull request; the lower level applies to later ones once this is merged \u2014 review it like a weakened check.`
    );
  }
  if (v.tools.length > 0) {
    lines.push("", "| Tool | Change | Compatibility | Required | Replayed calls |", "|---|---|---|---|---|");
    for (const t of v.tools) {
      const name = t.from ? `${markdownCode(t.from, { inTable: true })} \u2192 ${markdownCode(t.tool, { inTable: true })}` : markdownCode(t.tool, { inTable: true });
      lines.push(
        `| ${name} | ${t.change} | ${CLASS_EMOJI[t.class]} ${t.class} | ${t.ok ? "\u2705" : "\u274C"} ${t.required}${t.candidateLevel ? ` (base; PR: ${t.candidateLevel})` : ""} | ${replayedCell(t)} |`
      );
    }
    for (const t of v.tools) {
      lines.push("", `- ${markdownCode(t.tool)}: ${textWithCode(t.reason)}`);
      if (t.migration) lines.push(`  - **Migration:** ${textWithCode(t.migration)}`);
      for (const x of t.replayed?.examples ?? []) {
        const who = x.side === "baseline" ? "old call" : "new call";
        lines.push(
          `  - ${who} (record ${markdownCode(x.recordId, { maxChars: 60 })}, line ${x.line}) ${markdownCode(x.arguments, { maxChars: 160 })} rejected: ${markdownText(x.reason, { maxChars: 120 })}`
        );
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
  if (v.pin.addedPatterns?.length) {
    out.push(
      `<p>\u26A0\uFE0F <strong>Pin patterns added:</strong> ${v.pin.addedPatterns.map((p) => `<code>${text(p)}</code>`).join(", ")}. They let models count as pinned and apply only once this is merged; until then the base branch's patterns judge the pin.</p>`
    );
  }
  if (v.lock) out.push(`<p>Lock <code>${text(v.lock)}</code> matches the candidate's files.</p>`);
  for (const l of v.loweredLevels ?? []) {
    out.push(
      `<p>\u26A0\uFE0F <strong>Required compatibility lowered:</strong> <code>${text(l.setting)}</code> ${text(l.before)} \u2192 ${text(l.after)}. The base branch's ${text(l.before)} still applies to this pull request; the lower level applies to later ones once this is merged \u2014 review it like a weakened check.</p>`
    );
  }
  if (v.tools.length > 0) {
    const rows = v.tools.map((t) => {
      const name = t.from ? `<code>${text(t.from)}</code> \u2192 <code>${text(t.tool)}</code>` : `<code>${text(t.tool)}</code>`;
      const details = [
        text(t.reason),
        t.migration ? `<br><strong>Migration:</strong> ${text(t.migration)}` : "",
        ...(t.replayed?.examples ?? []).map(
          (x) => `<br>${x.side === "baseline" ? "old call" : "new call"} (record <code>${text(x.recordId)}</code>, line ${x.line}) <code>${text(x.arguments)}</code> rejected: ${text(x.reason)}`
        )
      ].join("");
      return `<tr><td>${name}</td><td>${text(t.change)}</td><td>${CLASS_EMOJI[t.class]} ${text(t.class)}</td><td>${t.ok ? "\u2705" : "\u274C"} ${text(t.required)}${t.candidateLevel ? ` (base; PR: ${text(t.candidateLevel)})` : ""}</td><td>${text(replayedCell(t))}</td><td>${details}</td></tr>`;
    });
    out.push(
      `<table><thead><tr><th>Tool</th><th>Change</th><th>Compatibility</th><th>Required</th><th>Replayed calls</th><th>Why</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`
    );
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
    { label: "the judge model section", keep: 4, text: judgeSection(report) },
    { label: "the split tables", keep: 2, text: splitsSection(report) },
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
  const changed = describeDivergence(j.divergence);
  if (changed) lines.push("", `**Changed:** ${markdownText(changed, { maxChars: 200 })}`);
  const failed = describeFailures(j.failures);
  if (failed) lines.push("", `**Failed requests:** ${markdownText(failed, { maxChars: 300 })}`);
  lines.push(
    "",
    `${j.answered !== void 0 && j.answered < j.n ? `${formatInteger(j.answered)} of ${plural(j.n, "pair")} had both answers` : `${plural(j.n, "pair")} compared`} \xB7 baseline ${markdownCode(report.baselineRef, { maxChars: 80 })} \u2192 candidate ${markdownCode(report.candidateRef, { maxChars: 80 })} \xB7 ${formatNumber(j.confidence * 100)} % intervals, \u03B1 = ${formatNumber(j.alpha)}`
  );
  return lines.join("\n");
}
function defaultReason(report) {
  const j = report.judgement;
  const failing = j.metrics.filter((m) => m.verdict === "fail" || m.verdict === "warn");
  if (failing.length > 0) return failing.map((m) => `${m.metric.title}: ${m.reason}`).join("; ");
  if (j.verdict === "inconclusive") return "Too few pairs to decide.";
  if (j.verdict === "error") return "Too few pairs had both answers to compare.";
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
    lines.push(`| ${row.map((cell2, i) => i === 0 ? cell2 : formattedCell(cell2)).join(" | ")} |`);
  }
  const detectable = bySeverity(j.metrics).filter((m) => m.detectable);
  if (detectable.length > 0) {
    lines.push(
      "",
      `Smallest regression found with power 0.8 at this n: ${detectable.map((m) => `${markdownText(m.metric.id)} ${markdownText(m.detectable.label)}`).join(" \xB7 ")}`
    );
  }
  const otherN = j.metrics.filter((m) => m.metric.n !== j.n);
  if (otherN.length > 0) {
    lines.push(
      "",
      `Pairs per metric where not all ${formatInteger(j.n)} counted: ${otherN.map((m) => `${markdownText(m.metric.id)} ${formatInteger(m.metric.n)}`).join(" \xB7 ")}`
    );
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
    ...exampleJudgeLines(w),
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
function renderComment(report, options = {}) {
  const fullReportUrl = options.fullReportUrl ?? report.runUrl;
  return renderMarkdown(report, {
    marker: commentMarker(report.service),
    maxChars: DEFAULT_MAX_CHARS,
    ...fullReportUrl ? { fullReportUrl } : {}
  });
}

export {
  judgeSectionHtml,
  splitsSectionHtml,
  exampleJudgeHtml,
  versioningHtml,
  renderComment
};
