// The paired replay: each record is sent to baseline and candidate (and the baseline again for
// the A/A noise floor) through ONE bounded pool of in-flight requests shared by both sides.
// Every sampled record comes out as exactly one Pair, and every request is counted.
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import type { CallResult, FailureClass, ModelRequest, Pair, ReplayRecord, ReplayStats } from '../types.ts';
import { ByteBudget, DEFAULT_ANSWER_BUDGET_BYTES, type BudgetLease } from './budget.ts';
import { callModel, type CallTarget } from './call.ts';
import type { DatasetCounts } from './dataset.ts';
import { resolveHeaders, type Endpoint } from './endpoint.ts';
import { startProgress } from './progress.ts';
import { createTransport, type Transport } from './transport.ts';

export type Side = 'baseline' | 'candidate';

export interface ReplayOptions {
  records: AsyncIterable<ReplayRecord>;
  /** An endpoint (its headers resolved here, from `env`) or a target whose headers the caller resolved, and so checked, earlier. */
  baseline: Endpoint | CallTarget;
  candidate: Endpoint | CallTarget;
  /** Builds a side's request from a record. A thrown error (e.g. a UserError) stops the run and is rethrown. */
  buildRequest(side: Side, record: ReplayRecord): ModelRequest | Promise<ModelRequest>;
  /** Maximum requests in flight, both sides together. */
  concurrency: number;
  /** Overall deadline from the start of the run; pending records then become `deadline` failures. */
  deadlineMs?: number;
  /** Call the baseline a second time per record (`baselineRepeat`) to measure the A/A noise floor. */
  noiseFloor?: boolean;
  /** Receives every sampled record exactly once, one call at a time; awaited (back-pressure). */
  onPair(pair: Pair): void | Promise<void>;
  /** Counters from readDataset, so stats report records read before sampling. */
  counts?: DatasetCounts;
  /**
   * Cancels the run (SIGINT/SIGTERM): nothing more is sent, requests in flight get `cancelGraceMs` to
   * finish and are then abandoned; unsent and abandoned calls fail as `cancelled`. The signal's reason
   * (a string such as "SIGTERM") names the cause in `stats.interrupted`.
   */
  signal?: AbortSignal;
  /** How long requests in flight may still finish after the signal aborts (default 3 s). */
  cancelGraceMs?: number;
  /** Ends that grace period early (a second signal). */
  abandonSignal?: AbortSignal;
  /**
   * Bytes of answers held at once, all calls together (default 256 MiB): an answer is held from its
   * first byte until its pair has been scored. One that does not fit yet waits (unread) for room; one
   * that could never fit beside its own pair's answers fails as `too-large` (see budget.ts).
   */
  answerBudgetBytes?: number;
  /** The budget itself, to share or to read its peak afterwards (overrides answerBudgetBytes). */
  answerBudget?: ByteBudget;
  /** Reuse a transport (its pool should match `concurrency`); by default one is created and closed. */
  transport?: Transport;
  /** Where credentials are read from (default process.env). */
  env?: Record<string, string | undefined>;
  progress?: { log: Log; total?: number; intervalMs?: number };
}

