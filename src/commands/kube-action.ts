// The Kubernetes commands inside a workflow: inputs from action.yml, results as step outputs.
import * as core from '@actions/core';
import type { Log } from '../log.ts';
import { executeKubeCommand, type KubeCommand } from './kube.ts';

export async function runKubeAction(command: KubeCommand, log: Log): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const runId = core.getInput('run-id').trim() || undefined;
  const outcome = await executeKubeCommand(
    command,
    {
      manifestPath: core.getInput('manifest').trim() || 'shadowgate.yaml',
      repoRoot,
      runId,
      // With an explicit run-id, undo exactly that run's promotion and free its lease; without, the latest one.
      promotionRunId: command === 'rollback' ? runId : undefined,
      outDir: core.getInput('report-dir').trim() || undefined,
    },
    log,
  );
  core.setOutput('verdict', outcome.verdict);
  if (outcome.liveSlot) core.setOutput('live-slot', outcome.liveSlot);
  log.info(JSON.stringify(outcome.result, null, 2));
  if (outcome.exitCode !== 0) core.setFailed(`${command}: ${outcome.verdict}`);
}
