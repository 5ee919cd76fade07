// Every metric again, split by the request's prompt-token bucket (from the baseline answer's usage, as
// prompt length is a property of the request) and by segment when the records carry one. Model upgrades
// often change behaviour only at long contexts, which the overall numbers dilute.
//
// Each group runs its own MetricSet over its pairs (embedding-based scores are left out, so a split
// makes no extra embeddings calls; judge-model verdicts are shared with the overall run, so it makes no
// extra judge calls either) and is judged by the same gates. Groups with fewer than `minPairs` pairs are
// listed without numbers. The group verdicts are exploratory: they are reported, not part of the verdict.
// Every segment is its own group, up to `maxSegments`: a run whose sampled records carry more is refused
// before its replay (SegmentCount), never pooled, so the groups are the same however the run is sharded.

import type { GateSpec, MetricContext, MetricVerdict, OutputKind, Pair, ReplayRecord } from '../types.ts';
import { UserError } from '../errors.ts';
import { judge } from './judge.ts';
import { MetricSet, type ShadowMetric } from '../metrics/index.ts';
import type { SplitSettings } from '../manifest/llm-settings.ts';

export const DEFAULT_PROMPT_TOKEN_EDGES: readonly number[] = [8_000, 32_000, 128_000];
export const DEFAULT_SPLIT_MIN_PAIRS = 30;
/** Distinct segments a run may have by default (`shadow.llm.split.maxSegments`): each is a group of every metric. */
export const DEFAULT_MAX_SEGMENTS = 100;
export const DEFAULT_SEGMENT_FIELD = 'segment';

export interface SplitCell {
  metric: string;
  verdict: MetricVerdict;
  baseline?: number;
  candidate?: number;
  effectLabel?: string;
  interval?: [number, number];
  unit: string;
}

export interface SplitGroup {
  label: string;
  pairs: number;
  /** False when the group has fewer pairs than minPairs: no numbers are shown. */
  shown: boolean;
  cells: SplitCell[];
}

export interface SplitReport {
  by: 'prompt-tokens' | 'segment';
  /** The record field of a segment split. */
  field?: string;
  minPairs: number;
  groups: SplitGroup[];
}

function tokens(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

/** Labels of the buckets the edges make: `<8k`, `8k–32k`, …, `≥128k`. */
export function bucketLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ['all'];
  const labels = [`<${tokens(edges[0]!)}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${tokens(edges[i - 1]!)}–${tokens(edges[i]!)}`);
  labels.push(`≥${tokens(edges.at(-1)!)}`);
  return labels;
}

/** The pair's prompt tokens: the baseline answer's usage, else the candidate's. */
export function promptTokensOf(pair: Pair): number | undefined {
  return pair.baseline.output?.usage?.promptTokens ?? pair.candidate.output?.usage?.promptTokens;
}

export function bucketOf(promptTokens: number | undefined, edges: readonly number[]): string {
  if (promptTokens === undefined) return 'unknown';
  const labels = bucketLabels(edges);
  const index = edges.findIndex((edge) => promptTokens < edge);
  return labels[index === -1 ? edges.length : index]!;
}

export function segmentOf(data: Record<string, unknown>, field: string): string {
  let value: unknown = data;
  for (const key of field.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).slice(0, 100);
  return NO_SEGMENT;
}

const NO_SEGMENT = '(none)';

/**
 * Counts the distinct segments of a run's sampled records while its dataset is validated (every shard
 * reads the whole dataset), and refuses the run at the record that opens one segment too many.
 */
export class SegmentCount {
  readonly #field: string;
  readonly #max: number;
  readonly #seen = new Set<string>();

  constructor(settings: SplitSettings) {
    this.#field = settings.segmentField ?? DEFAULT_SEGMENT_FIELD;
    this.#max = settings.maxSegments ?? DEFAULT_MAX_SEGMENTS;
  }

  /** Throws a UserError at the record's dataset line when it opens segment max + 1. */
  offer(record: ReplayRecord, file: string): void {
    const label = segmentOf(record.data, this.#field);
    if (this.#seen.has(label)) return;
    if (this.#seen.size >= this.#max) {
      throw new UserError(
        `more than ${this.#max} segments in the record field ${this.#field}: this record opens segment ${this.#max + 1} (${JSON.stringify(label)}), over shadow.llm.split.maxSegments (${this.#max})`,
        { file, line: record.line },
        `each segment is a group of every metric: raise shadow.llm.split.maxSegments, or set shadow.llm.split.segmentField to a coarser field`,
      );
    }
    this.#seen.add(label);
  }
}

interface Split {
  by: SplitReport['by'];
  field?: string;
  order: string[];
  label: (pair: Pair) => string;
  groups: Map<string, MetricSet>;
}

export interface SplitJudgeSettings {
  gates?: GateSpec[];
  alpha?: number;
  confidence?: number;
}

/** One split's groups as a shard hands them to a merge: each group's metric ids (report order), pairs and states. */
export interface SplitPart {
  by: SplitReport['by'];
  groups: Array<{ label: string; metrics: string[]; pairs: number; states: Record<string, unknown> }>;
}

export class SplitMetrics {
  readonly #kind: OutputKind;
  readonly #ctx: MetricContext;
  readonly #minPairs: number;
  readonly #maxSegments: number;
  readonly #splits: Split[] = [];

  constructor(kind: OutputKind, ctx: MetricContext, settings: SplitSettings) {
    this.#kind = kind;
    // No embeddings in the splits (see above), and no pre-sized columns: groups are smaller than the run.
    const { embed: _embed, expectedPairs: _expected, ...rest } = ctx;
    this.#ctx = rest;
    this.#minPairs = settings.minPairs ?? DEFAULT_SPLIT_MIN_PAIRS;
    this.#maxSegments = settings.maxSegments ?? DEFAULT_MAX_SEGMENTS;
    const edges = settings.promptTokens ?? DEFAULT_PROMPT_TOKEN_EDGES;
    this.#splits.push({
      by: 'prompt-tokens',
      order: [...bucketLabels(edges), 'unknown'],
      label: (pair) => bucketOf(promptTokensOf(pair), edges),
      groups: new Map(),
    });
    // Records that carry a `segment` field are split by it unless another field is named.
    const field = settings.segmentField ?? DEFAULT_SEGMENT_FIELD;
    this.#splits.push({ by: 'segment', field, order: [], label: (pair) => segmentOf(pair.record.data, field), groups: new Map() });
  }

