// Replay progress: a redrawn bar on a terminal, a plain line every N seconds in CI logs.
import type { Log } from '../log.ts';
import type { ReplayStats } from '../types.ts';

export interface ProgressOptions {
  log: Log;
  /** Expected pairs (from validateDataset's `sampled`), for percent and ETA. */
  total?: number;
  /** CI line interval (default 10 s); the TTY bar redraws at most every 100 ms. */
  intervalMs?: number;
  /** Where the TTY bar is drawn (default stderr). */
  stream?: NodeJS.WritableStream;
  now?: () => number;
}

export interface Progress {
  update(stats: Pick<ReplayStats, 'pairs' | 'failed'>): void;
  stop(stats: Pick<ReplayStats, 'pairs' | 'failed'>): void;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

function failures(stats: Pick<ReplayStats, 'failed'>): number {
  return Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
}

/** `412/1000 pairs (41%) · 38.2/s · ETA 15s · 3 failed requests` */
export function describeProgress(done: number, total: number | undefined, elapsedMs: number, failed: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [total !== undefined ? `${done}/${total} pairs (${total > 0 ? Math.floor((done / total) * 100) : 100}%)` : `${done} pairs`];
  parts.push(`${rate.toFixed(1)}/s`);
  if (total !== undefined && rate > 0) parts.push(`ETA ${formatDuration(((total - done) / rate) * 1000)}`);
  if (failed > 0) parts.push(`${failed} failed request${failed === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function bar(done: number, total: number, width = 24): string {
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export function startProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const interval = options.log.interactive ? 100 : (options.intervalMs ?? 10_000);
  const stream = options.stream ?? process.stderr;
  let lastDrawn = started;
  let drewBar = false;

  function render(stats: Pick<ReplayStats, 'pairs' | 'failed'>): string {
    return describeProgress(stats.pairs, options.total, now() - started, failures(stats));
  }

  function draw(stats: Pick<ReplayStats, 'pairs' | 'failed'>): void {
    if (options.log.interactive) {
      const prefix = options.total !== undefined ? `${bar(stats.pairs, options.total)} ` : '';
      stream.write(`\r\x1b[2K${prefix}${render(stats)}`);
      drewBar = true;
    } else {
      options.log.info(`replay: ${render(stats)}`);
    }
  }

  return {
    update(stats) {
      const t = now();
      if (t - lastDrawn < interval) return;
      lastDrawn = t;
      draw(stats);
    },
    stop(stats) {
      if (drewBar) stream.write('\r\x1b[2K');
      options.log.info(`replay done: ${render(stats)} in ${formatDuration(now() - started)}`);
    },
  };
}
