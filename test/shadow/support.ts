// Shared by the shard tests: deterministic pairs whose per-pair numbers make float sums order-sensitive,
// and the shard pipeline run in process (observe in any order → part file text → merge → finish → judge).
import { judge } from '../../src/judge/judge.ts';
import { MetricSet, metricsFor } from '../../src/metrics/index.ts';
import { WorstExamples } from '../../src/metrics/worst-examples.ts';
import { PartMerger, WORST_EXAMPLES } from '../../src/shadow/merge.ts';
import { parsePartial, serializePartial, type PartialIdentity, type PartialResult } from '../../src/shadow/partial.ts';
import { shardOfIndex } from '../../src/shadow/shard.ts';
import type { CallResult, FailureClass, Judgement, MetricContext, MetricResult, OutputKind, Pair, ReplayStats, WorstExample } from '../../src/types.ts';
import { seededRandom } from '../support/random.ts';
import type { LlmContext } from '../../src/metrics/llm/context.ts';
import { compileRefusalPatterns } from '../../src/metrics/llm/refusal.ts';

const FAILURES: FailureClass[] = ['timeout', 'http-5xx', 'connect'];

/** A latency spanning nine orders of magnitude: sums of such numbers change with the order of their terms. */
function latency(random: () => number): number {
  return 10 ** (random() * 9 - 2);
}

function answer(kind: OutputKind, i: number, variant: number, random: () => number): CallResult {
  const usage = { totalTokens: 20 + ((i * 7 + variant * 3) % 50) };
  if (kind === 'numeric') {
    const base = (i % 13) * 10.5 + 1;
    return { ok: true, attempts: 1, latencyMs: latency(random), output: { value: variant === 0 ? base : base * (1 + (i % 5) * 0.003 * variant), usage } };
  }
  const words = ['the', 'parcel', 'ships', 'today', 'tomorrow', 'refund', 'issued', 'soon'];
  const text = Array.from({ length: 4 + (i % 5) }, (_, k) => words[(i + k * (variant + 1)) % words.length]).join(' ');
  return {
    ok: true,
    attempts: 1 + (i % 11 === 0 ? 1 : 0),
    latencyMs: latency(random),
    output: { text: variant === 2 && i % 3 === 0 ? `${text}!` : text, usage },
  };
}

/** `n` pairs of a kind, in dataset order (line i+1), some with a failed side, all with an A/A repeat. */
export function makePairs(kind: OutputKind, n: number, seed = 7): Pair[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const failing = i % 17 === 5;
    const baseline = answer(kind, i, 0, random);
    const candidate: CallResult = failing
      ? { ok: false, attempts: 3, latencyMs: latency(random), error: { class: FAILURES[i % FAILURES.length]!, message: 'down' } }
      : answer(kind, i, i % 4 === 0 ? 1 : 0, random);
    const baselineRepeat =
      i % 23 === 4
        ? { ok: false, attempts: 1, latencyMs: 1, error: { class: 'timeout' as const, message: 'slow' } }
        : answer(kind, i, i % 9 === 0 ? 2 : 0, random);
    return { record: { id: `req-${i}`, line: i + 1, data: { question: `q${i}` } }, baseline, candidate, baselineRepeat };
  });
}

/** The same items in another order (Fisher–Yates with a seeded generator): the order pairs finish in. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function contextFor(kind: OutputKind, llm = false): MetricContext {
  return { output: { kind }, baselineTools: [], candidateTools: [], ...(llm ? { llm: llmContext() } : {}) };
}

/** Refusals, a task check and each side's price: the LLM metrics whose states a part carries. */
export function llmContext(): LlmContext {
  return {
    refusalPatterns: compileRefusalPatterns(),
    tasks: [{ id: 'mentions-parcel', regex: /parcel/, timeoutMs: 1000 }],
    prices: { baseline: { input: 1, output: 4 }, candidate: { input: 0.5, output: 6, cachedInput: 0.1 } },
  };
}

/**
 * makePairs with what the LLM and streaming metrics read: usage split into prompt and completion tokens
 * over several orders of magnitude (costs whose sums depend on their order), stream timings, refusals.
 */
