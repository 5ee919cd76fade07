import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// src/commands/pr-comment.ts
function parsePullRequestTarget(value, env = process.env) {
  const full = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)#(\d+)$/.exec(value.trim());
  if (full) return { owner: full[1], repo: full[2], number: Number(full[3]) };
  const bare = /^#?(\d+)$/.exec(value.trim());
  const repository = env.GITHUB_REPOSITORY?.split("/");
  if (bare && repository?.length === 2 && repository[0] && repository[1]) {
    return { owner: repository[0], repo: repository[1], number: Number(bare[1]) };
  }
  throw new UserError(`--pr must look like owner/repo#123 (or 123 with GITHUB_REPOSITORY set), got "${value}"`, void 0, "e.g. --pr octo-org/support-bot#42");
}
function missingToken() {
  return new UserError("--pr needs a token: set GITHUB_TOKEN (or GH_TOKEN) with pull-requests: write on the repository");
}
function checkCommentPrerequisites(env = process.env) {
  if (!env.GITHUB_TOKEN && !env.GH_TOKEN) throw missingToken();
}
async function commentOnPullRequest(report, target, log, env = process.env) {
  const { createGitHubClient, resolveToken, describeGitHubError } = await import("./client-PDONKK5T.js");
  const { upsertStickyComment } = await import("./sticky-comment-Q5VO3DL6.js");
  const { renderComment } = await import("./comment-JV3ZX6TS.js");
  const token = resolveToken(void 0, env);
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
      ...report.runUrl ? { fullReportUrl: report.runUrl } : {}
    });
    log.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (e) {
    log.warn(`the PR comment was not posted: ${describeGitHubError(e)}`);
    return void 0;
  }
}
export {
  checkCommentPrerequisites,
  commentOnPullRequest,
  parsePullRequestTarget
};
