// `shadowgate init`: run once by a repository admin. Creates or updates the rollout's GitHub environments
// (src/github/environments.ts) for the manifest's service and ladder, and prints what it changed.
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { loadManifestFile } from '../manifest/load.ts';
import { parseDeployConfig } from '../delivery/deploy-config.ts';
import { parseCanaryConfig } from '../delivery/config.ts';
import { createGitHubClient, resolveToken, type GitHubClient } from '../github/client.ts';
import { parseReviewers, parseWaitTimers, setupEnvironments, type SetupResult } from '../github/environments.ts';

export interface InitInput {
  manifestPath: string;
  repoRoot: string;
  /** owner/repo; default GITHUB_REPOSITORY. */
  repository?: string | undefined;
  reviewers?: string | undefined;
  waitTimer?: string | undefined;
  preventSelfReview?: boolean | undefined;
  env?: NodeJS.ProcessEnv;
  /** Tests hand in a client for the stand-in. */
  octokit?: GitHubClient;
}

export async function runInit(input: InitInput, log: Log): Promise<{ result: SetupResult; text: string }> {
  const env = input.env ?? process.env;
  const repository = input.repository ?? env.GITHUB_REPOSITORY;
  const [owner, repo, extra] = (repository ?? '').split('/');
  if (!owner || !repo || extra !== undefined)
    throw new UserError(`--repo must be OWNER/REPO (got "${repository ?? ''}")`, undefined, 'e.g. shadowgate init --repo my-org/chat --reviewers alice');
  const reviewers = parseReviewers(input.reviewers);
  const waitTimer = parseWaitTimers(input.waitTimer);

  const file = isAbsolute(input.manifestPath) ? input.manifestPath : join(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(file, input.manifestPath);
  const deploy = loaded.manifest.deploy;
  if (!deploy)
    throw new UserError('the manifest has no deploy: section; init sets up the environments of its canary ladder', { file: input.manifestPath, line: 1 });
  const locate = (path: readonly (string | number)[]) => loaded.locate(['deploy', ...path]);
  const canary = parseCanaryConfig(deploy, parseDeployConfig(deploy, input.manifestPath, locate), input.manifestPath, locate);

  let octokit = input.octokit;
  if (!octokit) {
    const token = resolveToken(undefined, env);
    if (!token) throw new UserError('init needs a token of a repository admin in GITHUB_TOKEN or GH_TOKEN');
    octokit = createGitHubClient({ token, log, env });
  }
  const result = await setupEnvironments(octokit, {
    owner,
    repo,
    service: loaded.manifest.service,
    rungs: canary.rungs,
    reviewers,
    preventSelfReview: input.preventSelfReview ?? false,
    waitTimer,
    log,
  });
  const lines = result.changes.map((c) => `${c.action.padEnd(9)} ${c.environment}${c.details.length ? `: ${c.details.join('; ')}` : ''}`);
  lines.push(
    '',
    `plan: ${result.basis}`,
    result.mode === 'environment'
      ? `gate: environment — each rung waits for one of its required reviewers (use workflows/rollout.yml)`
      : `gate: dispatch — ${result.notice ?? 'each rung is started by hand'} (use workflows/rollout-manual.yml)`,
  );
  lines.push(
    '',
    'cluster: bind deploy/rbac/role.yaml to these users (deploy/rbac/github-actions-bindings.yaml; authenticator: deploy/auth/github-actions-authentication.yaml):',
    ...result.clusterSubjects.map((s) => `  ${s}`),
  );
  return { result, text: `${lines.join('\n')}\n` };
}
