import type { AnySchema, ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { UserError } from '../errors.ts';
import { ajvModules } from '../core/ajv-loader.ts';
import type { SourceLocation } from '../types.ts';
import { schemaProblems } from './schema-errors.ts';
import { findNode, formatPath, position, type DocPath } from './yaml-locate.ts';

/** A parsed JSON file that can say where any of its values is. */
export interface JsonFile {
  file: string;
  value: unknown;
  locate(path: DocPath, atKey?: boolean): SourceLocation;
}

function offsetToLocation(text: string, offset: number, file: string): SourceLocation {
  const before = text.slice(0, offset).split('\n');
  return { file, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Strict JSON (JSON.parse), with a syntax error placed at its file:line:col. */
export function parseJsonFile(text: string, file: string): JsonFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const where = offsetToLocation(text, offset === undefined ? text.length : Number(offset), file);
    throw new UserError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')}`, where);
  }
  // JSON is YAML, so the YAML parser gives us positions for the values JSON.parse accepted.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return {
    file,
    value,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      const offset = atKey || found < path.length ? (ref.keyOffset ?? ref.valueOffset) : ref.valueOffset;
      return { file, ...position(lineCounter, offset) };
    },
  };
}

/** Validates `data` (at `base` inside `json`) against a fixed schema; throws the first problem at its place. */
export function checkShape(json: JsonFile, base: DocPath, data: unknown, errors: readonly ErrorObject[], what: string): void {
  const problems = schemaProblems(errors, data, base.length ? formatPath(base, 'file') : 'the file');
  const located = problems.map((p) => {
    const path = [...base, ...p.path];
    return { p, path, where: json.locate(path, p.atKey || p.missing) };
  });
  located.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0));
  const first = located[0];
  if (first) throw new UserError(`${what}: ${formatPath(first.path, 'file')} ${first.p.message}`, first.where);
}

function ajvFor(schema: unknown) {
  const declared = typeof schema === 'object' && schema !== null ? String((schema as Record<string, unknown>).$schema ?? '') : '';
  // strictTypes/strictTuples only warn on the console; real mistakes (unknown keywords) still throw.
  const options = { allErrors: true, verbose: true, strictTypes: false, strictTuples: false, strictRequired: false } as const;
  const { Ajv, Ajv2019, Ajv2020, addFormats } = ajvModules();
  const ajv = declared.includes('2019-09') ? new Ajv2019(options) : /draft-0[67]/.test(declared) ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv);
  return ajv;
}

/**
 * Checks that a value is a usable JSON Schema: valid against its meta-schema and compilable
 * (unknown keywords such as a misspelt `requried`, unresolvable `$ref`s, unknown formats).
 * Needs `await loadAjv()` first (src/core/ajv-loader.ts).
 */
export function checkJsonSchema(json: JsonFile, base: DocPath, schema: unknown, what: string): (data: unknown) => boolean {
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    throw new UserError(`${what}: ${formatPath(base, 'file')} must be a JSON Schema object`, json.locate(base));
  }
  const ajv = ajvFor(schema);
  if (!ajv.validateSchema(schema as AnySchema)) {
    checkShape(json, base, schema, ajv.errors ?? [], `${what} is not a valid JSON Schema`);
  }
  try {
    return ajv.compile(schema as AnySchema) as (data: unknown) => boolean;
  } catch (e) {
    const message = (e as Error).message.replace(/^strict mode: /, '');
    // Ajv names the offending keyword or value; find it in the file to point there.
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    const ref = /can't resolve reference (\S+)/.exec(message)?.[1];
    const format = /unknown format "([^"]+)"/.exec(message)?.[1];
    const keyPath = keyword
      ? findKey(schema, [...base], (k) => k === keyword)
      : ref
        ? findKey(schema, [...base], (k, v) => k === '$ref' && v === ref)
        : format
          ? findKey(schema, [...base], (k, v) => k === 'format' && v === format)
          : undefined;
    throw new UserError(
      `${what} is not a valid JSON Schema: ${message.replace(/ ignored in schema at path .*$/, '')}`,
      keyPath ? json.locate(keyPath, true) : json.locate(base),
      keyword
        ? `check the spelling of "${keyword}"`
        : format
          ? 'known formats: date-time, date, time, email, uri, uuid, ipv4, ipv6, hostname, regex …'
          : undefined,
    );
  }
}

/** The first key (depth-first, document order) that `match` accepts, as a path from `path`. */
function findKey(value: unknown, path: Array<string | number>, match: (key: string, value: unknown) => boolean): DocPath | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(k) : k];
    if (!Array.isArray(value) && match(k, v)) return here;
    const inner = findKey(v, here, match);
    if (inner) return inner;
  }
  return undefined;
}
