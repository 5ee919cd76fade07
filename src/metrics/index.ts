// The metric registry and the MetricSet that runs a kind's metrics over a stream of pairs.
//
// Pairs in which a side failed are excluded from every output metric (and from latency/tokens) and
// counted only by `requests.success_rate`; see metric.ts for why.

import type { CallResult, MetricContext, MetricResult, OutputKind, Pair } from '../types.ts';
import { commonMetrics } from './common.ts';
import { extractLabel, extractNumber, parseJsonText } from './extract.ts';
import { changedPaths } from './json-diff.ts';
import { jsonMetrics } from './json.ts';
import { labelMetrics } from './label.ts';
import type { ShadowMetric } from './metric.ts';
import { numericMetrics } from './numeric.ts';
import { answerText, textMetrics } from './text.ts';
import { editSimilarity } from './levenshtein.ts';
import { argumentsAgreement, nameF1, toolMetrics } from './tools.ts';
import { llmMetrics } from './llm/index.ts';
import { preferenceMetric, preferenceMetrics } from './llm/preference.ts';
import type { JudgeRubric } from '../manifest/llm-settings.ts';

export type { ShadowMetric } from './metric.ts';
export type { ToolMetricContext, ToolPolicy } from './tools.ts';

const allMetrics: ShadowMetric[] = [...commonMetrics, ...textMetrics, ...jsonMetrics, ...toolMetrics, ...labelMetrics, ...numericMetrics, ...llmMetrics];

/** The metrics that apply to an output kind under this context, in report order. */
export function metricsFor(kind: OutputKind, ctx: MetricContext): ShadowMetric[] {
  // Judge-model metrics are one per rubric of the manifest, so they are made per run.
  return [...allMetrics.filter((m) => m.applies(kind, ctx)), ...preferenceMetrics(ctx).filter((m) => m.applies(kind, ctx))];
}

/**
 * The registry's metrics with these ids, in this order (a partial result names the metrics its shard ran);
 * `judge.<id>` metrics are made from the run's judge-model rubrics.
 */
export function metricsById(ids: readonly string[], rubrics: readonly JudgeRubric[] = []): ShadowMetric[] {
  return ids.map((id) => {
    const rubric = id.startsWith('judge.') ? rubrics.find((r) => `judge.${r.id}` === id) : undefined;
    if (rubric) return preferenceMetric(rubric) as ShadowMetric;
    const metric = allMetrics.find((m) => m.id === id);
    if (!metric) throw new Error(`unknown metric ${id}`);
    return metric;
  });
}

/** Every metric id the registry knows, for validating gate names in a manifest. */
export function knownMetricIds(): string[] {
  return allMetrics.map((m) => m.id);
}

/** Longest stretch of metric work between two turns of the event loop. */
const YIELD_AFTER_MS = 10;

/** A MetricSet's states as plain JSON, for shards to hand to a merger. */
export interface MetricSetSnapshot {
  version: 1;
  kind: OutputKind;
  pairs: number;
  states: Record<string, unknown>;
}

/**
 * Runs a kind's metrics over pairs. `observe` may be called without awaiting the previous call:
 * pairs are processed one at a time in call order, so states stay consistent and each pair costs
 * bounded work (embedding calls are batched, at most one batch pending). Await `observe` for
 * backpressure. Shards merge by `merge(other)` or `merge(snapshot)`.
 */
export class MetricSet {
  readonly kind: OutputKind;
  readonly ctx: MetricContext;
  readonly metrics: ShadowMetric[];
  #states: unknown[];
  #pairs = 0;
  #tail: Promise<void> = Promise.resolve();
  #lastYield = performance.now();
  #absorbed = false;

  constructor(kind: OutputKind, ctx: MetricContext, metrics: ShadowMetric[] = metricsFor(kind, ctx)) {
    this.kind = kind;
    this.ctx = ctx;
    this.metrics = metrics;
    this.#states = metrics.map((m) => m.init(ctx));
  }

  /** Pairs observed so far (including merged shards). */
  get pairs(): number {
    return this.#pairs;
  }

