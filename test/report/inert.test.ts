import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { escapeHtml, htmlText, markdownCode, markdownCodeBlock, markdownText, safeUrl, stripUnsafeCharacters, truncate } from '../../src/report/inert.ts';
import { ADVERSARIAL_TEXTS, seededRandom } from './builder.ts';
import { LIVE_REFERENCE } from './markdown-check.ts';

const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
const ZWJ = /\u200D/g;

/** Inline tokens of a one-paragraph document. */
function inlineTokens(source: string): { type: string; content: string }[] {
  const blocks = md.parse(source, {});
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['paragraph_open', 'inline', 'paragraph_close'],
    `one paragraph: ${JSON.stringify(source)}`,
  );
  return (blocks[1]?.children ?? []).map((t) => ({ type: t.type, content: t.content }));
}

function randomTexts(count: number): string[] {
  const random = seededRandom(11);
  const fragments = [
    ...ADVERSARIAL_TEXTS,
    '`',
    '\\',
    '*',
    '_',
    '[',
    ']',
    '(',
    ')',
    '!',
    '#',
    '1.',
    '2)',
    '- ',
    '+',
    '>',
    '=',
    '|',
    '~',
    '$',
    '&amp;',
    '&',
    '<',
    ' ',
    'a',
    '@b',
    '\n',
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, () => fragments[Math.floor(random() * fragments.length)] ?? '').join(''),
  );
}

describe('inert text functions', () => {
  test('stripUnsafeCharacters removes bidi overrides, isolates, marks and C0/C1 controls, keeps tabs and newlines', () => {
    const input = 'a\u202Eb\u202Cc\u2066d\u2069e\u200Ff\u0000g\u001B[0mh\u0085i\u009Bj\tk\r\nl\uFEFF';
    assert.equal(stripUnsafeCharacters(input), 'abcdefg[0mh\nij\tk\nl');
    // A lone surrogate becomes U+FFFD instead of producing invalid UTF-8 on write.
    assert.equal(stripUnsafeCharacters('x\uD800y'), 'x\uFFFDy');
  });

  test('truncate never splits a surrogate pair and reports what it cut', () => {
    const text = `${'a'.repeat(9)}😀tail`;
    const cut = truncate(text, 10);
    assert.equal(cut.text, 'a'.repeat(9));
    assert.equal(cut.omitted, text.length - 9);
    assert.equal(cut.total, text.length);
    assert.deepEqual(truncate('short', 10), { text: 'short', omitted: 0, total: 5 });
  });

  test('markdownText: renders as exactly the input text (one line), no markup of any kind', () => {
    for (const input of [...ADVERSARIAL_TEXTS, ...randomTexts(300)]) {
      const rendered = markdownText(input, { maxChars: 10_000 });
      const tokens = inlineTokens(`x ${rendered}`);
      assert.deepEqual([...new Set(tokens.map((t) => t.type))], ['text'], `only text for ${JSON.stringify(input)}`);
      const shown = tokens
        .map((t) => t.content)
        .join('')
        .slice(2);
      const expected = stripUnsafeCharacters(input)
        .replace(/[\n\t]+/g, ' ')
        .trim();
      assert.equal(shown.replace(ZWJ, ''), expected);
      assert.doesNotMatch(shown, LIVE_REFERENCE);
    }
  });

  test('markdownText at the start of a line opens no block (heading, list, quote, rule)', () => {
    for (const input of ['# title', '- item', '+ item', '1. first', '2) second', '> quote', '---', '=== ', '    code', '<div>', '| a |']) {
      const rendered = markdownText(input);
      const tokens = inlineTokens(rendered);
      assert.equal(
        tokens
          .map((t) => t.content)
          .join('')
          .replace(ZWJ, ''),
        input.trim(),
      );
    }
  });

  test('markdownText inside a GFM table cell keeps the table shape', () => {
    for (const input of ['a | b | c', '|', '\\|', 'x\n|---|\n| y |']) {
      const html = md.render(`| h1 | h2 |\n|---|---|\n| ${markdownText(input)} | z |\n`);
      assert.equal(html.match(/<td>/g)?.length, 2, `${JSON.stringify(input)} → ${html}`);
      assert.equal(html.match(/<tr>/g)?.length, 2);
    }
  });

  test('markdownCode: a code span holding the text verbatim, in tables too', () => {
    for (const input of ['plain', '`tick`', '``double`` and `single`', ' padded ', 'a|b', 'a\\|b', '|\\', '<!-- shadowgate:x -->', '`']) {
      const span = markdownCode(input);
      const tokens = inlineTokens(`see ${span}`);
      const code = tokens.find((t) => t.type === 'code_inline');
      assert.equal(code?.content.replace(ZWJ, ''), input.trim() === '' ? '' : input.trim());
      const table = md.parse(`| h |\n|---|\n| ${markdownCode(input, { inTable: true })} |\n`, {});
      const cell = table.find((t) => t.type === 'inline' && t.content !== 'h');
      assert.equal(cell?.children?.find((t) => t.type === 'code_inline')?.content.replace(ZWJ, ''), input.trim());
    }
    assert.ok(!markdownCode('<!-- shadowgate:comment -->').includes('<!--'), 'comment opener broken');
  });

  test('markdownCodeBlock: no text can close the fence early', () => {
    for (const input of ['```\nout', '`````', '~~~\n~~~', 'a\n```js\nb', '`'.repeat(40), '']) {
      const { block } = markdownCodeBlock(input, 1_000);
      const tokens = md.parse(`${block}\n\nafter`, {});
      assert.equal(tokens[0]?.type, 'fence');
      assert.equal(tokens[0]?.content.replace(/\n$/, ''), input);
      assert.deepEqual(
        tokens.slice(1).map((t) => t.type),
        ['paragraph_open', 'inline', 'paragraph_close'],
      );
    }
    const cut = markdownCodeBlock('x'.repeat(5_000), 100);
    assert.equal(cut.truncated.omitted, 4_900);
    assert.ok(cut.block.length < 120);
  });

  test('htmlText and escapeHtml leave no tag, attribute quote or raw ampersand', () => {
    for (const input of [...ADVERSARIAL_TEXTS, ...randomTexts(100)]) {
      const out = htmlText(input, { maxChars: 10_000 });
      assert.doesNotMatch(out, /[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/);
      assert.doesNotMatch(out.replace(/&[a-z#0-9]+;/g, ' '), LIVE_REFERENCE);
      assert.doesNotMatch(escapeHtml(input), /[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/);
    }
  });

  test('safeUrl keeps only absolute http(s) links and encodes Markdown link terminators', () => {
    assert.equal(safeUrl('https://github.com/o/r/actions/runs/1'), 'https://github.com/o/r/actions/runs/1');
    assert.equal(safeUrl('javascript:alert(1)'), undefined);
    assert.equal(safeUrl('data:text/html,hi'), undefined);
    assert.equal(safeUrl('/relative'), undefined);
    assert.equal(safeUrl(undefined), undefined);
    const odd = safeUrl('https://example.com/a b)(<x>"');
    assert.ok(odd && !/[ ()<>"]/.test(odd), odd);
  });
});
