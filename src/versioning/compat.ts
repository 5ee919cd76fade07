// Tool-schema compatibility. During a canary the old and the new prompt are live at once, so a tool
// implementation sees calls made under either schema. For each tool the base and head parameter
// schemas are compared structurally in both directions:
//   BACKWARD  the new schema accepts every call the old one accepts (new implementation, old calls)
//   FORWARD   the old schema accepts every call the new one accepts (old implementation, new calls)
//   FULL      both; BREAKING neither.
// The comparison is conservative: what it cannot prove compatible (a changed `pattern`, `not`,
// `if`) counts as a problem, with the keyword named. A call is taken to carry only the properties
// its schema declares (models fill in the declared parameters), so adding an optional property to
// an open schema is not a problem; adding one to a closed schema (additionalProperties: false) is.
import { canonicalJson } from '../core/canonical-json.ts';
import type { ToolDefinition } from '../types.ts';

export type CompatibilityClass = 'FULL' | 'BACKWARD' | 'FORWARD' | 'BREAKING';
/** What a manifest can require of a tool change: a class, or NONE for no requirement. */
export type CompatibilityLevel = CompatibilityClass | 'NONE';

export type ProblemRule =
  | 'required-added'
  | 'property-not-allowed'
  | 'type-changed'
  | 'enum-changed'
  | 'bound-tightened'
  | 'pattern-changed'
  | 'format-changed'
  | 'tool-missing'
  | 'unproven';

/** One way calls valid under one schema can be rejected by the other. */
export interface CompatProblem {
  rule: ProblemRule;
  /** Where in the parameters, as a dotted path (`address.zip`, `items[]`); empty for the top level. */
  path: string;
  message: string;
}

export interface SchemaComparison {
  class: CompatibilityClass;
  /** Why old calls can fail the new schema (empty when it is BACKWARD or FULL). */
  backward: CompatProblem[];
  /** Why new calls can fail the old schema (empty when it is FORWARD or FULL). */
  forward: CompatProblem[];
  /** One sentence: the class and its main reason. */
  reason: string;
}

type Schema = boolean | Record<string, unknown>;

/** Keywords compared below, or that only describe; any other keyword that differs is reported as unproven. */
const HANDLED_KEYWORDS = new Set([
  'title',
  'description',
  'examples',
  'default',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
  '$defs',
  'definitions',
  'additionalProperties',
  'properties',
  'required',
  'type',
  'enum',
  'const',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'anyOf',
  'oneOf',
  'allOf',
  '$ref',
  'nullable',
]);

interface Side {
  root: Schema;
  /** What the side's calls are called in messages: `old calls`, `the new schema` … */
  name: string;
}

interface Walk {
  /** The schema that must accept. */
  wide: Side;
  /** The schema whose calls are offered. */
  narrow: Side;
  problems: CompatProblem[];
  seen: Set<string>;
}

const TYPES = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'] as const;

function typeOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function resolveRef(schema: Schema, root: Schema, depth = 0): Schema {
  if (typeof schema !== 'object' || typeof schema.$ref !== 'string' || depth > 32) return schema;
  const ref = schema.$ref;
  if (!ref.startsWith('#')) return true; // only references within the file are followed
  let target: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    target = target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[decodeURIComponent(key)] : undefined;
  }
  if (typeof target !== 'boolean' && (target === null || typeof target !== 'object')) return true;
  const { $ref: _ref, ...rest } = schema;
  const resolved = resolveRef(target as Schema, root, depth + 1);
  // Siblings of $ref (2020-12) apply together with the target; merged shallowly where they do not clash.
  return Object.keys(rest).length && typeof resolved === 'object' ? { ...resolved, ...rest } : resolved;
}

