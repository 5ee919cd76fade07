import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replay } from '../../src/replay/engine.ts';
import { backoffDelay, parseRetryAfter } from '../../src/replay/transport.ts';
import type { FailureClass, Pair, ReplayStats } from '../../src/types.ts';
import { faultFirst, faultWhen, startKserveServer, startOpenAIServer, type Fault, type ModelServer } from '../support/model-servers.ts';
import { assertAccounted, chatRequest, iterate, makeRecords, openaiEndpoint } from './helpers.ts';

interface Run {
  stats: ReplayStats;
  pairs: Pair[];
  baseline: ModelServer;
  candidate: ModelServer;
  elapsedMs: number;
}

/** Replays `n` records against a healthy baseline and a candidate with the given fault hook. */
async function runWithCandidateFault(
  fault: (r: import('../support/model-servers.ts').ReceivedRequest) => Fault | undefined,
  opts: { n?: number; timeoutMs?: number; retries?: number } = {},
): Promise<Run> {
  const baseline = await startOpenAIServer();
  const candidate = await startOpenAIServer({ fault });
  const pairs: Pair[] = [];
  const started = performance.now();
  try {
    const retries = { max: opts.retries ?? 2, baseDelayMs: 5, maxDelayMs: 40 };
    const stats = await replay({
      records: iterate(makeRecords(opts.n ?? 10)),
      baseline: openaiEndpoint('baseline', baseline.url, { retries }),
      candidate: openaiEndpoint('candidate', candidate.url, { retries, timeoutMs: opts.timeoutMs ?? 5000 }),
      buildRequest: chatRequest,
      concurrency: 4,
      onPair: (p) => void pairs.push(p),
    });
    const elapsedMs = performance.now() - started;
    assertAccounted(stats, pairs);
    // Every attempt reached a server: first attempts plus retries.
    assert.equal(baseline.count + candidate.count, stats.requests + stats.retried, 'server attempts == requests + retried');
    assert.ok(
      pairs.every((p) => p.baseline.ok),
      'the healthy side is untouched',
    );
    return { stats, pairs, baseline, candidate, elapsedMs };
  } finally {
    await Promise.all([baseline.close(), candidate.close()]);
  }
}

function classes(pairs: Pair[]): Array<FailureClass | 'ok'> {
  return [...new Set(pairs.map((p) => (p.candidate.ok ? 'ok' : p.candidate.error!.class)))];
}

describe('transient faults are retried and end as answers', () => {
  test('429 with Retry-After in seconds: the wait is honoured, then every call succeeds', async () => {
    const run = await runWithCandidateFault(faultFirst(1, { kind: 'status', status: 429, retryAfter: 1 }), { n: 6 });
    assert.equal(run.stats.ok, 12);
    assert.equal(run.stats.retried, 6);
    assert.equal(run.candidate.count, 12);
    assert.ok(run.pairs.every((p) => p.candidate.attempts === 2));
    assert.ok(run.elapsedMs >= 1000, `finished after ${run.elapsedMs} ms despite Retry-After: 1`);
  });

  test('429 with Retry-After as an HTTP date is honoured too', async () => {
    // HTTP dates have 1 s resolution: point at a whole second 1.5–2.5 s after the 429 is sent.
    const asked: number[] = [];
    const tooSoon = faultFirst(1, { kind: 'status', status: 429 });
    const run = await runWithCandidateFault(
      (r) => {
        const fault = tooSoon(r);
        if (!fault) return undefined;
        const until = Math.ceil((Date.now() + 1500) / 1000) * 1000;
        asked.push(until - Date.now());
        return { ...fault, retryAfter: new Date(until).toUTCString() };
      },
      { n: 2 },
    );
    assert.equal(run.stats.ok, 4);
    const attempts = run.candidate.requests.map((r) => r.at);
    const gap = attempts[attempts.length - 1]! - attempts[0]!;
    // Both records were refused at once; the retries came no earlier than the date (±50 ms of clock granularity).
    assert.ok(gap >= Math.min(...asked) - 50, `retried after ${gap} ms, asked to wait ${Math.min(...asked)} ms`);
  });

  for (const status of [500, 502, 503]) {
    test(`HTTP ${status} once per request: retried, all ok`, async () => {
      const run = await runWithCandidateFault(faultFirst(1, { kind: 'status', status }));
      assert.equal(run.stats.ok, 20);
      assert.equal(run.stats.retried, 10);
      assert.equal(run.candidate.count, 20);
    });
  }

  test('a hang past the timeout is retried', async () => {
    const run = await runWithCandidateFault(faultFirst(1, { kind: 'hang' }), { timeoutMs: 150 });
    assert.equal(run.stats.ok, 20);
    assert.equal(run.stats.retried, 10);
  });

  test('connection reset and a truncated body are retried', async () => {
    for (const kind of ['reset', 'truncate'] as const) {
      const run = await runWithCandidateFault(faultFirst(1, { kind }));
      assert.equal(run.stats.ok, 20, kind);
      assert.equal(run.stats.retried, 10, kind);
    }
  });
});

