import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoryLog } from '../../src/log.ts';
import { replay } from '../../src/replay/engine.ts';
import { describeProgress, formatDuration, startProgress } from '../../src/replay/progress.ts';
import { callModel } from '../../src/replay/call.ts';
import { createTransport, maxResponseBytes, sendWithRetry, TransportError } from '../../src/replay/transport.ts';
import { faultWhen, startOpenAIServer } from '../support/model-servers.ts';
import { chatRequest, iterate, makeRecords, openaiEndpoint } from './helpers.ts';

describe('transport', () => {
  test('keep-alive: a run reuses at most `concurrency` connections', async () => {
    const server = await startOpenAIServer({ latencyMs: 2 });
    try {
      const stats = await replay({
        records: iterate(makeRecords(150)),
        baseline: openaiEndpoint('baseline', server.url),
        candidate: openaiEndpoint('candidate', server.url),
        buildRequest: chatRequest,
        concurrency: 8,
        onPair: () => {},
      });
      assert.equal(stats.ok, 300);
      assert.ok(server.connections <= 8, `${server.connections} connections for 300 requests`);
    } finally {
      await server.close();
    }
  });

  test('a refused connection is a connect failure, retried, then reported', async () => {
    const server = await startOpenAIServer();
    const url = server.url;
    await server.close();
    const transport = createTransport({ concurrency: 1 });
    try {
      const outcome = await sendWithRetry(
        transport,
        { method: 'POST', url: `${url}/chat/completions`, headers: {}, body: '{}', timeoutMs: 1000 },
        { max: 2, baseDelayMs: 1, maxDelayMs: 5 },
      );
      assert.equal(outcome.attempts, 3);
      assert.ok(outcome.failure instanceof TransportError);
      assert.equal(outcome.failure.kind, 'connect');
      assert.match(outcome.failure.message, /ECONNREFUSED/);
    } finally {
      transport.close();
    }
  });

  test('without a byte budget, a runaway answer above the body cap is refused as too-large, not buffered or retried', async () => {
    const huge = 'x'.repeat(maxResponseBytes + 1);
    const server = await startOpenAIServer({ answer: () => huge });
    const transport = createTransport({ concurrency: 1 });
    try {
      const result = await callModel(
        transport,
        { endpoint: openaiEndpoint('candidate', server.url), headers: {} },
        chatRequest('candidate', makeRecords(1)[0]!),
      );
      assert.equal(result.error?.class, 'too-large');
      assert.match(result.error?.message ?? '', /exceeds 32 MiB/);
      assert.equal(server.count, 1);
    } finally {
      transport.close();
      await server.close();
    }
  });

  test('the credential never appears in failure messages', async () => {
    const server = await startOpenAIServer({ fault: faultWhen(() => true, { kind: 'status', status: 401 }) });
    try {
      const pairs: Array<{ message: string }> = [];
      await replay({
        records: iterate(makeRecords(2)),
        baseline: openaiEndpoint('baseline', server.url, { auth: { env: 'SG_KEY' } }),
        candidate: openaiEndpoint('candidate', server.url, { auth: { env: 'SG_KEY' } }),
        env: { SG_KEY: 'sk-very-secret' },
        buildRequest: chatRequest,
        concurrency: 2,
        onPair: (p) => void pairs.push({ message: JSON.stringify(p) }),
      });
      assert.equal(server.requests[0]?.headers.authorization, 'Bearer sk-very-secret');
      assert.ok(pairs.every((p) => !p.message.includes('sk-very-secret')));
      assert.ok(pairs.every((p) => p.message.includes('http-4xx')));
    } finally {
      await server.close();
    }
  });
});

describe('progress', () => {
  test('describes rate, share done and ETA', () => {
    assert.equal(describeProgress(250, 1000, 10_000, 0), '250/1000 pairs (25%) · 25.0/s · ETA 30s');
    assert.equal(describeProgress(10, undefined, 2000, 3), '10 pairs · 5.0/s · 3 failed requests');
    assert.equal(formatDuration(3_725_000), '1h02m');
    assert.equal(formatDuration(95_000), '1m35s');
  });

  test('in CI it logs a line per interval, not per pair, and a final summary', () => {
    let clock = 0;
    const log = memoryLog();
    const progress = startProgress({ log, total: 100, intervalMs: 10_000, now: () => clock });
    for (let pairs = 1; pairs <= 100; pairs++) {
      clock += 500; // 2 pairs/s → one line every 20 pairs
      progress.update({ pairs, failed: {} });
    }
    progress.stop({ pairs: 100, failed: { timeout: 1 } });
    assert.equal(log.lines.length, 6);
    assert.equal(log.lines[0], 'replay: 20/100 pairs (20%) · 2.0/s · ETA 40s');
    assert.equal(log.lines.at(-1), 'replay done: 100/100 pairs (100%) · 2.0/s · ETA 0s · 1 failed request in 50s');
  });

  test('on a terminal it redraws one line', () => {
    let clock = 0;
    let drawn = '';
    const log = { ...memoryLog(), interactive: true };
    const stream = {
      write: (s: string) => {
        drawn += s;
        return true;
      },
    } as unknown as NodeJS.WritableStream;
    const progress = startProgress({ log, total: 10, stream, now: () => clock });
    clock = 1000;
    progress.update({ pairs: 5, failed: {} });
    assert.match(drawn, /^\r\x1b\[2K\[#{12}-{12}\] 5\/10 pairs \(50%\)/);
    progress.stop({ pairs: 10, failed: {} });
    assert.ok(drawn.endsWith('\r\x1b[2K'));
    assert.equal(log.lines.length, 1);
  });
});
