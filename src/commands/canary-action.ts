// The canary commands inside a workflow: `command: canary-advance | canary-abort | canary-status`.
import * as core from '@actions/core';
import type { ActionInputs } from '../action/inputs.ts';
import type { Log } from '../log.ts';
import { executeCanary, type CanaryStep } from './canary.ts';

export async function runCanaryAction(
  step: CanaryStep,
  inputs: Pick<ActionInputs, 'manifest' | 'runId' | 'canaryWeight' | 'reportDir'>,
  log: Log,
): Promise<void> {
  const outcome = await executeCanary(
    step,
    {
      manifestPath: inputs.manifest,
      repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      runId: inputs.runId,
      expectWeight: inputs.canaryWeight,
      outDir: inputs.reportDir,
    },
    log,
  );
  core.setOutput('verdict', outcome.verdict);
  if (outcome.weight !== undefined) core.setOutput('canary-weight', String(outcome.weight));
  if (outcome.liveSlot) core.setOutput('live-slot', outcome.liveSlot);
  if (outcome.markdown) await core.summary.addRaw(outcome.markdown).write();
  log.info(JSON.stringify(outcome.result, null, 2));
  if (outcome.exitCode !== 0) core.setFailed(`canary ${step}: ${outcome.verdict}`);
}
