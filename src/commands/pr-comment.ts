// `shadowgate shadow --pr owner/repo#N`: the sticky PR comment from the CLI (other CI systems, laptops),
// with a token from GITHUB_TOKEN / GH_TOKEN and GITHUB_API_URL for GitHub Enterprise Server.
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import type { ShadowReport } from '../types.ts';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

/** `owner/repo#123`, or `123` with GITHUB_REPOSITORY naming the repository. */
export function parsePullRequestTarget(value: string, env: NodeJS.ProcessEnv = process.env): PullRequestTarget {
  const full = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)#(\d+)$/.exec(value.trim());
  if (full) return { owner: full[1]!, repo: full[2]!, number: Number(full[3]) };
  const bare = /^#?(\d+)$/.exec(value.trim());
  const repository = env.GITHUB_REPOSITORY?.split('/');
  if (bare && repository?.length === 2 && repository[0] && repository[1]) {
    return { owner: repository[0], repo: repository[1], number: Number(bare[1]) };
  }
  throw new UserError(`--pr must look like owner/repo#123 (or 123 with GITHUB_REPOSITORY set), got "${value}"`, undefined, 'e.g. --pr octo-org/support-bot#42');
}

function missingToken(): UserError {
  return new UserError('--pr needs a token: set GITHUB_TOKEN (or GH_TOKEN) with pull-requests: write on the repository');
}

/** Checked before the evaluation starts, so a missing token costs no model requests. */
export function checkCommentPrerequisites(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.GITHUB_TOKEN && !env.GH_TOKEN) throw missingToken();
}

/**
 * Posts or updates the service's sticky comment. A GitHub failure is reported as a warning and returns
 * undefined: the evaluation's verdict, not GitHub's availability, decides the exit code.
 */
export async function commentOnPullRequest(
  report: ShadowReport,
  target: PullRequestTarget,
  log: Log,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const { createGitHubClient, resolveToken, describeGitHubError } = await import('../github/client.ts');
  const { upsertStickyComment } = await import('../github/sticky-comment.ts');
  const { renderComment } = await import('../report/comment.ts');
  const token = resolveToken(undefined, env);
  if (!token) throw missingToken();
  const octokit = createGitHubClient({ token, log, env });
  const body = renderComment(report);
  try {
    const result = await upsertStickyComment(octokit, {
      owner: target.owner,
      repo: target.repo,
      issueNumber: target.number,
      service: report.service,
      body,
      log,
      ...(report.runUrl ? { fullReportUrl: report.runUrl } : {}),
    });
    log.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (e) {
    log.warn(`the PR comment was not posted: ${describeGitHubError(e)}`);
    return undefined;
  }
}
