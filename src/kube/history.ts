import type { SlotName } from './config.ts';

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
  model?: string;
  prompt?: string;
  tools?: string;
  /** For rollbacks: the id of the promotion undone. */
  reverts?: string;
  /** For a rollback forced onto a slot that was not ready: why it was not. */
  forced?: string;
}

/** Ids of the artefacts being promoted, recorded with each flip. */
export interface ReleaseIds {
  model?: string;
  prompt?: string;
  tools?: string;
}

export function parseHistory(annotations: Record<string, string> | undefined): HistoryEntry[] {
  const raw = annotations?.[HISTORY_ANNOTATION];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e): e is HistoryEntry =>
      typeof e === 'object' && e !== null && typeof (e as HistoryEntry).id === 'string' && typeof (e as HistoryEntry).to === 'string');
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