/** The JSON types a schema admits (`integer` inside `number`), from `type`, `enum` or `const`. */
function typesOf(s: Record<string, unknown>): Set<string> | undefined {
  let types: Set<string> | undefined;
  if (typeof s.type === 'string') types = new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type as string[]);
  if (s.nullable === true && types) types.add('null');
  const values = valuesOf(s);
  if (values) {
    const fromValues = new Set(values.map(typeOfValue));
    types = types ? new Set([...fromValues].filter((t) => types!.has(t) || (t === 'integer' && types!.has('number')))) : fromValues;
  }
  return types;
}

function valuesOf(s: Record<string, unknown>): unknown[] | undefined {
  if ('const' in s) return [s.const];
  if (Array.isArray(s.enum)) return s.enum;
  return undefined;
}

function admits(types: Set<string> | undefined, type: string): boolean {
  return !types || types.has(type) || (type === 'integer' && types.has('number'));
}

function listTypes(types: Set<string> | undefined): string {
  return types ? [...types].sort().join(' | ') : 'any';
}

function show(path: string): string {
  return path === '' ? 'the parameters' : `\`${path}\``;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function add(w: Walk, rule: ProblemRule, path: string, message: string): void {
  w.problems.push({ rule, path, message });
}

function boundProblem(w: Walk, path: string, keyword: string, wideValue: unknown, narrowValue: unknown, lower: boolean): void {
  const wv = typeof wideValue === 'number' ? wideValue : undefined;
  const nv = typeof narrowValue === 'number' ? narrowValue : undefined;
  if (wv === undefined) return;
  const tighter = nv === undefined || (lower ? wv > nv : wv < nv);
  if (tighter) {
    add(
      w,
      'bound-tightened',
      path,
      `${show(path)}: ${w.wide.name} has ${keyword} ${wv}, which ${w.narrow.name} ${nv === undefined ? 'do not have' : `have as ${nv}`}`,
    );
  }
}

/** Adds to `w.problems` every way an instance valid under `narrow` can be invalid under `wide`. */
function compare(w: Walk, wideIn: Schema, narrowIn: Schema, path: string): void {
  const wide = resolveRef(wideIn, w.wide.root);
  const narrow = resolveRef(narrowIn, w.narrow.root);
  if (wide === true || narrow === false) return;
  if (wide === false) {
    add(w, 'property-not-allowed', path, `${show(path)}: ${w.wide.name} allows nothing here`);
    return;
  }
  const n: Record<string, unknown> = narrow === true ? {} : narrow;
  // Each pair of schemas is compared once, wherever it recurs: a recursive $ref (a tree's children) ends here.
  const key = `${canonicalJson(wide)}\u0000${canonicalJson(n)}`;
  if (w.seen.has(key)) return;
  w.seen.add(key);
  if (canonicalJson(stripAnnotations(wide)) === canonicalJson(stripAnnotations(n)) && !hasRef(wide) && !hasRef(n)) return;

  // Combinators. Narrow alternatives must each fit; a wide alternative set must fit the narrow schema somewhere.
  const narrowAlternatives = (n.anyOf ?? n.oneOf) as Schema[] | undefined;
  if (Array.isArray(narrowAlternatives)) {
    const { anyOf: _a, oneOf: _o, ...base } = n;
    for (const alternative of narrowAlternatives) compare(w, wide, merge(base, alternative, w.narrow.root), path);
    return;
  }
  const wideAlternatives = (wide.anyOf ?? wide.oneOf) as Schema[] | undefined;
  if (Array.isArray(wideAlternatives)) {
    const { anyOf: _a, oneOf: _o, ...base } = wide;
    const attempts = wideAlternatives.map((alternative) => {
      const trial: Walk = { ...w, problems: [], seen: new Set(w.seen) };
      compare(trial, merge(base, alternative, w.wide.root), n, path);
      return trial.problems;
    });
    const fitting = attempts.find((p) => p.length === 0);
    if (!fitting) w.problems.push(...(attempts.sort((a, b) => a.length - b.length)[0] ?? []));
    return;
  }
  if (Array.isArray(wide.allOf)) {
    const { allOf, ...base } = wide;
    for (const part of [base, ...(allOf as Schema[])]) compare(w, part, n, path);
    return;
  }
  if (Array.isArray(n.allOf)) {
    const { allOf, ...base } = n;
    const merged = (allOf as Schema[]).reduce<Schema>((acc, part) => merge(acc as Record<string, unknown>, part, w.narrow.root), base);
    compare(w, wide, merged, path);
    return;
  }

  // Keywords this comparison does not model: any difference is reported, not guessed.
  for (const k of new Set([...Object.keys(wide), ...Object.keys(n)])) {
    if (HANDLED_KEYWORDS.has(k)) continue;
    if (canonicalJson(wide[k]) !== canonicalJson(n[k])) {
      add(w, 'unproven', path, `${show(path)}: \`${k}\` differs between the schemas and is not checked structurally`);
    }
  }

  const wideTypes = typesOf(wide);
  const narrowTypes = typesOf(n);
  const narrowValues = valuesOf(n);
  const wideValues = valuesOf(wide);
  if (wideTypes) {
    const outside = narrowTypes ? [...narrowTypes].filter((t) => !admits(wideTypes, t)) : TYPES.filter((t) => !admits(wideTypes, t));
    if (outside.length > 0) {
      add(
        w,
        'type-changed',
        path,
        `${show(path)}: ${w.wide.name} takes ${listTypes(wideTypes)}, ${w.narrow.name} may send ${narrowTypes ? listTypes(narrowTypes) : 'any type'}`,
      );
      return;
    }
  }
  if (wideValues) {
    if (!narrowValues) {
      add(
        w,
        'enum-changed',
        path,
        `${show(path)}: ${w.wide.name} takes only ${wideValues.map((v) => JSON.stringify(v)).join(', ')}; ${w.narrow.name} may send any value`,
      );
    } else {
      const keys = new Set(wideValues.map((v) => canonicalJson(v)));
      const missing = narrowValues.filter((v) => !keys.has(canonicalJson(v)));
      if (missing.length > 0) {
        add(
          w,
          'enum-changed',
          path,
          `${show(path)}: ${w.wide.name} does not take ${missing.map((v) => JSON.stringify(v)).join(', ')}, which ${w.narrow.name} may send`,
        );
      }
    }
    return; // every narrow value is one of the wide values: nothing else can fail
  }
  if (narrowValues) return; // values were checked against the wide type; deeper keywords are rare here

  const may = (type: string) => admits(narrowTypes, type) && admits(wideTypes, type);
  if (may('object')) compareObjects(w, wide, n, path);
  if (may('array')) compareArrays(w, wide, n, path);
  if (may('string')) {
    boundProblem(w, path, 'minLength', wide.minLength, n.minLength, true);
    boundProblem(w, path, 'maxLength', wide.maxLength, n.maxLength, false);
    if (wide.pattern !== undefined && wide.pattern !== n.pattern) {
      add(
        w,
        'pattern-changed',
        path,
        `${show(path)}: ${w.wide.name} requires the pattern ${JSON.stringify(wide.pattern)}${n.pattern !== undefined ? ` instead of ${JSON.stringify(n.pattern)}` : ''}`,
      );
    }
    if (wide.format !== undefined && wide.format !== n.format) {
      add(
        w,
        'format-changed',
        path,
        `${show(path)}: ${w.wide.name} requires the format ${String(wide.format)}${n.format !== undefined ? ` instead of ${String(n.format)}` : ''}`,
      );
    }
  }
  if (may('number') || may('integer')) {
    boundProblem(w, path, 'minimum', wide.minimum, n.minimum ?? n.exclusiveMinimum, true);
    boundProblem(w, path, 'maximum', wide.maximum, n.maximum ?? n.exclusiveMaximum, false);
    boundProblem(
      w,
      path,
      'exclusiveMinimum',
      wide.exclusiveMinimum,
      n.exclusiveMinimum ?? (typeof n.minimum === 'number' ? n.minimum - Number.EPSILON : undefined),
      true,
    );
    boundProblem(
      w,
      path,
      'exclusiveMaximum',
      wide.exclusiveMaximum,
      n.exclusiveMaximum ?? (typeof n.maximum === 'number' ? n.maximum + Number.EPSILON : undefined),
      false,
    );
    if (
      wide.multipleOf !== undefined &&
      !(typeof n.multipleOf === 'number' && typeof wide.multipleOf === 'number' && Number.isInteger(n.multipleOf / wide.multipleOf))
    ) {
      add(w, 'bound-tightened', path, `${show(path)}: ${w.wide.name} requires a multiple of ${String(wide.multipleOf)}`);
    }
  }
}

function hasRef(s: Record<string, unknown>): boolean {
  return JSON.stringify(s).includes('"$ref"');
}

function stripAnnotations(s: Record<string, unknown>): unknown {
  if (Array.isArray(s)) return s.map((v) => (v !== null && typeof v === 'object' ? stripAnnotations(v as Record<string, unknown>) : v));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'title' || k === 'description' || k === 'examples' || k === '$comment' || k === 'default' || k === 'deprecated') continue;
    out[k] = v !== null && typeof v === 'object' ? stripAnnotations(v as Record<string, unknown>) : v;
  }
  return out;
}

