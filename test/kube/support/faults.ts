// A TLS man-in-the-middle in front of the real API server (it serves the API server's own self-signed
// certificate, so clients trust it) that injects faults into chosen requests: a 503 before forwarding,
// or forwarding and then cutting the connection so the reply is lost.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type Fault = 'unavailable' | 'lose-reply';

export interface FaultProxy {
  kubeconfig: string;
  /** Method + path of every request seen, in order. */
  seen: string[];
  /** Injects `fault` into the next request matching method (and path substring). */
  inject(method: string, fault: Fault, pathContains?: string): void;
  close(): Promise<void>;
}

export async function startFaultProxy(clusterDir: string, upstream: string, userKubeconfig: string): Promise<FaultProxy> {
  const cert = readFileSync(join(clusterDir, 'certs/apiserver.crt'));
  const key = readFileSync(join(clusterDir, 'certs/apiserver.key'));
  const pending: { method: string; fault: Fault; pathContains?: string }[] = [];
  const seen: string[] = [];
  const server = createServer({ cert, key }, (req, res) => {
    const line = `${req.method} ${req.url}`;
    seen.push(line);
    const i = pending.findIndex((p) => p.method === req.method && (!p.pathContains || req.url?.includes(p.pathContains)));
    const fault = i >= 0 ? pending.splice(i, 1)[0]!.fault : undefined;
    if (fault === 'unavailable') {
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'injected: etcd leader changed', code: 503 }));
      return;
    }
    const up = request(`${upstream}${req.url}`, { method: req.method, headers: req.headers, ca: cert }, (upRes) => {
      if (fault === 'lose-reply') {
        upRes.resume();
        upRes.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => req.socket.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = JSON.parse(readFileSync(userKubeconfig, 'utf8')) as { clusters: { cluster: { server: string } }[] };
  config.clusters[0]!.cluster.server = url;
  const kubeconfig = join(clusterDir, `fault-${Date.now()}.kubeconfig`);
  writeFileSync(kubeconfig, JSON.stringify(config));
  return {
    kubeconfig,
    seen,
    inject: (method, fault, pathContains) => pending.push({ method, fault, ...(pathContains ? { pathContains } : {}) }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
