// The GitHub side of the canary ladder, one job at a time: `rollout-rung` (one rung, or the flip at 100 %),
// `rollout-abort` (the abort job of a failed or rejected ladder) and `rollout-rollback` (the rollback
// workflow). Each moves the ladder through src/delivery and records the step where people look: a
// deployment per step with its verdict, the job summary the next approver reads, and the sticky progress
// comment on the pull request that introduced the change.
import { isAbsolute, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { loadManifestFile } from '../manifest/load.ts';
import { resolveSide } from '../manifest/resolve.ts';
import { parseDeployConfig } from '../delivery/deploy-config.ts';
import type { ReleaseIds } from '../versioning/release-ids.ts';
import { parseCanaryConfig } from '../delivery/config.ts';
import { sameRelease, surfaceChanges, type SurfaceChange } from '../versioning/surface-changes.ts';
import { changeAuthor, checkDispatchApproval, environmentApprover, type ChangeAuthor, type GateKind } from '../github/approval.ts';
import type { GitHubClient } from '../github/client.ts';
import { deactivate, listSteps, setStepState, startStep, type DeploymentState, type RecordedStep, type RepoRef, type StepKind } from '../github/deployments.ts';
import { updateRolloutComment } from '../github/rollout-comment.ts';
import { executeCanary, type CanaryOutcome } from './canary.ts';
import { EXIT } from '../core/exit.ts';
import { releaseIds } from '../versioning/release-ids.ts';

/** What the runner tells every step (GITHUB_* variables and the event payload). */
export interface RunnerContext extends RepoRef {
  sha: string;
  eventName: string;
  runId: number;
  runAttempt: number;
  runUrl: string;
  /** Who started this run or re-run (GITHUB_TRIGGERING_ACTOR, else GITHUB_ACTOR). */
  actor: string;
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const need = (name: string): string => {
    const v = env[name]?.trim();
    if (!v) throw new UserError(`${name} is not set; the rollout commands run inside a GitHub Actions job`);
    return v;
  };
  const [owner, repo] = need('GITHUB_REPOSITORY').split('/');
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY must be owner/repo (got "${env.GITHUB_REPOSITORY}")`);
  const runId = Number(need('GITHUB_RUN_ID'));
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  let actor = env.GITHUB_TRIGGERING_ACTOR?.trim() || env.GITHUB_ACTOR?.trim();
  if (!actor && env.GITHUB_EVENT_PATH) {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { sender?: { login?: string } };
    actor = event.sender?.login;
  }
  if (!actor) throw new UserError('GITHUB_TRIGGERING_ACTOR is not set; cannot tell who started the step');
  return {
    owner,
    repo,
    sha: need('GITHUB_SHA'),
    eventName: need('GITHUB_EVENT_NAME'),
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1'),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    actor,
  };
}

export interface RolloutCommon {
  manifestPath: string;
  repoRoot: string;
  octokit: GitHubClient;
  runner: RunnerContext;
  log: Log;
  outDir?: string;
  /** The service's URL, shown on each deployment (environment_url). */
  environmentUrl?: string;
  /** Link to the full report of the step; default the run's page. */
  reportUrl?: string;
  /** Environment names: `{service}` and `{weight}` are filled in (defaults below). */
  rungEnvironment?: string;
  productionEnvironment?: string;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_RUNG_ENVIRONMENT = '{service}-canary-{weight}';
export const DEFAULT_PRODUCTION_ENVIRONMENT = '{service}-production';

export function environmentName(template: string, service: string, weight?: number): string {
  return template.replace(/\{service\}/g, service).replace(/\{weight\}/g, weight === undefined ? '' : String(weight));
}

export interface RolloutOutcome {
  exitCode: number;
  verdict: string;
  weight?: number | undefined;
  deploymentId?: number;
  commentUrl?: string;
  summary: string;
  canary?: CanaryOutcome;
}

interface Loaded {
  service: string;
  rungs: number[];
  deploy: unknown;
  manifestFile: string;
}

async function loadLadder(opts: RolloutCommon): Promise<Loaded> {
  const file = isAbsolute(opts.manifestPath) ? opts.manifestPath : join(opts.repoRoot, opts.manifestPath);
  const loaded = await loadManifestFile(file, opts.manifestPath);
  const deploy = loaded.manifest.deploy;
  if (!deploy)
    throw new UserError(
      'the manifest has no deploy: section, which the rollout needs',
      { file: opts.manifestPath, line: 1 },
      'see README: "Rollout through GitHub environments"',
    );
  const locate = (path: readonly (string | number)[]) => loaded.locate(['deploy', ...path]);
  const config = parseDeployConfig(deploy, opts.manifestPath, locate);
  const canary = parseCanaryConfig(deploy, config, opts.manifestPath, locate);
  return { service: loaded.manifest.service, rungs: canary.rungs, deploy, manifestFile: opts.manifestPath };
}

/** The candidate's ids as the ladder records them, to tell this release's ladder from an earlier one. */
async function candidateIds(opts: RolloutCommon): Promise<ReleaseIds> {
  const side = await resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: opts.manifestPath, repoRoot: opts.repoRoot });
  return releaseIds(side);
}

function sameIds(a: ReleaseIds | undefined, b: ReleaseIds): boolean {
  return sameRelease(a, b);
}

interface LadderView {
  phase: string | undefined;
  rung: number;
  weight: number | undefined;
  ids: ReleaseIds | undefined;
  stableIds?: ReleaseIds | undefined;
}

async function ladderView(opts: RolloutCommon, log: Log): Promise<LadderView> {
  const status = await executeCanary('status', { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner) }, log);
  const result = status.result as { weight?: number; state?: { phase: string; rung: number; ids?: ReleaseIds; stableIds?: ReleaseIds } };
  return { phase: result.state?.phase, rung: result.state?.rung ?? -1, weight: result.weight, ids: result.state?.ids, stableIds: result.state?.stableIds };
}

function runIdOf(runner: RunnerContext): string {
  return `${runner.owner}/${runner.repo}/${runner.runId}-${runner.runAttempt}`;
}

export type RungPlan = { kind: 'run' } | { kind: 'done'; why: string };

/**
 * Decides, from the ladder's state in the cluster, whether the step at `weight` may run now. A step
 * already passed for this release does nothing (a re-run of a finished job); a skipped rung, or one whose
 * predecessor has not passed, is refused before anything is written.
 */
export function planRung(weight: number, rungs: readonly number[], view: LadderView, ids: ReleaseIds): RungPlan {
  const sameRelease = view.phase !== undefined && sameIds(view.ids, ids);
  const finishedOther = view.phase === undefined || ((view.phase === 'promoted' || view.phase === 'aborted') && !sameRelease);
  const describe = (w: number) => (w === 100 ? 'the flip (100 %)' : `rung ${rungs.indexOf(w) + 1} (${w} %)`);
  let next: number;
  if (finishedOther) next = rungs[0]!;
  else if (view.phase === 'promoted')
    return weight === 100 || rungs.includes(weight) ? { kind: 'done', why: 'the ladder already finished: the candidate is live' } : { kind: 'run' };
  else if (view.phase === 'aborted')
    throw new UserError(
      `the ladder of this release was aborted; ${describe(weight)} cannot run`,
      undefined,
      'ship a fixed candidate as a new release, which starts a new ladder',
    );
  else if (view.phase === 'handing-over') next = 100;
  else if (view.phase === 'passed') next = view.rung + 1 >= rungs.length ? 100 : rungs[view.rung + 1]!;
  else next = rungs[view.rung] ?? rungs[0]!; // baking or held: the same rung again
  if (weight === next) return { kind: 'run' };
  const index = weight === 100 ? rungs.length : rungs.indexOf(weight);
  const nextIndex = next === 100 ? rungs.length : rungs.indexOf(next);
  if (!finishedOther && index >= 0 && index < nextIndex) return { kind: 'done', why: `${describe(weight)} already passed for this release` };
  const unfinished = !finishedOther && (view.phase === 'held' || view.phase === 'baking') ? ` (${describe(next)} is ${view.phase}, not passed)` : '';
  throw new UserError(
    `refusing to run ${describe(weight)}: the ladder's next step is ${describe(next)}${unfinished}; rungs cannot be skipped`,
    undefined,
    `run ${describe(next)} first`,
  );
}

