// Per-metric statistics for the judge: the effect, its interval, a p-value where the test has one, and
// whether Kayenta's two conditions hold (interval outside the tolerance band AND effect past the threshold,
// in a bad direction). Significance after Holm is added by judge.ts, which sees all gating metrics at once.

import type { Direction, GateSpec, MetricResult, NumberValues } from '../types.ts';
import {
  AGREEMENT_DROP_THRESHOLD,
  AGREEMENT_TOLERANCE,
  RATE_THRESHOLD,
  RATE_TOLERANCE,
  RATIO_THRESHOLD,
  RATIO_TOLERANCE,
} from './gates.ts';
import {
  hodgesLehmannOneSample,
  mcnemarExact,
  mcnemarSampleSize,
  median,
  newcombePairedInterval,
  normQuantile,
  signedRankSampleSize,
  wilcoxonSignedRank,
} from './stats/index.ts';

export interface Evaluation {
  /** Pairs used. 0 means no data. */
  n: number;
  effect?: number;
  effectLabel?: string;
  interval?: [number, number];
  pValue?: number;
  /** Interval outside the band and effect past the threshold, in a bad direction (before significance). */
  breach: boolean;
  /** Human summary of the numbers, e.g. `median ×1.34, Δ 95% CI [+120, +180] ms`. */
  summary: string;
  /** Why it breached (or not), for the reason line. */
  detail: string;
  /** Pairs needed to detect the observed (or threshold-sized) effect at α with power 0.8. */
  neededSamples?: number;
}

export interface EvaluationSettings {
  alpha: number;
  confidence: number;
}

const badUp = (d: Direction): boolean => d === 'increase' || d === 'either';
const badDown = (d: Direction): boolean => d === 'decrease' || d === 'either';

export function evaluateMetric(metric: MetricResult, gate: GateSpec | undefined, settings: EvaluationSettings): Evaluation {
  const direction = gate?.direction ?? metric.badDirection;
  switch (metric.test) {
    case 'paired-continuous':
      return pairedContinuous(metric, gate, direction, settings);
    case 'paired-binary':
      return pairedBinary(metric, gate, direction, settings);
    case 'agreement':
      return metric.agreement?.noise?.length ? agreementVsNoise(metric, gate, direction, settings) : agreementVsThreshold(metric, gate, direction, settings);
    case 'distance':
      return distance(metric, gate, direction);
    case 'info':
      return { n: metric.n, breach: false, summary: describeInfo(metric), detail: 'reported only' };
  }
}

const noData = (what: string): Evaluation => ({ n: 0, breach: false, summary: 'no data', detail: what });