/** A base schema with one alternative's keywords over it (the alternative's $ref resolved first). */
function merge(base: Record<string, unknown>, alternative: Schema, root: Schema): Schema {
  const resolved = resolveRef(alternative, root);
  if (typeof resolved === 'boolean') return Object.keys(base).length === 0 || resolved === false ? resolved : base;
  const out: Record<string, unknown> = { ...base, ...resolved };
  if (base.properties && resolved.properties) out.properties = { ...(base.properties as object), ...(resolved.properties as object) };
  if (Array.isArray(base.required) || Array.isArray(resolved.required)) {
    out.required = [...new Set([...((base.required as string[]) ?? []), ...((resolved.required as string[]) ?? [])])];
  }
  return out;
}

function compareObjects(w: Walk, wide: Record<string, unknown>, n: Record<string, unknown>, path: string): void {
  const wideProps = (wide.properties ?? {}) as Record<string, Schema>;
  const narrowProps = (n.properties ?? {}) as Record<string, Schema>;
  const narrowRequired = new Set((n.required ?? []) as string[]);
  for (const name of (wide.required ?? []) as string[]) {
    if (!narrowRequired.has(name)) {
      add(w, 'required-added', join(path, name), `${show(join(path, name))} is required by ${w.wide.name}, and ${w.narrow.name} may leave it out`);
    }
  }
  for (const [name, schema] of Object.entries(narrowProps)) {
    const here = join(path, name);
    if (name in wideProps) {
      compare(w, wideProps[name]!, schema, here);
    } else if (wide.additionalProperties === false) {
      add(w, 'property-not-allowed', here, `${show(here)} is not allowed by ${w.wide.name} (additionalProperties: false), and ${w.narrow.name} may send it`);
    } else if (wide.additionalProperties !== undefined && wide.additionalProperties !== true) {
      compare(w, wide.additionalProperties as Schema, schema, here);
    }
  }
  if (
    n.additionalProperties !== undefined &&
    n.additionalProperties !== false &&
    typeof n.additionalProperties === 'object' &&
    wide.additionalProperties === false
  ) {
    add(w, 'property-not-allowed', path, `${show(path)}: ${w.narrow.name} may send extra properties, which ${w.wide.name} does not allow`);
  }
  boundProblem(w, path, 'minProperties', wide.minProperties, n.minProperties, true);
  boundProblem(w, path, 'maxProperties', wide.maxProperties, n.maxProperties, false);
}

