// One byte budget for every answer in flight: answers hold their bytes until their pair is scored, the
// total never exceeds the budget whatever the concurrency, and an answer that does not fit fails as
// `too-large` (counted, not retried) while the others are answered normally.
import assert from 'node:assert/strict';
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
    // Each answer is ~300 KiB; 12 at once would need ~3.6 MiB of a 1 MiB budget.
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
      assert.ok(answered.length >= 1 && answered.length <= 3, `${answered.length} answers fit in 1 MiB`);
      assert.equal(answered.length + refused.length, 12);
      for (const o of refused) {
        assert.equal(o.failure?.kind, 'too-large');
        assert.equal(o.attempts, 1, 'not retried');
        assert.match(o.failure?.message ?? '', /does not fit the byte budget for answers in flight \(1 MiB;/);
      }
      assert.ok(budget.peak <= budget.limit, `peak ${budget.peak}`);
      // The answers returned still hold their bytes (until the caller has used them); the refused hold none.
      const held = leases.reduce((n, l) => n + l.held, 0);
      assert.equal(held, budget.used);
      assert.equal(held, answered.reduce((n, o) => n + Buffer.byteLength(o.response!.body), 0));
      for (const lease of leases) lease.releaseAll();
      assert.equal(budget.used, 0);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test('a replay releases each pair\'s bytes once it is scored: a small budget serves a long run, one runaway answer fails alone', async () => {
    // Record r7's candidate answer is 2 MiB, more than the whole 1 MiB budget; the others are 100 KiB.
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
        answerBudgetBytes: 1024 * KIB,
        onPair: (p) => void pairs.push(p),
      });
      assertAccounted(stats, pairs);
      assert.deepEqual(stats.failed, { 'too-large': 1 });
      const failed = pairs.find((p) => !p.candidate.ok);
      assert.equal(failed?.record.id, 'r7');
      assert.equal(failed?.candidate.attempts, 1);
      assert.equal(stats.ok, 119, '60 pairs × 2 answers of 100 KiB = 12 MiB went through a 1 MiB budget');
    } finally {
      await server.close();
    }
  });
});
