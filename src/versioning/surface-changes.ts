// Which surfaces a canary ladder changes: the stable slot's ids (from the Service's flip history when the
// ladder started) against the candidate's, per surface, as rung records, reports and `canary status` show them.
import { RELEASE_ID_KEYS, type ReleaseIds } from './release-ids.ts';
import type { SurfaceName } from '../types.ts';

export type SurfaceChangeKind = 'changed' | 'unchanged' | 'unknown';

export interface SurfaceChange {
  surface: SurfaceName;
  /** The stable slot's id; absent when no shadowgate flip onto that slot recorded one. */
  old?: string;
  /** The candidate's id; absent when the ladder was started without ids. */
  new?: string;
  /** `unknown` when either side's id is not known, so equality cannot be told. */
  change: SurfaceChangeKind;
}

const KEY: Record<SurfaceName, keyof ReleaseIds> = { model: 'modelId', prompt: 'prompt', tools: 'tools', context: 'context' };

/** The model surface's id is its content id; a history entry written before content ids has only the reference. */
function idOf(ids: ReleaseIds | undefined, surface: SurfaceName): string | undefined {
  if (!ids) return undefined;
  return ids[KEY[surface]] ?? (surface === 'model' ? ids.model : undefined);
}

export function surfaceChanges(stable: ReleaseIds | undefined, candidate: ReleaseIds | undefined): SurfaceChange[] {
  return (['model', 'prompt', 'tools', 'context'] as const).map((surface) => {
    const old = idOf(stable, surface);
    const now = idOf(candidate, surface);
    const change: SurfaceChangeKind = old === undefined || now === undefined ? 'unknown' : old === now ? 'unchanged' : 'changed';
    return { surface, ...(old !== undefined ? { old } : {}), ...(now !== undefined ? { new: now } : {}), change };
  });
}

/** `model 1a2b… → 3c4d…`, `prompt unchanged (5e6f…)`, `tools unknown → 7a8b…` */
export function describeSurfaceChange(c: SurfaceChange): string {
  if (c.change === 'unchanged') return `${c.surface} unchanged (${c.new})`;
  return `${c.surface} ${c.old ?? 'unknown'} → ${c.new ?? 'unknown'}`;
}

export function describeSurfaceChanges(changes: readonly SurfaceChange[]): string {
  return changes.map(describeSurfaceChange).join(', ');
}

/**
 * Whether two id sets name the same release: every id either records is equal, so a change of any one
 * surface (the context settings too) is a new release and starts a new ladder.
 */
export function sameRelease(a: ReleaseIds | undefined, b: ReleaseIds | undefined): boolean {
  if (!a || !b) return true; // without ids a finished ladder counts as this release: re-running it does nothing
  return RELEASE_ID_KEYS.every((key) => a[key] === b[key]);
}
