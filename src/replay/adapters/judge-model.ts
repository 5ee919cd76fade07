// A pairwise judge model: an OpenAI-compatible chat endpoint that reads one request, two answers and a
// rubric, and says which answer shows the rubric's property more (or that they tie).
//
// Position bias: judges favour one position. With `order: both` each pair is asked twice, baseline as
// answer A and then candidate as answer A; a pair counts for a side only on net votes, so a judge that
// always says "A" yields ties, never a preference. With `order: random` one order is drawn from the
// record id (recorded in the vote), which cancels the bias on average at half the calls.
//
// Budget: a pair is judged when its record id falls in the sample, fewer than `max` pairs were admitted,
// and the calls so far cost less than `maxCostUsd`. Knowing the run's size (plan), the sample shrinks so
// that about `max` pairs fall in it: the same pairs on every run, whatever order they arrive in. Knowing
// every sampled record id of the run (plan with a JudgeAdmission's cut-off), the `max` pairs are exactly
// those with the lowest sample draws, whatever order they arrive in and however the run is sharded: each
// shard judges its own of them, and the shards' verdicts together are the unsharded run's.
// Cache: one file per (judge model, rubric id and text,
// request, answer A, answer B) holding the parsed vote, so a re-run pays nothing for pairs it has seen.
// Only votes are cached, never failures. Judge failures are their own classes, counted apart from the
// model's request failures; a pair with a failed vote is left out of the preference share.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Pair } from '../../types.ts';
import type { JudgeModelSettings, JudgeRubric, ModelPrice } from '../../manifest/llm-settings.ts';
import { sampleUnit } from '../dataset.ts';
import { joinUrl, resolveHeaders, type Endpoint, type EndpointLocations } from '../endpoint.ts';
import { createTransport, defaultRetryPolicy, sendWithRetry, type AddressCheck, type RetryPolicy, type Transport } from '../transport.ts';
import { errorBodyMessage, excerpt, isObject } from './adapter.ts';
import { parseChatCompletion } from './openai.ts';

export type JudgeFailureClass = 'timeout' | 'connect' | 'aborted' | 'rate-limited' | 'http-4xx' | 'http-5xx' | 'bad-body' | 'error-body' | 'bad-verdict';
export type Preferred = 'baseline' | 'candidate' | 'tie';
export type SkipReason = 'sample' | 'max-pairs' | 'cost-cap';

export interface Vote {
  /** Which side was shown as answer A. */
  first: 'baseline' | 'candidate';
  /** The judge's pick by position. */
  more: 'A' | 'B' | 'tie';
  reason: string;
  cached: boolean;
}

export interface PairVerdict {
  rubric: string;
  preferred: Preferred;
  votes: Vote[];
}

export type JudgeOutcome =
  | { status: 'judged'; verdict: PairVerdict }
  | { status: 'skipped'; why: SkipReason }
  | { status: 'failed'; class: JudgeFailureClass; message: string };

export interface JudgeStats {
  /** HTTP calls made (cache hits are not calls). */
  calls: number;
  cacheHits: number;
  costUsd: number;
  admittedPairs: number;
}

/** The manifest's judge model settings, and what the run adds to reach the judge. */
export interface PairJudgeOptions extends JudgeModelSettings {
  /** Judges each address a connection resolves to (the run's egress plan); refused addresses are never connected. */
  checkAddress?: AddressCheck;
  /** The judge model's price, for the cost cap and the report. */
  price?: ModelPrice;
  retries?: RetryPolicy;
  /** Absolute folder of cached votes; no cache when absent. */
  cacheDir?: string;
  env?: Record<string, string | undefined>;
  locations?: EndpointLocations;
  transport?: Transport;
}

