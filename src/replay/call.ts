// One model call end to end: body → HTTP with retries → a classified CallResult. Never throws
// for a remote fault; every outcome is a result the engine can count.
import type { CallResult, FailureClass, ModelRequest } from '../types.ts';
import { adapterFor } from './adapters/index.ts';
import { errorBodyMessage, excerpt } from './adapters/adapter.ts';
import { looksLikeEventStream, parseChatStream } from './adapters/openai-stream.ts';
import type { BudgetLease } from './budget.ts';
import type { Endpoint } from './endpoint.ts';
import { sendWithRetry, type Transport } from './transport.ts';

export interface CallTarget {
  endpoint: Endpoint;
  /** Resolved headers (credential included); see resolveHeaders. */
  headers: Record<string, string>;
}

function failure(cls: FailureClass, message: string, attempts: number, latencyMs: number, status?: number): CallResult {
  return {
    ok: false,
    error: { class: cls, message, ...(status !== undefined ? { status } : {}) },
    attempts,
    latencyMs,
  };
}

export async function callModel(
  transport: Transport,
  target: CallTarget,
  request: ModelRequest,
  signal?: AbortSignal,
  /** performance.now() of the overall deadline: no retry waits past it. */
  deadlineAt?: number,
  /** This call's lease on the byte budget for answers in flight (the caller releases it). */
  budget?: BudgetLease,
): Promise<CallResult> {
  const { endpoint } = target;
  const adapter = adapterFor(endpoint.protocol);
  const body = JSON.stringify(adapter.toBody(request, endpoint));
  const streamed = endpoint.stream === true && endpoint.protocol === 'openai';
  const outcome = await sendWithRetry(
    transport,
    {
      method: adapter.method(request),
      url: adapter.url(endpoint),
      headers: streamed ? { accept: 'text/event-stream', ...target.headers } : target.headers,
      ...(streamed ? { chunkTimes: true } : {}),
      body,
      timeoutMs: endpoint.timeoutMs,
      ...(signal ? { signal } : {}),
      ...(endpoint.checkAddress ? { checkAddress: endpoint.checkAddress } : {}),
      ...(deadlineAt !== undefined ? { deadlineAt } : {}),
      ...(budget ? { budget } : {}),
    },
    endpoint.retries,
  );
  const { attempts, latencyMs } = outcome;
  if (outcome.failure) {
    const kind = outcome.failure.kind;
    // A streamed answer whose connection dropped after it had begun broke off mid-answer.
    const broken = streamed && kind === 'connect' && outcome.failure.bodyBytes > 0;
    const cls: FailureClass = kind === 'aborted' ? 'deadline' : broken ? 'stream-broken' : kind === 'refused' ? 'connect' : kind;
    const message =
      kind === 'refused'
        ? `not sent: ${outcome.failure.message}`
        : broken
          ? `stream broke off after ${outcome.failure.bodyBytes} bytes: ${outcome.failure.message}`
          : outcome.failure.message;
    return failure(cls, message, attempts, latencyMs);
  }
  const response = outcome.response;
  if (!response) throw new Error('sendWithRetry returned neither a response nor a failure');
  const contentType = response.headers['content-type'];
  if (streamed && response.status >= 200 && response.status < 300 && looksLikeEventStream(contentType, response.body)) {
    const result = parseChatStream(response.body, response.chunks);
    if (!result.ok) return failure(result.class, result.message, attempts, latencyMs, response.status);
    return { ok: true, output: result.output, attempts, latencyMs, stream: result.timing };
  }
  let json: unknown;
  let parsed = true;
  try {
    json = JSON.parse(response.body);
  } catch {
    parsed = false;
  }
  const status = response.status;
  if (status < 200 || status >= 300) {
    const detail = (parsed ? errorBodyMessage(json) : undefined) ?? excerpt(response.body);
    const cls: FailureClass = status === 429 ? 'rate-limited' : status >= 500 ? 'http-5xx' : 'http-4xx';
    // Redirects are never followed: the endpoint's host is the only one a request may reach.
    if (status >= 300 && status < 400) return failure(cls, `HTTP ${status}: redirect not followed`, attempts, latencyMs, status);
    return failure(cls, `HTTP ${status}${detail ? `: ${detail}` : ''}`, attempts, latencyMs, status);
  }
  if (!parsed) return failure('bad-body', `response is not JSON: ${excerpt(response.body, 80)}`, attempts, latencyMs, status);
  const result = adapter.parse(json, endpoint);
  if (!result.ok) return failure(result.class, result.message, attempts, latencyMs, status);
  return { ok: true, output: result.output, attempts, latencyMs };
}