function compareArrays(w: Walk, wide: Record<string, unknown>, n: Record<string, unknown>, path: string): void {
  const here = `${path}[]`;
  const widePrefix = (wide.prefixItems ?? []) as Schema[];
  const narrowPrefix = (n.prefixItems ?? []) as Schema[];
  const length = Math.max(widePrefix.length, narrowPrefix.length);
  for (let i = 0; i < length; i++) {
    compare(w, widePrefix[i] ?? (wide.items as Schema | undefined) ?? true, narrowPrefix[i] ?? (n.items as Schema | undefined) ?? true, `${path}[${i}]`);
  }
  if (wide.items !== undefined) compare(w, wide.items as Schema, (n.items as Schema | undefined) ?? true, here);
  boundProblem(w, path, 'minItems', wide.minItems, n.minItems, true);
  boundProblem(w, path, 'maxItems', wide.maxItems, n.maxItems, false);
  if (wide.uniqueItems === true && n.uniqueItems !== true) {
    add(w, 'bound-tightened', path, `${show(path)}: ${w.wide.name} requires unique items, which ${w.narrow.name} may repeat`);
  }
}

function problems(wide: Side, narrow: Side): CompatProblem[] {
  const w: Walk = { wide, narrow, problems: [], seen: new Set() };
  compare(w, wide.root, narrow.root, '');
  // One message per place and rule (alternatives can report the same one twice).
  const unique = new Map(w.problems.map((p) => [`${p.rule} ${p.path} ${p.message}`, p]));
  return [...unique.values()];
}

