import type { ErrorObject } from 'ajv';
import { formatPath, pointerToPath } from './yaml-locate.ts';

/** One schema violation, phrased for a person: `<path> <message>`, located at the key or the value. */
export interface SchemaProblem {
  path: string[];
  /** Point at the mapping key (unknown or misnamed field) rather than the value. */
  atKey: boolean;
  /** Point at the parent because the path does not exist in the document (missing field). */
  missing: boolean;
  message: string;
}

// The keywords that say *that* a branch failed, not *what* is wrong: their sub-errors are more useful.
const COMBINATORS = new Set(['if', 'oneOf', 'anyOf', 'allOf', 'then', 'else']);
const PRIORITY = ['additionalProperties', 'propertyNames', 'not', 'required', 'enum', 'const', 'type', 'oneOf'];

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    return looksLikeSecret(value) ? 'a value that looks like a credential' : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}

const SECRET_VALUE =
  /^(?:sk-[A-Za-z0-9_-]{16,}|sk-(?:proj|ant)-\S{8,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|(?:Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*)$/;

/** Credential formats of the common providers, and `Bearer …` header values. */
export function looksLikeSecret(value: string): boolean {
  return SECRET_VALUE.test(value.trim());
}

function typeName(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'an integer';
    case 'null':
      return 'null';
    default:
      return `a ${type}`;
  }
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diag = above;
    }
  }
  return row[b.length]!;
}

/** The closest of `options` to `word`, when close enough to be a likely typo. */
export function suggest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = editDistance(word, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function custom(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  if (error.keyword === 'pattern' && typeof parent?.patternErrorMessage === 'string') return parent.patternErrorMessage;
  if (error.keyword === 'propertyNames') {
    const own = (error.schema as Record<string, unknown> | undefined)?.errorMessage;
    if (typeof own === 'string') return own;
  }
  return typeof parent?.errorMessage === 'string' ? parent.errorMessage : undefined;
}

function problemOf(error: ErrorObject, data: unknown, rootName: string): SchemaProblem {
  const base = pointerToPath(error.instancePath);
  const value = valueAt(data, base);
  const got = ` (got ${describeValue(value)})`;
  const params = error.params as Record<string, unknown>;
  const message = custom(error);
  switch (error.keyword) {
    case 'required': {
      const path = [...base, String(params.missingProperty)];
      return { path, atKey: false, missing: true, message: message ?? 'is required' };
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const props = Object.keys(((error.parentSchema as Record<string, unknown>)?.properties as object) ?? {});
      const hint = suggest(name, props);
      const known = props.length ? `; expected one of: ${props.join(', ')}` : '';
      const paramsHint = !hint && base.length === 1 && base[0] === 'model' ? ' (request parameters such as temperature go under model.params)' : '';
      return {
        path: [...base, name],
        atKey: true,
        missing: false,
        message: `is not a known field of ${formatPath(base, rootName)}${hint ? ` (did you mean "${hint}"?)` : known}${paramsHint}`,
      };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      return { path: [...base, name], atKey: true, missing: false, message: message ?? 'is not an allowed name' };
    }
    case 'type': {
      const types = String(params.type).split(',').map(typeName).join(' or ');
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${types}`}${got}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof value === 'string' ? suggest(value, allowed) : undefined;
      const text = message ?? `must be one of ${allowed.join(', ')}`;
      return { path: base, atKey: false, missing: false, message: `${text}${got}${hint ? `; did you mean "${hint}"?` : ''}` };
    }
    case 'const':
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${JSON.stringify(params.allowedValue)}`}${got}` };
    case 'pattern':
      return { path: base, atKey: false, missing: false, message: `${message ?? `must match ${String(params.pattern)}`}${got}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${String(params.comparison)} ${String(params.limit)}`}${got}` };
    case 'minLength':
      return {
        path: base,
        atKey: false,
        missing: false,
        message: message ?? (params.limit === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} characters`),
      };
    case 'minItems':
      return {
        path: base,
        atKey: false,
        missing: false,
        message: message ?? `must have at least ${String(params.limit)} ${params.limit === 1 ? 'entry' : 'entries'}`,
      };
    case 'minProperties':
      return { path: base, atKey: false, missing: false, message: message ?? 'must not be empty' };
    case 'uniqueItems':
      return {
        path: base,
        atKey: false,
        missing: false,
        message: message ?? `must not repeat entries (entries ${String(params.j)} and ${String(params.i)} are the same)`,
      };
    default:
      return { path: base, atKey: false, missing: false, message: `${message ?? error.message ?? 'is invalid'}${value === undefined ? '' : got}` };
  }
}

function isPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.length < long.length && short.every((s, i) => long[i] === s);
}

/**
 * Reduces Ajv's errors (allErrors) to the problems worth showing, most specific first within a spot:
 * combinator noise is dropped, a branch group with its own message replaces its branches,
 * and an error on a parent is dropped when a child has one. `order` sorts the survivors by place.
 */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown, rootName = 'manifest'): SchemaProblem[] {
  let kept = errors.filter((e) => !['if', 'then', 'else', 'allOf'].includes(e.keyword));
  // A oneOf/anyOf carrying its own message explains itself better than each branch's failure.
  for (const group of kept.filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && custom(e))) {
    kept = kept.filter((e) => e === group || !e.schemaPath.startsWith(`${group.schemaPath}/`));
  }
  kept = kept.filter((e) => !COMBINATORS.has(e.keyword) || custom(e) || kept.every((o) => o === e || !o.schemaPath.startsWith(`${e.schemaPath}/`)));
  // The propertyNames error names the key; its inner error does not.
  const propertyNameGroups = kept.filter((e) => e.keyword === 'propertyNames');
  kept = kept.filter((e) => e.keyword === 'propertyNames' || !propertyNameGroups.some((g) => e.schemaPath.startsWith(`${g.schemaPath}/`)));

  const problems = kept.map((e) => ({ problem: problemOf(e, data, rootName), keyword: e.keyword }));
  const specific = problems.filter((p) => !problems.some((o) => isPrefix(p.problem.path, o.problem.path)));
  const seen = new Set<string>();
  return specific
    .sort((a, b) => rank(a.keyword) - rank(b.keyword))
    .map((p) => p.problem)
    .filter((p) => {
      const key = `${p.path.join('\u0000')}|${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function rank(keyword: string): number {
  const i = PRIORITY.indexOf(keyword);
  return i === -1 ? PRIORITY.length : i;
}
