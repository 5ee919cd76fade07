// Numbers and verdicts as people read them, shared by the Markdown and HTML renderers.
// Pure functions returning plain (unescaped) strings: each renderer escapes for its own context.

import type { MetricJudgement, MetricVerdict, Verdict } from '../types.ts';

export const VERDICT_EMOJI: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '❔' };
export const VERDICT_WORD: Record<Verdict, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' };
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

export function formatInteger(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Up to `digits` significant digits, no exponent for everyday magnitudes, thousands separators. */
export function formatNumber(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'n/a' : n > 0 ? '∞' : `${MINUS}∞`;
  const abs = Math.abs(n);
  if (abs === 0) return '0';
  if (abs >= 1e15 || abs < 1e-4) return `${n < 0 ? MINUS : ''}${abs.toExponential(digits - 1)}`;
  const text = abs.toLocaleString('en-US', { maximumSignificantDigits: digits, maximumFractionDigits: 6 });
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
 * How a judgement's effect is expressed. The judge reports a ratio of medians for continuous metrics
 * (a Δ when the baseline median is 0), a Δ for rates and scores, and the value itself for distances.
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
  return `×${formatNumber(r, 3)}`;
}

/** The effect column: `−4.1 pp`, `×1.18 (+18 %)`, `0.12 (limit 0.1)`; `—` when the judge gave none. */
export function formatEffect(j: MetricJudgement): string {
  const kind = effectKind(j);
  if (kind === 'distance') {
    const d = j.metric.distance;
    const value = j.effect ?? d?.value ?? j.metric.candidate;
    if (value === undefined) return '—';
    return d ? `${formatNumber(value)} (limit ${formatNumber(d.threshold)})` : formatNumber(value);
  }
  if (j.effect === undefined) return '—';
  if (kind === 'ratio') {
    if (!Number.isFinite(j.effect)) return formatNumber(j.effect);
    return `${formatRatio(j.effect)} (${signed(`${formatPercent(Math.abs(j.effect - 1) * 100)} %`, j.effect - 1)})`;
  }
  return formatDelta(j.metric.unit, j.effect);
}

/** The interval column in the effect's own scale, e.g. `−6.0 pp … −2.2 pp` or `×1.12 … ×1.24`. */
export function formatInterval(j: MetricJudgement): string {
  if (!j.interval) return '—';
  const [low, high] = j.interval;
  const kind = effectKind(j);
  if (kind === 'ratio') return `${formatRatio(low)} … ${formatRatio(high)}`;
  if (kind === 'distance') return `${formatNumber(low)} … ${formatNumber(high)}`;
  return `${formatDelta(j.metric.unit, low)} … ${formatDelta(j.metric.unit, high)}`;
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

/**
 * The effect as a signed percentage for charts: (ratio − 1)·100 for ratios, Δ·100 (points) for
 * rates and scores. Distances and effect-less metrics have no common scale and are left out.
 */
export function chartEffect(j: MetricJudgement): { value: number; low?: number; high?: number } | undefined {
  const kind = effectKind(j);
  if (kind === 'distance' || j.effect === undefined || !Number.isFinite(j.effect)) return undefined;
  if (kind === 'delta' && j.metric.unit !== 'rate' && j.metric.unit !== 'score') return undefined;
  const scale = (v: number): number => (kind === 'ratio' ? (v - 1) * 100 : v * 100);
  const point: { value: number; low?: number; high?: number } = { value: scale(j.effect) };
  if (j.interval && j.interval.every(Number.isFinite)) {
    point.low = scale(j.interval[0]);
    point.high = scale(j.interval[1]);
  }
  return point;
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