  observe(pair: Pair): Promise<void> {
    const run = this.#tail.then(async () => {
      this.#pairs++;
      for (let i = 0; i < this.metrics.length; i++) {
        const pending = (this.metrics[i] as ShadowMetric).observe(this.#states[i], pair, this.ctx);
        if (pending) await pending;
      }
      // Queued pairs run as one chain of promise callbacks, during which no timer or socket event is
      // handled: hand the event loop a turn every few milliseconds so the run's deadline (and a signal)
      // can interrupt a backlog of long answers.
      if (performance.now() - this.#lastYield > YIELD_AFTER_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.#lastYield = performance.now();
      }
    });
    // A failed observation (embeddings endpoint down) rejects its own promise; later pairs still run.
    this.#tail = run.catch(() => {});
    return run;
  }

  async observeAll(pairs: Iterable<Pair> | AsyncIterable<Pair>): Promise<void> {
    for await (const pair of pairs) await this.observe(pair);
  }

  /** Waits for queued pairs and completes buffered work (pending embedding batches). */
  async flush(): Promise<void> {
    await this.#tail;
    for (let i = 0; i < this.metrics.length; i++) await (this.metrics[i] as ShadowMetric).flush?.(this.#states[i], this.ctx);
  }

  async snapshot(): Promise<MetricSetSnapshot> {
    await this.flush();
    const states: Record<string, unknown> = {};
    this.metrics.forEach((m, i) => {
      states[m.id] = this.#states[i];
    });
    // Through JSON, as a shard's snapshot travels: number columns become plain arrays.
    return { version: 1, kind: this.kind, pairs: this.#pairs, states: JSON.parse(JSON.stringify(states)) };
  }

  /** Folds another shard's results into this set (pairs of `other` count as observed after ours). */
  async merge(other: MetricSet | MetricSetSnapshot): Promise<void> {
    const snapshot = other instanceof MetricSet ? await other.snapshot() : other;
    if (snapshot.kind !== this.kind) throw new Error(`cannot merge metrics of kind ${snapshot.kind} into ${this.kind}`);
    await this.flush();
    this.metrics.forEach((m, i) => {
      if (!(m.id in snapshot.states)) throw new Error(`snapshot has no state for ${m.id}`);
      this.#states[i] = m.merge(this.#states[i], structuredClone(snapshot.states[m.id]));
    });
    this.#pairs += snapshot.pairs;
  }

  /** Every metric's state by id, after queued pairs are done: live objects, for a shard's partial result. */
  async exportStates(): Promise<Record<string, unknown>> {
    await this.flush();
    const states: Record<string, unknown> = {};
    this.metrics.forEach((m, i) => {
      states[m.id] = this.#states[i];
    });
    return states;
  }

  /**
   * Folds in another shard's states (as exportStates gives them, or decoded from a part file), taking them
   * over rather than copying: the caller hands them off. The first shard's states become this set's.
   */
  async absorb(states: Record<string, unknown>, pairs: number): Promise<void> {
    await this.flush();
    const first = this.#pairs === 0 && !this.#absorbed;
    this.metrics.forEach((m, i) => {
      if (!(m.id in states)) throw new Error(`no state for ${m.id}`);
      this.#states[i] = first ? states[m.id] : m.merge(this.#states[i], states[m.id]);
    });
    this.#absorbed = true;
    this.#pairs += pairs;
  }

  /** Rewrites every state through `canonical` (e.g. to sort the keys of count records). */
  canonicalize(canonical: (state: unknown) => unknown): void {
    this.#states = this.#states.map(canonical);
  }

  async finish(): Promise<MetricResult[]> {
    await this.flush();
    const results: MetricResult[] = [];
    this.metrics.forEach((m, i) => {
      const result = m.finish(this.#states[i], this.ctx);
      if (!(m.omitWhenEmpty && result.n === 0)) results.push(result);
    });
    return results;
  }
}

/** The metric whose per-pair score `pairDivergence` uses, per kind (the worst-examples table names it). */
export const DIVERGENCE_METRIC: Record<OutputKind, string> = {
  text: 'text.edit_similarity',
  json: 'json.deep_equal',
  'tool-calls': 'tools.name_f1',
  label: 'label.agreement',
  numeric: 'numeric.value',
};

function failureDivergence(baseline: CallResult, candidate: CallResult): number {
  if (!baseline.ok && !candidate.ok) return baseline.error?.class === candidate.error?.class ? 0 : 1;
  return 1;
}

/**
 * How different one pair's answers are, 0 = identical … 1 = totally different, by the kind's main
 * metric: text 1 − edit similarity; json the share of changed field paths (1 when a side does not
 * parse); tool calls 1 − mean(name F1, argument agreement); labels 0/1; numbers |b−c|/(|b|+|c|).
 * A pair with one failed side is 1; two failures of the same class are 0.
 */
export function pairDivergence(pair: Pair, ctx: MetricContext): number {
  const { baseline, candidate } = pair;
  if (!baseline.ok || !candidate.ok) return failureDivergence(baseline, candidate);
  const b = baseline.output;
  const c = candidate.output;
  switch (ctx.output.kind) {
    case 'text':
      return 1 - editSimilarity(answerText(b), answerText(c));
    case 'json': {
      const pb = parseJsonText(b?.text);
      const pc = parseJsonText(c?.text);
      if (!pb.ok || !pc.ok) return pb.ok === pc.ok && answerText(b) === answerText(c) ? 0 : 1;
      const changed = changedPaths(pb.value, pc.value, Infinity).length;
      if (changed === 0) return 0;
      return Math.min(1, changed / Math.max(1, leafCount(pb.value), leafCount(pc.value)));
    }
    case 'tool-calls': {
      const calls = [b?.toolCalls ?? [], c?.toolCalls ?? []] as const;
      const names = nameF1(...calls);
      const args = argumentsAgreement(...calls) ?? names;
      return 1 - (names + args) / 2;
    }
    case 'label':
      return extractLabel(b, ctx.output) === extractLabel(c, ctx.output) ? 0 : 1;
    case 'numeric': {
      const x = extractNumber(b, ctx.output);
      const y = extractNumber(c, ctx.output);
      if (x === undefined || y === undefined) return x === y ? 0 : 1;
      if (x === y) return 0;
      return Math.abs(x - y) / (Math.abs(x) + Math.abs(y));
    }
  }
}

function leafCount(value: unknown): number {
  if (value !== null && typeof value === 'object') {
    let n = 0;
    for (const child of Object.values(value)) n += leafCount(child);
    return Math.max(n, 1);
  }
  return 1;
}
