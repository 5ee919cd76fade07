// shadowgate.lock: every content id of a service, written next to its manifest and reviewed in pull
// requests like a package lock. `check` (and the PR evaluation) refuses a lock that no longer matches
// the files, naming the file that changed — the contract of `npm ci` with package-lock.json.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { UserError } from '../errors.ts';
import { ajvModules, loadAjv } from '../core/ajv-loader.ts';
import { readAtRef } from '../manifest/git.ts';
import { checkShape, parseJsonFile, type JsonFile } from '../manifest/json-file.ts';
import type { ResolvedSide, SurfaceName } from '../types.ts';
import { SURFACES, shortId, surfaceIds, type SurfaceIds } from './ids.ts';
import { lockPathFor } from '../manifest/lock-path.ts';
import { checkModelPin } from './pin.ts';

export const LOCKFILE_VERSION = 1;

export interface LockArtifact {
  surface: SurfaceName;
  /** Relative to the lock's folder (the manifest's folder), as the manifest writes paths. */
  file: string;
  id: string;
}

export interface Lockfile {
  lockfileVersion: 1;
  service: string;
  /** The model reference as written, for reviewers: `gpt-4.1-mini-2025-04-14`, `pricing@3`. */
  model: { protocol: string; ref: string; pinned: boolean };
  surfaces: Record<SurfaceName, string>;
  artifacts: Record<string, LockArtifact>;
}

const HEX64 = '^[0-9a-f]{64}$';
const LOCK_SHAPE = {
  type: 'object',
  additionalProperties: false,
  required: ['lockfileVersion', 'service', 'model', 'surfaces', 'artifacts'],
  properties: {
    lockfileVersion: { type: 'integer' },
    service: { type: 'string', minLength: 1 },
    model: {
      type: 'object',
      additionalProperties: false,
      required: ['protocol', 'ref', 'pinned'],
      properties: { protocol: { type: 'string' }, ref: { type: 'string' }, pinned: { type: 'boolean' } },
    },
    surfaces: {
      type: 'object',
      additionalProperties: false,
      required: [...SURFACES],
      properties: Object.fromEntries(
        SURFACES.map((s) => [s, { type: 'string', pattern: HEX64, patternErrorMessage: 'must be a full SHA-256 (64 lower-case hex characters)' }]),
      ),
    },
    artifacts: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['surface', 'file', 'id'],
        properties: {
          surface: { enum: [...SURFACES] },
          file: { type: 'string', minLength: 1 },
          id: { type: 'string', pattern: HEX64, patternErrorMessage: 'must be a full SHA-256 (64 lower-case hex characters)' },
        },
      },
    },
  },
};

export { lockPathFor };

function modelRef(side: ResolvedSide): string {
  const { id, version } = side.manifest.model;
  return version !== undefined ? `${id}@${version}` : id;
}

/** The lock of one resolved side (resolved without endpoint overrides). */
export function buildLock(side: ResolvedSide, ids: SurfaceIds = surfaceIds(side)): Lockfile {
  const folder = posix.dirname(side.manifestPath);
  const artifacts: Record<string, LockArtifact> = {};
  for (const a of ids.artifacts) artifacts[a.name] = { surface: a.surface, file: posix.relative(folder, a.file) || posix.basename(a.file), id: a.id };
  return {
    lockfileVersion: LOCKFILE_VERSION,
    service: side.manifest.service,
    model: { protocol: side.manifest.model.protocol, ref: modelRef(side), pinned: checkModelPin(side.manifest.model, side.manifest.versioning?.pins).pinned },
    surfaces: ids.surfaces,
    artifacts,
  };
}

/** The lock as written to disk: two-space JSON, keys in a fixed order, one trailing newline. */
export function serializeLock(lock: Lockfile): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

let shapeValidator: ValidateFunction | undefined;

/** Parses a lock: invalid JSON or a wrong shape is one UserError at the file, line and column. */
export async function parseLock(text: string, file: string): Promise<{ lock: Lockfile; json: JsonFile }> {
  const json = parseJsonFile(text, file);
  await loadAjv();
  shapeValidator ??= new (ajvModules().Ajv2020)({ allErrors: true, verbose: true, keywords: ['patternErrorMessage'] }).compile(LOCK_SHAPE);
  if (!shapeValidator(json.value)) checkShape(json, [], json.value, shapeValidator.errors ?? [], `${file} is not a shadowgate lock`);
  const lock = json.value as Lockfile;
  if (lock.lockfileVersion !== LOCKFILE_VERSION) {
    throw new UserError(
      `lockfileVersion ${lock.lockfileVersion} is not one this shadowgate reads (${LOCKFILE_VERSION})`,
      json.locate(['lockfileVersion']),
      'regenerate it with `shadowgate lock`',
    );
  }
  return { lock, json };
}

