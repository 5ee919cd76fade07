// The versioning review of a pull request: old → new ids per surface, whether the model is pinned,
// and per changed tool its compatibility class against the level the manifest requires, confirmed
// by the replayed calls. A tool change below its level, or a floating model, fails the evaluation.
import { EXIT_CODES } from '../judge/judge.ts';
import type { Judgement, ResolvedSide, SurfaceChange, SurfaceName } from '../types.ts';
import { compareTools, meets, migrationPath, type CompatibilityLevel, type ToolCompatibility } from './compat.ts';
import { SURFACES, shortId, surfaceIds } from './ids.ts';
import { checkModelPin, type PinVerdict } from './pin.ts';
import type { ReplayedCallCounts } from './replayed-calls.ts';

/** Tool changes must be FULL unless the manifest says otherwise: during a rollout both versions serve. */
export const DEFAULT_TOOL_COMPATIBILITY: CompatibilityLevel = 'FULL';

export interface ArtifactChange {
  name: string;
  surface: SurfaceName;
  file: string;
  /** Full ids; absent on the side that does not have the artifact. */
  before?: string;
  after?: string;
}

export interface ToolReview extends ToolCompatibility {
  required: CompatibilityLevel;
  /** The change meets the required level. */
  ok: boolean;
  /** For a change below its level: the expand → migrate → contract steps. */
  migration?: string;
  replayed?: ReplayedCallCounts;
}

export interface PinReview extends PinVerdict {
  /** The model reference of the candidate (`id` or `id@version`) and of the baseline. */
  ref: string;
  before: string;
}

export interface VersioningReview {
  surfaces: Record<SurfaceName, { before: string; after: string }>;
  /** Artifacts whose id differs, or that exist on one side only. */
  artifacts: ArtifactChange[];
  pin: PinReview;
  /** Tools that changed, were added, removed or renamed. */
  tools: ToolReview[];
  /** The lock next to the candidate manifest, when one exists (it was checked before the replay). */
  lock?: string;
  /** Why the review fails the evaluation (empty when it does not). */
  failures: string[];
}

export function requiredLevel(side: ResolvedSide, tool: string): CompatibilityLevel {
  const v = side.manifest.versioning;
  return v?.tools?.[tool] ?? v?.toolCompatibility ?? DEFAULT_TOOL_COMPATIBILITY;
}

function modelRef(side: ResolvedSide): string {
  const { id, version } = side.manifest.model;
  return version !== undefined ? `${id}@${version}` : id;
}

function toolFailure(t: ToolReview): string {
  const name = t.from ? `${t.from} → ${t.tool}` : t.tool;
  return `tool ${name}: ${t.class} change, below the required ${t.required} (${t.reason}); migration: ${t.migration}${evidence(t)}`;
}

/** `; replayed: 12 of 40 old calls rejected by the new schema, 0 of 38 new calls by the old one`. */
export function evidence(t: Pick<ToolReview, 'replayed'>): string {
  const r = t.replayed;
  if (!r) return '';
  return `; replayed: ${r.oldRejectedByNew} of ${r.oldCalls} old calls rejected by the new schema, ${r.newRejectedByOld} of ${r.newCalls} new calls by the old one`;
}

