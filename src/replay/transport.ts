// HTTP client for model calls: pooled keep-alive sockets, per-attempt timeout, and
// retries with full-jitter exponential backoff that honour Retry-After.
import dns from 'node:dns';
import { isAscii } from 'node:buffer';
import http from 'node:http';
import type https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ANSWER_COST_PER_BYTE, formatMiB, type BudgetLease, type Grant } from './budget.ts';

export interface RetryPolicy {
  /** Retries after the first attempt (0 = never retry). */
  max: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Longest Retry-After worth waiting for (default 120 s). A server asking for more gets no
   * retry: the call fails as rate-limited/5xx at once instead of stalling the run.
   */
  maxRetryAfterMs?: number;
}

export const defaultMaxRetryAfterMs = 120_000;

export const defaultRetryPolicy: RetryPolicy = { max: 3, baseDelayMs: 250, maxDelayMs: 10_000 };

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Aborts the attempt (the overall deadline). */
  signal?: AbortSignal;
  /**
   * Judges every address a connection would go to — after DNS resolution, so a name that resolves
   * elsewhere later (rebinding) is caught — and refuses the connection when it returns a reason.
   */
  checkAddress?: AddressCheck;
  /** performance.now() of the overall deadline: a retry that could not start before it is not waited for. */
  deadlineAt?: number;
  /**
   * The call's lease on the byte budget for answers in flight: what the answer costs in memory (its bytes,
   * body string and parsed text: ANSWER_COST_PER_BYTE per byte, see budget.ts) is reserved as the bytes
   * arrive, or at once from a declared Content-Length, and kept after a successful response (the caller
   * releases it). Without one, maxResponseBytes caps each body.
   */
  budget?: BudgetLease;
  /** Record when each body chunk arrived (streamed answers: time to first token, inter-token latency). */
  chunkTimes?: boolean;
}

/** Why a connection to `address` must not be made, or undefined when it may. */
export type AddressCheck = (address: string) => string | undefined;

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  latencyMs: number;
  /** With `chunkTimes`: per body chunk, the byte offset where it ends and ms since the request started. */
  chunks?: { ends: number[]; atMs: number[] };
}

/** Why an attempt produced no usable HTTP response. */
export type TransportFailure = 'timeout' | 'connect' | 'aborted' | 'too-large' | 'refused';

/** Without a byte budget, bodies above this are refused rather than buffered: one runaway answer must not exhaust memory. */
export const maxResponseBytes = 32 * 1024 * 1024;

export class TransportError extends Error {
  readonly kind: TransportFailure;
  readonly latencyMs: number;
  /** Bytes of the body received before the failure (a stream that broke off has some). */
  readonly bodyBytes: number;
  constructor(kind: TransportFailure, message: string, latencyMs: number, bodyBytes = 0) {
    super(message);
    this.name = 'TransportError';
    this.kind = kind;
    this.latencyMs = latencyMs;
    this.bodyBytes = bodyBytes;
  }
}

/** A connection the address check refused; never retried. */
export class AddressRefusedError extends Error {
  readonly code = 'ERR_SHADOWGATE_ADDRESS_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'AddressRefusedError';
  }
}

/**
 * A lookup for node:net that resolves as usual and then refuses the connection when any resolved
 * address fails the check. node:net connects to exactly the addresses this returns, so what is
 * checked is what is connected to.
 */
