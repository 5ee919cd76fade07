// The versioning review of a pull request: old → new ids per surface, whether the model is pinned,
// and per changed tool its compatibility class against the required level, confirmed by the
// replayed calls. A tool change below its level, or a floating model, fails the evaluation.
// The required level is the base branch's: a pull request may raise it (the stricter of the two
// applies) but not lower it for itself; a lowering is flagged and takes effect once merged.
import { EXIT_CODES } from '../judge/judge.ts';
import type { Judgement, ResolvedSide, SurfaceChange, SurfaceName } from '../types.ts';
import { compareTools, meets, migrationPath, type CompatibilityClass, type CompatibilityLevel, type ToolCompatibility } from './compat.ts';
import { SURFACES, shortId, surfaceIds } from './ids.ts';
import { checkModelPin, type PinAllowList, type PinVerdict } from './pin.ts';
import type { ReplayedCallCounts } from './replayed-calls.ts';

/**
 * Tool changes must be FULL unless the base manifest says otherwise, whatever the delivery: a canary
 * serves both versions for its whole length, and a blue-green flip does too for the requests in
 * flight and again on every rollback.
 */
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
  /** The level the change must meet: the base manifest's, or the pull request's when that is stricter. */
  required: CompatibilityLevel;
  /** The candidate manifest's own level for the tool, when it is below `required` (it applies once merged). */
  candidateLevel?: CompatibilityLevel;
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
  /** Patterns the candidate adds to versioning.pins (`protocol: pattern`): not applied until merged. */
  addedPatterns?: string[];
}

/**
 * The pin patterns a pull request is judged by: those both the base and the candidate manifest list,
 * per protocol. A pattern the candidate adds would let it declare its own floating alias pinned, so it
 * applies only once merged; one it removes stops applying at once.
 */
export function pinAllowList(base: ResolvedSide, head: ResolvedSide): { allow: PinAllowList; added: string[] } {
  const before = base.manifest.versioning?.pins ?? {};
  const after = head.manifest.versioning?.pins ?? {};
  const allow: Record<string, string[]> = {};
  const added: string[] = [];
  for (const [protocol, patterns] of Object.entries(after)) {
    const known = new Set<string>(before[protocol as keyof typeof before] ?? []);
    allow[protocol] = (patterns ?? []).filter((p) => known.has(p));
    for (const p of patterns ?? []) if (!known.has(p)) added.push(`${protocol}: ${p}`);
  }
  return { allow, added };
}

/** The base's pin verdict, told when the candidate's own patterns would have pinned the model. */
function reviewPin(base: ResolvedSide, head: ResolvedSide): PinVerdict & { addedPatterns?: string[] } {
  const { allow, added } = pinAllowList(base, head);
  const verdict = checkModelPin(head.manifest.model, allow);
  const extra = added.length > 0 ? { addedPatterns: added } : {};
  if (verdict.pinned || added.length === 0) return { ...verdict, ...extra };
  const own = checkModelPin(head.manifest.model, head.manifest.versioning?.pins);
  if (!own.pinned) return { ...verdict, ...extra };
  return { ...verdict, reason: `${verdict.reason} (the pattern the pull request adds to versioning.pins applies only once merged)`, ...extra };
}

/** One line for an added pin pattern, for logs, check output and the report. */
export function addedPinText(patterns: readonly string[]): string {
  return `the pull request adds to versioning.pins ${patterns.join(', ')}; models it accepts as pinned are judged by the base branch's patterns until this is merged`;
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
  /** Required levels the pull request lowers; the base's still apply to it. Absent when none. */
  loweredLevels?: LevelLowering[];
}

/** A required compatibility level the candidate manifest sets below the base manifest's. */
export interface LevelLowering {
  /** `versioning.toolCompatibility`, or `versioning.tools.<name>`. */
  setting: string;
  /** The tool concerned; absent for the level of every tool. */
  tool?: string;
  /** The effective level on the base branch (defaults included) and in the pull request. */
  before: CompatibilityLevel;
  after: CompatibilityLevel;
}

export function requiredLevel(side: ResolvedSide, tool: string): CompatibilityLevel {
  const v = side.manifest.versioning;
  return v?.tools?.[tool] ?? v?.toolCompatibility ?? DEFAULT_TOOL_COMPATIBILITY;
}

function globalLevel(side: ResolvedSide): CompatibilityLevel {
  return side.manifest.versioning?.toolCompatibility ?? DEFAULT_TOOL_COMPATIBILITY;
}

