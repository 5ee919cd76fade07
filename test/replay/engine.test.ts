import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isUserError, UserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { readDataset, validateDataset } from '../../src/replay/dataset.ts';
import { replay } from '../../src/replay/engine.ts';
import type { Pair, ReplayRecord } from '../../src/types.ts';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { assertAccounted, chatRequest, iterate, makeRecords, openaiEndpoint } from './helpers.ts';

async function withServer<T>(opts: Parameters<typeof startOpenAIServer>[0], fn: (s: ModelServer) => Promise<T>): Promise<T> {
  const server = await startOpenAIServer(opts);
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

/** Answers name the model, so a pair shows which side produced which answer. */
const byModel = (body: Record<string, unknown>) => `${String(body.model)}: ${lastUserMessage(body)}`;

describe('paired replay', () => {
  test('each record yields one pair with the baseline and candidate answers', async () => {
    await withServer({ answer: byModel, latencyMs: 5 }, async (server) => {
      const pairs: Pair[] = [];
      const stats = await replay({
        records: iterate(makeRecords(30)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 8,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.equal(stats.sampled, 30);
      assert.equal(stats.ok, 60);
      assert.deepEqual(stats.failed, {});
      for (const pair of pairs) {
        const q = String(pair.record.data.q);
        assert.equal(pair.baseline.output?.text, `baseline-model: ${q}`);
        assert.equal(pair.candidate.output?.text, `candidate-model: ${q}`);
        assert.equal(pair.baselineRepeat, undefined);
      }
      assert.equal(server.count, 60);
    });
  });

  test('one pool for both sides: in-flight never exceeds the concurrency, and it is used', async () => {
    await withServer({ latencyMs: 30 }, async (server) => {
      const pairs: Pair[] = [];
      await replay({
        records: iterate(makeRecords(40)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 6,
        onPair: (p) => void pairs.push(p),
      });
      assert.ok(server.maxInFlight <= 6, `server saw ${server.maxInFlight} at once`);
      assert.ok(server.maxInFlight >= 4, `pool under-used: ${server.maxInFlight}`);
    });
  });

  test("a pair's two calls run at the same time", async () => {
    await withServer({ latencyMs: 100 }, async (server) => {
      await replay({
        records: iterate(makeRecords(6)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 2,
        onPair: () => {},
      });
      const arrivals = new Map<string, number[]>();
      for (const r of server.requests) {
        const q = lastUserMessage(r.body as Record<string, unknown>);
        arrivals.set(q, [...(arrivals.get(q) ?? []), r.at]);
      }
      // Overlapping: the second side arrives before the first one's answer (100 ms) is due.
      for (const [q, [a, b]] of arrivals) assert.ok(Math.abs(a! - b!) < 100, `${q}: sides ${Math.abs(a! - b!)} ms apart`);
    });
  });

  test('noise floor: the baseline is asked twice per record', async () => {
    let baselineCalls = 0;
    await withServer(
      {
        answer: (body) => {
          if (body.model === 'baseline-model') baselineCalls++;
          return byModel(body);
        },
      },
      async (server) => {
        const pairs: Pair[] = [];
        const stats = await replay({
          records: iterate(makeRecords(12)),
          baseline: openaiEndpoint('baseline', server.url),
          candidate: openaiEndpoint('candidate', server.url),
          buildRequest: chatRequest,
          concurrency: 4,
          noiseFloor: true,
          onPair: (p) => void pairs.push(p),
        });
        assertAccounted(stats, pairs, 3);
        assert.equal(baselineCalls, 24);
        assert.equal(server.count, 36);
        assert.ok(pairs.every((p) => p.baselineRepeat?.output?.text === p.baseline.output?.text));
      },
    );
  });

  test('stats.read counts records before sampling when the dataset counts are passed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sg-engine-'));
    try {
      const path = join(dir, 'd.jsonl');
      await writeFile(path, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, q: `q${i}` })).join('\n'));
      const sampling = { rate: 0.25, seed: 'pr-42' };
      const expected = await validateDataset(path, sampling);
      const { records, counts } = readDataset(path, sampling);
      await withServer({}, async (server) => {
        const pairs: Pair[] = [];
        const log = memoryLog();
        const stats = await replay({
          records,
          counts,
          baseline: openaiEndpoint('baseline', server.url),
          candidate: openaiEndpoint('candidate', server.url),
          buildRequest: chatRequest,
          concurrency: 8,
          onPair: (p) => void pairs.push(p),
          progress: { log, total: expected.sampled, intervalMs: 0 },
        });
        assertAccounted(stats, pairs);
        assert.equal(stats.read, 200);
        assert.equal(stats.sampled, expected.sampled);
        assert.ok(log.lines.some((l) => l.startsWith(`replay: ${expected.sampled}/${expected.sampled} pairs (100%)`)));
        assert.match(log.lines.at(-1) ?? '', /^replay done: /);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('back-pressure and memory', () => {
  test('the dataset is read only as far ahead as the pool can use', async () => {
    let pulled = 0;
    let finished = 0;
    let maxAhead = 0;
    async function* counting(): AsyncGenerator<ReplayRecord> {
      for (const r of makeRecords(200)) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - finished);
        yield r;
      }
    }
    await withServer({ latencyMs: 2 }, async (server) => {
      const stats = await replay({
        records: counting(),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 5,
        onPair: () => void finished++,
      });
      assert.equal(stats.pairs, 200);
    });
    assert.ok(maxAhead <= 6, `read ${maxAhead} records ahead of the finished pairs`);
  });

  test('10,000 records stream through with small heap growth', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const padding = 'p'.repeat(2000);
    async function* big(): AsyncGenerator<ReplayRecord> {
      for (let i = 0; i < 10_000; i++) yield { id: `r${i}`, line: i + 1, data: { q: `q${i}`, padding } };
    }
    await withServer({ keepRequests: false, answer: () => 'ok' }, async (server) => {
      gc();
      const before = process.memoryUsage().heapUsed;
      let peak = 0;
      let n = 0;
      const stats = await replay({
        records: big(),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        // Each request carries the padding, so buffered requests would show up in the heap.
        buildRequest: (_side, r) => ({ protocol: 'openai', body: { messages: [{ role: 'user', content: `${r.data.q}${r.data.padding}` }] } }),
        concurrency: 32,
        onPair: () => {
          if (++n % 1000 === 0) {
            gc();
            peak = Math.max(peak, process.memoryUsage().heapUsed - before);
          }
        },
      });
      assert.equal(stats.pairs, 10_000);
      assert.equal(stats.ok, 20_000);
      // 10,000 pairs × 2 requests × ~2 KB would be > 40 MB if anything held them.
      assert.ok(peak < 16 * 1024 * 1024, `heap grew by ${(peak / 1048576).toFixed(1)} MB`);
    });
  });
});

describe('deadline and stopping', () => {
  test('records pending at the deadline become deadline failures; nothing is lost', async () => {
    await withServer({ latencyMs: 100 }, async (server) => {
      const pairs: Pair[] = [];
      const started = performance.now();
      const stats = await replay({
        records: iterate(makeRecords(50)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 4,
        deadlineMs: 250,
        onPair: (p) => void pairs.push(p),
      });
      const elapsed = performance.now() - started;
      assertAccounted(stats, pairs);
      assert.equal(stats.pairs, 50);
      assert.ok(stats.ok >= 2 && stats.ok <= 12, `ok ${stats.ok}`);
      assert.equal(stats.failed.deadline, 100 - stats.ok);
      assert.deepEqual(Object.keys(stats.failed), ['deadline']);
      assert.deepEqual(stats.interrupted, { by: 'deadline', reason: 'the overall deadline of 250 ms passed' });
      // Unsent calls say so (0 attempts); the server saw only what was sent.
      const sent = pairs.flatMap((p) => [p.baseline, p.candidate]).filter((r) => r.attempts > 0).length;
      assert.equal(server.count, sent);
      assert.ok(elapsed < 1500, `stopped ${elapsed} ms after start`);
    });
  });

  test('a Retry-After wait that would end past the deadline is not waited for: the call fails as rate-limited at once', async () => {
    const server = await startOpenAIServer({ fault: () => ({ kind: 'status', status: 429, retryAfter: 30 }) });
    try {
      const pairs: Pair[] = [];
      const started = performance.now();
      const stats = await replay({
        records: iterate(makeRecords(3)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 8,
        deadlineMs: 300,
        onPair: (p) => void pairs.push(p),
      });
      assert.ok(performance.now() - started < 2000);
      assertAccounted(stats, pairs);
      assert.deepEqual(stats.failed, { 'rate-limited': 6 });
      assert.equal(server.count, 6);
      assert.equal(stats.interrupted, undefined, 'every request finished before the deadline');
    } finally {
      await server.close();
    }
  });

  test('a UserError from buildRequest stops the run with that error', async () => {
    await withServer({ latencyMs: 5 }, async (server) => {
      const pairs: Pair[] = [];
      const problem = new UserError('template variable "customer.name" is missing', { file: 'd.jsonl', line: 8 });
      await assert.rejects(
        replay({
          records: iterate(makeRecords(1000)),
          baseline: openaiEndpoint('baseline', server.url),
          candidate: openaiEndpoint('candidate', server.url),
          buildRequest: (side, record) => {
            if (record.line === 8 && side === 'candidate') throw problem;
            return chatRequest(side, record);
          },
          concurrency: 4,
          onPair: (p) => void pairs.push(p),
        }),
        (e: unknown) => e === problem,
      );
      assert.ok(pairs.length < 8, `${pairs.length} pairs emitted`);
      assert.ok(server.count <= 14, `record 8 and later were not sent (${server.count} requests)`);
    });
  });

  test('an error thrown by onPair stops the run', async () => {
    const server = await startOpenAIServer();
    try {
      let calls = 0;
      await assert.rejects(
        replay({
          records: iterate(makeRecords(500)),
          baseline: openaiEndpoint('baseline', server.url),
          candidate: openaiEndpoint('candidate', server.url),
          buildRequest: chatRequest,
          concurrency: 4,
          onPair: () => {
            if (++calls === 3) throw new Error('disk full');
          },
        }),
        /disk full/,
      );
      assert.equal(calls, 3);
      assert.ok(server.count < 100);
    } finally {
      await server.close();
    }
  });

  test('a dataset error met mid-stream stops the run with it', async () => {
    await withServer({}, async (server) => {
      async function* broken(): AsyncGenerator<ReplayRecord> {
        yield* makeRecords(3);
        throw new UserError('dataset line is not valid JSON', { file: 'd.jsonl', line: 4, column: 2 });
      }
      await assert.rejects(
        replay({
          records: broken(),
          baseline: openaiEndpoint('baseline', server.url),
          candidate: openaiEndpoint('candidate', server.url),
          buildRequest: chatRequest,
          concurrency: 4,
          onPair: () => {},
        }),
        (e: unknown) => isUserError(e) && e.location?.line === 4,
      );
    });
  });

  test('a missing credential fails before any request', async () => {
    await withServer({}, async (server) => {
      await assert.rejects(
        replay({
          records: iterate(makeRecords(5)),
          baseline: openaiEndpoint('baseline', server.url),
          candidate: openaiEndpoint('candidate', server.url, { auth: { env: 'SG_CANDIDATE_KEY' } }),
          buildRequest: chatRequest,
          concurrency: 4,
          env: {},
          onPair: () => {},
        }),
        (e: unknown) => isUserError(e) && /SG_CANDIDATE_KEY/.test(e.message),
      );
      assert.equal(server.count, 0);
    });
  });

  test('a cancellation (Ctrl-C) stops sending, lets requests in flight finish and says the run was cancelled', async () => {
    const server = await startOpenAIServer({ latencyMs: 50 });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort('SIGINT'), 120);
      const pairs: Pair[] = [];
      const stats = await replay({
        records: iterate(makeRecords(100)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 2,
        signal: controller.signal,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.deepEqual(Object.keys(stats.failed), ['cancelled']);
      assert.ok((stats.failed.cancelled ?? 0) > 150);
      // Everything that was sent came back: the grace period let the requests in flight finish.
      assert.equal(server.count, stats.ok);
      assert.ok(stats.ok >= 2);
      assert.deepEqual(stats.interrupted, { by: 'signal', reason: 'cancelled (SIGINT)' });
    } finally {
      await server.close();
    }
  });

  test('requests still in flight when the grace period ends are abandoned as cancelled', async () => {
    const server = await startOpenAIServer({ latencyMs: 60_000 });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort('SIGTERM'), 50);
      const pairs: Pair[] = [];
      const stats = await replay({
        records: iterate(makeRecords(10)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 4,
        signal: controller.signal,
        cancelGraceMs: 100,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.deepEqual(stats.failed, { cancelled: 20 });
      const abandoned = pairs.flatMap((p) => [p.baseline, p.candidate]).filter((r) => r.attempts > 0);
      assert.equal(abandoned.length, 4, 'the four requests in flight');
      for (const r of abandoned) assert.match(r.error?.message ?? '', /abandoned: the run was cancelled/);
      assert.deepEqual(stats.interrupted, { by: 'signal', reason: 'cancelled (SIGTERM)' });
    } finally {
      await server.close();
    }
  });
});
