// Real loopback model servers for tests and benchmarks: an OpenAI-compatible server (chat +
// embeddings) and a KServe v2 server, both with latency and fault injection, counting every
// request they receive.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  /** 0-based arrival order across the whole server. */
  index: number;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (undefined for GET or unparsable bodies). */
  body: unknown;
  /** ms since the server started (performance clock). */
  at: number;
}

export type Fault =
  /** Answer with this status; `retryAfter` sets the Retry-After header (seconds or an HTTP date). */
  | { kind: 'status'; status: number; retryAfter?: string | number; body?: unknown }
  /** Accept the request and never answer (until the server closes). */
  | { kind: 'hang' }
  /** Destroy the socket without an answer (the client sees a connection reset). */
  | { kind: 'reset' }
  /** Send headers and half a body, then destroy the socket. */
  | { kind: 'truncate' }
  /** HTTP 200 whose body is not JSON. */
  | { kind: 'malformed' }
  /** HTTP 200 carrying `{error: {...}}` instead of an answer. */
  | { kind: 'error-body'; message?: string };

/** Decides per request whether to inject a fault (undefined = answer normally). */
export type FaultHook = (request: ReceivedRequest) => Fault | undefined;

export interface ServerOptions {
  /** Delay before answering, ms (fixed, or per request). */
  latencyMs?: number | ((request: ReceivedRequest) => number);
  fault?: FaultHook;
  /** Keep every request's headers and body in `requests` (default true; off for big runs). */
  keepRequests?: boolean;
}

export interface ModelServer {
  /** Base URL: `http://127.0.0.1:port/v1` for the OpenAI server, `http://127.0.0.1:port` for KServe. */
  url: string;
  /** Requests received, in arrival order (empty when keepRequests is false). */
  requests: ReceivedRequest[];
  /** Every request received, faulted ones included. */
  readonly count: number;
  /** Most requests this server held open at one time. */
  readonly maxInFlight: number;
  /** TCP connections accepted (keep-alive reuse keeps this near the client's pool size). */
  readonly connections: number;
  /** Summed time from each request's arrival to its answer being written, ms (the server's own share). */
  readonly busyMs: number;
  close(): Promise<void>;
}

/** Fault the first `times` attempts of each distinct request (keyed by body by default), then answer. */
export function faultFirst(times: number, fault: Fault, keyOf: (request: ReceivedRequest) => string = (r) => JSON.stringify(r.body)): FaultHook {
  const seen = new Map<string, number>();
  return (request) => {
    const key = keyOf(request);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < times ? fault : undefined;
  };
}

/** Fault every request for which `when` holds. */
export function faultWhen(when: (request: ReceivedRequest) => boolean, fault: Fault): FaultHook {
  return (request) => (when(request) ? fault : undefined);
}

