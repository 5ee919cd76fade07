// Streamed replay against a real server-sent-events server on loopback: answers are reassembled (text,
// tool-call deltas joined by index, usage), time to first token and inter-token latency are measured from
// when the events arrived and gated by the judge, and a stream that breaks off is its own failure class.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { judge } from '../../src/judge/judge.ts';
import { MetricSet } from '../../src/metrics/index.ts';
import { parseChatCompletion } from '../../src/replay/adapters/openai.ts';
import { looksLikeEventStream, parseChatStream } from '../../src/replay/adapters/openai-stream.ts';
import { callModel } from '../../src/replay/call.ts';
import { replay } from '../../src/replay/engine.ts';
import { createTransport } from '../../src/replay/transport.ts';
import type { ModelRequest, Pair } from '../../src/types.ts';
import { iterate, makeRecords, openaiEndpoint } from './helpers.ts';

interface StreamServer {
  url: string;
  attempts: Map<string, number>;
  bodies: Record<string, unknown>[];
  close(): Promise<void>;
}

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: 'c1',
  object: 'chat.completion.chunk',
  model: 'm',
  choices: [{ index: 0, delta, finish_reason: finish }],
});

const TOOL_CALLS_ANSWER = {
  // As a non-streamed completion would carry them, for comparison.
  tool_calls: [
    { id: 'call_a', type: 'function', function: { name: 'lookup_order', arguments: '{"order_id": "A-17", "verbose": true}' } },
    { id: 'call_b', type: 'function', function: { name: 'refund', arguments: '{"amount": 12.5}' } },
  ],
};

/** Writes `events` as SSE, `gapMs` apart, the first after `firstMs`; `end`: how the stream finishes. */
async function writeStream(res: ServerResponse, events: unknown[], opts: { firstMs: number; gapMs: number; end: 'done' | 'drop' | 'close' }): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
  await sleep(opts.firstMs);
  for (const [i, event] of events.entries()) {
    if (i > 0) await sleep(opts.gapMs);
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  }
  if (opts.end === 'drop') return void res.socket?.destroy();
  if (opts.end === 'done') res.write('data: [DONE]\n\n');
  res.end();
}

