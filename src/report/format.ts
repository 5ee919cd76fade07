// Numbers and verdicts as people read them, shared by the Markdown and HTML renderers.
// Pure functions returning plain (unescaped) strings: each renderer escapes for its own context.

import { agreementReference as referenceLevel } from '../judge/gates.ts';
import type { MetricJudgement, MetricVerdict, Verdict } from '../types.ts';

export const VERDICT_EMOJI: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '❔', error: '🛑' };
export const VERDICT_WORD: Record<Verdict, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', inconclusive: 'INCONCLUSIVE', error: 'ERROR' };
export const METRIC_VERDICT_EMOJI: Record<MetricVerdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', nodata: '➖', info: 'ℹ️' };

const SEVERITY: Record<MetricVerdict, number> = { fail: 0, warn: 1, nodata: 2, pass: 3, info: 4 };

/** Failing metrics first, then warnings, missing data, passes, informational; otherwise the judge's order. */
export function bySeverity(metrics: readonly MetricJudgement[]): MetricJudgement[] {
  return metrics
    .map((m, i) => ({ m, i }))
    .sort((a, b) => SEVERITY[a.m.verdict] - SEVERITY[b.m.verdict] || a.i - b.i)
    .map(({ m }) => m);
}

const MINUS = '−';

function signed(text: string, value: number): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `${MINUS}${text}`;
  return text;
}

/** `1234567` → `1,234,567`: en-US grouping without Intl, whose locale data costs ~6 MB of RSS per run. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

export function formatInteger(n: number): string {
  const rounded = Math.round(n);
  if (!Number.isFinite(rounded) || Math.abs(rounded) >= 1e21) return String(rounded);
  const text = groupThousands(String(Math.abs(rounded)));
  return rounded < 0 ? `-${text}` : text;
}

/**
 * `abs` (≥ 0, < 1e21) rounded half away from zero to `digits` significant digits, written out in
 * plain decimal with thousands separators and no trailing zeros — what Intl's en-US
 * `maximumSignificantDigits` gives: it rounds the shortest decimal form of the double, as here.
 */
