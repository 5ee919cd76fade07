// An OpenAI-compatible moderation endpoint (POST {base}/moderations): is an answer flagged, and for
// which categories. Both answers of a pair go in one call; calls run at most `concurrency` at a time
// through the replay's HTTP transport, like the models'.

import type { AuthConfig } from '../../types.ts';
import { joinUrl, resolveHeaders, type Endpoint, type EndpointLocations } from '../endpoint.ts';
import { createTransport, defaultRetryPolicy, sendWithRetry, type AddressCheck, type RetryPolicy, type Transport } from '../transport.ts';
import { errorBodyMessage, excerpt, isObject } from './adapter.ts';

export interface ModerationResult {
  flagged: boolean;
  /** Categories the endpoint flagged. */
  categories: string[];
}

export type ModerationFailureClass = 'timeout' | 'connect' | 'aborted' | 'rate-limited' | 'http-4xx' | 'http-5xx' | 'bad-body';

export type ModerationOutcome = { ok: true; results: ModerationResult[] } | { ok: false; class: ModerationFailureClass; message: string };

export interface ModeratorOptions {
  endpoint: string;
  model?: string;
  auth?: AuthConfig;
  /** Judges each address a connection resolves to (the run's egress plan); refused addresses are never connected. */
  checkAddress?: AddressCheck;
  concurrency?: number;
  timeoutMs?: number;
  retries?: RetryPolicy;
  env?: Record<string, string | undefined>;
  locations?: EndpointLocations;
  transport?: Transport;
}

export interface Moderator {
  /**
   * Moderates texts in one call; never throws for an endpoint fault, which comes back as a failure.
   * With a `key` (the record id) the same key is moderated once however often it is asked.
   */
  moderate(texts: string[], key?: string): Promise<ModerationOutcome>;
  readonly calls: number;
  close(): void;
}

/** Reads a moderations response: one result per input, in order. */
export function parseModeration(json: unknown, expected: number): ModerationResult[] | string {
  if (!isObject(json)) return 'response is not a JSON object';
  if (!Array.isArray(json.results)) return 'response has no results array';
  if (json.results.length !== expected) return `asked about ${expected} texts, got ${json.results.length} results`;
  const results: ModerationResult[] = [];
  for (const [i, item] of json.results.entries()) {
    if (!isObject(item) || typeof item.flagged !== 'boolean') return `results[${i}].flagged is not a boolean`;
    const categories = isObject(item.categories)
      ? Object.entries(item.categories)
          .filter(([, v]) => v === true)
          .map(([k]) => k)
      : [];
    results.push({ flagged: item.flagged, categories });
  }
  return results;
}

export function createModerator(options: ModeratorOptions): Moderator {
  const endpoint: Endpoint = {
    label: 'moderation',
    protocol: 'openai',
    url: options.endpoint,
    model: options.model ?? '',
    ...(options.auth ? { auth: options.auth } : {}),
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? defaultRetryPolicy,
    ...(options.locations ? { locations: options.locations } : {}),
  };
  const headers = resolveHeaders(endpoint, options.env);
  const url = joinUrl(endpoint.url, 'moderations');
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let ownTransport: Transport | undefined;
  const transport = (): Transport => options.transport ?? (ownTransport ??= createTransport({ concurrency }));
  let active = 0;
  const waiting: Array<() => void> = [];
  let calls = 0;

  async function call(texts: string[]): Promise<ModerationOutcome> {
    calls++;
    // The API rejects empty strings; an empty answer is moderated as a blank.
    const input = texts.map((t) => (t === '' ? ' ' : t));
    const body = JSON.stringify({ ...(options.model ? { model: options.model } : {}), input });
    const outcome = await sendWithRetry(
      transport(),
      { method: 'POST', url, headers, body, timeoutMs: endpoint.timeoutMs, ...(options.checkAddress ? { checkAddress: options.checkAddress } : {}) },
      endpoint.retries,
    );
    if (outcome.failure) {
      const kind = outcome.failure.kind;
      return { ok: false, class: kind === 'too-large' ? 'bad-body' : kind === 'refused' ? 'connect' : kind, message: outcome.failure.message };
    }
    const response = outcome.response!;
    let json: unknown;
    try {
      json = JSON.parse(response.body);
    } catch {
      return { ok: false, class: 'bad-body', message: `response is not JSON: ${excerpt(response.body, 80)}` };
    }
    if (response.status < 200 || response.status >= 300) {
      const failureClass: ModerationFailureClass = response.status === 429 ? 'rate-limited' : response.status >= 500 ? 'http-5xx' : 'http-4xx';
      return { ok: false, class: failureClass, message: `HTTP ${response.status}: ${errorBodyMessage(json) ?? excerpt(response.body, 120)}` };
    }
    const results = parseModeration(json, texts.length);
    return typeof results === 'string' ? { ok: false, class: 'bad-body', message: results } : { ok: true, results };
  }

  async function limited(texts: string[]): Promise<ModerationOutcome> {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await call(texts);
    } finally {
      active--;
      waiting.shift()?.();
    }
  }
  const byKey = new Map<string, Promise<ModerationOutcome>>();

  return {
    moderate(texts, key) {
      if (key === undefined) return limited(texts);
      let outcome = byKey.get(key);
      if (!outcome) byKey.set(key, (outcome = limited(texts)));
      return outcome;
    },
    get calls() {
      return calls;
    },
    close() {
      ownTransport?.close();
    },
  };
}
