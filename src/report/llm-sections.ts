// Report sections of the LLM metrics: the judge model's preferences with its reasons, and every gated
// metric per prompt-token bucket and per segment. Every string that did not come from this file goes
// through ./inert.ts, as in the rest of the Markdown report.

import type { ShadowReport, WorstExample } from '../types.ts';
import type { SplitReport } from '../judge/splits.ts';
import { METRIC_VERDICT_EMOJI, formatEffect, formatInteger, formatInterval, formatNumber, formatValue } from './format.ts';
import { escapeHtml, markdownCode, markdownText, stripUnsafeCharacters } from './inert.ts';

interface JudgeDetails {
  rubric?: string;
  order?: string;
  preferred?: { baseline: number; candidate: number; tie: number };
  judgeFailures?: Record<string, number>;
  skipped?: Record<string, number>;
  firstPositionShare?: number | null;
  examples?: Array<{ recordId: string; line: number; reasons: string[] }>;
}

function counts(record: Record<string, number> | undefined): string {
  const entries = Object.entries(record ?? {}).filter(([, n]) => n > 0);
  return entries.map(([k, n]) => `${markdownText(k, { maxChars: 40 })} ${formatInteger(n)}`).join(' · ');
}

function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|\\*_`[\]]/g, (c) => `\\${c}`);
}

/** `#### Judge model`: per rubric, who showed it more, the net share with its interval, and the judge's reasons. */
export function judgeSection(report: ShadowReport): string {
  const rows = report.judgement.metrics.filter((m) => m.metric.id.startsWith('judge.'));
  if (rows.length === 0) return '';
  const confidence = formatNumber(report.judgement.confidence * 100);
  const lines = [
    '#### Judge model',
    '',
    `| Rubric | Judged pairs | Candidate more | Baseline more | Tie | Net share (${confidence} % interval) | Verdict |`,
    '|---|--:|--:|--:|--:|--:|---|',
  ];
  const notes: string[] = [];
  for (const m of rows) {
    const d = (m.metric.details ?? {}) as JudgeDetails;
    const p = d.preferred ?? { baseline: 0, candidate: 0, tie: 0 };
    const net = m.effect !== undefined ? `${cell(formatEffect(m))} (${cell(formatInterval(m))})` : '—';
    lines.push(
      `| ${markdownText(d.rubric ?? m.metric.title, { maxChars: 100 })} ${markdownCode(m.metric.id, { inTable: true, maxChars: 60 })} | ${formatInteger(m.metric.n)} | ${formatInteger(p.candidate)} | ${formatInteger(p.baseline)} | ${formatInteger(p.tie)} | ${net} | ${METRIC_VERDICT_EMOJI[m.verdict]} ${m.verdict} |`,
    );
    const extra: string[] = [];
    if (counts(d.judgeFailures)) extra.push(`judge failures: ${counts(d.judgeFailures)}`);
    if (counts(d.skipped)) extra.push(`not judged (budget): ${counts(d.skipped)}`);
    if (typeof d.firstPositionShare === 'number')
      extra.push(
        `answer A picked in ${formatNumber(d.firstPositionShare * 100)} % of decided votes (${d.order === 'random' ? 'order drawn per pair' : 'both orders asked'}, which cancels position bias)`,
      );
    if (extra.length) notes.push(`- ${markdownCode(m.metric.id, { maxChars: 60 })}: ${extra.join('; ')}`);
    for (const example of d.examples ?? []) {
      const reasons = example.reasons.map((r) => `“${markdownText(r, { maxChars: 300 })}”`).join(' / ') || '(no reason given)';
      notes.push(
        `- ${markdownCode(m.metric.id, { maxChars: 60 })} record ${markdownCode(example.recordId, { maxChars: 60 })} (line ${formatInteger(example.line)}): ${reasons}`,
      );
    }
  }
  if (notes.length) lines.push('', ...notes);
  return lines.join('\n');
}

