// `task.success`: does downstream logic still work with each answer. Every configured check must pass:
// JSON Pointer assertions, a JSON Schema, a regular expression, or a command that reads the answer on
// stdin and exits 0. Paired binary, so the judge's exact McNemar test applies; the reasons count which
// check failed on which side.

import { spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import type { ModelOutput } from '../../types.ts';
import { bothOk, countBinary, finishBinary, initBinary, mergeBinary, type BinaryState, type ShadowMetric, type Verdict } from '../metric.ts';
import { parseJsonText, resolvePointer } from '../extract.ts';
import type { PointerAssertion } from '../../manifest/llm-settings.ts';

export interface CompiledTask {
  id: string;
  assert?: PointerAssertion[];
  /** Compiled JSON Schema (Ajv), when the check has one. */
  validate?: ValidateFunction;
  matches?: RegExp[];
  regex?: RegExp;
  command?: string[];
  timeoutMs: number;
  /** Working directory of the command (the repository root). */
  cwd?: string;
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 10_000;

/** The answer as downstream code would read it: the text, else the tool calls or value as JSON. */
export function answerForTask(output: ModelOutput | undefined): string {
  if (!output) return '';
  if (output.text !== undefined && output.text !== '') return output.text;
  if (output.toolCalls?.length) {
    return JSON.stringify(output.toolCalls.map((c) => ({ name: c.name, arguments: parseJsonText(c.arguments).ok ? JSON.parse(c.arguments) : c.arguments })));
  }
  if (output.value !== undefined) return JSON.stringify(output.value);
  return output.text ?? '';
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The first failing assertion's reason, or undefined when all hold. */
function checkAssertion(document: unknown, assertion: PointerAssertion, pattern: RegExp | undefined): string | undefined {
  const found = resolvePointer(document, assertion.pointer);
  const at = assertion.pointer || '/';
  if (assertion.exists !== undefined && found.ok !== assertion.exists) return `${at} ${assertion.exists ? 'missing' : 'present'}`;
  if (!found.ok) return assertion.exists === false ? undefined : `${at} missing`;
  if (assertion.equals !== undefined && !isDeepStrictEqual(found.value, assertion.equals)) return `${at} not equal`;
  if (assertion.type !== undefined) {
    const actual = jsonType(found.value);
    if (!(actual === assertion.type || (assertion.type === 'number' && actual === 'integer'))) return `${at} not ${assertion.type}`;
  }
  if (pattern && !(typeof found.value === 'string' && pattern.test(found.value))) return `${at} does not match`;
  return undefined;
}

/** Runs the command with the answer on stdin: exit 0 passes. Never throws; a spawn error fails the check. */
export function runCommand(argv: string[], input: string, timeoutMs: number, cwd?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const [file, ...args] = argv as [string, ...string[]];
    const child = spawn(file, args, { cwd, stdio: ['pipe', 'ignore', 'ignore'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    child.on('error', (e: NodeJS.ErrnoException) => resolve(`command failed to start (${e.code ?? e.message})`));
    child.on('close', (code, signal) => resolve(code === 0 ? undefined : signal ? `command killed (${signal})` : `command exit ${code}`));
    // A command that exits without reading its stdin closes the pipe; that is its verdict, not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** Checks one answer against one task: the reasons it fails (empty when it passes). */
export async function checkTask(task: CompiledTask, output: ModelOutput | undefined): Promise<string[]> {
  const text = answerForTask(output);
  const reasons: string[] = [];
  const needsJson = (task.assert?.length ?? 0) > 0 || task.validate !== undefined;
  if (needsJson) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) reasons.push('not JSON');
    else {
      task.assert?.forEach((assertion, i) => {
        const why = checkAssertion(parsed.value, assertion, task.matches?.[i]);
        if (why) reasons.push(why);
      });
      if (task.validate && !task.validate(parsed.value)) {
        const first = task.validate.errors?.[0];
        reasons.push(first ? `schema ${first.keyword} at ${first.instancePath || '/'}` : 'schema');
      }
    }
  }
  if (task.regex && !task.regex.test(text)) reasons.push('regex');
  if (task.command && reasons.length === 0) {
    const why = await runCommand(task.command, text, task.timeoutMs, task.cwd);
    if (why) reasons.push(why);
  }
  return reasons.map((r) => `${task.id}: ${r}`);
}

async function verdict(tasks: readonly CompiledTask[], output: ModelOutput | undefined): Promise<Verdict> {
  const reasons: string[] = [];
  for (const task of tasks) reasons.push(...(await checkTask(task, output)));
  return reasons.length ? { pass: false, reasons } : { pass: true };
}

const META = { id: 'task.success', title: 'Task success', unit: 'rate', badDirection: 'decrease' as const };

export const taskSuccess: ShadowMetric<BinaryState> = {
  id: META.id,
  title: META.title,
  applies: (_kind, ctx) => (ctx.llm?.tasks?.length ?? 0) > 0,
  init: initBinary,
  async observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const tasks = ctx.llm?.tasks ?? [];
    const [b, c] = await Promise.all([verdict(tasks, pair.baseline.output), verdict(tasks, pair.candidate.output)]);
    countBinary(state, b, c);
  },
  merge: mergeBinary,
  finish: (state) => finishBinary(META, state, 'failedChecks'),
};
