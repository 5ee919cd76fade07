// The one interface every protocol implements: where to send, what to send, how to read the answer.
import type { FailureClass, ModelOutput, ModelRequest, Protocol } from '../../types.ts';
import type { Endpoint } from '../endpoint.ts';

export type ParseResult = { ok: true; output: ModelOutput } | { ok: false; class: Extract<FailureClass, 'bad-body' | 'error-body'>; message: string };

export interface ProtocolAdapter {
  protocol: Protocol;
  /** Full request URL for this endpoint. */
  url(endpoint: Endpoint): string;
  method(request: ModelRequest): 'POST' | 'PUT';
  /** The JSON body to send. */
  toBody(request: ModelRequest, endpoint: Endpoint): unknown;
  /** Reads a 2xx response body (already JSON-parsed) into a normalised answer, or says why not. */
  parse(json: unknown, endpoint: Endpoint): ParseResult;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function badBody(message: string): ParseResult {
  return { ok: false, class: 'bad-body', message };
}

/** The human message of an error body: `{error:{message}}`, `{error:"…"}`, `{message}` or `{detail}`. */
export function errorBodyMessage(json: unknown): string | undefined {
  if (!isObject(json)) return undefined;
  const error = json.error;
  if (typeof error === 'string') return error;
  if (isObject(error)) {
    const message = typeof error.message === 'string' ? error.message : JSON.stringify(error);
    return typeof error.code === 'string' || typeof error.type === 'string' ? `${message} (${String(error.code ?? error.type)})` : message;
  }
  if (typeof json.message === 'string') return json.message;
  if (typeof json.detail === 'string') return json.detail;
  return undefined;
}

/** Short excerpt of a body for error messages; bodies can be large. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
