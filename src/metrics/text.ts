// Free-text agreement between the baseline's and the candidate's answer.

import type { MetricContext, MetricResult, ModelOutput, Pair } from '../types.ts';
import { editSimilarityBounded, type Similarity } from './levenshtein.ts';
import { agreementMetric, bothOk, finishAgreement, initAgreement, mergeAgreement, type AgreementState, type ShadowMetric } from './metric.ts';
import { cosine, normalizeText, rougeLBounded } from './text-compare.ts';

/** An answer without text (e.g. only tool calls, or a refusal) compares as the empty string. */
export function answerText(output: ModelOutput | undefined): string {
  return output?.text ?? '';
}

/** Default thresholds for "share below threshold": promptfoo's 0.75 for ROUGE and embeddings; 0.8 for edit similarity. */
export const TEXT_THRESHOLDS = { exact: 1, normalized: 1, edit: 0.8, rouge: 0.75, embedding: 0.75 } as const;

export const exactMatch = agreementMetric({
  id: 'text.exact_match',
  title: 'Exact match',
  unit: 'rate',
  kinds: ['text'],
  threshold: TEXT_THRESHOLDS.exact,
  score: (b, c) => (answerText(b) === answerText(c) ? 1 : 0),
});

export const normalizedMatch = agreementMetric({
  id: 'text.normalized_match',
  title: 'Normalised match',
  unit: 'rate',
  kinds: ['text'],
  threshold: TEXT_THRESHOLDS.normalized,
  score: (b, c) => (normalizeText(answerText(b)) === normalizeText(answerText(c)) ? 1 : 0),
});

interface BoundedState extends AgreementState {
  /** Pairs (or baseline/repeat pairs) that exceeded the work budget and were scored on a window: a lower bound. */
  cappedPairs: number;
}

/**
 * An agreement metric whose per-pair work is bounded: very long answers that differ throughout are
 * scored on a leading window of their differing parts (see levenshtein.ts), and counted as capped.
 */
function boundedAgreementMetric(spec: {
  id: string;
  title: string;
  threshold: number;
  score: (a: string, b: string) => Similarity;
}): ShadowMetric<BoundedState> {
  const meta = { id: spec.id, title: spec.title, unit: 'score', badDirection: 'decrease' } as const;
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind) => kind === 'text',
    init: (ctx) => ({ ...initAgreement(ctx), cappedPairs: 0 }),
    observe(state, pair: Pair) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const baseline = answerText(pair.baseline.output);
      const value = spec.score(baseline, answerText(pair.candidate.output));
      state.values.push(value.score, pair.record.line);
      if (value.capped) state.cappedPairs++;
      if (pair.baselineRepeat?.ok) {
        const noise = spec.score(baseline, answerText(pair.baselineRepeat.output));
        state.noise.push(noise.score, pair.record.line);
        if (noise.capped) state.cappedPairs++;
      }
    },
    merge: (a, b) => ({ ...mergeAgreement(a, b), cappedPairs: a.cappedPairs + b.cappedPairs }),
    finish: (state) => finishAgreement(meta, state, spec.threshold, { cappedPairs: state.cappedPairs }),
  };
}

export const editSimilarityMetric = boundedAgreementMetric({
  id: 'text.edit_similarity',
  title: 'Edit similarity (1 − Levenshtein / max length)',
  threshold: TEXT_THRESHOLDS.edit,
  score: editSimilarityBounded,
});

export const rougeLMetric = boundedAgreementMetric({
  id: 'text.rouge_l',
  title: 'ROUGE-L F-measure',
  threshold: TEXT_THRESHOLDS.rouge,
  score: rougeLBounded,
});

// ───────────── embedding cosine, batched ─────────────

/** Pairs buffered before one embeddings call; texts are deduplicated inside a batch. */
export const EMBED_BATCH_PAIRS = 32;

interface PendingPair {
  /** The pair's dataset line, the key of its scores. */
  line: number;
  baseline: string;
  candidate: string;
  repeat?: string;
}

// Texts waiting for the next embeddings call live beside the state, never in it, so states stay
// small plain data and never hold model texts; at most EMBED_BATCH_PAIRS pairs wait at a time.
const pendingByState = new WeakMap<EmbeddingState, PendingPair[]>();

interface EmbeddingState extends AgreementState {
  /** Pairs whose batch the embeddings endpoint failed (after its client's retries); they are not scored. */
  embeddingFailedPairs: number;
  embeddingError?: string;
}