export interface StaleEntry {
  /** The artifact's name (`prompt.system`, `tool:refund` …). */
  name: string;
  change: 'changed' | 'added' | 'removed';
  /** Repo-relative file that holds it. */
  file: string;
  locked?: string;
  current?: string;
}

/** What differs between a lock and the files, artifact by artifact (empty when the lock is current). */
export function staleEntries(lock: Lockfile, side: ResolvedSide, ids: SurfaceIds = surfaceIds(side)): StaleEntry[] {
  const folder = posix.dirname(side.manifestPath);
  const out: StaleEntry[] = [];
  const current = new Map(ids.artifacts.map((a) => [a.name, a]));
  for (const [name, locked] of Object.entries(lock.artifacts)) {
    const now = current.get(name);
    if (!now) out.push({ name, change: 'removed', file: posix.join(folder, locked.file), locked: locked.id });
    else if (now.id !== locked.id) out.push({ name, change: 'changed', file: now.file, locked: locked.id, current: now.id });
  }
  for (const [name, now] of current) if (!(name in lock.artifacts)) out.push({ name, change: 'added', file: now.file, current: now.id });
  return out;
}

function describe(e: StaleEntry): string {
  if (e.change === 'changed') return `${e.file} changed (${e.name} ${shortId(e.locked!)} → ${shortId(e.current!)})`;
  if (e.change === 'added') return `${e.file} is new (${e.name} is not in the lock)`;
  return `${e.file} no longer provides ${e.name}`;
}

/**
 * Checks a lock against the resolved side it should describe. Throws one UserError located in the
 * lock: a stale artifact names the file that changed; a lock whose own ids disagree (edited by hand)
 * names the surface.
 */
export function verifyLock(lock: Lockfile, json: JsonFile, side: ResolvedSide): void {
  const ids = surfaceIds(side);
  const hint = `run \`shadowgate lock\` and commit ${json.file} with the change`;
  if (lock.service !== side.manifest.service) {
    throw new UserError(`${json.file} is the lock of service "${lock.service}", not "${side.manifest.service}"`, json.locate(['service']), hint);
  }
  const stale = staleEntries(lock, side, ids);
  if (stale.length > 0) {
    const first = stale[0]!;
    const where = first.change === 'added' ? json.locate(['artifacts'], true) : json.locate(['artifacts', first.name, 'id']);
    throw new UserError(`${json.file} is stale: ${stale.map(describe).join('; ')}`, where, hint);
  }
  // Every artifact matches: a summary that does not is an edit of the lock itself. (`pinned` is left
  // out: it follows the pin rules of the shadowgate that wrote the lock, which check applies afresh.)
  const model = buildLock(side, ids).model;
  for (const field of ['protocol', 'ref'] as const) {
    if (lock.model[field] !== model[field]) {
      throw new UserError(
        `${json.file}: model.${field} says ${JSON.stringify(lock.model[field])}, the manifest ${JSON.stringify(model[field])} (the lock was edited by hand)`,
        json.locate(['model', field]),
        hint,
      );
    }
  }
  for (const surface of SURFACES) {
    if (lock.surfaces[surface] !== ids.surfaces[surface]) {
      throw new UserError(
        `${json.file}: surfaces.${surface} does not match its artifacts (the lock was edited by hand)`,
        json.locate(['surfaces', surface]),
        hint,
      );
    }
  }
}

/** The lock beside a side's manifest, read from the same ref (the working tree or a commit); undefined when there is none. */
export async function readLockOf(side: Pick<ResolvedSide, 'manifestPath' | 'ref'>, repoRoot: string): Promise<{ file: string; text: string } | undefined> {
  const file = lockPathFor(side.manifestPath);
  let text: string | undefined;
  if (side.ref === 'worktree') {
    try {
      text = await readFile(join(repoRoot, file), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new UserError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file });
    }
  } else {
    text = await readAtRef(repoRoot, side.ref, file);
  }
  return text === undefined ? undefined : { file, text };
}

/** Checks the lock beside the side's manifest, if there is one; returns its path when it was checked. */
export async function checkLockOf(side: ResolvedSide, repoRoot: string): Promise<string | undefined> {
  const found = await readLockOf(side, repoRoot);
  if (!found) return undefined;
  const { lock, json } = await parseLock(found.text, found.file);
  verifyLock(lock, json, side);
  return found.file;
}