function stateFor(outcome: CanaryOutcome): DeploymentState {
  switch (outcome.verdict) {
    case 'passed':
    case 'promoted':
    case 'unchanged':
      return 'success';
    case 'aborted':
      return 'failure';
    default:
      return 'error';
  }
}

function weightWord(weight: number): string {
  return weight === 100 ? 'flip to 100 %' : `${weight} %`;
}

async function refreshComment(
  opts: RolloutCommon,
  service: string,
  rungs: readonly number[],
  sha: string,
  author: ChangeAuthor,
  surfaces?: SurfaceChange[],
): Promise<string | undefined> {
  if (!author.pullNumber) {
    opts.log.info(`no pull request contains ${sha.slice(0, 12)}; the rollout progress is in the deployments view only`);
    return undefined;
  }
  const steps = await listSteps(opts.octokit, { owner: opts.runner.owner, repo: opts.runner.repo, service, sha });
  const result = await updateRolloutComment(opts.octokit, {
    owner: opts.runner.owner,
    repo: opts.runner.repo,
    pullNumber: author.pullNumber,
    input: { service, rungs, steps, sha, runUrl: opts.runner.runUrl, ...(surfaces ? { surfaces } : {}) },
    log: opts.log,
  });
  return result.url;
}

export interface RungOptions extends RolloutCommon {
  /** The rung's weight in percent; 100 is the flip (hand-over to blue-green). */
  weight: number;
  gate: GateKind;
  /** Dispatch gate: refuse an approval by the change's author. */
  preventSelfApproval?: boolean;
  /** Active probe sample per rung (default 50). */
  probeSample?: number;
}

