import type { Protocol } from '../../types.ts';
import type { ProtocolAdapter } from './adapter.ts';
import { httpAdapter } from './http.ts';
import { kserveAdapter } from './kserve.ts';
import { openaiAdapter } from './openai.ts';

export type { ParseResult, ProtocolAdapter } from './adapter.ts';

const adapters: Record<Protocol, ProtocolAdapter> = {
  openai: openaiAdapter,
  'kserve-v2': kserveAdapter,
  http: httpAdapter,
};

export function adapterFor(protocol: Protocol): ProtocolAdapter {
  return adapters[protocol];
}
