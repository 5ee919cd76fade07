// Judges one rung on live metrics: candidate slot vs stable slot over the bake window, unpaired (the two
// slots serve different requests). Mann-Whitney for the p-value, Hodges-Lehmann for the shift and its
// interval, and Kayenta's two conditions for a regression: the interval lies wholly beyond the tolerance
// band AND the estimated shift reaches the threshold. Too few points is NODATA, which holds the ladder.
import { hodgesLehmannTwoSample, median, mannWhitneyU, normQuantile, normSf } from '../judge/stats/index.ts';
import type { MetricSpec } from './providers/presets.ts';
import { newcombeIndependentInterval } from './proportions.ts';
import type { Sample } from './providers/provider.ts';

export type MetricVerdict = 'pass' | 'warn' | 'fail' | 'nodata';
export type RungVerdict = 'pass' | 'warn' | 'fail' | 'inconclusive';

export interface MetricJudgement {
  name: string;
  verdict: MetricVerdict;
  critical: boolean;
  reason: string;
  stable: { n: number; dropped: number; median: number | null };
  candidate: { n: number; dropped: number; median: number | null };
  /** Hodges-Lehmann shift candidate − stable and its interval at `confidence`. */
  shift?: { estimate: number; interval: [number, number]; confidence: number };
  pValue?: number;
  /** The band and threshold in the metric's unit, as applied. */
  tolerance?: number;
  threshold?: number;
  /** NODATA because the interval is too wide to decide (enough points, not enough certainty). */
  undecided?: boolean;
}

export interface RungJudgement {
  verdict: RungVerdict;
  reason: string;
  metrics: MetricJudgement[];
}

/**
 * The fewest points per slot (both slots alike) at which the rank test, its variance widened by `overlap`,
 * can confirm a shift at all: with the two samples wholly apart, the interval's end must move in from the
 * smallest pairwise difference, i.e. U one short of complete separation (with the continuity correction)
 * must still reach the critical value. 16 at confidence 0.98 with a 1 m window over 15 s steps (the
 * ladder's defaults, whose 300 s bake yields 17). Below it, not confirming a shift says nothing.
 */
export function confirmableSamples(confidence: number, overlap = 1): number {
  const critical = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(Math.max(1, overlap));
  let n = 2;
  while ((n * n) / 2 - 1.5 < critical * Math.sqrt((n * n * (2 * n + 1)) / 12)) n++;
  return n;
}

export interface JudgeSettings {
  minSamples: number;
  /**
   * Below this many points per slot, a shift that is neither confirmed nor ruled out is NODATA (the rung
   * holds) instead of a pass. Default: confirmableSamples — 16 at the defaults, where a 300 s bake yields 17.
   */
  decisiveSamples?: number;
  confidence: number;
  /** Requests each slot needs before a proportion metric is judged. */
  minRequests?: number;
  /**
   * How many consecutive points share one rate window (window ÷ step, at least 1). Overlapping windows
   * make neighbouring points share most of their requests, so the rank test's variance is inflated by
   * √overlap: the interval then speaks for the independent windows the points really hold.
   */
  overlap?: number;
}

/** The confidence whose two-sided normal quantile is √overlap times that of `confidence`. */
export function inflatedConfidence(confidence: number, overlap: number): number {
  if (overlap <= 1) return confidence;
  const z = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(overlap);
  return Math.min(1 - 1e-12, 1 - 2 * normSf(z));
}

/** Counts of one slot over the window, or why there are none. */
export interface Counts {
  failed: number;
  total: number;
  error?: string;
}

/**
 * A proportion metric: the candidate's failed share against stable's, every request of the window counted.
 * The shift is p_candidate − p_stable with Newcombe's interval; Kayenta's two conditions as for series.
 */
export function judgeProportion(spec: MetricSpec, stable: Counts, candidate: Counts, settings: JudgeSettings): MetricJudgement {
  const rate = (c: Counts) => (c.total > 0 ? c.failed / c.total : null);
  const base = {
    name: spec.name,
    critical: spec.critical,
    stable: { n: stable.total, dropped: 0, median: rate(stable) },
    candidate: { n: candidate.total, dropped: 0, median: rate(candidate) },
  };
  const minRequests = settings.minRequests ?? 50;
  for (const [side, counts] of [
    ['stable', stable],
    ['candidate', candidate],
  ] as const) {
    if (counts.error) return { ...base, verdict: 'nodata', reason: `${side} slot: ${counts.error}` };
    if (counts.total < minRequests)
      return { ...base, verdict: 'nodata', reason: `${side} slot: ${counts.total} requests, fewer than minRequests ${minRequests}` };
  }
  const p1 = candidate.failed / candidate.total;
  const p2 = stable.failed / stable.total;
  const interval = newcombeIndependentInterval(candidate.failed, candidate.total, stable.failed, stable.total, settings.confidence);
  const unit = spec.scale === 'relative' ? p2 : 1;
  const tolerance = spec.tolerance * unit;
  const threshold = spec.threshold * unit;
  const sign = spec.direction === 'increase' ? 1 : -1;
  const worseLow = sign > 0 ? interval[0] : -interval[1];
  const regressed = worseLow > tolerance && sign * (p1 - p2) >= threshold;
  const shift = { estimate: p1 - p2, interval, confidence: settings.confidence };
  const describe = `${stable.failed}/${stable.total} → ${candidate.failed}/${candidate.total} (shift ${fmt(p1 - p2)}, ${Math.round(settings.confidence * 100)}% CI [${fmt(interval[0])}, ${fmt(interval[1])}])`;
  if (regressed) {
    return {
      ...base,
      verdict: spec.critical ? 'fail' : 'warn',
      shift,
      tolerance,
      threshold,
      reason: `${spec.name} ${sign > 0 ? 'rose' : 'fell'}: ${describe}; interval beyond ±${fmt(tolerance)} and shift past ${fmt(threshold)}`,
    };
  }
  return { ...base, verdict: 'pass', shift, tolerance, threshold, reason: `${spec.name}: ${describe}` };
}

