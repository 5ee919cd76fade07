import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { validateJsonReport } from '../../src/report/json.ts';
import { writeReports } from '../../src/report/write.ts';
import { commentMarker, renderComment } from '../../src/report/comment.ts';
import { COMMENT_BODY_LIMIT, withMarker } from '../../src/github/sticky-comment.ts';
import { ADVERSARIAL_TEXTS, buildReport, defaultWorst } from './builder.ts';
import { inspectMarkdown, isOwnHtml } from './markdown-check.ts';

const dir = await mkdtemp(join(tmpdir(), 'sg-report-write-'));
after(() => rm(dir, { recursive: true, force: true }));

describe('writeReports', () => {
  test('writes the JSON, HTML and Markdown reports side by side', async () => {
    const report = buildReport({ verdict: 'fail', runUrl: 'https://github.com/acme/invoices/actions/runs/9' });
    const out = join(dir, 'nested', 'reports');
    const paths = await writeReports(report, out);
    assert.deepEqual(paths, {
      json: join(out, 'shadowgate-report.json'),
      html: join(out, 'shadowgate-report.html'),
      markdown: join(out, 'shadowgate-report.md'),
    });
    assert.deepEqual((await readdir(out)).sort(), ['shadowgate-report.html', 'shadowgate-report.json', 'shadowgate-report.md']);
    const json = JSON.parse(await readFile(paths.json, 'utf8'));
    assert.deepEqual(validateJsonReport(json), []);
    assert.equal(json.verdict, 'fail');
    const html = await readFile(paths.html, 'utf8');
    assert.ok(html.startsWith('<!doctype html>'));
    const markdown = await readFile(paths.markdown, 'utf8');
    assert.equal(markdown.split('\n')[0], '<!-- shadowgate:comment service=invoice-extractor -->');
    assert.equal(inspectMarkdown(markdown).html.filter((h) => h.startsWith('<details>')).length, report.worst.length);
  });

  test("the Markdown file is exactly the PR comment: same marker, same caps, within GitHub's 65,536 characters", async () => {
    const report = buildReport({ verdict: 'fail', runUrl: 'https://github.com/acme/invoices/actions/runs/9' });
    // Long answers on both sides of every example: uncapped, they would run far past the comment limit.
    const long = (seed: string) => `${seed} `.repeat(4_000);
    report.worst = report.worst.map((w, i) => ({ ...w, request: long(`request ${i}`), baseline: long(`baseline ${i}`), candidate: long(`candidate ${i}`) }));
    const paths = await writeReports(report, join(dir, 'long'), { fullReportUrl: report.runUrl! });
    const markdown = await readFile(paths.markdown, 'utf8');
    assert.equal(markdown, renderComment(report, { fullReportUrl: report.runUrl }));
    assert.ok(markdown.length <= COMMENT_BODY_LIMIT, `${markdown.length} characters`);
    assert.equal(markdown.split('\n')[0], commentMarker('invoice-extractor'));
    // As posted: the sticky comment leaves a body that fits and carries its marker untouched.
    assert.equal(withMarker(markdown, commentMarker('invoice-extractor'), report.runUrl), markdown);
  });

  test('a service name that could break the marker is made safe', async () => {
    const report = buildReport({ verdict: 'pass', service: 'evil --> <b>x</b>' });
    const paths = await writeReports(report, join(dir, 'evil'));
    const markdown = await readFile(paths.markdown, 'utf8');
    const parsed = inspectMarkdown(markdown);
    for (const node of parsed.html) assert.ok(isOwnHtml(node), node);
    assert.equal(markdown.split('<!--').length, 2);
  });

  test('an invalid report writes no file at all', async () => {
    const report = buildReport({ verdict: 'warn' });
    report.replay.pairs = Number.POSITIVE_INFINITY;
    const out = join(dir, 'invalid');
    await assert.rejects(writeReports(report, out), /schema/);
    assert.equal(existsSync(out), false);
  });

  test('renders sample reports to test/report/__output__ for people to look at', async () => {
    const out = join(import.meta.dirname, '__output__');
    for (const verdict of ['pass', 'warn', 'fail', 'inconclusive'] as const) {
      const report = buildReport({ verdict, runUrl: 'https://github.com/acme/invoices/actions/runs/123456' });
      if (verdict === 'fail') {
        report.worst = [
          ...defaultWorst().slice(0, 3),
          ...ADVERSARIAL_TEXTS.slice(0, 3).map((t, i) => ({
            recordId: `adv-${i}`,
            line: 500 + i,
            metric: 'json.deep_equal',
            score: 0,
            request: t,
            baseline: ADVERSARIAL_TEXTS[i + 3] ?? '',
            candidate: ADVERSARIAL_TEXTS[i + 6] ?? '',
          })),
        ];
      }
      const paths = await writeReports(report, join(out, verdict));
      for (const p of Object.values(paths)) assert.ok(existsSync(p));
    }
  });
});
