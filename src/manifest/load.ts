import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import type { Manifest, SourceLocation } from '../types.ts';
import { applyDefaults } from '../core/defaults.ts';
import schema from './manifest.schema.json' with { type: 'json' };
import { manifestValidator } from './manifest-validator.ts';
import { looksLikeSecret, schemaProblems } from './schema-errors.ts';
import { findNode, formatPath, position, type DocPath } from './yaml-locate.ts';

export { MANIFEST_DEFAULTS, applyDefaults, defaultsTable } from '../core/defaults.ts';
export const MANIFEST_SCHEMA = schema;

export interface LoadedManifest {
  /** Validated, with defaults applied; paths still as written (relative to the manifest's folder). */
  manifest: Manifest;
  file: string;
  /** Where a field is in the manifest (its value, or its key with `atKey`), for errors raised later. */
  locate(path: DocPath, atKey?: boolean): SourceLocation;
}

function validate(data: unknown) {
  const validator = manifestValidator();
  const ok = validator(data);
  return { ok, errors: validator.errors ?? [] };
}

const SECRET_KEY =
  /^(?:api[_-]?key|x-api-key|access[_-]?token|auth[_-]?token|bearer[_-]?token|token|secret|client[_-]?secret|password|passwd|private[_-]?key|credentials?|authorization)$/i;

const SECRET_HINT = 'put the credential in a secret, expose it as an environment variable, and name the variable: auth: { env: OPENAI_API_KEY }';

/** Rejects credentials written into the manifest, by field name or by the look of a value; never echoes the value. */
function rejectSecrets(node: unknown, path: string[], where: (offset: number) => SourceLocation): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const inAuth = path[path.length - 1] === 'auth';
      // Request bodies and deployment settings may use such words as plain field names.
      const freeForm = path[0] === 'deploy' || (path[0] === 'model' && path[1] === 'http' && path[2] === 'body');
      if (!freeForm && (SECRET_KEY.test(key) || (inAuth && /^(?:key|value)$/i.test(key)))) {
        const field = formatPath([...path, key]);
        const offset = (pair.key as Node).range?.[0] ?? 0;
        throw new UserError(`${field} would hold a credential in the manifest, which is committed and shown in pull requests`, where(offset), SECRET_HINT);
      }
      rejectSecrets(pair.value, [...path, key], where);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      rejectSecrets(item, [...path, String(i)], where);
    });
  } else if (isScalar(node) && typeof node.value === 'string' && looksLikeSecret(node.value)) {
    throw new UserError(`${formatPath(path)} looks like a literal credential; the manifest must not hold secrets`, where(node.range?.[0] ?? 0), SECRET_HINT);
  }
}

/** Parses and validates manifest text. `file` is how errors name it (repo-relative path). */
export function parseManifest(text: string, file: string): LoadedManifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number): SourceLocation => ({ file, ...position(lineCounter, offset) });

  const syntax = doc.errors[0];
  if (syntax) {
    const [start] = syntax.linePos ?? [];
    const what = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(`YAML syntax error: ${what}`, { file, ...(start ? { line: start.line, column: start.col } : {}) });
  }
  if (doc.contents === null) throw new UserError('manifest is empty', { file, line: 1, column: 1 }, 'see the manifest reference in the README');

  rejectSecrets(doc.contents, [], at);

  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  const result = validate(data);
  if (!result.ok) {
    const located = schemaProblems(result.errors, data).map((problem) => {
      const { ref } = findNode(doc, problem.path);
      const offset = problem.atKey || problem.missing ? (ref.keyOffset ?? ref.valueOffset) : ref.valueOffset;
      return { problem, offset };
    });
    located.sort((a, b) => a.offset - b.offset);
    // A missing required key is located at its parent object; a misspelt key inside that same object is the
    // likelier cause (`slotz:` for `slots:`), so report that one first.
    let first = located[0];
    if (first?.problem.missing) {
      const parent = first.problem.path.slice(0, -1);
      const inside = located.find((l) => !l.problem.missing && l.problem.path.length === parent.length + 1 && parent.every((p, i) => l.problem.path[i] === p));
      if (inside) first = inside;
    }
    if (first) throw new UserError(`${formatPath(first.problem.path)} ${first.problem.message}`, at(first.offset));
    throw new UserError('manifest does not match the schema', { file, line: 1, column: 1 });
  }

  return {
    manifest: applyDefaults(data as Manifest),
    file,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      return at(atKey || found < path.length ? (ref.keyOffset ?? ref.valueOffset) : ref.valueOffset);
    },
  };
}

/** Reads and validates a manifest from disk. */
export async function loadManifestFile(path: string, displayName = path): Promise<LoadedManifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserError(`manifest not found: ${displayName}`, { file: displayName }, 'pass the path with --manifest, or create shadowgate.yaml');
    throw new UserError(`cannot read the manifest (${code ?? String(e)})`, { file: displayName });
  }
  return parseManifest(text, displayName);
}
