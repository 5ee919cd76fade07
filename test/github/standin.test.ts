// The stand-in is only worth something if it rejects what GitHub would reject; these requests are wrong on purpose.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { GitHubStandin } from '../support/github-standin.ts';

let standin: GitHubStandin;
before(async () => (standin = await GitHubStandin.start()));
after(async () => standin.close());

const PINNED = { 'x-github-api-version': '2022-11-28' };

async function call(method: string, path: string, body?: unknown, token = 'actions-token', version: Record<string, string> = PINNED) {
  const res = await fetch(standin.apiUrl + path, {
    method,
    headers: { authorization: `token ${token}`, ...version, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  await res.arrayBuffer();
  return { status: res.status };
}

test('invalid requests get a 4xx and are recorded as failures', async () => {
  const cases: [string, string, unknown, number, RegExp][] = [
    ['POST', '/repos/o/r/issues/2/comments', { body: 42 }, 422, /body/],
    ['POST', '/repos/o/r/issues/2/comments', { text: 'hi' }, 422, /required property 'body'/],
    ['GET', '/repos/o/r/issues/2/comments?per_page=lots', undefined, 400, /per_page/],
    ['GET', '/repos/o/r/issues/2/comments?perpage=100', undefined, 400, /undocumented query parameter 'perpage'/],
    ['GET', '/repos/o/r/issues/two/comments', undefined, 400, /issue_number/],
    ['PUT', '/repos/o/r/issues/comments/1', { body: 'x' }, 404, /method PUT/],
    ['GET', '/repos/o/r/pull-requests/2', undefined, 404, /no such path/],
    ['POST', '/repos/o/r/deployments/1/statuses', { state: 'done' }, 422, /state/],
    ['POST', '/repos/o/r/deployments', { environment: 'chat-canary-5' }, 422, /required property 'ref'/],
    ['PUT', '/repos/o/r/environments/chat-canary-5', { reviewers: [{ type: 'User', id: 1 }], required_reviewers: 1 }, 422, /additional properties/],
    ['GET', '/repos/o/r/deployments?state=success', undefined, 400, /undocumented query parameter 'state'/],
  ];
  for (const [method, path, body, status, why] of cases) {
    const before = standin.failures.length;
    const res = await call(method, path, body);
    assert.equal(res.status, status, `${method} ${path}`);
    assert.equal(standin.failures.length, before + 1, `${method} ${path} is recorded`);
    assert.match(standin.failures.at(-1) ?? '', why);
  }
  standin.failures.length = 0;
});

test('a REST request without X-GitHub-Api-Version, or with a version the stand-in does not speak, is refused', async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{}, /no X-GitHub-Api-Version header/],
    [{ 'x-github-api-version': '2021-01-01' }, /Unsupported 'X-GitHub-Api-Version': '2021-01-01'/],
  ];
  for (const [version, why] of cases) {
    const before = standin.failures.length;
    assert.equal((await call('GET', '/repos/o/r/issues/2/comments', undefined, 'actions-token', version)).status, 400);
    assert.equal(standin.failures.length, before + 1);
    assert.match(standin.failures.at(-1) ?? '', why);
  }
  assert.equal((await call('GET', '/repos/o/r/issues/2/comments')).status, 200, 'the same request with the version pinned is answered');
  standin.failures.length = 0;
});

test('unknown tokens get 401 Bad credentials, as on GitHub', async () => {
  assert.equal((await call('GET', '/user', undefined, 'nope')).status, 401);
});

test('GraphQL other than the minimize mutation is refused and recorded', async () => {
  const res = await fetch(`${standin.origin}/graphql`, {
    method: 'POST',
    headers: { authorization: 'bearer actions-token', 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query { viewer { login } }' }),
  });
  assert.equal(res.status, 400);
  assert.match(standin.failures.at(-1) ?? '', /unsupported GraphQL document/);
  standin.failures.length = 0;
});

test('the files listing stops at 3,000 entries like GitHub', async () => {
  standin.setPullFiles(
    'o',
    'r',
    9,
    Array.from({ length: 3500 }, (_, i) => ({ filename: `f${i}.txt` })),
  );
  const res = await fetch(`${standin.apiUrl}/repos/o/r/pulls/9/files?per_page=100&page=30`, { headers: { authorization: 'token actions-token', ...PINNED } });
  const page = (await res.json()) as { filename: string }[];
  assert.equal(page.at(-1)?.filename, 'f2999.txt');
  assert.doesNotMatch(res.headers.get('link') ?? '', /rel="next"/);
  assert.deepEqual(standin.failures, []);
});
