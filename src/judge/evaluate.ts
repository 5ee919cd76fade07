// Per-metric statistics for the judge: the effect, its interval, and a one-sided test of harm beyond the
// gate's tolerance (H₀: the candidate is no worse than the tolerance allows), with the pairs needed to find
// a regression at the gate's threshold and the smallest regression this run could find (power 0.8 at the
// one-sided level `powerAlpha`). Holm across the gates is applied by judge.ts, which sees them all at once.

import type { Direction, GateSpec, MetricResult, NumberValues } from '../types.ts';
import {
  AGREEMENT_DROP_THRESHOLD,
  AGREEMENT_TOLERANCE,
  agreementReference,
  EXACT_AGREEMENT_METRICS,
  RATE_THRESHOLD,
  RATE_TOLERANCE,
  RATIO_THRESHOLD,
  RATIO_TOLERANCE,
} from './gates.ts';
import {
  binaryDetectable,
  binaryNeeded,
  hodgesLehmannOneSample,
  meanDetectable,
  meanNeeded,
  median,
  newcombePairedInterval,
  normCdf,
  normQuantile,
  normSf,
  signedRankDetectable,
  signedRankNeeded,
  wilcoxonSignedRank,
  wilsonInterval,
} from './stats/index.ts';
import { inTypedSortOrder } from '../core/select.ts';

export interface Evaluation {
  /** Pairs used. 0 means no data. */
  n: number;
  effect?: number;
  effectLabel?: string;
  interval?: [number, number];
  /** One-sided p-value of the test of harm beyond the tolerance (two one-sided tests for `either`). */
  pValue?: number;
  /** Breach before Holm: the test rejects at α (distance gates: the value is past the threshold). */
  breach: boolean;
  /** Human summary of the numbers, e.g. `median 500 → 600 ms (×1.2), 95% CI [×1.17, ×1.23]`. */
  summary: string;
  /** What was tested, for the reason line. */
  detail: string;
  /** Pairs at which a regression at the gate's threshold is found with power 0.8. */
  neededSamples?: number;
  /** The smallest regression found with power 0.8 at this n. */
  detectable?: { effect: number; label: string };
}

export interface EvaluationSettings {
  alpha: number;
  confidence: number;
  /** One-sided level the power statements use: α divided by the number of tested gates (Holm is never less powerful). */
  powerAlpha?: number;
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
      return agreement(metric, gate, direction, settings);
    case 'distance':
      return distance(metric, gate, direction);
    case 'info':
      return { n: metric.n, breach: false, summary: describeInfo(metric), detail: 'reported only' };
  }
}

const noData = (what: string): Evaluation => ({ n: 0, breach: false, summary: 'no data', detail: what });

/** p-value of "worse than the tolerance" from the one-sided p-values of each bad direction (Bonferroni for both). */
function combine(direction: Direction, up: () => number, down: () => number): number {
  if (direction === 'increase') return up();
  if (direction === 'decrease') return down();
  return Math.min(1, 2 * Math.min(up(), down()));
}

/** The one-sided level the power of one direction is stated at. */
function powerLevel(direction: Direction, settings: EvaluationSettings): number {
  const level = settings.powerAlpha ?? settings.alpha;
  return direction === 'either' ? level / 2 : level;
}

