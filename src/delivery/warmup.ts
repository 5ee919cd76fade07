import type { WarmupSettings } from './deploy-config.ts';

/** Something that sends one warm-up request to the target slot and resolves with its latency in ms. */
export interface WarmupTarget {
  send(): Promise<number>;
}

export interface WarmupResult {
  settled: boolean;
  requests: number;
  failures: number;
  /** p95 latency (ms) of each completed window, in order. */
  windowP95s: number[];
  elapsedMs: number;
  reason: string;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Settled when the last window's p95 lies within marginPercent of the previous window's. */
export function hasSettled(previousP95: number, lastP95: number, marginPercent: number): boolean {
  if (!Number.isFinite(previousP95) || !Number.isFinite(lastP95)) return false;
  return Math.abs(lastP95 - previousP95) <= (marginPercent / 100) * previousP95;
}

/**
 * Replays requests to the target in windows until latency settles or a limit is hit. Failed requests count
 * against the limits but not into the latency windows; a window that is mostly failures cannot settle.
 */
export async function warmUp(target: WarmupTarget, settings: WarmupSettings, opts: { now?: () => number; signal?: AbortSignal } = {}): Promise<WarmupResult> {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const windowP95s: number[] = [];
  let requests = 0;
  let failures = 0;
  let lastError = '';
  const outOfTime = () => now() - started >= settings.maxSeconds * 1000;
  const result = (settled: boolean, reason: string): WarmupResult => ({ settled, requests, failures, windowP95s, elapsedMs: now() - started, reason });

  while (true) {
    const budget = Math.min(settings.windowSize, settings.maxRequests - requests);
    if (budget < settings.windowSize || outOfTime() || opts.signal?.aborted) break;
    const latencies: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < budget && !outOfTime() && !opts.signal?.aborted) {
        next++;
        requests++;
        try {
          latencies.push(await target.send());
        } catch (e) {
          failures++;
          lastError = (e as Error)?.message ?? String(e);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, budget) }, worker));
    if (latencies.length < Math.ceil(budget / 2)) {
      // Mostly failures: the slot is not serving; latency of the few successes means nothing.
      if (outOfTime() || requests + settings.windowSize > settings.maxRequests) break;
      windowP95s.push(Number.NaN);
      continue;
    }
    const p95 = percentile(latencies, 95);
    const previous = windowP95s.at(-1);
    windowP95s.push(p95);
    if (previous !== undefined && hasSettled(previous, p95, settings.marginPercent)) {
      return result(
        true,
        `p95 settled at ${p95.toFixed(1)} ms (previous window ${previous.toFixed(1)} ms, margin ${settings.marginPercent} %) after ${requests} requests`,
      );
    }
  }
  const limit = outOfTime() ? `${settings.maxSeconds} s` : `${settings.maxRequests} requests`;
  const tail = windowP95s
    .slice(-3)
    .map((v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'failed'))
    .join(', ');
  const failed = failures > 0 ? `; ${failures} of ${requests} requests failed (last: ${lastError})` : '';
  return result(false, `latency did not settle within ${limit} (last window p95: ${tail || 'none'})${failed}`);
}
