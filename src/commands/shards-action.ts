// The action's side of a sharded run: `command: shadow` with `shard: I/N` replays one shard and writes its
// part (no verdict, no comment); `command: merge` merges the parts and then runs the pull request flow of
// an unsharded evaluation — one sticky comment, the job summary, the outputs and the step's result.
import { dirname } from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from '../action/inputs.ts';
import { runPullRequestAction } from '../github/action.ts';
import { createGitHubClient } from '../github/client.ts';
import { readPullRequestContext } from '../github/context.ts';
import type { Log } from '../log.ts';
import { renderComment } from '../report/comment.ts';
import { cancelOnSignals } from './cancel.ts';
import type { Shard } from '../shadow/shard.ts';
import { describeShard } from '../shadow/shard.ts';
import { runMerge, runShard } from './shards.ts';

/** Where the merge job downloads the parts when the `parts` input is empty. */
export const DEFAULT_PARTS_FOLDER = 'shadowgate-parts';

export async function runShardAction(inputs: ActionInputs, shard: Shard, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const repoRoot = env.GITHUB_WORKSPACE ?? process.cwd();
  const octokit = inputs.githubToken ? createGitHubClient({ token: inputs.githubToken, log, env }) : undefined;
  const ctx = await readPullRequestContext({
    env,
    dispatch: { ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}), ...(inputs.headRef ? { headRef: inputs.headRef } : {}) },
    ...(octokit ? { octokit } : {}),
  });
  if (ctx.isFork && ctx.eventName !== 'workflow_dispatch') {
    // As the unsharded flow: a fork's manifest picks the endpoints, so it never runs with the secrets.
    const note = `Skipped: pull request #${ctx.prNumber} comes from a fork; a maintainer can run the workflow by hand (workflow_dispatch with pr-number: ${ctx.prNumber}) after reviewing it.`;
    log.info(note);
    core.notice(note);
    core.setOutput('skipped', 'true');
    return;
  }
  const cancellation = cancelOnSignals(log);
  const part = await runShard(
    {
      signal: cancellation.stop,
      abandonSignal: cancellation.abandon,
      manifestPath: inputs.manifest,
      baseRef: ctx.baseSha,
      headRef: inputs.headRef,
      baselineEndpoint: inputs.baselineEndpoint,
      candidateEndpoint: inputs.candidateEndpoint,
      allowedEndpoints: inputs.allowedEndpoints,
      onSecret: (value: string) => core.setSecret(value),
      noiseFloor: inputs.noiseFloor || undefined,
      outDir: inputs.reportDir,
      repoRoot,
      env,
      shard,
    },
    log,
  );
  core.setOutput('skipped', 'false');
  core.setOutput('part', part.path);
  core.setOutput('report-dir', dirname(part.path));
  log.info(`shard ${describeShard(shard)}: part ${part.path}; upload it for the merge job`);
  // Cancelled: the part (marked partial) is written; exit as the signal asked (130/143).
  const cancelled = cancellation.exitCode();
  if (cancelled !== undefined) process.exitCode = cancelled;
  cancellation.dispose();
}

export async function runMergeAction(inputs: ActionInputs, log: Log): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  await runPullRequestAction({
    log,
    inputs,
    // The shard jobs already ran: the workflow's paths filter decided relevance before they started.
    relevant: () => true,
    evaluate: async (ctx) => {
      const result = await runMerge(
        inputs.parts ?? [DEFAULT_PARTS_FOLDER],
        { outDir: inputs.reportDir, repoRoot, runUrl: ctx.runUrl, fullReportUrl: ctx.runUrl },
        log,
      );
      // The same body as the report's .md file, as an unsharded run comments.
      const markdown = renderComment(result.report, { fullReportUrl: ctx.runUrl });
      return {
        service: result.report.service,
        markdown,
        verdict: result.report.judgement.verdict,
        jsonPath: result.paths.json,
        reportDir: dirname(result.paths.json),
      };
    },
  });
}
