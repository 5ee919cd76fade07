// One byte budget for every answer in flight. Each call holds a lease on it: what its answer costs in
// memory is reserved before it exists and stays reserved until the pair has been scored, so the answers
// held at once never exceed the budget, whatever the concurrency. An answer that does not fit in what the
// others leave fails as `too-large` (the connection is closed, nothing more is buffered).
//
// What an answer of N bytes costs: its bytes (N, read into one buffer when the length is declared), the
// body string (N for ASCII) and the parsed text (N again): ANSWER_COST_PER_BYTE × N, reserved as the
// bytes arrive or at once from Content-Length. Text that is not ASCII is held as UTF-16 (2N more, reserved
// once it is known); chunks joined without a declared length, N more. The earlier forms are garbage once the
// later ones exist, so the charge also covers what scoring copies from the text. All of it is given back when
// the pair is scored; memory given back is free only once V8 collects it, so after every `collectEvery`
// bytes released a full GC runs and released answers do not pile up beside the ones charged now.

/** Bytes, body string, parsed text: what each byte of an (ASCII) answer costs until its pair is scored. */
export const ANSWER_COST_PER_BYTE = 3;

export const MIB = 1024 * 1024;
/** Default budget: 256 MiB of answers at once, decoded forms included (a normal answer is kilobytes; this is for runaways). */
export const DEFAULT_ANSWER_BUDGET_BYTES = 256 * MIB;

/** A full GC after this much released (an eighth of the budget, at least 32 MiB): a few per GiB of answers. */
function defaultCollectEvery(limit: number): number {
  return Math.max(32 * MIB, Math.floor(limit / 8));
}

export class ByteBudget {
  readonly limit: number;
  readonly collectEvery: number;
  #used = 0;
  #peak = 0;
  #releasedSinceCollect = 0;
  #collectScheduled = false;

  constructor(limit: number = DEFAULT_ANSWER_BUDGET_BYTES, options: { collectEvery?: number } = {}) {
    if (!(limit > 0)) throw new RangeError(`byte budget must be positive, got ${limit}`);
    this.limit = limit;
    this.collectEvery = options.collectEvery ?? defaultCollectEvery(limit);
  }

  /** Bytes reserved right now. */
  get used(): number {
    return this.#used;
  }

  /** The most bytes reserved at once so far. */
  get peak(): number {
    return this.#peak;
  }

  lease(): BudgetLease {
    return new BudgetLease(this);
  }

  /** @internal for BudgetLease */
  take(bytes: number): boolean {
    if (this.#used + bytes > this.limit) return false;
    this.#used += bytes;
    if (this.#used > this.#peak) this.#peak = this.#used;
    return true;
  }

  /** @internal for BudgetLease */
  give(bytes: number): void {
    this.#used -= bytes;
    this.#releasedSinceCollect += bytes;
    if (this.#releasedSinceCollect >= this.collectEvery && !this.#collectScheduled) {
      // After the current turn, when the scored pair's answers are no longer referenced.
      this.#collectScheduled = true;
      setImmediate(() => {
        this.#collectScheduled = false;
        this.#releasedSinceCollect = 0;
        collectGarbage();
      });
    }
  }
}

let gc: ((options: { type: 'major'; execution: 'sync' }) => void) | null | undefined;

/**
 * A full, synchronous GC: frees the released answers' strings and buffers now instead of when V8's heap
 * growth heuristics get to them. V8 exposes gc() with --expose-gc, to contexts created after the flag is set.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
      const vm = process.getBuiltinModule('node:vm') as typeof import('node:vm');
      gc = vm.runInNewContext('gc') as typeof gc;
    } catch {
      gc = null; // only memory is at stake: without it, V8 collects when it would anyway
    }
  }
  gc?.({ type: 'major', execution: 'sync' });
}

/** One call's share of the budget: what its current answer holds. */
export class BudgetLease {
  readonly budget: ByteBudget;
  #held = 0;

  constructor(budget: ByteBudget) {
    this.budget = budget;
  }

  get held(): number {
    return this.#held;
  }

  /** Reserves `bytes` more; false (nothing reserved) when the budget cannot hold them. */
  reserve(bytes: number): boolean {
    if (!this.budget.take(bytes)) return false;
    this.#held += bytes;
    return true;
  }

  /** Gives back everything this lease holds (a failed attempt, a discarded answer, a scored pair). */
  releaseAll(): void {
    this.budget.give(this.#held);
    this.#held = 0;
  }
}

export function formatMiB(bytes: number): string {
  const mib = bytes / MIB;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
