// Turns the manifest's `shadow.llm` section into what the metrics use: compiled refusal patterns, task
// checks, each side's price. Everything a JSON Schema cannot check is checked here and reported as a
// UserError at the field's file:line, before any request is sent.

import { UserError } from '../../errors.ts';
import type { SourceLocation } from '../../types.ts';
import { loadAjv } from '../../core/ajv-loader.ts';
import { formatPath } from '../../manifest/yaml-locate.ts';
import { validatorFor } from '../schema.ts';
import { compileRefusalPatterns, DEFAULT_REFUSAL_PATTERNS } from './refusal.ts';
import type { LlmSettings, ModelPrice } from '../../manifest/llm-settings.ts';
import { DEFAULT_COMMAND_TIMEOUT_MS, type CompiledTask } from './task.ts';

export type Locate = (path: Array<string | number>) => SourceLocation | undefined;

const AT = ['shadow', 'llm'];

function regex(source: string, flags: string, path: Array<string | number>, locate: Locate): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new UserError(
      `${formatPath([...AT, ...path])} is not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`,
      locate([...AT, ...path]),
    );
  }
}

export interface CompiledLlm {
  refusalPatterns?: RegExp[];
  tasks?: CompiledTask[];
}

/** Compiles patterns and checks; throws a located UserError for the first bad one. */
export async function compileLlmSettings(settings: LlmSettings, locate: Locate, repoRoot?: string): Promise<CompiledLlm> {
  const compiled: CompiledLlm = {};
  if (settings.refusals?.enabled !== false) {
    const patterns = settings.refusals?.patterns;
    compiled.refusalPatterns = patterns
      ? patterns.map((p, i) => regex(p, 'iu', ['refusals', 'patterns', i], locate))
      : compileRefusalPatterns(DEFAULT_REFUSAL_PATTERNS);
  }
  if (settings.tasks?.length) {
    const ids = new Set<string>();
    if (settings.tasks.some((t) => t.schema)) await loadAjv();
    compiled.tasks = settings.tasks.map((task, i): CompiledTask => {
      if (ids.has(task.id)) throw new UserError(`shadow.llm.tasks[${i}].id "${task.id}" is used twice`, locate([...AT, 'tasks', i, 'id']));
      ids.add(task.id);
      const out: CompiledTask = { id: task.id, timeoutMs: task.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, ...(repoRoot ? { cwd: repoRoot } : {}) };
      if (task.assert) {
        out.assert = task.assert;
        out.matches = task.assert.map((a, j) =>
          a.matches !== undefined ? regex(a.matches, 'u', ['tasks', i, 'assert', j, 'matches'], locate) : undefined,
        ) as RegExp[];
      }
      if (task.regex !== undefined) out.regex = regex(task.regex, 'u', ['tasks', i, 'regex'], locate);
      if (task.schema) {
        try {
          out.validate = validatorFor(task.schema, `shadow.llm.tasks[${i}].schema`);
        } catch (e) {
          if (e instanceof UserError) throw new UserError(e.message, locate([...AT, 'tasks', i, 'schema']));
          throw e;
        }
      }
      if (task.command) out.command = task.command;
      return out;
    });
  }
  const edges = settings.split?.promptTokens;
  if (edges) {
    const bad = edges.findIndex((edge, i) => i > 0 && edge <= edges[i - 1]!);
    if (bad > 0)
      throw new UserError(
        `shadow.llm.split.promptTokens must be ascending (${edges[bad]} follows ${edges[bad - 1]})`,
        locate([...AT, 'split', 'promptTokens', bad]),
      );
  }
  return compiled;
}

/** The price of a model id; a located UserError when the table lacks it. */
export function priceOf(settings: LlmSettings, model: string, who: string, locate: Locate): ModelPrice {
  const price = settings.prices?.[model];
  if (!price) {
    const known = Object.keys(settings.prices ?? {});
    throw new UserError(
      `shadow.llm.prices has no price for the ${who} model "${model}"${known.length ? ` (priced: ${known.join(', ')})` : ''}`,
      locate([...AT, 'prices']),
      `add "${model}": { input: …, output: … } (USD per million tokens)`,
    );
  }
  return price;
}
