// The Kubernetes commands inside a workflow: inputs from action.yml, results as step outputs.
import * as core from '@actions/core';
import type { ActionInputs } from '../action/inputs.ts';
import type { Log } from '../log.ts';
import { executeKubeCommand, type KubeCommand } from './kube.ts';

export async function runKubeAction(command: KubeCommand, inputs: Pick<ActionInputs, 'manifest' | 'runId' | 'reportDir'>, log: Log): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { runId } = inputs;
  const outcome = await executeKubeCommand(
    command,
    {
      manifestPath: inputs.manifest,
      repoRoot,
      runId,
      // With an explicit run-id, undo exactly that run's promotion and free its lease; without, the latest one.
      promotionRunId: command === 'rollback' ? runId : undefined,
      outDir: inputs.reportDir,
    },
    log,
  );
  core.setOutput('verdict', outcome.verdict);
  if (outcome.liveSlot) core.setOutput('live-slot', outcome.liveSlot);
  log.info(JSON.stringify(outcome.result, null, 2));
  if (outcome.exitCode !== 0) core.setFailed(`${command}: ${outcome.verdict}`);
}
