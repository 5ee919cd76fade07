// The machine-readable report, `shadowgate-report.json` (schema: ./report.schema.json, draft 2020-12).
// It flattens the judgement to the top level (`jq .verdict`) and merges each metric's result with its
// judgement. Per-pair arrays (MetricResult.paired, .agreement.values/.noise) can hold 100k numbers
// each, so the file keeps their distributions (n, mean, quantiles), not the raw values.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SplitReport } from '../judge/splits.ts';
import type { ErrorObject } from 'ajv/dist/2020.js';
import type {
  Divergence,
  GateSpec,
  MetricResult,
  MetricVerdict,
  ReplayStats,
  ShadowReport,
  SideFailures,
  SurfaceChange,
  EndpointChange,
  Verdict,
  WorstExample,
} from '../types.ts';
import { reportValidator } from './report-validator.ts';
import type { VersioningReview } from '../versioning/review.ts';

export const JSON_REPORT_FILE = 'shadowgate-report.json';

export interface Distribution {
  n: number;
  mean: number;
  min: number;
  p5: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
  p99: number;
  max: number;
}

/** A metric as the JSON report carries it: MetricResult's summary fields, with per-pair arrays summarised. */
export interface JsonMetric extends Pick<MetricResult, 'id' | 'title' | 'unit' | 'test' | 'badDirection' | 'n' | 'baseline' | 'candidate'> {
  paired?: { baseline: Distribution; candidate: Distribution; difference: Distribution };
  binary?: { bothPass: number; baselineOnly: number; candidateOnly: number; neither: number };
  agreement?: { values: Distribution; noise?: Distribution; threshold?: number; belowThreshold?: number };
  distance?: { value: number; threshold: number };
  details?: Record<string, unknown>;
  gate?: GateSpec;
  verdict: MetricVerdict;
  effect?: number;
  effectLabel?: string;
  interval?: [number, number];
  pValue?: number;
  pAdjusted?: number;
  neededSamples?: number;
  detectable?: { effect: number; label: string };
  reason: string;
}

export interface JsonReport {
  schemaVersion: 1;
  service: string;
  generatedAt: string;
  baselineRef: string;
  candidateRef: string;
  runUrl?: string;
  verdict: Verdict;
  exitCode: number;
  n: number;
  minSamples: number;
  neededSamples?: number;
  neededFor?: string;
  answered?: number;
  failures?: SideFailures;
  divergence?: Divergence;
  alpha: number;
  confidence: number;
  reasons: string[];
  surfaces: SurfaceChange[];
  endpoints?: EndpointChange[];
  replay: ReplayStats;
  metrics: JsonMetric[];
  worst: WorstExample[];
  versioning?: VersioningReview;
  splits?: SplitReport[];
}

