// The GitHub environments of a rollout: one per rung (`<service>-canary-<weight>`) and one for the flip
// (`<service>-production`), each with required reviewers, optional self-review prevention and wait timer,
// and deployments from the default branch only. Written through the REST API, compared first so a second
// run changes nothing and says so.
//
// Plan limits: required reviewers and wait timers work on public repositories, and on private ones only
// with GitHub Enterprise. Whether they are available is decided first from what the API says about the
// repository and its owner's plan (src/github/plan.ts); where the plan cannot be read, the reviewers are
// asked for and GitHub's answer decides: a 422 for the environment with them, and the same environment
// accepted without them, confirms the plan has none. Without reviewers the setup says so plainly and falls
// back to the dispatch gate (each rung started by hand, the dispatch being the approval).
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { describeGitHubError, errorStatus, type GitHubClient } from './client.ts';
import type { RepoRef } from './deployments.ts';
import { reviewerAvailability, type PlanVerdict } from './plan.ts';

export interface ReviewerRef {
  type: 'User' | 'Team';
  /** `login` for a user, `org/slug` for a team. */
  name: string;
}

/** `alice,@bob,my-org/ml-leads` → users alice and bob, team my-org/ml-leads. */
export function parseReviewers(raw: string | undefined): ReviewerRef[] {
  if (!raw?.trim()) return [];
  const refs = raw
    .split(',')
    .map((x) => x.trim().replace(/^@/, ''))
    .filter(Boolean)
    .map((name): ReviewerRef => ({ type: name.includes('/') ? 'Team' : 'User', name }));
  for (const r of refs) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?$/.test(r.name))
      throw new UserError(`--reviewers: "${r.name}" is neither a user login nor an org/team slug`);
  }
  if (refs.length > 6) throw new UserError(`--reviewers: GitHub allows at most 6 required reviewers per environment (got ${refs.length})`);
  return refs;
}

/** `5` (every rung) or `25=10,50=30` (minutes per rung weight; `production=60` for the flip). */
export function parseWaitTimers(raw: string | undefined): (weight: number | 'production') => number {
  if (!raw?.trim()) return () => 0;
  const check = (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 43200) throw new UserError(`--wait-timer: "${text}" must be whole minutes 0..43200`);
    return n;
  };
  if (/^\d+$/.test(raw.trim())) {
    const all = check(raw.trim());
    return (w) => (w === 'production' ? 0 : all);
  }
  const table = new Map<string, number>();
  for (const part of raw.split(',')) {
    const m = /^\s*(\d+|production)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m) throw new UserError(`--wait-timer: "${part.trim()}" is not WEIGHT=MINUTES`, undefined, 'e.g. --wait-timer 25=10,50=30,production=60');
    table.set(m[1]!, check(m[2]!));
  }
  return (w) => table.get(String(w)) ?? 0;
}

export interface EnvironmentSpec {
  name: string;
  reviewers: { type: 'User' | 'Team'; id: number; name: string }[];
  preventSelfReview: boolean;
  waitTimer: number;
}

export type Change = { environment: string; action: 'created' | 'updated' | 'unchanged'; details: string[] };

export interface SetupResult {
  mode: 'environment' | 'dispatch';
  changes: Change[];
  /** Said plainly when the fallback was chosen. */
  notice?: string;
  /** What the availability of required reviewers was decided from (facts, plan rule, or GitHub's answer). */
  basis: string;
  /** The Kubernetes users the rollout's jobs log in as (deploy/auth/github-actions-authentication.yaml). */
  clusterSubjects: string[];
}

/**
 * The usernames the shipped JWT authenticator maps the rollout's jobs to: `github:` + the token's `sub` for
 * a job bound to an environment, `github:` + the workflow file it runs in otherwise (the abort job, the
 * rollback, and the rungs where the plan has no environments).
 */
export function clusterSubjects(opts: {
  owner: string;
  repo: string;
  service: string;
  rungs: readonly number[];
  defaultBranch: string;
  environments: boolean;
}): string[] {
  const workflow = (file: string) => `github:${opts.owner}/${opts.repo}/.github/workflows/${file}@refs/heads/${opts.defaultBranch}`;
  const rungs = opts.environments
    ? environmentNames(opts.service, opts.rungs).map((e) => `github:repo:${opts.owner}/${opts.repo}:environment:${e.name}`)
    : [workflow('rollout-rung.yml')];
  return [...rungs, workflow('rollout.yml'), workflow('rollback.yml')];
}

