// Merging the partial results of a run's shards: check that the parts belong together (one evaluation,
// every shard once), then fold them exactly. Metric columns are keyed by dataset line and counts add,
// so the merged states equal those of one process replaying the whole dataset, whatever the split.
import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../errors.ts';
import { NumberColumn } from '../metrics/column.ts';
import { MetricSet, metricsById } from '../metrics/index.ts';
import type { EndpointChange, FailureClass, MetricContext, ReplayStats, WorstExample } from '../types.ts';
import type { VersioningReview } from '../versioning/review.ts';
import { mergeReplayedCalls, type ReplayedCallCounts } from '../versioning/replayed-calls.ts';
import { SplitMetrics } from '../judge/splits.ts';
import type { LlmSettings } from '../manifest/llm-settings.ts';
import { WorstExamples } from '../metrics/worst-examples.ts';
import { canonicalState, type PartialIdentity, type PartialResult } from './partial.ts';
import { recordedJudge, type JudgeRecord, type PairJudge } from '../replay/adapters/judge-model.ts';
import { describeShard } from './shard.ts';

/** One part and where it came from (a file, or `shard I/N` for a part kept in memory). */
export interface SourcedPartial {
  partial: PartialResult;
  source: string;
}

export interface MergedResult {
  identity: PartialIdentity;
  surfaces: PartialResult['surfaces'];
  replay: ReplayStats;
  metrics: MetricSet;
  worst: WorstExample[];
  shards: number;
  /** The versioning review before replay evidence, and the tool calls every shard replayed. */
  versioning?: VersioningReview;
  toolCalls: ReplayedCallCounts[];
  endpoints?: EndpointChange[];
  /** The split groups of every shard, merged (`shadow.llm.split`). */
  splits?: SplitMetrics;
  /** The judge model's verdicts the shards carried (`shadow.llm.judge`), for the report's examples. */
  judge?: PairJudge;
}

export interface MergeOptions {
  /**
   * The set the states are folded into; by default one of the metrics the parts name. An unsharded run
   * passes its own (same metrics, and the run's live context for those that finish with it).
   */
  metrics?: MetricSet;
}

/** How many worst examples a report shows. */
export const WORST_EXAMPLES = 10;

const IDENTITY_FIELDS: Array<[keyof PartialIdentity, string]> = [
  ['service', 'service'],
  ['baselineRef', 'baseline ref'],
  ['candidateRef', 'candidate ref'],
  ['commit', 'commit'],
  ['baselineDigests', 'baseline surfaces'],
  ['candidateDigests', 'candidate surfaces'],
  ['datasetSha256', 'dataset'],
  ['sampling', 'sampling'],
  ['noiseFloor', 'noise floor'],
  ['output', 'output settings'],
  ['judge', 'judge settings (shadow.gates, alpha, confidence, minSamples)'],
  ['metrics', 'metric set'],
  ['llm', 'LLM settings (shadow.llm)'],
];

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'none');
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function differentEvaluation(part: SourcedPartial, first: SourcedPartial): UserError | undefined {
  for (const [field, name] of IDENTITY_FIELDS) {
    if (!isDeepStrictEqual(part.partial.identity[field], first.partial.identity[field])) {
      return new UserError(
        `part belongs to another evaluation: its ${name} is ${show(part.partial.identity[field])}, but ${first.source} has ${show(first.partial.identity[field])}`,
        { file: part.source },
        'merge only the parts of one run (download the artifacts of a single workflow run)',
      );
    }
  }
  if (part.partial.shard.count !== first.partial.shard.count) {
    return new UserError(
      `part is shard ${describeShard(part.partial.shard)}, but ${first.source} is shard ${describeShard(first.partial.shard)}: the parts were split differently`,
      { file: part.source },
      'merge only the parts of one run (download the artifacts of a single workflow run)',
    );
  }
  return undefined;
}

function addStats(into: ReplayStats, from: ReplayStats): void {
  into.sampled += from.sampled;
  into.pairs += from.pairs;
  into.requests += from.requests;
  into.ok += from.ok;
  into.retried += from.retried;
  for (const [cls, n] of Object.entries(from.failed) as Array<[FailureClass, number]>) into.failed[cls] = (into.failed[cls] ?? 0) + n;
  // Shards run side by side: the run took as long as its slowest shard.
  into.wallMs = Math.max(into.wallMs, from.wallMs);
}