function pairedContinuous(metric: MetricResult, gate: GateSpec | undefined, direction: Direction, settings: EvaluationSettings): Evaluation {
  const baseline = metric.paired?.baseline ?? [];
  const candidate = metric.paired?.candidate ?? [];
  const n = Math.min(baseline.length, candidate.length);
  if (n === 0 || metric.n === 0) return noData('no paired values');
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = candidate[i]! - baseline[i]!;
  const test = wilcoxonSignedRank(differences);
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const hl = hodgesLehmannOneSample(differences, { confLevel: settings.confidence, zeros: 'keep' });
  const interval: [number, number] = [hl.interval[0], hl.interval[1]];
  const medianBaseline = median(prefix(baseline, n));
  const medianCandidate = median(prefix(candidate, n));
  const tolerance = gate?.tolerance ?? RATIO_TOLERANCE;
  const threshold = gate?.threshold ?? RATIO_THRESHOLD;
  const band = tolerance * Math.abs(medianBaseline); // 0 when the baseline median is 0: any shift leaves it
  const up = interval[0] > band;
  const down = interval[1] < -band;
  const unit = metric.unit;
  let effect: number;
  let effectLabel: string;
  let effectUp: boolean;
  let effectDown: boolean;
  // A ratio reads as "x times slower/longer" only for positive values (latency, tokens, most outputs).
  const ratioMeaningful = medianBaseline > 0 && medianCandidate >= 0;
  if (ratioMeaningful) {
    effect = medianCandidate / medianBaseline;
    effectLabel = `median ×${fmt(effect, 3)}`;
    const upper = Math.max(threshold, 1 / threshold);
    effectUp = effect >= upper;
    effectDown = effect <= 1 / upper;
  } else {
    // A ratio to 0 (or across signs) means nothing; the shift itself is the effect and the interval decides.
    effect = hl.estimate;
    effectLabel = `Δ ${signed(effect)} ${unit}`;
    effectUp = effect > 0;
    effectDown = effect < 0;
  }
  const breachUp = badUp(direction) && up && effectUp;
  const breachDown = badDown(direction) && down && effectDown;
  const share = test.nonZero > 0 ? test.rPlus / ((test.nonZero * (test.nonZero + 1)) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil((neededNonZero * n) / test.nonZero) : undefined;
  const level = pct(settings.confidence);
  const summary = `median ${fmt(medianBaseline)} → ${fmt(medianCandidate)} ${unit} (${effectLabel}); shift ${signed(hl.estimate)} ${unit}, ${level} CI [${signed(interval[0])}, ${signed(interval[1])}]`;
  const detail = explainTwoConditions({
    breach: breachUp || breachDown,
    outsideBand: (badUp(direction) && up) || (badDown(direction) && down),
    bandText: `±${fmt(band)} ${unit} (${pct(tolerance)} of the baseline median)`,
    effectPast: (badUp(direction) && effectUp) || (badDown(direction) && effectDown),
    thresholdText: ratioMeaningful ? `×${fmt(Math.max(threshold, 1 / threshold), 3)}` : 'zero',
  });
  return { n, effect, effectLabel, interval, pValue, breach: breachUp || breachDown, summary, detail, ...(neededSamples ? { neededSamples } : {}) };
}

function pairedBinary(metric: MetricResult, gate: GateSpec | undefined, direction: Direction, settings: EvaluationSettings): Evaluation {
  const counts = metric.binary;
  const n = counts ? counts.bothPass + counts.baselineOnly + counts.candidateOnly + counts.neither : 0;
  if (!counts || n === 0) return noData('no pairs');
  const test = mcnemarExact(counts);
  const interval = newcombePairedInterval(counts, settings.confidence);
  const effect = test.difference;
  const tolerance = gate?.tolerance ?? RATE_TOLERANCE;
  const threshold = Math.abs(gate?.threshold ?? RATE_THRESHOLD);
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = (badUp(direction) && up && effectUp) || (badDown(direction) && down && effectDown);
  const discordantShare = test.discordant / n;
  const target = Math.abs(effect) > 0 ? Math.abs(effect) : threshold;
  const needed = mcnemarSampleSize(Math.max(discordantShare, target), target, { alpha: settings.alpha });
  const baselineRate = (counts.bothPass + counts.baselineOnly) / n;
  const candidateRate = (counts.bothPass + counts.candidateOnly) / n;
  const effectLabel = `${signed(effect * 100, 2)} pts`;
  const summary = `${pct(baselineRate, 4)} → ${pct(candidateRate, 4)} (${effectLabel}; ${counts.baselineOnly} lost, ${counts.candidateOnly} gained), ${pct(settings.confidence)} CI [${signed(interval[0] * 100, 2)}, ${signed(interval[1] * 100, 2)}] pts`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: (badUp(direction) && up) || (badDown(direction) && down),
    bandText: `±${fmt(tolerance * 100)} pts`,
    effectPast: (badUp(direction) && effectUp) || (badDown(direction) && effectDown),
    thresholdText: `${fmt(threshold * 100)} pts`,
  });
  return { n, effect, effectLabel, interval, pValue: test.pValue, breach, summary, detail, ...(Number.isFinite(needed) ? { neededSamples: needed } : {}) };
}

function agreementVsNoise(metric: MetricResult, gate: GateSpec | undefined, direction: Direction, settings: EvaluationSettings): Evaluation {
  const values = metric.agreement?.values ?? [];
  const noise = metric.agreement?.noise ?? [];
  const n = Math.min(values.length, noise.length);
  if (n === 0) return noData('no scores');
  // Divergence counts only beyond what the baseline shows against itself (A/A).
  const excess = new Float64Array(n);
  for (let i = 0; i < n; i++) excess[i] = values[i]! - noise[i]!;
  const test = wilcoxonSignedRank(excess.map((v) => -v));
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const interval = meanInterval(excess, settings.confidence);
  const effect = mean(excess);
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  const threshold = AGREEMENT_DROP_THRESHOLD;
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = (badUp(direction) && up && effectUp) || (badDown(direction) && down && effectDown);
  const share = test.nonZero > 0 ? test.rPlus / ((test.nonZero * (test.nonZero + 1)) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil((neededNonZero * n) / test.nonZero) : undefined;
  const effectLabel = `${signed(effect, 3)} vs A/A`;
  const summary = `mean ${fmt(mean(prefix(values, n)), 3)} vs A/A ${fmt(mean(prefix(noise, n)), 3)} (${signed(effect, 3)}), ${pct(settings.confidence)} CI [${signed(interval[0], 3)}, ${signed(interval[1], 3)}]`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: (badUp(direction) && up) || (badDown(direction) && down),
    bandText: `±${fmt(tolerance)} around the A/A level`,
    effectPast: (badUp(direction) && effectUp) || (badDown(direction) && effectDown),
    thresholdText: `${fmt(threshold)} below A/A`,
  });
  return { n, effect, effectLabel, interval, pValue, breach, summary, detail, ...(neededSamples ? { neededSamples } : {}) };
}

