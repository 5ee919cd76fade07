// Starts bench/server.mjs as its own process and talks to its control routes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { BENCH_DIR, NODE } from './tools.mjs';

/**
 * @param {{ latencyMs: number, spinMs?: number }} options
 * @returns {Promise<{ endpoint: string, pid: number, stats(): Promise<any>, reset(): Promise<void>, stop(): Promise<void> }>}
 */
export async function startModelServer({ latencyMs, spinMs }) {
  const child = spawn(
    NODE,
    [join(BENCH_DIR, 'server.mjs'), '--latency-ms', String(latencyMs), ...(spinMs !== undefined ? ['--spin-ms', String(spinMs)] : [])],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  // Never leave a server behind, however the bench ends (a signal handler in run.mjs turns signals into exit).
  const killOnExit = () => child.kill('SIGKILL');
  process.prependOnceListener('exit', killOnExit);
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => line),
    once(child, 'exit').then(([code]) => {
      throw new Error(`model server exited before listening (exit ${code})`);
    }),
  ]);
  const { port } = JSON.parse(first);
  const base = `http://127.0.0.1:${port}`;
  const control = async (method, path) => {
    const res = await fetch(`${base}${path}`, { method });
    if (!res.ok) throw new Error(`model server ${method} ${path}: HTTP ${res.status}`);
    return res.json();
  };
  return {
    endpoint: `${base}/v1`,
    pid: child.pid,
    stats: () => control('GET', '/__stats'),
    reset: async () => {
      await control('POST', '/__reset');
    },
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