type Handler = (request: ReceivedRequest) => { status: number; body: unknown };

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function startServer(options: ServerOptions, basePath: string, handle: Handler): Promise<ModelServer> {
  const requests: ReceivedRequest[] = [];
  const keep = options.keepRequests ?? true;
  const started = performance.now();
  let count = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let busyMs = 0;
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer(async (req, res) => {
    const index = count++;
    const arrived = performance.now();
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    res.on('finish', () => (busyMs += performance.now() - arrived));
    const text = await readBody(req).catch(() => '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const received: ReceivedRequest = {
      index,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body,
      at: performance.now() - started,
    };
    if (keep) requests.push(received);
    const fault = options.fault?.(received);
    if (fault?.kind === 'hang') return; // closeAllConnections() ends it
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    const latency = typeof options.latencyMs === 'function' ? options.latencyMs(received) : (options.latencyMs ?? 0);
    const answer = () => {
      if (res.destroyed) return;
      if (!fault) {
        let result: { status: number; body: unknown };
        try {
          result = handle(received);
        } catch (e) {
          result = { status: 500, body: { error: { message: `test server handler failed: ${String(e)}` } } };
        }
        sendJson(res, result.status, result.body);
        return;
      }
      switch (fault.kind) {
        case 'status': {
          const headers: Record<string, string> = {};
          if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
          sendJson(res, fault.status, fault.body ?? { error: { message: `injected ${fault.status}`, type: 'injected' } }, headers);
          return;
        }
        case 'malformed':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"choices": [ this is not json');
          return;
        case 'error-body':
          sendJson(res, 200, { error: { message: fault.message ?? 'injected error body', type: 'server_error' } });
          return;
        case 'truncate':
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
          res.write('{"choices": [');
          setImmediate(() => res.socket?.destroy());
          return;
      }
    };
    if (latency > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, latency);
      timers.add(timer);
    } else {
      answer();
    }
  });
  let connections = 0;
  server.on('connection', () => connections++);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    get count() {
      return count;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get connections() {
      return connections;
    },
    get busyMs() {
      return busyMs;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

// ───────────────────────────── OpenAI-compatible ─────────────────────────────

/** What the chat handler answers: plain text, a message, or a raw response body. */
export type ChatAnswer =
  | string
  | {
      content?: string | null;
      refusal?: string | null;
      toolCalls?: Array<{ id?: string; name: string; arguments: string }>;
      finishReason?: string;
      usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
    }
  | { raw: unknown; status?: number };

export interface OpenAIServerOptions extends ServerOptions {
  /** Chat answer per request (default: `echo: <last user message>`). */
  answer?: (body: Record<string, unknown>, request: ReceivedRequest) => ChatAnswer;
  /** Embedding per input text (default: an 8-dimensional vector derived from a hash of the text). */
  embed?: (text: string) => number[];
  /** Return embeddings in reverse order (servers may reorder; clients must join on index). */
  shuffleEmbeddings?: boolean;
}

export function lastUserMessage(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? (body.messages as Array<{ role?: string; content?: unknown }>) : [];
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

export function hashVector(text: string, dimensions = 8): number[] {
  const digest = createHash('sha256').update(text).digest();
  return Array.from({ length: dimensions }, (_, i) => (digest[i % digest.length]! - 128) / 128);
}

function chatResponse(body: Record<string, unknown>, answer: ChatAnswer): { status: number; body: unknown } {
  if (typeof answer === 'object' && 'raw' in answer) return { status: answer.status ?? 200, body: answer.raw };
  const message = typeof answer === 'string' ? { content: answer } : answer;
  const toolCalls = message.toolCalls?.map((c, i) => ({
    id: c.id ?? `call_${i}`,
    type: 'function',
    function: { name: c.name, arguments: c.arguments },
  }));
  const content = message.content === undefined ? (toolCalls ? null : '') : message.content;
  return {
    status: 200,
    body: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: typeof body.model === 'string' ? body.model : 'unknown',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: message.refusal ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) },
          finish_reason: message.finishReason ?? (toolCalls ? 'tool_calls' : 'stop'),
        },
      ],
      usage: message.usage ?? { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

export function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<ModelServer> {
  const answer = options.answer ?? ((body) => `echo: ${lastUserMessage(body)}`);
  const embed = options.embed ?? ((text) => hashVector(text));
  return startServer(options, '/v1', (request) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (request.method === 'POST' && request.path === '/v1/chat/completions') {
      if (!Array.isArray(body.messages)) return { status: 400, body: { error: { message: 'messages is required', type: 'invalid_request_error' } } };
      return chatResponse(body, answer(body, request));
    }
    if (request.method === 'POST' && request.path === '/v1/embeddings') {
      const input = typeof body.input === 'string' ? [body.input] : body.input;
      if (!Array.isArray(input) || input.some((t) => typeof t !== 'string' || t === '')) {
        return { status: 400, body: { error: { message: "'input' must be non-empty strings", type: 'invalid_request_error' } } };
      }
      const data = (input as string[]).map((text, index) => ({ object: 'embedding', index, embedding: embed(text) }));
      if (options.shuffleEmbeddings) data.reverse();
      return { status: 200, body: { object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } } };
    }
    return { status: 404, body: { error: { message: `no route ${request.method} ${request.path}`, type: 'not_found' } } };
  });
}

// ───────────────────────────── KServe v2 ─────────────────────────────

export interface TensorData {
  name: string;
  shape: number[];
  datatype: string;
  data: unknown[];
}

export interface KserveModel {
  versions?: string[];
  inputs?: Array<{ name: string; datatype: string; shape: number[] }>;
  outputs?: Array<{ name: string; datatype: string; shape: number[] }>;
  /** Computes outputs from inputs; may return a raw body to test malformed answers. */
  infer(inputs: TensorData[], version: string | undefined): TensorData[] | { raw: unknown; status?: number };
}

export interface KserveServerOptions extends ServerOptions {
  models: Record<string, KserveModel>;
}

export function startKserveServer(options: KserveServerOptions): Promise<ModelServer> {
  return startServer(options, '', (request) => {
    const path = request.path.split('?')[0] ?? '';
    if (request.method === 'GET' && (path === '/v2/health/live' || path === '/v2/health/ready')) {
      return { status: 200, body: {} };
    }
    if (request.method === 'GET' && path === '/v2') {
      return { status: 200, body: { name: 'test-kserve', version: '2', extensions: [] } };
    }
    const match = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/infer|\/ready)?$/.exec(path);
    if (!match) return { status: 404, body: { error: `no route ${request.method} ${path}` } };
    const name = decodeURIComponent(match[1]!);
    const version = match[2] ? decodeURIComponent(match[2]) : undefined;
    const model = options.models[name];
    if (!model || (version !== undefined && !(model.versions ?? []).includes(version))) {
      return { status: 404, body: { error: `model ${name}${version ? ` version ${version}` : ''} not found` } };
    }
    if (request.method === 'GET' && match[3] === '/ready') return { status: 200, body: {} };
    if (request.method === 'GET' && !match[3]) {
      return {
        status: 200,
        body: { name, versions: model.versions ?? [], platform: 'test', inputs: model.inputs ?? [], outputs: model.outputs ?? [] },
      };
    }
    if (request.method === 'POST' && match[3] === '/infer') {
      const body = request.body as { id?: string; inputs?: TensorData[] } | undefined;
      if (!body || !Array.isArray(body.inputs)) return { status: 400, body: { error: 'inputs is required' } };
      const result = model.infer(body.inputs, version);
      if (!Array.isArray(result)) return { status: result.status ?? 200, body: result.raw };
      return {
        status: 200,
        body: { model_name: name, ...(version ? { model_version: version } : {}), ...(body.id ? { id: body.id } : {}), outputs: result },
      };
    }
    return { status: 405, body: { error: `method ${request.method} not allowed on ${path}` } };
  });
}