async function resolveReviewerIds(octokit: GitHubClient, refs: ReviewerRef[]): Promise<EnvironmentSpec['reviewers']> {
  const out: EnvironmentSpec['reviewers'] = [];
  for (const r of refs) {
    try {
      if (r.type === 'User') {
        const { data } = await octokit.rest.users.getByUsername({ username: r.name });
        out.push({ type: 'User', id: data.id, name: data.login });
      } else {
        const [org, slug] = r.name.split('/') as [string, string];
        const { data } = await octokit.rest.teams.getByName({ org, team_slug: slug });
        out.push({ type: 'Team', id: data.id, name: `${org}/${data.slug}` });
      }
    } catch (e) {
      if (errorStatus(e) === 404)
        throw new UserError(
          `--reviewers: ${r.type === 'User' ? 'user' : 'team'} "${r.name}" not found${r.type === 'Team' ? " (or the token cannot read the organization's teams)" : ''}`,
        );
      throw e;
    }
  }
  return out;
}

interface CurrentEnvironment {
  protection_rules?: Array<{
    type: string;
    wait_timer?: number;
    prevent_self_review?: boolean;
    reviewers?: Array<{ type?: string; reviewer?: { id?: number } }>;
  }>;
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

function describeDiff(current: CurrentEnvironment | undefined, spec: EnvironmentSpec, protect: boolean): string[] {
  const rules = current?.protection_rules ?? [];
  const wait = rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0;
  const reviewersRule = rules.find((r) => r.type === 'required_reviewers');
  const ids = new Set((reviewersRule?.reviewers ?? []).map((r) => `${r.type}:${r.reviewer?.id}`));
  const want = new Set(spec.reviewers.map((r) => `${r.type}:${r.id}`));
  const diff: string[] = [];
  if (protect) {
    if (ids.size !== want.size || [...want].some((x) => !ids.has(x)))
      diff.push(`required reviewers: ${spec.reviewers.map((r) => (r.type === 'Team' ? `team ${r.name}` : `@${r.name}`)).join(', ') || 'none'}`);
    if ((reviewersRule?.prevent_self_review ?? false) !== spec.preventSelfReview && spec.reviewers.length > 0)
      diff.push(`prevent self-review: ${spec.preventSelfReview ? 'on' : 'off'}`);
    if (wait !== spec.waitTimer) diff.push(`wait timer: ${spec.waitTimer} min`);
  }
  const policy = current?.deployment_branch_policy;
  if (!policy || policy.protected_branches || !policy.custom_branch_policies) diff.push('deployments from the default branch only');
  return diff;
}

async function getEnvironment(octokit: GitHubClient, repo: RepoRef, name: string): Promise<CurrentEnvironment | undefined> {
  try {
    const { data } = await octokit.rest.repos.getEnvironment({ owner: repo.owner, repo: repo.repo, environment_name: name });
    return data as CurrentEnvironment;
  } catch (e) {
    if (errorStatus(e) === 404) return undefined;
    throw e;
  }
}

/** GitHub's 422 for an environment request: used only to confirm what the plan facts could not tell. */
function isUnprocessable(e: unknown): boolean {
  return errorStatus(e) === 422;
}

const DISPATCH_GATE =
  'Environment approvals cannot gate the rungs here, so the rollout uses the dispatch gate instead: each rung is started by hand ' +
  '(Actions → rollout-manual → Run workflow, with the rung), the person who starts it approves it and must have write access, ' +
  'rungs cannot be skipped, and with prevent-self-approval the author of the change cannot approve it.';

function adminError(repo: RepoRef, e?: unknown): UserError {
  return new UserError(
    `init needs admin rights on ${repo.owner}/${repo.repo} to write its environments${e ? ` (GitHub said ${describeGitHubError(e)})` : ''}`,
    undefined,
    'run it once as a repository admin: a fine-grained token with "Administration: write", or a classic token with repo scope, in GITHUB_TOKEN or GH_TOKEN',
  );
}

export interface SetupOptions extends RepoRef {
  service: string;
  rungs: readonly number[];
  reviewers: ReviewerRef[];
  preventSelfReview: boolean;
  waitTimer: (weight: number | 'production') => number;
  log: Log;
}

export function environmentNames(service: string, rungs: readonly number[]): { name: string; weight: number | 'production' }[] {
  return [
    ...rungs.map((w) => ({ name: `${service}-canary-${w}`, weight: w as number | 'production' })),
    { name: `${service}-production`, weight: 'production' },
  ];
}

/** Creates or updates the rollout's environments; idempotent. */
export async function setupEnvironments(octokit: GitHubClient, opts: SetupOptions): Promise<SetupResult> {
  const repoRef = { owner: opts.owner, repo: opts.repo };
  let repoData: { private: boolean; visibility?: string; owner: { type: string }; default_branch: string; permissions?: { admin?: boolean } };
  try {
    ({ data: repoData } = await octokit.rest.repos.get(repoRef));
  } catch (e) {
    if (errorStatus(e) === 404) throw new UserError(`repository ${opts.owner}/${opts.repo} not found, or the token cannot see it`);
    throw e;
  }
  // User tokens say whether they are admin; installation tokens carry no `permissions`, so the first write tells.
  if (repoData.permissions && repoData.permissions.admin === false) throw adminError(repoRef);
  if (opts.reviewers.length === 0)
    throw new UserError('--reviewers is required: who approves each rung (users, or org/team)', undefined, 'e.g. --reviewers alice,my-org/ml-leads');
  const reviewers = await resolveReviewerIds(octokit, opts.reviewers);

  const visibility = repoData.visibility === 'internal' ? 'internal' : repoData.visibility === 'public' || !repoData.private ? 'public' : 'private';
  const verdict: PlanVerdict = await reviewerAvailability(
    octokit,
    { ...repoRef, visibility, ownerType: repoData.owner.type },
    octokit.request.endpoint.DEFAULTS.baseUrl,
  );
  let basis = verdict.basis;
  let protect = verdict.reviewers !== false;
  let environmentsAvailable = verdict.environments !== false;
  let notice: string | undefined;
  if (verdict.reviewers === undefined) {
    basis += "; assumed: required reviewers are available if GitHub accepts them, so init asks for them and GitHub's answer decides";
  }
  opts.log.info(`plan: ${basis}`);
  const fallBack = (why: string) => {
    protect = false;
    notice = `${why}. ${DISPATCH_GATE}`;
    opts.log.warn(notice);
  };
  if (!protect)
    fallBack(verdict.environments === false ? `${verdict.basis}; the environments are not created (the deployments are still recorded)` : verdict.basis);

  const changes: Change[] = [];
  for (const { name, weight } of environmentNames(opts.service, opts.rungs)) {
    if (!environmentsAvailable) {
      changes.push({ environment: name, action: 'unchanged', details: ['not available on this plan'] });
      continue;
    }
    const spec: EnvironmentSpec = { name, reviewers, preventSelfReview: opts.preventSelfReview, waitTimer: opts.waitTimer(weight) };
    const current = await getEnvironment(octokit, repoRef, name);
    let diff = describeDiff(current, spec, protect);
    if (diff.length > 0) {
      const body = {
        owner: opts.owner,
        repo: opts.repo,
        environment_name: name,
        deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
      };
      const protection = protect
        ? { reviewers: reviewers.map((r) => ({ type: r.type, id: r.id })), prevent_self_review: opts.preventSelfReview, wait_timer: spec.waitTimer }
        : {};
      try {
        await octokit.rest.repos.createOrUpdateEnvironment({ ...body, ...protection });
      } catch (e) {
        const status = errorStatus(e);
        if (status === 403 || status === 404) throw adminError(repoRef, e);
        if (!isUnprocessable(e) || !protect) throw e;
        if (verdict.reviewers === true) {
          throw new UserError(
            `GitHub refused the protection rules of ${name} (${describeGitHubError(e)}), although ${verdict.basis}`,
            undefined,
            "check the reviewers and the wait timer; GitHub's message says which it refused",
          );
        }
        // The plan could not be read: the same environment without the rules tells whether they were the refusal.
        try {
          await octokit.rest.repos.createOrUpdateEnvironment(body);
        } catch (e2) {
          if (!isUnprocessable(e2)) throw e2;
          basis = `${verdict.basis}; GitHub refused the environment even without protection rules (HTTP 422), which confirms a plan without environments for private repositories`;
          fallBack(`${basis}; the environments are not created (the deployments are still recorded)`);
          environmentsAvailable = false;
          changes.push({ environment: name, action: 'unchanged', details: ['not available on this plan'] });
          continue;
        }
        basis = `${verdict.basis}; GitHub refused the required reviewers (HTTP 422) and accepted the environment without them, which confirms a plan without them`;
        fallBack(basis);
        diff = describeDiff(await getEnvironment(octokit, repoRef, name), spec, false);
        diff = diff.length > 0 ? diff : ['deployments from the default branch only'];
      }
    }
    // The default branch as the only branch allowed to deploy.
    const { data: policies } = await octokit.rest.repos.listDeploymentBranchPolicies({
      owner: opts.owner,
      repo: opts.repo,
      environment_name: name,
      per_page: 100,
    });
    if (!policies.branch_policies.some((p) => p.name === repoData.default_branch)) {
      await octokit.rest.repos.createDeploymentBranchPolicy({
        owner: opts.owner,
        repo: opts.repo,
        environment_name: name,
        name: repoData.default_branch,
        type: 'branch',
      });
      if (!diff.includes('deployments from the default branch only')) diff.push(`deployments from ${repoData.default_branch} allowed`);
    }
    changes.push({
      environment: name,
      action: diff.length === 0 ? 'unchanged' : current ? 'updated' : 'created',
      details: diff.map((d) => d.replace('the default branch', repoData.default_branch)),
    });
  }
  const subjects = clusterSubjects({
    ...repoRef,
    service: opts.service,
    rungs: opts.rungs,
    defaultBranch: repoData.default_branch,
    environments: environmentsAvailable,
  });
  return { mode: protect ? 'environment' : 'dispatch', changes, basis, clusterSubjects: subjects, ...(notice ? { notice } : {}) };
}