/** One rung (or the flip): gate, deployment, advance, verdict recorded. */
export async function runRung(opts: RungOptions): Promise<RolloutOutcome> {
  const { runner, octokit, log } = opts;
  const ladder = await loadLadder(opts);
  const { service, rungs } = ladder;
  if (opts.weight !== 100 && !rungs.includes(opts.weight)) {
    throw new UserError(`${opts.weight} % is not a rung of this ladder (deploy.canary.rungs: ${rungs.join(', ')}; 100 is the flip)`);
  }
  const environment =
    opts.weight === 100
      ? environmentName(opts.productionEnvironment ?? DEFAULT_PRODUCTION_ENVIRONMENT, service)
      : environmentName(opts.rungEnvironment ?? DEFAULT_RUNG_ENVIRONMENT, service, opts.weight);
  const ids = await candidateIds(opts);
  const view = await ladderView(opts, log);
  const plan = planRung(opts.weight, rungs, view, ids);
  // The release's commit: this run's for a new ladder; for a ladder under way, the commit its steps record
  // (a rung started by hand runs on the default branch's head, which may have moved on since the merge).
  const startsLadder = plan.kind === 'run' && opts.weight === rungs[0] && (view.phase === undefined || view.phase === 'promoted' || view.phase === 'aborted');
  const latest = startsLadder ? undefined : (await listSteps(octokit, { owner: runner.owner, repo: runner.repo, service, limit: 1 })).at(-1);
  const sha = latest?.sha ?? runner.sha;
  const author = await changeAuthor(octokit, { owner: runner.owner, repo: runner.repo, sha });

  // Who approved: checked before anything is written.
  let approver: string;
  if (opts.gate === 'dispatch') {
    if (runner.eventName !== 'workflow_dispatch') {
      throw new UserError(
        `with gate: dispatch a rung runs only when started by hand (workflow_dispatch), not on ${runner.eventName}`,
        undefined,
        'Actions → rollout → Run workflow, with the rung',
      );
    }
    await checkDispatchApproval(octokit, {
      owner: runner.owner,
      repo: runner.repo,
      actor: runner.actor,
      author,
      preventSelfApproval: opts.preventSelfApproval ?? false,
    });
    approver = runner.actor;
  } else {
    approver = (await environmentApprover(octokit, { owner: runner.owner, repo: runner.repo, runId: runner.runId, environment })) ?? runner.actor;
  }

  if (plan.kind === 'done') {
    log.info(`nothing to do: ${plan.why}`);
    const summary = `### Rollout of \`${service}\`: ${weightWord(opts.weight)} — nothing to do\n\n${plan.why}.\n`;
    return { exitCode: EXIT.ok, verdict: 'unchanged', summary };
  }

  const logUrl = opts.reportUrl ?? runner.runUrl;
  const kind: StepKind = opts.weight === 100 ? 'flip' : 'rung';
  const deploymentId = await startStep(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    sha,
    environment,
    production: opts.weight === 100,
    payload: {
      shadowgate: 1,
      service,
      kind,
      weight: opts.weight,
      actor: approver,
      runUrl: runner.runUrl,
      runId: runner.runId,
      runAttempt: runner.runAttempt,
      rung: opts.weight === 100 ? rungs.length + 1 : rungs.indexOf(opts.weight) + 1,
      ids,
      ...(!startsLadder && view.stableIds && sameIds(view.ids, ids) ? { stableIds: view.stableIds } : {}),
    },
    description: `${weightWord(opts.weight)}: baking, approved by ${approver}`,
    logUrl,
    ...(opts.environmentUrl ? { environmentUrl: opts.environmentUrl } : {}),
  });

  let canary: CanaryOutcome;
  try {
    canary = await executeCanary(
      'advance',
      {
        manifestPath: opts.manifestPath,
        repoRoot: opts.repoRoot,
        runId: runIdOf(runner),
        runUrl: runner.runUrl,
        expectWeight: opts.weight,
        ...(opts.probeSample !== undefined ? { probeSample: opts.probeSample } : {}),
        ...(opts.outDir ? { outDir: opts.outDir } : {}),
      },
      log,
    );
  } catch (e) {
    await setStepState(octokit, {
      owner: runner.owner,
      repo: runner.repo,
      id: deploymentId,
      state: 'error',
      description: `${weightWord(opts.weight)}: ${(e as Error).message}`,
      logUrl,
    });
    await refreshComment(opts, service, rungs, sha, author).catch((c: unknown) => log.warn(`could not update the rollout comment: ${(c as Error).message}`));
    throw e;
  }
  const state = stateFor(canary);
  const reason = (canary.result as { reason?: string }).reason ?? canary.verdict;
  await setStepState(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    id: deploymentId,
    state,
    description: `${weightWord(opts.weight)} ${canary.verdict}: ${reason}`,
    logUrl,
    ...(opts.environmentUrl ? { environmentUrl: opts.environmentUrl } : {}),
  });
  const commentUrl = await refreshComment(opts, service, rungs, sha, author, (canary.result as { surfaces?: SurfaceChange[] }).surfaces);

  const lines = [
    `## Rollout of \`${service}\`: ${weightWord(opts.weight)} — ${canary.verdict}`,
    '',
    `Approved by @${approver} (${opts.gate === 'dispatch' ? 'started by hand' : `environment \`${environment}\``}). Weight now ${canary.weight ?? '—'} %.`,
    '',
    `[Full report](${logUrl})${commentUrl ? ` · [progress on the pull request](${commentUrl})` : ''}`,
    '',
    canary.markdown ?? '',
  ];
  if (canary.verdict === 'passed') {
    const next = rungs.indexOf(opts.weight) + 1 < rungs.length ? `${rungs[rungs.indexOf(opts.weight) + 1]} %` : 'the flip';
    lines.push('', `**Next:** approve ${next} if this rung's numbers look right; reject to abort the ladder.`);
  }
  return {
    exitCode: canary.exitCode,
    verdict: canary.verdict,
    weight: canary.weight,
    deploymentId,
    ...(commentUrl ? { commentUrl } : {}),
    summary: `${lines.join('\n')}\n`,
    canary,
  };
}

