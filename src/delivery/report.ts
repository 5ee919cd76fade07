// One rung's verdict as Markdown (job summary, PR or deployment comment) and JSON, in the PR report's
// verdict vocabulary: pass, warn, fail, inconclusive; per metric pass, warn, fail, nodata.
import type { AdvanceResult } from './ladder.ts';

const ICON: Record<string, string> = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '⏸️', nodata: '⏸️' };

function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  return abs !== 0 && (abs >= 1000 || abs < 0.001) ? value.toPrecision(3) : String(Number(value.toFixed(4)));
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderRungMarkdown(service: string, result: AdvanceResult): string {
  const { state } = result;
  const lines = [`### Canary ${service}: ${state.candidate} ${result.outcome}`, ''];
  const rungs = state.rungs.map((w, i) => {
    const verdict = [...state.verdicts].reverse().find((v) => v.rung === i)?.verdict;
    return `${verdict ? ICON[verdict] : '·'} ${w}%`;
  });
  lines.push(`Ladder: ${rungs.join(' → ')} → flip`, '', `**${result.outcome}** — ${cell(result.reason)}`, '');
  if (result.judgement) {
    lines.push(
      `Rung ${result.rung + 1} (${state.rungs[result.rung]}%): **${result.judgement.verdict.toUpperCase()}**`,
      '',
      '| metric | verdict | stable median | candidate median | shift (CI) | p | points (stable / candidate) |',
      '|---|---|---|---|---|---|---|',
    );
    for (const m of result.judgement.metrics) {
      const shift = m.shift ? `${num(m.shift.estimate)} [${num(m.shift.interval[0])}, ${num(m.shift.interval[1])}]` : '—';
      lines.push(`| ${m.name}${m.critical ? ' (critical)' : ''} | ${ICON[m.verdict]} ${m.verdict} | ${num(m.stable.median)} | ${num(m.candidate.median)} | ${shift} | ${m.pValue === undefined ? '—' : m.pValue.toPrecision(2)} | ${m.stable.n} / ${m.candidate.n} |`);
    }
    const nodata = result.judgement.metrics.filter((m) => m.verdict === 'nodata');
    if (nodata.length) lines.push('', ...nodata.map((m) => `- ${m.name}: ${cell(m.reason)}`));
  }
  return `${lines.join('\n')}\n`;
}
