// The pull request flow the action runs: did a surface change → evaluate → comment, summary, outputs →
// the step's result. GitHub being slow or down must never turn a passing evaluation into a failed check,
// so everything after the evaluation only warns when it fails.
import * as core from '@actions/core';
import { isUserError } from '../errors.ts';
import type { Log } from '../log.ts';
import type { Verdict } from '../types.ts';
import { parseFailOn, verdictFails, type FailOn } from '../core/exit.ts';
import { createAnnotator, type Annotator } from './annotations.ts';
import { artifactHint } from './artifact.ts';
import { gitChangedFiles, listChangedFiles, PULL_FILES_CAP, type ChangedFiles } from './changed-files.ts';
import { describeGitHubError, type GitHubClient } from './client.ts';
import type { PullRequestContext } from './context.ts';
import { updateStickyCommentIfPresent, upsertStickyComment } from './sticky-comment.ts';
import { writeJobSummary } from './summary.ts';

// The policy is shared with the CLI; re-exported where the action's flow has always offered it.
export { parseFailOn, verdictFails, type FailOn };

export interface EvaluationOutcome {
  service: string;
  /** The Markdown report (PR comment and job summary). */
  markdown: string;
  verdict: Verdict;
  /** Path of the JSON report. */
  jsonPath: string;
  /** Folder with all reports, uploaded by the workflow as an artifact. */
  reportDir?: string;
}

/** Answer of the surface relevance check: a boolean, or the names of the surfaces touched (empty = none). */
export type Relevance = boolean | readonly string[];

/** Where the flow's results go; `actionsIO` writes them through @actions/core. */
export interface ActionIO {
  setOutput(name: string, value: string): void;
  /** Fails the step. `annotated`: the message already went out as an annotation, so only the result changes. */
  setFailed(message: string, annotated?: boolean): void;
  notice(message: string): void;
  writeSummary(markdown: string, hint?: string): Promise<boolean>;
  annotator: Annotator;
}

export function actionsIO(log: Log): ActionIO {
  return {
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message, annotated) => {
      if (!annotated) return core.setFailed(message);
      // core.setFailed would add a second, location-less error annotation for the same problem.
      process.exitCode = 1; // core.ExitCode.Failure; the literal keeps working under @github/local-action's stub of core
      core.info(message);
    },
    notice: (message) => core.notice(message),
    writeSummary: (markdown, hint) => writeJobSummary(markdown, log, hint),
    annotator: createAnnotator(),
  };
}

export interface PullRequestFlowOptions {
  ctx: PullRequestContext;
  /** Absent (no token): changed files come from git and no comment is posted. */
  octokit?: GitHubClient;
  relevant(paths: string[], ctx: PullRequestContext): Relevance | Promise<Relevance>;
  evaluate(ctx: PullRequestContext): Promise<EvaluationOutcome>;
  /**
   * The services whose comments a run skipped for want of relevant changes marks as no longer current
   * (their earlier evaluation described a revision that touched them). Absent: such comments stay as they are.
   */
  services?(ctx: PullRequestContext): readonly string[] | Promise<readonly string[]>;
  failOn: FailOn;
  log: Log;
  io?: ActionIO;
  /** Post the sticky comment (default true). */
  comment?: boolean;
  /**
   * Evaluate fork PRs. The candidate's manifest picks the model endpoint, so running it with the endpoint
   * secrets would let a fork send them anywhere: on pull_request / pull_request_target forks are skipped with
   * a notice. Default: true only for workflow_dispatch, where a maintainer asked for the run after review.
   */
  allowForks?: boolean;
  /** Bot login of a custom GitHub App token (see sticky-comment.ts). */
  commentAuthor?: string;
  /** The checkout, for the git diff fallback. */
  cwd?: string;
}

export interface PullRequestFlowResult {
  skipped: boolean;
  /** Why it was skipped, as shown to the user. */
  note?: string;
  verdict?: Verdict;
  commentUrl?: string;
  /** The step was marked failed (verdict under fail-on, or a user error). */
  failed: boolean;
  changedFiles?: ChangedFiles;
  /** GitHub problems that were tolerated. */
  warnings: string[];
}