async function startStreamServer(): Promise<StreamServer> {
  const attempts = new Map<string, number>();
  const bodies: Record<string, unknown>[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (c: string) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; messages: Array<{ content: string }> };
      bodies.push(body);
      const scenario = body.messages.at(-1)?.content ?? '';
      attempts.set(scenario, (attempts.get(scenario) ?? 0) + 1);
      const slow = body.model === 'candidate-model';
      const text = [
        chunk({ role: 'assistant', content: '' }),
        chunk({ content: 'Hel' }),
        chunk({ content: 'lo' }),
        chunk({ content: ' world' }),
        chunk({}, 'stop'),
      ];
      const usage = { id: 'c1', object: 'chat.completion.chunk', model: 'm', choices: [], usage: { prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 } };
      switch (true) {
        case scenario === 'text':
          return void writeStream(res, [...text, usage], { firstMs: 60, gapMs: 15, end: 'done' });
        case scenario === 'tools':
          // Two calls streamed interleaved: name once, arguments in pieces, joined by `index`.
          return void writeStream(
            res,
            [
              chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'lookup_order', arguments: '' } }] }),
              chunk({ tool_calls: [{ index: 0, function: { arguments: '{"order_id": ' } }] }),
              chunk({ tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'refund', arguments: '{"amount"' } }] }),
              chunk({ tool_calls: [{ index: 0, function: { arguments: '"A-17", "verbose": true}' } }] }),
              chunk({ tool_calls: [{ index: 1, function: { arguments: ': 12.5}' } }] }),
              chunk({}, 'tool_calls'),
            ],
            { firstMs: 5, gapMs: 5, end: 'done' },
          );
        case scenario === 'drop':
          return void writeStream(res, text.slice(0, 3), { firstMs: 5, gapMs: 5, end: 'drop' });
        case scenario === 'no-end':
          return void writeStream(res, text.slice(0, 3), { firstMs: 5, gapMs: 5, end: 'close' });
        case scenario === 'json': {
          // A server that ignores `stream: true` and answers with one completion.
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end(
            JSON.stringify({
              id: 'c1',
              object: 'chat.completion',
              model: 'm',
              choices: [{ index: 0, message: { role: 'assistant', content: 'Hello world' }, finish_reason: 'stop' }],
            }),
          );
        }
        case scenario === 'error':
          return void writeStream(res, [chunk({ content: 'Hi' }), { error: { message: 'overloaded', type: 'server_error' } }], {
            firstMs: 5,
            gapMs: 5,
            end: 'done',
          });
        default:
          // Replay records: the candidate's first token comes 80 ms later than the baseline's.
          return void writeStream(res, [...text, usage], { firstMs: slow ? 100 : 20, gapMs: slow ? 12 : 4, end: 'done' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    attempts,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const ask = (content: string): ModelRequest => ({ protocol: 'openai', body: { messages: [{ role: 'user', content }] } });

describe('streamed replay (OpenAI-compatible server-sent events)', () => {
  let server: StreamServer;
  const transport = createTransport({ concurrency: 4 });
  before(async () => (server = await startStreamServer()));
  after(async () => {
    transport.close();
    await server.close();
  });
  const streamed = () => ({ endpoint: openaiEndpoint('baseline', server.url, { stream: true }), headers: {} });

  test('text deltas are reassembled with usage; first token and inter-token latency come from when events arrived', async () => {
    const result = await callModel(transport, streamed(), ask('text'));
    assert.equal(result.ok, true, JSON.stringify(result.error));
    assert.deepEqual(result.output, { text: 'Hello world', finishReason: 'stop', usage: { promptTokens: 9, completionTokens: 3, totalTokens: 12 } });
    const body = server.bodies.at(-1)!;
    assert.equal(body.stream, true);
    assert.deepEqual(body.stream_options, { include_usage: true });
    // The first token was written 60 ms after the headers, the others 15 ms apart (lower bounds: timers never fire early).
    assert.ok(result.stream?.ttftMs !== undefined && result.stream.ttftMs >= 60, `ttft ${result.stream?.ttftMs}`);
    assert.ok(result.stream?.interTokenMs !== undefined && result.stream.interTokenMs >= 14, `itl ${result.stream?.interTokenMs}`);
    assert.ok(result.latencyMs >= result.stream.ttftMs);
  });

  test('interleaved tool-call deltas are joined by index into the calls a non-streamed answer carries', async () => {
    const result = await callModel(transport, streamed(), ask('tools'));
    assert.equal(result.ok, true, JSON.stringify(result.error));
    const whole = parseChatCompletion({
      choices: [{ index: 0, message: { role: 'assistant', content: null, ...TOOL_CALLS_ANSWER }, finish_reason: 'tool_calls' }],
    });
    assert.ok(whole.ok);
    assert.deepEqual(result.output, whole.output);
  });

  test('a server that answers a streamed request with one JSON completion is read as usual, without stream timing', async () => {
    const result = await callModel(transport, streamed(), ask('json'));
    assert.deepEqual(result.output, { text: 'Hello world', finishReason: 'stop' });
    assert.equal(result.stream, undefined);
  });

  test('a stream that breaks off mid-answer is stream-broken, after its retries; one that ends without [DONE] too', async () => {
    const dropped = await callModel(transport, streamed(), ask('drop'));
    assert.equal(dropped.error?.class, 'stream-broken');
    assert.match(dropped.error?.message ?? '', /stream broke off after \d+ bytes/);
    assert.equal(server.attempts.get('drop'), 3, 'retried like a dropped connection');
    const unfinished = await callModel(transport, streamed(), ask('no-end'));
    assert.equal(unfinished.error?.class, 'stream-broken');
    assert.match(unfinished.error?.message ?? '', /ended before data: \[DONE\]/);
    const failed = await callModel(transport, streamed(), ask('error'));
    assert.equal(failed.error?.class, 'error-body');
    assert.match(failed.error?.message ?? '', /overloaded/);
  });

  test('a replay measures both sides as users feel them, and the judge gates a slower first token', async () => {
    const pairs: Pair[] = [];
    const metrics = new MetricSet('text', { output: { kind: 'text' }, baselineTools: [], candidateTools: [] });
    const stats = await replay({
      records: iterate(makeRecords(60)),
      baseline: openaiEndpoint('baseline', server.url, { stream: true }),
      candidate: openaiEndpoint('candidate', server.url, { stream: true }),
      buildRequest: (_side, record) => ask(String(record.data.q)),
      concurrency: 24,
      onPair: async (p) => {
        pairs.push(p);
        await metrics.observe(p);
      },
    });
    assert.equal(stats.ok, 120);
    const results = await metrics.finish();
    const ttft = results.find((r) => r.id === 'latency.ttft_ms');
    const itl = results.find((r) => r.id === 'latency.inter_token_ms');
    assert.equal(ttft?.n, 60);
    assert.equal(itl?.n, 60);
    assert.ok((ttft?.candidate ?? 0) >= 100 && (ttft?.baseline ?? Infinity) < (ttft?.candidate ?? 0), `ttft ${ttft?.baseline} → ${ttft?.candidate}`);
    assert.equal(results.find((r) => r.id === 'text.exact_match')?.candidate, 1, 'the same answer, streamed at a different pace');
    const verdict = judge(results, { outputKind: 'text' });
    const gated = verdict.metrics.find((m) => m.metric.id === 'latency.ttft_ms');
    assert.ok(gated?.gate, 'time to first token is gated by default');
    assert.notEqual(gated?.verdict, 'pass', JSON.stringify({ verdict: gated?.verdict, reason: gated?.reason, b: ttft?.baseline, c: ttft?.candidate }));
    assert.notEqual(verdict.verdict, 'pass');
  });
});

test('the event stream is read as the SSE format allows: CRLF lines, comments, other choices skipped, a last event without its blank line', () => {
  const event = (index: number, delta: Record<string, unknown>, finish: string | null = null) =>
    `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index, delta, finish_reason: finish }] })}`;
  const body = [
    ': keep-alive comment',
    event(0, { role: 'assistant', content: 'Bon' }),
    '',
    event(1, { content: 'other choice' }),
    '',
    'event: message',
    event(0, { content: 'jour' }),
    '',
    event(0, {}, 'stop'),
  ].join('\r\n');
  const parsed = parseChatStream(body);
  assert.deepEqual(parsed, { ok: true, output: { text: 'Bonjour', finishReason: 'stop' }, timing: {} });
  assert.equal(looksLikeEventStream(undefined, body), true);
  assert.equal(looksLikeEventStream('application/json', '{"choices": []}'), false);
  assert.deepEqual(parseChatStream('data: {"choices": [{"index": 0, "delta": {"content": "Hi"}}]}\n\n'), {
    ok: false,
    class: 'stream-broken',
    message: 'the stream ended before data: [DONE] or a finish reason',
  });
});