function similarityOf(a: string, b: string, vectors: Map<string, number[]>): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0; // an empty answer shares no meaning with a non-empty one
  // Agreement scores live in [0, 1]; opposite directions (negative cosine) are as unlike as orthogonal ones.
  return Math.max(0, Math.min(1, cosine(vectors.get(a) as number[], vectors.get(b) as number[])));
}

async function flushEmbeddings(state: EmbeddingState, ctx: MetricContext): Promise<void> {
  const pending = pendingByState.get(state);
  if (!pending || pending.length === 0) return;
  pendingByState.delete(state);
  const texts = new Set<string>();
  for (const p of pending) {
    // Identical answers need no vector: their similarity is 1 by definition.
    if (p.baseline !== p.candidate) for (const t of [p.baseline, p.candidate]) if (t !== '') texts.add(t);
    if (p.repeat !== undefined && p.repeat !== p.baseline) for (const t of [p.baseline, p.repeat]) if (t !== '') texts.add(t);
  }
  const unique = [...texts];
  const vectors = new Map<string, number[]>();
  try {
    if (unique.length > 0) {
      if (!ctx.embed) throw new Error('no embeddings client configured');
      const embedded = await ctx.embed(unique);
      if (embedded.length !== unique.length) throw new Error(`asked for ${unique.length} vectors, got ${embedded.length}`);
      unique.forEach((text, i) => {
        vectors.set(text, embedded[i] as number[]);
      });
    }
    // Scored in full before any is kept: a bad vector fails the whole batch, never half of it.
    const values: Array<[number, number]> = [];
    const noise: Array<[number, number]> = [];
    for (const p of pending) {
      values.push([similarityOf(p.baseline, p.candidate, vectors), p.line]);
      if (p.repeat !== undefined) noise.push([similarityOf(p.baseline, p.repeat, vectors), p.line]);
    }
    for (const [v, line] of values) state.values.push(v, line);
    for (const [v, line] of noise) state.noise.push(v, line);
  } catch (e) {
    // An embeddings outage must not sink the other metrics: the batch goes unscored and the report says so.
    state.embeddingFailedPairs += pending.length;
    state.embeddingError ??= e instanceof Error ? e.message : String(e);
  }
}

const EMBEDDING = { id: 'text.embedding_cosine', title: 'Embedding cosine similarity', unit: 'score', badDirection: 'decrease' } as const;

export const embeddingCosine: ShadowMetric<EmbeddingState> = {
  id: EMBEDDING.id,
  title: EMBEDDING.title,
  applies: (kind, ctx) => kind === 'text' && typeof ctx.embed === 'function',
  init: (ctx) => ({ ...initAgreement(ctx), embeddingFailedPairs: 0 }),
  async observe(state, pair: Pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const pending = pendingByState.get(state) ?? [];
    pendingByState.set(state, pending);
    pending.push({
      line: pair.record.line,
      baseline: answerText(pair.baseline.output),
      candidate: answerText(pair.candidate.output),
      ...(pair.baselineRepeat?.ok ? { repeat: answerText(pair.baselineRepeat.output) } : {}),
    });
    if (pending.length >= EMBED_BATCH_PAIRS) await flushEmbeddings(state, ctx);
  },
  flush: flushEmbeddings,
  merge(a, b) {
    if (pendingByState.get(a)?.length || pendingByState.get(b)?.length) throw new Error('text.embedding_cosine: flush() before merge()');
    const error = a.embeddingError ?? b.embeddingError;
    return {
      ...mergeAgreement(a, b),
      embeddingFailedPairs: a.embeddingFailedPairs + b.embeddingFailedPairs,
      ...(error !== undefined ? { embeddingError: error } : {}),
    };
  },
  finish(state): MetricResult {
    if (pendingByState.get(state)?.length) throw new Error('text.embedding_cosine: flush() before finish()');
    return finishAgreement(EMBEDDING, state, TEXT_THRESHOLDS.embedding, {
      embeddingFailedPairs: state.embeddingFailedPairs,
      ...(state.embeddingError !== undefined ? { embeddingError: state.embeddingError } : {}),
    });
  },
};

export const textMetrics: ShadowMetric[] = [exactMatch, normalizedMatch, editSimilarityMetric, rougeLMetric, embeddingCosine] as ShadowMetric[];
