// Default metrics per kind of model server, as PromQL templates. Each series must carry a `slot` label (the
// slot's selector value, e.g. relabelled from the pod's shadowgate.dev/slot label) and `namespace`.

export type PresetName = 'http' | 'vllm' | 'kserve';

export interface MetricSpec {
  name: string;
  /** A series metric: PromQL template with {{namespace}}, {{service}}, {{slot}}, {{window}}, sampled per step. */
  query?: string;
  /**
   * A proportion metric: counter selectors (same placeholders) of failed and of all requests. Their increase
   * over the whole bake is compared as two proportions — every request counts, not a median of per-step
   * rates, so a few failures among mostly-quiet steps are not lost.
   */
  failed?: string;
  total?: string;
  /** Which change is a regression: error rate and latency `increase`, throughput `decrease`. */
  direction: 'increase' | 'decrease';
  /** absolute: tolerance/threshold in the metric's unit; relative: fractions of the stable slot's median. */
  scale: 'absolute' | 'relative';
  /** Kayenta's first condition: the interval of the shift must lie wholly outside ±tolerance. */
  tolerance: number;
  /** Kayenta's second condition: the estimated shift must reach this size. */
  threshold: number;
  /** A regression in a critical metric aborts the ladder; in another it is a warning. */
  critical: boolean;
}

const SLOT = 'namespace="{{namespace}}",slot="{{slot}}"';

function p99(histogram: string): string {
  return `histogram_quantile(0.99, sum by (le) (rate(${histogram}_bucket{${SLOT}}[{{window}}])))`;
}

const HTTP_ERRORS: MetricSpec = {
  name: 'error_rate',
  failed: `http_requests_total{${SLOT},code=~"5.."}`,
  total: `http_requests_total{${SLOT}}`,
  direction: 'increase',
  scale: 'absolute',
  tolerance: 0.005,
  threshold: 0.01,
  critical: true,
};

export const PRESETS: Readonly<Record<PresetName, readonly MetricSpec[]>> = {
  http: [
    HTTP_ERRORS,
    {
      name: 'latency_p99',
      query: p99('http_request_duration_seconds'),
      direction: 'increase',
      scale: 'relative',
      tolerance: 0.05,
      threshold: 0.2,
      critical: true,
    },
  ],
  vllm: [
    {
      name: 'error_rate',
      failed: `vllm:request_success_total{${SLOT},finished_reason="abort"}`,
      total: `vllm:request_success_total{${SLOT}}`,
      direction: 'increase',
      scale: 'absolute',
      tolerance: 0.005,
      threshold: 0.01,
      critical: true,
    },
    {
      name: 'latency_p99',
      query: p99('vllm:e2e_request_latency_seconds'),
      direction: 'increase',
      scale: 'relative',
      tolerance: 0.05,
      threshold: 0.2,
      critical: true,
    },
    {
      name: 'ttft_p99',
      query: p99('vllm:time_to_first_token_seconds'),
      direction: 'increase',
      scale: 'relative',
      tolerance: 0.05,
      threshold: 0.2,
      critical: true,
    },
    {
      name: 'tokens_per_second',
      query: `sum(rate(vllm:generation_tokens_total{${SLOT}}[{{window}}])) / sum(rate(vllm:e2e_request_latency_seconds_sum{${SLOT}}[{{window}}]))`,
      direction: 'decrease',
      scale: 'relative',
      tolerance: 0.05,
      threshold: 0.2,
      critical: false,
    },
  ],
  kserve: [
    HTTP_ERRORS,
    { name: 'predict_p99', query: p99('request_predict_seconds'), direction: 'increase', scale: 'relative', tolerance: 0.05, threshold: 0.2, critical: true },
  ],
};