function splitTitle(split: SplitReport): string {
  return split.by === 'prompt-tokens'
    ? '#### By prompt length (prompt tokens of the baseline answer)'
    : `#### By segment (${markdownCode(split.field ?? '', { maxChars: 60 })})`;
}

function splitCell(m: SplitReport['groups'][number]['cells'][number]): string {
  const interval = m.interval
    ? ` [${formatValue(m.unit === 'rate' ? 'delta' : m.unit, m.interval[0])}, ${formatValue(m.unit === 'rate' ? 'delta' : m.unit, m.interval[1])}]`
    : '';
  const effect = m.effectLabel ?? (m.candidate !== undefined ? formatValue(m.unit, m.candidate) : '—');
  return `${METRIC_VERDICT_EMOJI[m.verdict]} ${cell(`${effect}${m.unit === 'rate' ? '' : interval}`)}`;
}

/** One table per split: a row per metric, a column per group with enough pairs. */
export function splitsSection(report: ShadowReport): string {
  const sections: string[] = [];
  for (const split of report.splits ?? []) {
    const shown = split.groups.filter((g) => g.shown);
    const hidden = split.groups.filter((g) => !g.shown);
    const lines = [splitTitle(split), ''];
    if (shown.length === 0) {
      lines.push(`No group has ${formatInteger(split.minPairs)} pairs yet.`);
    } else {
      lines.push(
        `| Metric | ${shown.map((g) => `${markdownText(g.label, { maxChars: 40 })} (${formatInteger(g.pairs)})`).join(' | ')} |`,
        `|---|${shown.map(() => '--:|').join('')}`,
      );
      const metricIds = [...new Set(shown.flatMap((g) => g.cells.map((c) => c.metric)))];
      for (const id of metricIds) {
        const cells = shown.map((g) => {
          const c = g.cells.find((x) => x.metric === id);
          return c ? splitCell(c) : '—';
        });
        lines.push(`| ${markdownCode(id, { inTable: true, maxChars: 60 })} | ${cells.join(' | ')} |`);
      }
    }
    if (hidden.length)
      lines.push(
        '',
        `Fewer than ${formatInteger(split.minPairs)} pairs, not shown: ${hidden.map((g) => `${markdownText(g.label, { maxChars: 40 })} (${formatInteger(g.pairs)})`).join(' · ')}`,
      );
    lines.push('', '_Per-group verdicts are exploratory (many comparisons); the verdict above is over all pairs._');
    sections.push(lines.join('\n'));
  }
  return sections.join('\n\n');
}

/** The judge's verdicts on one worst example, as Markdown lines. */
export function exampleJudgeLines(w: WorstExample): string[] {
  if (!w.judge?.length) return [];
  const lines = ['**Judge model**', ''];
  for (const v of w.judge) {
    const who = v.preferred === 'tie' ? 'tie' : `${v.preferred} shows it more`;
    const reasons = v.reasons.map((r) => `“${markdownText(r, { maxChars: 300 })}”`).join(' / ');
    lines.push(`- ${markdownCode(v.rubric, { maxChars: 60 })}: ${who}${reasons ? ` — ${reasons}` : ''}`);
  }
  lines.push('');
  return lines;
}

// ───────────── HTML ─────────────

function html(value: string): string {
  return escapeHtml(stripUnsafeCharacters(value));
}

