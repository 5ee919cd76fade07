// Octokit for the PR side: retries (5xx, 429) and GitHub's rate-limit rules (primary and secondary limits,
// honouring `retry-after`), pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Log } from '../log.ts';

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

export interface GitHubClientOptions {
  token: string;
  log: Log;
  /** REST base URL; defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  /** Retries per request after a rate limit or a transient failure (default 3). */
  maxRetries?: number;
  /** Milliseconds per second of `retry-after` (default 1000); tests shrink it to keep waits short. */
  retryDelayScale?: number;
  /** A primary rate limit is waited out only when it resets within this many seconds (default 60). */
  maxRateLimitWaitSeconds?: number;
  /**
   * GitHub asks integrations to leave about a second between writes; the throttling plugin does that.
   * Off only for tests against a local stand-in.
   */
  paceWrites?: boolean;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_API_URL = 'https://api.github.com';

/**
 * The REST API version every request asks for (`X-GitHub-Api-Version`), the one this code and its tests are
 * written against. GitHub answers an unpinned request with its current default, which changes under us.
 */
export const GITHUB_API_VERSION = '2022-11-28';

/** The token from the action input, else GITHUB_TOKEN / GH_TOKEN (CLI and @github/local-action runs). */
export function resolveToken(input: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [input, env.GITHUB_TOKEN, env.GH_TOKEN];
  return candidates.map((c) => c?.trim()).find((c): c is string => Boolean(c));
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const env = opts.env ?? process.env;
  const maxRetries = opts.maxRetries ?? 3;
  const scale = opts.retryDelayScale ?? 1000;
  const maxWait = opts.maxRateLimitWaitSeconds ?? 60;
  const { log } = opts;
  const baseUrl = (opts.baseUrl ?? env.GITHUB_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, '');

  const describe = (options: { method?: string; url?: string }) => `${options.method ?? 'GET'} ${options.url ?? ''}`;
  // A stand-in for Bottleneck groups that runs jobs at once; only used when write pacing is off.
  const unpaced = { key: () => ({ schedule: (_o: unknown, fn: (...a: unknown[]) => unknown, ...a: unknown[]) => Promise.resolve(fn(...a)) }) };
  const pacing = opts.paceWrites === false ? ({ write: unpaced, notifications: unpaced } as unknown as Record<string, never>) : {};

  const octokit = new RetryingOctokit({
    auth: opts.token,
    baseUrl,
    userAgent: 'shadowgate',
    // Octokit's request log reports every failed request as an error, including the ones that are
    // retried or expected (GET /user with an installation token): in a workflow that is a red annotation
    // on a green check. The callers decide which failures change the outcome and warn about those;
    // Octokit's own lines go to the debug log, its warnings (deprecations) to the plain log.
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.info(m),
      // Octokit logs every failed request here, expected ones too (GET /user with the Actions token is 403,
      // a missing environment 404); the caller reports the failures that matter, with their meaning.
      error: (m: string) => log.debug(m),
    },
    retry: { retries: maxRetries, retryAfterBaseValue: scale },
    throttle: {
      ...pacing,
      retryAfterBaseValue: scale,
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        const again = retryCount < maxRetries && retryAfter <= maxWait;
        // Logged, not annotated: a retry that succeeds is no problem, one that does not surfaces as an error.
        log.info(
          `GitHub rate limit hit on ${describe(options)}; ${again ? `retrying in ${retryAfter}s (retry ${retryCount + 1}/${maxRetries})` : 'giving up'}`,
        );
        return again;
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        const again = retryCount < maxRetries;
        log.info(
          `GitHub secondary rate limit on ${describe(options)}; ${again ? `retrying after ${retryAfter}s (retry ${retryCount + 1}/${maxRetries})` : 'giving up'}`,
        );
        return again;
      },
    },
  });
  // A hook rather than request defaults: it reaches every request, including those of the plugins' retries.
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = GITHUB_API_VERSION;
  });
  return octokit;
}

/** Status of an Octokit RequestError (undefined for network errors and everything else). */
export function errorStatus(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e && typeof (e as { status: unknown }).status === 'number') {
    return (e as { status: number }).status;
  }
  return undefined;
}

/** Rate limits, 5xx and network failures: worth a later retry, and never the user's fault. */
export function isTransientGitHubError(e: unknown): boolean {
  const status = errorStatus(e);
  if (status === undefined) return true;
  if (status === 429 || status >= 500) return true;
  return status === 403 && /rate limit/i.test(e instanceof Error ? e.message : '');
}

/** One line for logs: `HTTP 403: Resource not accessible by integration`. */
export function describeGitHubError(e: unknown): string {
  const status = errorStatus(e);
  const message = e instanceof Error ? e.message : String(e);
  return status ? `HTTP ${status}: ${message}` : message;
}
