// The Markdown report: the sticky PR comment and the job summary. Verdict first, then what changed,
// the metric table, a chart GitHub draws inline, replay accounting, and the worst examples. Every
// string that did not come from this file goes through ./inert.ts; the body is capped to a size by
// dropping whole sections (examples first, then details), so no fence or tag is ever cut open.

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
import { exampleJudgeLines, judgeSection, splitsSection } from './llm-sections.ts';
import { htmlText, markdownCode, markdownCodeBlock, markdownText, safeUrl, truncationNote } from './inert.ts';
import { idCell, versioningSection } from './versioning-section.ts';

export interface MarkdownOptions {
  /**
   * The hidden marker that identifies our comment, e.g. `<!-- shadowgate:comment service=api -->`.
   * Given without the `<!-- … -->` wrapper it is wrapped. It is the only HTML comment in the body.
   */
  marker: string;
  /** Cap on the body length in UTF-16 code units, which GitHub's character limit never undercounts. */
  maxChars?: number;
  /** Optional cap in UTF-8 bytes as well (the job summary's limit is 1 MiB of bytes). */
  maxBytes?: number;
  /** Where the complete report lives (artifact, HTML); linked from the truncation note. */
  fullReportUrl?: string;
  /** Characters shown per request/baseline/candidate text of an example (default 1,500). */
  exampleChars?: number;
}

/** GitHub rejects comment bodies above 65,536 characters; keep a margin for the API's own counting. */
export const DEFAULT_MAX_CHARS = 65_000;
/** Below this the verdict, marker and note could not be guaranteed to fit. */
export const MIN_MAX_CHARS = 6_000;

/** Validates and normalises the marker into one `<!-- … -->` line. Throws on a marker that could break out. */
export function markerLine(marker: string): string {
  const line = marker.trim().startsWith('<!--') ? marker.trim() : `<!-- ${marker.trim()} -->`;
  const inner = line.slice(4, -3);
  // HTML ends a comment at `-->` or `--!>`, and `<!-->` / `<!--->` are empty comments.
  const breaksOut = inner.includes('-->') || inner.includes('--!>') || /^-?>/.test(inner);
  if (!line.endsWith('-->') || line.length < 7 || /[\n\r]/.test(line) || breaksOut || line.length > 200) {
    throw new Error(`report marker must be one short HTML comment line: ${JSON.stringify(marker)}`);
  }
  return line;
}

interface Part {
  /** What the truncation note calls this part when it is left out. */
  label: string;
  /**
   * Order of sacrifice once every example is gone: the lowest goes first. Details (reasons, chart)
   * go before anything else; the verdict itself is never dropped.
   */
  keep: number;
  text: string;
}

const NEVER_DROPPED = Number.POSITIVE_INFINITY;

export function renderMarkdown(report: ShadowReport, options: MarkdownOptions): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (maxChars < MIN_MAX_CHARS) throw new RangeError(`maxChars must be at least ${MIN_MAX_CHARS}, got ${maxChars}`);
  const fits = (body: string): boolean => body.length <= maxChars && (options.maxBytes === undefined || Buffer.byteLength(body, 'utf8') <= options.maxBytes);

  const marker = markerLine(options.marker);
  const fullReportUrl = safeUrl(options.fullReportUrl);
  const runUrl = safeUrl(report.runUrl);
  const exampleChars = options.exampleChars ?? 1_500;

  const parts: Part[] = [
    { label: 'the verdict', keep: NEVER_DROPPED, text: headline(report) },
    { label: 'the changed surfaces', keep: 4, text: surfacesSection(report) },
    { label: 'the versions', keep: 4, text: versioningSection(report) },
    { label: 'the metric table', keep: 5, text: metricsSection(report) },
    { label: 'the per-metric reasons', keep: 2, text: reasonsSection(report) },
    { label: 'the judge model section', keep: 4, text: judgeSection(report) },
    { label: 'the split tables', keep: 2, text: splitsSection(report) },
    { label: 'the effects chart', keep: 1, text: chartSection(report) },
    { label: 'the replay accounting', keep: 3, text: replaySection(report) },
  ].filter((p) => p.text !== '');
  const examples = report.worst.map((w, i) => exampleSection(w, i + 1, exampleChars));
  const footerText = footer(report, runUrl);

  let exampleCount = examples.length;
  let kept = parts;
  const compose = (): string => {
    const leftOut: string[] = [];
    if (exampleCount < examples.length) {
      leftOut.push(exampleCount === 0 ? `all ${examples.length} worst examples` : `${examples.length - exampleCount} of ${examples.length} worst examples`);
    }
    for (const p of parts) if (!kept.includes(p)) leftOut.push(p.label);
    const blocks = [marker, ...kept.map((p) => p.text)];
    if (exampleCount > 0) blocks.push(examplesHeading(exampleCount, examples.length), ...examples.slice(0, exampleCount));
    if (leftOut.length > 0) blocks.push(truncationNoteBlock(leftOut, maxChars, fullReportUrl ?? runUrl));
    blocks.push(footerText);
    return `${blocks.join('\n\n')}\n`;
  };

  // Whole sections only, so no fence or tag is ever left open: the least bad examples go first,
  // then the rest in the order of `keep`.
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

