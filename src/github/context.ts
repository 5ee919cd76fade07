// Where the run stands: which repository, which pull request, which commits are baseline and candidate.
// Read from the runner's environment and the webhook payload in GITHUB_EVENT_PATH.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.ts';
import type { GitHubClient } from './client.ts';

export type SupportedEvent = 'pull_request' | 'pull_request_target' | 'workflow_dispatch';

export interface PullRequestContext {
  eventName: SupportedEvent;
  owner: string;
  repo: string;
  /** Absent for a dispatch that names refs rather than a pull request. */
  prNumber?: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  headRef?: string;
  /** The head lives in another repository (or a deleted one): untrusted code, no secrets. */
  isFork: boolean;
  /** `changed_files` from the payload, used to tell when the files API hit its 3,000-file cap. */
  changedFilesCount?: number;
  serverUrl: string;
  apiUrl: string;
  runUrl?: string;
}

/** What a `workflow_dispatch` may carry, from the action's inputs or the dispatch payload's `inputs`. */
export interface DispatchInputs {
  prNumber?: string;
  baseRef?: string;
  headRef?: string;
}

interface PullPayload {
  number: number;
  changed_files?: number;
  base: { ref: string; sha: string; repo: { full_name: string } };
  head: { ref: string; sha: string; repo: { full_name: string } | null };
}

const SUPPORTED: readonly string[] = ['pull_request', 'pull_request_target', 'workflow_dispatch'];

export async function readPullRequestContext(
  options: { env?: NodeJS.ProcessEnv; dispatch?: DispatchInputs; octokit?: GitHubClient } = {},
): Promise<PullRequestContext> {
  const env = options.env ?? process.env;
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  if (!SUPPORTED.includes(eventName)) {
    throw new UserError(
      `event '${eventName}' is not supported by the pull request flow`,
      undefined,
      'trigger the workflow on pull_request, or on workflow_dispatch with pr-number or base-ref/head-ref',
    );
  }
  const [owner, repo] = splitRepository(required(env, 'GITHUB_REPOSITORY'));
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const payload = readEvent(required(env, 'GITHUB_EVENT_PATH'));
  const common = { owner, repo, serverUrl, apiUrl, runUrl };

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = payload.pull_request as PullPayload | undefined;
    if (!pr?.base || !pr.head) {
      throw new UserError(`the ${eventName} payload has no pull_request object`, { file: env.GITHUB_EVENT_PATH ?? '' });
    }
    // Explicit base-ref / head-ref inputs win over the pull request's commits (action.yml: they only default to them).
    const baseRef = options.dispatch?.baseRef?.trim();
    const headRef = options.dispatch?.headRef?.trim();
    return { eventName, ...common, ...fromPull(pr), ...(baseRef ? { baseRef, baseSha: baseRef } : {}), ...(headRef ? { headRef, headSha: headRef } : {}) };
  }

  const payloadInputs = (payload.inputs ?? {}) as Record<string, unknown>;
  const pick = (given: string | undefined, key: string) =>
    given?.trim() || (typeof payloadInputs[key] === 'string' ? (payloadInputs[key] as string).trim() : '') || undefined;
  const prInput = pick(options.dispatch?.prNumber, 'pr-number');
  if (prInput) {
    const prNumber = Number(prInput);
    if (!Number.isInteger(prNumber) || prNumber <= 0) {
      throw new UserError(`pr-number must be a positive integer, got '${prInput}'`);
    }
    if (!options.octokit) throw new UserError(`a GitHub token is needed to look up pull request #${prNumber}`);
    const { data } = await options.octokit.rest.pulls.get({ owner, repo, pull_number: prNumber });
    return { eventName: 'workflow_dispatch', ...common, ...fromPull(data as unknown as PullPayload) };
  }
  const baseRef = pick(options.dispatch?.baseRef, 'base-ref');
  if (!baseRef) {
    throw new UserError(
      'workflow_dispatch needs either pr-number or base-ref',
      undefined,
      'add `pr-number` or `base-ref` to the workflow_dispatch inputs and pass them to the action',
    );
  }
  const headRef = pick(options.dispatch?.headRef, 'head-ref') ?? env.GITHUB_SHA ?? 'HEAD';
  // Without a pull request the refs stay symbolic; git resolves them in the checkout.
  return { eventName: 'workflow_dispatch', ...common, baseRef, baseSha: baseRef, headSha: headRef, headRef, isFork: false };
}

function fromPull(pr: PullPayload) {
  return {
    prNumber: pr.number,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    isFork: isForkPull(pr),
    changedFilesCount: pr.changed_files,
  };
}

/**
 * A fork PR is one whose head repository differs from the base repository, or is gone (deleted fork).
 * `head.repo.fork` alone is wrong: it is also true for same-repository PRs inside a repository that is itself a fork.
 */
export function isForkPull(pr: { base: { repo: { full_name: string } }; head: { repo: { full_name: string } | null } }): boolean {
  return !pr.head.repo || pr.head.repo.full_name.toLowerCase() !== pr.base.repo.full_name.toLowerCase();
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new UserError(`${name} is not set`, undefined, 'run inside GitHub Actions, or set it (e.g. in the .env of @github/local-action)');
  return value;
}

function splitRepository(value: string): [string, string] {
  const parts = value.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UserError(`GITHUB_REPOSITORY must be owner/repo, got '${value}'`);
  return [parts[0], parts[1]];
}

function readEvent(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read the event payload: ${(e as Error).message}`, { file: path });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as Record<string, unknown>;
  } catch (e) {
    throw new UserError(`the event payload is not valid JSON: ${(e as Error).message}`, { file: path, line: 1 });
  }
}
