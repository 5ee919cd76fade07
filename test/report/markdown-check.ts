// Parses rendered Markdown with a real CommonMark/GFM-tables parser (markdown-it, HTML enabled as on
// GitHub) and collects what matters for inertness: raw HTML nodes, links, images, text, code.

import MarkdownIt, { type Token } from 'markdown-it';

export interface MarkdownInspection {
  html: string[];
  links: string[];
  images: string[];
  /** Text GitHub would scan for mentions, references and autolinks (code excluded, as GitHub does). */
  texts: string[];
  fences: { info: string; content: string }[];
  codeSpans: string[];
  tables: { rows: string[][] }[];
  headings: string[];
}

const parser = new MarkdownIt({ html: true, linkify: true });
// Like GitHub's autolinker: scheme URLs and www. links, no bare domains.
parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

function inlineText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' ? '\n' : '')).join('');
}

export function inspectMarkdown(body: string): MarkdownInspection {
  const result: MarkdownInspection = { html: [], links: [], images: [], texts: [], fences: [], codeSpans: [], tables: [], headings: [] };
  const tokens = parser.parse(body, {});
  let table: { rows: string[][] } | undefined;
  let row: string[] | undefined;
  let inHeading = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'html_block':
        result.html.push(token.content.trim());
        break;
      case 'fence':
        result.fences.push({ info: token.info, content: token.content });
        break;
      case 'code_block':
        result.fences.push({ info: '(indented)', content: token.content });
        break;
      case 'table_open':
        table = { rows: [] };
        result.tables.push(table);
        break;
      case 'tr_open':
        row = [];
        table?.rows.push(row);
        break;
      case 'heading_open':
        inHeading = true;
        break;
      case 'heading_close':
        inHeading = false;
        break;
      case 'inline': {
        const children = token.children ?? [];
        if (row) row.push(inlineText(children));
        if (inHeading) result.headings.push(inlineText(children));
        for (const child of children) {
          if (child.type === 'html_inline') result.html.push(child.content);
          if (child.type === 'link_open') result.links.push(String(child.attrGet('href') ?? ''));
          if (child.type === 'image') result.images.push(String(child.attrGet('src') ?? ''));
          if (child.type === 'text') result.texts.push(child.content);
          if (child.type === 'code_inline') result.codeSpans.push(child.content);
        }
        break;
      }
      case 'tr_close':
        row = undefined;
        break;
      default:
    }
  }
  return result;
}

/** HTML our renderer writes; anything else in a parsed report came from input and is a breach. */
export const OWN_HTML: readonly RegExp[] = [
  /^<!-- shadowgate:[^<>]* -->$/,
  /^<details>\n<summary>[^<>]*<\/summary>$/,
  /^<table>\n<tr><th>Baseline<\/th><th>Candidate<\/th><\/tr>\n<tr><td>$/,
  /^<\/td><td>$/,
  /^<\/td><\/tr>\n<\/table>$/,
  /^<\/details>$/,
  /^<sub>$/,
  /^<\/sub>$/,
];

export function isOwnHtml(node: string): boolean {
  return OWN_HTML.some((re) => re.test(node));
}

/**
 * What GitHub would turn into a notification or link in plain text: @mentions (github/markup's
 * MentionFilter pattern), #123 / GH-123 references, e-mail and scheme/www autolinks.
 */
export const LIVE_REFERENCE = /@[a-z0-9]|(?:^|\W)#\d|\bGH-\d|\bwww\.|[a-z][a-z0-9+.-]*:\/\//i;
