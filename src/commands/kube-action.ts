// The Kubernetes commands inside a workflow: inputs from action.yml, results as step outputs.
import * as core from '@actions/core';
import type { ActionInputs } from '../action/inputs.ts';
import type { Log } from '../log.ts';
import { isKubeRefusal } from '../kube/refusal.ts';
import { executeKubeCommand, type KubeCommand } from './kube.ts';

/** `promotion-run-id: latest` undoes the newest promotion of any run. */
export const ANY_RUN = 'latest';

type KubeActionInputs = Pick<ActionInputs, 'manifest' | 'runId' | 'reportDir' | 'promotionRunId' | 'force' | 'files'> &
  Partial<Pick<ActionInputs, 'allowedEndpoints'>>;

export async function runKubeAction(command: KubeCommand, inputs: KubeActionInputs, log: Log): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { runId } = inputs;
  // A rollback undoes this run's own promotion unless another run is named: a run whose promote flipped
  // nothing (stopped at a check) must never move traffic that another run put in place.
  const named = inputs.promotionRunId ?? '';
  const ownIdentity = runId ?? (await import('../delivery/blue-green.ts')).defaultRunId();
  const promotionRunId = command !== 'rollback' ? undefined : named === ANY_RUN ? undefined : named || ownIdentity;
  try {
    const outcome = await executeKubeCommand(
      command,
      {
        manifestPath: inputs.manifest,
        repoRoot,
        runId,
        promotionRunId,
        force: inputs.force,
        allowedEndpoints: inputs.allowedEndpoints,
        // Masked before promote's warm-up, smoke and watch requests send it.
        onSecret: (value: string) => core.setSecret(value),
        lintArgs: command === 'lint' ? inputs.files : undefined,
        outDir: inputs.reportDir,
      },
      log,
    );
    core.setOutput('verdict', outcome.verdict);
    if (outcome.liveSlot) core.setOutput('live-slot', outcome.liveSlot);
    log.info(JSON.stringify(outcome.result, null, 2));
    if (outcome.exitCode !== 0) core.setFailed(`${command}: ${outcome.verdict}`);
  } catch (e) {
    // The refusal's kind (not-ready, lease-held, permission, service-state, unreachable) for `if:` conditions.
    if (isKubeRefusal(e)) core.setOutput('verdict', e.kind);
    throw e;
  }
}