function headline(report: ShadowReport): string {
  const j = report.judgement;
  const title = `### ${VERDICT_EMOJI[j.verdict]} Shadowgate: ${VERDICT_WORD[j.verdict]} for ${markdownCode(report.service, { maxChars: 100 })}`;
  // The judge's reasons start with the verdict word ("FAIL (critical) …"), which the line already shows.
  const reason = (j.reasons[0] ?? defaultReason(report)).replace(new RegExp(`^${VERDICT_WORD[j.verdict]}:?\\s+`), '');
  const more = j.reasons.length > 1 ? ` (+${plural(j.reasons.length - 1, 'more reason', 'more reasons')})` : '';
  const separator = reason.startsWith('(') ? ' ' : ': '; // "FAIL (critical) …" reads on without a colon
  const lines = [title, '', `**${VERDICT_WORD[j.verdict]}**${separator}${markdownText(reason, { maxChars: 300 })}${more}`];
  // Inconclusive for too few pairs (rather than a critical gate without data): say how many would do.
  if (j.verdict === 'inconclusive' && j.n < j.minSamples) {
    const needed =
      j.neededSamples !== undefined
        ? `about **${formatInteger(j.neededSamples)} pairs** are needed to decide`
        : `at least **${formatInteger(j.minSamples)} pairs** are needed`;
    lines.push('', `Only ${plural(j.n, 'pair')} could be compared; ${needed} (minimum ${formatInteger(j.minSamples)}).`);
  }
  const partial = partialNote(report);
  if (partial) lines.push('', `> ⏹️ **${markdownText(partial, { maxChars: 400 })}**`);
  // How much the candidate changed stands beside the verdict: a PASS can still be a different model.
  const changed = describeDivergence(j.divergence);
  if (changed) lines.push('', `**Changed:** ${markdownText(changed, { maxChars: 200 })}`);
  const failed = describeFailures(j.failures);
  if (failed) lines.push('', `**Failed requests:** ${markdownText(failed, { maxChars: 300 })}`);
  lines.push(
    '',
    `${j.answered !== undefined && j.answered < j.n ? `${formatInteger(j.answered)} of ${plural(j.n, 'pair')} had both answers` : `${plural(j.n, 'pair')} compared`} · baseline ${markdownCode(report.baselineRef, { maxChars: 80 })} → candidate ${markdownCode(report.candidateRef, { maxChars: 80 })} · ${formatNumber(j.confidence * 100)} % intervals, α = ${formatNumber(j.alpha)}`,
  );
  return lines.join('\n');
}

function defaultReason(report: ShadowReport): string {
  const j = report.judgement;
  const failing = j.metrics.filter((m) => m.verdict === 'fail' || m.verdict === 'warn');
  if (failing.length > 0) return failing.map((m) => `${m.metric.title}: ${m.reason}`).join('; ');
  if (j.verdict === 'inconclusive') return 'Too few pairs to decide.';
  if (j.verdict === 'error') return 'Too few pairs had both answers to compare.';
  return 'No gated metric moved beyond its tolerance.';
}

