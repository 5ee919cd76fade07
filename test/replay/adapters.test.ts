import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isUserError } from '../../src/errors.ts';
import { createEmbedder } from '../../src/replay/adapters/embeddings.ts';
import { resolvePointer } from '../../src/replay/adapters/http.ts';
import { openaiAdapter } from '../../src/replay/adapters/openai.ts';
import { callModel } from '../../src/replay/call.ts';
import { endpointFromSurface, resolveHeaders, type Endpoint } from '../../src/replay/endpoint.ts';
import { createTransport } from '../../src/replay/transport.ts';
import type { ModelRequest } from '../../src/types.ts';
import { faultWhen, hashVector, lastUserMessage, startKserveServer, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';

const transport = createTransport({ concurrency: 4 });
after(() => transport.close());

const noRetry = { max: 0, baseDelayMs: 1, maxDelayMs: 1 };

function endpoint(url: string, extra: Partial<Endpoint> = {}): Endpoint {
  return { label: 'candidate', protocol: 'openai', url, model: 'm-1', timeoutMs: 5000, retries: noRetry, ...extra };
}

function chat(text: string): ModelRequest {
  return { protocol: 'openai', body: { messages: [{ role: 'user', content: text }], temperature: 0 } };
}

describe('openai chat completions', () => {
  let server: ModelServer;
  before(async () => {
    server = await startOpenAIServer({
      answer: (body) => {
        const text = lastUserMessage(body);
        if (text === 'tools') {
          return {
            toolCalls: [
              { id: 'c1', name: 'lookup', arguments: '{"q":"x"}' },
              { name: 'other', arguments: '{bad' },
            ],
          };
        }
        if (text === 'refuse') return { content: null, refusal: 'I cannot help with that.', finishReason: 'stop' };
        if (text === 'cut') return { content: 'partial', finishReason: 'length', usage: { prompt_tokens: 3, completion_tokens: 100, total_tokens: 103 } };
        if (text === 'empty-choices') return { raw: { id: 'x', object: 'chat.completion', choices: [] } };
        if (text === 'no-choices') return { raw: { id: 'x' } };
        if (text === 'content-number') return { raw: { choices: [{ message: { content: 42 } }] } };
        return `echo: ${text}`;
      },
      fault: faultWhen((r) => lastUserMessage((r.body ?? {}) as Record<string, unknown>) === 'gateway-error', {
        kind: 'error-body',
        message: 'upstream overloaded',
      }),
    });
  });
  after(() => server.close());

  test('text answer, finish reason and usage; the model id and params are sent', async () => {
    const before = server.requests.length;
    const result = await callModel(transport, { endpoint: endpoint(server.url), headers: {} }, chat('hello'));
    assert.equal(result.ok, true);
    assert.equal(result.attempts, 1);
    assert.deepEqual(result.output, {
      text: 'echo: hello',
      finishReason: 'stop',
      usage: { promptTokens: 10, completionTokens: 5, totalTokens: 15 },
    });
    const sent = server.requests[before]!;
    assert.equal(sent.path, '/v1/chat/completions');
    assert.deepEqual(sent.body, { model: 'm-1', messages: [{ role: 'user', content: 'hello' }], temperature: 0, stream: false });
  });

  test('tool calls keep their raw argument strings, even invalid JSON', async () => {
    const result = await callModel(transport, { endpoint: endpoint(server.url), headers: {} }, chat('tools'));
    assert.equal(result.ok, true);
    assert.deepEqual(result.output?.toolCalls, [
      { id: 'c1', name: 'lookup', arguments: '{"q":"x"}' },
      { id: 'call_1', name: 'other', arguments: '{bad' },
    ]);
    assert.equal(result.output?.finishReason, 'tool_calls');
    assert.equal(result.output?.text, undefined);
  });

  test('refusal and length-truncated answers are answers, with their reason', async () => {
    const refused = await callModel(transport, { endpoint: endpoint(server.url), headers: {} }, chat('refuse'));
    assert.equal(refused.output?.refusal, 'I cannot help with that.');
    assert.equal(refused.output?.text, undefined);
    const cut = await callModel(transport, { endpoint: endpoint(server.url), headers: {} }, chat('cut'));
    assert.equal(cut.output?.finishReason, 'length');
    assert.equal(cut.output?.usage?.completionTokens, 100);
  });

  test('a 200 carrying an error object is error-body, not an answer', async () => {
    const result = await callModel(transport, { endpoint: endpoint(server.url), headers: {} }, chat('gateway-error'));
    assert.equal(result.ok, false);
    assert.equal(result.error?.class, 'error-body');
    assert.match(result.error?.message ?? '', /upstream overloaded/);
  });

  test('empty or missing choices and a wrongly typed content are bad-body', async () => {
    for (const [text, pattern] of [
      ['empty-choices', /empty choices/],
      ['no-choices', /no choices/],
      ['content-number', /content/],
    ] as const) {
      const result = await callModel(transport, { endpoint: endpoint(server.url), headers: {} }, chat(text));
      assert.equal(result.error?.class, 'bad-body', text);
      assert.match(result.error?.message ?? '', pattern);
    }
  });

  test('a 4xx from the server is http-4xx with the server message', async () => {
    const request: ModelRequest = { protocol: 'openai', body: { prompt: 'no messages' } };
    const result = await callModel(transport, { endpoint: endpoint(server.url), headers: {} }, request);
    assert.equal(result.error?.class, 'http-4xx');
    assert.equal(result.error?.status, 400);
    assert.match(result.error?.message ?? '', /messages is required/);
  });

  test('the credential comes from the named env var and is sent in the configured header', async () => {
    const ep = endpoint(server.url, { auth: { env: 'SG_TEST_KEY' } });
    const headers = resolveHeaders(ep, { SG_TEST_KEY: 'sk-secret-123' });
    const before = server.requests.length;
    await callModel(transport, { endpoint: ep, headers }, chat('hello'));
    assert.equal(server.requests[before]?.headers.authorization, 'Bearer sk-secret-123');

    const custom = resolveHeaders(endpoint(server.url, { auth: { env: 'K', header: 'api-key' } }), { K: 'abc' });
    assert.deepEqual(custom, { 'api-key': 'abc' });
  });

  test('an unusable endpoint URL is a UserError before any request, at the location of the URL', () => {
    const url = { file: 'svc.yaml', line: 6, column: 13 };
    for (const bad of ['not a url', 'ftp://host/v1']) {
      assert.throws(
        () => resolveHeaders(endpoint(bad), {}),
        (e: unknown) => isUserError(e) && e.message.startsWith('candidate: endpoint'),
      );
      assert.throws(
        () => resolveHeaders(endpoint(bad, { locations: { url, auth: { file: 'svc.yaml', line: 9 } } }), {}),
        (e: unknown) => isUserError(e) && e.message.startsWith('candidate: endpoint') && e.location === url,
      );
    }
  });

  test('a missing credential is a UserError naming the variable, at the location of auth.env', () => {
    const auth = { file: 'svc.yaml', line: 9, column: 10 };
    const ep = endpoint(server.url, { auth: { env: 'SG_UNSET_KEY' }, locations: { url: { file: 'svc.yaml', line: 6 }, auth } });
    assert.throws(
      () => resolveHeaders(ep, {}),
      (e: unknown) =>
        isUserError(e) &&
        /SG_UNSET_KEY/.test(e.message) &&
        e.location === auth &&
        e.hint === 'set SG_UNSET_KEY in the environment (in a workflow: env: SG_UNSET_KEY: ${{ secrets.SG_UNSET_KEY }})',
    );
  });
});

describe('kserve v2', () => {
  let server: ModelServer;
  before(async () => {
    server = await startKserveServer({
      models: {
        price: {
          versions: ['3'],
          infer: (inputs, version) => {
            const sqft = inputs.find((i) => i.name === 'sqft')?.data ?? [];
            return [
              { name: 'price', shape: [sqft.length], datatype: 'FP32', data: sqft.map((v) => Number(v) * (version === '3' ? 3 : 2)) },
              { name: 'label', shape: [1, 1], datatype: 'BYTES', data: [['cheap']] },
            ];
          },
        },
        broken: {
          infer: (inputs) => {
            const mode = inputs[0]?.data[0];
            if (mode === 'shape') return [{ name: 'y', shape: [2, 2], datatype: 'FP32', data: [1, 2, 3] }];
            if (mode === 'dtype') return [{ name: 'y', shape: [2], datatype: 'INT64', data: [1, 2.5] }];
            if (mode === 'unknown-dtype') return [{ name: 'y', shape: [1], datatype: 'FLOAT', data: [1] }];
            return { raw: { error: 'model crashed' }, status: mode === 'error-200' ? 200 : 500 };
          },
        },
      },
    });
  });
  after(() => server.close());

  function infer(data: unknown[], datatype = 'FP32'): ModelRequest {
    return { protocol: 'kserve-v2', body: { id: 'req-1', inputs: [{ name: 'sqft', shape: [data.length], datatype, data }] } };
  }

  test('outputs are read by name; the selected element is the value; versions reach their own path', async () => {
    const ep = endpoint(server.url, { protocol: 'kserve-v2', model: 'price', kserveOutput: { name: 'price', index: 1 } });
    const result = await callModel(transport, { endpoint: ep, headers: {} }, infer([10, 20]));
    assert.equal(result.ok, true, result.error?.message);
    assert.equal(result.output?.value, 40);
    assert.deepEqual(
      result.output?.tensors?.map((t) => [t.name, t.shape, t.datatype, t.data]),
      [
        ['price', [2], 'FP32', [20, 40]],
        ['label', [1, 1], 'BYTES', ['cheap']],
      ],
    );
    const v3 = await callModel(transport, { endpoint: { ...ep, version: '3' }, headers: {} }, infer([10, 20]));
    assert.equal(v3.output?.value, 60);
    assert.equal(server.requests.at(-1)?.path, '/v2/models/price/versions/3/infer');

    const label = await callModel(transport, { endpoint: { ...ep, kserveOutput: { name: 'label' } }, headers: {} }, infer([1]));
    assert.equal(label.output?.value, 'cheap');
    assert.equal(label.output?.text, 'cheap');
  });

  test('a requested output that is missing, a wrong element count, or a wrong datatype is bad-body', async () => {
    const missing = endpoint(server.url, { protocol: 'kserve-v2', model: 'price', kserveOutput: { name: 'score' } });
    const r1 = await callModel(transport, { endpoint: missing, headers: {} }, infer([1]));
    assert.equal(r1.error?.class, 'bad-body');
    assert.match(r1.error?.message ?? '', /no output named "score"/);

    const broken = endpoint(server.url, { protocol: 'kserve-v2', model: 'broken' });
    for (const [mode, pattern] of [
      ['shape', /3 elements but shape \[2, 2\] needs 4/],
      ['dtype', /element 1 .* is not INT64/],
      ['unknown-dtype', /unknown datatype "FLOAT"/],
    ] as const) {
      const r = await callModel(transport, { endpoint: broken, headers: {} }, infer([mode], 'BYTES'));
      assert.equal(r.error?.class, 'bad-body', mode);
      assert.match(r.error?.message ?? '', pattern);
    }
  });

  test('errors: {error} on 5xx is http-5xx with its message, on 200 is error-body; unknown model is http-4xx', async () => {
    const broken = endpoint(server.url, { protocol: 'kserve-v2', model: 'broken' });
    const r5 = await callModel(transport, { endpoint: broken, headers: {} }, infer(['crash'], 'BYTES'));
    assert.equal(r5.error?.class, 'http-5xx');
    assert.equal(r5.error?.message, 'HTTP 500: model crashed');
    const r200 = await callModel(transport, { endpoint: broken, headers: {} }, infer(['error-200'], 'BYTES'));
    assert.equal(r200.error?.class, 'error-body');
    const unknown = endpoint(server.url, { protocol: 'kserve-v2', model: 'nope' });
    const r404 = await callModel(transport, { endpoint: unknown, headers: {} }, infer([1]));
    assert.equal(r404.error?.class, 'http-4xx');
    assert.match(r404.error?.message ?? '', /model nope not found/);
  });

  test('health and metadata routes answer', async () => {
    const live = await transport.send({ method: 'GET', url: `${server.url}/v2/health/ready`, headers: {}, timeoutMs: 2000 });
    assert.equal(live.status, 200);
    const meta = await transport.send({ method: 'GET', url: `${server.url}/v2/models/price`, headers: {}, timeoutMs: 2000 });
    assert.deepEqual(JSON.parse(meta.body).versions, ['3']);
  });
});

describe('generic http', () => {
  test('the answer is the value at the JSON Pointer; a missing pointer is bad-body', async () => {
    // The OpenAI server doubles as a generic JSON service here: the pointer picks the reply text.
    const server = await startOpenAIServer();
    try {
      const url = `${server.url}/chat/completions`;
      const ep = endpoint(url, { protocol: 'http', httpOutput: '/choices/0/message/content' });
      const request: ModelRequest = { protocol: 'http', method: 'POST', body: { messages: [{ role: 'user', content: 'hi' }] } };
      const ok = await callModel(transport, { endpoint: ep, headers: {} }, request);
      assert.equal(ok.output?.text, 'echo: hi');
      assert.equal(ok.output?.value, 'echo: hi');
      const usage = await callModel(transport, { endpoint: { ...ep, httpOutput: '/usage/total_tokens' }, headers: {} }, request);
      assert.equal(usage.output?.value, 15);
      const bad = await callModel(transport, { endpoint: { ...ep, httpOutput: '/choices/3/text' }, headers: {} }, request);
      assert.equal(bad.error?.class, 'bad-body');
      assert.match(bad.error?.message ?? '', /\/choices\/3\/text/);
    } finally {
      await server.close();
    }
  });

  test('JSON Pointer escapes follow RFC 6901', () => {
    const doc = { 'a/b': { 'm~n': [1, { x: 2 }] }, '': 0 };
    assert.equal(resolvePointer(doc, '/a~1b/m~0n/1/x'), 2);
    assert.equal(resolvePointer(doc, '/'), 0);
    assert.equal(resolvePointer(doc, ''), doc);
    assert.equal(typeof resolvePointer(doc, '/a~1b/m~0n/01'), 'symbol');
  });
});

describe('embeddings', () => {
  test('batches, joins on index even when the server reorders, and checks dimensions', async () => {
    const server = await startOpenAIServer({ shuffleEmbeddings: true });
    const embedder = createEmbedder({ endpoint: server.url, model: 'emb-1', batchSize: 4, transport });
    try {
      const texts = Array.from({ length: 10 }, (_, i) => `text ${i}`);
      texts[3] = '';
      const vectors = await embedder.embed(texts);
      assert.equal(vectors.length, 10);
      assert.deepEqual(vectors[7], hashVector('text 7'));
      assert.deepEqual(vectors[3], hashVector(' '));
      assert.equal(server.requests.length, 3);
      assert.deepEqual(
        server.requests.map((r) => (r.body as { input: string[] }).input.length),
        [4, 4, 2],
      );
      assert.equal(embedder.dimensions, 8);
      assert.deepEqual(await embedder.embed([]), []);
    } finally {
      embedder.close();
      await server.close();
    }
  });

  test('vectors of different lengths in one answer are rejected', async () => {
    const server = await startOpenAIServer({ embed: (t) => hashVector(t, t.length > 3 ? 8 : 4) });
    const embedder = createEmbedder({ endpoint: server.url, model: 'emb-1', transport });
    try {
      await assert.rejects(embedder.embed(['abc', 'abcdef']), /dimensions/);
    } finally {
      await server.close();
    }
  });

  test('a cancelled run does not wait for embeddings: calls in flight are aborted, later ones not sent', async () => {
    const server = await startOpenAIServer({ latencyMs: 60_000 });
    const controller = new AbortController();
    const embedder = createEmbedder({ endpoint: server.url, model: 'emb-1', transport, signal: controller.signal });
    try {
      const pending = embedder.embed(['a', 'b']);
      while (server.count < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort('SIGTERM');
      await assert.rejects(pending, /aborted/);
      await assert.rejects(embedder.embed(['c']), /aborted/);
      assert.equal(server.count, 1, 'nothing sent after the cancellation');
    } finally {
      await server.close();
    }
  });

  test('a wrong URL is a UserError pointing at the manifest setting', async () => {
    const server = await startOpenAIServer();
    const embedder = createEmbedder({ endpoint: `${server.url}/wrong`, model: 'emb-1', transport });
    try {
      await assert.rejects(embedder.embed(['a']), (e: unknown) => isUserError(e) && /HTTP 404/.test(e.message));
    } finally {
      await server.close();
    }
  });
});

describe('endpointFromSurface', () => {
  test('maps manifest surface and shadow settings with defaults', () => {
    const ep = endpointFromSurface(
      'baseline',
      {
        protocol: 'kserve-v2',
        endpoint: 'http://kserve',
        id: 'price',
        version: '2',
        kserve: { inputs: [], output: { name: 'y', index: 0 } },
      },
      { dataset: 'd.jsonl', timeoutMs: 1234, retries: { max: 1 } },
    );
    assert.equal(ep.timeoutMs, 1234);
    assert.equal(ep.retries.max, 1);
    assert.ok(ep.retries.baseDelayMs > 0);
    assert.deepEqual(ep.kserveOutput, { name: 'y', index: 0 });
    assert.equal(ep.version, '2');
  });

  test('model.stream makes an openai endpoint streamed, and its body asks for a stream with usage', () => {
    const surface = { protocol: 'openai' as const, endpoint: 'http://llm/v1', id: 'm' };
    const streamed = endpointFromSurface('candidate', { ...surface, stream: true }, { dataset: 'd.jsonl' });
    assert.equal(streamed.stream, true);
    assert.equal(endpointFromSurface('candidate', surface, { dataset: 'd.jsonl' }).stream, undefined);
    const request = { protocol: 'openai' as const, body: { messages: [{ role: 'user', content: 'hi' }] } };
    assert.deepEqual(openaiAdapter.toBody(request, streamed), {
      model: 'm',
      stream_options: { include_usage: true },
      messages: request.body.messages,
      stream: true,
    });
    assert.equal((openaiAdapter.toBody(request, { ...streamed, stream: false }) as { stream: boolean }).stream, false);
  });
});
