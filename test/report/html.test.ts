import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderHtml } from '../../src/report/html.ts';
import type { Verdict } from '../../src/types.ts';
import { ADVERSARIAL_TEXTS, buildReport } from './builder.ts';

const RUN_URL = 'https://github.com/acme/invoices/actions/runs/123456';
const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'strong',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'details',
  'summary',
  'div',
  'a',
  'svg',
  'line',
  'rect',
  'text',
]);
const VOID = new Set(['meta', 'br']);
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

function decode(html: string): string {
  return html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '');
}

/** Every tag is one we allow, attributes carry no handlers or remote URLs, and the nesting balances. */
function assertSafeStructure(html: string): void {
  assert.ok(html.startsWith('<!doctype html>\n'));
  const body = html.replace(/^<!doctype html>\n/, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  const stack: string[] = [];
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*?)(\/?)>/g)) {
    const [, closing, rawName = '', attributes = '', selfClosing] = match;
    const name = rawName.toLowerCase();
    assert.ok(ALLOWED_TAGS.has(name), `unexpected tag <${name}>`);
    assert.doesNotMatch(attributes, /\son[a-z]+\s*=/i, 'no event handler attributes');
    for (const url of attributes.matchAll(/\s(?:href|src|xlink:href|action)="([^"]*)"/g)) assert.equal(url[1], RUN_URL, 'the only link is the run');
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes what was opened`);
    else if (!selfClosing && !VOID.has(name)) stack.push(name);
  }
  assert.deepEqual(stack, [], 'every element closed');
  // With tags removed, no '<' is left: all text was escaped.
  assert.ok(!body.replace(/<\/?[a-zA-Z][^<>]*>/g, '').includes('<'), 'stray < in text');
}

describe('renderHtml', () => {
  for (const verdict of ['pass', 'warn', 'fail', 'inconclusive'] as Verdict[]) {
    test(`${verdict}: self-contained, no scripts, same content as the comment`, () => {
      const report = buildReport({ verdict, runUrl: RUN_URL });
      const html = renderHtml(report);
      assertSafeStructure(html);
      assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|<embed|@import|url\(/i);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
      assert.match(html, new RegExp(`<h1>\\S+ ${verdict.toUpperCase()} · <code>invoice-extractor</code></h1>`));
      assert.ok(html.includes(`${report.judgement.n.toLocaleString('en-US')} pairs compared`));
      if (verdict === 'inconclusive') assert.ok(html.includes(`about <strong>${report.judgement.neededSamples} pairs</strong>`));
      const rows = html.match(/<tr class="(pass|warn|fail|nodata|info)">/g) ?? [];
      assert.equal(rows.length, report.judgement.metrics.length);
      for (const m of report.judgement.metrics) assert.ok(html.includes(`<code class="muted">${m.metric.id}</code>`));
      const chartable = report.judgement.metrics.filter(
        (m) =>
          m.effect !== undefined &&
          (m.metric.test === 'paired-binary' ||
            m.metric.test === 'paired-continuous' ||
            (m.metric.test === 'agreement' && (m.metric.agreement?.noise?.length ?? 0) > 0)),
      ).length;
      assert.equal(html.match(/<rect class=/g)?.length, chartable);
      assert.equal(html.match(/<details/g)?.length, report.worst.length);
    });
  }

  test('adversarial text is escaped everywhere and every example is shown verbatim', () => {
    const report = buildReport({ verdict: 'fail', runUrl: RUN_URL });
    report.service = ADVERSARIAL_TEXTS[0] ?? '';
    report.baselineRef = ADVERSARIAL_TEXTS[3] ?? '';
    report.judgement.reasons = [...ADVERSARIAL_TEXTS];
    report.surfaces = report.surfaces.map((s, i) => ({ ...s, before: ADVERSARIAL_TEXTS[i] ?? '', files: [ADVERSARIAL_TEXTS[i + 4] ?? ''] }));
    report.judgement.metrics = report.judgement.metrics.map((m, i) => ({
      ...m,
      reason: ADVERSARIAL_TEXTS[i] ?? '',
      metric: { ...m.metric, title: ADVERSARIAL_TEXTS[i + 2] ?? '' },
    }));
    report.worst = ADVERSARIAL_TEXTS.map((t, i) => ({
      recordId: ADVERSARIAL_TEXTS[(i + 1) % ADVERSARIAL_TEXTS.length] ?? '',
      line: i + 1,
      metric: 'text.rouge_l',
      score: i / 10,
      request: t,
      baseline: `${t}\n${t}`,
      candidate: ADVERSARIAL_TEXTS.join('\n'),
    }));
    report.runUrl = 'javascript:alert(1)';
    const html = renderHtml(report);
    assertSafeStructure(html);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, UNSAFE);
    assert.ok(!html.includes('javascript:alert(1)"'), 'no script URL as a link');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.equal(html.match(/<details/g)?.length, ADVERSARIAL_TEXTS.length);
    const pres = [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => decode(m[1] ?? ''));
    report.worst.forEach((w, i) => {
      assert.deepEqual(
        pres.slice(3 * i, 3 * i + 3),
        [w.request, w.baseline, w.candidate].map((t) => t.replace(new RegExp(UNSAFE.source, 'g'), '')),
      );
    });
  });

  test('long texts are cut with a visible note', () => {
    const big = 'y'.repeat(200_000);
    const report = buildReport({ verdict: 'warn' });
    report.worst = [{ recordId: 'r', line: 1, metric: 'text.rouge_l', score: 0.1, request: 'short', baseline: big, candidate: big }];
    const html = renderHtml(report, { exampleChars: 1_000 });
    assert.equal(html.match(/199,000 more characters not shown \(200,000 in all\)/g)?.length, 2);
    assert.ok(html.length < 40_000);
  });
});