export interface StopOptions extends RolloutCommon {
  reason?: string;
  /** rollback: the service named in the workflow input, checked against the manifest. */
  service?: string;
}

/** Records a stop (abort or rollback) on the release's steps and on the pull request. */
async function recordStop(
  opts: StopOptions,
  kind: 'abort' | 'rollback',
  loaded: Loaded,
  outcome: { verdict: string; description: string; surfaces?: SurfaceChange[] },
): Promise<{ deploymentId: number; commentUrl?: string; sha: string }> {
  const { runner, octokit } = opts;
  // The release being stopped: the latest one with recorded steps (a rollback runs on the default branch's
  // head, which need not be that release's commit).
  const all = await listSteps(octokit, { owner: runner.owner, repo: runner.repo, service: loaded.service });
  const sha = all.at(-1)?.sha ?? runner.sha;
  const steps = all.filter((s) => s.sha === sha);
  const logUrl = opts.reportUrl ?? runner.runUrl;
  for (const s of steps.filter((x) => x.state === 'in_progress' || x.state === 'pending' || x.state === 'queued')) {
    await setStepState(octokit, {
      owner: runner.owner,
      repo: runner.repo,
      id: s.id,
      state: 'failure',
      description: `${kind === 'abort' ? 'aborted' : 'rolled back'}: ${opts.reason ?? 'no reason given'}`,
      logUrl,
    });
  }
  const lastRung = [...steps].reverse().find((s) => s.payload.kind === 'rung');
  const environment =
    kind === 'rollback' || !lastRung ? environmentName(opts.productionEnvironment ?? DEFAULT_PRODUCTION_ENVIRONMENT, loaded.service) : lastRung.environment;
  const reason = opts.reason ?? (kind === 'abort' ? 'the ladder failed or a rung was rejected' : 'no reason given');
  const deploymentId = await startStep(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    sha,
    environment,
    production: kind === 'rollback',
    payload: {
      shadowgate: 1,
      service: loaded.service,
      kind,
      weight: 0,
      actor: runner.actor,
      reason,
      runUrl: runner.runUrl,
      runId: runner.runId,
      runAttempt: runner.runAttempt,
    },
    description: `${kind} by ${runner.actor}: ${reason}`,
    logUrl,
  });
  await setStepState(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    id: deploymentId,
    state: 'success',
    description: `${outcome.description} — by ${runner.actor}: ${reason}`,
    logUrl,
  });
  // Nothing of the release serves traffic any more.
  await deactivate(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    steps: (await listSteps(octokit, { owner: runner.owner, repo: runner.repo, service: loaded.service, sha })).filter((s) => s.id !== deploymentId),
    description: `${kind === 'abort' ? 'aborted' : 'rolled back'} by ${runner.actor}`,
    logUrl,
  });
  const author = await changeAuthor(octokit, { owner: runner.owner, repo: runner.repo, sha });
  const commentUrl = await refreshComment(opts, loaded.service, loaded.rungs, sha, author, outcome.surfaces);
  return { deploymentId, sha, ...(commentUrl ? { commentUrl } : {}) };
}

