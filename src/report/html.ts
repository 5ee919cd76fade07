// The single-file HTML report: the Markdown report's content plus every worst example, side by side.
// Self-contained (inline CSS, inline SVG, no scripts, no external assets; a CSP forbids loading
// anything), and every string that did not come from this file is entity-escaped.

import { describeDivergence, describeFailures } from '../judge/judge.ts';
import type { MetricJudgement, ShadowReport, WorstExample } from '../types.ts';
import {
  METRIC_VERDICT_EMOJI,
  VERDICT_EMOJI,
  VERDICT_WORD,
  baselineCell,
  bySeverity,
  cappedScoresNote,
  chartEffect,
  formatDuration,
  formatEffect,
  formatInteger,
  formatInterval,
  formatMetricVerdict,
  formatNumber,
  formatP,
  formatValue,
  niceCeiling,
  partialNote,
  plural,
} from './format.ts';
import { exampleJudgeHtml, judgeSectionHtml, splitsSectionHtml } from './llm-sections.ts';
import { escapeHtml, htmlPreformatted, safeUrl, stripUnsafeCharacters, truncationNote } from './inert.ts';
import { versioningHtml } from './versioning-section.ts';

export const HTML_REPORT_FILE = 'shadowgate-report.html';

export interface HtmlOptions {
  /** Characters shown per request/baseline/candidate text (default 50,000); the JSON report has all. */
  exampleChars?: number;
}

/** Untrusted text for HTML text or attribute context. */
function text(value: string): string {
  return escapeHtml(stripUnsafeCharacters(value));
}

const CSS = `
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

export function renderHtml(report: ShadowReport, options: HtmlOptions = {}): string {
  const j = report.judgement;
  const exampleChars = options.exampleChars ?? 50_000;
  const title = `shadowgate · ${report.service} · ${VERDICT_WORD[j.verdict]}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
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
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function banner(report: ShadowReport): string {
  const j = report.judgement;
  const reasons = j.reasons.length > 0 ? `<ul>${j.reasons.map((r) => `<li>${text(r)}</li>`).join('')}</ul>` : '';
  const inconclusive =
    j.verdict === 'inconclusive' && j.n < j.minSamples
      ? `<p>Only ${plural(j.n, 'pair')} could be compared; ${j.neededSamples !== undefined ? `about <strong>${formatInteger(j.neededSamples)} pairs</strong> are needed to decide` : `at least <strong>${formatInteger(j.minSamples)} pairs</strong> are needed`} (minimum ${formatInteger(j.minSamples)}).</p>`
      : '';
  return [
    `<header class="banner ${j.verdict}">`,
    `<h1>${VERDICT_EMOJI[j.verdict]} ${VERDICT_WORD[j.verdict]} · <code>${text(report.service)}</code></h1>`,
    reasons,
    inconclusive,
    partialNote(report) ? `<p><strong>⏹️ ${text(partialNote(report))}</strong></p>` : '',
    ...(j.divergence ? [`<p><strong>Changed:</strong> ${text(describeDivergence(j.divergence))}</p>`] : []),
    ...(describeFailures(j.failures) ? [`<p><strong>Failed requests:</strong> ${text(describeFailures(j.failures))}</p>`] : []),
    `<p class="muted">${j.answered !== undefined && j.answered < j.n ? `${formatInteger(j.answered)} of ${plural(j.n, 'pair')} had both answers` : `${plural(j.n, 'pair')} compared`} · baseline <code>${text(report.baselineRef)}</code> → candidate <code>${text(report.candidateRef)}</code> · ${escapeHtml(formatNumber(j.confidence * 100))} % intervals, α = ${escapeHtml(formatNumber(j.alpha))}</p>`,
    '</header>',
  ].join('\n');
}

