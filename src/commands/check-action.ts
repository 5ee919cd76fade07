// The action's `command: check`: the lock, the model pin and (on a pull request) tool-schema
// compatibility against the base branch. Problems become annotations on their file and line.
import * as core from '@actions/core';
import type { Log } from '../log.ts';
import { runCheck } from './versioning.ts';

export async function runCheckAction(log: Log): Promise<void> {
  const input = (name: string) => core.getInput(name).trim() || undefined;
  // On pull_request events GITHUB_BASE_REF names the base branch; checkout with fetch-depth: 0 has it as origin/<branch>.
  const baseBranch = process.env.GITHUB_BASE_REF;
  const code = await runCheck(
    {
      manifestPath: input('manifest') ?? 'shadowgate.yaml',
      repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      baseRef: input('base-ref') ?? (baseBranch ? `origin/${baseBranch}` : undefined),
      headRef: input('head-ref'),
    },
    log,
  );
  if (code !== 0) core.setFailed('shadowgate check failed: see the errors above');
}