function significant(abs: number, digits: number): string {
  const [mantissa = '0', exponentText = '0'] = abs.toExponential().split('e');
  let exponent = Number(exponentText);
  let kept = mantissa.replace('.', '');
  if (kept.length > digits) {
    const roundUp = kept.charCodeAt(digits) - 48 >= 5;
    kept = kept.slice(0, digits);
    if (roundUp) {
      const bumped = String(BigInt(kept) + 1n);
      if (bumped.length > kept.length) exponent++;
      kept = bumped.slice(0, digits);
    }
  }
  kept = kept.replace(/0+$/, '') || '0';
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${kept}`;
  const integer = kept.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = kept.slice(exponent + 1);
  return fraction ? `${groupThousands(integer)}.${fraction}` : groupThousands(integer);
}

/** Up to `digits` significant digits, no exponent for everyday magnitudes, thousands separators. */
export function formatNumber(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'n/a' : n > 0 ? '∞' : `${MINUS}∞`;
  const abs = Math.abs(n);
  if (abs === 0) return '0';
  if (abs >= 1e15 || abs < 1e-4) return `${n < 0 ? MINUS : ''}${abs.toExponential(digits - 1)}`;
  // Significant digits take precedence over Intl's maximumFractionDigits (6): below 1e-4 is exponential.
  const text = significant(abs, digits);
  return n < 0 ? `${MINUS}${text}` : text;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return formatNumber(ms);
  if (ms < 1000) return `${formatNumber(ms, 3)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${formatNumber(seconds, 3)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes < 60) return `${minutes} m ${rest} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} m`;
}

/** A metric's summary value in its unit: rates as %, latency in ms/s, tokens and counts as integers. */
export function formatValue(unit: string, value: number | undefined): string {
  if (value === undefined) return '—';
  if (!Number.isFinite(value)) return formatNumber(value);
  switch (unit) {
    case 'rate':
      return `${formatPercent(value * 100)} %`;
    case 'ms':
      return formatDuration(value);
    case 'tokens':
      return `${formatNumber(value, value >= 100 ? 6 : 3)} tok`;
    case 'count':
      return formatInteger(value);
    case 'USD':
      return `$${formatNumber(value, 4)}`;
    case 'score':
    case 'distance':
      return formatNumber(value, 3);
    default:
      return formatNumber(value, 4);
  }
}

function formatPercent(p: number): string {
  const abs = Math.abs(p);
  const text = abs >= 99.95 || abs === 0 ? abs.toFixed(0) : abs >= 10 ? abs.toFixed(1) : abs.toFixed(abs >= 1 ? 1 : 2);
  return p < 0 ? `${MINUS}${text}` : text;
}

/**
 * How a judgement's effect is expressed, following the judge (src/judge/evaluate.ts): continuous
 * metrics give a ratio of medians (a Δ when the baseline median is 0, labelled `Δ …`), rates a Δ,
 * agreement scores a Δ against the A/A floor or the threshold, distances the value itself.
 */
export type EffectKind = 'ratio' | 'delta' | 'distance';

export function effectKind(j: MetricJudgement): EffectKind {
  const m = j.metric;
  if (m.test === 'distance') return 'distance';
  if (m.test !== 'paired-continuous') return 'delta';
  if (j.effectLabel && /Δ|delta|diff|shift/i.test(j.effectLabel)) return 'delta';
  if (j.effectLabel && /ratio|×/i.test(j.effectLabel)) return 'ratio';
  return m.baseline === 0 ? 'delta' : 'ratio';
}

/** Agreement judged against the A/A noise floor: effect and interval are both (score − noise). */
function againstNoise(j: MetricJudgement): boolean {
  return (j.metric.agreement?.noise?.length ?? 0) > 0;
}

/**
 * The Baseline column: agreement metrics have no baseline of their own, but with the A/A noise floor the
 * baseline's agreement with itself is the reference, so it is shown there; distances have none.
 */
export function baselineCell(j: MetricJudgement): string {
  const m = j.metric;
  if (m.test === 'distance') return '—';
  if (m.test === 'agreement') return againstNoise(j) && m.baseline !== undefined ? `A/A ${formatValue(m.unit, m.baseline)}` : '—';
  return formatValue(m.unit, m.baseline);
}

/**
 * What an agreement effect is measured against, as the judge does: the A/A floor when there is
 * one, else the threshold (effect = mean − threshold), else nothing (effect = the mean itself).
 */
function agreementReference(j: MetricJudgement): 'noise' | number | undefined {
  if (againstNoise(j)) return 'noise';
  return referenceLevel(j.metric.id, j.gate?.threshold, j.metric.agreement?.threshold);
}

function formatDelta(unit: string, d: number): string {
  const abs = Math.abs(d);
  switch (unit) {
    case 'rate':
      return signed(`${formatPercent(abs * 100)} pp`, d);
    case 'ms':
      return signed(formatDuration(abs), d);
    case 'tokens':
      return signed(`${formatNumber(abs, 3)} tok`, d);
    default:
      return signed(formatNumber(abs, 3), d);
  }
}

function formatRatio(r: number): string {
  // Two decimals near 1, where the digits that matter are (×1.00 rather than ×1 for +0.4 %).
  return `×${Math.abs(r) < 10 ? r.toFixed(2) : formatNumber(r, 3)}`;
}

/** The Δ / ratio column: `−4.1 pp`, `×1.18 (+18.0 %)`, `+35 ms`, `0.12 (limit 0.1)`; `—` when there is none. */
export function formatEffect(j: MetricJudgement): string {
  const kind = effectKind(j);
  if (kind === 'distance') {
    const d = j.metric.distance;
    const value = j.effect ?? d?.value ?? j.metric.candidate;
    if (value === undefined) return '—';
    return d ? `${formatNumber(value)} (limit ${formatNumber(d.threshold)})` : formatNumber(value);
  }
  if (j.effect === undefined) return '—';
  if (!Number.isFinite(j.effect)) return formatNumber(j.effect);
  if (kind === 'ratio') return `${formatRatio(j.effect)} (${signed(`${formatPercent(Math.abs(j.effect - 1) * 100)} %`, j.effect - 1)})`;
  if (j.metric.test === 'agreement') {
    const unit = j.metric.unit;
    const reference = agreementReference(j);
    if (reference === 'noise') return `${formatDelta(unit, j.effect)} vs A/A`;
    if (reference === undefined) return `mean ${formatValue(unit, j.effect)}`;
    return `${formatDelta(unit, j.effect)} vs ${formatValue(unit, reference)}`;
  }
  return formatDelta(j.metric.unit, j.effect);
}

/**
 * The interval column. Continuous metrics carry the confidence interval of the paired ratio (Hodges–Lehmann
 * on log ratios) when the effect is a ratio, else of the shift in the metric's unit; agreement carries the
 * interval of the mean score minus its reference.
 */
export function formatInterval(j: MetricJudgement): string {
  if (!j.interval) return '—';
  const [low, high] = j.interval;
  const m = j.metric;
  if (m.test === 'paired-continuous') {
    // Positive values are judged as paired ratios (the interval is of the ratio); others as shifts.
    if (effectKind(j) === 'ratio') return `${formatRatio(low)} … ${formatRatio(high)}`;
    return `${formatDelta(m.unit, low)} … ${formatDelta(m.unit, high)}`;
  }
  if (m.test === 'paired-binary') return `${formatDelta(m.unit, low)} … ${formatDelta(m.unit, high)}`;
  if (m.test === 'agreement') {
    return `${formatDelta(m.unit, low)} … ${formatDelta(m.unit, high)}`;
  }
  return `${formatNumber(low)} … ${formatNumber(high)}`;
}

export function formatP(p: number | undefined): string {
  if (p === undefined) return '—';
  if (!Number.isFinite(p)) return formatNumber(p);
  if (p < 0.001) return '<0.001';
  return p >= 0.995 ? '1' : p.toFixed(p < 0.1 ? 3 : 2);
}

/** The metric's verdict with the gate's flags, e.g. `fail · critical`, `pass · muted`. */
export function formatMetricVerdict(j: MetricJudgement): string {
  const flags: string[] = [];
  if (j.gate?.critical) flags.push('critical');
  if (j.gate?.muted) flags.push('muted');
  return [j.verdict === 'nodata' ? 'no data' : j.verdict, ...flags].join(' · ');
}

export interface ChartPoint {
  value: number;
  low?: number;
  high?: number;
}

/**
 * The effect on one common scale for charts, in percent: (ratio − 1)·100 for continuous metrics (whiskers:
 * the ratio's interval), Δ·100 points for rates and for agreement against its reference (A/A or the
 * reference level). Other effects have no common scale and are left out.
 */
export function chartEffect(j: MetricJudgement): ChartPoint | undefined {
  const m = j.metric;
  if (j.effect === undefined || !Number.isFinite(j.effect)) return undefined;
  const finiteInterval = j.interval?.every(Number.isFinite) ? j.interval : undefined;
  if (m.test === 'paired-continuous' && effectKind(j) === 'ratio') {
    const point: ChartPoint = { value: (j.effect - 1) * 100 };
    if (finiteInterval) {
      point.low = (finiteInterval[0] - 1) * 100;
      point.high = (finiteInterval[1] - 1) * 100;
    }
    return point;
  }
  if (m.test === 'paired-binary' || m.test === 'agreement') {
    const point: ChartPoint = { value: j.effect * 100 };
    if (finiteInterval) {
      point.low = finiteInterval[0] * 100;
      point.high = finiteInterval[1] * 100;
    }
    return point;
  }
  return undefined;
}

/** Pairs, requests … as `1,204 pairs`. */
export function plural(n: number, word: string, wordPlural = `${word}s`): string {
  return `${formatInteger(n)} ${n === 1 ? word : wordPlural}`;
}

/** A round axis bound at or above `x` (> 0): 1, 2, 2.5, 5 × 10ⁿ. */
export function niceCeiling(x: number): number {
  const exponent = Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5]) {
    const bound = step * 10 ** exponent;
    if (bound >= x) return bound;
  }
  return 10 ** (exponent + 1);
}

/**
 * Says which metrics scored very long answers on a window (bounded work per pair, see
 * src/metrics/levenshtein.ts), so their scores are lower bounds; '' when none did.
 */
export function cappedScoresNote(metrics: readonly MetricJudgement[]): string {
  const capped = metrics.flatMap((j) => {
    const n = j.metric.details?.cappedPairs;
    return typeof n === 'number' && n > 0 ? [`${j.metric.title} ${formatInteger(n)}`] : [];
  });
  if (capped.length === 0) return '';
  return `Long answers scored on a window of their differing parts (the score is a lower bound): ${capped.join(' · ')}`;
}

/** One sentence for a partial report (the replay stopped early), or '' for a complete one. */
export function partialNote(report: { replay: { interrupted?: { reason: string }; pairs: number; sampled: number; ok: number; requests: number } }): string {
  const stop = report.replay.interrupted;
  if (!stop) return '';
  const r = report.replay;
  return `Partial report: the replay stopped early — ${stop.reason}. It covers the ${formatInteger(r.ok)} of ${formatInteger(r.requests)} requests that completed; the rest count as failed.`;
}
