// A real Prometheus server (hack/prometheus/ensure.sh) on loopback, scraping the test model servers'
// /metrics every second, each target labelled with its namespace and slot as a relabelling would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../../kube/support/cluster.ts';
import { freePort, retryWhilePortTaken, stopProcess, track, waitUntilReady } from '../../support/server-processes.ts';

let binary: string | undefined;
export function ensurePrometheus(): string {
  if (binary) return binary;
  const r = spawnSync(join(REPO, 'hack/prometheus/ensure.sh'), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`hack/prometheus/ensure.sh failed:\n${r.stderr}`);
  binary = r.stdout.trim().split('=')[1]!;
  return binary;
}

export interface Target {
  url: string;
  labels: Record<string, string>;
}

export interface Prometheus {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Prometheus on a port picked free. Another process can bind that port before Prometheus does: such a
 * start is undone and retried with a new port. A failed start leaves no process and no directory behind.
 */
export function startPrometheus(targets: Target[]): Promise<Prometheus> {
  return retryWhilePortTaken('test prometheus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sg-prom-'));
    try {
      return await launch(targets, dir);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  });
}

async function launch(targets: Target[], dir: string): Promise<Prometheus> {
  const bin = ensurePrometheus();
  const port = await freePort();
  const config = {
    global: { scrape_interval: '1s', evaluation_interval: '1s', scrape_timeout: '900ms' },
    scrape_configs: [
      {
        job_name: 'models',
        static_configs: targets.map((t) => ({ targets: [new URL(t.url).host], labels: t.labels })),
      },
    ],
  };
  await writeFile(join(dir, 'prometheus.yml'), JSON.stringify(config)); // JSON is YAML
  let log = '';
  const child = spawn(
    bin,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=1h',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  track(child);
  child.stdout!.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-8000)));
  child.stderr!.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-8000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(
      'prometheus',
      // Bounded: whatever else took the port may accept the connection and never answer.
      async () => {
        const r = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(2000) });
        return r.ok || `HTTP ${r.status}`;
      },
      60_000,
      [{ name: 'prometheus', child, log: () => log }],
    );
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return {
    url,
    async stop() {
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until every target has been scraped `times` times, so rate() over a short window has data. */
export async function waitForScrapes(prometheus: Prometheus, selector: string, targets: number, times = 3): Promise<void> {
  const deadline = Date.now() + 30_000;
  const query = `count_over_time(up{${selector}}[30s]) >= ${times}`;
  for (;;) {
    const body = (await (await fetch(`${prometheus.url}/api/v1/query?query=${encodeURIComponent(query)}`)).json()) as { data?: { result?: unknown[] } };
    if ((body.data?.result?.length ?? 0) >= targets) return;
    if (Date.now() > deadline) throw new Error(`prometheus did not scrape ${targets} targets ${times} times: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
