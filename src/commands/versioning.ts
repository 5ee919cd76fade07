// `lock` writes shadowgate.lock beside the manifest; `check` verifies it, the model pin and (with a
// base ref) the compatibility of every tool-schema change, without calling any model.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { resolveSide } from '../manifest/resolve.ts';
import type { ResolvedSide } from '../types.ts';
import { shortId, surfaceIds, SURFACES } from '../versioning/ids.ts';
import { buildLock, lockPathFor, parseLock, readLockOf, serializeLock, verifyLock } from '../versioning/lockfile.ts';
import { checkModelPin } from '../versioning/pin.ts';
import { addedPinText, candidateNote, loweringText, reviewVersions } from '../versioning/review.ts';
import { EXIT } from '../core/exit.ts';

export interface VersioningOptions {
  manifestPath: string;
  repoRoot: string;
  /** check: compare tool schemas with the manifest at this ref. */
  baseRef?: string | undefined;
  /** check: the candidate at a git ref instead of the working tree. */
  headRef?: string | undefined;
}

/** The manifest as written: endpoint overrides from the environment do not enter the ids. */
function resolveHead(options: VersioningOptions): Promise<ResolvedSide> {
  return resolveSide({ label: 'candidate', ref: options.headRef ?? 'worktree', manifestPath: options.manifestPath, repoRoot: options.repoRoot, env: {} });
}

function idLine(side: ResolvedSide): string {
  const ids = surfaceIds(side);
  return SURFACES.map((s) => `${s} ${shortId(ids.surfaces[s])}`).join(' · ');
}

export async function runLock(options: VersioningOptions, log: Log): Promise<number> {
  if (options.headRef) throw new UserError("lock writes the working tree's lock; --head-ref is for check");
  const side = await resolveHead(options);
  const file = lockPathFor(side.manifestPath);
  const text = serializeLock(buildLock(side));
  await writeFile(join(options.repoRoot, file), text, 'utf8');
  log.info(`${side.manifest.service}: wrote ${file}`);
  process.stdout.write(`${file}: ${idLine(side)}\n`);
  return EXIT.ok;
}

export async function runCheck(options: VersioningOptions, log: Log): Promise<number> {
  const head = await resolveHead(options);
  const problems: UserError[] = [];
  const passed: string[] = [];
  /** Surfaces whose id moved since the base, for the reviewer. */
  const changes: string[] = [];

  const found = await readLockOf(head, options.repoRoot);
  if (!found) {
    problems.push(
      new UserError(
        `${lockPathFor(head.manifestPath)} does not exist`,
        { file: head.manifestPath },
        'run `shadowgate lock` and commit the lock with the manifest',
      ),
    );
  } else {
    // A lock that does not parse is bad input (exit 2); a stale one is a failed check.
    const { lock, json } = await parseLock(found.text, found.file);
    try {
      verifyLock(lock, json, head);
      passed.push(`${found.file} is current (${idLine(head)})`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(e);
    }
  }

  // With a base, its pin patterns judge the candidate (see pinAllowList); without one, the manifest's own.
  const base = options.baseRef
    ? await resolveSide({
        label: 'baseline',
        ref: options.baseRef,
        manifestPath: options.manifestPath,
        repoRoot: options.repoRoot,
        env: {},
        fallbackRef: options.headRef ?? 'worktree',
      })
    : undefined;
  const review = base ? reviewVersions(base, head) : undefined;
  const pin = review?.pin ?? checkModelPin(head.manifest.model, head.manifest.versioning?.pins);
  if (pin.pinned) passed.push(`model pinned: ${pin.reason}`);
  else problems.push(new UserError(`model is not pinned: ${pin.reason}`, head.locate?.(['model', 'id']) ?? { file: head.manifestPath }, pin.hint));
  if (review?.pin.addedPatterns) log.warn(addedPinText(review.pin.addedPatterns), head.locate?.(['versioning', 'pins']) ?? { file: head.manifestPath });

  if (review) {
    for (const surface of SURFACES) {
      const ids = review.surfaces[surface];
      if (ids.before === ids.after) continue;
      const files = [...new Set(review.artifacts.filter((a) => a.surface === surface).map((a) => a.file))].join(', ');
      changes.push(`${surface} ${shortId(ids.before)} → ${shortId(ids.after)} (${files})`);
    }
    if (review.pin.before !== review.pin.ref) changes.push(`model pin ${review.pin.before} → ${review.pin.ref}`);
    // Flagged, not failed: the base branch's level is the one applied, so lowering it gains this pull request nothing.
    for (const l of review.loweredLevels ?? []) {
      const at = head.locate?.(l.setting.split('.')) ?? head.locate?.(['versioning']) ?? { file: head.manifestPath };
      log.warn(loweringText(l), at);
    }
    const files = new Map(head.tools.map((t, i) => [t.name, head.manifest.tools?.schemas[i]]));
    for (const t of review.tools) {
      const name = t.from ? `${t.from} → ${t.tool}` : t.tool;
      if (t.ok) {
        passed.push(`tool ${name}: ${t.change}, ${t.class} (required ${t.required})`);
        continue;
      }
      const file = files.get(t.tool) ?? head.manifestPath;
      problems.push(
        new UserError(
          `tool ${name}: ${t.class} change, below the required ${t.required}${candidateNote(t)}: ${t.reason}`,
          { file },
          `migration: ${t.migration}`,
        ),
      );
    }
  }

  for (const line of changes) process.stdout.write(`changed: ${line}\n`);
  for (const line of passed) process.stdout.write(`ok: ${line}\n`);
  for (const problem of problems) log.error(`${problem.message}${problem.hint ? `\n  hint: ${problem.hint}` : ''}`, problem.location);
  return problems.length > 0 ? EXIT.policy : EXIT.ok;
}
