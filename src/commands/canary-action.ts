// The canary commands inside a workflow: `command: canary-advance | canary-abort | canary-status`.
import * as core from '@actions/core';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { executeCanary, type CanaryStep } from './canary.ts';

export async function runCanaryAction(step: CanaryStep, log: Log): Promise<void> {
  const weightInput = core.getInput('canary-weight').trim();
  const expectWeight = weightInput ? Number(weightInput) : undefined;
  if (expectWeight !== undefined && !(Number.isInteger(expectWeight) && expectWeight >= 1 && expectWeight <= 100)) {
    throw new UserError(`input canary-weight must be a whole percentage 1..100 (got "${weightInput}")`);
  }
  const outcome = await executeCanary(step, {
    manifestPath: core.getInput('manifest').trim() || 'shadowgate.yaml',
    repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: core.getInput('run-id').trim() || undefined,
    expectWeight,
    outDir: core.getInput('report-dir').trim() || undefined,
  }, log);
  core.setOutput('verdict', outcome.verdict);
  if (outcome.weight !== undefined) core.setOutput('canary-weight', String(outcome.weight));
  if (outcome.liveSlot) core.setOutput('live-slot', outcome.liveSlot);
  if (outcome.markdown) await core.summary.addRaw(outcome.markdown).write();
  log.info(JSON.stringify(outcome.result, null, 2));
  if (outcome.exitCode !== 0) core.setFailed(`canary ${step}: ${outcome.verdict}`);
}