  async observe(pair: Pair): Promise<void> {
    for (const split of this.#splits) {
      const label = split.label(pair);
      this.#checkRoom(split, label);
      let set = split.groups.get(label);
      if (!set) split.groups.set(label, (set = new MetricSet(this.#kind, this.#ctx)));
      await set.observe(pair);
    }
  }

  /** Every group's states, after queued pairs are done: live objects, for a shard's partial result. */
  async exportStates(): Promise<SplitPart[]> {
    const parts: SplitPart[] = [];
    for (const split of this.#splits) {
      const groups: SplitPart['groups'] = [];
      for (const [label, set] of split.groups)
        groups.push({ label, metrics: set.metrics.map((m) => m.id), pairs: set.pairs, states: await set.exportStates() });
      parts.push({ by: split.by, groups });
    }
    return parts;
  }

  /** A run's segments were counted before its replay (SegmentCount): one more here is a bug, not bad input. */
  #checkRoom(split: Split, label: string): void {
    if (split.by === 'segment' && !split.groups.has(label) && split.groups.size >= this.#maxSegments) {
      throw new Error(`split by ${split.field}: segment ${JSON.stringify(label)} is past the ${this.#maxSegments} the dataset was checked for`);
    }
  }

  /**
   * Folds in another shard's groups (taking their states over). A group new to this set runs the metrics
   * the shard ran (`metricsOf`). Every group merges with the same group of the other shards: exact.
   */
  async absorb(parts: readonly SplitPart[], metricsOf: (ids: readonly string[]) => ShadowMetric[]): Promise<void> {
    for (const part of parts) {
      const split = this.#splits.find((s) => s.by === part.by);
      if (!split) throw new Error(`no split by ${part.by}`);
      for (const group of [...part.groups].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))) {
        const label = group.label;
        this.#checkRoom(split, label);
        let set = split.groups.get(label);
        if (!set) split.groups.set(label, (set = new MetricSet(this.#kind, this.#ctx, metricsOf(group.metrics))));
        await set.absorb(group.states, group.pairs);
      }
    }
  }

  async finish(settings: SplitJudgeSettings): Promise<SplitReport[]> {
    const reports: SplitReport[] = [];
    for (const split of this.#splits) {
      // No record carried the segment field: nothing to split by.
      if (split.by === 'segment' && [...split.groups.keys()].every((label) => label === NO_SEGMENT)) continue;
      const labels = [...split.groups.keys()].sort((a, b) => {
        const ia = split.order.indexOf(a);
        const ib = split.order.indexOf(b);
        return ia !== -1 || ib !== -1 ? (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib) : a.localeCompare(b);
      });
      const groups: SplitGroup[] = [];
      for (const label of labels) {
        const set = split.groups.get(label)!;
        const results = await set.finish();
        const shown = set.pairs >= this.#minPairs;
        let cells: SplitCell[] = [];
        if (shown) {
          const judgement = judge(results, { ...settings, outputKind: this.#kind, minSamples: this.#minPairs });
          cells = judgement.metrics
            .filter((m) => (m.gate && !m.gate.muted) || /^(llm|task|cost|judge)\./.test(m.metric.id))
            .map((m) => ({
              metric: m.metric.id,
              verdict: m.verdict,
              unit: m.metric.unit,
              ...(m.metric.baseline !== undefined ? { baseline: m.metric.baseline } : {}),
              ...(m.metric.candidate !== undefined ? { candidate: m.metric.candidate } : {}),
              ...(m.effectLabel !== undefined ? { effectLabel: m.effectLabel } : {}),
              ...(m.interval ? { interval: m.interval } : {}),
            }));
        }
        groups.push({ label, pairs: set.pairs, shown, cells });
      }
      reports.push({ by: split.by, ...(split.field ? { field: split.field } : {}), minPairs: this.#minPairs, groups });
    }
    return reports;
  }
}