function fmt(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  return abs >= 100 || abs < 0.001 ? value.toPrecision(3) : String(Number(value.toFixed(4)));
}

export function judgeMetric(spec: MetricSpec, stable: Sample, candidate: Sample, settings: JudgeSettings): MetricJudgement {
  const base = {
    name: spec.name,
    critical: spec.critical,
    stable: { n: stable.values.length, dropped: stable.dropped, median: stable.values.length ? median(stable.values) : null },
    candidate: { n: candidate.values.length, dropped: candidate.dropped, median: candidate.values.length ? median(candidate.values) : null },
  };
  for (const [side, sample] of [
    ['stable', stable],
    ['candidate', candidate],
  ] as const) {
    if (sample.error) return { ...base, verdict: 'nodata', reason: `${side} slot: ${sample.error}` };
    if (sample.values.length < settings.minSamples) {
      const nan = sample.dropped ? ` (${sample.dropped} NaN/Inf points dropped)` : '';
      return { ...base, verdict: 'nodata', reason: `${side} slot: ${sample.values.length} points, fewer than minSamples ${settings.minSamples}${nan}` };
    }
  }
  const overlap = settings.overlap ?? 1;
  const hl = hodgesLehmannTwoSample(candidate.values, stable.values, { confLevel: inflatedConfidence(settings.confidence, overlap) });
  const mw = mannWhitneyU(candidate.values, stable.values);
  const unit = spec.scale === 'relative' ? Math.abs(base.stable.median ?? 0) : 1;
  const tolerance = spec.tolerance * unit;
  const threshold = spec.threshold * unit;
  const sign = spec.direction === 'increase' ? 1 : -1;
  const worse = sign * hl.estimate;
  const [lo, hi] = hl.interval;
  const worseLow = sign > 0 ? lo : -hi;
  const regressed = worseLow > tolerance && worse >= threshold;
  const shift = { estimate: hl.estimate, interval: hl.interval, confidence: settings.confidence };
  const describe = `${fmt(base.stable.median!)} → ${fmt(base.candidate.median!)} (shift ${fmt(hl.estimate)}, ${Math.round(settings.confidence * 100)}% CI [${fmt(lo)}, ${fmt(hi)}], p=${mw.pValue.toPrecision(2)})`;
  if (regressed) {
    return {
      ...base,
      verdict: spec.critical ? 'fail' : 'warn',
      shift,
      pValue: mw.pValue,
      tolerance,
      threshold,
      reason: `${spec.name} ${spec.direction === 'increase' ? 'rose' : 'fell'}: ${describe}; interval beyond ±${fmt(tolerance)} and shift past ${fmt(threshold)}`,
    };
  }
  // Not confirmed. On thin data a pass also needs the data to rule a regression out: the interval's worse
  // end (one-sided at `confidence`) must stay short of the threshold, the smallest shift that counts as a
  // regression. An interval reaching past it on few points cannot tell a regression from noise (Kayenta
  // #633: +650 % passed for lack of data). From `decisiveSamples` points per slot on (by default, as soon as
  // the test can confirm a shift at all) not confirming one is a pass — per-step quantiles from histogram
  // buckets are too coarse for a narrow interval even when nothing changed.
  const decisive = Math.max(settings.minSamples, settings.decisiveSamples ?? confirmableSamples(settings.confidence, overlap));
  const points = Math.min(candidate.values.length, stable.values.length);
  const bound = hodgesLehmannTwoSample(candidate.values, stable.values, { confLevel: inflatedConfidence(2 * settings.confidence - 1, overlap) }).interval;
  const worseHigh = sign > 0 ? bound[1] : -bound[0];
  if (points < decisive && worseHigh >= threshold) {
    return {
      ...base,
      verdict: 'nodata',
      undecided: true,
      shift,
      pValue: mw.pValue,
      tolerance,
      threshold,
      reason: `${spec.name}: ${describe}; too uncertain to decide on ${points} points (fewer than ${decisive}): the interval reaches a shift of ${fmt(sign * worseHigh)}, past the threshold ${fmt(threshold)}, so a regression is neither confirmed nor ruled out`,
    };
  }
  return { ...base, verdict: 'pass', shift, pValue: mw.pValue, tolerance, threshold, reason: `${spec.name}: ${describe}` };
}

/** Critical regression → fail; else any metric without data → inconclusive; else a warning → warn. */
export function judgeRung(metrics: MetricJudgement[]): RungJudgement {
  const failed = metrics.filter((m) => m.verdict === 'fail');
  if (failed.length) return { verdict: 'fail', reason: failed.map((m) => m.reason).join('; '), metrics };
  const nodata = metrics.filter((m) => m.verdict === 'nodata');
  if (nodata.length) return { verdict: 'inconclusive', reason: nodata.map((m) => `${m.name}: ${m.reason}`).join('; '), metrics };
  const warned = metrics.filter((m) => m.verdict === 'warn');
  if (warned.length) return { verdict: 'warn', reason: warned.map((m) => m.reason).join('; '), metrics };
  return { verdict: 'pass', reason: `${metrics.length} metric(s) within tolerance`, metrics };
}
