// Generic JSON-over-HTTP model: the answer is the value at a JSON Pointer in the response body.
import type { ModelOutput, ModelRequest } from '../../types.ts';
import type { Endpoint } from '../endpoint.ts';
import { badBody, errorBodyMessage, isObject, type ParseResult, type ProtocolAdapter } from './adapter.ts';

const missing: unique symbol = Symbol('missing');

/** RFC 6901: `""` is the whole document, `/a/0/b~1c` walks keys and indexes. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) return missing;
  let current: unknown = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return missing;
      const index = Number(key);
      if (index >= current.length) return missing;
      current = current[index];
    } else if (isObject(current) && Object.hasOwn(current, key)) {
      current = current[key];
    } else {
      return missing;
    }
  }
  return current;
}

export function parseHttpResponse(json: unknown, pointer: string): ParseResult {
  const value = resolvePointer(json, pointer);
  if (value === missing) {
    // A body with an error object instead of the answer is the server saying it failed.
    const error = isObject(json) && json.error !== undefined ? errorBodyMessage(json) : undefined;
    if (error !== undefined) return { ok: false, class: 'error-body', message: error };
    return badBody(`response has nothing at JSON Pointer "${pointer}"`);
  }
  const output: ModelOutput = { value };
  if (typeof value === 'string') output.text = value;
  return { ok: true, output };
}

export const httpAdapter: ProtocolAdapter = {
  protocol: 'http',
  url: (endpoint: Endpoint) => endpoint.url,
  method: (request: ModelRequest) => (request.protocol === 'http' ? request.method : 'POST'),
  toBody(request: ModelRequest) {
    if (request.protocol !== 'http') throw new Error(`http adapter got a ${request.protocol} request`);
    return request.body;
  },
  parse: (json, endpoint) => parseHttpResponse(json, endpoint.httpOutput ?? ''),
};
