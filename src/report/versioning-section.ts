// The report's versioning section: whether the model is pinned, and for each tool that changed its
// compatibility class, the level it must meet, what the replayed calls showed, and — when it falls
// short — the migration path. Every outside string goes through ./inert.ts.
import type { ShadowReport } from '../types.ts';
import { shortId } from '../versioning/ids.ts';
import { formatInteger } from './format.ts';
import { markdownCode, markdownText } from './inert.ts';

const CLASS_EMOJI = { FULL: '✅', BACKWARD: '↩️', FORWARD: '↪️', BREAKING: '💥' } as const;

/** `26f2bdcb0605 → 3c4d5e6f7a8b` (short ids), or the one id when unchanged. */
export function idCell(ids: { before: string; after: string } | undefined): string {
  if (!ids) return '—';
  return ids.before === ids.after ? markdownCode(shortId(ids.after)) : `${markdownCode(shortId(ids.before))} → ${markdownCode(shortId(ids.after))}`;
}

/** Text whose `quoted` parts become code spans; the rest is escaped as plain text. */
function textWithCode(text: string, maxChars = 400): string {
  const clipped = text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
  return clipped
    .split(/(`[^`\n]+`)/)
    .map((part) => {
      if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) return markdownCode(part.slice(1, -1));
      // markdownText trims; the spaces around a code span are part of the sentence.
      const core = part.trim();
      return core ? `${/^\s/.test(part) ? ' ' : ''}${markdownText(core, { maxChars })}${/\s$/.test(part) ? ' ' : ''}` : part ? ' ' : '';
    })
    .join('');
}

function replayedCell(t: NonNullable<ShadowReport['versioning']>['tools'][number]): string {
  const r = t.replayed;
  if (!r) return 'no calls';
  return `old calls rejected by the new schema: ${formatInteger(r.oldRejectedByNew)} of ${formatInteger(r.oldCalls)} · new calls rejected by the old schema: ${formatInteger(r.newRejectedByOld)} of ${formatInteger(r.newCalls)}`;
}

export function versioningSection(report: ShadowReport): string {
  const v = report.versioning;
  if (!v) return '';
  const lines = ['#### Versions'];
  const pin = v.pin.pinned ? `✅ model ${markdownCode(v.pin.ref, { maxChars: 120 })} is pinned: ${markdownText(v.pin.reason)}` : `❌ model ${markdownCode(v.pin.ref, { maxChars: 120 })} is not pinned: ${markdownText(v.pin.reason)}${v.pin.hint ? ` — ${textWithCode(v.pin.hint)}` : ''}`;
  lines.push('', pin);
  if (v.pin.before !== v.pin.ref) lines.push('', `Model pin changed: ${markdownCode(v.pin.before, { maxChars: 120 })} → ${markdownCode(v.pin.ref, { maxChars: 120 })}.`);
  if (v.lock) lines.push('', `Lock ${markdownCode(v.lock, { maxChars: 120 })} matches the candidate's files.`);
  if (v.tools.length > 0) {
    lines.push('', '| Tool | Change | Compatibility | Required | Replayed calls |', '|---|---|---|---|---|');
    for (const t of v.tools) {
      const name = t.from ? `${markdownCode(t.from, { inTable: true })} → ${markdownCode(t.tool, { inTable: true })}` : markdownCode(t.tool, { inTable: true });
      lines.push(`| ${name} | ${t.change} | ${CLASS_EMOJI[t.class]} ${t.class} | ${t.ok ? '✅' : '❌'} ${t.required} | ${replayedCell(t)} |`);
    }
    for (const t of v.tools) {
      lines.push('', `- ${markdownCode(t.tool)}: ${textWithCode(t.reason)}`);
      if (t.migration) lines.push(`  - **Migration:** ${textWithCode(t.migration)}`);
      for (const x of t.replayed?.examples ?? []) {
        const who = x.side === 'baseline' ? 'old call' : 'new call';
        lines.push(`  - ${who} (record ${markdownCode(x.recordId, { maxChars: 60 })}, line ${x.line}) ${markdownCode(x.arguments, { maxChars: 160 })} rejected: ${markdownText(x.reason, { maxChars: 120 })}`);
      }
    }
  }
  return lines.join('\n');
}