function pairedContinuous(metric: MetricResult, gate: GateSpec | undefined, direction: Direction, settings: EvaluationSettings): Evaluation {
  const baseline = metric.paired?.baseline ?? [];
  const candidate = metric.paired?.candidate ?? [];
  const n = Math.min(baseline.length, candidate.length);
  if (n === 0 || metric.n === 0) return noData('no paired values');
  const tolerance = Math.abs(gate?.tolerance ?? RATIO_TOLERANCE);
  const rawThreshold = gate?.threshold ?? RATIO_THRESHOLD;
  const threshold = rawThreshold > 0 ? Math.max(rawThreshold, 1 / rawThreshold) : RATIO_THRESHOLD;
  const medianBaseline = median(prefix(baseline, n));
  const medianCandidate = median(prefix(candidate, n));
  // Positive values (latency, tokens, most outputs) are compared as ratios, on the log scale: a ×1.2
  // regression is then a shift of ln 1.2 whatever the spread, and the A/A differences are symmetric.
  let positive = true;
  for (let i = 0; i < n && positive; i++) positive = baseline[i]! > 0 && candidate[i]! > 0;
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = positive ? Math.log(candidate[i]! / baseline[i]!) : candidate[i]! - baseline[i]!;
  // Everything below depends on the differences as a sample, not on their order: sorted once, the shifted
  // copies, the Hodges–Lehmann sample and the centred samples of the power statement are sorted already.
  differences.sort();
  const scale = Math.abs(medianBaseline);
  const band = positive ? Math.log1p(tolerance) : tolerance * scale;
  const target = positive ? Math.log(threshold) : (threshold - 1) * scale;
  const shifted = (by: number) => differences.map((d) => d + by);
  const pValue = combine(
    direction,
    () => nanToOne(wilcoxonSignedRank(shifted(-band), { alternative: 'greater' }).pValue),
    () => nanToOne(wilcoxonSignedRank(shifted(band), { alternative: 'less' }).pValue),
  );
  const hl = hodgesLehmannOneSample(differences, { confLevel: settings.confidence, zeros: 'keep' });
  const estimate = Number.isNaN(hl.estimate) ? 0 : hl.estimate;
  const interval: [number, number] = positive ? [Math.exp(hl.interval[0]), Math.exp(hl.interval[1])] : [hl.interval[0], hl.interval[1]];
  const unit = metric.unit;
  const effect = positive ? Math.exp(estimate) : estimate;
  const effectLabel = positive ? `×${fmt(effect, 3)}` : `Δ ${signed(effect)} ${unit}`;
  const level = pct(settings.confidence);
  const intervalText = positive ? `[×${fmt(interval[0], 3)}, ×${fmt(interval[1], 3)}]` : `[${signed(interval[0])}, ${signed(interval[1])}] ${unit}`;
  const summary = `median ${fmt(medianBaseline)} → ${fmt(medianCandidate)} ${unit}; paired ${positive ? 'ratio' : 'shift'} ${effectLabel}, ${level} CI ${intervalText}`;
  const bandText = positive ? `×${fmt(1 + tolerance, 3)}` : `${fmt(band)} ${unit}`;
  const detail = `tested: ${direction === 'either' ? 'a change' : direction} beyond ${bandText}`;
  // Power under a location shift of the observed (centred) differences to the threshold.
  const powerAlpha = powerLevel(direction, settings);
  const power: Pick<Evaluation, 'neededSamples' | 'detectable'> = {};
  if (target > band) {
    const needs: number[] = [];
    const shifts: number[] = [];
    const widen = Math.sqrt(varianceUpperFactor(n));
    for (const worse of [1, -1]) {
      if ((worse === 1 && !badUp(direction)) || (worse === -1 && !badDown(direction))) continue;
      // The differences as seen from the bad side (mirrored for a decrease), centred and widened.
      const centred = new Float64Array(n);
      for (let i = 0; i < n; i++) centred[i] = worse * widen * (differences[i]! - estimate);
      if (!inTypedSortOrder(centred)) centred.sort();
      needs.push(signedRankNeeded(centred, target - band, { alpha: powerAlpha }));
      shifts.push(signedRankDetectable(n, centred, { alpha: powerAlpha }));
    }
    const needed = Math.max(...needs);
    if (Number.isFinite(needed)) power.neededSamples = needed;
    const shift = Math.max(...shifts);
    if (Number.isFinite(shift)) {
      const detectable = band + shift;
      const ratio = Math.exp((direction === 'either' ? 1 : sign(direction)) * detectable);
      power.detectable = positive
        ? { effect: ratio, label: direction === 'either' ? `×${fmt(ratio, 3)} either way` : `×${fmt(ratio, 3)}` }
        : { effect: detectable, label: `${direction === 'either' ? '±' : sign(direction) > 0 ? '+' : '−'}${fmt(detectable)} ${unit}` };
    }
  }
  return { n, effect, effectLabel, interval, pValue, breach: pValue <= settings.alpha, summary, detail, ...power };
}

