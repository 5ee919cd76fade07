// The rollout's progress on the pull request that introduced the change: one sticky comment per service,
// separate from the shadow report (its own marker), rebuilt on every step from the deployments GitHub holds
// for the release's commit, so a re-run or a lost step never leaves the table out of date.
import type { Log } from '../log.ts';
import { surfaceChanges, type SurfaceChange } from '../versioning/surface-changes.ts';
import type { GitHubClient } from './client.ts';
import type { RecordedStep, RepoRef } from './deployments.ts';
import { upsertStickyComment, type StickyCommentResult } from './sticky-comment.ts';

/** The hidden marker of the rollout comment; `--` and `>` cannot appear in it. */
export function rolloutMarker(service: string): string {
  const safe = encodeURIComponent(service).replace(/-(?=-)/g, '%2D');
  return `<!-- shadowgate:rollout service=${safe} -->`;
}

export type RolloutPhase = 'in progress' | 'waiting for approval' | 'flipped' | 'aborted' | 'rolled back' | 'held';

const STATE_TEXT: Record<string, string> = {
  success: '✅ passed',
  failure: '❌ failed',
  error: '⏸️ held',
  inactive: '➖ inactive',
  in_progress: '⏳ baking',
  pending: '⏳ pending',
  queued: '⏳ queued',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `2026-11-01T10:00:00Z` → `2026-11-01 10:00 UTC`: short, and the same for every reader. */
function when(iso: string | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Where the rollout stands, judged from its recorded steps (latest first). */
export function rolloutPhase(steps: readonly RecordedStep[]): RolloutPhase {
  const last = steps.at(-1);
  if (!last) return 'waiting for approval';
  if (last.payload.kind === 'rollback') return 'rolled back';
  if (last.payload.kind === 'abort' || last.state === 'failure') return 'aborted';
  if (last.state === 'error') return 'held';
  if (last.payload.kind === 'flip' && last.state === 'success') return 'flipped';
  if (last.state === 'success') return 'waiting for approval';
  return 'in progress';
}

export interface RolloutCommentInput {
  service: string;
  /** The ladder's rungs in percent (deploy.canary.rungs); rungs not yet reached show as waiting. */
  rungs: readonly number[];
  steps: readonly RecordedStep[];
  /** The commit the rollout ships. */
  sha: string;
  runUrl?: string;
  /** Per surface, the stable slot's id → the candidate's, as the ladder records them now; default: from the steps. */
  surfaces?: readonly SurfaceChange[];
}

/** The ids the release changes: the ladder's own record, else the latest step that recorded the ids. */
function releaseSurfaces(input: RolloutCommentInput): readonly SurfaceChange[] | undefined {
  if (input.surfaces?.length) return input.surfaces;
  const withBoth = [...input.steps].reverse().find((s) => s.payload.ids && s.payload.stableIds);
  const withIds = withBoth ?? [...input.steps].reverse().find((s) => s.payload.ids);
  return withIds ? surfaceChanges(withIds.payload.stableIds, withIds.payload.ids) : undefined;
}

function idCode(id: string | undefined): string {
  return id ? `\`${cell(id)}\`` : 'unknown';
}

/** "What changed", as the shadow report and `canary status` name it: per surface, stable → candidate. */
function whatChanged(surfaces: readonly SurfaceChange[], model: string | undefined): string[] {
  const lines = ['**What changed** (stable → candidate):', '', '| surface | stable | candidate | |', '|---|---|---|---|'];
  for (const c of surfaces) {
    const label = c.surface === 'model' && model ? `model \`${cell(model)}\`` : c.surface;
    const mark = c.change === 'changed' ? 'changed' : c.change === 'unchanged' ? 'unchanged' : 'not recorded';
    lines.push(`| ${label} | ${idCode(c.old)} | ${idCode(c.new)} | ${mark} |`);
  }
  return lines;
}

/** `run 9001 · attempt 1 · rung 2`: which run recorded the row, and the rung's number in the ladder. */
function rowIds(step: RecordedStep | undefined): string {
  if (!step) return '—';
  const p = step.payload;
  const parts: string[] = [];
  if (p.runId !== undefined)
    parts.push(p.runUrl ? `run [${p.runId}](${p.runUrl})${p.runAttempt && p.runAttempt > 1 ? ` · attempt ${p.runAttempt}` : ''}` : `run ${p.runId}`);
  if (p.rung !== undefined) parts.push(`rung ${p.rung}`);
  parts.push(`deployment ${step.id}`);
  return parts.join(' · ');
}

export function renderRolloutComment(input: RolloutCommentInput): string {
  const phase = rolloutPhase(input.steps);
  const icon = phase === 'flipped' ? '✅' : phase === 'aborted' || phase === 'rolled back' ? '🛑' : phase === 'held' ? '⏸️' : '⏳';
  const lines = [rolloutMarker(input.service), `### ${icon} Rollout of \`${input.service}\`: ${phase}`, ''];
  lines.push(`Release \`${input.sha.slice(0, 12)}\`. Each rung is approved in its GitHub environment; its deployment links to the rung's report.`, '');
  const surfaces = releaseSurfaces(input);
  if (surfaces) {
    const model = [...input.steps].reverse().find((s) => s.payload.ids?.model)?.payload.ids?.model;
    lines.push(...whatChanged(surfaces, model), '');
  }
  lines.push('| step | weight | verdict | approved / run by | time | ids | report |', '|---|---|---|---|---|---|---|');
  const byWeight = new Map<string, RecordedStep>();
  for (const s of input.steps) if (s.payload.kind === 'rung' || s.payload.kind === 'flip') byWeight.set(`${s.payload.kind}:${s.payload.weight}`, s);
  const row = (label: string, weight: string, step: RecordedStep | undefined) => {
    const verdict = step ? (STATE_TEXT[step.state ?? ''] ?? step.state ?? '—') : '· not yet';
    const detail = step?.description ? ` — ${cell(step.description)}` : '';
    const report = step?.logUrl ? `[report](${step.logUrl})` : '—';
    lines.push(
      `| ${label} | ${weight} | ${verdict}${detail} | ${step?.payload.actor ? `@${cell(step.payload.actor)}` : '—'} | ${when(step?.statusAt ?? step?.createdAt)} | ${rowIds(step)} | ${report} |`,
    );
  };
  input.rungs.forEach((w, i) => {
    row(`rung ${i + 1}`, `${w} %`, byWeight.get(`rung:${w}`));
  });
  row('flip', '100 %', byWeight.get('flip:100'));
  for (const s of input.steps.filter((x) => x.payload.kind === 'abort' || x.payload.kind === 'rollback')) {
    row(s.payload.kind === 'abort' ? 'abort' : 'rollback', '0 %', s);
    if (s.payload.reason)
      lines.push('', `${s.payload.kind === 'abort' ? 'Aborted' : 'Rolled back'} by @${cell(s.payload.actor ?? 'unknown')}: ${cell(s.payload.reason)}`);
  }
  if (input.runUrl) lines.push('', `Last update from [this run](${input.runUrl}).`);
  return `${lines.join('\n')}\n`;
}

/** Posts or edits the service's rollout comment on the pull request. */
export async function updateRolloutComment(
  octokit: GitHubClient,
  opts: RepoRef & { pullNumber: number; input: RolloutCommentInput; log: Log },
): Promise<StickyCommentResult> {
  return upsertStickyComment(octokit, {
    owner: opts.owner,
    repo: opts.repo,
    issueNumber: opts.pullNumber,
    service: opts.input.service,
    marker: rolloutMarker(opts.input.service),
    body: renderRolloutComment(opts.input),
    log: opts.log,
  });
}
