// The building blocks every metric module uses: the three state shapes (paired numbers, 2×2 counts,
// per-pair agreement scores), their exact merges, and how each becomes a MetricResult.
//
// Failed calls: a pair in which either side failed (CallResult.ok = false) says nothing about the
// quality of the answers, and there is nothing to compare, so every output metric (and latency/tokens)
// skips it and counts it as `excludedFailedPairs` in its details. Failures themselves are measured once,
// by `requests.success_rate`, per side and per FailureClass — so a candidate that times out more is
// caught there rather than silently improving its text scores.

import type { CallResult, Direction, Metric, MetricContext, MetricResult, ModelOutput, OutputKind, Pair } from '../types.ts';
import { addCounts, finiteOrNull, mean, percentilesOf, tailPercentiles } from './stats.ts';
import { NumberColumn } from './column.ts';

/** A Metric with two optional hooks the MetricSet honours. */
export interface ShadowMetric<State = unknown> extends Metric<State> {
  /** Leave the result out when no pair contributed (token usage that no server reported). */
  omitWhenEmpty?: boolean;
  /** Completes work that observe buffered (batched embedding calls); called before merge, snapshot and finish. */
  flush?(state: State, ctx: MetricContext): Promise<void>;
}

export function bothOk(pair: Pair): boolean {
  return pair.baseline.ok && pair.candidate.ok;
}

interface Meta {
  id: string;
  title: string;
  unit: string;
  badDirection: Direction;
}

// ───────────── paired continuous ─────────────

export interface PairedState {
  baseline: NumberColumn;
  candidate: NumberColumn;
  excludedFailedPairs: number;
  /** Pairs where both calls succeeded but a side had no value (e.g. no usage reported). */
  missing: number;
}

export interface PairedSpec extends Meta {
  applies?: (kind: OutputKind, ctx: MetricContext) => boolean;
  value: (call: CallResult, ctx: MetricContext) => number | undefined;
  omitWhenEmpty?: boolean;
  /** Extra report details from the paired arrays. */
  details?: (state: PairedState) => Record<string, unknown>;
}