/** A FIFO counting semaphore; waiting ends (ungranted) when the run's signal aborts. */
class Slots {
  #free: number;
  readonly #waiting: Array<(granted: boolean) => void> = [];
  readonly #signal: AbortSignal;
  constructor(size: number, signal: AbortSignal) {
    this.#free = size;
    this.#signal = signal;
    // One listener for the run rather than one per waiting request.
    signal.addEventListener(
      'abort',
      () => {
        for (const grant of this.#waiting.splice(0)) grant(false);
      },
      { once: true },
    );
  }
  acquire(): Promise<boolean> {
    if (this.#signal.aborted) return Promise.resolve(false);
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
  release(): void {
    const next = this.#waiting.shift();
    if (next) next(true);
    else this.#free++;
  }
}

function notSent(failureClass: 'deadline' | 'cancelled', message: string): CallResult {
  return { ok: false, error: { class: failureClass, message }, attempts: 0, latencyMs: 0 };
}

const deadlineMessage = 'not sent: the overall deadline passed';
const cancelledMessage = 'not sent: the run was cancelled';

export const DEFAULT_CANCEL_GRACE_MS = 3_000;

function signalReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (typeof reason === 'string') return reason;
  return reason instanceof Error && reason.name !== 'AbortError' ? reason.message : 'aborted';
}

/**
 * Runs the paired replay and returns what happened to every request:
 * - `pairs == sampled`: each sampled record reaches `onPair` once, even when the deadline
 *   stopped it (its calls then fail as `deadline` with `attempts: 0` if never sent);
 * - `requests == ok + Σ failed` (2 per pair, 3 with the noise floor);
 * - `retried` = extra attempts, so the servers saw `requests − unsent + retried` attempts.
 * Throws (without counting the pairs in flight) when `buildRequest`, `onPair` or the record
 * stream throws, or a credential is missing.
 */
export async function replay(options: ReplayOptions): Promise<ReplayStats> {
  const concurrency = options.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UserError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  // Credentials first: a missing secret fails the run before any request.
  const target = (side: Endpoint | CallTarget): CallTarget => ('endpoint' in side ? side : { endpoint: side, headers: resolveHeaders(side, options.env) });
  const targets: Record<Side, CallTarget> = { baseline: target(options.baseline), candidate: target(options.candidate) };
  const started = performance.now();
  const stats: ReplayStats = { read: 0, sampled: 0, pairs: 0, requests: 0, ok: 0, retried: 0, failed: {}, wallMs: 0 };

  // `expired` aborts in-flight work at the deadline (results count as `deadline`);
  // `cancelled` stops sending at once and aborts in-flight work after the grace period (`cancelled`);
  // `stopped` aborts it after a fatal error (results are dropped, the error is rethrown).
  const expired = new AbortController();
  const cancelled = new AbortController();
  const abandoned = new AbortController();
  const stopped = new AbortController();
  const noMoreSending = AbortSignal.any([expired.signal, cancelled.signal, stopped.signal]);
  const cancel = AbortSignal.any([expired.signal, abandoned.signal, stopped.signal]);
  let graceTimer: NodeJS.Timeout | undefined;
  const onExternalAbort = () => {
    if (cancelled.signal.aborted || expired.signal.aborted) return;
    stats.interrupted ??= { by: 'signal', reason: `cancelled (${signalReason(options.signal as AbortSignal)})` };
    cancelled.abort();
    graceTimer = setTimeout(() => abandoned.abort(), Math.max(0, options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS));
  };
  options.signal?.addEventListener('abort', onExternalAbort, { once: true });
  if (options.signal?.aborted) onExternalAbort();
  const onAbandon = () => {
    if (cancelled.signal.aborted) abandoned.abort();
  };
  options.abandonSignal?.addEventListener('abort', onAbandon, { once: true });
  if (options.abandonSignal?.aborted) onAbandon();
  const onDeadline = () => {
    stats.interrupted ??= { by: 'deadline', reason: `the overall deadline of ${formatSeconds(options.deadlineMs as number)} passed` };
    expired.abort();
  };
  const deadlineAt = options.deadlineMs !== undefined ? started + options.deadlineMs : undefined;
  const deadlineTimer = options.deadlineMs !== undefined ? setTimeout(onDeadline, Math.max(0, options.deadlineMs)) : undefined;

  const transport = options.transport ?? createTransport({ concurrency });
  const slots = new Slots(concurrency, noMoreSending);
  const budget = options.answerBudget ?? new ByteBudget(options.answerBudgetBytes ?? DEFAULT_ANSWER_BUDGET_BYTES);
  const progress = options.progress ? startProgress(options.progress) : undefined;
  let fatal: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    fatal ??= { error };
    stopped.abort();
  };

  function count(result: CallResult): void {
    stats.requests++;
    if (result.attempts > 1) stats.retried += result.attempts - 1;
    if (result.ok) stats.ok++;
    else {
      const cls: FailureClass = result.error?.class ?? 'bad-body';
      stats.failed[cls] = (stats.failed[cls] ?? 0) + 1;
    }
  }

  /** A call that was never sent, failed by whichever stop came first. */
  const unsent = (): CallResult => (expired.signal.aborted ? notSent('deadline', deadlineMessage) : notSent('cancelled', cancelledMessage));

  async function call(side: Side, request: ModelRequest, lease: BudgetLease): Promise<CallResult> {
    if (!(await slots.acquire())) return unsent();
    try {
      const result = await callModel(transport, targets[side], request, cancel, deadlineAt, lease);
      // An attempt cut off by the cancellation, not by the deadline, says so.
      if (!result.ok && result.error?.class === 'deadline' && abandoned.signal.aborted && !expired.signal.aborted) {
        return { ...result, error: { ...result.error, class: 'cancelled', message: 'abandoned: the run was cancelled' } };
      }
      return result;
    } finally {
      slots.release();
    }
  }

  // onPair runs one at a time, in completion order.
  let emitted: Promise<void> = Promise.resolve();
  function emit(pair: Pair): Promise<void> {
    emitted = emitted.then(async () => {
      if (fatal) return;
      count(pair.baseline);
      count(pair.candidate);
      if (pair.baselineRepeat) count(pair.baselineRepeat);
      stats.pairs++;
      try {
        await options.onPair(pair);
      } catch (e) {
        fail(e);
      }
      progress?.update(stats);
    });
    return emitted;
  }

  function unsentPair(record: ReplayRecord): Pair {
    return { record, baseline: unsent(), candidate: unsent(), ...(options.noiseFloor ? { baselineRepeat: unsent() } : {}) };
  }

  async function runPair(record: ReplayRecord, baselineRequest: ModelRequest, candidateRequest: ModelRequest) {
    // The pair's answers are admitted to the budget together, and released together once scored.
    const group = budget.group();
    const leases = [group.lease(), group.lease(), group.lease()] as const;
    try {
      const [baseline, candidate, baselineRepeat] = await Promise.all([
        call('baseline', baselineRequest, leases[0]),
        call('candidate', candidateRequest, leases[1]),
        options.noiseFloor ? call('baseline', baselineRequest, leases[2]) : undefined,
      ]);
      group.complete();
      await emit({ record, baseline, candidate, ...(baselineRepeat ? { baselineRepeat } : {}) });
    } finally {
      // Scored (or dropped): the answers' bytes go back to the budget.
      group.release();
    }
  }

  // Each pending pair holds at least one slot's worth of work, so `concurrency` pending pairs
  // keep the pool full while bounding how far ahead of the requests the dataset is read.
  const pending = new Set<Promise<void>>();
  // Woken whenever a pair finishes (cheaper than Promise.race over every pending pair).
  let wake: (() => void) | undefined;
  const pairFinished = () => new Promise<void>((resolve) => (wake = resolve));
  const iterator = options.records[Symbol.asyncIterator]();
  try {
    for (;;) {
      while (pending.size >= concurrency && !fatal) await pairFinished();
      if (fatal) break;
      let next: IteratorResult<ReplayRecord>;
      try {
        next = await iterator.next();
      } catch (e) {
        fail(e);
        break;
      }
      if (next.done) break;
      const record = next.value;
      if (!options.counts) stats.read++;
      stats.sampled++;
      if (expired.signal.aborted || cancelled.signal.aborted) {
        // Drained without sending so the stats still account for every sampled record.
        await emit(unsentPair(record));
        continue;
      }
      let requests: [ModelRequest, ModelRequest];
      try {
        requests = [await options.buildRequest('baseline', record), await options.buildRequest('candidate', record)];
      } catch (e) {
        fail(e);
        break;
      }
      const task = runPair(record, ...requests).catch(fail);
      const tracked = task.finally(() => {
        pending.delete(tracked);
        wake?.();
      });
      pending.add(tracked);
    }
    await Promise.all(pending);
    await emitted;
  } finally {
    if (fatal) await iterator.return?.();
    if (deadlineTimer) clearTimeout(deadlineTimer);
    if (graceTimer) clearTimeout(graceTimer);
    options.signal?.removeEventListener('abort', onExternalAbort);
    options.abandonSignal?.removeEventListener('abort', onAbandon);
    if (!options.transport) transport.close();
    if (options.counts) {
      stats.read = options.counts.read;
    }
    // A stop that came after the last request finished lost nothing: the reports are complete.
    if (stats.interrupted && !stats.failed.deadline && !stats.failed.cancelled) delete stats.interrupted;
    stats.wallMs = Math.round(performance.now() - started);
    progress?.stop(stats);
  }
  if (fatal) throw fatal.error;
  return stats;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
