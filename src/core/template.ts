import { UserError } from '../errors.ts';
import type { SourceLocation } from '../types.ts';

/**
 * Small, strict templates for prompts and request bodies.
 *
 *   {{ question }}          the record's `question` field, as text
 *   {{ customer.tier }}     a nested field; `{{ items.0.name }}` indexes a list
 *   {{ order | json }}      the value as JSON (required for mappings and lists)
 *   {{{{                    a literal `{{`
 *
 * There is no logic and no code execution. A field the record lacks is an error naming the
 * dataset line and the template; `null` renders as the empty string (`null` with `| json`).
 */

export type Filter = 'json';
const FILTERS: readonly Filter[] = ['json'];

interface Slot {
  expression: string;
  path: string[];
  filter?: Filter;
  line: number;
  column: number;
}

export type TemplatePart = string | Slot;

export interface CompiledTemplate {
  /** The template file, for messages. */
  file: string;
  parts: TemplatePart[];
  /** Field paths the template reads, e.g. `customer.tier`. */
  fields: string[];
}

/** Where the record came from, so a missing field names the dataset line. */
export interface RecordPlace {
  file: string;
  line: number;
}

const SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_-]*|\d+)$/;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses a template; syntax errors are UserErrors at the template's file:line:col. */
export function compileTemplate(source: string, file: string, origin: { line: number; column: number } = { line: 1, column: 1 }): CompiledTemplate {
  const parts: TemplatePart[] = [];
  let text = '';
  let i = 0;
  const at = (offset: number): SourceLocation => {
    const lc = lineColumn(source, offset);
    return { file, line: origin.line + lc.line - 1, column: lc.line === 1 ? origin.column + lc.column - 1 : lc.column };
  };
  while (i < source.length) {
    const open = source.indexOf('{{', i);
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    if (source.startsWith('{{{{', open)) {
      text += '{{';
      i = open + 4;
      continue;
    }
    const close = source.indexOf('}}', open + 2);
    const nextOpen = source.indexOf('{{', open + 2);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      throw new UserError('unclosed "{{" in template (write {{{{ for a literal "{{")', at(open));
    }
    const inner = source.slice(open + 2, close);
    const [pathText = '', ...filters] = inner.split('|').map((s) => s.trim());
    if (filters.length > 1) throw new UserError(`only one filter is allowed in "{{${inner}}}"`, at(open));
    const filter = filters[0];
    if (filter !== undefined && !FILTERS.includes(filter as Filter)) {
      throw new UserError(`unknown template filter "${filter}" (expected one of: ${FILTERS.join(', ')})`, at(open));
    }
    const path = pathText.split('.');
    if (!pathText || !path.every((s) => SEGMENT.test(s))) {
      throw new UserError(`"{{${inner}}}" is not a field reference; expected a dotted path such as {{ customer.name }}`, at(open));
    }
    if (text) parts.push(text);
    text = '';
    const { line, column } = at(open) as { line: number; column: number };
    parts.push({ expression: pathText, path, ...(filter ? { filter: filter as Filter } : {}), line, column });
    i = close + 2;
  }
  if (text) parts.push(text);
  const fields = [...new Set(parts.filter((p): p is Slot => typeof p !== 'string').map((p) => p.expression))];
  return { file, parts, fields };
}

/** The value at a dotted path, or `found: false`. */
export function lookup(data: unknown, path: readonly string[]): { found: boolean; value?: unknown } {
  let cur: unknown = data;
  for (const segment of path) {
    if (Array.isArray(cur) && /^\d+$/.test(segment)) cur = cur[Number(segment)];
    else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, segment)) cur = (cur as Record<string, unknown>)[segment];
    else return { found: false };
    if (cur === undefined) return { found: false };
  }
  return { found: true, value: cur };
}

function resolveSlot(slot: Slot, template: CompiledTemplate, data: unknown, place: RecordPlace): unknown {
  const { found, value } = lookup(data, slot.path);
  if (!found) {
    throw new UserError(
      `record has no field "${slot.expression}", which the template ${template.file}:${slot.line}:${slot.column} uses`,
      { file: place.file, line: place.line },
      'add the field to every dataset record, or change the template',
    );
  }
  return value;
}

function asText(slot: Slot, value: unknown, template: CompiledTemplate, place: RecordPlace): string {
  if (slot.filter === 'json') return JSON.stringify(value);
  if (value === null) return '';
  if (typeof value === 'object') {
    throw new UserError(
      `field "${slot.expression}" is a ${Array.isArray(value) ? 'list' : 'mapping'}; write {{ ${slot.expression} | json }} in ${template.file}:${slot.line}:${slot.column} to insert it as JSON`,
      { file: place.file, line: place.line },
    );
  }
  return String(value);
}

/** Fills a template from one record. */
export function renderTemplate(template: CompiledTemplate, data: unknown, place: RecordPlace): string {
  let out = '';
  for (const part of template.parts) {
    out += typeof part === 'string' ? part : asText(part, resolveSlot(part, template, data, place), template, place);
  }
  return out;
}

/** A JSON value whose strings may be templates: a string that is exactly one `{{ field }}` keeps the field's JSON type. */
export type JsonTemplate =
  | { kind: 'value'; value: unknown }
  | { kind: 'text'; template: CompiledTemplate; whole?: Slot }
  | { kind: 'list'; items: JsonTemplate[] }
  | { kind: 'map'; entries: [string, JsonTemplate][] };

/** Compiles every string inside a JSON value (a request body) as a template. */
export function compileJsonTemplate(value: unknown, file: string): JsonTemplate {
  if (typeof value === 'string') {
    if (!value.includes('{{')) return { kind: 'value', value };
    const template = compileTemplate(value, file);
    const only = template.parts.length === 1 && typeof template.parts[0] !== 'string' ? template.parts[0] : undefined;
    return { kind: 'text', template, ...(only ? { whole: only } : {}) };
  }
  if (Array.isArray(value)) return { kind: 'list', items: value.map((v) => compileJsonTemplate(v, file)) };
  if (value !== null && typeof value === 'object') {
    return { kind: 'map', entries: Object.entries(value).map(([k, v]) => [k, compileJsonTemplate(v, file)] as [string, JsonTemplate]) };
  }
  return { kind: 'value', value };
}

/** Fills a compiled JSON template: typed substitution, never string splicing into JSON text. */
export function renderJsonTemplate(template: JsonTemplate, data: unknown, place: RecordPlace): unknown {
  switch (template.kind) {
    case 'value':
      return template.value;
    case 'text':
      return template.whole ? resolveSlot(template.whole, template.template, data, place) : renderTemplate(template.template, data, place);
    case 'list':
      return template.items.map((t) => renderJsonTemplate(t, data, place));
    case 'map':
      return Object.fromEntries(template.entries.map(([k, t]) => [k, renderJsonTemplate(t, data, place)]));
  }
}