export function classify(backward: readonly unknown[], forward: readonly unknown[]): CompatibilityClass {
  if (backward.length === 0 && forward.length === 0) return 'FULL';
  if (backward.length === 0) return 'BACKWARD';
  if (forward.length === 0) return 'FORWARD';
  return 'BREAKING';
}

/** Compares two JSON Schemas (a tool's `parameters`, base and head). */
export function compareSchemas(base: Schema, head: Schema): SchemaComparison {
  const backward = problems({ root: head, name: 'the new schema' }, { root: base, name: 'old calls' });
  const forward = problems({ root: base, name: 'the old schema' }, { root: head, name: 'new calls' });
  const cls = classify(backward, forward);
  const reason =
    cls === 'FULL'
      ? 'old and new calls are accepted by both schemas'
      : cls === 'BACKWARD'
        ? `the new schema accepts old calls, but the old implementation rejects new ones: ${forward[0]!.message}`
        : cls === 'FORWARD'
          ? `the old implementation accepts new calls, but the new schema rejects old ones: ${backward[0]!.message}`
          : `neither side accepts the other's calls: ${backward[0]!.message}; ${forward[0]!.message}`;
  return { class: cls, backward, forward, reason };
}

/** Whether a change of class `actual` meets the required `level`. */
export function meets(actual: CompatibilityClass, level: CompatibilityLevel): boolean {
  if (level === 'NONE' || actual === 'FULL') return true;
  return actual === level;
}

export type ToolChangeKind = 'unchanged' | 'changed' | 'added' | 'removed' | 'renamed';

export interface ToolCompatibility {
  tool: string;
  /** The tool's old name, for a rename. */
  from?: string;
  change: ToolChangeKind;
  class: CompatibilityClass;
  reason: string;
  backward: CompatProblem[];
  forward: CompatProblem[];
}

/**
 * Compares the tools of two sides by name. A removed tool is BREAKING (old prompts still call it);
 * an added one is BACKWARD (old implementations do not know it). A removed and an added tool with
 * the same parameters, or read from the same file, are reported as one rename, which is BREAKING too.
 */
