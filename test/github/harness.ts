// Shared setup for the GitHub tests: a stand-in on loopback and a client whose retry waits are scaled down.
import assert from 'node:assert/strict';
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
    client: (token = 'actions-token') =>
      createGitHubClient({ token, log, baseUrl: standin.apiUrl, retryDelayScale: 5, paceWrites: false }),
    close: async () => {
      await standin.close();
      assert.deepEqual(standin.failures, [], 'every request must match the GitHub API description');
    },
  };
}
