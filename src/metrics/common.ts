// Metrics for every output kind: request success, latency, token usage.

import type { CallResult, FailureClass, MetricResult, Pair } from '../types.ts';
import { addCounts } from './stats.ts';
import { countBinary, finishBinary, initBinary, mergeBinary, pairedMetric, type BinaryState, type ShadowMetric } from './metric.ts';

type FailureCounts = Partial<Record<FailureClass, number>>;

interface SuccessState {
  counts: BinaryState;
  failures: { baseline: FailureCounts; candidate: FailureCounts };
  /** The same failures by what a person looks for (`HTTP 401`, `connection refused`); older snapshots lack it. */
  labels?: { baseline: Record<string, number>; candidate: Record<string, number> };
}

function recordFailure(into: FailureCounts, call: CallResult): void {
  if (call.ok) return;
  const failureClass = call.error?.class ?? 'bad-body';
  into[failureClass] = (into[failureClass] ?? 0) + 1;
}

function recordLabel(into: Record<string, number>, call: CallResult): void {
  if (call.ok) return;
  const label = failureLabel(call);
  into[label] = (into[label] ?? 0) + 1;
}

const SOCKET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connect timeout',
  EPIPE: 'connection reset',
};

const CLASS_LABELS: Record<FailureClass, string> = {
  timeout: 'timeout',
  connect: 'connection error',
  'rate-limited': 'HTTP 429',
  'http-4xx': 'HTTP 4xx',
  'http-5xx': 'HTTP 5xx',
  'bad-body': 'unreadable answer',
  'error-body': 'error in a 200 answer',
  deadline: 'run deadline passed',
  'too-large': 'answer over the byte budget',
  cancelled: 'cancelled',
  'stream-broken': 'stream broke off',
};

/** Failure labels of requests the run itself stopped (a signal, the deadline): lost time, not an outage. */
export const STOPPED_RUN_LABELS: readonly string[] = [CLASS_LABELS.cancelled, CLASS_LABELS.deadline];

/**
 * What a failed call reads as in the verdict: the HTTP status when there was one (401 and 404 need different
 * fixes), the socket error for connection failures (`ECONNREFUSED: …` → `connection refused`), else the class.
 */
export function failureLabel(call: CallResult): string {
  const error = call.error;
  if (!error) return CLASS_LABELS['bad-body'];
  if (error.status !== undefined && error.class !== 'bad-body' && error.class !== 'error-body') return `HTTP ${error.status}`;
  if (error.class === 'connect') {
    const code = /^([A-Z_]+):/.exec(error.message)?.[1];
    if (code && SOCKET_ERRORS[code]) return SOCKET_ERRORS[code]!;
  }
  return CLASS_LABELS[error.class] ?? error.class;
}

/** `requests.success_rate`: did each side answer at all. Counts every pair; details split failures by class. */
export const successRate: ShadowMetric<SuccessState> = {
  id: 'requests.success_rate',
  title: 'Request success rate',
  applies: () => true,
  init: () => ({ counts: initBinary(), failures: { baseline: {}, candidate: {} }, labels: { baseline: {}, candidate: {} } }),
  observe(state, pair: Pair) {
    countBinary(state.counts, { pass: pair.baseline.ok }, { pass: pair.candidate.ok });
    recordFailure(state.failures.baseline, pair.baseline);
    recordFailure(state.failures.candidate, pair.candidate);
    state.labels ??= { baseline: {}, candidate: {} };
    recordLabel(state.labels.baseline, pair.baseline);
    recordLabel(state.labels.candidate, pair.candidate);
  },
  merge: (a, b) => ({
    counts: mergeBinary(a.counts, b.counts),
    failures: {
      baseline: addCounts(addCounts({}, a.failures.baseline as Record<string, number>), b.failures.baseline as Record<string, number>),
      candidate: addCounts(addCounts({}, a.failures.candidate as Record<string, number>), b.failures.candidate as Record<string, number>),
    },
    labels: {
      baseline: addCounts(addCounts({}, a.labels?.baseline ?? {}), b.labels?.baseline ?? {}),
      candidate: addCounts(addCounts({}, a.labels?.candidate ?? {}), b.labels?.candidate ?? {}),
    },
  }),
  finish(state): MetricResult {
    const result = finishBinary({ id: 'requests.success_rate', title: 'Request success rate', unit: 'rate', badDirection: 'decrease' }, state.counts);
    return { ...result, details: { failures: state.failures, failureLabels: state.labels ?? { baseline: {}, candidate: {} } } };
  },
};

/** `latency.ms`: wall time of each side's final attempt, over pairs where both answered. */
export const latency = pairedMetric({
  id: 'latency.ms',
  title: 'Latency',
  unit: 'ms',
  badDirection: 'increase',
  value: (call) => call.latencyMs,
});

/** `latency.ttft_ms`: time to the first token of a streamed answer (model.stream); left out otherwise. */
export const timeToFirstToken = pairedMetric({
  id: 'latency.ttft_ms',
  title: 'Time to first token',
  unit: 'ms',
  badDirection: 'increase',
  omitWhenEmpty: true,
  value: (call) => call.stream?.ttftMs,
});

/** `latency.inter_token_ms`: mean time between the tokens of a streamed answer; left out otherwise. */
export const interTokenLatency = pairedMetric({
  id: 'latency.inter_token_ms',
  title: 'Inter-token latency',
  unit: 'ms',
  badDirection: 'increase',
  omitWhenEmpty: true,
  value: (call) => call.stream?.interTokenMs,
});

function totalTokens(call: CallResult): number | undefined {
  const usage = call.output?.usage;
  if (!usage) return undefined;
  if (usage.totalTokens !== undefined) return usage.totalTokens;
  if (usage.promptTokens !== undefined && usage.completionTokens !== undefined) return usage.promptTokens + usage.completionTokens;
  return undefined;
}

/** `tokens.total`: prompt + completion tokens as the server reported them; left out when none did. */
export const tokensTotal = pairedMetric({
  id: 'tokens.total',
  title: 'Total tokens',
  unit: 'tokens',
  badDirection: 'increase',
  omitWhenEmpty: true,
  value: totalTokens,
});

/** `tokens.completion`: generated tokens; left out when no server reported them. */
export const tokensCompletion = pairedMetric({
  id: 'tokens.completion',
  title: 'Completion tokens',
  unit: 'tokens',
  badDirection: 'increase',
  omitWhenEmpty: true,
  value: (call) => call.output?.usage?.completionTokens,
});

export const commonMetrics: ShadowMetric[] = [successRate, latency, timeToFirstToken, interTokenLatency, tokensTotal, tokensCompletion] as ShadowMetric[];