/** The abort job of the ladder: candidate weight to 0, recorded. */
export async function runAbort(opts: StopOptions): Promise<RolloutOutcome> {
  const loaded = await loadLadder(opts);
  const reason = opts.reason ?? 'a rung failed or was rejected';
  const canary = await executeCanary(
    'abort',
    { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner), reason: `${reason} (by ${opts.runner.actor})` },
    opts.log,
  );
  const state = (canary.result as { state?: { ids?: ReleaseIds; stableIds?: ReleaseIds } }).state;
  const recorded = await recordStop({ ...opts, reason }, 'abort', loaded, {
    verdict: canary.verdict,
    description: `candidate weight ${canary.weight ?? 0} %`,
    ...(state?.ids ? { surfaces: surfaceChanges(state.stableIds, state.ids) } : {}),
  });
  const summary = `## Rollout of \`${loaded.service}\`: aborted\n\nBy @${opts.runner.actor}: ${reason}. The candidate's weight is ${canary.weight ?? 0} %${canary.verdict === 'unchanged' ? ' (it already was)' : ''}.\n`;
  return {
    exitCode: EXIT.ok,
    verdict: canary.verdict === 'unchanged' ? 'unchanged' : 'aborted',
    weight: canary.weight,
    deploymentId: recorded.deploymentId,
    ...(recorded.commentUrl ? { commentUrl: recorded.commentUrl } : {}),
    summary,
    canary,
  };
}

/**
 * The rollback workflow: a ladder in progress is aborted (weight to 0); a finished one is flipped back to
 * the previous slot from the recorded history. No approval wait — an incident cannot wait.
 */
export async function runRollback(opts: StopOptions): Promise<RolloutOutcome> {
  const loaded = await loadLadder(opts);
  if (opts.service && opts.service !== loaded.service) {
    throw new UserError(
      `the rollback names service "${opts.service}", but ${opts.manifestPath} is the manifest of "${loaded.service}"`,
      { file: opts.manifestPath, line: 1 },
      'pass the manifest of that service (input manifest)',
    );
  }
  const reason = opts.reason ?? 'no reason given';
  const view = await ladderView(opts, opts.log);
  let description: string;
  let verdict: string;
  let liveSlot: string | undefined;
  if (view.phase === 'baking' || view.phase === 'passed' || view.phase === 'held') {
    const canary = await executeCanary(
      'abort',
      { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner), reason: `rollback by ${opts.runner.actor}: ${reason}` },
      opts.log,
    );
    description = `ladder stopped, candidate weight ${canary.weight ?? 0} %`;
    verdict = 'rolled-back';
  } else {
    const { executeKubeCommand } = await import('./kube.ts');
    const kube = await executeKubeCommand('rollback', { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner) }, opts.log);
    liveSlot = kube.liveSlot;
    verdict = kube.verdict;
    description =
      kube.verdict === 'rolled-back' ? `live slot back to ${kube.liveSlot}` : `nothing to roll back; ${kube.liveSlot ?? 'the recorded slot'} is live`;
  }
  const recorded = await recordStop({ ...opts, reason }, 'rollback', loaded, { verdict, description });
  const summary = `## Rollback of \`${loaded.service}\`\n\nBy @${opts.runner.actor}: ${reason}.\n\n${description}.\n`;
  return {
    exitCode: EXIT.ok,
    verdict,
    deploymentId: recorded.deploymentId,
    ...(recorded.commentUrl ? { commentUrl: recorded.commentUrl } : {}),
    summary,
    ...(liveSlot ? { weight: 0 } : {}),
  };
}

export type { RecordedStep };
