// The report's versioning parts: the id column of "What changed" and the Versions section. Property
// names, tool names, recorded arguments and model references come from the user's files and the model,
// so the section is rendered with adversarial strings in every field and parsed with a real
// CommonMark parser: no foreign HTML, links, images, mentions or comment openers get through.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderHtml } from '../../src/report/html.ts';
import type { ShadowReport } from '../../src/types.ts';
import type { VersioningReview } from '../../src/versioning/review.ts';
import { ADVERSARIAL_TEXTS, buildReport, seededRandom } from '../report/builder.ts';
import { LIVE_REFERENCE, inspectMarkdown, isOwnHtml } from '../report/markdown-check.ts';

const MARKER = '<!-- shadowgate:comment service=refunds -->';
const RUN_URL = 'https://github.com/acme/refunds/actions/runs/1';
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

function review(pick: (i: number) => string): VersioningReview {
  return {
    surfaces: { model: { before: A, after: B }, prompt: { before: A, after: A }, tools: { before: A, after: B }, context: { before: B, after: B } },
    artifacts: [{ name: `tool:${pick(0)}`, surface: 'tools', file: pick(1), before: A, after: B }],
    pin: { pinned: false, reason: pick(2), hint: pick(3), ref: pick(4), before: pick(5), addedPatterns: [pick(16), pick(17)] },
    tools: [
      {
        tool: pick(6),
        from: pick(7),
        change: 'renamed',
        class: 'BREAKING',
        reason: `\`${pick(8)}\` is required by the new schema, and ${pick(9)}`,
        backward: [{ rule: 'required-added', path: pick(8), message: pick(9) }],
        forward: [],
        required: 'FULL',
        candidateLevel: 'NONE',
        ok: false,
        migration: `expand, migrate, contract: 1) add \`${pick(10)}\` as an optional property`,
        replayed: {
          tool: pick(6),
          oldCalls: 3,
          oldRejectedByNew: 2,
          newCalls: 1,
          newRejectedByOld: 1,
          examples: [{ side: 'baseline', recordId: pick(11), line: 7, arguments: pick(12), reason: pick(13) }],
        },
      },
    ],
    lock: pick(14),
    failures: [pick(15)],
    loweredLevels: [{ setting: `versioning.tools.${pick(18)}`, tool: pick(18), before: 'FULL', after: 'NONE' }],
  };
}

function withVersioning(pick: (i: number) => string): ShadowReport {
  const report = buildReport({ verdict: 'fail', runUrl: RUN_URL });
  report.versioning = review(pick);
  report.surfaces = report.surfaces.map((s) => ({ ...s, ids: report.versioning!.surfaces[s.surface], changed: true }));
  return report;
}

function assertInert(body: string): void {
  const parsed = inspectMarkdown(body);
  for (const node of parsed.html) assert.ok(isOwnHtml(node), `foreign HTML node: ${JSON.stringify(node)}`);
  assert.deepEqual(parsed.images, [], 'no images');
  for (const href of parsed.links) assert.equal(href, RUN_URL, `foreign link: ${href}`);
  for (const t of parsed.texts) assert.doesNotMatch(t, LIVE_REFERENCE, `live reference in text: ${JSON.stringify(t)}`);
  assert.equal(body.split('<!--').length, 2, 'our marker is the only comment opener');
  assert.doesNotMatch(body, UNSAFE);
  for (const h of parsed.headings.slice(1)) assert.match(h, /^(What changed|Versions|Metrics|Why|Effects|Replay|Worst examples \(\d+( of \d+)?\))$/);
  const tools = parsed.tables.find((t) => t.rows[0]?.[0] === 'Tool');
  assert.ok(tools, 'the tool table is there');
  for (const row of tools.rows) assert.equal(row.length, 5, `tool table cells not multiplied: ${JSON.stringify(row)}`);
  const surfaces = parsed.tables.find((t) => t.rows[0]?.[0] === 'Surface');
  for (const row of surfaces?.rows ?? []) assert.equal(row.length, 5);
}

