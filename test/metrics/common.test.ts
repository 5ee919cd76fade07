import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricSet } from '../../src/metrics/index.ts';
import type { CallResult, MetricResult } from '../../src/types.ts';
import { context, failed, ok, pair } from './helpers.ts';
import { plainPaired } from '../support/values.ts';

function byId(results: MetricResult[], id: string): MetricResult {
  const found = results.find((r) => r.id === id);
  assert.ok(found, `${id} in ${results.map((r) => r.id).join(', ')}`);
  return found;
}

test('requests.success_rate counts every pair and splits failures by class and side', async () => {
  const set = new MetricSet('text', context({ kind: 'text' }));
  await set.observeAll([
    pair(ok({ text: 'a' }), ok({ text: 'a' })),
    pair(ok({ text: 'a' }), failed('timeout')),
    pair(ok({ text: 'a' }), failed('http-5xx')),
    pair(failed('rate-limited'), ok({ text: 'a' })),
    pair(failed('timeout'), failed('timeout')),
  ]);
  const r = byId(await set.finish(), 'requests.success_rate');
  assert.equal(r.test, 'paired-binary');
  assert.equal(r.badDirection, 'decrease');
  assert.equal(r.n, 5);
  assert.deepEqual(r.binary, { bothPass: 1, baselineOnly: 2, candidateOnly: 1, neither: 1 });
  assert.equal(r.baseline, 3 / 5);
  assert.equal(r.candidate, 2 / 5);
  assert.deepEqual(r.details?.failures, { baseline: { 'rate-limited': 1, timeout: 1 }, candidate: { timeout: 2, 'http-5xx': 1 } });
});

test('requests.success_rate names failures by what fixes them: HTTP status, socket error, else the class', async () => {
  const set = new MetricSet('text', context({ kind: 'text' }));
  const http = (status: number): CallResult => ({
    ok: false,
    error: { class: status === 429 ? 'rate-limited' : 'http-4xx', status, message: `HTTP ${status}: nope` },
    attempts: 1,
    latencyMs: 3,
  });
  const socket = (code: string): CallResult => ({
    ok: false,
    error: { class: 'connect', message: `${code}: connect ${code} 127.0.0.1:9` },
    attempts: 4,
    latencyMs: 1,
  });
  await set.observeAll([
    pair(http(401), http(401)),
    pair(http(404), socket('ECONNREFUSED')),
    pair(http(429), socket('ECONNRESET')),
    pair(failed('timeout'), socket('EWEIRD')),
    pair(ok({ text: 'a' }), failed('error-body')),
  ]);
  const r = byId(await set.finish(), 'requests.success_rate');
  assert.deepEqual(r.details?.failureLabels, {
    baseline: { 'HTTP 401': 1, 'HTTP 404': 1, 'HTTP 429': 1, timeout: 1 },
    candidate: { 'HTTP 401': 1, 'connection refused': 1, 'connection reset': 1, 'connection error': 1, 'error in a 200 answer': 1 },
  });
  // Shards merge their labels exactly.
  const a = new MetricSet('text', context({ kind: 'text' }));
  const b = new MetricSet('text', context({ kind: 'text' }));
  await a.observe(pair(http(401), http(401)));
  await b.observe(pair(http(401), http(500)));
  await a.merge(b);
  assert.deepEqual(byId(await a.finish(), 'requests.success_rate').details?.failureLabels, {
    baseline: { 'HTTP 401': 2 },
    candidate: { 'HTTP 401': 1, 'HTTP 500': 1 },
  });
});

test('latency.ms pairs both sides of successful pairs and reports p50/p95/p99', async () => {
  const set = new MetricSet('text', context({ kind: 'text' }));
  for (let i = 1; i <= 100; i++) await set.observe(pair(ok({ text: 'x' }, i), ok({ text: 'x' }, 2 * i)));
  await set.observe(pair(ok({ text: 'x' }, 5), failed('timeout', 30_000)));
  const r = byId(await set.finish(), 'latency.ms');
  assert.equal(r.test, 'paired-continuous');
  assert.equal(r.badDirection, 'increase');
  assert.equal(r.n, 100);
  assert.equal(r.paired?.baseline.length, 100);
  assert.equal(r.paired?.candidate[9], 20, 'pairs stay aligned');
  assert.ok(!r.paired?.candidate.includes(30_000), 'a timed-out call is not a latency sample');
  const details = r.details as { baseline: { p50: number; p95: number; p99: number }; candidate: { p50: number }; excludedFailedPairs: number };
  assert.equal(details.baseline.p50, 50.5);
  assert.equal(details.baseline.p95, 95.05);
  assert.equal(details.baseline.p99, 99.01);
  assert.equal(details.candidate.p50, 101);
  assert.equal(r.baseline, 50.5);
  assert.equal(details.excludedFailedPairs, 1);
});

test('token metrics appear only when a server reported usage; total falls back to prompt + completion', async () => {
  const without = new MetricSet('text', context({ kind: 'text' }));
  await without.observe(pair(ok({ text: 'x' }), ok({ text: 'y' })));
  const ids = (await without.finish()).map((r) => r.id);
  assert.ok(!ids.includes('tokens.total') && !ids.includes('tokens.completion'));
  assert.ok(ids.includes('latency.ms'));

  const withUsage = new MetricSet('text', context({ kind: 'text' }));
  await withUsage.observe(
    pair(ok({ text: 'x', usage: { promptTokens: 10, completionTokens: 5 } }), ok({ text: 'y', usage: { totalTokens: 40, completionTokens: 30 } })),
  );
  await withUsage.observe(pair(ok({ text: 'x' }), ok({ text: 'y', usage: { totalTokens: 9 } })));
  const results = await withUsage.finish();
  const total = byId(results, 'tokens.total');
  assert.deepEqual(plainPaired(total.paired), { baseline: [15], candidate: [40] });
  assert.equal(total.details?.missingValuePairs, 1);
  assert.deepEqual(plainPaired(byId(results, 'tokens.completion').paired), { baseline: [5], candidate: [30] });
});