export interface PairJudge {
  readonly rubrics: readonly JudgeRubric[];
  readonly order: 'both' | 'random';
  /**
   * Tells the judge how many pairs the run will have, before the first: with `sample.max` below that,
   * pairs are then chosen by their record id (the same ones on every run, so a re-run finds their votes
   * in the cache) instead of by arrival order.
   */
  plan(expectedPairs: number, cutoff?: JudgeCutoff): void;
  /** The pair's verdict on one rubric; the same pair and rubric is judged once however often it is asked. */
  judge(pair: Pair, rubricId: string): Promise<JudgeOutcome>;
  /** Verdicts reached for a record, one per rubric judged. */
  verdictsFor(recordId: string): PairVerdict[];
  /** Up to `limit` judged pairs in which `side` showed the rubric more, with the judge's reasons. */
  examples(rubricId: string, side: 'baseline' | 'candidate', limit: number): Array<{ recordId: string; line: number; reasons: string[] }>;
  stats(): JudgeStats;
  /** The verdicts of these records and of the first `JUDGE_EXAMPLES` per rubric and side: what a merge of shards needs. */
  records(recordIds: Iterable<string>): JudgeRecord[];
  close(): void;
}

/** Judged pairs a report shows per rubric, as examples of the side that showed it more. */
export const JUDGE_EXAMPLES = 3;

/** One judged record's verdicts, as a shard's part carries them. */
export interface JudgeRecord {
  recordId: string;
  line: number;
  verdicts: PairVerdict[];
}

/** Which sampled records a run judges, fixed before the replay from every sampled record id of the run. */
export interface JudgeCutoff {
  /** Pairs whose sample draw is at most this are judged (when their draw is also under the rate). */
  draw: number;
}

/**
 * Collects the sample draws of every sampled record of a run (every shard reads the whole dataset) and
 * keeps the `max` lowest under the rate: the pairs the run judges, the same in each shard and in an
 * unsharded run. A bounded max-heap: memory for `max` draws, not one per record.
 */
export class JudgeAdmission {
  readonly #rate: number;
  readonly #seed: string;
  readonly #max: number;
  readonly #heap: number[] = [];

  constructor(sample: { rate?: number | undefined; max?: number | undefined; seed?: string | undefined } = {}) {
    this.#rate = sample.rate ?? 1;
    this.#seed = sample.seed ?? DEFAULT_JUDGE_SEED;
    this.#max = sample.max ?? Number.POSITIVE_INFINITY;
  }

