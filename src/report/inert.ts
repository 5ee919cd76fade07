// Makes untrusted text (model answers, recorded requests, and anything a PR author controls such as
// manifest values) inert when it lands in GitHub Markdown or HTML: it renders as the characters it is,
// never as markup, never pings anyone, never links or loads anything, and cannot escape the construct
// it is placed in. Each function names the context it is safe for; using one in another context is a bug.

import { formatInteger } from './format.ts';

/** U+200D ZERO WIDTH JOINER: invisible, and not a character GitHub's mention/reference/autolink scanners accept. */
const JOINER = '\u200D';

// C0/C1 controls except tab and newline, and the bidirectional controls used in "Trojan Source"
// attacks (CVE-2021-42574): embeddings, overrides, isolates, and the implicit marks. BOM too.
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Normalises line breaks, replaces lone surrogates, and removes control and bidi characters.
 * Every other function here starts with this.
 */
export function stripUnsafeCharacters(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_OR_BIDI, '');
}

export interface Truncated {
  text: string;
  /** Characters (UTF-16 units) that were left out; 0 when nothing was cut. */
  omitted: number;
  /** Length of the input, for "showing X of Y" notes. */
  total: number;
}

/** Cuts `text` to at most `maxChars`, never inside a surrogate pair. */
export function truncate(text: string, maxChars: number): Truncated {
  if (text.length <= maxChars) return { text, omitted: 0, total: text.length };
  let end = Math.max(0, maxChars);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // would split a surrogate pair
  return { text: text.slice(0, end), omitted: text.length - end, total: text.length };
}

/** The visible note appended to cut text, e.g. `… 198,512 more characters not shown`. */
export function truncationNote(t: Truncated): string {
  return `… ${formatInteger(t.omitted)} more characters not shown (${formatInteger(t.total)} in all)`;
}

/**
 * Breaks every token GitHub would turn into a notification or a link: @mentions (and e-mail
 * autolinks, which need the same `@`), #123 and GH-123 issue references, `scheme://` and `www.`
 * autolinks. A zero-width joiner keeps the text readable while the scanners no longer match.
 */
export function defangReferences(text: string): string {
  return text
    .replace(/@/g, `@${JOINER}`)
    .replace(/#(?=\d)/g, `#${JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${JOINER}`)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${JOINER}.`);
}

/**
 * Breaks HTML comment openers so model text shown verbatim (in code) can never contain a string
 * that looks like our hidden `<!-- shadowgate:… -->` marker or anybody else's.
 */
export function defangCommentOpeners(text: string): string {
  return text.replace(/<!--/g, `<!${JOINER}--`);
}

function flattenLines(text: string): string {
  return text.replace(/[\n\t]+/g, ' ');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Entity-escapes `& < > " '`. Safe for HTML text and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

// Punctuation that opens inline Markdown anywhere in a line (GFM adds tables `|`, strikethrough `~`,
// math `$`). Brackets cover links and images, so `!`, `(` and `)` need no escape of their own.
const INLINE_MARKUP = /^[\\`*_[\]|~$]$/;
// At the start of a line, any punctuation may open a block (`#`, `>`, `-`, `+`, `=`) and digits
// followed by `.` or `)` an ordered list. CommonMark accepts a backslash before any ASCII punctuation.
const BLOCK_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

export interface InlineOptions {
  /** Cut to this many characters first (default 300); the cut is marked with `…`. */
  maxChars?: number;
}

function inlinePrepare(text: string, maxChars: number): string {
  const t = truncate(flattenLines(stripUnsafeCharacters(text)).trim(), maxChars);
  return t.omitted > 0 ? `${t.text}…` : t.text;
}

/**
 * One line of plain text for a Markdown inline context, table cells included: no markup, no HTML,
 * no pings, no links, newlines folded into spaces.
 */
export function markdownText(text: string, opts: InlineOptions = {}): string {
  const prepared = defangReferences(inlinePrepare(text, opts.maxChars ?? 300));
  const listMarker = /^\d+[.)]/.exec(prepared);
  const blockCharAt = listMarker ? listMarker[0].length - 1 : 0;
  let out = '';
  for (let i = 0; i < prepared.length; i++) {
    const c = prepared[i] ?? '';
    const entity = HTML_ESCAPES[c];
    if (entity && c !== '"' && c !== "'") out += entity;
    else if (INLINE_MARKUP.test(c) || (i === blockCharAt && BLOCK_PUNCTUATION.test(c))) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/**
 * One line of text inside raw HTML that GitHub renders from Markdown (e.g. `<summary>`): entity-escaped,
 * and references broken because GitHub scans HTML text nodes for mentions too.
 */
export function htmlText(text: string, opts: InlineOptions = {}): string {
  return escapeHtml(defangReferences(inlinePrepare(text, opts.maxChars ?? 300)));
}

export interface CodeSpanOptions extends InlineOptions {
  /** Inside a GFM table cell `|` must be written `\|` even in code; GitHub drops the backslash there. */
  inTable?: boolean;
}

/** Longest run of `char` in `text`. */
function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

/**
 * An inline code span holding the text verbatim (one line). GitHub neither parses Markdown nor
 * links mentions inside code, so only the delimiter length and comment openers need care.
 */
export function markdownCode(text: string, opts: CodeSpanOptions = {}): string {
  let body = defangCommentOpeners(inlinePrepare(text, opts.maxChars ?? 200));
  if (body === '') return '` `';
  if (opts.inTable) body = body.replace(/\|/g, '\\|');
  const ticks = '`'.repeat(longestRun(body, '`') + 1);
  // A leading/trailing backtick or space would merge with the delimiter or be stripped: pad both sides.
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

export interface CodeBlock {
  /** The fenced block, from opening to closing fence, without surrounding blank lines. */
  block: string;
  truncated: Truncated;
}

/**
 * A fenced code block showing multi-line text verbatim. The fence is one backtick longer than any
 * backtick run in the text, so no line of the text can close it; the info string is ours.
 */
export function markdownCodeBlock(text: string, maxChars: number, info = 'text'): CodeBlock {
  const truncated = truncate(stripUnsafeCharacters(text), maxChars);
  const body = defangCommentOpeners(truncated.text);
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  const safeInfo = info.replace(/[^A-Za-z0-9_+-]/g, '');
  return { block: `${fence}${safeInfo}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}`, truncated };
}

/** Multi-line text for HTML `<pre>`: entity-escaped, control/bidi characters removed, cut to `maxChars`. */
export function htmlPreformatted(text: string, maxChars: number): { html: string; truncated: Truncated } {
  const truncated = truncate(stripUnsafeCharacters(text), maxChars);
  return { html: escapeHtml(truncated.text), truncated };
}

/**
 * A link target we wrote ourselves (run URL, full-report URL): only absolute http(s) URLs, normalised,
 * with the characters that could end a Markdown link destination percent-encoded, at most 2,000
 * characters. `undefined` otherwise.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2_000) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()<>"' \\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
