// Keeps the K most divergent pairs of a replay for the report, in bounded memory: texts are only
// rendered for pairs that enter the top K, and each is capped.
import { DIVERGENCE_METRIC, pairDivergence } from './index.ts';
import type { CallResult, MetricContext, Pair, WorstExample } from '../types.ts';

const MAX_TEXT = 4_000;

function cap(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  // A slice would keep the whole answer alive (V8 slices point into their parent): copy it out.
  const head = JSON.parse(JSON.stringify(text.slice(0, MAX_TEXT))) as string;
  return `${head}… [${text.length - MAX_TEXT} more characters]`;
}

/** What a person would want to read of one answer: the text, the tool calls, or the value. */
export function describeAnswer(result: CallResult): string {
  if (!result.ok) {
    const e = result.error;
    return `ERROR (${e?.class ?? 'unknown'}${e?.status ? ` ${e.status}` : ''}): ${e?.message ?? ''}`;
  }
  const out = result.output ?? {};
  const parts: string[] = [];
  if (out.text !== undefined && out.text !== '') parts.push(out.text);
  if (out.refusal) parts.push(`[refusal] ${out.refusal}`);
  for (const call of out.toolCalls ?? []) parts.push(`→ ${call.name}(${call.arguments})`);
  if (out.value !== undefined && out.text === undefined) parts.push(JSON.stringify(out.value));
  return parts.join('\n') || '(empty answer)';
}

/** Most divergent first; ties in dataset order, so reports are stable. */
function byRank(a: Pick<WorstExample, 'score' | 'line'>, b: Pick<WorstExample, 'score' | 'line'>): number {
  return b.score - a.score || a.line - b.line;
}

function ranksBefore(a: Pick<WorstExample, 'score' | 'line'>, b: Pick<WorstExample, 'score' | 'line'>): boolean {
  return byRank(a, b) < 0;
}

export class WorstExamples {
  readonly #limit: number;
  readonly #ctx: MetricContext;
  readonly #kept: WorstExample[] = [];

  constructor(limit: number, ctx: MetricContext) {
    this.#limit = limit;
    this.#ctx = ctx;
  }

  offer(pair: Pair): void {
    const score = pairDivergence(pair, this.#ctx);
    if (score <= 0) return;
    const lowest = this.#kept.at(-1);
    // A pair enters only if it ranks before the lowest kept one (ties by dataset line), so the kept set
    // does not depend on the order pairs finish in — nor on how a run was split into shards.
    if (this.#kept.length >= this.#limit && lowest && !ranksBefore({ score, line: pair.record.line }, lowest)) return;
    this.#kept.push({
      recordId: pair.record.id,
      line: pair.record.line,
      metric: DIVERGENCE_METRIC[this.#ctx.output.kind],
      score,
      request: cap(JSON.stringify(pair.record.data, null, 2)),
      baseline: cap(describeAnswer(pair.baseline)),
      candidate: cap(describeAnswer(pair.candidate)),
    });
    this.#kept.sort(byRank);
    if (this.#kept.length > this.#limit) this.#kept.pop();
  }

  /** Takes in examples another shard kept (exactly those this set would have kept from its pairs). */
  absorb(examples: readonly WorstExample[]): void {
    this.#kept.push(...examples);
    this.#kept.sort(byRank);
    this.#kept.length = Math.min(this.#kept.length, this.#limit);
  }

  examples(): WorstExample[] {
    return [...this.#kept];
  }
}