  offer(recordId: string): void {
    if (!Number.isFinite(this.#max)) return;
    const draw = sampleUnit(recordId, this.#seed);
    if (draw >= this.#rate) return;
    const heap = this.#heap;
    if (heap.length < this.#max) {
      heap.push(draw);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (heap[parent]! >= heap[i]!) break;
        [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
        i = parent;
      }
    } else if (draw < heap[0]!) {
      heap[0] = draw;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let largest = i;
        if (l < heap.length && heap[l]! > heap[largest]!) largest = l;
        if (r < heap.length && heap[r]! > heap[largest]!) largest = r;
        if (largest === i) break;
        [heap[largest], heap[i]] = [heap[i]!, heap[largest]!];
        i = largest;
      }
    }
  }

  /** The cut-off: with fewer than `max` draws under the rate, every one of them. */
  cutoff(): JudgeCutoff {
    return { draw: Number.isFinite(this.#max) && this.#heap.length >= this.#max ? this.#heap[0]! : Number.POSITIVE_INFINITY };
  }
}

const DEFAULT_JUDGE_SEED = 'shadowgate-judge';

/** Characters of the request and of each answer put in front of the judge. */
const MAX_PROMPT_PART = 8_000;
const MAX_REASON = 500;

const SYSTEM_PROMPT =
  'You compare two answers to the same request against a rubric. Decide which answer shows the property ' +
  'the rubric describes more strongly, or say "tie" when neither does more than the other. Judge only the ' +
  'property, not which answer is better overall. Reply with one JSON object and nothing else: ' +
  '{"more": "A" | "B" | "tie", "reason": "<one sentence>"}';

function cut(text: string): string {
  return text.length > MAX_PROMPT_PART ? `${text.slice(0, MAX_PROMPT_PART)}… [cut]` : text;
}

export function judgePrompt(rubric: JudgeRubric, request: string, answerA: string, answerB: string): string {
  return [
    `Rubric: ${rubric.text}`,
    `Request:\n${cut(request)}`,
    `Answer A:\n${cut(answerA)}`,
    `Answer B:\n${cut(answerB)}`,
    'Which answer shows the rubric\'s property more: "A", "B" or "tie"?',
  ].join('\n\n');
}

/** Reads the judge's reply: a JSON object (possibly inside prose or a code fence) with `more` and `reason`. */
export function parseVote(text: string | undefined): { more: Vote['more']; reason: string } | string {
  if (!text) return 'empty reply';
  let value: unknown;
  try {
    value = JSON.parse(text.trim());
  } catch {
    const match = /\{[\s\S]*\}/.exec(text);
    if (!match) return `no JSON object in the reply: ${excerpt(text, 80)}`;
    try {
      value = JSON.parse(match[0]);
    } catch {
      return `unparsable JSON in the reply: ${excerpt(match[0], 80)}`;
    }
  }
  if (!isObject(value)) return 'reply is not a JSON object';
  const raw = typeof value.more === 'string' ? value.more.trim().toLowerCase() : undefined;
  const more = raw === 'a' ? 'A' : raw === 'b' ? 'B' : raw === 'tie' || raw === 'equal' || raw === 'neither' || raw === 'both' ? 'tie' : undefined;
  if (!more) return `"more" must be "A", "B" or "tie", got ${JSON.stringify(value.more ?? null)}`;
  const reason = typeof value.reason === 'string' ? value.reason.trim().slice(0, MAX_REASON) : '';
  return { more, reason };
}

/** Net preference of a pair's votes: +1 per vote for the candidate, −1 per vote for the baseline. */
export function combineVotes(votes: readonly Vote[]): Preferred {
  let score = 0;
  for (const vote of votes) {
    if (vote.more === 'tie') continue;
    const side = (vote.more === 'A') === (vote.first === 'baseline') ? 'baseline' : 'candidate';
    score += side === 'candidate' ? 1 : -1;
  }
  return score > 0 ? 'candidate' : score < 0 ? 'baseline' : 'tie';
}

/** One answer as the judge reads it: the text, a refusal, tool calls, or the value. */
export function answerForJudge(call: Pair['baseline']): string {
  if (!call.ok) return `(no answer: ${call.error?.class ?? 'error'})`;
  const out = call.output ?? {};
  const parts: string[] = [];
  if (out.text) parts.push(out.text);
  if (out.refusal) parts.push(`[refusal] ${out.refusal}`);
  for (const tool of out.toolCalls ?? []) parts.push(`[tool call] ${tool.name}(${tool.arguments})`);
  if (out.value !== undefined && !out.text) parts.push(JSON.stringify(out.value));
  return parts.join('\n') || '(empty answer)';
}

class CostCapReached extends Error {}

class JudgeCallError extends Error {
  readonly failureClass: JudgeFailureClass;
  constructor(failureClass: JudgeFailureClass, message: string) {
    super(message);
    this.failureClass = failureClass;
  }
}

/** Bounded calls in flight: callers wait for a free slot. */
function limiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

type JudgeExample = { recordId: string; line: number; reasons: string[] };

/** The first `limit` judged records (by dataset line) in which `side` showed the rubric more. */
function examplesOf(
  verdicts: ReadonlyMap<string, PairVerdict[]>,
  lines: ReadonlyMap<string, number>,
  rubricId: string,
  side: 'baseline' | 'candidate',
  limit: number,
): JudgeExample[] {
  const found: JudgeExample[] = [];
  for (const [recordId, list] of verdicts) {
    const verdict = list.find((v) => v.rubric === rubricId && v.preferred === side);
    if (verdict) found.push({ recordId, line: lines.get(recordId) ?? 0, reasons: verdict.votes.map((v) => v.reason).filter(Boolean) });
  }
  return found.sort((a, b) => a.line - b.line).slice(0, limit);
}

/**
 * The judge of a merged run: the verdicts its shards' parts carry (see PairJudge.records), for the
 * report's examples and worst examples. Every pair was judged in its shard, so it judges none.
 */
export function recordedJudge(rubrics: readonly JudgeRubric[], order: 'both' | 'random', records: readonly JudgeRecord[]): PairJudge {
  // Indexed when first asked: a merge adds each part's records to `records` as the part comes in.
  const verdicts = new Map<string, PairVerdict[]>();
  const lines = new Map<string, number>();
  let indexed = 0;
  const index = () => {
    for (; indexed < records.length; indexed++) {
      const record = records[indexed]!;
      verdicts.set(record.recordId, record.verdicts);
      lines.set(record.recordId, record.line);
    }
  };
  return {
    rubrics,
    order,
    plan() {},
    judge: () => Promise.reject(new Error('a merged run judges no pairs: each shard judged its own')),
    verdictsFor: (recordId) => {
      index();
      return verdicts.get(recordId) ?? [];
    },
    examples: (rubricId, side, limit) => {
      index();
      return examplesOf(verdicts, lines, rubricId, side, limit);
    },
    stats: () => ({ calls: 0, cacheHits: 0, costUsd: 0, admittedPairs: 0 }),
    records: (recordIds) => {
      index();
      return [...new Set(recordIds)].flatMap((recordId) =>
        verdicts.has(recordId) ? [{ recordId, line: lines.get(recordId) ?? 0, verdicts: verdicts.get(recordId)! }] : [],
      );
    },
    close() {},
  };
}

export function createPairJudge(options: PairJudgeOptions): PairJudge {
  const endpoint: Endpoint = {
    label: 'judge model',
    protocol: 'openai',
    url: options.endpoint,
    model: options.model,
    ...(options.auth ? { auth: options.auth } : {}),
    timeoutMs: options.timeoutMs ?? 60_000,
    retries: options.retries ?? defaultRetryPolicy,
    ...(options.locations ? { locations: options.locations } : {}),
  };
  // Checked now, so a missing credential stops the run before the replay, as for the model endpoints.
  const headers = resolveHeaders(endpoint, options.env);
  const url = joinUrl(endpoint.url, 'chat/completions');
  const order = options.order ?? 'both';
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let rate = options.sample?.rate ?? 1;
  const seed = options.sample?.seed ?? DEFAULT_JUDGE_SEED;
  let cutoff: JudgeCutoff | undefined;
  const maxPairs = options.sample?.max ?? Number.POSITIVE_INFINITY;
  const maxCost = options.maxCostUsd ?? Number.POSITIVE_INFINITY;
  const rubrics = new Map(options.rubrics.map((r) => [r.id, r]));
  const rubricOrder = new Map(options.rubrics.map((r, i) => [r.id, i]));
  const slot = limiter(concurrency);
  let ownTransport: Transport | undefined;
  const transport = (): Transport => options.transport ?? (ownTransport ??= createTransport({ concurrency }));

  const stats: JudgeStats = { calls: 0, cacheHits: 0, costUsd: 0, admittedPairs: 0 };
  const admission = new Map<string, SkipReason | 'admitted'>();
  const outcomes = new Map<string, Promise<JudgeOutcome>>();
  const verdicts = new Map<string, PairVerdict[]>();
  const lines = new Map<string, number>();
  const madeDirs = new Set<string>();

  function admit(pair: Pair): SkipReason | 'admitted' {
    const id = pair.record.id;
    let decision = admission.get(id);
    if (decision === undefined) {
      const draw = rate < 1 || cutoff ? sampleUnit(id, seed) : 0;
      if (rate < 1 && draw >= rate) decision = 'sample';
      else if (cutoff ? draw > cutoff.draw : stats.admittedPairs >= maxPairs) decision = 'max-pairs';
      else {
        decision = 'admitted';
        stats.admittedPairs++;
      }
      admission.set(id, decision);
    }
    return decision;
  }

  function cachePath(key: string): string | undefined {
    return options.cacheDir ? join(options.cacheDir, key.slice(0, 2), `${key}.json`) : undefined;
  }

  async function readCached(key: string): Promise<{ more: Vote['more']; reason: string } | undefined> {
    const path = cachePath(key);
    if (!path) return undefined;
    try {
      const vote = parseVote(await readFile(path, 'utf8'));
      return typeof vote === 'string' ? undefined : vote;
    } catch {
      return undefined;
    }
  }

  async function writeCached(key: string, vote: { more: Vote['more']; reason: string }): Promise<void> {
    const path = cachePath(key);
    if (!path) return;
    const dir = dirname(path);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    // Renamed into place, so a reader never sees half a file.
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, JSON.stringify(vote));
    await rename(temporary, path);
  }

  async function ask(rubric: JudgeRubric, request: string, answerA: string, answerB: string): Promise<{ more: Vote['more']; reason: string; cached: boolean }> {
    const key = createHash('sha256')
      .update(JSON.stringify(['v1', options.model, rubric.id, rubric.text, request, answerA, answerB]))
      .digest('hex');
    const cached = await readCached(key);
    if (cached) {
      stats.cacheHits++;
      return { ...cached, cached: true };
    }
    const body = JSON.stringify({
      model: options.model,
      temperature: 0,
      stream: false,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: judgePrompt(rubric, request, answerA, answerB) },
      ],
    });
    const outcome = await slot(async () => {
      // Checked when a call would start, not when its pair arrived: verdicts arrive long after their
      // pairs, so the spend is only known here. Calls in flight may pass the cap by at most `concurrency` calls.
      if (stats.costUsd >= maxCost) throw new CostCapReached();
      stats.calls++;
      const sent = await sendWithRetry(
        transport(),
        { method: 'POST', url, headers, body, timeoutMs: endpoint.timeoutMs, ...(options.checkAddress ? { checkAddress: options.checkAddress } : {}) },
        endpoint.retries,
      );
      // Counted before the slot frees, so the next call sees this one's cost.
      if (sent.response) stats.costUsd += responseCost(sent.response.body);
      return sent;
    });
    if (outcome.failure) {
      const kind = outcome.failure.kind;
      throw new JudgeCallError(
        kind === 'too-large' ? 'bad-body' : kind === 'refused' ? 'connect' : kind,
        `${outcome.failure.message} after ${outcome.attempts} attempt(s)`,
      );
    }
    const response = outcome.response!;
    let json: unknown;
    try {
      json = JSON.parse(response.body);
    } catch {
      json = undefined;
    }
    if (response.status < 200 || response.status >= 300) {
      const failureClass: JudgeFailureClass = response.status === 429 ? 'rate-limited' : response.status >= 500 ? 'http-5xx' : 'http-4xx';
      throw new JudgeCallError(failureClass, `HTTP ${response.status}: ${errorBodyMessage(json) ?? excerpt(response.body, 120)}`);
    }
    if (json === undefined) throw new JudgeCallError('bad-body', `response is not JSON: ${excerpt(response.body, 80)}`);
    const parsed = parseChatCompletion(json);
    if (!parsed.ok) throw new JudgeCallError(parsed.class, parsed.message);
    const vote = parseVote(parsed.output.text);
    if (typeof vote === 'string') throw new JudgeCallError('bad-verdict', vote);
    // The cache only saves money: a vote that cannot be stored (read-only or full disk) still counts.
    await writeCached(key, vote).catch(() => {});
    return { ...vote, cached: false };
  }

  /** USD of one response by its reported usage; 0 without a price or usage. */
  function responseCost(body: string): number {
    if (!options.price) return 0;
    try {
      const usage = (JSON.parse(body) as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } }).usage;
      const prompt = typeof usage?.prompt_tokens === 'number' ? usage.prompt_tokens : 0;
      const completion = typeof usage?.completion_tokens === 'number' ? usage.completion_tokens : 0;
      return (prompt * options.price.input + completion * options.price.output) / 1e6;
    } catch {
      return 0;
    }
  }