/** The failure counts with their classes in name order (one canonical form for reports). */
function sortedFailures(failed: ReplayStats['failed']): ReplayStats['failed'] {
  return Object.fromEntries(Object.entries(failed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Turns the number columns of the first part's states into accumulators sized for every shard (the
 * shards differ by at most one record; 5 % spare covers columns that failures make uneven), so the
 * merge holds the merged values once instead of copying the running total at each part.
 */
function reserveColumns(state: unknown, shards: number): void {
  if (state === null || typeof state !== 'object') return;
  const entries = Array.isArray(state) ? state.entries() : Object.entries(state);
  for (const [key, value] of entries) {
    if (value instanceof NumberColumn) {
      (state as Record<string | number, unknown>)[key] = NumberColumn.reserve(value, Math.ceil(value.length * shards * 1.05) + 64);
    } else reserveColumns(value, shards);
  }
}

/**
 * Folds parts in one at a time, so a merge holds one part's file beside the merged states rather than
 * every part at once. Each part is checked as it comes (same evaluation, same split, not seen before);
 * `result()` checks that none is missing. The merge is exact and does not depend on the order of the parts.
 */
export class PartMerger {
  #first: SourcedPartial | undefined;
  readonly #seen = new Map<number, string>();
  #metrics: MetricSet | undefined;
  #worst: WorstExamples | undefined;
  #replay: ReplayStats | undefined;
  #toolCalls: ReplayedCallCounts[] = [];
  #splits: SplitMetrics | undefined;
  #judge: PairJudge | undefined;
  readonly #judgeRecords: JudgeRecord[] = [];
  /** The lowest shard stopped early, so the reason shown does not depend on the order of the parts. */
  #interruptedShard = Infinity;
  readonly #options: MergeOptions;

  constructor(options: MergeOptions = {}) {
    this.#options = options;
  }

  /** Takes over the part's states (the caller hands them off). */
  async add(part: SourcedPartial): Promise<void> {
    const first = (this.#first ??= part);
    const problem = part === first ? undefined : differentEvaluation(part, first);
    if (problem) throw problem;
    const { partial, source } = part;
    const earlier = this.#seen.get(partial.shard.index);
    if (earlier !== undefined) {
      throw new UserError(`shard ${describeShard(partial.shard)} is given twice: here and in ${earlier}`, { file: source }, "give each shard's part once");
    }
    this.#seen.set(partial.shard.index, source);
    if (part === first && partial.shard.count > 1) reserveColumns(partial.states, partial.shard.count);
    const { identity } = first.partial;
    const llm = identity.llm as LlmSettings | undefined;
    const rubrics = llm?.judge?.rubrics ?? [];
    // The merged judge answers from the verdicts the parts carry: records are added as parts come, read at finish.
    this.#judge ??= llm?.judge ? recordedJudge(rubrics, llm.judge.order ?? 'both', this.#judgeRecords) : undefined;
    const ctx: MetricContext = { output: identity.output, baselineTools: [], candidateTools: [], ...(this.#judge ? { llm: { judge: this.#judge } } : {}) };
    const byId = (ids: readonly string[]) => metricsById(ids, rubrics);
    this.#metrics ??= this.#options.metrics ?? new MetricSet(identity.output.kind, ctx, byId(identity.metrics));
    this.#worst ??= new WorstExamples(WORST_EXAMPLES, ctx);
    this.#replay ??= { read: partial.replay.read, sampled: 0, pairs: 0, requests: 0, ok: 0, retried: 0, failed: {}, wallMs: 0 };
    await this.#metrics.absorb(partial.states, partial.pairs);
    this.#worst.absorb(partial.worst);
    addStats(this.#replay, partial.replay);
    // One shard stopped early (a deadline, a signal) makes the whole run partial, and the report says so.
    if (partial.replay.interrupted && partial.shard.index < this.#interruptedShard) {
      this.#interruptedShard = partial.shard.index;
      this.#replay.interrupted = { ...partial.replay.interrupted };
    }
    this.#toolCalls = mergeReplayedCalls(this.#toolCalls, partial.toolCalls ?? []);
    const split = llm?.split;
    if (split && partial.splits) {
      this.#splits ??= new SplitMetrics(identity.output.kind, ctx, split);
      await this.#splits.absorb(partial.splits, byId);
    }
    this.#judgeRecords.push(...(partial.judge ?? []));
  }

  /** The merged run; throws when no part or not every shard was added. */
  result(): MergedResult {
    const first = this.#first;
    if (!first || !this.#metrics || !this.#worst || !this.#replay) {
      throw new UserError('merge needs the part files of every shard', undefined, 'e.g. shadowgate merge parts/*.json');
    }
    const count = first.partial.shard.count;
    const missing: number[] = [];
    for (let i = 1; i <= count; i++) if (!this.#seen.has(i)) missing.push(i);
    if (missing.length > 0) {
      const list = missing.map((i) => `${i}/${count}`).join(', ');
      throw new UserError(
        `shard${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} missing: ${this.#seen.size} of ${count} parts given, and a report over part of the data would pass for the whole`,
        undefined,
        'a shard job failed or its artifact was not downloaded; re-run the failed jobs, then merge again',
      );
    }
    this.#replay.failed = sortedFailures(this.#replay.failed);
    this.#metrics.canonicalize(canonicalState);
    const { versioning, endpoints } = first.partial;
    return {
      identity: first.partial.identity,
      surfaces: first.partial.surfaces,
      replay: this.#replay,
      metrics: this.#metrics,
      worst: this.#worst.examples(),
      shards: this.#seen.size,
      toolCalls: this.#toolCalls,
      ...(versioning ? { versioning } : {}),
      ...(endpoints ? { endpoints } : {}),
      ...(this.#splits ? { splits: this.#splits } : {}),
      ...(this.#judge ? { judge: this.#judge } : {}),
    };
  }
}

/** Checks and merges parts held in memory (their states are taken over). */
export async function mergePartials(parts: Iterable<SourcedPartial> | AsyncIterable<SourcedPartial>, options: MergeOptions = {}): Promise<MergedResult> {
  const merger = new PartMerger(options);
  for await (const part of parts) await merger.add(part);
  return merger.result();
}