export function makeLlmPairs(n: number, seed = 13): Pair[] {
  const random = seededRandom(seed);
  const tokens = () => Math.round(10 ** (1 + random() * 5));
  const withLlm = (result: CallResult | undefined, refuses: boolean): CallResult | undefined => {
    if (!result?.ok || !result.output) return result;
    const promptTokens = tokens();
    const completionTokens = tokens();
    return {
      ...result,
      output: {
        ...result.output,
        text: refuses ? "I'm sorry, but I can't help with that." : result.output.text,
        usage: { promptTokens, completionTokens, cachedPromptTokens: Math.floor(promptTokens / 3), totalTokens: promptTokens + completionTokens },
      },
      stream: { ttftMs: latency(random), interTokenMs: latency(random) / 10 },
    };
  };
  return makePairs('text', n, seed).map((pair, i) => ({
    ...pair,
    baseline: withLlm(pair.baseline, false)!,
    candidate: withLlm(pair.candidate, i % 7 === 2)!,
    ...(pair.baselineRepeat ? { baselineRepeat: withLlm(pair.baselineRepeat, false)! } : {}),
  }));
}

export function identityFor(kind: OutputKind, ctx: MetricContext): PartialIdentity {
  const digests = { model: 'm1', prompt: 'p1', tools: 't1', context: 'c1' };
  return {
    service: 'svc',
    baselineRef: 'base',
    candidateRef: 'head',
    baselineDigests: digests,
    candidateDigests: { ...digests, prompt: 'p2' },
    datasetSha256: 'd',
    sampling: { rate: 1 },
    noiseFloor: true,
    output: ctx.output,
    judge: { outputKind: kind, minSamples: 20 },
    metrics: metricsFor(kind, ctx).map((m) => m.id),
  };
}

function statsOf(pairs: readonly Pair[]): ReplayStats {
  const stats: ReplayStats = { read: 0, sampled: pairs.length, pairs: pairs.length, requests: 0, ok: 0, retried: 0, failed: {}, wallMs: 0 };
  for (const pair of pairs) {
    for (const result of [pair.baseline, pair.candidate, pair.baselineRepeat]) {
      if (!result) continue;
      stats.requests++;
      stats.retried += result.attempts - 1;
      if (result.ok) stats.ok++;
      else stats.failed[result.error!.class] = (stats.failed[result.error!.class] ?? 0) + 1;
    }
  }
  return stats;
}

/** One shard's part file text, its pairs observed in the given order. */
export async function partText(kind: OutputKind, index: number, count: number, pairs: readonly Pair[], total: number, llm = false): Promise<string> {
  const ctx = contextFor(kind, llm);
  const metrics = new MetricSet(kind, ctx);
  const worst = new WorstExamples(WORST_EXAMPLES, ctx);
  for (const pair of pairs) {
    worst.offer(pair);
    await metrics.observe(pair);
  }
  const partial: PartialResult = {
    shard: { index, count },
    identity: identityFor(kind, ctx),
    surfaces: [],
    replay: { ...statsOf(pairs), read: total },
    pairs: metrics.pairs,
    states: await metrics.exportStates(),
    worst: worst.examples(),
  };
  return serializePartial(partial);
}

export interface Finished {
  results: MetricResult[];
  judgement: Judgement;
  worst: WorstExample[];
  replay: ReplayStats;
}

/** Splits `pairs` (every record sampled) into `count` shards, each observed in its own shuffled order, and merges the part files. */
export async function runSharded(kind: OutputKind, pairs: readonly Pair[], count: number, seed: number, llm = false): Promise<Finished> {
  const merger = new PartMerger();
  // Parts arrive in any order too.
  for (const index of shuffled(
    Array.from({ length: count }, (_, i) => i + 1),
    seed,
  )) {
    const own = pairs.filter((_, k) => shardOfIndex(k, count) === index);
    const text = await partText(kind, index, count, shuffled(own, seed * 31 + index), pairs.length, llm);
    await merger.add({ partial: parsePartial(text, `part-${index}`), source: `part-${index}` });
  }
  const merged = merger.result();
  const results = await merged.metrics.finish();
  return { results, judgement: judge(results, merged.identity.judge), worst: merged.worst, replay: merged.replay };
}
