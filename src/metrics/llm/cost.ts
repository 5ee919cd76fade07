// `cost.per_1k_requests`: what each request cost, from the usage the server reported and the manifest's
// price table (USD per million tokens; cached prompt tokens at their own price), scaled to 1,000
// requests. Paired continuous: the judge's signed-rank test and Hodges–Lehmann interval give the shift
// per 1,000 requests, and the gate reads the ratio of medians. The details add the mean-based cost of
// 1,000 requests on each side, which is what the bill shows.

import type { CallResult } from '../../types.ts';
import { mean } from '../stats.ts';
import { bothOk, pairedMetric, type PairedState, type ShadowMetric } from '../metric.ts';
import type { ModelPrice } from '../../manifest/llm-settings.ts';

/** USD for one answer's usage, or undefined when the server reported no prompt/completion split. */
export function requestCost(call: CallResult, price: ModelPrice): number | undefined {
  const usage = call.output?.usage;
  if (!usage || usage.promptTokens === undefined || usage.completionTokens === undefined) return undefined;
  const cached = Math.min(usage.cachedPromptTokens ?? 0, usage.promptTokens);
  const uncached = usage.promptTokens - cached;
  return (uncached * price.input + cached * (price.cachedInput ?? price.input) + usage.completionTokens * price.output) / 1e6;
}

const perRequest = pairedMetric({
  id: 'cost.per_1k_requests',
  title: 'Cost per 1,000 requests',
  unit: 'USD',
  badDirection: 'increase',
  omitWhenEmpty: true,
  applies: (_kind, ctx) => ctx.llm?.prices !== undefined,
  // Each side has its own price, so observe below reads the values; this one is never called.
  value: () => undefined,
  details(state) {
    const b = mean(state.baseline.values());
    const c = mean(state.candidate.values());
    return { meanRatio: b > 0 && Number.isFinite(c / b) ? c / b : null };
  },
});

/** Per pair: each side's request cost × 1,000, so a side's mean is its cost of 1,000 such requests. */
export const costPer1k: ShadowMetric<PairedState> = {
  ...perRequest,
  observe(state, pair, ctx) {
    const prices = ctx.llm?.prices;
    if (!bothOk(pair) || !prices) {
      state.excludedFailedPairs++;
      return;
    }
    const b = requestCost(pair.baseline, prices.baseline);
    const c = requestCost(pair.candidate, prices.candidate);
    if (b === undefined || c === undefined) {
      state.missing++;
      return;
    }
    state.baseline.push(b * 1000, pair.record.line);
    state.candidate.push(c * 1000, pair.record.line);
  },
};
