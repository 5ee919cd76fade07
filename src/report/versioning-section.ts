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
  let out = '';
  for (const part of clipped.split(/(`[^`\n]+`)/)) {
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
      // Two code spans side by side would merge their backtick fences: keep a space between them.
      out += `${out.endsWith('`') ? ' ' : ''}${markdownCode(part.slice(1, -1))}`;
      continue;
    }
    // markdownText trims; the spaces around a code span are part of the sentence.
    const core = part.trim();
    out += core ? `${/^\s/.test(part) ? ' ' : ''}${markdownText(core, { maxChars })}${/\s$/.test(part) ? ' ' : ''}` : part ? ' ' : '';
  }
  return out;
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
  const pin = v.pin.pinned
    ? `✅ model ${markdownCode(v.pin.ref, { maxChars: 120 })} is pinned: ${markdownText(v.pin.reason)}`
    : `❌ model ${markdownCode(v.pin.ref, { maxChars: 120 })} is not pinned: ${markdownText(v.pin.reason)}${v.pin.hint ? ` — ${textWithCode(v.pin.hint)}` : ''}`;
  lines.push('', pin);
  if (v.pin.before !== v.pin.ref)
    lines.push('', `Model pin changed: ${markdownCode(v.pin.before, { maxChars: 120 })} → ${markdownCode(v.pin.ref, { maxChars: 120 })}.`);
  if (v.pin.addedPatterns?.length) {
    lines.push(
      '',
      `⚠️ **Pin patterns added:** ${v.pin.addedPatterns.map((p) => markdownCode(p, { maxChars: 120 })).join(', ')}. They let models count as pinned and apply only once this is merged; until then the base branch's patterns judge the pin.`,
    );
  }
  if (v.lock) lines.push('', `Lock ${markdownCode(v.lock, { maxChars: 120 })} matches the candidate's files.`);
  for (const l of v.loweredLevels ?? []) {
    lines.push(
      '',
      `⚠️ **Required compatibility lowered:** ${markdownCode(l.setting, { maxChars: 120 })} ${l.before} → ${l.after}. The base branch's ${l.before} still applies to this pull request; the lower level applies to later ones once this is merged — review it like a weakened check.`,
    );
  }
  if (v.tools.length > 0) {
    lines.push('', '| Tool | Change | Compatibility | Required | Replayed calls |', '|---|---|---|---|---|');
    for (const t of v.tools) {
      const name = t.from ? `${markdownCode(t.from, { inTable: true })} → ${markdownCode(t.tool, { inTable: true })}` : markdownCode(t.tool, { inTable: true });
      lines.push(
        `| ${name} | ${t.change} | ${CLASS_EMOJI[t.class]} ${t.class} | ${t.ok ? '✅' : '❌'} ${t.required}${t.candidateLevel ? ` (base; PR: ${t.candidateLevel})` : ''} | ${replayedCell(t)} |`,
      );
    }
    for (const t of v.tools) {
      lines.push('', `- ${markdownCode(t.tool)}: ${textWithCode(t.reason)}`);
      if (t.migration) lines.push(`  - **Migration:** ${textWithCode(t.migration)}`);
      for (const x of t.replayed?.examples ?? []) {
        const who = x.side === 'baseline' ? 'old call' : 'new call';
        lines.push(
          `  - ${who} (record ${markdownCode(x.recordId, { maxChars: 60 })}, line ${x.line}) ${markdownCode(x.arguments, { maxChars: 160 })} rejected: ${markdownText(x.reason, { maxChars: 120 })}`,
        );
      }
    }
  }
  return lines.join('\n');
}

/** The same section for the HTML report; `text` escapes for HTML. */
export function versioningHtml(report: ShadowReport, text: (value: string) => string): string {
  const v = report.versioning;
  if (!v) return '';
  const out = ['<h2>Versions</h2>'];
  out.push(
    v.pin.pinned
      ? `<p>✅ model <code>${text(v.pin.ref)}</code> is pinned: ${text(v.pin.reason)}</p>`
      : `<p>❌ model <code>${text(v.pin.ref)}</code> is not pinned: ${text(v.pin.reason)}${v.pin.hint ? ` — ${text(v.pin.hint)}` : ''}</p>`,
  );
  if (v.pin.before !== v.pin.ref) out.push(`<p>Model pin changed: <code>${text(v.pin.before)}</code> → <code>${text(v.pin.ref)}</code>.</p>`);
  if (v.pin.addedPatterns?.length) {
    out.push(
      `<p>⚠️ <strong>Pin patterns added:</strong> ${v.pin.addedPatterns.map((p) => `<code>${text(p)}</code>`).join(', ')}. They let models count as pinned and apply only once this is merged; until then the base branch's patterns judge the pin.</p>`,
    );
  }
  if (v.lock) out.push(`<p>Lock <code>${text(v.lock)}</code> matches the candidate's files.</p>`);
  for (const l of v.loweredLevels ?? []) {
    out.push(
      `<p>⚠️ <strong>Required compatibility lowered:</strong> <code>${text(l.setting)}</code> ${text(l.before)} → ${text(l.after)}. The base branch's ${text(l.before)} still applies to this pull request; the lower level applies to later ones once this is merged — review it like a weakened check.</p>`,
    );
  }
  if (v.tools.length > 0) {
    const rows = v.tools.map((t) => {
      const name = t.from ? `<code>${text(t.from)}</code> → <code>${text(t.tool)}</code>` : `<code>${text(t.tool)}</code>`;
      const details = [
        text(t.reason),
        t.migration ? `<br><strong>Migration:</strong> ${text(t.migration)}` : '',
        ...(t.replayed?.examples ?? []).map(
          (x) =>
            `<br>${x.side === 'baseline' ? 'old call' : 'new call'} (record <code>${text(x.recordId)}</code>, line ${x.line}) <code>${text(x.arguments)}</code> rejected: ${text(x.reason)}`,
        ),
      ].join('');
      return `<tr><td>${name}</td><td>${text(t.change)}</td><td>${CLASS_EMOJI[t.class]} ${text(t.class)}</td><td>${t.ok ? '✅' : '❌'} ${text(t.required)}${t.candidateLevel ? ` (base; PR: ${text(t.candidateLevel)})` : ''}</td><td>${text(replayedCell(t))}</td><td>${details}</td></tr>`;
    });
    out.push(
      `<table><thead><tr><th>Tool</th><th>Change</th><th>Compatibility</th><th>Required</th><th>Replayed calls</th><th>Why</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
    );
  }
  return out.join('\n');
}
