// The bench's OpenAI-compatible model server. It runs as its own child process so its CPU and memory
// are never counted against the tool being measured.
//
//   node bench/server.mjs --latency-ms 20
//
// Prints one JSON line `{"port": N}` on stdout once listening on 127.0.0.1 (ephemeral port).
// POST /v1/chat/completions  answers after the fixed latency (keep-alive, small deterministic answer)
// GET  /__stats              what the server saw: requests, answers per system prompt, peak in-flight
// POST /__reset              zero the counters between runs
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';

const { values } = parseArgs({ options: { 'latency-ms': { type: 'string', default: '20' }, 'spin-ms': { type: 'string', default: '1.5' } } });
const latencyMs = Number(values['latency-ms']);
// The last stretch of each latency is waited out by turning the event loop (setImmediate) rather than by a
// timer, which Node fires up to ~1 ms early or late. 0: timers only, answers up to ~1–2 ms late but no
// busy event loop (a spinning server takes CPU from the clients on a small machine; see bench/README.md).
const spinMs = Number(values['spin-ms']);
if (!Number.isFinite(latencyMs) || latencyMs < 0) {
  process.stderr.write(`server: --latency-ms must be a non-negative number\n`);
  process.exit(2);
}

let stats = freshStats();
let inFlight = 0;

function freshStats() {
  // bySystemPrompt proves both variants were sent in full; peakInFlight proves the concurrency used.
  // busyMs / (lastAt - firstAt) is the mean number of requests in flight: the concurrency the client really kept up.
  // cpuAt: the server's own CPU time is part of where a scenario's time goes on a shared machine (see cpuMs below).
  return {
    requests: 0,
    completions: 0,
    badRequests: 0,
    bySystemPrompt: {},
    peakInFlight: 0,
    busyMs: 0,
    firstAt: 0,
    lastAt: 0,
    lateMs: 0,
    cpuAt: process.cpuUsage(),
  };
}

/** The stats as sent: with the CPU milliseconds the server used since the last reset. */
function statsNow() {
  const { user, system } = process.cpuUsage(stats.cpuAt);
  const { cpuAt: _cpuAt, ...rest } = stats;
  return { ...rest, cpuMs: (user + system) / 1000 };
}

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function answerFor(messages) {
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const user = messages.findLast((m) => m.role === 'user')?.content ?? '';
  // Deterministic, variant-dependent text so the two sides differ a little, like a real prompt change.
  const digest = createHash('sha1').update(system).update('\0').update(user).digest('hex');
  const words = user.split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  return { system, text: `Short answer about "${words}" (${digest.slice(0, system.length % 3 === 0 ? 6 : 8)}).` };
}

function handleCompletion(_req, res, raw, arrivedAt) {
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    stats.badRequests++;
    return sendJson(res, 400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
  }
  if (!Array.isArray(body?.messages)) {
    stats.badRequests++;
    return sendJson(res, 400, { error: { message: 'messages must be an array', type: 'invalid_request_error' } });
  }
  inFlight++;
  if (inFlight > stats.peakInFlight) stats.peakInFlight = inFlight;
  const { system, text } = answerFor(body.messages);
  const key = createHash('sha1').update(system).digest('hex').slice(0, 12);
  stats.bySystemPrompt[key] = (stats.bySystemPrompt[key] ?? 0) + 1;
  const reply = () => {
    const now = performance.now();
    stats.busyMs += now - arrivedAt;
    stats.lateMs += now - due;
    stats.completions++;
    stats.lastAt = Date.now();
    inFlight--;
    sendJson(res, 200, {
      id: `chatcmpl-${stats.completions}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: typeof body.model === 'string' ? body.model : 'bench-model',
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop', logprobs: null }],
      usage: { prompt_tokens: 24, completion_tokens: 12, total_tokens: 36 },
    });
  };
  // The latency runs from the request's arrival, so reading and parsing it happen inside the 20 ms, as
  // they do in a model server whose latency is quoted end to end, not on top of it. Node's timers tick in
  // whole milliseconds from a cached clock, so they can fire up to ~1 ms early or late: the timer covers
  // all but the last millisecond and the event loop's check phase the rest, so no answer comes early.
  const due = arrivedAt + latencyMs;
  const answerWhenDue = () => {
    const left = due - performance.now();
    if (left <= 0) reply();
    else if (spinMs <= 0) setTimeout(answerWhenDue, Math.max(1, Math.ceil(left)));
    else if (left > spinMs) setTimeout(answerWhenDue, left - 1);
    else setImmediate(answerWhenDue);
  };
  answerWhenDue();
}

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const arrivedAt = performance.now();
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = req.url ?? '';
    if (req.method === 'GET' && url === '/__stats') return sendJson(res, 200, statsNow());
    if (req.method === 'POST' && url === '/__reset') {
      stats = freshStats();
      return sendJson(res, 200, { ok: true });
    }
    if (req.method === 'POST' && url.endsWith('/chat/completions')) {
      stats.requests++;
      if (stats.firstAt === 0) stats.firstAt = Date.now();
      return handleCompletion(req, res, Buffer.concat(chunks).toString('utf8'), arrivedAt);
    }
    sendJson(res, 404, { error: { message: `no route ${req.method} ${url}`, type: 'not_found' } });
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.maxRequestsPerSocket = 0;

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