/** The classes a level lets through. */
function accepted(level: CompatibilityLevel): ReadonlySet<CompatibilityClass> {
  if (level === 'NONE') return new Set(['FULL', 'BACKWARD', 'FORWARD', 'BREAKING']);
  return new Set(['FULL', level]);
}

/** `after` lets through a class that `before` does not. */
export function isLowered(before: CompatibilityLevel, after: CompatibilityLevel): boolean {
  const allowed = accepted(before);
  return [...accepted(after)].some((c) => !allowed.has(c));
}

/** The level met only by what meets both: BACKWARD and FORWARD together need FULL. */
export function stricterLevel(a: CompatibilityLevel, b: CompatibilityLevel): CompatibilityLevel {
  if (a === b || b === 'NONE') return a;
  if (a === 'NONE') return b;
  return 'FULL';
}

/**
 * The level a pull request's change of `tool` must meet: the base manifest's, raised by the
 * candidate's when that is stricter. The candidate alone cannot lower it.
 */
export function requiredLevelFor(base: ResolvedSide, head: ResolvedSide, tool: string): CompatibilityLevel {
  return stricterLevel(requiredLevel(base, tool), requiredLevel(head, tool));
}

/** Every required level the candidate sets below the base's: the global one and each tool named on either side. */
export function loweredLevels(base: ResolvedSide, head: ResolvedSide): LevelLowering[] {
  const out: LevelLowering[] = [];
  const [before, after] = [globalLevel(base), globalLevel(head)];
  if (isLowered(before, after)) out.push({ setting: 'versioning.toolCompatibility', before, after });
  const globalLowered = out.length > 0;
  const named = new Set([...Object.keys(base.manifest.versioning?.tools ?? {}), ...Object.keys(head.manifest.versioning?.tools ?? {})]);
  for (const tool of [...named].sort()) {
    const [b, a] = [requiredLevel(base, tool), requiredLevel(head, tool)];
    if (!isLowered(b, a)) continue;
    // A tool the candidate leaves to the lowered global level is covered by the line above.
    if (globalLowered && head.manifest.versioning?.tools?.[tool] === undefined) continue;
    out.push({ setting: `versioning.tools.${tool}`, tool, before: b, after: a });
  }
  return out;
}

/** One line per lowering, for logs, check output and the report. */
export function loweringText(l: LevelLowering): string {
  return `the pull request lowers ${l.setting} from ${l.before} to ${l.after}; the base branch's ${l.before} still applies to this pull request and the lower level only to later ones, once this is merged`;
}

function modelRef(side: ResolvedSide): string {
  const { id, version } = side.manifest.model;
  return version !== undefined ? `${id}@${version}` : id;
}

function toolFailure(t: ToolReview): string {
  const name = t.from ? `${t.from} → ${t.tool}` : t.tool;
  return `tool ${name}: ${t.class} change, below the required ${t.required}${candidateNote(t)} (${t.reason}); migration: ${t.migration}${evidence(t)}`;
}

/** Why the level is not the one the candidate manifest sets. */
export function candidateNote(t: Pick<ToolReview, 'candidateLevel' | 'required'>): string {
  return t.candidateLevel ? ` of the base branch (the pull request's ${t.candidateLevel} applies only once merged)` : '';
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

  const pinVerdict = reviewPin(base, head);
  const pin: PinReview = { ...pinVerdict, ref: modelRef(head), before: modelRef(base) };

  const tools: ToolReview[] = compareTools(base.tools, head.tools, { base: base.manifest.tools?.schemas ?? [], head: head.manifest.tools?.schemas ?? [] })
    .filter((c) => c.change !== 'unchanged')
    .map((c) => {
      // A removed tool is always flagged: NONE still cannot make old prompts' calls reach it.
      const required = requiredLevelFor(base, head, c.tool);
      const own = requiredLevel(head, c.tool);
      const ok = c.change !== 'removed' && c.change !== 'renamed' && meets(c.class, required);
      return { ...c, required, ...(isLowered(required, own) ? { candidateLevel: own } : {}), ok, ...(ok ? {} : { migration: migrationPath(c) }) };
    });

  const lowered = loweredLevels(base, head);
  const review: VersioningReview = {
    surfaces,
    artifacts,
    pin,
    tools,
    ...(options.lock ? { lock: options.lock } : {}),
    failures: [],
    ...(lowered.length > 0 ? { loweredLevels: lowered } : {}),
  };
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
