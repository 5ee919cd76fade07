// OpenAI-compatible embeddings (POST {base}/embeddings), batched, for the text cosine metric.
import { UserError } from '../../errors.ts';
import type { AuthConfig } from '../../types.ts';
import { EndpointError } from './errors.ts';
import { errorBodyMessage, excerpt, isObject } from './adapter.ts';
import { joinUrl, resolveHeaders, type Endpoint, type EndpointLocations } from '../endpoint.ts';
import { defaultRetryPolicy, sendWithRetry, createTransport, type AddressCheck, type RetryPolicy, type Transport } from '../transport.ts';

export interface EmbedderOptions {
  /** Base URL, e.g. `https://api.openai.com/v1`. */
  endpoint: string;
  model: string;
  auth?: AuthConfig;
  /** Texts per request (default 64; the API allows up to 2048). */
  batchSize?: number;
  /** Batches in flight at once (default 4). */
  concurrency?: number;
  timeoutMs?: number;
  retries?: RetryPolicy;
  transport?: Transport;
  env?: Record<string, string | undefined>;
  /** Where the manifest sets `endpoint` and `auth.env`, named by the errors about them. */
  locations?: EndpointLocations;
  /** Judges each address a connection resolves to (see src/replay/egress.ts). */
  checkAddress?: AddressCheck;
  /** Aborts calls in flight and fails later ones (a cancelled run does not wait for embeddings). */
  signal?: AbortSignal;
}

export interface Embedder {
  embed(texts: string[]): Promise<number[][]>;
  /** Vector length seen so far (every vector must share it). */
  readonly dimensions: number | undefined;
  close(): void;
}

/** Reads one embeddings response: vectors ordered by `index`, all of one length. */
export function parseEmbeddings(json: unknown, expected: number): number[][] | string {
  if (!isObject(json)) return 'response is not a JSON object';
  if (json.error !== undefined && json.error !== null) return errorBodyMessage(json) ?? 'error object in the response';
  if (!Array.isArray(json.data)) return 'response has no data array';
  if (json.data.length !== expected) return `asked for ${expected} embeddings, got ${json.data.length}`;
  const vectors: Array<number[] | undefined> = new Array(expected);
  for (const [position, item] of json.data.entries()) {
    if (!isObject(item)) return `data[${position}] is not an object`;
    // Servers may reorder; `index` says which input a vector belongs to.
    const index = typeof item.index === 'number' ? item.index : position;
    if (!Number.isInteger(index) || index < 0 || index >= expected) return `data[${position}] has index ${index} out of range`;
    if (vectors[index]) return `two embeddings for input ${index}`;
    const vector = item.embedding;
    if (!Array.isArray(vector) || vector.length === 0 || !vector.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return `data[${position}].embedding is not a list of numbers (base64 encoding is not supported)`;
    }
    vectors[index] = vector as number[];
  }
  const first = vectors[0]?.length;
  const mismatch = vectors.findIndex((v) => v?.length !== first);
  if (mismatch >= 0) return `embedding ${mismatch} has ${vectors[mismatch]?.length} dimensions, embedding 0 has ${first}`;
  return vectors as number[][];
}

export function createEmbedder(options: EmbedderOptions): Embedder {
  const endpoint: Endpoint = {
    label: 'embeddings',
    protocol: 'openai',
    url: options.endpoint,
    model: options.model,
    ...(options.auth ? { auth: options.auth } : {}),
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? defaultRetryPolicy,
    ...(options.locations ? { locations: options.locations } : {}),
    ...(options.checkAddress ? { checkAddress: options.checkAddress } : {}),
  };
  const headers = resolveHeaders(endpoint, options.env);
  const batchSize = Math.max(1, Math.min(2048, options.batchSize ?? 64));
  const concurrency = Math.max(1, options.concurrency ?? 4);
  // Opened on the first embed, so an embedder dropped unused (the run failed before its replay) needs no close().
  let ownTransport: Transport | undefined;
  const transport = (): Transport => options.transport ?? (ownTransport ??= createTransport({ concurrency }));
  const url = joinUrl(endpoint.url, 'embeddings');
  let dimensions: number | undefined;

  async function embedBatch(texts: string[]): Promise<number[][]> {
    // The API rejects empty strings; a blank answer still needs a vector.
    const input = texts.map((t) => (t === '' ? ' ' : t));
    const outcome = await sendWithRetry(
      transport(),
      {
        method: 'POST',
        url,
        headers,
        body: JSON.stringify({ model: endpoint.model, input }),
        timeoutMs: endpoint.timeoutMs,
        ...(endpoint.checkAddress ? { checkAddress: endpoint.checkAddress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      },
      endpoint.retries,
    );
    if (outcome.failure) throw new EndpointError(url, `${outcome.failure.message} after ${outcome.attempts} attempt(s)`);
    const response = outcome.response!;
    let json: unknown;
    try {
      json = JSON.parse(response.body);
    } catch {
      throw new EndpointError(url, `response is not JSON: ${excerpt(response.body, 80)}`);
    }
    if (response.status < 200 || response.status >= 300) {
      const message = `HTTP ${response.status}: ${errorBodyMessage(json) ?? excerpt(response.body)}`;
      // Wrong key, model or URL is the user's to fix; keep it out of the stack-trace path.
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        throw new UserError(`embeddings endpoint ${url}: ${message}`, undefined, 'check shadow.embeddings in the manifest');
      }
      throw new EndpointError(url, message);
    }
    const vectors = parseEmbeddings(json, texts.length);
    if (typeof vectors === 'string') throw new EndpointError(url, vectors);
    const length = vectors[0]?.length;
    dimensions ??= length;
    if (length !== dimensions) throw new EndpointError(url, `embedding dimension changed from ${dimensions} to ${length}`);
    return vectors;
  }

  return {
    get dimensions() {
      return dimensions;
    },
    async embed(texts: string[]): Promise<number[][]> {
      if (texts.length === 0) return [];
      const batches: string[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) batches.push(texts.slice(i, i + batchSize));
      const results: number[][][] = new Array(batches.length);
      let next = 0;
      const worker = async () => {
        while (next < batches.length) {
          const index = next++;
          results[index] = await embedBatch(batches[index]!);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
      return results.flat();
    },
    close() {
      ownTransport?.close();
    },
  };
}
