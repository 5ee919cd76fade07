// Shared setup for the GitHub tests: a stand-in on loopback and a client whose retry waits are scaled down.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { memoryLog } from '../../src/log.ts';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.ts';
import { GitHubStandin, type StandinOptions } from '../support/github-standin.ts';

export interface Harness {
  standin: GitHubStandin;
  log: ReturnType<typeof memoryLog>;
  client(token?: string): GitHubClient;
  /** Asserts no request broke GitHub's API description, then stops the stand-in. */
  close(): Promise<void>;
}

export async function startHarness(options: StandinOptions = {}): Promise<Harness> {
  const standin = await GitHubStandin.start(options);
  const log = memoryLog();
  return {
    standin,
    log,
    // 1 s of retry-after becomes 5 ms; write pacing off (a second per write would only slow the tests).
    client: (token = 'actions-token') => createGitHubClient({ token, log, baseUrl: standin.apiUrl, retryDelayScale: 5, paceWrites: false }),
    close: async () => {
      await standin.close();
      assert.deepEqual(standin.failures, [], 'every request must match the GitHub API description');
    },
  };
}

type Example = { name: string; examples: Record<string, any>[] };
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as Example[];

/** GitHub's own `pull_request.opened` payload (Codertocat/Hello-World #2), with base and head set when given. */
export function pullRequestEvent(commits?: { base: string; head: string; changedFiles: number }): Record<string, any> {
  const event = structuredClone(webhooks.find((w) => w.name === 'pull_request')?.examples.find((e) => e.action === 'opened'));
  assert.ok(event);
  if (commits) {
    event.pull_request.base.sha = commits.base;
    event.pull_request.head.sha = commits.head;
    event.pull_request.changed_files = commits.changedFiles;
  }
  return event;
}

/**
 * The variables the runner sets for a pull_request job, with the event written to `eventPath` and the
 * GitHub URLs pointing at the stand-in.
 */
export function pullRequestRunnerEnv(
  h: Harness,
  run: { eventPath: string; base: string; head: string; changedFiles: number; repository: string; runId: string; workspace: string },
): Record<string, string> {
  writeFileSync(run.eventPath, JSON.stringify(pullRequestEvent(run)));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: run.eventPath,
    GITHUB_REPOSITORY: run.repository,
    GITHUB_SERVER_URL: h.standin.origin,
    GITHUB_API_URL: h.standin.apiUrl,
    GITHUB_GRAPHQL_URL: `${h.standin.origin}/graphql`,
    GITHUB_RUN_ID: run.runId,
    GITHUB_SHA: run.head,
    GITHUB_WORKSPACE: run.workspace,
  };
}
