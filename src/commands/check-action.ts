// The action's `command: check`: the lock, the model pin and (on a pull request) tool-schema
// compatibility against the base branch. Problems become annotations on their file and line.
import * as core from '@actions/core';
import type { ActionInputs } from '../action/inputs.ts';
import type { Log } from '../log.ts';
import { runCheck } from './versioning.ts';

export async function runCheckAction(inputs: Pick<ActionInputs, 'manifest' | 'baseRef' | 'headRef'>, log: Log): Promise<void> {
  // On pull_request events GITHUB_BASE_REF names the base branch; checkout with fetch-depth: 0 has it as origin/<branch>.
  const baseBranch = process.env.GITHUB_BASE_REF;
  const code = await runCheck(
    {
      manifestPath: inputs.manifest,
      repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      baseRef: inputs.baseRef ?? (baseBranch ? `origin/${baseBranch}` : undefined),
      headRef: inputs.headRef,
    },
    log,
  );
  if (code !== 0) core.setFailed('shadowgate check failed: see the errors above');
}