function surfacesSection(report: ShadowReport): string {
  const moved = (report.endpoints ?? [])
    .filter((e) => e.changed)
    .map(
      (e) =>
        `<p><strong>⚠️ ${text(e.role)} endpoint host changed:</strong> <code>${text(e.baseline || 'none')}</code> → <code>${text(e.candidate || 'none')}</code> — allowed by ${text(e.allowedBy)}</p>`,
    )
    .join('\n');
  if (report.surfaces.length === 0) return moved;
  const rows = report.surfaces.map(
    (s) =>
      `<tr><td>${text(s.surface)}</td><td>${s.changed ? 'changed' : 'same'}</td><td><code>${text(s.before)}</code></td><td><code>${text(s.after)}</code></td><td>${idHtml(s.ids)}</td><td>${s.files.map((f) => `<code>${text(f)}</code>`).join('<br>')}</td></tr>`,
  );
  return `<h2>Surfaces</h2>\n${moved ? `${moved}\n` : ''}<table><thead><tr><th>Surface</th><th></th><th>Baseline</th><th>Candidate</th><th>Id</th><th>Files</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** Short content ids, old → new; the full ids in the title. */
function idHtml(ids: { before: string; after: string } | undefined): string {
  if (!ids) return '';
  const code = (id: string) => `<code title="${text(id)}">${text(id.slice(0, 12))}</code>`;
  return ids.before === ids.after ? code(ids.after) : `${code(ids.before)} → ${code(ids.after)}`;
}

function metricsSection(report: ShadowReport): string {
  const j = report.judgement;
  if (j.metrics.length === 0) return '<h2>Metrics</h2>\n<p>No metric was computed.</p>';
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
      `<td>${METRIC_VERDICT_EMOJI[m.verdict]} ${escapeHtml(formatMetricVerdict(m))}</td>`,
    ];
    return `<tr class="${m.verdict}">${cells.join('')}</tr>`;
  });
  const head = `<tr><th>Metric</th><th>n</th><th>Baseline</th><th>Candidate</th><th>Δ / ratio</th><th>${escapeHtml(formatNumber(j.confidence * 100))} % interval</th><th>p</th><th>p (Holm)</th><th>Why</th><th>Verdict</th></tr>`;
  return `<h2>Metrics</h2>\n<table><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

const VERDICT_CLASS: Record<MetricJudgement['verdict'], string> = { pass: 'pass', warn: 'warn', fail: 'fail', nodata: 'other', info: 'other' };

/** Diverging bars with confidence whiskers, one row per metric on a common percent scale. */
export function svgEffectsChart(metrics: readonly MetricJudgement[]): string {
  const points = bySeverity(metrics).flatMap((m) => {
    const e = chartEffect(m);
    return e ? [{ m, e }] : [];
  });
  if (points.length === 0) return '';
  const width = 760;
  const labelWidth = 230;
  const rowHeight = 30;
  const top = 10;
  const plotLeft = labelWidth + 10;
  const plotWidth = width - plotLeft - 60;
  const extent = niceCeiling(Math.max(1, ...points.flatMap((p) => [p.e.value, p.e.low ?? 0, p.e.high ?? 0].map(Math.abs))) * 1.05);
  const x = (v: number): number => plotLeft + ((Math.max(-extent, Math.min(extent, v)) + extent) / (2 * extent)) * plotWidth;
  const height = top + points.length * rowHeight + 30;
  const zero = x(0);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Effect per metric">`,
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
      `<text x="${labelWidth}" y="${y + 19}" text-anchor="end">${text(m.metric.title.length > 36 ? `${m.metric.title.slice(0, 35)}…` : m.metric.title)}</text>`,
    );
    parts.push(
      `<rect class="${VERDICT_CLASS[m.verdict]}" x="${barStart.toFixed(1)}" y="${y + 7}" width="${barWidth.toFixed(1)}" height="16" rx="2"><title>${text(`${m.metric.title}: ${formatEffect(m)} (${formatInterval(m)})`)}</title></rect>`,
    );
    if (e.low !== undefined && e.high !== undefined) {
      const mid = y + 15;
      parts.push(`<line class="whisker" x1="${x(e.low).toFixed(1)}" x2="${x(e.high).toFixed(1)}" y1="${mid}" y2="${mid}"/>`);
      for (const end of [e.low, e.high])
        parts.push(`<line class="whisker" x1="${x(end).toFixed(1)}" x2="${x(end).toFixed(1)}" y1="${mid - 5}" y2="${mid + 5}"/>`);
    }
    parts.push(`<text x="${width - 55}" y="${y + 19}">${escapeHtml(formatNumber(e.value, 3))}</text>`);
  });
  parts.push(`<line class="axis" x1="${zero.toFixed(1)}" x2="${zero.toFixed(1)}" y1="${top}" y2="${height - 24}"/>`);
  parts.push('</svg>');
  return parts.join('\n');
}

