// GitHub Deployments for the canary ladder: one deployment per rung (and per rollback), in the rung's
// environment, so the repository's deployments view shows each step with its weight, its verdict, a link to
// the rung's report (`log_url`) and the service URL. The deployment's payload carries what the PR comment is
// rebuilt from (service, weight, approver), so GitHub itself is the record of the rollout's progress.
import type { GitHubClient } from './client.ts';
import type { ReleaseIds } from '../versioning/release-ids.ts';

/** `task` of every deployment shadowgate creates; other deployments in the repository are left alone. */
export const ROLLOUT_TASK = 'deploy:shadowgate';

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';

export type StepKind = 'rung' | 'flip' | 'abort' | 'rollback';

/** What a deployment records about one step of a rollout (its payload). */
export interface StepPayload {
  shadowgate: 1;
  service: string;
  kind: StepKind;
  /** Candidate weight in percent this step moves to (100 for the flip, 0 for abort and rollback). */
  weight: number;
  /** Who approved (rungs) or who rolled back / aborted. */
  actor?: string;
  reason?: string;
  runUrl?: string;
  /** The workflow run and attempt that recorded the step (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
  runId?: number;
  runAttempt?: number;
  /** 1-based rung number in the ladder (the flip: the number after the last rung). */
  rung?: number;
  /** The candidate's ids (model reference, content ids of model, prompt, tools, context). */
  ids?: ReleaseIds;
  /** The stable slot's ids, when the ladder had recorded them by the time the step started. */
  stableIds?: ReleaseIds;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RecordedStep {
  id: number;
  environment: string;
  sha: string;
  createdAt: string;
  payload: StepPayload;
  state: DeploymentState | undefined;
  description: string;
  logUrl: string | undefined;
  environmentUrl: string | undefined;
  statusAt: string | undefined;
}

/** GitHub refuses status descriptions over 140 characters. */
export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 140 ? flat : `${flat.slice(0, 139)}…`;
}

export interface StartStepOptions extends RepoRef {
  sha: string;
  environment: string;
  payload: StepPayload;
  description: string;
  production?: boolean;
  logUrl?: string;
  environmentUrl?: string;
}

/** Creates the step's deployment and marks it in progress. */
export async function startStep(octokit: GitHubClient, opts: StartStepOptions): Promise<number> {
  const { data } = await octokit.rest.repos.createDeployment({
    owner: opts.owner,
    repo: opts.repo,
    ref: opts.sha,
    task: ROLLOUT_TASK,
    environment: opts.environment,
    // The commit is already on the default branch and its checks ran on the PR; a deployment record must not
    // wait for them again or merge anything.
    auto_merge: false,
    required_contexts: [],
    payload: opts.payload as unknown as Record<string, unknown>,
    description: shortDescription(opts.description),
    production_environment: opts.production ?? false,
  });
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no reason given'}`);
  await setStepState(octokit, {
    owner: opts.owner,
    repo: opts.repo,
    id: data.id,
    state: 'in_progress',
    description: opts.description,
    ...(opts.logUrl ? { logUrl: opts.logUrl } : {}),
    ...(opts.environmentUrl ? { environmentUrl: opts.environmentUrl } : {}),
  });
  return data.id;
}

export interface StepStateOptions extends RepoRef {
  id: number;
  state: DeploymentState;
  description: string;
  logUrl?: string;
  environmentUrl?: string;
}

export async function setStepState(octokit: GitHubClient, opts: StepStateOptions): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({
    owner: opts.owner,
    repo: opts.repo,
    deployment_id: opts.id,
    state: opts.state,
    description: shortDescription(opts.description),
    ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
    ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
  });
}

function asPayload(raw: unknown): StepPayload | undefined {
  const p = (typeof raw === 'string' ? safeJson(raw) : raw) as Partial<StepPayload> | undefined;
  if (p?.shadowgate !== 1 || typeof p.service !== 'string' || typeof p.weight !== 'number' || typeof p.kind !== 'string') return undefined;
  return p as StepPayload;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The service's recorded steps, oldest first, each with its latest status. `sha` narrows to one release
 * (the commit the rollout ships); without it every release of the service is listed.
 */
export async function listSteps(octokit: GitHubClient, opts: RepoRef & { service: string; sha?: string; limit?: number }): Promise<RecordedStep[]> {
  const steps: RecordedStep[] = [];
  const limit = opts.limit ?? 200;
  const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
    owner: opts.owner,
    repo: opts.repo,
    task: ROLLOUT_TASK,
    ...(opts.sha ? { sha: opts.sha } : {}),
    per_page: 100,
  });
  outer: for await (const page of pages) {
    for (const d of page.data) {
      const payload = asPayload(d.payload);
      if (!payload || payload.service !== opts.service) continue;
      const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner: opts.owner, repo: opts.repo, deployment_id: d.id, per_page: 1 });
      const latest = statuses[0];
      steps.push({
        id: d.id,
        environment: d.environment,
        sha: d.sha,
        createdAt: d.created_at,
        payload,
        state: latest?.state as DeploymentState | undefined,
        description: latest?.description ?? d.description ?? '',
        logUrl: latest?.log_url ?? latest?.target_url ?? undefined,
        environmentUrl: latest?.environment_url ?? undefined,
        statusAt: latest?.created_at,
      });
      if (steps.length >= limit) break outer;
    }
  }
  return steps.sort((a, b) => a.id - b.id);
}

/**
 * Marks a release's successful steps inactive: after an abort or a rollback nothing of that release serves
 * traffic any more, and GitHub's own `auto_inactive` only covers later successes in the same environment.
 */
export async function deactivate(octokit: GitHubClient, opts: RepoRef & { steps: RecordedStep[]; description: string; logUrl?: string }): Promise<number[]> {
  const done: number[] = [];
  for (const step of opts.steps) {
    if (step.state !== 'success') continue;
    await setStepState(octokit, {
      owner: opts.owner,
      repo: opts.repo,
      id: step.id,
      state: 'inactive',
      description: opts.description,
      ...(opts.logUrl ? { logUrl: opts.logUrl } : {}),
    });
    done.push(step.id);
  }
  return done;
}