describe('versioning in the Markdown report', () => {
  test('ids old → new in What changed, the tool table, the migration, the pin', () => {
    const report = withVersioning(
      (i) =>
        [
          'refund',
          'tools/refund.json',
          'it names a snapshot',
          'use a dated snapshot',
          'gpt-4o',
          'gpt-4o-2024-08-06',
          'refund',
          'give_refund',
          'reason',
          'old calls may leave it out',
          'reason',
          'r-001',
          '{"orderId":"o-1"}',
          'required at /',
          'shadowgate.lock',
          'fails',
          'openai: ^gpt-4o$',
          '*: ^my-deploy$',
          'refund',
        ][i] ?? '',
    );
    const body = renderMarkdown(report, { marker: MARKER });
    const parsed = inspectMarkdown(body);
    const surfaces = parsed.tables.find((t) => t.rows[0]?.[0] === 'Surface')!;
    assert.deepEqual(surfaces.rows[0], ['Surface', 'Baseline', 'Candidate', 'Id', 'Files']);
    const model = surfaces.rows.find((r) => r[0] === 'model')!;
    assert.equal(model[3], 'aaaaaaaaaaaa → bbbbbbbbbbbb');
    assert.equal(surfaces.rows.find((r) => r[0] === 'prompt')![3], 'aaaaaaaaaaaa', 'a row whose id did not move shows it once');
    const unchanged = withVersioning(() => 'x');
    unchanged.surfaces = unchanged.surfaces.map((s) => (s.surface === 'context' ? { ...s, changed: false } : s));
    assert.match(renderMarkdown(unchanged, { marker: MARKER }), /\nUnchanged: context `bbbbbbbbbbbb`\.\n/);
    const tools = parsed.tables.find((t) => t.rows[0]?.[0] === 'Tool')!;
    assert.deepEqual(tools.rows[1], [
      'give_refund → refund',
      'renamed',
      '💥 BREAKING',
      '❌ FULL (base; PR: NONE)',
      'old calls rejected by the new schema: 2 of 3 · new calls rejected by the old schema: 1 of 1',
    ]);
    assert.ok(parsed.codeSpans.includes('reason'), 'quoted names become code spans');
    assert.match(body, /- \*\*Migration:\*\* expand, migrate, contract: 1\) add `reason` as an optional property/);
    assert.match(body, /❌ model `gpt-4o` is not pinned: it names a snapshot — use a dated snapshot/);
    assert.match(body, /Model pin changed: `gpt-4o-2024-08-06` → `gpt-4o`\./);
    assert.match(
      body,
      /⚠️ \*\*Pin patterns added:\*\* `openai: \^gpt-4o\$`, `\*: \^my-deploy\$`\. They let models count as pinned and apply only once this is merged/,
    );
    assert.match(
      body,
      /⚠️ \*\*Required compatibility lowered:\*\* `versioning\.tools\.refund` FULL → NONE\. The base branch's FULL still applies to this pull request/,
    );
    assert.match(body, /old call \(record `r-001`, line 7\) `\{"orderId":"o-1"\}` rejected: required at \//);
    assertInert(body);
  });

  test('adversarial strings in every field stay inert, in Markdown and HTML', () => {
    const pick = (i: number) => ADVERSARIAL_TEXTS[i % ADVERSARIAL_TEXTS.length] ?? '';
    const report = withVersioning(pick);
    assertInert(renderMarkdown(report, { marker: MARKER }));
    const html = renderHtml(report);
    assert.doesNotMatch(html, /<script>|<img src=x|<style>body/);
  });

  test('seeded fuzz: random fragments with backticks and pipes', () => {
    const random = seededRandom(11);
    const fragments = [...ADVERSARIAL_TEXTS, '`', '``', '|', '\\', '<', '>', '&', '@', 'x', ' ', '<!--', '-->', '\n', '*', '_', '[', ']', 'www.', '#1'];
    const text = () => Array.from({ length: 1 + Math.floor(random() * 20) }, () => fragments[Math.floor(random() * fragments.length)] ?? '').join('');
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 16 }, text);
      assertInert(
        renderMarkdown(
          withVersioning((i) => values[i] ?? ''),
          { marker: MARKER },
        ),
      );
    }
  });
});
