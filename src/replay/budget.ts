// One byte budget for every answer in flight. Each call holds a lease on it: the bytes of its answer
// are reserved as they arrive and stay reserved until the pair has been scored, so the answers held at
// once never exceed the budget, whatever the concurrency. An answer that does not fit in what the
// others leave fails as `too-large` (the connection is closed, nothing more is buffered).

export const MIB = 1024 * 1024;
/** Default budget: 256 MiB of answers at once (a normal answer is kilobytes; this is for runaways). */
export const DEFAULT_ANSWER_BUDGET_BYTES = 256 * MIB;

export class ByteBudget {
  readonly limit: number;
  #used = 0;
  #peak = 0;

  constructor(limit: number = DEFAULT_ANSWER_BUDGET_BYTES) {
    if (!(limit > 0)) throw new RangeError(`byte budget must be positive, got ${limit}`);
    this.limit = limit;
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
  }
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
