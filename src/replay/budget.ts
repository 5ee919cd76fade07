// One byte budget for every answer in flight. Each call holds a lease on it: what its answer costs in
// memory is reserved before it exists and stays reserved until the pair has been scored, so the answers
// held at once never exceed the budget, whatever the concurrency.
//
// An answer that does not fit right now waits for room instead of failing: its body stays unread (the
// socket is paused, so TCP holds the server back and nothing more is buffered here) until the answers ahead
// of it have been scored and released. The wait runs on the request's own timeout and the run's deadline,
// so it cannot hang a run. Waiters are served oldest pair first: no pair starts ahead of an older answer
// that waits, so a large answer is not overtaken by a stream of smaller, newer ones. Only pairs that already
// hold answers may finish ahead of it when they fit, which brings their bytes back sooner.
//
// Two things could still lock up, and are handled:
// - A pair is scored only once all its answers are in, so a pair holding one answer while its other waits
//   keeps its bytes. Pairs whose answers each took their share as it arrived could fill the budget with
//   halves, each waiting for room only another half could free. So an answer with a declared Content-Length
//   that arrives first is admitted alone only when there is room for it and as much again for each answer of
//   its pair still on its way, and that room is kept for them; otherwise it waits until every answer of the
//   pair in flight has its headers, and their costs are reserved together, all or nothing.
// - Answers without a declared length grow chunk by chunk; several can outgrow the budget together, each
//   holding part of it. When nothing in flight can move (every answer is waiting for room, none is
//   being read or scored), the newest waiting answer gives way: it fails as `too-large`, its bytes go back,
//   and the older ones go on.
// Only an answer that can never fit — its cost beside the other answers of its own pair exceeds the whole
// budget — fails as `too-large` without waiting.
//
// What an answer of N bytes costs: its bytes (N, read into one buffer when the length is declared), the
// body string (N for ASCII) and the parsed text (N again): ANSWER_COST_PER_BYTE × N, reserved as the bytes
// arrive or at once from Content-Length. Text that is not ASCII is held as UTF-16 (2N more, reserved
// once it is known); chunks joined without a declared length, N more. The earlier forms are garbage once the
// later ones exist, so the charge also covers what scoring copies from the text. All of it is given back when
// the pair is scored; memory given back is free only once V8 collects it, so after every `collectEvery`
// bytes released a full GC runs and released answers do not pile up beside the ones charged now.

/** Bytes, body string, parsed text: what each byte of an (ASCII) answer costs until its pair is scored. */
export const ANSWER_COST_PER_BYTE = 3;

export const MIB = 1024 * 1024;
/** Default budget: 256 MiB of answers at once, decoded forms included (a normal answer is kilobytes; this is for runaways). */
export const DEFAULT_ANSWER_BUDGET_BYTES = 256 * MIB;

/** How long nothing may move, with answers waiting, before the newest waiting one gives way. */
export const STALL_CHECK_MS = 25;

/** A full GC after this much released (an eighth of the budget, at least 32 MiB): a few per GiB of answers. */
function defaultCollectEvery(limit: number): number {
  return Math.max(32 * MIB, Math.floor(limit / 8));
}

/**
 * How a wait for room ended: granted; `never-fits` (beside its own pair's answers the cost exceeds the whole
 * budget); `gave-way` (nothing in flight could move, and this was the newest waiter); `cancelled` (the
 * attempt ended while waiting).
 */
export type Grant = 'granted' | 'never-fits' | 'gave-way' | 'cancelled';

interface Waiter {
  group: BudgetGroup;
  seq: number;
  bytes: number;
  /** The leases served by this reservation and each one's share of it. */
  shares: Map<BudgetLease, number>;
}

export class ByteBudget {
  readonly limit: number;
  readonly collectEvery: number;
  #used = 0;
  #peak = 0;
  #releasedSinceCollect = 0;
  #collectScheduled = false;
  #nextTicket = 0;
  #nextSeq = 0;
  /** Oldest pair first, then arrival. */
  readonly #queue: Waiter[] = [];
  readonly #groups = new Set<BudgetGroup>();
  #stallTimer: ReturnType<typeof setTimeout> | undefined;
  #gaveWay = 0;
  /** Room kept for answers still on their way whose pair has another answer in already (see BudgetLease.admit). */
  #promised = 0;

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

