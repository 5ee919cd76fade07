// Numeric answers (regression scores, probabilities): paired values, tolerance agreement, distribution drift.

import type { MetricContext, MetricResult, Pair } from '../types.ts';
import { ksTwoSample, wasserstein1 } from './distributions.ts';
import { extractNumber } from './extract.ts';
import {
  bothOk,
  finishAgreement,
  initAgreement,
  mergeAgreement,
  pairedMetric,
  resultHeader,
  type AgreementState,
  type PairedState,
  type ShadowMetric,
} from './metric.ts';
import { NumberColumn } from './column.ts';
import { finiteOrNull, mean, stdPopulation } from './stats.ts';

const isNumeric = (kind: string): boolean => kind === 'numeric';

/** numpy.isclose defaults, used when the manifest sets no tolerance. */
export const DEFAULT_RTOL = 1e-5;
export const DEFAULT_ATOL = 1e-8;

/** |b − c| ≤ atol + rtol·|b|, with the baseline as reference (numpy.isclose(candidate, baseline)). */
export function withinTolerance(baseline: number, candidate: number, rtol: number, atol: number): boolean {
  if (baseline === candidate) return true;
  return Math.abs(baseline - candidate) <= atol + rtol * Math.abs(baseline);
}

/** Largest value, NaN for none (a loop: spreading 100,000 arguments would overflow the stack). */
function maxOf(values: ArrayLike<number>): number {
  let max = Number.NaN;
  for (let i = 0; i < values.length; i++) if (!((values[i] as number) <= max)) max = values[i] as number;
  return max;
}

function absErrors(state: PairedState): Float64Array {
  const baseline = state.baseline.values();
  const candidate = state.candidate.values();
  return baseline.map((b, i) => Math.abs(b - (candidate[i] as number)));
}

export const numericValue = pairedMetric({
  id: 'numeric.value',
  title: 'Numeric answer',
  unit: 'value',
  badDirection: 'either',
  applies: isNumeric,
  value: (call, ctx) => extractNumber(call.output, ctx.output),
  details: (state) => {
    const errors = absErrors(state);
    return { meanAbsoluteError: finiteOrNull(mean(errors)), maxAbsoluteError: finiteOrNull(maxOf(errors)) };
  },
});

interface ToleranceState extends AgreementState {
  /** |b − c| per compared pair, for MAE and the maximum. */
  absErrors: NumberColumn;
}

const TOLERANCE = { id: 'numeric.within_tolerance', title: 'Within tolerance (rtol/atol)', unit: 'rate', badDirection: 'decrease' } as const;

function tolerances(ctx: MetricContext): { rtol: number; atol: number } {
  return { rtol: ctx.output.rtol ?? DEFAULT_RTOL, atol: ctx.output.atol ?? DEFAULT_ATOL };
}

export const numericWithinTolerance: ShadowMetric<ToleranceState> = {
  id: TOLERANCE.id,
  title: TOLERANCE.title,
  applies: isNumeric,
  init: (ctx) => ({ ...initAgreement(ctx), absErrors: new NumberColumn(ctx.expectedPairs) }),
  observe(state, pair: Pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const { rtol, atol } = tolerances(ctx);
    const b = extractNumber(pair.baseline.output, ctx.output);
    const c = extractNumber(pair.candidate.output, ctx.output);
    if (b === undefined || c === undefined) state.notComparable++;
    else {
      state.values.push(withinTolerance(b, c, rtol, atol) ? 1 : 0, pair.record.line);
      state.absErrors.push(Math.abs(b - c), pair.record.line);
    }
    const r = pair.baselineRepeat?.ok ? extractNumber(pair.baselineRepeat.output, ctx.output) : undefined;
    if (b !== undefined && r !== undefined) state.noise.push(withinTolerance(b, r, rtol, atol) ? 1 : 0, pair.record.line);
  },
  merge: (a, b) => ({ ...mergeAgreement(a, b), absErrors: NumberColumn.concat(a.absErrors, b.absErrors) }),
  finish(state, ctx): MetricResult {
    const absErrors = state.absErrors.values();
    const max = maxOf(absErrors);
    return finishAgreement(TOLERANCE, state, 1, {
      ...tolerances(ctx),
      meanAbsoluteError: finiteOrNull(mean(absErrors)),
      maxAbsoluteError: finiteOrNull(max),
    });
  },
};

// ───────────── distribution drift ─────────────

function distanceMetric(spec: {
  id: string;
  title: string;
  threshold: number;
  compute: (baseline: Float64Array, candidate: Float64Array) => { value: number; details?: Record<string, unknown> };
}): ShadowMetric<PairedState> {
  // Same per-pair collection as numeric.value (pairs where both sides yield a number); only finish differs.
  const collector = pairedMetric({
    id: spec.id,
    title: spec.title,
    unit: 'distance',
    badDirection: 'increase',
    applies: isNumeric,
    value: (call, ctx) => extractNumber(call.output, ctx.output),
  });
  return {
    ...collector,
    finish(state): MetricResult {
      const n = state.baseline.length;
      const computed = n ? spec.compute(state.baseline.values(), state.candidate.values()) : undefined;
      return {
        ...resultHeader({ id: spec.id, title: spec.title, unit: 'distance', badDirection: 'increase' }),
        test: 'distance',
        n,
        ...(computed ? { candidate: computed.value, distance: { value: computed.value, threshold: spec.threshold } } : {}),
        details: { ...computed?.details, excludedFailedPairs: state.excludedFailedPairs, missingValuePairs: state.missing },
      };
    },
  };
}

/** Two-sample KS statistic D between the baseline's and the candidate's numbers; drift at D ≥ 0.1, p-value in details. */
export const numericKs = distanceMetric({
  id: 'numeric.ks',
  title: 'Distribution shift (Kolmogorov–Smirnov D)',
  threshold: 0.1,
  compute: (b, c) => {
    const ks = ksTwoSample(b, c);
    return { value: ks.statistic, details: { pValue: ks.pValue, pValueMethod: ks.method } };
  },
});

/** W₁ / max(std(baseline), 0.001), Evidently's normed Wasserstein; drift at ≥ 0.1. */
export const numericWassersteinNorm = distanceMetric({
  id: 'numeric.wasserstein_norm',
  title: 'Distribution shift (normed Wasserstein)',
  threshold: 0.1,
  compute: (b, c) => {
    const w1 = wasserstein1(b, c);
    const std = stdPopulation(b);
    return { value: w1 / Math.max(std, 0.001), details: { wasserstein: w1, baselineStd: std } };
  },
});

export const numericMetrics: ShadowMetric[] = [numericValue, numericWithinTolerance, numericKs, numericWassersteinNorm] as ShadowMetric[];