/** The judge-model table and its example reasons, for the HTML report. */
export function judgeSectionHtml(report: ShadowReport): string {
  const rows = report.judgement.metrics.filter((m) => m.metric.id.startsWith('judge.'));
  if (rows.length === 0) return '';
  const body: string[] = [];
  const notes: string[] = [];
  for (const m of rows) {
    const d = (m.metric.details ?? {}) as JudgeDetails;
    const p = d.preferred ?? { baseline: 0, candidate: 0, tie: 0 };
    body.push(
      `<tr class="${m.verdict}"><td>${html(d.rubric ?? m.metric.title)}<br><code class="muted">${html(m.metric.id)}</code></td><td class="num">${formatInteger(m.metric.n)}</td><td class="num">${formatInteger(p.candidate)}</td><td class="num">${formatInteger(p.baseline)}</td><td class="num">${formatInteger(p.tie)}</td><td class="num">${m.effect !== undefined ? `${html(formatEffect(m))} (${html(formatInterval(m))})` : '—'}</td><td>${METRIC_VERDICT_EMOJI[m.verdict]} ${m.verdict}</td></tr>`,
    );
    const failures = Object.entries(d.judgeFailures ?? {})
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    const skipped = Object.entries(d.skipped ?? {})
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    const bias = typeof d.firstPositionShare === 'number' ? `answer A picked in ${formatNumber(d.firstPositionShare * 100)} % of decided votes` : '';
    const line = [failures && `judge failures: ${failures}`, skipped && `not judged (budget): ${skipped}`, bias].filter(Boolean).join('; ');
    if (line) notes.push(`<li><code>${html(m.metric.id)}</code>: ${html(line)}</li>`);
    for (const e of d.examples ?? []) {
      notes.push(
        `<li><code>${html(m.metric.id)}</code> record <code>${html(e.recordId)}</code> (line ${formatInteger(e.line)}): ${e.reasons.map((r) => `“${html(r)}”`).join(' / ') || 'no reason given'}</li>`,
      );
    }
  }
  return [
    '<h2>Judge model</h2>',
    `<table><thead><tr><th>Rubric</th><th>Judged pairs</th><th>Candidate more</th><th>Baseline more</th><th>Tie</th><th>Net share (interval)</th><th>Verdict</th></tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`,
    notes.length ? `<ul>${notes.join('\n')}</ul>` : '',
  ].join('\n');
}

/** The split tables, for the HTML report. */
export function splitsSectionHtml(report: ShadowReport): string {
  const out: string[] = [];
  for (const split of report.splits ?? []) {
    const shown = split.groups.filter((g) => g.shown);
    const hidden = split.groups.filter((g) => !g.shown);
    out.push(split.by === 'prompt-tokens' ? '<h2>By prompt length</h2>' : `<h2>By segment (<code>${html(split.field ?? '')}</code>)</h2>`);
    if (shown.length === 0) out.push(`<p>No group has ${formatInteger(split.minPairs)} pairs yet.</p>`);
    else {
      const ids = [...new Set(shown.flatMap((g) => g.cells.map((c) => c.metric)))];
      const rows = ids.map((id) => {
        const cells = shown.map((g) => {
          const c = g.cells.find((x) => x.metric === id);
          return c
            ? `<td class="num">${METRIC_VERDICT_EMOJI[c.verdict]} ${html(c.effectLabel ?? formatValue(c.unit, c.candidate))}</td>`
            : '<td class="num">—</td>';
        });
        return `<tr><td><code>${html(id)}</code></td>${cells.join('')}</tr>`;
      });
      out.push(
        `<table><thead><tr><th>Metric</th>${shown.map((g) => `<th>${html(g.label)} (${formatInteger(g.pairs)})</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
      );
    }
    if (hidden.length)
      out.push(
        `<p class="muted">Fewer than ${formatInteger(split.minPairs)} pairs, not shown: ${hidden.map((g) => `${html(g.label)} (${formatInteger(g.pairs)})`).join(' · ')}</p>`,
      );
    out.push('<p class="note">Per-group verdicts are exploratory (many comparisons); the verdict is over all pairs.</p>');
  }
  return out.join('\n');
}

/** The judge's verdicts on one worst example, for the HTML report. */
export function exampleJudgeHtml(w: WorstExample): string {
  if (!w.judge?.length) return '';
  const items = w.judge.map(
    (v) =>
      `<li><code>${html(v.rubric)}</code>: ${v.preferred === 'tie' ? 'tie' : `${v.preferred} shows it more`}${v.reasons.length ? ` — ${v.reasons.map((r) => `“${html(r)}”`).join(' / ')}` : ''}</li>`,
  );
  return `<h3>Judge model</h3>\n<ul>${items.join('')}</ul>`;
}
