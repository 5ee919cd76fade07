// Model calls a metric has started for its pairs and not yet seen finish, per metric state (kept outside the
// JSON state). observe() adds one and waits once too many are pending, which bounds the pairs held in memory;
// flush() waits for all.
export class PendingCalls<State extends object> {
  private readonly byState = new WeakMap<State, Set<Promise<void>>>();
  private readonly maxWaiting: number;

  constructor(maxWaiting = 256) {
    this.maxWaiting = maxWaiting;
  }

  async add(state: State, task: Promise<void>): Promise<void> {
    let pending = this.byState.get(state);
    if (!pending) this.byState.set(state, (pending = new Set()));
    const tracked = pending;
    tracked.add(task);
    void task.finally(() => tracked.delete(task));
    if (tracked.size >= this.maxWaiting) await Promise.race(tracked);
  }

  async drain(state: State): Promise<void> {
    const pending = this.byState.get(state);
    while (pending && pending.size > 0) await Promise.all([...pending]);
  }
}