/** Compares the two sides of a pull request (no replay needed). */
export function reviewVersions(base: ResolvedSide, head: ResolvedSide, options: { lock?: string } = {}): VersioningReview {
  const before = surfaceIds(base);
  const after = surfaceIds(head);
  const surfaces = Object.fromEntries(SURFACES.map((s) => [s, { before: before.surfaces[s], after: after.surfaces[s] }])) as VersioningReview['surfaces'];
  const artifacts: ArtifactChange[] = [];
  const old = new Map(before.artifacts.map((a) => [a.name, a]));
  for (const a of after.artifacts) {
    const b = old.get(a.name);
    if (b?.id !== a.id) artifacts.push({ name: a.name, surface: a.surface, file: a.file, ...(b ? { before: b.id } : {}), after: a.id });
    old.delete(a.name);
  }
  for (const b of old.values()) artifacts.push({ name: b.name, surface: b.surface, file: b.file, before: b.id });

  const pinVerdict = checkModelPin(head.manifest.model, head.manifest.versioning?.pins);
  const pin: PinReview = { ...pinVerdict, ref: modelRef(head), before: modelRef(base) };

  const tools: ToolReview[] = compareTools(base.tools, head.tools, { base: base.manifest.tools?.schemas ?? [], head: head.manifest.tools?.schemas ?? [] })
    .filter((c) => c.change !== 'unchanged')
    .map((c) => {
      // A removed tool is always flagged: NONE still cannot make old prompts' calls reach it.
      const required = requiredLevel(head, c.tool);
      const ok = c.change !== 'removed' && c.change !== 'renamed' && meets(c.class, required);
      return { ...c, required, ok, ...(ok ? {} : { migration: migrationPath(c) }) };
    });

  const review: VersioningReview = { surfaces, artifacts, pin, tools, ...(options.lock ? { lock: options.lock } : {}), failures: [] };
  review.failures = failuresOf(review);
  return review;
}

function failuresOf(review: VersioningReview): string[] {
  const out = review.tools.filter((t) => !t.ok).map(toolFailure);
  if (!review.pin.pinned) out.push(`model ${review.pin.ref} is not pinned: ${review.pin.reason}${review.pin.hint ? ` — ${review.pin.hint}` : ''}`);
  return out;
}

/** Adds what the replay saw of each tool's calls, and rewrites the failures to cite it. */
export function addReplayEvidence(review: VersioningReview, calls: readonly ReplayedCallCounts[]): VersioningReview {
  const byTool = new Map(calls.map((c) => [c.tool, c]));
  for (const t of review.tools) {
    const seen = byTool.get(t.tool) ?? (t.from ? byTool.get(t.from) : undefined);
    if (seen) t.replayed = seen;
  }
  review.failures = failuresOf(review);
  return review;
}

/** The judgement with the review's failures first: a failing review makes the verdict `fail`. */
export function applyReview(judgement: Judgement, review: VersioningReview): Judgement {
  if (review.failures.length === 0) return judgement;
  return { ...judgement, verdict: 'fail', exitCode: EXIT_CODES.fail, reasons: [...review.failures.map((f) => `FAIL (versioning) ${f}`), ...judgement.reasons] };
}

/** `api.openai.com`, the host the side's manifest declares. */
function hostOf(side: ResolvedSide): string {
  try {
    return new URL(side.manifestEndpoint ?? side.manifest.model.endpoint).host;
  } catch {
    return side.manifestEndpoint ?? side.manifest.model.endpoint;
  }
}

/**
 * The report's surface rows with the ids: `changed` follows the ids (a formatting-only edit is no
 * change). A model that moved to another host with the same id says so in its labels.
 */
export function withIds(changes: readonly SurfaceChange[], review: VersioningReview, sides?: { base: ResolvedSide; head: ResolvedSide }): SurfaceChange[] {
  return changes.map((c) => {
    const ids = review.surfaces[c.surface];
    const changed = ids.before !== ids.after;
    const files = changed ? [...new Set([...c.files, ...review.artifacts.filter((a) => a.surface === c.surface).map((a) => a.file)])] : [];
    const row: SurfaceChange = { ...c, changed, files, ids };
    if (c.surface === 'model' && changed && c.before === c.after && sides && hostOf(sides.base) !== hostOf(sides.head)) {
      row.before = `${c.before} at ${hostOf(sides.base)}`;
      row.after = `${c.after} at ${hostOf(sides.head)}`;
    }
    return row;
  });
}

/** `26f2bdcb0605 → 3c4d5e6f7a8b`, or the one id when unchanged. */
export function idTransition(ids: { before: string; after: string }): string {
  return ids.before === ids.after ? shortId(ids.after) : `${shortId(ids.before)} → ${shortId(ids.after)}`;
}
