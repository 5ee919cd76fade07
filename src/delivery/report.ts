// One rung's verdict as Markdown (job summary, PR or deployment comment) and JSON, in the PR report's
// verdict vocabulary: pass, warn, fail, inconclusive; per metric pass, warn, fail, nodata.
import { escapeHtml, markdownText } from '../report/inert.ts';
import { rungLabel, type AdvanceResult, type LadderState } from './ladder.ts';
import { describeSurfaceChange, type SurfaceChange } from '../versioning/surface-changes.ts';

/** Ids come from annotations anyone with edit rights can write: rendered inert. */
function surfacesLine(surfaces: readonly SurfaceChange[] | undefined): string | undefined {
  if (!surfaces?.length) return undefined;
  return `Surfaces (stable → candidate): ${surfaces.map(describeSurfaceChange).join(' · ')}`;
}

const ICON: Record<string, string> = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '⏸️', nodata: '⏸️' };

function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  return abs !== 0 && (abs >= 1000 || abs < 0.001) ? value.toPrecision(3) : String(Number(value.toFixed(4)));
}

/** Reasons carry text from Prometheus and the route: inert in Markdown (no markup, links or pings). */
function cell(text: string): string {
  return markdownText(text, { maxChars: 600 });
}

/**
 * What the judged rung compared: on a segment rung, the candidate serves only the segments reached so far,
 * so its metrics are those segments' traffic against the stable slot.
 */
export function judgedTraffic(state: LadderState, rung: number): string | undefined {
  const segments = state.rungs.slice(0, rung + 1).filter((s): s is string => typeof s === 'string');
  if (segments.length === 0) return undefined;
  const rest = typeof state.rungs[rung] === 'number' ? ` and ${state.rungs[rung]}% of all other requests` : ' only';
  return `candidate = requests of segment${segments.length > 1 ? 's' : ''} ${segments.join(', ')}${rest}; stable = everything else`;
}

export function renderRungMarkdown(service: string, result: AdvanceResult): string {
  const { state } = result;
  const lines = [`### Canary ${service}: ${state.candidate} ${result.outcome}`, ''];
  const rungs = state.rungs.map((w, i) => {
    const verdict = [...state.verdicts].reverse().find((v) => v.rung === i)?.verdict;
    return `${verdict ? ICON[verdict] : '·'} ${rungLabel(w)}`;
  });
  lines.push(`Ladder: ${rungs.join(' → ')} → flip`, '');
  const surfaces = surfacesLine(result.surfaces);
  if (surfaces) lines.push(cell(surfaces), '');
  lines.push(`**${result.outcome}** — ${cell(result.reason)}`, '');
  if (result.judgement) {
    lines.push(
      `Rung ${result.rung + 1} (${cell(rungLabel(state.rungs[result.rung]))}): **${result.judgement.verdict.toUpperCase()}**`,
      '',
      ...(judgedTraffic(state, result.rung) ? [`Judged: ${cell(judgedTraffic(state, result.rung)!)}`, ''] : []),
      '| metric | verdict | stable median | candidate median | shift (CI) | p | points (stable / candidate) |',
      '|---|---|---|---|---|---|---|',
    );
    for (const m of result.judgement.metrics) {
      const shift = m.shift ? `${num(m.shift.estimate)} [${num(m.shift.interval[0])}, ${num(m.shift.interval[1])}]` : '—';
      lines.push(
        `| ${m.name}${m.critical ? ' (critical)' : ''} | ${ICON[m.verdict]} ${m.verdict} | ${num(m.stable.median)} | ${num(m.candidate.median)} | ${shift} | ${m.pValue === undefined ? '—' : m.pValue.toPrecision(2)} | ${m.stable.n} / ${m.candidate.n} |`,
      );
    }
    const nodata = result.judgement.metrics.filter((m) => m.verdict === 'nodata');
    if (nodata.length) lines.push('', ...nodata.map((m) => `- ${m.name}: ${cell(m.reason)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The same verdict as a self-contained HTML page (no scripts, no external resources). */
export function renderRungHtml(service: string, result: AdvanceResult): string {
  const { state } = result;
  const rows = (result.judgement?.metrics ?? []).map((m) => {
    const shift = m.shift ? `${num(m.shift.estimate)} [${num(m.shift.interval[0])}, ${num(m.shift.interval[1])}]` : '—';
    const cells = [
      `${m.name}${m.critical ? ' (critical)' : ''}`,
      `${ICON[m.verdict]} ${m.verdict}`,
      num(m.stable.median),
      num(m.candidate.median),
      shift,
      m.pValue === undefined ? '—' : m.pValue.toPrecision(2),
      `${m.stable.n} / ${m.candidate.n}`,
      m.reason,
    ];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
  });
  const ladder = state.rungs
    .map((w, i) => {
      const verdict = [...state.verdicts].reverse().find((v) => v.rung === i)?.verdict;
      return `${verdict ? ICON[verdict] : '·'} ${rungLabel(w)}`;
    })
    .join(' → ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Canary ${escapeHtml(service)}: ${escapeHtml(result.outcome)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style></head>
<body><h1>Canary ${escapeHtml(service)}: ${escapeHtml(state.candidate)} ${escapeHtml(result.outcome)}</h1>
<p>Ladder: ${escapeHtml(ladder)} → flip</p>
${
  surfacesLine(result.surfaces)
    ? `<p>${escapeHtml(surfacesLine(result.surfaces)!)}</p>
`
    : ''
}<p><strong>${escapeHtml(result.outcome)}</strong> — ${escapeHtml(result.reason)}</p>
${
  result.judgement
    ? `<h2>Rung ${result.rung + 1} (${escapeHtml(rungLabel(state.rungs[result.rung]))}): ${escapeHtml(result.judgement.verdict.toUpperCase())}</h2>
${
  judgedTraffic(state, result.rung)
    ? `<p>Judged: ${escapeHtml(judgedTraffic(state, result.rung)!)}</p>
`
    : ''
}<table><thead><tr><th>metric</th><th>verdict</th><th>stable median</th><th>candidate median</th><th>shift (CI)</th><th>p</th><th>points (stable / candidate)</th><th>why</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`
    : ''
}
</body></html>
`;
}