export async function runPullRequestFlow(opts: PullRequestFlowOptions): Promise<PullRequestFlowResult> {
  const { ctx, log } = opts;
  const io = opts.io ?? actionsIO(log);
  const warnings: string[] = [];
  // Through the annotator only: in a workflow the Log is @actions/core too, and one problem should be one annotation.
  const warn = (message: string) => {
    warnings.push(message);
    io.annotator.annotate('warning', message);
  };

  const skip = async (note: string, changedFiles?: ChangedFiles): Promise<PullRequestFlowResult> => {
    log.info(note);
    io.notice(note);
    io.setOutput('skipped', 'true');
    await io.writeSummary(`### shadowgate\n\n${note}\n`).catch((e: unknown) => warn(`job summary not written: ${describeGitHubError(e)}`));
    return { skipped: true, note, failed: false, warnings, ...(changedFiles ? { changedFiles } : {}) };
  };

  if (ctx.isFork && !(opts.allowForks ?? ctx.eventName === 'workflow_dispatch')) {
    return skip(
      `Skipped: pull request #${ctx.prNumber} comes from a fork. The shadow evaluation calls the model endpoints with ` +
        `repository secrets, which fork pull requests do not get. A maintainer can run the workflow by hand ` +
        `(workflow_dispatch with pr-number: ${ctx.prNumber}) after reviewing the change.`,
    );
  }

  const changedFiles = await findChangedFiles(opts, warn);
  if (changedFiles?.capped) {
    io.notice(
      `This pull request has more files than GitHub lists (${PULL_FILES_CAP}); changed files were taken from git diff ${ctx.baseSha}...${ctx.headSha}.`,
    );
  }
  if (changedFiles) {
    const relevance = await opts.relevant(changedFiles.paths, ctx);
    const touched = Array.isArray(relevance) ? relevance.length > 0 : Boolean(relevance);
    if (!touched) {
      await markEarlierEvaluationsNotCurrent(opts, warn);
      return skip(
        `Skipped: none of the ${changedFiles.paths.length} changed files touches the model, prompts, tools, context settings, manifest or dataset.`,
        changedFiles,
      );
    }
    if (Array.isArray(relevance)) log.info(`surfaces changed: ${relevance.join(', ')}`);
  }

  let outcome: EvaluationOutcome;
  try {
    outcome = await opts.evaluate(ctx);
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.annotator.userError(e);
    io.setOutput('skipped', 'false');
    io.setFailed(e.format(), true);
    return { skipped: false, failed: true, warnings, ...(changedFiles ? { changedFiles } : {}) };
  }

  io.setOutput('skipped', 'false');
  io.setOutput('verdict', outcome.verdict);
  io.setOutput('report-json', outcome.jsonPath);
  if (outcome.reportDir) io.setOutput('report-dir', outcome.reportDir);

  let commentUrl: string | undefined;
  if (opts.comment !== false && ctx.prNumber !== undefined) {
    if (!opts.octokit) {
      warn('no GitHub token: the pull request comment was not posted');
    } else {
      try {
        const sticky = await upsertStickyComment(opts.octokit, {
          owner: ctx.owner,
          repo: ctx.repo,
          issueNumber: ctx.prNumber,
          service: outcome.service,
          body: outcome.markdown,
          log,
          ...(ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}),
          ...(opts.commentAuthor ? { author: opts.commentAuthor } : {}),
        });
        commentUrl = sticky.url;
        io.setOutput('comment-url', sticky.url);
      } catch (e) {
        warn(`the pull request comment could not be posted (${describeGitHubError(e)}); the report is in the job summary${permissionHint(e)}`);
      }
    }
  }

  try {
    const hint = artifactHint(ctx.runUrl);
    await io.writeSummary(`${outcome.markdown}\n\n${hint}\n`, hint);
  } catch (e) {
    warn(`job summary not written: ${(e as Error).message}`);
  }

  const failed = verdictFails(outcome.verdict, opts.failOn);
  if (failed) {
    const why = outcome.verdict === 'error' ? 'too few pairs had both answers (an outage; fails under every fail-on)' : `fail-on: ${opts.failOn}`;
    io.setFailed(`shadowgate verdict for ${outcome.service}: ${outcome.verdict} (${why})`);
  } else if (outcome.verdict !== 'pass') {
    io.annotator.annotate('warning', `shadowgate verdict for ${outcome.service}: ${outcome.verdict} (fail-on: ${opts.failOn}, not failing the step)`);
  }
  return { skipped: false, verdict: outcome.verdict, failed, warnings, ...(commentUrl ? { commentUrl } : {}), ...(changedFiles ? { changedFiles } : {}) };
}

