import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { serializeJsonReport, toJsonReport, validateJsonReport, writeJsonReport } from '../../src/report/json.ts';
import schema from '../../src/report/report.schema.json' with { type: 'json' };
import type { Verdict } from '../../src/types.ts';
import { buildReport } from './builder.ts';

const dir = await mkdtemp(join(tmpdir(), 'sg-report-json-'));
after(() => rm(dir, { recursive: true, force: true }));

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** Longest array of numbers anywhere in a JSON value. */
function longestNumberArray(value: unknown): number {
  if (Array.isArray(value)) {
    const own = value.every((v) => typeof v === 'number') ? value.length : 0;
    return Math.max(own, ...value.map(longestNumberArray));
  }
  if (value && typeof value === 'object') return Math.max(0, ...Object.values(value).map(longestNumberArray));
  return 0;
}

describe('JSON report', () => {
  test('the schema is draft 2020-12', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  for (const verdict of ['pass', 'warn', 'fail', 'inconclusive'] as Verdict[]) {
    test(`${verdict}: written file validates, carries the verdict, and keeps summaries instead of per-pair arrays`, async () => {
      const report = buildReport({ verdict, runUrl: 'https://github.com/acme/invoices/actions/runs/1' });
      const path = join(dir, verdict, 'shadowgate-report.json');
      await writeJsonReport(report, path);
      const written = JSON.parse(await readFile(path, 'utf8'));
      assert.deepEqual(validateJsonReport(written), []);
      assert.equal(written.verdict, verdict);
      assert.equal(written.exitCode, report.judgement.exitCode);
      assert.equal(written.n, report.judgement.n);
      assert.equal(written.neededSamples, report.judgement.neededSamples);
      assert.equal(written.metrics.length, report.judgement.metrics.length);
      assert.deepEqual(written.worst, report.worst);

      assert.ok(longestNumberArray(written) <= 2, 'no raw per-pair arrays (only 2-number intervals)');
      const latency = report.judgement.metrics.find((m) => m.metric.id === 'latency.ms')?.metric;
      const writtenLatency = written.metrics.find((m: { id: string }) => m.id === 'latency.ms');
      assert.ok(latency?.paired);
      assert.equal(writtenLatency.paired.baseline.n, latency.paired.baseline.length);
      const latencyBaseline = Array.from(latency.paired.baseline);
      const latencyCandidate = Array.from(latency.paired.candidate);
      assert.equal(writtenLatency.paired.baseline.median, median(latencyBaseline));
      assert.equal(writtenLatency.paired.candidate.max, Math.max(...latencyCandidate));
      const differences = latencyCandidate.map((c, i) => c - (latencyBaseline[i] ?? 0));
      assert.equal(writtenLatency.paired.difference.median, median(differences));
      const deepEqual = report.judgement.metrics.find((m) => m.metric.id === 'json.deep_equal')?.metric;
      const writtenDeepEqual = written.metrics.find((m: { id: string }) => m.id === 'json.deep_equal');
      const values = Array.from(deepEqual?.agreement?.values ?? []);
      assert.equal(writtenDeepEqual.agreement.values.mean, values.reduce((a, b) => a + b, 0) / values.length);
      assert.equal(writtenDeepEqual.agreement.belowThreshold, values.filter((v) => v < 0.8).length / values.length);
    });
  }

  test('full example texts are kept, however long', () => {
    const big = 'x'.repeat(200_000);
    const report = buildReport({ verdict: 'pass' });
    report.worst = [{ recordId: 'a', line: 1, metric: 'text.rouge_l', score: 0, request: big, baseline: big, candidate: big }];
    assert.equal(toJsonReport(report).worst[0]?.candidate.length, 200_000);
    assert.deepEqual(validateJsonReport(JSON.parse(serializeJsonReport(report))), []);
  });

  test('a report the pipeline got wrong fails loudly and writes nothing', async () => {
    const nan = buildReport({ verdict: 'fail' });
    const first = nan.judgement.metrics[0];
    assert.ok(first);
    first.effect = Number.NaN;
    assert.throws(() => serializeJsonReport(nan), /\/metrics\/0\/effect/);

    const badVerdict = buildReport({ verdict: 'fail' });
    (badVerdict.judgement as { verdict: string }).verdict = 'maybe';
    assert.throws(() => serializeJsonReport(badVerdict), /\/verdict/);

    const badCount = buildReport({ verdict: 'pass' });
    badCount.replay.ok = -1;
    assert.throws(() => serializeJsonReport(badCount), /\/replay\/ok/);

    const badDate = buildReport({ verdict: 'pass' });
    badDate.generatedAt = 'yesterday';
    assert.throws(() => serializeJsonReport(badDate), /\/generatedAt/);

    const path = join(dir, 'invalid', 'shadowgate-report.json');
    await assert.rejects(writeJsonReport(nan, path), /does not match its schema/);
    assert.equal(existsSync(path), false);
  });

  test('the validator rejects shapes the schema does not allow', () => {
    const good = JSON.parse(serializeJsonReport(buildReport({ verdict: 'pass' })));
    assert.deepEqual(validateJsonReport(good), []);
    assert.notDeepEqual(validateJsonReport({ ...good, extra: 1 }), []);
    assert.notDeepEqual(validateJsonReport({ ...good, metrics: [{ ...good.metrics[0], paired: { baseline: [1, 2, 3] } }] }), []);
    assert.notDeepEqual(validateJsonReport({ ...good, replay: { ...good.replay, failed: { 'not-a-class': 1 } } }), []);
  });
});