describe('persistent faults fail with their class after the retries run out', () => {
  const cases: Array<[string, Fault, FailureClass, number]> = [
    ['429 without end', { kind: 'status', status: 429, retryAfter: 0 }, 'rate-limited', 3],
    ['502 without end', { kind: 'status', status: 502 }, 'http-5xx', 3],
    ['connection reset', { kind: 'reset' }, 'connect', 3],
    // Not retried: the server answered, and answered wrongly.
    ['malformed JSON', { kind: 'malformed' }, 'bad-body', 1],
    ['200 with an error body', { kind: 'error-body' }, 'error-body', 1],
    ['400', { kind: 'status', status: 400 }, 'http-4xx', 1],
    ['404', { kind: 'status', status: 404 }, 'http-4xx', 1],
  ];
  for (const [name, fault, cls, attempts] of cases) {
    test(`${name} → ${cls} after ${attempts} attempt(s)`, async () => {
      const run = await runWithCandidateFault(faultWhen(() => true, fault));
      assert.deepEqual(classes(run.pairs), [cls]);
      assert.deepEqual(run.stats.failed, { [cls]: 10 });
      assert.equal(run.stats.ok, 10);
      assert.equal(run.candidate.count, 10 * attempts);
      assert.ok(run.pairs.every((p) => p.candidate.attempts === attempts));
    });
  }

  test('a Retry-After longer than the policy allows fails at once instead of stalling', async () => {
    const run = await runWithCandidateFault(
      faultWhen(() => true, { kind: 'status', status: 429, retryAfter: 3600 }),
      { n: 3 },
    );
    assert.deepEqual(run.stats.failed, { 'rate-limited': 3 });
    assert.equal(run.candidate.count, 3);
    assert.ok(run.elapsedMs < 3000);
  });

  test('a hang on every attempt → timeout', async () => {
    const run = await runWithCandidateFault(
      faultWhen(() => true, { kind: 'hang' }),
      { n: 4, timeoutMs: 100, retries: 1 },
    );
    assert.deepEqual(run.stats.failed, { timeout: 4 });
    assert.equal(run.candidate.count, 8);
    assert.ok(run.pairs.every((p) => p.candidate.latencyMs >= 90)); // timers may fire a ms early;
  });

  test('only some records failing leaves the others as answers', async () => {
    const run = await runWithCandidateFault(
      faultWhen((r) => /question [02468]"/.test(JSON.stringify(r.body)), { kind: 'status', status: 500 }),
      { retries: 0 },
    );
    assert.deepEqual(run.stats.failed, { 'http-5xx': 5 });
    assert.equal(run.stats.ok, 15);
  });
});

describe('kserve under faults', () => {
  test('503 and resets from a KServe server are retried the same way', async () => {
    const model = {
      infer: (inputs: Array<{ data: unknown[] }>) => [{ name: 'y', shape: [1], datatype: 'FP32', data: [Number(inputs[0]?.data[0]) * 2] }],
    };
    let n = 0;
    const server = await startKserveServer({
      models: { m: model },
      fault: (r) => {
        const first = r.index % 2 === 0;
        if (!first) return undefined;
        return ++n % 2 === 0 ? { kind: 'reset' } : { kind: 'status', status: 503, retryAfter: 0 };
      },
    });
    try {
      const pairs: Pair[] = [];
      const side = (label: string) => ({
        label,
        protocol: 'kserve-v2' as const,
        url: server.url,
        model: 'm',
        timeoutMs: 2000,
        retries: { max: 5, baseDelayMs: 1, maxDelayMs: 5 },
        kserveOutput: { name: 'y' },
      });
      const stats = await replay({
        records: iterate(makeRecords(8)),
        baseline: side('baseline'),
        candidate: side('candidate'),
        buildRequest: (_s, r) => ({
          protocol: 'kserve-v2',
          body: { inputs: [{ name: 'x', shape: [1], datatype: 'FP32', data: [r.line] }] },
        }),
        concurrency: 1,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.equal(stats.ok, 16);
      assert.equal(server.count, stats.requests + stats.retried);
      assert.ok(stats.retried >= 16, `retried ${stats.retried}`);
      assert.ok(pairs.every((p) => p.candidate.output?.value === p.record.line * 2));
    } finally {
      await server.close();
    }
  });
});

describe('retry timing', () => {
  test('Retry-After parses seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });

  test('full-jitter backoff stays within [0, min(max, base·2^n))', () => {
    const policy = { max: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(
      backoffDelay(0, policy, () => 0.999),
      99,
    );
    assert.equal(
      backoffDelay(3, policy, () => 0.5),
      400,
    );
    assert.equal(
      backoffDelay(10, policy, () => 0.999),
      999,
    );
    assert.equal(
      backoffDelay(2, policy, () => 0),
      0,
    );
  });
});