function surfacesSection(report: ShadowReport): string {
  const changed = report.surfaces.filter((s) => s.changed);
  const unchanged = report.surfaces.filter((s) => !s.changed).map((s) => (s.ids ? `${markdownText(s.surface)} ${idCell(s.ids)}` : markdownText(s.surface)));
  const lines = ['#### What changed'];
  for (const e of (report.endpoints ?? []).filter((e) => e.changed)) {
    lines.push(
      '',
      `**⚠️ ${markdownText(e.role)} endpoint host changed:** ${markdownCode(e.baseline || 'none', { maxChars: 120 })} → ${markdownCode(e.candidate || 'none', { maxChars: 120 })} — allowed by ${markdownText(e.allowedBy)}`,
    );
  }
  if (changed.length === 0) {
    lines.push('', 'No surface changed between baseline and candidate.');
  } else {
    // Content ids (old → new) when the report carries them.
    const ids = changed.some((s) => s.ids);
    lines.push('', `| Surface | Baseline | Candidate |${ids ? ' Id |' : ''} Files |`, `|---|---|---|${ids ? '---|' : ''}---|`);
    for (const s of changed) {
      const files = s.files.slice(0, 5).map((f) => markdownCode(f, { inTable: true, maxChars: 80 }));
      if (s.files.length > 5) files.push(`+${s.files.length - 5} more`);
      lines.push(
        `| ${markdownText(s.surface)} | ${markdownCode(s.before, { inTable: true, maxChars: 120 })} | ${markdownCode(s.after, { inTable: true, maxChars: 120 })} |${ids ? ` ${idCell(s.ids)} |` : ''} ${files.join(' ') || '—'} |`,
      );
    }
  }
  if (unchanged.length > 0) lines.push('', `Unchanged: ${unchanged.join(', ')}.`);
  return lines.join('\n');
}

function metricsSection(report: ShadowReport): string {
  const j = report.judgement;
  if (j.metrics.length === 0) return '#### Metrics\n\nNo metric was computed.';
  const lines = [
    '#### Metrics',
    '',
    `| Metric | Baseline | Candidate | Δ / ratio | ${formatNumber(j.confidence * 100)} % interval | p (Holm) | Verdict |`,
    '|---|--:|--:|--:|--:|--:|---|',
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
      `${METRIC_VERDICT_EMOJI[m.verdict]} ${formatMetricVerdict(m)}`,
    ];
    lines.push(`| ${row.map((cell, i) => (i === 0 ? cell : formattedCell(cell))).join(' | ')} |`);
  }
  // What this run could have seen: a pass below these sizes says little about smaller regressions.
  const detectable = bySeverity(j.metrics).filter((m) => m.detectable);
  if (detectable.length > 0) {
    lines.push(
      '',
      `Smallest regression found with power 0.8 at this n: ${detectable.map((m) => `${markdownText(m.metric.id)} ${markdownText(m.detectable!.label)}`).join(' · ')}`,
    );
  }
  const otherN = j.metrics.filter((m) => m.metric.n !== j.n);
  if (otherN.length > 0) {
    lines.push(
      '',
      `Pairs per metric where not all ${formatInteger(j.n)} counted: ${otherN.map((m) => `${markdownText(m.metric.id)} ${formatInteger(m.metric.n)}`).join(' · ')}`,
    );
  }
  return lines.join('\n');
}

/** Our own formatted numbers (`<0.001`, `×1.2 … ×1.4`): only the characters that would be markup. */
function formattedCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|\\*_`[\]]/g, (c) => `\\${c}`);
}

function reasonsSection(report: ShadowReport): string {
  const extraReasons = report.judgement.reasons.slice(1);
  // The judge repeats failing metrics' reasons in its own list; show each once.
  const notable = bySeverity(report.judgement.metrics).filter(
    (m) => m.verdict !== 'pass' && m.verdict !== 'info' && !report.judgement.reasons.some((r) => m.reason !== '' && r.endsWith(m.reason)),
  );
  if (notable.length === 0 && extraReasons.length === 0) return '';
  const lines = ['#### Why'];
  lines.push('');
  for (const r of extraReasons) lines.push(`- ${markdownText(r, { maxChars: 400 })}`);
  for (const m of notable) {
    lines.push(`- ${METRIC_VERDICT_EMOJI[m.verdict]} **${markdownText(m.metric.title, { maxChars: 80 })}**: ${markdownText(m.reason, { maxChars: 400 })}`);
  }
  return lines.join('\n');
}

/** Mermaid labels: letters, digits and a little punctuation; quotes or brackets would end the label. */
function mermaidLabel(text: string): string {
  // `%%` starts a Mermaid comment anywhere on a line, so `%` is dropped too.
  const clean = text
    .replace(/[^\p{L}\p{N} ._/+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return (chars.length > 28 ? `${chars.slice(0, 27).join('')}…` : clean) || '?';
}

/**
 * A horizontal `xychart-beta` bar chart of each metric's effect in percent (points for rates and
 * scores), signed so that bars point the way the candidate moved the metric.
 */
export function mermaidEffectsChart(metrics: readonly MetricJudgement[]): string {
  const points = bySeverity(metrics)
    .map((m) => ({ m, e: chartEffect(m) }))
    .filter((p): p is { m: MetricJudgement; e: NonNullable<ReturnType<typeof chartEffect>> } => p.e !== undefined)
    .slice(0, 20);
  if (points.length === 0) return '';
  const largest = Math.max(1, ...points.map((p) => Math.abs(p.e.value)));
  const bound = niceCeiling(largest * 1.1);
  const labels = points.map((p) => `"${mermaidLabel(p.m.metric.title)}"`).join(', ');
  const values = points.map((p) => Number(p.e.value.toFixed(2))).join(', ');
  return [
    '```mermaid',
    'xychart-beta horizontal',
    '    title "Candidate vs baseline (% change, points for rates and scores)"',
    `    x-axis [${labels}]`,
    `    y-axis "change" ${-bound} --> ${bound}`,
    `    bar [${values}]`,
    '```',
  ].join('\n');
}

