// The entry the action's main.ts calls on pull_request / pull_request_target / workflow_dispatch:
// inputs and environment in, the PR flow run, every user error reported as an annotation.
import * as core from '@actions/core';
import { readActionInputs, type ActionInputs } from '../action/inputs.ts';
import { isUserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { createGitHubClient, type GitHubClient } from './client.ts';
import { readPullRequestContext, type PullRequestContext } from './context.ts';
import { actionsIO, runPullRequestFlow, type EvaluationOutcome, type PullRequestFlowResult, type Relevance } from './pr-flow.ts';

/** Log lines through @actions/core; warnings and errors with a location become annotations there. */
export function actionsLog(): Log {
  const props = (w?: { file: string; line?: number; column?: number }) =>
    w ? { file: w.file, ...(w.line !== undefined ? { startLine: w.line } : {}), ...(w.column !== undefined ? { startColumn: w.column } : {}) } : undefined;
  return {
    interactive: false,
    info: (m) => core.info(m),
    warn: (m, w) => core.warning(m, props(w)),
    error: (m, w) => core.error(m, props(w)),
    debug: (m) => core.debug(m),
  };
}

export interface PullRequestActionDeps {
  log: Log;
  /** Backed by src/surfaces: which surfaces these changed paths touch. */
  relevant(paths: string[], ctx: PullRequestContext): Relevance | Promise<Relevance>;
  evaluate(ctx: PullRequestContext): Promise<EvaluationOutcome>;
  /** The services named by the manifests, whose earlier comments a skipped run marks as not current. */
  services?(ctx: PullRequestContext): readonly string[] | Promise<readonly string[]>;
  /** The action's inputs as main.ts read them; read from `env` when not given. */
  inputs?: Pick<ActionInputs, 'failOn' | 'comment' | 'githubToken' | 'baseRef' | 'headRef'>;
  env?: NodeJS.ProcessEnv;
}

/**
 * Uses the inputs `github-token`, `fail-on`, `comment`, `base-ref`, `head-ref` (and a dispatch's `pr-number`
 * from its payload), then runs the flow. A user error before the evaluation (bad input, unsupported event) fails the
 * step with the message, not a stack trace. Returns undefined in that case.
 */
export async function runPullRequestAction(deps: PullRequestActionDeps): Promise<PullRequestFlowResult | undefined> {
  const env = deps.env ?? process.env;
  const io = actionsIO(deps.log);
  try {
    const { failOn, comment, githubToken: token, baseRef, headRef } = deps.inputs ?? readActionInputs(env);
    const octokit: GitHubClient | undefined = token ? createGitHubClient({ token, log: deps.log, env }) : undefined;
    const ctx = await readPullRequestContext({
      env,
      dispatch: { ...(baseRef ? { baseRef } : {}), ...(headRef ? { headRef } : {}) },
      ...(octokit ? { octokit } : {}),
    });
    return await runPullRequestFlow({
      ctx,
      ...(octokit ? { octokit } : {}),
      relevant: deps.relevant,
      evaluate: deps.evaluate,
      ...(deps.services ? { services: deps.services } : {}),
      failOn,
      comment,
      log: deps.log,
      io,
      ...(env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {}),
    });
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.annotator.userError(e);
    io.setFailed(e.format(), true);
    return undefined;
  }
}
