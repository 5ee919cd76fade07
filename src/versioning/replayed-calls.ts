// Confirms a tool-schema classification with real data: every tool call recorded in the shadow
// replay is validated against both schemas. A baseline call that its own (old) schema accepts and the
// new schema rejects is an old call the new implementation would refuse; a candidate call the old
// schema rejects is a new call an old implementation would refuse.
import { loadAjv, loadedAjv } from '../core/ajv-loader.ts';
import { schemaErrorReason, validatorFor } from '../metrics/schema.ts';
import type { CallResult, Pair, ToolCall, ToolDefinition } from '../types.ts';

export interface RejectedCall {
  /** The side that made the call. */
  side: 'baseline' | 'candidate';
  recordId: string;
  line: number;
  arguments: string;
  /** Why the other side's schema rejects it: `required at /`, or a missing tool. */
  reason: string;
}

export interface ReplayedCallCounts {
  tool: string;
  /** Baseline calls valid under the old schema, and how many of them the new schema rejects. */
  oldCalls: number;
  oldRejectedByNew: number;
  /** Candidate calls valid under the new schema, and how many of them the old schema rejects. */
  newCalls: number;
  newRejectedByOld: number;
  /** Up to a few examples per direction. */
  examples: RejectedCall[];
}

const EXAMPLES_PER_DIRECTION = 3;

function parseObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first examples per direction in dataset order (a record's calls in call order): the same whatever
 * order the pairs finished in, and however the run was split into shards.
 */
function keptExamples(examples: RejectedCall[]): RejectedCall[] {
  const sorted = examples.map((example, i) => ({ example, i })).sort((a, b) => a.example.line - b.example.line || a.i - b.i);
  const kept: RejectedCall[] = [];
  for (const side of ['baseline', 'candidate'] as const)
    kept.push(
      ...sorted
        .filter((x) => x.example.side === side)
        .slice(0, EXAMPLES_PER_DIRECTION)
        .map((x) => x.example),
    );
  return kept.sort((a, b) => a.line - b.line);
}

/** The replayed calls of two shards as one run would count them (tools sorted by name). */
export function mergeReplayedCalls(a: readonly ReplayedCallCounts[], b: readonly ReplayedCallCounts[]): ReplayedCallCounts[] {
  const byTool = new Map<string, ReplayedCallCounts>();
  for (const c of [...a, ...b]) {
    const e = byTool.get(c.tool);
    if (!e) {
      byTool.set(c.tool, { ...c, examples: [...c.examples] });
      continue;
    }
    e.oldCalls += c.oldCalls;
    e.oldRejectedByNew += c.oldRejectedByNew;
    e.newCalls += c.newCalls;
    e.newRejectedByOld += c.newRejectedByOld;
    e.examples = keptExamples([...e.examples, ...c.examples]);
  }
  return [...byTool.values()].sort((x, y) => (x.tool < y.tool ? -1 : x.tool > y.tool ? 1 : 0));
}

export class ReplayedCalls {
  private readonly base: Map<string, ToolDefinition>;
  private readonly head: Map<string, ToolDefinition>;
  private readonly counts = new Map<string, ReplayedCallCounts>();

  constructor(baseTools: readonly ToolDefinition[], headTools: readonly ToolDefinition[]) {
    this.base = new Map(baseTools.map((t) => [t.name, t]));
    this.head = new Map(headTools.map((t) => [t.name, t]));
  }

  /** True when there is anything to compare (both sides offer tools). */
  get active(): boolean {
    return this.base.size > 0 || this.head.size > 0;
  }

  private entry(tool: string): ReplayedCallCounts {
    let e = this.counts.get(tool);
    if (!e) this.counts.set(tool, (e = { tool, oldCalls: 0, oldRejectedByNew: 0, newCalls: 0, newRejectedByOld: 0, examples: [] }));
    return e;
  }

  private check(side: 'baseline' | 'candidate', call: ToolCall, pair: Pair): void {
    const own = (side === 'baseline' ? this.base : this.head).get(call.name);
    const other = (side === 'baseline' ? this.head : this.base).get(call.name);
    const args = parseObject(call.arguments);
    // A call its own schema rejects is a model error (counted by tools.valid), not evidence about compatibility.
    if (!own || !args || !validatorFor(own.parameters, `The parameters of tool ${own.name}`)(args)) return;
    const e = this.entry(call.name);
    let reason: string | undefined;
    if (!other) {
      reason = `no tool ${call.name} on the ${side === 'baseline' ? 'new' : 'old'} side`;
    } else {
      const validate = validatorFor(other.parameters, `The parameters of tool ${other.name}`);
      if (!validate(args)) reason = schemaErrorReason(validate.errors);
    }
    if (side === 'baseline') {
      e.oldCalls++;
      if (reason) e.oldRejectedByNew++;
    } else {
      e.newCalls++;
      if (reason) e.newRejectedByOld++;
    }
    if (reason) e.examples = keptExamples([...e.examples, { side, recordId: pair.record.id, line: pair.record.line, arguments: call.arguments, reason }]);
  }

  private observeSide(side: 'baseline' | 'candidate', result: CallResult | undefined, pair: Pair): void {
    if (!result?.ok) return;
    for (const call of result.output?.toolCalls ?? []) this.check(side, call, pair);
  }

  observe(pair: Pair): void | Promise<void> {
    if (!this.active) return;
    const run = () => {
      this.observeSide('baseline', pair.baseline, pair);
      this.observeSide('candidate', pair.candidate, pair);
    };
    return loadedAjv() ? run() : loadAjv().then(run);
  }

  /** Per tool that was called, sorted by name. */
  results(): ReplayedCallCounts[] {
    return [...this.counts.values()].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
  }
}