export function pairedMetric(spec: PairedSpec): ShadowMetric<PairedState> {
  return {
    id: spec.id,
    title: spec.title,
    omitWhenEmpty: spec.omitWhenEmpty,
    applies: spec.applies ?? (() => true),
    init: (ctx) => ({ baseline: new NumberColumn(ctx.expectedPairs), candidate: new NumberColumn(ctx.expectedPairs), excludedFailedPairs: 0, missing: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = spec.value(pair.baseline, ctx);
      const c = spec.value(pair.candidate, ctx);
      if (b === undefined || c === undefined || !Number.isFinite(b) || !Number.isFinite(c)) {
        state.missing++;
        return;
      }
      state.baseline.push(b, pair.record.line);
      state.candidate.push(c, pair.record.line);
    },
    merge: (a, b) => ({
      baseline: NumberColumn.concat(a.baseline, b.baseline),
      candidate: NumberColumn.concat(a.candidate, b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
      missing: a.missing + b.missing,
    }),
    finish(state): MetricResult {
      const baseline = state.baseline.values();
      const candidate = state.candidate.values();
      const b = tailPercentiles(baseline);
      const c = tailPercentiles(candidate);
      return {
        ...meta(spec),
        test: 'paired-continuous',
        n: baseline.length,
        baseline: b.p50 ?? undefined,
        candidate: c.p50 ?? undefined,
        paired: { baseline, candidate },
        details: {
          baseline: { ...b, mean: finiteOrNull(mean(baseline)) },
          candidate: { ...c, mean: finiteOrNull(mean(candidate)) },
          excludedFailedPairs: state.excludedFailedPairs,
          missingValuePairs: state.missing,
          ...spec.details?.(state),
        },
      };
    },
  };
}

// ───────────── paired binary ─────────────

export interface BinaryState {
  bothPass: number;
  baselineOnly: number;
  candidateOnly: number;
  neither: number;
  /** Why a side did not pass, counted per side. */
  reasons: { baseline: Record<string, number>; candidate: Record<string, number> };
  excludedFailedPairs: number;
}

export interface Verdict {
  pass: boolean;
  reasons?: string[];
}

export interface BinarySpec extends Meta {
  applies?: (kind: OutputKind, ctx: MetricContext) => boolean;
  /** Judges one side's answer; `side` selects that side's declared tools. */
  check: (output: ModelOutput | undefined, side: 'baseline' | 'candidate', ctx: MetricContext) => Verdict;
  detailsTitle?: string;
}

export function initBinary(): BinaryState {
  return { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neither: 0, reasons: { baseline: {}, candidate: {} }, excludedFailedPairs: 0 };
}

export function countBinary(state: BinaryState, baseline: Verdict, candidate: Verdict): void {
  if (baseline.pass && candidate.pass) state.bothPass++;
  else if (baseline.pass) state.baselineOnly++;
  else if (candidate.pass) state.candidateOnly++;
  else state.neither++;
  for (const reason of baseline.reasons ?? []) state.reasons.baseline[reason] = (state.reasons.baseline[reason] ?? 0) + 1;
  for (const reason of candidate.reasons ?? []) state.reasons.candidate[reason] = (state.reasons.candidate[reason] ?? 0) + 1;
}

export function mergeBinary(a: BinaryState, b: BinaryState): BinaryState {
  return {
    bothPass: a.bothPass + b.bothPass,
    baselineOnly: a.baselineOnly + b.baselineOnly,
    candidateOnly: a.candidateOnly + b.candidateOnly,
    neither: a.neither + b.neither,
    reasons: {
      baseline: addCounts(addCounts({}, a.reasons.baseline), b.reasons.baseline),
      candidate: addCounts(addCounts({}, a.reasons.candidate), b.reasons.candidate),
    },
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
  };
}

export function finishBinary(spec: Meta, state: BinaryState, reasonsTitle = 'reasons'): MetricResult {
  const n = state.bothPass + state.baselineOnly + state.candidateOnly + state.neither;
  return {
    ...meta(spec),
    test: 'paired-binary',
    n,
    baseline: n ? (state.bothPass + state.baselineOnly) / n : undefined,
    candidate: n ? (state.bothPass + state.candidateOnly) / n : undefined,
    binary: { bothPass: state.bothPass, baselineOnly: state.baselineOnly, candidateOnly: state.candidateOnly, neither: state.neither },
    details: { [reasonsTitle]: state.reasons, excludedFailedPairs: state.excludedFailedPairs },
  };
}

/** A paired-binary metric over the answers of pairs in which both calls succeeded. */
export function binaryMetric(spec: BinarySpec): ShadowMetric<BinaryState> {
  return {
    id: spec.id,
    title: spec.title,
    applies: spec.applies ?? (() => true),
    init: initBinary,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      countBinary(state, spec.check(pair.baseline.output, 'baseline', ctx), spec.check(pair.candidate.output, 'candidate', ctx));
    },
    merge: mergeBinary,
    finish: (state) => finishBinary(spec, state, spec.detailsTitle),
  };
}

// ───────────── agreement ─────────────

export interface AgreementState {
  /** One score in [0, 1] per compared pair, baseline vs candidate. */
  values: NumberColumn;
  /** Baseline vs its repeat (A/A noise floor), when the replay ran it. */
  noise: NumberColumn;
  excludedFailedPairs: number;
  /** Pairs with nothing to compare by this metric (e.g. no tool call matched by name). */
  notComparable: number;
}

export function initAgreement(ctx: MetricContext): AgreementState {
  // The noise column fills only when the replay repeats the baseline (A/A); it grows if it does.
  return { values: new NumberColumn(ctx.expectedPairs), noise: new NumberColumn(), excludedFailedPairs: 0, notComparable: 0 };
}

export function mergeAgreement(a: AgreementState, b: AgreementState): AgreementState {
  return {
    values: NumberColumn.concat(a.values, b.values),
    noise: NumberColumn.concat(a.noise, b.noise),
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
    notComparable: a.notComparable + b.notComparable,
  };
}

/** Score summary for the report: p5/p50/mean and the share below the threshold. */
export function scoreSummary(values: ArrayLike<number>, threshold: number | undefined): Record<string, number | null> {
  const [p5 = null, p50 = null] = percentilesOf(values, [5, 50]);
  let below = 0;
  if (threshold !== undefined) for (let i = 0; i < values.length; i++) if ((values[i] as number) < threshold) below++;
  return {
    p5,
    p50,
    mean: finiteOrNull(mean(values)),
    ...(threshold !== undefined ? { shareBelowThreshold: values.length ? below / values.length : null } : {}),
  };
}

/**
 * The scores of the records that have both a score and an A/A score, each pair from one record, in dataset
 * order: what the judge compares pair by pair. A record whose repeat failed (or was not comparable) has no
 * A/A score, so pairing the two columns by position would set one record's score against another's floor.
 * Columns filled without keys (old snapshots) pair by position as before.
 */
function pairedWithNoise(values: NumberColumn, noise: NumberColumn): { values: Float64Array; noise: Float64Array } {
  const v = values.values();
  const n = noise.values();
  const vKeys = values.keys();
  const nKeys = noise.keys();
  if (!vKeys || !nKeys) return { values: v, noise: n };
  if (vKeys.length === nKeys.length && vKeys.every((key, i) => key === nKeys[i])) return { values: v, noise: n };
  const outValues: number[] = [];
  const outNoise: number[] = [];
  for (let i = 0, j = 0; i < vKeys.length && j < nKeys.length; ) {
    if (vKeys[i]! < nKeys[j]!) i++;
    else if (vKeys[i]! > nKeys[j]!) j++;
    else {
      outValues.push(v[i++]!);
      outNoise.push(n[j++]!);
    }
  }
  return { values: Float64Array.from(outValues), noise: Float64Array.from(outNoise) };
}

export function finishAgreement(spec: Meta, state: AgreementState, threshold: number | undefined, extra?: Record<string, unknown>): MetricResult {
  const values = state.values.values();
  const noise = state.noise.values();
  const paired = noise.length ? pairedWithNoise(state.values, state.noise) : undefined;
  return {
    ...meta(spec),
    test: 'agreement',
    n: values.length,
    baseline: noise.length ? mean(noise) : undefined,
    candidate: values.length ? mean(values) : undefined,
    agreement: { ...(paired ?? { values }), ...(threshold !== undefined ? { threshold } : {}) },
    details: {
      ...scoreSummary(values, threshold),
      ...(noise.length ? { noise: scoreSummary(noise, threshold) } : {}),
      excludedFailedPairs: state.excludedFailedPairs,
      notComparablePairs: state.notComparable,
      ...extra,
    },
  };
}

export interface AgreementSpec extends Omit<Meta, 'badDirection' | 'unit'> {
  unit?: string;
  kinds: OutputKind[];
  applies?: (ctx: MetricContext) => boolean;
  threshold?: number;
  /** Agreement in [0, 1] between two answers, or undefined when the pair has nothing to compare. */
  score: (baseline: ModelOutput | undefined, candidate: ModelOutput | undefined, ctx: MetricContext) => number | undefined;
}

/** An agreement metric scoring each successful pair, plus baseline vs repeat for the noise floor. */
export function agreementMetric(spec: AgreementSpec): ShadowMetric<AgreementState> {
  const full: Meta = { id: spec.id, title: spec.title, unit: spec.unit ?? 'score', badDirection: 'decrease' };
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind, ctx) => spec.kinds.includes(kind) && (spec.applies?.(ctx) ?? true),
    init: initAgreement,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const score = spec.score(pair.baseline.output, pair.candidate.output, ctx);
      if (score === undefined) state.notComparable++;
      else state.values.push(score, pair.record.line);
      if (pair.baselineRepeat?.ok) {
        const noise = spec.score(pair.baseline.output, pair.baselineRepeat.output, ctx);
        if (noise !== undefined) state.noise.push(noise, pair.record.line);
      }
    },
    merge: mergeAgreement,
    finish: (state) => finishAgreement(full, state, spec.threshold),
  };
}

function meta(spec: Meta): Pick<MetricResult, 'id' | 'title' | 'unit' | 'badDirection'> {
  return { id: spec.id, title: spec.title, unit: spec.unit, badDirection: spec.badDirection };
}

export { meta as resultHeader };