  /** Answers waiting for room right now. */
  get waiting(): number {
    let n = 0;
    for (const w of this.#queue) n += w.shares.size;
    return n;
  }

  /** Answers that gave way so far (see the file comment). */
  get gaveWay(): number {
    return this.#gaveWay;
  }

  /** The leases of one pair: admitted together, served in the order the pairs were started. */
  group(): BudgetGroup {
    const group = new BudgetGroup(this, this.#nextTicket++);
    this.#groups.add(group);
    return group;
  }

  /** A lease in a group of its own. */
  lease(): BudgetLease {
    return this.group().lease();
  }

  /**
   * @internal for BudgetLease: reserves at once when there is room and no older answer is waiting for it
   * (or the pair already holds answers: see pump); `keep` more must fit beside it, to be promised to the
   * pair's answers still on their way.
   */
  take(bytes: number, group: BudgetGroup, keep = 0): boolean {
    const head = this.#queue[0];
    if (head && head.group.ticket <= group.ticket && group.held === 0) return false;
    if (this.#used + this.#promised + bytes + keep > this.limit) return false;
    this.#charge(bytes);
    return true;
  }

  /** @internal for BudgetLease */
  promise(bytes: number): void {
    this.#promised += bytes;
  }

  /** @internal for BudgetLease: `cost` of the `kept` room promised to an answer is now reserved for it. */
  claim(kept: number, cost: number): void {
    this.#promised -= kept;
    this.#charge(cost);
    this.pump();
  }

  /** @internal for BudgetLease: a promise kept or broken (the answer arrived, or its attempt ended). */
  unpromise(bytes: number): void {
    if (bytes === 0) return;
    this.#promised -= bytes;
    this.pump();
  }

  #charge(bytes: number): void {
    this.#used += bytes;
    if (this.#used > this.#peak) this.#peak = this.#used;
  }

  /** @internal for BudgetLease */
  give(bytes: number): void {
    if (bytes === 0) return;
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
    this.pump();
  }

  /** @internal: queues a reservation for `shares` (all or nothing). */
  enqueue(group: BudgetGroup, shares: Map<BudgetLease, number>): void {
    let bytes = 0;
    for (const share of shares.values()) bytes += share;
    const waiter: Waiter = { group, seq: this.#nextSeq++, bytes, shares };
    let at = this.#queue.length;
    while (at > 0 && (this.#queue[at - 1] as Waiter).group.ticket > group.ticket) at--;
    this.#queue.splice(at, 0, waiter);
    this.pump();
  }

  /** @internal: takes `lease` out of whatever reservation it waits in. */
  withdraw(lease: BudgetLease): void {
    for (let i = 0; i < this.#queue.length; i++) {
      const waiter = this.#queue[i] as Waiter;
      const share = waiter.shares.get(lease);
      if (share === undefined) continue;
      waiter.shares.delete(lease);
      waiter.bytes -= share;
      if (waiter.shares.size === 0) this.#queue.splice(i, 1);
      break;
    }
    this.pump();
  }

  /** @internal: serves the waiters in order, as far as the room goes. */
  pump(): void {
    for (;;) {
      const head = this.#queue[0];
      if (!head) break;
      if (head.bytes + head.group.held > this.limit) {
        // Its own pair's answers cannot be released while it waits: it can never fit.
        this.#queue.shift();
        for (const lease of head.shares.keys()) lease.settle('never-fits');
        continue;
      }
      if (this.#used + this.#promised + head.bytes > this.limit) break;
      this.#queue.shift();
      this.#charge(head.bytes);
      for (const [lease, share] of head.shares) lease.settle('granted', share);
    }
    // Behind a head that does not fit, pairs that already hold answers may finish first when they fit: that
    // brings their bytes back sooner, and no new pair starts ahead of the head, so it is not starved.
    for (let i = 1; i < this.#queue.length; i++) {
      const waiter = this.#queue[i] as Waiter;
      const held = waiter.group.held;
      if (held === 0 || held + waiter.bytes > this.limit || this.#used + this.#promised + waiter.bytes > this.limit) continue;
      this.#queue.splice(i--, 1);
      this.#charge(waiter.bytes);
      for (const [lease, share] of waiter.shares) lease.settle('granted', share);
    }
    this.changed();
  }

  /** @internal: something moved; with answers waiting, look again shortly whether anything still can. */
  changed(): void {
    if (this.#stallTimer) clearTimeout(this.#stallTimer);
    this.#stallTimer = undefined;
    if (this.#queue.length === 0) return;
    this.#stallTimer = setTimeout(() => this.#checkStall(), STALL_CHECK_MS);
    this.#stallTimer.unref();
  }

  #checkStall(): void {
    this.#stallTimer = undefined;
    if (this.#queue.length === 0) return;
    for (const group of this.#groups) {
      if (group.moving) {
        this.changed();
        return;
      }
    }
    // Nothing in flight can move. The newest waiter whose pair holds bytes gives way (failing it lets its
    // pair be scored and released); failing one that holds nothing frees its request slot at least.
    let victim = this.#queue.length - 1;
    for (let i = this.#queue.length - 1; i >= 0; i--) {
      if ((this.#queue[i] as Waiter).group.held > 0) {
        victim = i;
        break;
      }
    }
    const [waiter] = this.#queue.splice(victim, 1) as [Waiter];
    this.#gaveWay += waiter.shares.size;
    for (const lease of waiter.shares.keys()) lease.settle('gave-way');
    this.pump();
  }

  /** @internal */
  retire(group: BudgetGroup): void {
    this.#groups.delete(group);
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

/** A lease's attempt: none, sent without headers yet, waiting for room, or reading its body. */
type LeaseState = 'idle' | 'sending' | 'waiting' | 'reading';

/** The leases of one pair: its answers are scored, and released, together. */
export class BudgetGroup {
  readonly budget: ByteBudget;
  /** Pairs are served in ticket order (the order they were started). */
  readonly ticket: number;
  readonly #leases: BudgetLease[] = [];
  /** Declared costs waiting for the pair's other answers in flight to have their headers. */
  readonly #gated = new Map<BudgetLease, number>();
  #complete = false;

  constructor(budget: ByteBudget, ticket: number) {
    this.budget = budget;
    this.ticket = ticket;
  }

  lease(): BudgetLease {
    const lease = new BudgetLease(this.budget, this);
    this.#leases.push(lease);
    return lease;
  }

  /** Bytes its answers hold. */
  get held(): number {
    let n = 0;
    for (const lease of this.#leases) n += lease.held;
    return n;
  }

  /** Whether it can move without more room: an answer on its way or being read, or its answers being scored. */
  get moving(): boolean {
    if (this.#complete && this.held > 0) return true;
    return this.#leases.some((lease) => lease.state === 'sending' || lease.state === 'reading');
  }

  /** @internal */
  get leases(): readonly BudgetLease[] {
    return this.#leases;
  }

  /** @internal: some of its answers wait for the others' headers. */
  get gated(): boolean {
    return this.#gated.size > 0;
  }

  /** All its answers are in and being scored: its bytes come back soon. */
  complete(): void {
    this.#complete = true;
  }

  /** Scored (or dropped): everything goes back. */
  release(): void {
    for (const lease of this.#leases) lease.abandon();
    this.budget.retire(this);
  }

  /** @internal for BudgetLease */
  gate(lease: BudgetLease, cost: number): void {
    this.#gated.set(lease, cost);
  }

  /** @internal for BudgetLease */
  ungate(lease: BudgetLease): void {
    this.#gated.delete(lease);
  }

  /**
   * @internal: once no answer of the pair is on its way without headers, the declared costs are queued as
   * one reservation. Those that cannot fit beside the pair's other answers even with the whole budget (the
   * largest first) fail at once.
   */
  evaluate(): void {
    if (this.#gated.size === 0) return;
    if (this.#leases.some((lease) => lease.state === 'sending')) return;
    const entries = [...this.#gated].sort((a, b) => a[1] - b[1]);
    this.#gated.clear();
    const room = this.budget.limit - this.held;
    const shares = new Map<BudgetLease, number>();
    let sum = 0;
    for (const [lease, cost] of entries) {
      if (sum + cost <= room) {
        shares.set(lease, cost);
        sum += cost;
      } else lease.settle('never-fits');
    }
    if (shares.size > 0) this.budget.enqueue(this, shares);
  }
}

/** One call's share of the budget: what its current answer holds. */
export class BudgetLease {
  readonly budget: ByteBudget;
  readonly group: BudgetGroup;
  #held = 0;
  #state: LeaseState = 'idle';
  #settle: ((grant: Grant) => void) | undefined;
  /** Room kept for this answer while it is on its way (its pair's first answer was admitted alone). */
  #promised = 0;

  constructor(budget: ByteBudget, group: BudgetGroup) {
    this.budget = budget;
    this.group = group;
  }

  get held(): number {
    return this.#held;
  }

  get state(): LeaseState {
    return this.#state;
  }

  /** Reserves `bytes` more at once; false (nothing reserved) when there is no room, or older answers wait for it. */
  reserve(bytes: number): boolean {
    if (!this.budget.take(bytes, this.group)) return false;
    this.#held += bytes;
    return true;
  }

  /** An attempt is sent: the pair's declared answers wait for its headers before they are reserved together. */
  begin(): void {
    this.#state = 'sending';
    this.budget.changed();
  }

  /** Leaves 'sending': the room promised to it goes back to the pool, from which it now asks in turn. */
  #arrived(): void {
    const promised = this.#promised;
    this.#promised = 0;
    this.budget.unpromise(promised);
  }

  /** @internal for BudgetLease: keep room for this answer on its way. */
  promise(bytes: number): void {
    this.#promised += bytes;
    this.budget.promise(bytes);
  }

  /** Headers without a declared length: the body is read, and reserved as it grows. */
  reading(): void {
    this.#state = 'reading';
    this.#arrived();
    this.group.evaluate();
    this.budget.changed();
  }

  /**
   * Headers with a declared cost, admitted at once when that needs no waiting: there is room for it and as
   * much again for each of its pair's answers still on their way (sent, no headers yet), and that room is
   * then kept for them. So an answer already in is not held back by a partner that hangs, and the budget does
   * not fill with halves of pairs. False: nothing reserved, call admit().
   */
  admitNow(cost: number): boolean {
    const kept = this.#promised;
    this.#promised = 0;
    if (kept >= cost) {
      // Its room was kept: it takes it whoever else waits (older answers were not counting on that room).
      this.#held += cost;
      this.#state = 'reading';
      this.budget.claim(kept, cost);
      this.group.evaluate();
      this.budget.changed();
      return true;
    }
    this.budget.unpromise(kept);
    if (this.group.gated) return false; // its partners wait for it: admitted together
    let keep = 0;
    for (const lease of this.group.leases) if (lease.#state === 'sending' && lease !== this) keep += Math.max(0, cost - lease.#promised);
    if (!this.budget.take(cost, this.group, keep)) return false;
    this.#held += cost;
    this.#state = 'reading';
    if (keep > 0) for (const lease of this.group.leases) if (lease.#state === 'sending' && lease !== this) lease.promise(Math.max(0, cost - lease.#promised));
    this.budget.changed();
    return true;
  }

  /**
   * Headers with a declared cost that admitNow could not take: it waits for its pair's answers still on
   * their way to have their headers, then all their declared costs are reserved together, all or nothing,
   * in turn.
   */
  admit(cost: number): Promise<Grant> {
    this.#arrived();
    return this.#wait(() => this.group.gate(this, cost));
  }

  /** `bytes` more for the answer being read: at once when there is room, else in turn. */
  grow(bytes: number): Promise<Grant> {
    if (this.reserve(bytes)) return Promise.resolve('granted');
    return this.#wait(() => this.budget.enqueue(this.group, new Map([[this, bytes]])));
  }

  #wait(start: () => void): Promise<Grant> {
    this.#state = 'waiting';
    const granted = new Promise<Grant>((resolve) => (this.#settle = resolve));
    start();
    this.group.evaluate();
    this.budget.changed();
    return granted;
  }

  /** @internal: ends the wait; a grant adds `share` to what it holds. */
  settle(grant: Grant, share = 0): void {
    const settle = this.#settle;
    if (!settle) return;
    this.#settle = undefined;
    if (grant === 'granted') {
      this.#held += share;
      this.#state = 'reading';
    } else this.#state = 'idle';
    settle(grant);
  }

  /** The attempt succeeded: the answer keeps what it holds until the pair is released. */
  done(): void {
    this.#state = 'idle';
    this.group.evaluate();
    this.budget.changed();
  }

  /** The attempt failed: stop waiting, give everything back. */
  abandon(): void {
    if (this.#settle) {
      this.group.ungate(this);
      this.budget.withdraw(this);
      this.settle('cancelled');
    }
    this.#state = 'idle';
    this.#arrived();
    this.releaseAll();
    this.group.evaluate();
    this.budget.changed();
  }

  /** Gives back everything this lease holds (a failed attempt, a discarded answer, a scored pair). */
  releaseAll(): void {
    const held = this.#held;
    this.#held = 0;
    this.budget.give(held);
  }
}

export function formatMiB(bytes: number): string {
  const mib = bytes / MIB;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
