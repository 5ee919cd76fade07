// Prometheus through its HTTP API (`/api/v1/query_range`). Down, a query error, NaN or an empty result is
// reported as such, so the judge can hold the ladder instead of passing it.
import type { MetricProvider, Sample, Window } from './provider.ts';

interface PromResponse {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: Array<{ metric?: Record<string, string>; values?: Array<[number, string]> }> };
}

export class PrometheusProvider implements MetricProvider {
  readonly description: string;
  readonly #url: string;
  readonly #timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    this.#url = url.replace(/\/+$/, '');
    this.#timeoutMs = timeoutMs;
    this.description = `Prometheus at ${this.#url}`;
  }

  async online(): Promise<string | undefined> {
    try {
      const res = await fetch(`${this.#url}/-/ready`, { signal: AbortSignal.timeout(this.#timeoutMs) });
      await res.arrayBuffer();
      return res.ok ? undefined : `${this.description} is not ready (HTTP ${res.status})`;
    } catch (e) {
      return `${this.description} is unreachable (${causeOf(e)})`;
    }
  }

  async sample(query: string, window: Window): Promise<Sample> {
    const body = new URLSearchParams({
      query,
      start: (window.start.getTime() / 1000).toFixed(3),
      end: (window.end.getTime() / 1000).toFixed(3),
      step: `${window.stepSeconds}`,
    });
    let parsed: PromResponse;
    try {
      const res = await fetch(`${this.#url}/api/v1/query_range`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      const text = await res.text();
      try {
        parsed = JSON.parse(text) as PromResponse;
      } catch {
        return { query, values: [], dropped: 0, error: `${this.description} answered HTTP ${res.status} without JSON` };
      }
    } catch (e) {
      return { query, values: [], dropped: 0, error: `${this.description} is unreachable (${causeOf(e)})` };
    }
    if (parsed.status !== 'success') {
      return { query, values: [], dropped: 0, error: `query failed (${parsed.errorType ?? 'error'}): ${parsed.error ?? 'no message'}` };
    }
    const result = parsed.data?.result ?? [];
    if (parsed.data?.resultType !== 'matrix') return { query, values: [], dropped: 0, error: `expected a matrix, got ${parsed.data?.resultType}` };
    if (result.length === 0) return { query, values: [], dropped: 0, error: 'no data: the query matched no series in the window' };
    if (result.length > 1) {
      return { query, values: [], dropped: 0, error: `the query returned ${result.length} series; aggregate it to one per slot (e.g. sum(...))` };
    }
    const values: number[] = [];
    let dropped = 0;
    for (const [, raw] of result[0]!.values ?? []) {
      const value = Number(raw); // "NaN", "+Inf", "-Inf" arrive as strings
      if (Number.isFinite(value)) values.push(value);
      else dropped++;
    }
    return { query, values, dropped };
  }
}

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  if ((e as Error)?.name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? (e as Error)?.message ?? String(e);
}