/**
 * The PR's files from the API, else from git; undefined when neither answers, in which case the flow
 * evaluates anyway: running an unneeded evaluation is cheaper than skipping a needed one.
 */
async function findChangedFiles(opts: PullRequestFlowOptions, warn: (m: string) => void): Promise<ChangedFiles | undefined> {
  const { ctx, log } = opts;
  if (opts.octokit && ctx.prNumber !== undefined) {
    try {
      return await listChangedFiles(opts.octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        prNumber: ctx.prNumber,
        baseSha: ctx.baseSha,
        headSha: ctx.headSha,
        log,
        ...(ctx.changedFilesCount !== undefined ? { expectedCount: ctx.changedFilesCount } : {}),
        ...(opts.cwd ? { cwd: opts.cwd } : {}),
      });
    } catch (e) {
      log.info(`listing the pull request's files failed (${describeGitHubError(e)}); trying git diff`);
    }
  }
  try {
    return { paths: await gitChangedFiles(ctx.baseSha, ctx.headSha, opts.cwd), source: 'git' };
  } catch (e) {
    warn(
      `could not tell which files changed (git diff ${ctx.baseSha}...${ctx.headSha}: ${(e as Error).message.split('\n')[0]}); ` +
        'evaluating anyway. Check out with fetch-depth: 0 so both commits are present.',
    );
    return undefined;
  }
}

function permissionHint(e: unknown): string {
  return /not accessible by integration/i.test(e instanceof Error ? e.message : '') ? '. Give the job `permissions: pull-requests: write`' : '';
}

/**
 * A pull request that once touched a service and no longer does (the change was reverted) still shows that
 * service's last evaluation: rewrite such a comment to say it no longer applies. Nothing is posted where
 * there was no comment, and GitHub trouble only warns.
 */
async function markEarlierEvaluationsNotCurrent(opts: PullRequestFlowOptions, warn: (message: string) => void): Promise<void> {
  const { ctx, octokit } = opts;
  if (!octokit || opts.comment === false || ctx.prNumber === undefined || !opts.services) return;
  let services: readonly string[];
  try {
    services = await opts.services(ctx);
  } catch {
    return; // a manifest that does not load names no service; the skip note says what happened
  }
  for (const service of services) {
    try {
      await updateStickyCommentIfPresent(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: ctx.prNumber,
        service,
        body: notCurrentNote(service, ctx),
        log: opts.log,
        ...(opts.commentAuthor ? { author: opts.commentAuthor } : {}),
      });
    } catch (e) {
      warn(`the earlier shadowgate comment for ${service} could not be marked as outdated (${describeGitHubError(e)})`);
    }
  }
}

export function notCurrentNote(service: string, ctx: PullRequestContext): string {
  const name = service.replace(/`/g, "'");
  const revision = /^[0-9a-f]{40}$/.test(ctx.headSha) ? ctx.headSha.slice(0, 7) : ctx.headSha;
  const head = revision ? ` at \`${revision.replace(/`/g, "'")}\`` : '';
  return (
    `### ⏭️ shadowgate: \`${name}\` not evaluated${head}\n\n` +
    `This pull request no longer changes anything the evaluation of \`${name}\` depends on (model, prompts, tools, ` +
    `context settings, manifest, dataset), so nothing was replayed. The evaluation shown here before described an ` +
    `earlier revision and no longer applies.${ctx.runUrl ? ` [Run](${ctx.runUrl})` : ''}\n`
  );
}