/** Quantile by linear interpolation between order statistics (numpy's default, R type 7). */
function quantile(sorted: ArrayLike<number>, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

let summaryScratch = new Float64Array(0);

/** n, mean and quantiles of a per-pair array; `undefined` for an empty one. */
export function summarize(values: ArrayLike<number>): Distribution | undefined {
  if (values.length === 0) return undefined;
  // Typed all the way, in a buffer reused across metrics: no 100,000-element copy per call.
  if (summaryScratch.length < values.length) summaryScratch = new Float64Array(values.length);
  const list = summaryScratch.subarray(0, values.length);
  for (let i = 0; i < values.length; i++) list[i] = values[i]!;
  list.sort();
  let sum = 0;
  for (const v of list) sum += v;
  return {
    n: list.length,
    mean: sum / list.length,
    min: list[0] ?? Number.NaN,
    p5: quantile(list, 0.05),
    p25: quantile(list, 0.25),
    median: quantile(list, 0.5),
    p75: quantile(list, 0.75),
    p95: quantile(list, 0.95),
    p99: quantile(list, 0.99),
    max: list[list.length - 1] ?? Number.NaN,
  };
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// The per-pair differences of each metric, summarized at once: one buffer for every metric (at 10⁶ pairs
// a fresh 8 MB array per metric set the merge's peak RSS).
let differenceScratch = new Float64Array(0);

function countBelow(values: ArrayLike<number>, threshold: number): number {
  let below = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! < threshold) below++;
  return below;
}

/** The JSON report's object (not yet validated). */
export function toJsonReport(report: ShadowReport): JsonReport {
  const j = report.judgement;
  const metrics: JsonMetric[] = j.metrics.map((mj) => {
    const m = mj.metric;
    let paired: JsonMetric['paired'];
    if (m.paired) {
      const { baseline: bs, candidate: cs } = m.paired;
      if (differenceScratch.length < cs.length) differenceScratch = new Float64Array(cs.length);
      const differences = differenceScratch.subarray(0, cs.length);
      for (let i = 0; i < cs.length; i++) differences[i] = cs[i]! - (bs[i] ?? Number.NaN);
      const baseline = summarize(m.paired.baseline);
      const candidate = summarize(m.paired.candidate);
      const difference = summarize(differences);
      if (baseline && candidate && difference) paired = { baseline, candidate, difference };
    }
    let agreement: JsonMetric['agreement'];
    const values = m.agreement ? summarize(m.agreement.values) : undefined;
    if (m.agreement && values) {
      const threshold = m.agreement.threshold;
      agreement = definedOnly({
        values,
        noise: m.agreement.noise ? summarize(m.agreement.noise) : undefined,
        threshold,
        belowThreshold: threshold === undefined ? undefined : countBelow(m.agreement.values, threshold) / m.agreement.values.length,
      });
    }
    return definedOnly({
      id: m.id,
      title: m.title,
      unit: m.unit,
      test: m.test,
      badDirection: m.badDirection,
      n: m.n,
      baseline: m.baseline,
      candidate: m.candidate,
      paired,
      binary: m.binary,
      agreement,
      distance: m.distance,
      details: m.details,
      gate: mj.gate,
      verdict: mj.verdict,
      effect: mj.effect,
      effectLabel: mj.effectLabel,
      interval: mj.interval,
      pValue: mj.pValue,
      pAdjusted: mj.pAdjusted,
      neededSamples: mj.neededSamples,
      detectable: mj.detectable,
      reason: mj.reason,
    });
  });
  return definedOnly({
    schemaVersion: 1 as const,
    service: report.service,
    generatedAt: report.generatedAt,
    baselineRef: report.baselineRef,
    candidateRef: report.candidateRef,
    runUrl: report.runUrl,
    verdict: j.verdict,
    exitCode: j.exitCode,
    n: j.n,
    minSamples: j.minSamples,
    neededSamples: j.neededSamples,
    neededFor: j.neededFor,
    answered: j.answered,
    failures: j.failures,
    divergence: j.divergence,
    alpha: j.alpha,
    confidence: j.confidence,
    reasons: j.reasons,
    surfaces: report.surfaces,
    ...(report.endpoints ? { endpoints: report.endpoints } : {}),
    replay: report.replay,
    metrics,
    worst: report.worst,
    versioning: report.versioning,
    splits: report.splits,
  });
}

function describe(errors: readonly ErrorObject[]): string[] {
  return errors.map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
  );
}

/** Schema errors of a parsed JSON report, as `/path message` lines; empty when valid. */
export function validateJsonReport(value: unknown): string[] {
  const validate = reportValidator();
  return validate(value) ? [] : describe(validate.errors ?? []);
}

/**
 * The report as the exact text written to disk, after checking it against the schema. What is
 * validated is the JSON round-trip, so a NaN or Infinity (written as null) is caught. An invalid
 * report is a bug in shadowgate, not in the user's input: it throws a plain Error.
 */
export function serializeJsonReport(report: ShadowReport): string {
  const text = `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
  const errors = validateJsonReport(JSON.parse(text));
  if (errors.length > 0) throw new Error(`internal error: the JSON report does not match its schema:\n  ${errors.slice(0, 20).join('\n  ')}`);
  return text;
}

/** Writes the validated report to `path` (atomically: a temporary file renamed into place). */
export async function writeJsonReport(report: ShadowReport, path: string): Promise<string> {
  const text = serializeJsonReport(report);
  await writeAtomically(path, text);
  return path;
}

export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}