function chartSection(report: ShadowReport): string {
  const chart = mermaidEffectsChart(report.judgement.metrics);
  return chart === '' ? '' : `#### Effects\n\n${chart}`;
}

function replaySection(report: ShadowReport): string {
  const r = report.replay;
  const failedTotal = Object.values(r.failed).reduce((a, b) => a + (b ?? 0), 0);
  const lines = [
    '#### Replay',
    '',
    '| Records read | Sampled | Pairs | Requests | OK | Retried | Failed | Wall time |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|',
    `| ${[r.read, r.sampled, r.pairs, r.requests, r.ok, r.retried, failedTotal].map(formatInteger).join(' | ')} | ${formatDuration(r.wallMs)} |`,
  ];
  const classes = Object.entries(r.failed).filter(([, n]) => (n ?? 0) > 0);
  if (classes.length > 0) {
    lines.push('', `Failed by class: ${classes.map(([c, n]) => `${markdownText(c)} ${formatInteger(n ?? 0)}`).join(' · ')}`);
  }
  const capped = cappedScoresNote(report.judgement.metrics);
  if (capped) lines.push('', markdownText(capped, { maxChars: 600 }));
  return lines.join('\n');
}

function examplesHeading(shown: number, total: number): string {
  const count = shown === total ? `${total}` : `${shown} of ${total}`;
  return `#### Worst examples (${count})`;
}

function fencedText(text: string, maxChars: number): string {
  const { block, truncated } = markdownCodeBlock(text, maxChars);
  return truncated.omitted > 0 ? `${block}\n\n_${markdownText(truncationNote(truncated), { maxChars: 200 })}_` : block;
}

function exampleSection(w: WorstExample, index: number, maxChars: number): string {
  // "Example 1", never "#1": that would link issue 1.
  const summary = `Example ${index} · ${htmlText(w.metric, { maxChars: 60 })} = ${htmlText(formatNumber(w.score))} · record ${htmlText(w.recordId, { maxChars: 60 })} (line ${formatInteger(w.line)})`;
  return [
    '<details>',
    `<summary>${summary}</summary>`,
    '',
    '**Request**',
    '',
    fencedText(w.request, maxChars),
    '',
    '<table>',
    '<tr><th>Baseline</th><th>Candidate</th></tr>',
    '<tr><td>',
    '',
    fencedText(w.baseline, maxChars),
    '',
    '</td><td>',
    '',
    fencedText(w.candidate, maxChars),
    '',
    '</td></tr>',
    '</table>',
    '',
    ...exampleJudgeLines(w),
    '</details>',
  ].join('\n');
}

function truncationNoteBlock(leftOut: string[], maxChars: number, link: string | undefined): string {
  const list = leftOut.length === 1 ? leftOut[0] : `${leftOut.slice(0, -1).join(', ')} and ${leftOut.at(-1)}`;
  const where = link ? ` [See the full report](${link}).` : ' The JSON and HTML reports have everything.';
  return `> ✂️ **Shortened to fit ${formatInteger(maxChars)} characters:** left out ${list}.${where}`;
}

function footer(report: ShadowReport, runUrl: string | undefined): string {
  const generated = markdownText(report.generatedAt, { maxChars: 40 });
  const run = runUrl ? ` · [workflow run](${runUrl})` : '';
  return `<sub>shadowgate · generated ${generated}${run}</sub>`;
}
