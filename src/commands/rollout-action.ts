// The rollout commands inside a workflow: `command: rollout-rung | rollout-abort | rollout-rollback`.
// Inputs from action.yml, the runner's context from its environment; the step's record goes to the job
// summary (what the next approver reads), the deployments view and the pull request.
import * as core from '@actions/core';
import type { ActionInputs } from '../action/inputs.ts';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { createGitHubClient } from '../github/client.ts';
import { fitSummary } from '../github/summary.ts';
import { readRunnerContext, runAbort, runRollback, runRung, type RolloutCommon, type RolloutOutcome } from './rollout.ts';

export type RolloutStep = 'rung' | 'abort' | 'rollback';

type RolloutActionInputs = Pick<
  ActionInputs,
  'manifest' | 'reportDir' | 'githubToken' | 'canaryWeight' | 'gate' | 'preventSelfApproval' | 'environment' | 'environmentUrl' | 'reason' | 'service'
>;

export async function runRolloutAction(step: RolloutStep, inputs: RolloutActionInputs, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const token = inputs.githubToken;
  if (!token) throw new UserError('the rollout commands need a token (input github-token) to record deployments and the progress comment');
  const { environment } = inputs;
  const common: RolloutCommon = {
    manifestPath: inputs.manifest,
    repoRoot: env.GITHUB_WORKSPACE ?? process.cwd(),
    octokit: createGitHubClient({ token, log, env }),
    runner: readRunnerContext(env),
    log,
    outDir: inputs.reportDir,
    ...(inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {}),
    ...(environment ? { rungEnvironment: environment, productionEnvironment: environment } : {}),
    env,
  };
  let outcome: RolloutOutcome;
  if (step === 'rung') {
    const weight = inputs.canaryWeight;
    if (weight === undefined) throw new UserError('rollout-rung needs input canary-weight, a whole percentage 1..100');
    outcome = await runRung({ ...common, weight, gate: inputs.gate, preventSelfApproval: inputs.preventSelfApproval });
  } else if (step === 'abort') {
    outcome = await runAbort({ ...common, ...(inputs.reason ? { reason: inputs.reason } : {}) });
  } else {
    outcome = await runRollback({ ...common, ...(inputs.reason ? { reason: inputs.reason } : {}), ...(inputs.service ? { service: inputs.service } : {}) });
  }
  core.setOutput('verdict', outcome.verdict);
  if (outcome.weight !== undefined) core.setOutput('canary-weight', String(outcome.weight));
  if (outcome.commentUrl) core.setOutput('comment-url', outcome.commentUrl);
  if (outcome.deploymentId !== undefined) core.setOutput('deployment-id', String(outcome.deploymentId));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(fitSummary(outcome.summary), true).write();
  if (outcome.exitCode !== 0) core.setFailed(`rollout ${step}: ${outcome.verdict}`);
}
