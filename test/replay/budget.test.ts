// One byte budget for every answer in flight: answers hold what they cost in memory (bytes, body string,
// parsed text) until their pair is scored, and the total never exceeds the budget whatever the concurrency.
// An answer that does not fit yet waits for room; only one that can never fit (beside its own pair's
// answers, the whole budget is too small) fails as `too-large`, counted and not retried.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { describe, test } from 'node:test';
import { ByteBudget } from '../../src/replay/budget.ts';
import { replay } from '../../src/replay/engine.ts';
import { createTransport, sendWithRetry } from '../../src/replay/transport.ts';
import type { Pair } from '../../src/types.ts';
import { lastUserMessage, startOpenAIServer } from '../support/model-servers.ts';
import { assertAccounted, chatRequest, iterate, makeRecords, openaiEndpoint } from './helpers.ts';

const KIB = 1024;

describe('byte budget for answers in flight', () => {
  test('concurrent answers share the budget: it is never exceeded, and what does not fit yet waits for room instead of failing', async () => {
    // Each answer is ~300 KiB, ~900 KiB with its body string and parsed text; 12 at once would need ~10.8 MiB
    // of a 1 MiB budget, so they are read one at a time: each caller releases its answer once it has it.
    const server = await startOpenAIServer({ latencyMs: 20, keepRequests: false, answer: () => 'y'.repeat(300 * KIB) });
    const transport = createTransport({ concurrency: 12 });
    const budget = new ByteBudget(1024 * KIB);
    const leases = Array.from({ length: 12 }, () => budget.lease());
    let mostWaiting = 0;
    try {
      const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
      const outcomes = await Promise.all(
        leases.map(async (lease) => {
          const outcome = await sendWithRetry(
            transport,
            { method: 'POST', url: `${server.url}/chat/completions`, headers: {}, body, timeoutMs: 10_000, budget: lease },
            { max: 2, baseDelayMs: 1, maxDelayMs: 1 },
          );
          mostWaiting = Math.max(mostWaiting, budget.waiting);
          // What the caller holds is what it was charged: bytes, body string and parsed text.
          if (outcome.response) assert.equal(lease.held, 3 * Buffer.byteLength(outcome.response.body));
          lease.releaseAll();
          return outcome;
        }),
      );
      assert.deepEqual(
        outcomes.map((o) => o.failure?.message),
        Array(12).fill(undefined),
        'every answer received',
      );
      assert.ok(outcomes.every((o) => o.attempts === 1 && o.response?.status === 200));
      assert.ok(mostWaiting >= 3, `answers waited for room (most at once: ${mostWaiting})`);
      assert.ok(budget.peak <= budget.limit, `peak ${budget.peak}`);
      assert.ok(budget.peak >= 900 * KIB, 'one answer at a time was held');
      assert.equal(budget.used, 0);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test('5 MB answers at concurrency 32 under a budget that holds two pairs: all answered, none too-large, peak reserved within the budget', async () => {
    // 32 answers of 5 MB cost 15 MB each (480 MB together) against 64 MiB. Answered halves of pairs must not
    // fill the budget while their other halves wait: pairs are admitted whole, oldest first.
    const answer = 'f'.repeat(5_000_000);
    const server = await startOpenAIServer({ keepRequests: false, latencyMs: (r) => (r.index % 5) * 3, answer: () => answer });
    try {
      const pairs: Pair[] = [];
      const budget = new ByteBudget(64 * KIB * KIB);
      const started = performance.now();
      const stats = await replay({
        records: iterate(makeRecords(16)),
        baseline: openaiEndpoint('baseline', server.url, { timeoutMs: 30_000 }),
        candidate: openaiEndpoint('candidate', server.url, { timeoutMs: 30_000 }),
        buildRequest: chatRequest,
        concurrency: 32,
        answerBudget: budget,
        onPair: (p) => void pairs.push(p),
      });
      const wallMs = performance.now() - started;
      assertAccounted(stats, pairs);
      assert.deepEqual(stats.failed, {});
      assert.equal(stats.ok, 32);
      assert.equal(stats.retried, 0);
      for (const p of pairs) assert.equal(p.candidate.output?.text?.length, 5_000_000);
      assert.ok(budget.peak <= budget.limit, `peak reserved ${budget.peak} of ${budget.limit}`);
      assert.ok(budget.peak > 2 * 15_000_000, 'more than one pair was held at once');
      assert.equal(budget.used, 0, 'everything given back');
      assert.equal(budget.gaveWay, 0);
      // Waiting for room is not the model's time: no answer's latency includes the others' turns.
      const latencies = pairs.flatMap((p) => [p.baseline.latencyMs, p.candidate.latencyMs]);
      assert.ok(Math.min(...latencies) < wallMs / 2, `latencies ${Math.min(...latencies)}..${Math.max(...latencies)} ms, run ${wallMs} ms`);
    } finally {
      await server.close();
    }
  });

  test('with the noise floor, three answers a pair are admitted together: a budget that holds one triple and a half serves them all', async () => {
    // 300 KiB answers cost 900 KiB; a triple 2.7 MiB of a 4 MiB budget, so only one triple is held at once.
    const server = await startOpenAIServer({ keepRequests: false, latencyMs: (r) => (r.index % 7) * 2, answer: () => 'n'.repeat(300 * KIB) });
    try {
      const pairs: Pair[] = [];
      const budget = new ByteBudget(4096 * KIB);
      const stats = await replay({
        records: iterate(makeRecords(12)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 36,
        noiseFloor: true,
        answerBudget: budget,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs, 3);
      assert.deepEqual(stats.failed, {});
      assert.equal(stats.ok, 36);
      assert.equal(budget.gaveWay, 0);
      assert.ok(budget.peak <= budget.limit, `peak ${budget.peak}`);
      assert.equal(budget.used, 0);
    } finally {
      await server.close();
    }
  });

  test('answers without a declared length that outgrow the budget together do not lock up: the newest gives way, the others are answered', async () => {
    // Every answer streams 1 MiB in 32 KiB chunks with no Content-Length: 4 MiB with its text, parsed form and
    // the copy joining its chunks, so a pair needs 8 MiB. 16 answers at once each take part of a 12 MiB budget
    // as their chunks arrive, and all need more: nothing can finish until some let go.
    const payload = Buffer.from(JSON.stringify({ choices: [{ message: { role: 'assistant', content: 'g'.repeat(1024 * KIB) } }] }));
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', async () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let at = 0; at < payload.length; at += 32 * KIB) {
          if (!res.write(payload.subarray(at, at + 32 * KIB))) await new Promise((done) => res.once('drain', done));
          await new Promise((done) => setTimeout(done, 1));
          if (res.destroyed) return;
        }
        res.end();
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    try {
      const pairs: Pair[] = [];
      const budget = new ByteBudget(12 * KIB * KIB);
      const timeoutMs = 20_000;
      const started = performance.now();
      const stats = await replay({
        records: iterate(makeRecords(8)),
        baseline: openaiEndpoint('baseline', url, { timeoutMs }),
        candidate: openaiEndpoint('candidate', url, { timeoutMs }),
        buildRequest: chatRequest,
        concurrency: 16,
        answerBudget: budget,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.ok(performance.now() - started < timeoutMs, 'finished before any request timed out');
      assert.deepEqual(Object.keys(stats.failed), stats.ok === 16 ? [] : ['too-large'], JSON.stringify(stats.failed));
      assert.ok(stats.ok >= 2, `${stats.ok} answered`);
      assert.equal(stats.failed['too-large'] ?? 0, budget.gaveWay, 'every failure is an answer that gave way');
      assert.ok(budget.gaveWay >= 1, 'they could not all fit');
      for (const result of pairs.flatMap((p) => [p.baseline, p.candidate])) {
        if (result.ok) assert.equal(result.output?.text?.length, 1024 * KIB);
        else
          assert.match(
            result.error?.message ?? '',
            /^answer gave way: the answers in flight outgrew the byte budget together \(12 MiB\) and none could finish/,
          );
      }
      assert.ok(budget.peak <= budget.limit, `peak ${budget.peak}`);
      assert.equal(budget.used, 0);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });

  test('waiting for room runs on the request timeout: an answer that never gets room fails as timeout, saying it waited', async () => {
    const server = await startOpenAIServer({ keepRequests: false, answer: () => 'w'.repeat(200 * KIB) });
    const transport = createTransport({ concurrency: 1 });
    const budget = new ByteBudget(1024 * KIB);
    // A pair being scored (slowly) holds most of the budget: something is moving, so nothing gives way.
    const scoring = budget.group();
    assert.ok(scoring.lease().reserve(800 * KIB));
    scoring.complete();
    try {
      const lease = budget.lease();
      const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
      const started = performance.now();
      const outcome = await sendWithRetry(
        transport,
        { method: 'POST', url: `${server.url}/chat/completions`, headers: {}, body, timeoutMs: 400, budget: lease },
        { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
      );
      const tookMs = performance.now() - started;
      assert.equal(outcome.failure?.kind, 'timeout');
      assert.match(
        outcome.failure?.message ?? '',
        /^no complete response within 400 ms \(\d+ ms of it waiting for room in the byte budget for answers in flight\)$/,
      );
      assert.ok(tookMs < 2000, `${tookMs} ms`);
      assert.equal(lease.held, 0);
      assert.equal(budget.waiting, 0, 'no longer queued');
      scoring.release();
      assert.equal(budget.used, 0);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test("an answer already in is not held back by its pair's hanging other answer while there is room for both", async () => {
    const server = await startOpenAIServer({
      keepRequests: false,
      answer: () => 'h'.repeat(100 * KIB),
      fault: (r) => ((r.body as { model?: string }).model === 'candidate-model' ? { kind: 'hang' } : undefined),
    });
    try {
      const pairs: Pair[] = [];
      const budget = new ByteBudget(4096 * KIB);
      const stats = await replay({
        records: iterate(makeRecords(4)),
        baseline: openaiEndpoint('baseline', server.url, { timeoutMs: 600, retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 } }),
        candidate: openaiEndpoint('candidate', server.url, { timeoutMs: 600, retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 } }),
        buildRequest: chatRequest,
        concurrency: 8,
        answerBudget: budget,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.deepEqual(stats.failed, { timeout: 4 });
      for (const p of pairs) {
        assert.equal(p.baseline.ok, true, p.baseline.error?.message);
        assert.ok(p.baseline.latencyMs < 300, `baseline answered in ${p.baseline.latencyMs} ms`);
      }
      assert.equal(budget.used, 0);
    } finally {
      await server.close();
    }
  });

  test('the deadline ends a wait for room at once: the attempt is aborted and leaves the queue', async () => {
    const server = await startOpenAIServer({ keepRequests: false, answer: () => 'd'.repeat(200 * KIB) });
    const transport = createTransport({ concurrency: 1 });
    const budget = new ByteBudget(1024 * KIB);
    const scoring = budget.group();
    assert.ok(scoring.lease().reserve(800 * KIB));
    scoring.complete();
    try {
      const lease = budget.lease();
      const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
      const deadline = AbortSignal.timeout(150);
      const started = performance.now();
      const outcome = await sendWithRetry(
        transport,
        { method: 'POST', url: `${server.url}/chat/completions`, headers: {}, body, timeoutMs: 30_000, signal: deadline, budget: lease },
        { max: 3, baseDelayMs: 1, maxDelayMs: 1 },
      );
      assert.equal(outcome.failure?.kind, 'aborted');
      assert.ok(performance.now() - started < 5000);
      assert.equal(budget.waiting, 0);
      assert.equal(lease.held, 0);
      scoring.release();
      assert.equal(budget.used, 0);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test('waiters are served oldest pair first: a large answer is not overtaken by a stream of smaller, newer ones', async () => {
    const budget = new ByteBudget(10 * KIB);
    const holder = budget.lease();
    assert.ok(holder.reserve(6 * KIB));
    const large = budget.group().lease();
    const grant = large.grow(8 * KIB);
    // 4 KiB would fit beside the 6 held, but the older large answer is waiting for that room.
    const small = budget.group().lease();
    assert.equal(small.reserve(4 * KIB), false);
    const smallGrant = small.grow(4 * KIB);
    holder.releaseAll();
    assert.equal(await grant, 'granted');
    assert.equal(large.held, 8 * KIB);
    assert.equal(budget.waiting, 1, 'the small one still waits: 8 + 4 > 10');
    large.releaseAll();
    assert.equal(await smallGrant, 'granted');
    small.releaseAll();
    assert.ok(budget.peak <= budget.limit);
    // Beside its own pair's answers, which it cannot outwait, an answer may never fit: it is told at once.
    const pair = budget.group();
    const first = pair.lease();
    assert.ok(first.reserve(7 * KIB));
    assert.equal(await pair.lease().grow(4 * KIB), 'never-fits');
    pair.release();
    assert.equal(budget.used, 0);
  });

  test("a replay releases each pair's bytes once it is scored: a small budget serves a long run, one runaway answer fails alone", async () => {
    // Record r7's candidate answer is 2 MiB (6 MiB with its text and parsed form), more than the whole 4 MiB
    // budget; the others are 100 KiB (300 KiB), so the 8 answers of 4 pairs in flight fit.
    const server = await startOpenAIServer({
      keepRequests: false,
      answer: (body) => (lastUserMessage(body) === 'question 7' && body.model === 'candidate-model' ? 'z'.repeat(2048 * KIB) : 'a'.repeat(100 * KIB)),
    });
    try {
      const pairs: Pair[] = [];
      const stats = await replay({
        records: iterate(makeRecords(60)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 4,
        answerBudgetBytes: 4096 * KIB,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.deepEqual(stats.failed, { 'too-large': 1 });
      const failed = pairs.find((p) => !p.candidate.ok);
      assert.equal(failed?.record.id, 'r7');
      assert.equal(failed?.candidate.attempts, 1);
      assert.equal(stats.ok, 119, '60 pairs × 2 answers of 300 KiB = 36 MiB went through a 4 MiB budget');
    } finally {
      await server.close();
    }
  });

  test('text that is not ASCII is charged as UTF-16, and an answer without a length for the copy joining its chunks', async () => {
    // One answer each way from a plain loopback server: 'ü' is 2 bytes in UTF-8 and one UTF-16 unit in the string.
    const text = 'ü'.repeat(40 * KIB);
    const payload = Buffer.from(JSON.stringify({ choices: [{ message: { role: 'assistant', content: text } }] }));
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url?.endsWith('/chunked')) {
          // No Content-Length: the body arrives in several chunks that have to be joined.
          res.writeHead(200, { 'content-type': 'application/json' });
          for (let at = 0; at < payload.length; at += 16 * KIB) res.write(payload.subarray(at, at + 16 * KIB));
          res.end();
        } else {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length });
          res.end(payload);
        }
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const transport = createTransport({ concurrency: 2 });
    const budget = new ByteBudget(64 * 1024 * KIB);
    try {
      const send = async (path: string) => {
        const lease = budget.lease();
        const outcome = await sendWithRetry(
          transport,
          { method: 'POST', url: `${url}${path}`, headers: {}, body: '{}', timeoutMs: 10_000, budget: lease },
          { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
        );
        assert.equal(JSON.parse(outcome.response?.body ?? '{}').choices[0].message.content, text);
        return lease;
      };
      const declared = await send('/declared');
      // bytes + body string + parsed text (3×), then 2× more once the bytes turn out not to be ASCII.
      assert.equal(declared.held, 5 * payload.length);
      const chunked = await send('/chunked');
      assert.equal(chunked.held, 6 * payload.length, 'and once more for joining the chunks');
      declared.releaseAll();
      chunked.releaseAll();
      assert.equal(budget.used, 0);
    } finally {
      transport.close();
      await new Promise((done) => server.close(done));
    }
  });

  test('an answer that fits the bytes but not its decoded forms is refused before it is read, saying why', async () => {
    // 400 KiB of bytes fits a 1 MiB budget; with its body string and parsed text (1.2 MiB) it does not.
    const server = await startOpenAIServer({ keepRequests: false, answer: () => 'q'.repeat(400 * KIB) });
    const transport = createTransport({ concurrency: 1 });
    try {
      const lease = new ByteBudget(1024 * KIB).lease();
      const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
      const outcome = await sendWithRetry(
        transport,
        { method: 'POST', url: `${server.url}/chat/completions`, headers: {}, body, timeoutMs: 10_000, budget: lease },
        { max: 2, baseDelayMs: 1, maxDelayMs: 1 },
      );
      assert.equal(outcome.failure?.kind, 'too-large');
      assert.equal(outcome.attempts, 1);
      assert.match(
        outcome.failure?.message ?? '',
        /\(1 MiB; this one 0\.4 MiB, 1\.2 MiB with its text and parsed form, 0 MiB held by the other answers of its pair\)/,
      );
      assert.equal(lease.held, 0);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test('released answers are collected: a full GC follows every collectEvery bytes given back, not every release', async () => {
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      const budget = new ByteBudget(64 * KIB * KIB, { collectEvery: 8 * KIB * KIB });
      const release = async (bytes: number) => {
        const lease = budget.lease();
        assert.ok(lease.reserve(bytes));
        lease.releaseAll();
        await new Promise((done) => setImmediate(done));
        await new Promise((done) => setTimeout(done, 20)); // gc entries are delivered asynchronously
      };
      await release(3 * KIB * KIB);
      await release(3 * KIB * KIB);
      const before = majors.length;
      await release(3 * KIB * KIB); // 9 MiB released: over the 8 MiB mark
      assert.ok(majors.length > before, 'a major GC after 9 MiB released');
      const after = majors.length;
      await release(1 * KIB * KIB);
      assert.equal(majors.length, after, 'the count starts again after a collection');
    } finally {
      observer.disconnect();
    }
  });
});
