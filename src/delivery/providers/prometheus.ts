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

  async value(query: string, at: Date): Promise<{ value?: number; error?: string }> {
    const parsed = await postForm(
      `${this.#url}/api/v1/query`,
      new URLSearchParams({ query, time: (at.getTime() / 1000).toFixed(3) }),
      this.#timeoutMs,
      this.description,
    );
    if (typeof parsed === 'string') return { error: parsed };
    if (parsed.status !== 'success') return { error: `query failed (${parsed.errorType ?? 'error'}): ${parsed.error ?? 'no message'}` };
    const result = (parsed.data?.result ?? []) as unknown as Array<{ value?: [number, string] }>;
    if (result.length === 0) return { error: 'no data: the query matched no series' };
    if (result.length > 1) return { error: `the query returned ${result.length} series; aggregate it to one per slot (e.g. sum(...))` };
    const value = Number(result[0]!.value?.[1]);
    return Number.isFinite(value) ? { value } : { error: `the query returned ${result[0]!.value?.[1]}` };
  }
}

async function postForm(url: string, body: URLSearchParams, timeoutMs: number, description: string): Promise<PromResponse | string> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as PromResponse;
    } catch {
      return `${description} answered HTTP ${res.status} without JSON`;
    }
  } catch (e) {
    return `${description} is unreachable (${causeOf(e)})`;
  }
}

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  if ((e as Error)?.name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? (e as Error)?.message ?? String(e);
}