const sign = (direction: Direction): number => (direction === 'decrease' ? -1 : 1);

function pairedBinary(metric: MetricResult, gate: GateSpec | undefined, direction: Direction, settings: EvaluationSettings): Evaluation {
  const counts = metric.binary;
  const n = counts ? counts.bothPass + counts.baselineOnly + counts.candidateOnly + counts.neither : 0;
  if (!counts || n === 0) return noData('no pairs');
  const lost = counts.baselineOnly;
  const gained = counts.candidateOnly;
  const effect = (gained - lost) / n;
  const tolerance = Math.abs(gate?.tolerance ?? RATE_TOLERANCE);
  const threshold = Math.abs(gate?.threshold ?? RATE_THRESHOLD);
  // Mean of Dᵢ ∈ {−1, 0, 1} against ∓tolerance. One pseudo-discordant pair keeps the variance above 0, so
  // no pair lost (or every pair lost) still reads as a finite, conservative statistic.
  const variance = Math.max((lost + gained + 1) / n - effect * effect, 1 / (n * n));
  const se = Math.sqrt(variance / n);
  const pValue = combine(
    direction,
    () => normSf((effect - tolerance) / se),
    () => normCdf((effect + tolerance) / se),
  );
  const interval = newcombePairedInterval(counts, settings.confidence);
  const powerAlpha = powerLevel(direction, settings);
  // The discordant share under a drop: an upper 95 % bound on the observed share (a quiet run must not
  // promise power a noisier truth would not deliver), plus the drop (each lost answer adds at most one).
  const discordantUpper = wilsonInterval(lost + gained, n, normQuantile(0.95))[1];
  const discordantAt = (drop: number) => Math.min(1, discordantUpper + drop);
  const needed = binaryNeeded(discordantAt(threshold), threshold, tolerance, { alpha: powerAlpha });
  const detectable = binaryDetectable(n, discordantAt, tolerance, { alpha: powerAlpha });
  const baselineRate = (counts.bothPass + lost) / n;
  const candidateRate = (counts.bothPass + gained) / n;
  const effectLabel = `${signed(effect * 100, 2)} pts`;
  const summary = `${pct(baselineRate, 4)} → ${pct(candidateRate, 4)} (${effectLabel}; ${lost} lost, ${gained} gained), ${pct(settings.confidence)} CI [${signed(interval[0] * 100, 2)}, ${signed(interval[1] * 100, 2)}] pts`;
  const word = direction === 'increase' ? 'a rise' : direction === 'decrease' ? 'a drop' : 'a change';
  const detail = `tested: ${word} of more than ${fmt(tolerance * 100)} pts`;
  return {
    n,
    effect,
    effectLabel,
    interval,
    pValue,
    breach: pValue <= settings.alpha,
    summary,
    detail,
    ...(Number.isFinite(needed) ? { neededSamples: needed } : {}),
    ...(Number.isFinite(detectable)
      ? { detectable: { effect: detectable, label: `${direction === 'either' ? '±' : sign(direction) > 0 ? '+' : '−'}${fmt(detectable * 100, 3)} pts` } }
      : {}),
  };
}

/**
 * Agreement scores in [0, 1]: per pair against its A/A score when the noise floor ran, else against a
 * reference level. Warns when the mean is shown to sit more than the tolerance below the reference.
 */