export function compareTools(
  base: readonly ToolDefinition[],
  head: readonly ToolDefinition[],
  files?: { base: readonly string[]; head: readonly string[] },
): ToolCompatibility[] {
  const baseByName = new Map(base.map((t, i) => [t.name, { tool: t, file: files?.base[i] }]));
  const headByName = new Map(head.map((t, i) => [t.name, { tool: t, file: files?.head[i] }]));
  const out: ToolCompatibility[] = [];
  const removed = [...baseByName.keys()].filter((n) => !headByName.has(n));
  const added = [...headByName.keys()].filter((n) => !baseByName.has(n));
  const renamedTo = new Map<string, string>();
  for (const old of removed) {
    const b = baseByName.get(old)!;
    const match = added.find((n) => {
      const h = headByName.get(n)!;
      return (
        ![...renamedTo.values()].includes(n) &&
        ((b.file !== undefined && b.file === h.file) || canonicalJson(h.tool.parameters) === canonicalJson(b.tool.parameters))
      );
    });
    if (match) renamedTo.set(old, match);
  }
  for (const [name, { tool }] of baseByName) {
    const now = headByName.get(name);
    if (now) {
      const c = compareSchemas(tool.parameters, now.tool.parameters);
      const same = canonicalJson(tool) === canonicalJson(now.tool);
      out.push({
        tool: name,
        change: same ? 'unchanged' : 'changed',
        class: c.class,
        reason: same ? 'unchanged' : c.reason,
        backward: c.backward,
        forward: c.forward,
      });
      continue;
    }
    const to = renamedTo.get(name);
    const problem = (message: string): CompatProblem[] => [{ rule: 'tool-missing', path: '', message }];
    if (to) {
      out.push({
        tool: to,
        from: name,
        change: 'renamed',
        class: 'BREAKING',
        reason: `renamed from ${name} to ${to}: calls under one name reach no implementation under the other`,
        backward: problem(`the new tools have no ${name}, which old calls use`),
        forward: problem(`the old tools have no ${to}, which new calls use`),
      });
    } else {
      out.push({
        tool: name,
        change: 'removed',
        class: 'BREAKING',
        reason: `removed: old prompts still live in a canary call ${name}, which the new implementation no longer has`,
        backward: problem(`the new tools have no ${name}, which old calls use`),
        forward: [],
      });
    }
  }
  for (const name of added) {
    if ([...renamedTo.values()].includes(name)) continue;
    out.push({
      tool: name,
      change: 'added',
      class: 'BACKWARD',
      reason: `added: an old implementation does not know ${name}, which new calls may use`,
      backward: [],
      forward: [{ rule: 'tool-missing', path: '', message: `the old tools have no ${name}, which new calls may use` }],
    });
  }
  return out;
}

/**
 * The expand → migrate → contract path for a change that does not meet its level, in steps a
 * reviewer can follow.
 */
export function migrationPath(change: ToolCompatibility): string {
  const first = [...change.backward, ...change.forward][0];
  if (change.change === 'removed') {
    return `keep ${change.tool} while any live prompt may call it: 1) stop offering it in the new prompt, 2) finish the rollout so no old prompt is live, 3) remove it in a later change`;
  }
  if (change.change === 'added') {
    return `deploy ${change.tool} to every tool implementation that serves during the rollout before the prompt that offers it goes out (old implementations then know it), or accept the change on the base branch first: versioning.tools.${change.tool}: BACKWARD`;
  }
  if (change.change === 'renamed') {
    return `offer both ${change.from} and ${change.tool} (same implementation) until the rollout finishes, then remove ${change.from} in a later change`;
  }
  switch (first?.rule) {
    case 'required-added':
      return `expand, migrate, contract: 1) add ${show(first.path)} as an optional property (old and new calls both pass), 2) roll out the prompt that sends it until no old prompt is live, 3) make it required in a later change`;
    case 'property-not-allowed':
      return `expand, migrate, contract: 1) keep accepting ${show(first.path)} (optional, ignored if unused) while old calls exist, 2) roll out the callers that no longer send it, 3) remove it in a later change`;
    case 'type-changed':
    case 'enum-changed':
    case 'format-changed':
    case 'pattern-changed':
    case 'bound-tightened':
      return `expand, migrate, contract: 1) accept both the old and the new values of ${show(first.path)} (widen the type or enum, or add a new property beside the old one), 2) roll out the callers, 3) narrow it in a later change`;
    default:
      return 'make the change in steps that each keep old and new calls valid under both schemas: first widen what the implementation accepts, then roll out the callers, then narrow it';
  }
}