export function checkedLookup(check: AddressCheck): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const refusal = check(address);
        if (refusal) return callback(new AddressRefusedError(`${hostname} resolves to ${address}: ${refusal}`), '', 0);
      }
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      if (options.all) (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

interface Target {
  https: boolean;
  hostname: string;
  port: string;
  path: string;
}

export interface Transport {
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Closes idle pooled sockets. */
  close(): void;
}

/**
 * A transport whose socket pool matches the request concurrency, so a steady stream of
 * requests reuses warm connections instead of paying a TCP handshake each time.
 * node:http rather than fetch: measured on loopback, ~0.12 ms CPU per request against ~0.38 ms.
 */
export function createTransport(opts: { concurrency: number }): Transport {
  const sockets = Math.max(1, opts.concurrency);
  const agentOptions = { keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets, scheduling: 'lifo' as const };
  type Client = { request: (options: http.RequestOptions) => http.ClientRequest; agent: http.Agent };
  const plain: Client = { request: http.request, agent: new http.Agent(agentOptions) };
  // node:https (and TLS with it) loads on the first https request: ~5 ms a plain-http run need not pay.
  let secure: Client | undefined;
  const secureClient = (): Client => {
    if (!secure) {
      const module = process.getBuiltinModule('node:https') as typeof https;
      secure = { request: module.request, agent: new module.Agent(agentOptions) };
    }
    return secure;
  };

  // One 'abort' listener per signal (a run shares one), fanning out to its requests in flight:
  // adding and removing an EventTarget listener per request costs more than the request's own JS.
  const abortHandlers = new WeakMap<AbortSignal, Set<() => void>>();
  function onAbortOf(signal: AbortSignal): Set<() => void> {
    let handlers = abortHandlers.get(signal);
    if (!handlers) {
      const registered = new Set<() => void>();
      signal.addEventListener(
        'abort',
        () => {
          for (const handler of registered) handler();
          registered.clear();
        },
        { once: true },
      );
      abortHandlers.set(signal, (handlers = registered));
    }
    return handlers;
  }

  // One lookup function per address check (one per endpoint), not one per request.
  const lookups = new WeakMap<AddressCheck, LookupFunction>();

  // Every request of a run goes to one or two URLs; parse each once.
  const targets = new Map<string, Target>();
  function parseTarget(raw: string): Target {
    let target = targets.get(raw);
    if (!target) {
      const url = new URL(raw);
      target = {
        https: url.protocol === 'https:',
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port,
        path: `${url.pathname}${url.search}`,
      };
      if (targets.size > 1000) targets.clear();
      targets.set(raw, target);
    }
    return target;
  }

  function send(request: HttpRequest): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const elapsed = () => performance.now() - started;
      if (request.signal?.aborted) {
        reject(new TransportError('aborted', 'aborted before sending', 0));
        return;
      }
      const target = parseTarget(request.url);
      const headers: Record<string, string | number> = { accept: 'application/json', ...request.headers };
      if (request.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        headers['content-length'] = Buffer.byteLength(request.body);
      }
      let settled = false;
      let received = 0;
      // Time spent waiting for room in the byte budget is not the model's: it is left out of the latency.
      let waitedMs = 0;
      let waitingSince: number | undefined;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        aborters?.delete(onAbort);
        fn();
      };
      const fail = (kind: TransportFailure, message: string) =>
        finish(() => {
          request.budget?.abandon(); // a failed attempt keeps nothing, and waits for nothing
          reject(new TransportError(kind, message, elapsed(), received));
        });

      let lookup: LookupFunction | undefined;
      if (request.checkAddress) {
        // node:net skips the lookup for an IP literal, so a literal is judged here.
        const refusal = isIP(target.hostname) ? request.checkAddress(target.hostname) : undefined;
        if (refusal) {
          reject(new TransportError('refused', `${target.hostname}: ${refusal}`, 0));
          return;
        }
        lookup = lookups.get(request.checkAddress);
        if (!lookup) lookups.set(request.checkAddress, (lookup = checkedLookup(request.checkAddress)));
      }
      request.budget?.begin();
      const client = target.https ? secureClient() : plain;
      const req = client.request({
        hostname: target.hostname,
        port: target.port,
        path: target.path,
        method: request.method,
        headers,
        agent: client.agent,
        ...(lookup ? { lookup } : {}),
      });
      const timer = setTimeout(() => {
        const waiting = waitingSince === undefined ? waitedMs : waitedMs + performance.now() - waitingSince;
        const forRoom = waiting >= 1 ? ` (${Math.round(waiting)} ms of it waiting for room in the byte budget for answers in flight)` : '';
        fail('timeout', `no complete response within ${request.timeoutMs} ms${forRoom}`);
        req.destroy();
      }, request.timeoutMs);
      const onAbort = () => {
        fail('aborted', 'aborted by the overall deadline');
        req.destroy();
      };
      const aborters = request.signal ? onAbortOf(request.signal) : undefined;
      aborters?.add(onAbort);

      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e instanceof AddressRefusedError) fail('refused', e.message);
        else fail('connect', describeSocketError(e));
      });
      req.on('response', (res) => {
        const lease = request.budget;
        let chunks: Buffer[] = [];
        let size = 0;
        // A declared length is read into one buffer of that size: no second copy of the body to join the chunks.
        let whole: Buffer | undefined;
        // With a budget, a declared Content-Length is reserved before any of the body is read: until there is
        // room, the body stays unread and TCP holds the server back. `covered` is how many body bytes the
        // reservation pays for (bytes, body string and parsed text).
        let covered = 0;
        const refuse = (grant: Grant, bytes: number, cost: number, forms: string, declaredLength: boolean) => {
          const { budget } = lease as BudgetLease;
          const mine = (lease as BudgetLease).held;
          const pair = (lease as BudgetLease).group.held - mine;
          if (grant === 'gave-way') {
            fail(
              'too-large',
              `answer gave way: the answers in flight outgrew the byte budget together (${formatMiB(budget.limit)}) and none could finish; ` +
                `this one ${formatMiB(Math.max(size, covered + bytes))}${declaredLength ? '' : ' so far, without a declared length'}, ${formatMiB(pair)} more held by its pair`,
            );
          } else {
            fail(
              'too-large',
              `answer does not fit the byte budget for answers in flight (${formatMiB(budget.limit)}; this one ${formatMiB(Math.max(size, covered + bytes))}` +
                `, ${formatMiB(mine + cost)} with its text and parsed form${forms}, ${formatMiB(pair)} held by the other answers of its pair)`,
            );
          }
          req.destroy();
        };
        /** Reserves `cost` for `bytes` more body bytes, waiting for room in turn; false when the attempt is over. */
        const reserve = async (bytes: number, cost: number, forms = '', declaredLength = false): Promise<boolean> => {
          const l = lease as BudgetLease;
          let grant: Grant;
          if (!declaredLength && l.reserve(cost)) grant = 'granted';
          else {
            waitingSince = performance.now();
            grant = await (declaredLength ? l.admit(cost) : l.grow(cost));
            waitedMs += performance.now() - waitingSince;
            waitingSince = undefined;
          }
          if (settled) return false;
          if (grant === 'granted') {
            covered += bytes;
            return true;
          }
          refuse(grant, bytes, cost, forms, declaredLength);
          return false;
        };
        res.on('error', (e: NodeJS.ErrnoException) => fail('connect', describeSocketError(e)));
        res.on('aborted', () => fail('connect', 'connection closed mid-response'));
        const chunkEnds: number[] | undefined = request.chunkTimes ? [] : undefined;
        const chunkAt: number[] = [];
        // The body without a declared length is reserved as it arrives; with no room for what has arrived,
        // nothing more is read until there is (one chunk over the budget per answer, at most).
        let growth: Promise<boolean> | undefined;
        const cover = () => {
          if (!lease || growth || settled || size <= covered) return;
          const more = size - covered;
          if (lease.reserve(more * ANSWER_COST_PER_BYTE)) {
            covered = size;
            return;
          }
          res.pause();
          growth = reserve(more, more * ANSWER_COST_PER_BYTE).then((ok) => {
            growth = undefined;
            if (!ok) return false;
            cover();
            if (!growth) res.resume();
            return true;
          });
        };
        const read = () => {
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            received = size;
            if (chunkEnds) {
              chunkEnds.push(size);
              chunkAt.push(elapsed() - waitedMs); // not the time spent waiting for room
            }
            if (!lease && size > maxResponseBytes) {
              fail('too-large', `response body exceeds ${maxResponseBytes / 1048576} MiB`);
              req.destroy();
              return;
            }
            if (whole && size <= whole.length) chunk.copy(whole, size - chunk.length);
            else {
              // More than declared (the connection ends with an error below) or no length: keep the chunks.
              if (whole) {
                chunks = [whole.subarray(0, size - chunk.length)];
                whole = undefined;
              }
              chunks.push(chunk);
            }
            cover();
          });
          res.on('end', () => void end());
        };
        const end = async () => {
          while (growth) if (!(await growth)) return;
          if (settled) return;
          if (lease && size > covered && !(await reserve(size - covered, (size - covered) * ANSWER_COST_PER_BYTE))) return;
          if (!res.complete) {
            fail('connect', 'connection closed mid-response');
            return;
          }
          let raw: Buffer;
          if (whole) raw = size === whole.length ? whole : whole.subarray(0, size);
          else if (chunks.length === 1) raw = chunks[0] as Buffer;
          else {
            // Joining the chunks copies the body once more, until the chunks are collected.
            if (lease && !(await reserve(0, size, ' and the copy joining its chunks'))) return;
            raw = Buffer.concat(chunks, size);
          }
          chunks = [];
          whole = undefined;
          // Text that is not ASCII is held as UTF-16: up to twice its bytes, for the body string and the parsed text.
          if (lease && !isAscii(raw) && !(await reserve(0, 2 * size, ' as UTF-16'))) return;
          const body = raw.toString('utf8');
          const latencyMs = elapsed() - waitedMs;
          finish(() => {
            lease?.done();
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body,
              latencyMs,
              ...(chunkEnds ? { chunks: { ends: chunkEnds, atMs: chunkAt } } : {}),
            });
          });
        };
        const declared = Number(res.headers['content-length']);
        if (lease && Number.isSafeInteger(declared) && declared > 0) {
          if (lease.admitNow(declared * ANSWER_COST_PER_BYTE)) {
            covered = declared;
            whole = Buffer.allocUnsafe(declared);
            read();
            return;
          }
          // The body is not read (the socket is paused) until its pair has room for it.
          void reserve(declared, declared * ANSWER_COST_PER_BYTE, '', true).then((ok) => {
            if (!ok) return;
            whole = Buffer.allocUnsafe(declared);
            read();
          });
        } else {
          lease?.reading();
          read();
        }
      });
      req.end(request.body);
    });
  }

  return {
    send,
    close() {
      plain.agent.destroy();
      secure?.agent.destroy();
    },
  };
}

