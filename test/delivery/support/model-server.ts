// A model server for the canary tests: answers POST /v1/chat/completions after a set delay, fails a set
// share of requests with 500, and exposes real Prometheus text-format /metrics: http_requests_total{code}
// and the http_request_duration_seconds histogram, as HTTP servers instrumented with a client library do.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface Behaviour {
  delayMs: number;
  /** Share of requests answered 500 (deterministic: every 1/errorRate-th request). */
  errorRate: number;
}

export interface ModelServer {
  url: string;
  behaviour: Behaviour;
  served: number;
  close(): Promise<void>;
}

export async function startModelServer(behaviour: Behaviour): Promise<ModelServer> {
  const counts = new Map<string, number>([['200', 0]]); // exported from the start, as client libraries do
  const buckets = new Array<number>(BUCKETS.length).fill(0);
  let sum = 0;
  let total = 0;
  let errorBudget = 0;
  const state: ModelServer = { url: '', behaviour, served: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    if (req.url === '/metrics') {
      const lines = ['# TYPE http_requests_total counter'];
      for (const [code, n] of counts) lines.push(`http_requests_total{code="${code}"} ${n}`);
      lines.push('# TYPE http_request_duration_seconds histogram');
      BUCKETS.forEach((le, i) => {
        lines.push(`http_request_duration_seconds_bucket{le="${le}"} ${buckets[i]}`);
      });
      lines.push(
        `http_request_duration_seconds_bucket{le="+Inf"} ${total}`,
        `http_request_duration_seconds_sum ${sum}`,
        `http_request_duration_seconds_count ${total}`,
      );
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(`${lines.join('\n')}\n`);
      return;
    }
    const started = performance.now();
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        errorBudget += state.behaviour.errorRate;
        const fail = errorBudget >= 1;
        if (fail) errorBudget -= 1;
        const code = fail ? '500' : '200';
        res.writeHead(Number(code), { 'content-type': 'application/json' });
        res.end(JSON.stringify(fail ? { error: 'injected' } : { choices: [{ message: { role: 'assistant', content: 'ok' } }] }));
        const seconds = (performance.now() - started) / 1000;
        counts.set(code, (counts.get(code) ?? 0) + 1);
        BUCKETS.forEach((le, i) => {
          if (seconds <= le) buckets[i]!++;
        });
        sum += seconds;
        total++;
        state.served++;
      }, state.behaviour.delayMs);
    });
  });
  // Longer than any test: a server closing an idle keep-alive socket just as the sender reuses it would
  // show up as a failed request that no gateway in front of real model servers would produce.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
