// A KServe v2 (Open Inference Protocol) pricing model for the demo, served on loopback.
// Version 1 is the live model; version 2 (the candidate pin) prices large homes higher, so its predictions
// shift in one direction — the kind of drift the numeric metrics and the paired judge must catch.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoServer } from './chat-model.ts';

interface InferInput {
  name: string;
  shape: number[];
  datatype: string;
  data: unknown[];
}

/** Price in thousands from [sqft, bedrooms, bathrooms, age]. */
export function predictPrice(version: string, features: number[]): number {
  const [sqft = 0, bedrooms = 0, bathrooms = 0, age = 0] = features;
  const base = 40 + sqft * 0.21 + bedrooms * 12 + bathrooms * 9 - age * 0.8;
  const price = version === '2' ? base * (1 + Math.max(0, sqft - 1500) / 25_000) + 2.5 : base;
  return Math.round(price * 100) / 100;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** On 127.0.0.1, at `port` (0: any free port). */
export async function startPricingModel(port = 0): Promise<DemoServer> {
  let count = 0;
  const server = createServer(async (req, res) => {
    count++;
    const url = req.url ?? '';
    if (req.method === 'GET' && /^\/v2\/health\/(live|ready)$/.test(url)) return send(res, 200, {});
    const match = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?\/infer$/.exec(url);
    if (req.method !== 'POST' || !match) return send(res, 404, { error: `no route ${req.method} ${url}` });
    const [, name, version = '1'] = match;
    if (name !== 'pricing' || !['1', '2'].includes(version)) {
      return send(res, 404, { error: `model ${name} version ${version} is not loaded` });
    }
    let body: { id?: string; inputs?: InferInput[] };
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { error: 'request body is not JSON' });
    }
    const input = body.inputs?.find((i) => i.name === 'features');
    if (input?.datatype !== 'FP32' || input.shape.length !== 2 || input.shape[1] !== 4) {
      return send(res, 400, { error: 'expected input "features" FP32 with shape [N, 4]' });
    }
    const rows = input.shape[0] ?? 0;
    if (input.data.length !== rows * 4) return send(res, 400, { error: 'data length does not match shape' });
    const prices: number[] = [];
    for (let r = 0; r < rows; r++) prices.push(predictPrice(version, input.data.slice(r * 4, r * 4 + 4).map(Number)));
    const delay = version === '2' ? 4 : 3;
    setTimeout(
      () =>
        send(res, 200, {
          model_name: name,
          model_version: version,
          id: body.id ?? String(count),
          outputs: [{ name: 'price', shape: [rows, 1], datatype: 'FP32', data: prices }],
        }),
      delay,
    );
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
