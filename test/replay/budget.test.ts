// One byte budget for every answer in flight: answers hold what they cost in memory (bytes, body string,
// parsed text) until their pair is scored, the
// total never exceeds the budget whatever the concurrency, and an answer that does not fit fails as
// `too-large` (counted, not retried) while the others are answered normally.
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
  test('concurrent answers share the budget: it is never exceeded, and what does not fit fails as too-large', async () => {
    // Each answer is ~300 KiB, ~900 KiB with its body string and parsed text; 12 at once would need ~10.8 MiB
    // of a 1 MiB budget. At least one must get through: reserving only the bytes first would let several
    // start and none finish.
    const server = await startOpenAIServer({ latencyMs: 20, keepRequests: false, answer: () => 'y'.repeat(300 * KIB) });
    const transport = createTransport({ concurrency: 12 });
    const budget = new ByteBudget(1024 * KIB);
    const leases = Array.from({ length: 12 }, () => budget.lease());
    try {
      const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
      const outcomes = await Promise.all(
        leases.map((lease) =>
          sendWithRetry(transport, { method: 'POST', url: `${server.url}/chat/completions`, headers: {}, body, timeoutMs: 10_000, budget: lease }, { max: 2, baseDelayMs: 1, maxDelayMs: 1 }),
        ),
      );
      const answered = outcomes.filter((o) => o.response);
      const refused = outcomes.filter((o) => o.failure);
      assert.equal(answered.length, 1, `${answered.length} answers fit in 1 MiB`);
      assert.equal(answered.length + refused.length, 12);
      for (const o of refused) {
        assert.equal(o.failure?.kind, 'too-large');
        assert.equal(o.attempts, 1, 'not retried');
        assert.match(o.failure?.message ?? '', /does not fit the byte budget for answers in flight \(1 MiB;/);
      }
      assert.ok(budget.peak <= budget.limit, `peak ${budget.peak}`);
      // The answers returned still hold their cost (until the caller has used them); the refused hold none.
      const held = leases.reduce((n, l) => n + l.held, 0);
      assert.equal(held, budget.used);
      assert.equal(held, 3 * answered.reduce((n, o) => n + Buffer.byteLength(o.response!.body), 0), 'bytes, body string and parsed text');
      for (const lease of leases) lease.releaseAll();
      assert.equal(budget.used, 0);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test('a replay releases each pair\'s bytes once it is scored: a small budget serves a long run, one runaway answer fails alone', async () => {
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
        const outcome = await sendWithRetry(transport, { method: 'POST', url: `${url}${path}`, headers: {}, body: '{}', timeoutMs: 10_000, budget: lease }, { max: 0, baseDelayMs: 1, maxDelayMs: 1 });
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
      const outcome = await sendWithRetry(transport, { method: 'POST', url: `${server.url}/chat/completions`, headers: {}, body, timeoutMs: 10_000, budget: lease }, { max: 2, baseDelayMs: 1, maxDelayMs: 1 });
      assert.equal(outcome.failure?.kind, 'too-large');
      assert.equal(outcome.attempts, 1);
      assert.match(outcome.failure?.message ?? '', /\(1 MiB; this one 0\.4 MiB, 1\.2 MiB with its text and parsed form, 0 MiB held by the others\)/);
      assert.equal(lease.held, 0);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test('released answers are collected: a full GC follows every collectEvery bytes given back, not every release', async () => {
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
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
