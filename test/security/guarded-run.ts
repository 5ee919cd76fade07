// What the security tests share: the tripwire preload for a process under test, the runner's secret
// environment variables set to marker values, and a search for those values in everything a run leaves.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ModelServer, ReceivedRequest } from '../support/model-servers.ts';

export const TRIPWIRE = resolve(import.meta.dirname, 'tripwire.ts');

/** Variables a GitHub runner and the action hold, each set to a value that must never be seen again. */
export const RUNNER_MARKERS: Record<string, string> = {
  ACTIONS_RUNTIME_TOKEN: 'marker-actions-runtime-token-5c1e',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'marker-oidc-request-token-a7d2',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://marker-oidc.example.invalid/token',
  ACTIONS_RESULTS_URL: 'https://marker-results.example.invalid/',
  GITHUB_TOKEN: 'marker-github-token-9b44',
  RUNNER_TEMP_TOKEN: 'marker-runner-token-3f0a',
};

export interface Tripwire {
  /** Environment that preloads the tripwire into a Node process. */
  env: Record<string, string>;
  /** What the process tried to reach outside loopback (empty when nothing was tried). */
  trips(): string[];
}

/** `hosts` answers DNS for the process: name → successive answers (the last one repeats). */
export function tripwire(hosts: Record<string, string[]> = {}): Tripwire {
  const log = join(mkdtempSync(join(tmpdir(), 'sg-tripwire-')), 'trips.log');
  return {
    env: { NODE_OPTIONS: `--import ${TRIPWIRE}`, SG_TRIPWIRE_LOG: log, SG_TRIPWIRE_HOSTS: JSON.stringify(hosts) },
    trips: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
  };
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** Each secret value found, with where: in the given texts (named) or in any file under the given paths. */
export function leaks(secrets: Iterable<string>, texts: Record<string, string>, paths: string[] = []): string[] {
  const found: string[] = [];
  const sources: Array<[string, string]> = [...Object.entries(texts), ...paths.flatMap(filesUnder).map((f): [string, string] => [f, readFileSync(f, 'utf8')])];
  for (const secret of secrets) {
    for (const [name, text] of sources) if (text.includes(secret)) found.push(`${secret} in ${name}`);
  }
  return found;
}

/** A model id unique to this process, so a server's count ignores requests that are not this test's. */
export function taggedModel(): string {
  return `sg-security-${process.pid}-${Date.now().toString(36)}`;
}

/**
 * The server seen through the requests that name `modelId` (from the prefix on). On a busy machine a
 * loopback port can be reused while another process still sends to it; those requests are not ours.
 */
export function ownRequests(server: ModelServer, modelId: string): ModelServer {
  const ours = (r: ReceivedRequest) => {
    const model = (r.body as { model?: unknown } | undefined)?.model;
    return typeof model === 'string' && model.startsWith(modelId);
  };
  return {
    url: server.url,
    get requests() {
      return server.requests.filter(ours);
    },
    get count() {
      return server.requests.filter(ours).length;
    },
    get maxInFlight() {
      return server.maxInFlight;
    },
    get connections() {
      return server.connections;
    },
    get busyMs() {
      return server.busyMs;
    },
    close: () => server.close(),
  };
}
