// The rollout commands inside a workflow: `command: rollout-rung | rollout-abort | rollout-rollback`.
// Inputs from action.yml, the runner's context from its environment; the step's record goes to the job
// summary (what the next approver reads), the deployments view and the pull request.
import * as core from '@actions/core';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { parseGate } from '../github/approval.ts';
import { createGitHubClient, resolveToken } from '../github/client.ts';
import { fitSummary } from '../github/summary.ts';
import { readRunnerContext, runAbort, runRollback, runRung, type RolloutCommon, type RolloutOutcome } from './rollout.ts';

export type RolloutStep = 'rung' | 'abort' | 'rollback';

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

function booleanInput(name: string, raw: string | undefined): boolean {
  if (raw === undefined) return false;
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  throw new UserError(`input ${name} must be true or false (got "${raw}")`);
}

export async function runRolloutAction(step: RolloutStep, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const token = resolveToken(core.getInput('github-token'), env);
  if (!token) throw new UserError('the rollout commands need a token (input github-token) to record deployments and the progress comment');
  const environment = optional('environment');
  const common: RolloutCommon = {
    manifestPath: optional('manifest') ?? 'shadowgate.yaml',
    repoRoot: env.GITHUB_WORKSPACE ?? process.cwd(),
    octokit: createGitHubClient({ token, log, env }),
    runner: readRunnerContext(env),
    log,
    ...(optional('report-dir') ? { outDir: optional('report-dir')! } : {}),
    ...(optional('environment-url') ? { environmentUrl: optional('environment-url')! } : {}),
    ...(environment ? { rungEnvironment: environment, productionEnvironment: environment } : {}),
    env,
  };
  let outcome: RolloutOutcome;
  if (step === 'rung') {
    const raw = optional('canary-weight');
    const weight = Number(raw);
    if (!raw || !Number.isInteger(weight) || weight < 1 || weight > 100) throw new UserError(`rollout-rung needs input canary-weight, a whole percentage 1..100 (got "${raw ?? ''}")`);
    outcome = await runRung({
      ...common,
      weight,
      gate: parseGate(optional('gate')),
      preventSelfApproval: booleanInput('prevent-self-approval', optional('prevent-self-approval')),
    });
  } else if (step === 'abort') {
    outcome = await runAbort({ ...common, ...(optional('reason') ? { reason: optional('reason')! } : {}) });
  } else {
    outcome = await runRollback({ ...common, ...(optional('reason') ? { reason: optional('reason')! } : {}), ...(optional('service') ? { service: optional('service')! } : {}) });
  }
  core.setOutput('verdict', outcome.verdict);
  if (outcome.weight !== undefined) core.setOutput('canary-weight', String(outcome.weight));
  if (outcome.commentUrl) core.setOutput('comment-url', outcome.commentUrl);
  if (outcome.deploymentId !== undefined) core.setOutput('deployment-id', String(outcome.deploymentId));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(fitSummary(outcome.summary), true).write();
  if (outcome.exitCode !== 0) core.setFailed(`rollout ${step}: ${outcome.verdict}`);
}