function chartSection(metrics: readonly MetricJudgement[]): string {
  const chart = svgEffectsChart(metrics);
  if (chart === '') return '';
  return `<h2>Effects</h2>\n<p class="muted">Candidate vs baseline: % change for latency, tokens and other continuous metrics; percentage points for rates and scores. Whiskers show the confidence interval.</p>\n${chart}`;
}

function replaySection(report: ShadowReport): string {
  const r = report.replay;
  const failedTotal = Object.values(r.failed).reduce((a, b) => a + (b ?? 0), 0);
  const cells = [r.read, r.sampled, r.pairs, r.requests, r.ok, r.retried, failedTotal].map((v) => `<td class="num">${formatInteger(v)}</td>`);
  const classes = Object.entries(r.failed).filter(([, n]) => (n ?? 0) > 0);
  const byClass = classes.length > 0 ? `<p>Failed by class: ${classes.map(([c, n]) => `${text(c)} ${formatInteger(n ?? 0)}`).join(' · ')}</p>` : '';
  return [
    '<h2>Replay</h2>',
    '<table><thead><tr><th>Records read</th><th>Sampled</th><th>Pairs</th><th>Requests</th><th>OK</th><th>Retried</th><th>Failed</th><th>Wall time</th></tr></thead>',
    `<tbody><tr>${cells.join('')}<td class="num">${escapeHtml(formatDuration(r.wallMs))}</td></tr></tbody></table>`,
    byClass,
    cappedScoresNote(report.judgement.metrics) ? `<p>${text(cappedScoresNote(report.judgement.metrics))}</p>` : '',
  ].join('\n');
}

function preformatted(value: string, maxChars: number): string {
  const { html, truncated } = htmlPreformatted(value, maxChars);
  const note = truncated.omitted > 0 ? `\n<p class="note">${escapeHtml(truncationNote(truncated))}; the JSON report has the full text.</p>` : '';
  return `<pre>${html}</pre>${note}`;
}

function example(w: WorstExample, index: number, maxChars: number): string {
  return [
    `<details${index <= 3 ? ' open' : ''}>`,
    `<summary>Example ${index} · ${text(w.metric)} = ${escapeHtml(formatNumber(w.score))} · record <code>${text(w.recordId)}</code> (line ${formatInteger(w.line)})</summary>`,
    '<h3>Request</h3>',
    preformatted(w.request, maxChars),
    '<div class="side">',
    `<div><h3>Baseline</h3>${preformatted(w.baseline, maxChars)}</div>`,
    `<div><h3>Candidate</h3>${preformatted(w.candidate, maxChars)}</div>`,
    '</div>',
    exampleJudgeHtml(w),
    '</details>',
  ].join('\n');
}

function examplesSection(worst: readonly WorstExample[], maxChars: number): string {
  if (worst.length === 0) return '<h2>Worst examples</h2>\n<p>None: no pair diverged.</p>';
  return `<h2>Worst examples (${worst.length})</h2>\n${worst.map((w, i) => example(w, i + 1, maxChars)).join('\n')}`;
}

function footer(report: ShadowReport): string {
  const runUrl = safeUrl(report.runUrl);
  const run = runUrl ? ` · <a href="${escapeHtml(runUrl)}" rel="noopener noreferrer">workflow run</a>` : '';
  return `<footer><p class="muted">shadowgate · generated ${text(report.generatedAt)}${run}</p></footer>`;
}