function agreementVsThreshold(metric: MetricResult, gate: GateSpec | undefined, direction: Direction, settings: EvaluationSettings): Evaluation {
  const values = metric.agreement?.values ?? [];
  const n = values.length;
  if (n === 0) return noData('no scores');
  const average = mean(values);
  const interval = meanInterval(values, settings.confidence);
  const clipped: [number, number] = [Math.max(0, interval[0]), Math.min(1, interval[1])];
  const threshold = gate?.threshold ?? metric.agreement?.threshold;
  const summary = `mean ${fmt(average, 3)}, ${pct(settings.confidence)} CI [${fmt(clipped[0], 3)}, ${fmt(clipped[1], 3)}]`;
  if (threshold === undefined) return { n, effect: average, effectLabel: `mean ${fmt(average, 3)}`, interval: clipped, breach: false, summary, detail: 'no threshold to compare with' };
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  // Without an A/A floor the mean agreement must be shown to reach the threshold: its lower confidence
  // bound may not fall below threshold − band while the mean itself is below the threshold.
  const effect = average - threshold;
  const breachDown = badDown(direction) && clipped[0] < threshold - tolerance && average < threshold;
  const breachUp = badUp(direction) && direction !== 'either' && clipped[1] > threshold + tolerance && average > threshold;
  const breach = breachDown || breachUp;
  const detail = breach
    ? `lower ${pct(settings.confidence)} bound ${fmt(clipped[0], 3)} is below ${fmt(threshold, 3)} − ${fmt(tolerance)} and the mean is below ${fmt(threshold, 3)}`
    : `mean agreement is consistent with the threshold ${fmt(threshold, 3)}`;
  return { n, effect, effectLabel: `${signed(effect, 3)} vs ${fmt(threshold, 3)}`, interval: clipped, breach, summary, detail };
}

function distance(metric: MetricResult, gate: GateSpec | undefined, direction: Direction): Evaluation {
  if (!metric.distance || metric.n === 0) return noData('no distance');
  const { value } = metric.distance;
  const threshold = gate?.threshold ?? metric.distance.threshold;
  const breach = (badUp(direction) && value > threshold) || (direction === 'decrease' && value < threshold);
  return {
    n: metric.n,
    effect: value,
    effectLabel: `${fmt(value, 3)}`,
    breach,
    summary: `${fmt(value, 3)} (threshold ${fmt(threshold, 3)})`,
    detail: breach ? `distance ${fmt(value, 3)} is past ${fmt(threshold, 3)}` : `distance within ${fmt(threshold, 3)}`,
  };
}

function describeInfo(metric: MetricResult): string {
  if (metric.baseline !== undefined && metric.candidate !== undefined) return `${fmt(metric.baseline)} → ${fmt(metric.candidate)} ${metric.unit}`;
  if (metric.candidate !== undefined) return `${fmt(metric.candidate)} ${metric.unit}`;
  return `${metric.n} pairs`;
}

function explainTwoConditions(p: { breach: boolean; outsideBand: boolean; bandText: string; effectPast: boolean; thresholdText: string }): string {
  if (p.breach) return `interval leaves the band ${p.bandText} and the effect passes ${p.thresholdText}`;
  if (p.outsideBand) return `interval leaves the band ${p.bandText}, but the effect stays within ${p.thresholdText}`;
  return `interval does not leave the band ${p.bandText}`;
}

/** The first n values, copied only when the array is longer (paired arrays almost never are). */
function prefix(values: NumberValues, n: number): NumberValues {
  return values.length === n ? values : values.slice(0, n);
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length ? sum / values.length : NaN;
}

/** Normal-theory interval for a mean (bounded per-pair scores, n ≥ minSamples in practice). */
function meanInterval(values: ArrayLike<number>, confidence: number): [number, number] {
  const n = values.length;
  const m = mean(values);
  if (n < 2) return [m, m];
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - m) ** 2;
  const half = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(ss / (n - 1) / n);
  return [m - half, m + half];
}

export function fmt(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  return Number(x.toPrecision(digits)).toString();
}

function signed(x: number, digits = 4): string {
  const text = fmt(x, digits);
  return x > 0 ? `+${text}` : text;
}

function pct(x: number, digits = 3): string {
  return `${fmt(x * 100, digits)}%`;
}
