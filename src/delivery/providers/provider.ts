// A metric provider answers two questions: can it be reached, and what did a query return over a window.
import type { PrometheusSettings } from '../config.ts';
import { PrometheusProvider } from './prometheus.ts';

export interface Window {
  start: Date;
  end: Date;
  stepSeconds: number;
}

/** One query's points over a window; `error` says why there are none (never a silent empty pass). */
export interface Sample {
  query: string;
  /** Finite values only, in time order. */
  values: number[];
  /** Points that came back NaN or ±Inf (e.g. 0/0 when a slot had no requests in a step). */
  dropped: number;
  /** Set when the query failed, returned no series, or returned more than one series. */
  error?: string;
}

export interface MetricProvider {
  readonly description: string;
  /** undefined when reachable and answering; otherwise why not. */
  online(): Promise<string | undefined>;
  sample(query: string, window: Window): Promise<Sample>;
  /** One number: an instant query at `at` that must return exactly one finite value. */
  value(query: string, at: Date): Promise<{ value?: number; error?: string }>;
}

export function providerFor(settings: PrometheusSettings): MetricProvider {
  switch (settings.kind) {
    case 'prometheus':
      return new PrometheusProvider(settings.url, settings.timeoutSeconds * 1000);
  }
}
