import type { SlotName } from './deploy-config.ts';
import { RELEASE_ID_KEYS, type ReleaseIds } from '../versioning/release-ids.ts';

/** Service annotations shadowgate owns. */
export const HISTORY_ANNOTATION = 'shadowgate.dev/history';
export const LIVE_SLOT_ANNOTATION = 'shadowgate.dev/live-slot';

export type FlipAction = 'promote' | 'rollback' | 'auto-rollback';

/** One selector flip, as recorded on the Service so any later run (or a person) can undo it. */
export interface HistoryEntry {
  /** Unique per flip: `<runId>#<action>@<epoch ms>`. */
  id: string;
  action: FlipAction;
  from: SlotName | null;
  to: SlotName;
  /** The whole selector before and after, so a person can restore it by hand. */
  previousSelector: Record<string, string>;
  newSelector: Record<string, string>;
  at: string;
  runId: string;
  runUrl?: string;
  /** Ids of what the flip puts live (see ReleaseIds); a rollback records those it brings back. */
  model?: string;
  modelId?: string;
  prompt?: string;
  tools?: string;
  context?: string;
  /** For rollbacks: the id of the promotion undone. */
  reverts?: string;
  /** For a rollback forced onto a slot that was not ready: why it was not. */
  forced?: string;
}

/** The ids an entry records, or undefined when it records none (flips made before ids were kept). */
export function idsOf(entry: HistoryEntry): ReleaseIds | undefined {
  const ids: ReleaseIds = {};
  for (const key of RELEASE_ID_KEYS) if (typeof entry[key] === 'string') ids[key] = entry[key];
  return Object.keys(ids).length > 0 ? ids : undefined;
}

/** What the history knows runs on a slot: the ids of the newest flip onto it that recorded any. */
export interface SlotRelease {
  ids: ReleaseIds;
  /** The flip that recorded them. */
  entry: HistoryEntry;
}

/**
 * The ids on `slot` as the history (entries before `before`, default all) last recorded them. Only
 * flips are seen: a slot redeployed outside shadowgate since then is not.
 */
export function releaseOnSlot(history: readonly HistoryEntry[], slot: SlotName, before = history.length): SlotRelease | undefined {
  for (let i = Math.min(before, history.length) - 1; i >= 0; i--) {
    const entry = history[i]!;
    if (entry.to !== slot) continue;
    const ids = idsOf(entry);
    if (ids) return { ids, entry };
  }
  return undefined;
}

/** `model m@v [a1b2c3d4e5f6], prompt …, tools …, context …`; with `previous`, changed ids read `old → new`. */
export function describeIds(ids: ReleaseIds, previous?: ReleaseIds): string {
  const one = (key: keyof ReleaseIds): string | undefined => {
    const now = ids[key];
    if (now === undefined) return undefined;
    const then = previous?.[key];
    return then !== undefined && then !== now ? `${then} → ${now}` : now;
  };
  const model = [one('model'), ids.modelId !== undefined ? `[${one('modelId')}]` : undefined].filter(Boolean).join(' ');
  return [model && `model ${model}`, ...(['prompt', 'tools', 'context'] as const).map((k) => (ids[k] !== undefined ? `${k} ${one(k)}` : undefined))]
    .filter(Boolean)
    .join(', ');
}

export function parseHistory(annotations: Record<string, string> | undefined): HistoryEntry[] {
  const raw = annotations?.[HISTORY_ANNOTATION];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is HistoryEntry => typeof e === 'object' && e !== null && typeof (e as HistoryEntry).id === 'string' && typeof (e as HistoryEntry).to === 'string',
    );
  } catch {
    // A hand-edited annotation must not block an incident rollback; it is replaced on the next flip.
    return [];
  }
}

/** Appends and keeps only the newest `limit` entries. */
export function appendHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit: number): HistoryEntry[] {
  return [...history, entry].slice(-limit);
}

/**
 * The promotion a rollback should undo: the newest promotion (of `runId` when given), unless something
 * already undid it — then nothing, which makes rollback idempotent.
 */
export function promotionToRevert(history: readonly HistoryEntry[], runId?: string): HistoryEntry | undefined {
  const reverted = new Set(history.filter((e) => e.reverts).map((e) => e.reverts));
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!;
    if (entry.action !== 'promote') continue;
    if (runId !== undefined && entry.runId !== runId) continue;
    return reverted.has(entry.id) ? undefined : entry;
  }
  return undefined;
}
