// The report stage fed by the real judge (src/judge): whatever judgements the judge produces must
// render, validate against the JSON schema, and stay inert.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judge } from '../../src/judge/index.ts';
import { renderHtml } from '../../src/report/html.ts';
import { serializeJsonReport, validateJsonReport } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import type { MetricResult, ShadowReport, Verdict } from '../../src/types.ts';
import { buildReport } from './builder.ts';
import { inspectMarkdown, isOwnHtml } from './markdown-check.ts';

function judged(verdict: Verdict, n?: number): ShadowReport {
  const report = buildReport({ verdict, ...(n !== undefined ? { n } : {}), runUrl: 'https://github.com/acme/invoices/actions/runs/7' });
  const results: MetricResult[] = report.judgement.metrics.map((m) => m.metric);
  const successRate: MetricResult = {
    id: 'requests.success_rate',
    title: 'Request success rate',
    unit: 'rate',
    test: 'paired-binary',
    badDirection: 'decrease',
    n: report.judgement.n,
    baseline: 1,
    candidate: 1,
    binary: { bothPass: report.judgement.n, baselineOnly: 0, candidateOnly: 0, neither: 0 },
  };
  report.judgement = judge([successRate, ...results], {
    outputKind: 'json',
    gates: [
      { metric: 'latency.ms', threshold: 1.2 },
      { metric: 'json.schema_pass', critical: true },
    ],
  });
  return report;
}

describe('report from real judgements', () => {
  for (const scenario of ['pass', 'warn', 'fail', 'inconclusive'] as Verdict[]) {
    test(`${scenario} scenario: renders, validates and stays inert`, () => {
      const report = judged(scenario);
      const verdict = report.judgement.verdict;
      assert.deepEqual(validateJsonReport(JSON.parse(serializeJsonReport(report))), []);
      const body = renderMarkdown(report, { marker: '<!-- shadowgate:comment service=invoice-extractor -->' });
      const parsed = inspectMarkdown(body);
      assert.match(parsed.headings[0] ?? '', new RegExp(`Shadowgate: ${verdict.toUpperCase()} `));
      for (const node of parsed.html) assert.ok(isOwnHtml(node), node);
      const table = parsed.tables.find((t) => t.rows[0]?.[0] === 'Metric');
      assert.equal(table?.rows.length, report.judgement.metrics.length + 1);
      if (verdict === 'inconclusive') assert.ok(body.includes(`about **${report.judgement.neededSamples?.toLocaleString('en-US')} pairs**`));
      const html = renderHtml(report);
      assert.doesNotMatch(html, /<script/i);
      assert.equal(html.match(/<tr class="(pass|warn|fail|nodata|info)">/g)?.length, report.judgement.metrics.length);
    });
  }
});
