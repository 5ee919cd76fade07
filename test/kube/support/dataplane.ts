// A miniature data plane for the flip tests and the benchmark: blue and green model servers, a proxy that
// follows the Service selector through a watch on the real API server (as kube-proxy follows endpoints),
// and a load generator that keeps requests in flight and notes which slot answered each one.
import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Watch, type KubeConfig } from '@kubernetes/client-node';

export interface Backend {
  slot: string;
  url: string;
  served: number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** A model server stand-in: answers after `delayMs` with its slot name in a header and the body. */
export async function startBackend(slot: string, delayMs = 3): Promise<Backend> {
  const backend = { slot, url: '', served: 0, close: async () => {} };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () =>
      setTimeout(() => {
        backend.served++;
        res.writeHead(200, { 'content-type': 'application/json', 'x-slot': slot });
        res.end(JSON.stringify({ slot, choices: [{ message: { content: 'ok' } }] }));
      }, delayMs),
    );
  });
  server.keepAliveTimeout = 30_000;
  backend.url = `http://127.0.0.1:${await listen(server)}`;
  backend.close = () => closeServer(server);
  return backend;
}

export interface Proxy {
  url: string;
  /** Current selector value as last seen on the watch. */
  slot(): string | undefined;
  /** performance.now() of each selector change seen, with the new value. */
  changes: { at: number; slot: string }[];
  close(): Promise<void>;
}

/** Routes each request to the backend of the slot the Service currently selects. */
export async function startProxy(config: KubeConfig, namespace: string, service: string, slotKey: string, backends: Record<string, Backend>): Promise<Proxy> {
  let current: string | undefined;
  const changes: { at: number; slot: string }[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 2048 });
  let ready: () => void;
  const firstEvent = new Promise<void>((resolve) => (ready = resolve));
  let stopped = false;
  let abort: AbortController | undefined;

  const startWatch = async () => {
    abort = await new Watch(config).watch(
      `/api/v1/namespaces/${namespace}/services`,
      { fieldSelector: `metadata.name=${service}`, allowWatchBookmarks: false },
      (_phase, obj: { spec?: { selector?: Record<string, string> } }) => {
        const next = obj.spec?.selector?.[slotKey];
        if (next !== undefined && next !== current) {
          current = next;
          changes.push({ at: performance.now(), slot: next });
        }
        ready();
      },
      () => {
        if (!stopped) setTimeout(() => void startWatch(), 50); // the API server closes watches now and then
      },
    );
  };
  await startWatch();
  await firstEvent;

  const server = createServer((req, res) => {
    const backend = current ? backends[current] : undefined;
    if (!backend) {
      res.writeHead(503).end(`no backend for slot ${current}`);
      return;
    }
    const upstream = request(`${backend.url}${req.url}`, { method: req.method, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(e));
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;
  const url = `http://127.0.0.1:${await listen(server)}`;
  return {
    url,
    slot: () => current,
    changes,
    async close() {
      stopped = true;
      abort?.abort();
      agent.destroy();
      await closeServer(server);
    },
  };
}

export interface LoadStats {
  sent: number;
  ok: number;
  failed: number;
  failures: string[];
  peakInFlight: number;
  bySlot: Record<string, number>;
  /** Completion times (performance.now()) of the first response from each slot after `markFrom`. */
  firstFrom(slot: string, after: number): number | undefined;
}

/**
 * Keeps `concurrency` requests in flight until `stop()`; every response is checked (status 200 and a slot
 * header), and anything else counts as failed.
 */
export function startLoad(url: string, concurrency: number): { stats: LoadStats; stop(): Promise<LoadStats> } {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const responses: { at: number; slot: string }[] = [];
  let inFlight = 0;
  let running = true;
  const stats: LoadStats = {
    sent: 0,
    ok: 0,
    failed: 0,
    failures: [],
    peakInFlight: 0,
    bySlot: {},
    firstFrom: (slot, after) => responses.find((r) => r.at >= after && r.slot === slot)?.at,
  };
  const one = () =>
    new Promise<void>((resolve) => {
      stats.sent++;
      inFlight++;
      stats.peakInFlight = Math.max(stats.peakInFlight, inFlight);
      const req = request(`${url}/v1/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          inFlight--;
          const slot = res.headers['x-slot'];
          if (res.statusCode === 200 && typeof slot === 'string' && body.includes('"ok"')) {
            stats.ok++;
            stats.bySlot[slot] = (stats.bySlot[slot] ?? 0) + 1;
            responses.push({ at: performance.now(), slot });
          } else {
            stats.failed++;
            if (stats.failures.length < 10) stats.failures.push(`${res.statusCode}: ${body.slice(0, 100)}`);
          }
          resolve();
        });
      });
      req.on('error', (e) => {
        inFlight--;
        stats.failed++;
        if (stats.failures.length < 10) stats.failures.push(String(e));
        resolve();
      });
      req.end('{"messages":[{"role":"user","content":"hi"}]}');
    });
  const workers = Array.from({ length: concurrency }, async () => {
    while (running) await one();
  });
  return {
    stats,
    async stop() {
      running = false;
      await Promise.all(workers);
      agent.destroy();
      return stats;
    },
  };
}

/** Resolves once the generator has completed `count` more responses. */
export async function waitForResponses(stats: LoadStats, count: number, timeoutMs = 30_000): Promise<void> {
  const target = stats.ok + stats.failed + count;
  const deadline = Date.now() + timeoutMs;
  while (stats.ok + stats.failed < target) {
    if (Date.now() > deadline) throw new Error(`load generator stalled at ${stats.ok + stats.failed} responses`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