function describeSocketError(e: NodeJS.ErrnoException): string {
  return e.code ? `${e.code}: ${e.message}` : e.message;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Full jitter: uniform in [0, min(max, base·2^retry)). `retry` counts from 0. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** Statuses worth another attempt: rate limits and server-side faults. Other 4xx never are. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Waits `ms`, or returns false early when the signal aborts. */
export async function waitOrAbort(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return false;
  try {
    await sleep(ms, undefined, signal ? { signal } : undefined);
    return true;
  } catch {
    return false;
  }
}

export interface AttemptOutcome {
  /** The last response, if the last attempt got one. */
  response?: HttpResponse;
  /** The last transport failure, if the last attempt got no response. */
  failure?: TransportError;
  attempts: number;
  /** Wall time of the final attempt. */
  latencyMs: number;
}

/**
 * Sends with retries: 429/5xx responses, timeouts and connection errors are retried (model
 * inference is idempotent); any other status is returned as is. Retry-After on 429/503 sets the
 * wait; otherwise full-jitter backoff. The signal (overall deadline) cuts waits and attempts.
 */
export async function sendWithRetry(
  transport: Transport,
  request: HttpRequest,
  policy: RetryPolicy,
  random: () => number = Math.random,
): Promise<AttemptOutcome> {
  let attempts = 0;
  for (;;) {
    // Only attempts that left the process count; an abort before sending is not one.
    if (request.signal?.aborted) {
      return { failure: new TransportError('aborted', 'aborted by the overall deadline before sending', 0), attempts, latencyMs: 0 };
    }
    // A retry drops the previous answer, and its bytes with it; the answer returned keeps them.
    if (attempts > 0) request.budget?.releaseAll();
    attempts++;
    let outcome: AttemptOutcome;
    let retryAfterMs: number | undefined;
    try {
      const response = await transport.send(request);
      outcome = { response, attempts, latencyMs: response.latencyMs };
      if (!isRetryableStatus(response.status)) return outcome;
      if (response.status === 429 || response.status === 503) {
        retryAfterMs = parseRetryAfter(response.headers['retry-after']);
      }
    } catch (e) {
      if (!(e instanceof TransportError)) throw e;
      outcome = { failure: e, attempts, latencyMs: e.latencyMs };
      // A refused address left nothing: not an attempt, and never worth another.
      if (e.kind === 'refused') return { failure: e, attempts: attempts - 1, latencyMs: 0 };
      if (e.kind === 'aborted' || e.kind === 'too-large') return outcome;
    }
    const retry = attempts - 1;
    if (retry >= policy.max) return outcome;
    if (retryAfterMs !== undefined && retryAfterMs > (policy.maxRetryAfterMs ?? defaultMaxRetryAfterMs)) return outcome;
    const delay = retryAfterMs ?? backoffDelay(retry, policy, random);
    // Waiting past the deadline only to be aborted would hide the real failure behind `deadline`.
    if (request.deadlineAt !== undefined && performance.now() + delay >= request.deadlineAt) return outcome;
    if (!(await waitOrAbort(delay, request.signal))) {
      return { failure: new TransportError('aborted', 'deadline passed while waiting to retry', 0), attempts, latencyMs: outcome.latencyMs };
    }
  }
}