  async function judgeNow(pair: Pair, rubric: JudgeRubric): Promise<JudgeOutcome> {
    const request = JSON.stringify(pair.record.data, null, 2);
    const baseline = answerForJudge(pair.baseline);
    const candidate = answerForJudge(pair.candidate);
    const firsts: Array<'baseline' | 'candidate'> =
      order === 'both' ? ['baseline', 'candidate'] : [sampleUnit(pair.record.id, `${seed}:order`) < 0.5 ? 'baseline' : 'candidate'];
    try {
      // Every order settles before the pair does, so no call is left in flight behind its verdict.
      const settled = await Promise.allSettled(
        firsts.map(async (first): Promise<Vote> => {
          const [a, b] = first === 'baseline' ? [baseline, candidate] : [candidate, baseline];
          const answer = await ask(rubric, request, a, b);
          return { first, more: answer.more, reason: answer.reason, cached: answer.cached };
        }),
      );
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      const votes = settled.map((s) => (s as PromiseFulfilledResult<Vote>).value);
      const verdict: PairVerdict = { rubric: rubric.id, preferred: combineVotes(votes), votes };
      const list = verdicts.get(pair.record.id) ?? [];
      list.push(verdict);
      // In the rubrics' order, not the order their verdicts came back in: reports list them the same on every run.
      list.sort((a, b) => rubricOrder.get(a.rubric)! - rubricOrder.get(b.rubric)!);
      verdicts.set(pair.record.id, list);
      lines.set(pair.record.id, pair.record.line);
      return { status: 'judged', verdict };
    } catch (e) {
      if (e instanceof CostCapReached) {
        stats.admittedPairs--;
        return { status: 'skipped', why: 'cost-cap' };
      }
      if (e instanceof JudgeCallError) return { status: 'failed', class: e.failureClass, message: e.message };
      throw e;
    }
  }