function agreement(metric: MetricResult, gate: GateSpec | undefined, direction: Direction, settings: EvaluationSettings): Evaluation {
  const values = metric.agreement?.values ?? [];
  const noise = metric.agreement?.noise;
  const withFloor = noise !== undefined && noise.length > 0;
  const n = withFloor ? Math.min(values.length, noise.length) : values.length;
  if (n === 0) return noData('no scores');
  const exact = EXACT_AGREEMENT_METRICS.has(metric.id);
  const reference = agreementReference(metric.id, gate?.threshold, metric.agreement?.threshold);
  const tolerance = Math.abs(gate?.tolerance ?? AGREEMENT_TOLERANCE);
  const excess = new Float64Array(n);
  for (let i = 0; i < n; i++) excess[i] = values[i]! - (withFloor ? noise[i]! : reference);
  const average = mean(excess);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (excess[i]! - average) ** 2;
  const variance = n > 1 ? ss / (n - 1) : 0;
  // A variance of at least 1/(4n): all-equal scores (every answer identical, or every one different) still
  // give a finite statistic; runs with real spread are unaffected.
  const se = Math.sqrt(Math.max(variance, 1 / (4 * n)) / n);
  const pValue = combine(
    direction,
    () => normSf((average - tolerance) / se),
    () => normCdf((average + tolerance) / se),
  );
  const half = normQuantile(1 - (1 - settings.confidence) / 2) * Math.sqrt(variance / n);
  const meanValue = mean(prefix(values, n));
  const drop = AGREEMENT_DROP_THRESHOLD;
  // sd under a drop at the threshold: for 0/1 scores the Bernoulli sd at that mean (or, with the floor, the
  // observed spread plus the added disagreements); for graded scores the observed spread.
  const alternativeMean = Math.min(1, Math.max(0, (withFloor ? mean(prefix(noise, n)) : reference) - drop));
  const spread = variance * varianceUpperFactor(n);
  const sdAlternative = exact
    ? withFloor
      ? Math.sqrt(spread + drop)
      : Math.max(Math.sqrt(spread), Math.sqrt(alternativeMean * (1 - alternativeMean)))
    : Math.sqrt(spread);
  const powerAlpha = powerLevel(direction, settings);
  const needed = meanNeeded(sdAlternative, drop, tolerance, { alpha: powerAlpha });
  const detectable = meanDetectable(n, sdAlternative, tolerance, { alpha: powerAlpha });
  const against = withFloor ? `A/A ${fmt(mean(prefix(noise, n)), 3)}` : `reference ${fmt(reference, 3)}`;
  const effectLabel = `${signed(average, 3)} vs ${withFloor ? 'A/A' : fmt(reference, 3)}`;
  const summary = `mean ${fmt(meanValue, 3)} vs ${against} (${signed(average, 3)}), ${pct(settings.confidence)} CI [${signed(average - half, 3)}, ${signed(average + half, 3)}]`;
  const detail = `tested: mean more than ${fmt(tolerance)} ${direction === 'increase' ? 'above' : 'below'} the ${withFloor ? 'A/A level' : 'reference'}`;
  return {
    n,
    effect: average,
    effectLabel,
    interval: [average - half, average + half],
    pValue,
    breach: pValue <= settings.alpha,
    summary,
    detail,
    ...(Number.isFinite(needed) ? { neededSamples: needed } : {}),
    ...(Number.isFinite(detectable)
      ? { detectable: { effect: detectable, label: `mean ${direction === 'increase' ? '+' : '−'}${fmt(detectable, 3)} vs ${withFloor ? 'A/A' : 'reference'}` } }
      : {}),
  };
}

/**
 * The spread a power statement assumes is an upper 95 % bound on the observed one (normal theory for a
 * variance: × (1 + z₀.₉₅·√(2/(n − 1)))), so that a pilot run that happened to look quiet does not promise
 * power a noisier truth would not deliver.
 */
function varianceUpperFactor(n: number): number {
  return n > 1 ? 1 + normQuantile(0.95) * Math.sqrt(2 / (n - 1)) : 2;
}

function nanToOne(p: number): number {
  return Number.isNaN(p) ? 1 : p;
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

/** The first n values, copied only when the array is longer (paired arrays almost never are). */
function prefix(values: NumberValues, n: number): NumberValues {
  return values.length === n ? values : values.slice(0, n);
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length ? sum / values.length : NaN;
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
