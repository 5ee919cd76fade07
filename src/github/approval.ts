// Who approved a rung, and whether that approval counts.
//
// Two gates, the same ladder:
//   - `environment`: the rung's job waits on its GitHub environment's required reviewers; GitHub enforces
//     the approval (and prevent_self_review), and the run's environment reviews say who gave it.
//   - `dispatch` (the fallback for private repositories on plans without required reviewers): each rung is
//     started by hand with workflow_dispatch. The dispatch is the approval, so the action checks it itself:
//     the person must have write access, and — when configured — must not be the author of the change.
//     Skipping a rung or running one whose predecessor has not passed is refused from the ladder's state in
//     the cluster, before anything is written.
import type { GateKind } from '../action/inputs.ts';
import { UserError } from '../errors.ts';
import { describeGitHubError, errorStatus, type GitHubClient } from './client.ts';
import type { RepoRef } from './deployments.ts';

export type { GateKind };

export function parseGate(raw: string | undefined): GateKind {
  const value = (raw ?? '').trim().toLowerCase() || 'environment';
  if (value !== 'environment' && value !== 'dispatch') throw new UserError(`input gate must be environment or dispatch (got "${raw}")`);
  return value;
}

export interface ChangeAuthor {
  /** The pull request that brought the commit to the default branch, when there is one. */
  pullNumber?: number;
  pullUrl?: string;
  /** Its author (the person whose change this is). */
  login?: string;
}

interface PullLike {
  number: number;
  html_url?: string;
  user?: { login?: string } | null;
  merged_at?: string | null;
  state?: string;
}

/** The merged pull request that contains `sha`, and its author. */
export async function changeAuthor(octokit: GitHubClient, opts: RepoRef & { sha: string }): Promise<ChangeAuthor> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: opts.owner, repo: opts.repo, commit_sha: opts.sha, per_page: 30 });
  const pulls = data as PullLike[];
  const pull = pulls.find((p) => p.merged_at) ?? pulls[0];
  if (!pull) return {};
  return { pullNumber: pull.number, ...(pull.html_url ? { pullUrl: pull.html_url } : {}), ...(pull.user?.login ? { login: pull.user.login } : {}) };
}

/**
 * The reviewer who approved `environment` in this workflow run (the latest approval), or undefined when
 * the environment needed none.
 */
export async function environmentApprover(octokit: GitHubClient, opts: RepoRef & { runId: number; environment: string }): Promise<string | undefined> {
  const { data } = await octokit.rest.actions.getReviewsForRun({ owner: opts.owner, repo: opts.repo, run_id: opts.runId });
  const wanted = opts.environment.toLowerCase();
  const approvals = data.filter((r) => r.state === 'approved' && r.environments.some((e) => e.name?.toLowerCase() === wanted));
  return approvals.at(-1)?.user.login;
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

export interface DispatchCheck extends RepoRef {
  /** The person who dispatched the run (GITHUB_TRIGGERING_ACTOR). */
  actor: string;
  author: ChangeAuthor;
  preventSelfApproval: boolean;
}

/** Refuses a dispatch that cannot count as an approval; says who and why. No side effects. */
export async function checkDispatchApproval(octokit: GitHubClient, check: DispatchCheck): Promise<void> {
  let role: string;
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: check.owner, repo: check.repo, username: check.actor });
    role = (data as { role_name?: string }).role_name ?? data.permission;
  } catch (e) {
    if (errorStatus(e) === 404) role = 'none';
    else throw new UserError(`could not check ${check.actor}'s access to ${check.owner}/${check.repo}: ${describeGitHubError(e)}`);
  }
  if (!WRITE_ROLES.has(role)) {
    throw new UserError(
      `${check.actor} has ${role} access to ${check.owner}/${check.repo}; starting a rung by hand counts as its approval, which needs write access`,
    );
  }
  if (check.preventSelfApproval && check.author.login && check.author.login.toLowerCase() === check.actor.toLowerCase()) {
    throw new UserError(
      `${check.actor} wrote this change${check.author.pullNumber ? ` (pull request #${check.author.pullNumber})` : ''} and cannot approve its rollout (prevent-self-approval is on)`,
      undefined,
      'ask another maintainer to run the rung',
    );
  }
}
