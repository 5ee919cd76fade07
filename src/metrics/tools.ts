// Tool-call answers: is each side's call valid against its own declared tools, and do the two agree.

import type { MetricContext, ModelOutput, ToolCall, ToolDefinition, ToolsSurface } from '../types.ts';
import { deepEqual } from './json-diff.ts';
import { agreementMetric, binaryMetric, type ShadowMetric, type Verdict } from './metric.ts';
import { schemaErrorReason, validatorFor, withAjv } from './schema.ts';

/** How a side asked for tools to be used (ToolsSurface.choice / .parallel). */
export interface ToolPolicy {
  choice?: ToolsSurface['choice'];
  parallel?: boolean;
}

/**
 * MetricContext does not carry tool_choice yet; callers that know it pass this wider context.
 * Without it, a side's calls are checked against `auto` (no call is also valid).
 */
export interface ToolMetricContext extends MetricContext {
  baselineToolPolicy?: ToolPolicy;
  candidateToolPolicy?: ToolPolicy;
}

function parseArguments(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** Validity of one side's tool calls; reasons are short categories so they count well in the report. */
export function checkToolCalls(calls: readonly ToolCall[], tools: readonly ToolDefinition[], policy: ToolPolicy = {}): Verdict {
  const reasons = new Set<string>();
  const choice = policy.choice ?? 'auto';
  if (choice === 'required' && calls.length === 0) reasons.add('no call although tool_choice is required');
  if (choice === 'none' && calls.length > 0) reasons.add('call although tool_choice is none');
  if (typeof choice === 'object') {
    if (calls.length === 0) reasons.add(`no call although tool_choice names ${choice.name}`);
    else if (calls.some((c) => c.name !== choice.name)) reasons.add(`call other than the required ${choice.name}`);
  }
  if (policy.parallel === false && calls.length > 1) reasons.add('parallel calls although parallel_tool_calls is false');
  const declared = new Map(tools.map((t) => [t.name, t]));
  for (const call of calls) {
    const tool = declared.get(call.name);
    if (!tool) {
      reasons.add('undeclared tool name');
      continue;
    }
    const args = parseArguments(call.arguments);
    if (!args.ok) {
      reasons.add('arguments are not JSON');
      continue;
    }
    if (args.value === null || typeof args.value !== 'object' || Array.isArray(args.value)) {
      reasons.add('arguments are not an object');
      continue;
    }
    const validate = validatorFor(tool.parameters, `The parameters of tool ${tool.name}`);
    if (!validate(args.value)) reasons.add(`${tool.name}: ${schemaErrorReason(validate.errors)}`);
  }
  return reasons.size === 0 ? { pass: true } : { pass: false, reasons: [...reasons] };
}

function callsOf(output: ModelOutput | undefined): ToolCall[] {
  return output?.toolCalls ?? [];
}

export const toolsValid = withAjv(
  binaryMetric({
    id: 'tools.valid',
    title: 'Tool calls are valid',
    unit: 'rate',
    badDirection: 'decrease',
    applies: (kind) => kind === 'tool-calls',
    detailsTitle: 'invalidReasons',
    check(output, side, ctx) {
      const wide = ctx as ToolMetricContext;
      const tools = side === 'baseline' ? ctx.baselineTools : ctx.candidateTools;
      const policy = side === 'baseline' ? wide.baselineToolPolicy : wide.candidateToolPolicy;
      return checkToolCalls(callsOf(output), tools, policy);
    },
  }),
);

/** F1 of the two sets of called tool names; order and repeats are ignored; two answers without calls agree. */
export function nameF1(baseline: readonly ToolCall[], candidate: readonly ToolCall[]): number {
  const b = new Set(baseline.map((c) => c.name));
  const c = new Set(candidate.map((c) => c.name));
  if (b.size === 0 && c.size === 0) return 1;
  let common = 0;
  for (const name of c) if (b.has(name)) common++;
  if (common === 0) return 0;
  const precision = common / c.size;
  const recall = common / b.size;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * Share of name-matched calls (the k-th call of a name on one side with the k-th of that name on the
 * other) whose parsed arguments are deep-equal; arguments that are not JSON never match.
 * Undefined when no call matches by name.
 */
export function argumentsAgreement(baseline: readonly ToolCall[], candidate: readonly ToolCall[]): number | undefined {
  const byName = new Map<string, ToolCall[]>();
  for (const call of candidate) {
    const list = byName.get(call.name) ?? [];
    list.push(call);
    byName.set(call.name, list);
  }
  let matched = 0;
  let equal = 0;
  for (const call of baseline) {
    const other = byName.get(call.name)?.shift();
    if (!other) continue;
    matched++;
    const a = parseArguments(call.arguments);
    const b = parseArguments(other.arguments);
    if (a.ok && b.ok && deepEqual(a.value, b.value)) equal++;
  }
  return matched === 0 ? undefined : equal / matched;
}

export const toolsNameF1 = agreementMetric({
  id: 'tools.name_f1',
  title: 'Tool names called (F1)',
  kinds: ['tool-calls'],
  threshold: 1,
  score: (b, c) => nameF1(callsOf(b), callsOf(c)),
});

export const toolsArgsEqual = agreementMetric({
  id: 'tools.args_equal',
  title: 'Tool arguments equal (calls matched by name)',
  kinds: ['tool-calls'],
  threshold: 1,
  score: (b, c) => argumentsAgreement(callsOf(b), callsOf(c)),
});

export const toolMetrics: ShadowMetric[] = [toolsValid, toolsNameF1, toolsArgsEqual] as ShadowMetric[];
