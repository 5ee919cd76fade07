// Shared setup for replay tests: records, request building and the stats invariants.
import assert from 'node:assert/strict';
import type { Endpoint } from '../../src/replay/endpoint.ts';
import type { ModelRequest, Pair, ReplayRecord, ReplayStats } from '../../src/types.ts';

export function makeRecords(n: number, prefix = 'r'): ReplayRecord[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, line: i + 1, data: { q: `question ${i}` } }));
}

export async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

export function chatRequest(_side: string, record: ReplayRecord): ModelRequest {
  return { protocol: 'openai', body: { messages: [{ role: 'user', content: String(record.data.q) }] } };
}

export function openaiEndpoint(label: string, url: string, extra: Partial<Endpoint> = {}): Endpoint {
  return {
    label,
    protocol: 'openai',
    url,
    model: `${label}-model`,
    timeoutMs: 5000,
    retries: { max: 2, baseDelayMs: 5, maxDelayMs: 50 },
    ...extra,
  };
}

export function totalFailed(stats: ReplayStats): number {
  return Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
}

/** What must hold after every run: each sampled record is one pair and each request is counted once. */
export function assertAccounted(stats: ReplayStats, pairs: Pair[], callsPerPair = 2): void {
  assert.equal(stats.pairs, stats.sampled, 'pairs == sampled');
  assert.equal(pairs.length, stats.pairs, 'onPair saw every pair');
  assert.equal(new Set(pairs.map((p) => p.record.id)).size, pairs.length, 'no record twice');
  assert.equal(stats.requests, stats.pairs * callsPerPair, 'requests == pairs × calls');
  assert.equal(stats.requests, stats.ok + totalFailed(stats), 'requests == ok + failed');
  const results = pairs.flatMap((p) => [p.baseline, p.candidate, ...(p.baselineRepeat ? [p.baselineRepeat] : [])]);
  assert.equal(results.filter((r) => r.ok).length, stats.ok, 'ok matches the pairs');
  assert.equal(
    results.reduce((a, r) => a + Math.max(0, r.attempts - 1), 0),
    stats.retried,
    'retried == extra attempts in the pairs',
  );
}
