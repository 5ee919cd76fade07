import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGitHubClient, isTransientGitHubError, resolveToken } from '../../src/github/client.ts';
import { memoryLog } from '../../src/log.ts';
import { startHarness } from './harness.ts';

test('token: the input wins, then GITHUB_TOKEN, then GH_TOKEN', () => {
  assert.equal(resolveToken(' input ', { GITHUB_TOKEN: 'env' }), 'input');
  assert.equal(resolveToken('', { GITHUB_TOKEN: 'env', GH_TOKEN: 'gh' }), 'env');
  assert.equal(resolveToken(undefined, { GH_TOKEN: 'gh' }), 'gh');
  assert.equal(resolveToken(undefined, {}), undefined);
});

test('GITHUB_API_URL decides where requests go (GitHub Enterprise Server)', async () => {
  const h = await startHarness({ pathPrefix: '/api/v3' });
  try {
    const octokit = createGitHubClient({ token: 'user-token', log: memoryLog(), env: { GITHUB_API_URL: `${h.standin.apiUrl}/` } });
    const { data } = await octokit.rest.users.getAuthenticated();
    assert.equal(data.login, 'octocat');
    assert.equal(h.standin.requests[0]?.path, '/api/v3/user');
  } finally {
    await h.close();
  }
});

test('a secondary rate limit is waited out; a primary one resetting in an hour is not', async () => {
  const h = await startHarness();
  try {
    const octokit = h.client('user-token');
    h.standin.inject({ operationId: 'users/get-authenticated', kind: 'secondary', retryAfterSeconds: 1 });
    assert.equal((await octokit.rest.users.getAuthenticated()).data.login, 'octocat');
    assert.ok(h.log.lines.some((l) => /secondary rate limit on GET \/user; retrying after 1s \(retry 1\/3\)/.test(l)));

    h.standin.inject({ operationId: 'users/get-authenticated', kind: 'primary', resetInSeconds: 3600 });
    await assert.rejects(octokit.rest.users.getAuthenticated(), (e: Error & { status?: number }) => e.status === 403 && /rate limit exceeded/.test(e.message));
    assert.ok(h.log.lines.some((l) => /GitHub rate limit hit on GET \/user; giving up/.test(l)));

    h.standin.inject({ operationId: 'users/get-authenticated', kind: 'primary', resetInSeconds: 1 });
    assert.equal((await octokit.rest.users.getAuthenticated()).data.login, 'octocat', 'a reset within a minute is waited for');
  } finally {
    await h.close();
  }
});

test('transient: rate limits, 5xx, network; not: 404, 422, permission 403', () => {
  const err = (status: number, message = 'x') => Object.assign(new Error(message), { status });
  assert.equal(isTransientGitHubError(err(502)), true);
  assert.equal(isTransientGitHubError(err(429)), true);
  assert.equal(isTransientGitHubError(err(403, 'You have exceeded a secondary rate limit')), true);
  assert.equal(isTransientGitHubError(new TypeError('fetch failed')), true);
  assert.equal(isTransientGitHubError(err(403, 'Resource not accessible by integration')), false);
  assert.equal(isTransientGitHubError(err(404)), false);
  assert.equal(isTransientGitHubError(err(422)), false);
});