  return {
    rubrics: options.rubrics,
    order,
    plan(expectedPairs, fixed) {
      // The pairs are fixed by their draws: no arrival order decides, and the rate stays as configured.
      if (fixed) {
        cutoff = fixed;
        return;
      }
      if (!Number.isFinite(maxPairs) || expectedPairs * rate <= maxPairs) return;
      // A rate whose binomial count stays under the cap (mean 2 SD below it), so the cap, which does go
      // by arrival order, almost never has to choose.
      const target = Math.max(1, maxPairs - 2 * Math.sqrt(maxPairs));
      rate = Math.min(rate, target / expectedPairs);
    },
    judge(pair, rubricId) {
      const rubric = rubrics.get(rubricId);
      if (!rubric) return Promise.reject(new Error(`no rubric ${rubricId}`));
      const key = `${rubricId}\0${pair.record.id}`;
      let outcome = outcomes.get(key);
      if (!outcome) {
        const decision = admit(pair);
        outcome = decision === 'admitted' ? judgeNow(pair, rubric) : Promise.resolve({ status: 'skipped', why: decision });
        outcomes.set(key, outcome);
      }
      return outcome;
    },
    verdictsFor: (recordId) => verdicts.get(recordId) ?? [],
    examples: (rubricId, side, limit) => examplesOf(verdicts, lines, rubricId, side, limit),
    stats: () => ({ ...stats }),
    records(recordIds) {
      const wanted = new Set(recordIds);
      for (const rubric of options.rubrics) {
        for (const side of ['baseline', 'candidate'] as const)
          for (const example of examplesOf(verdicts, lines, rubric.id, side, JUDGE_EXAMPLES)) wanted.add(example.recordId);
      }
      const found: JudgeRecord[] = [];
      for (const recordId of wanted) {
        const list = verdicts.get(recordId);
        if (list) found.push({ recordId, line: lines.get(recordId) ?? 0, verdicts: list });
      }
      return found.sort((a, b) => a.line - b.line);
    },
    close() {
      ownTransport?.close();
    },
  };
}
