// Builders for pairs and contexts, and a loopback OpenAI-compatible embeddings server.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallResult, FailureClass, MetricContext, ModelOutput, OutputSpec, Pair } from '../../src/types.ts';
import { seededRandom } from '../support/random.ts';

let line = 0;

export function ok(output: ModelOutput, latencyMs = 100): CallResult {
  return { ok: true, output, attempts: 1, latencyMs };
}

export function failed(failureClass: FailureClass, latencyMs = 30_000): CallResult {
  return { ok: false, error: { class: failureClass, message: failureClass }, attempts: 3, latencyMs };
}

export function pair(baseline: CallResult, candidate: CallResult, baselineRepeat?: CallResult): Pair {
  line++;
  return { record: { id: `r${line}`, line, data: {} }, baseline, candidate, ...(baselineRepeat ? { baselineRepeat } : {}) };
}

export function context(output: OutputSpec, extra: Partial<MetricContext> = {}): MetricContext {
  return { output, baselineTools: [], candidateTools: [], ...extra };
}

export { seededRandom as seeded };

export interface EmbeddingServer {
  url: string;
  /** Inputs of each request received, in order. */
  requests: string[][];
  embed: (texts: string[]) => Promise<number[][]>;
  close: () => Promise<void>;
}

/** Letter-frequency vector: texts with the same letters in the same proportions point the same way. */
export function letterVector(text: string): number[] {
  const v = new Array<number>(27).fill(0);
  for (const ch of text.toLowerCase()) {
    const code = ch.charCodeAt(0) - 97;
    v[code >= 0 && code < 26 ? code : 26]! += 1;
  }
  return v;
}

/** A real HTTP server speaking POST /v1/embeddings on 127.0.0.1; answers in shuffled order to exercise the join on `index`. */
export async function startEmbeddingServer(): Promise<EmbeddingServer> {
  const requests: string[][] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { input: string[]; model: string };
      if (req.url !== '/v1/embeddings' || !Array.isArray(parsed.input) || parsed.input.some((t) => t === '')) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'bad request' } }));
        return;
      }
      requests.push(parsed.input);
      const data = parsed.input.map((text, index) => ({ object: 'embedding', index, embedding: letterVector(text) })).reverse();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ object: 'list', data, model: parsed.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    async embed(texts) {
      const res = await fetch(`${url}/v1/embeddings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'test-embed', input: texts }),
      });
      if (!res.ok) throw new Error(`embeddings HTTP ${res.status}`);
      const json = (await res.json()) as { data: Array<{ index: number; embedding: number[] }> };
      const out: number[][] = [];
      for (const item of json.data) out[item.index] = item.embedding;
      return out;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
