// `shadowgate init` against the OpenAPI-checked GitHub stand-in: a public repository gets its reviewers,
// a private one on a plan without them gets the dispatch gate (said plainly), a non-admin token one clear
// message, and a second run changes nothing.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isUserError } from '../../src/errors.ts';
import { runInit } from '../../src/commands/init.ts';
import { startHarness, type Harness } from '../github/harness.ts';
import { writeManifest } from './manifest.ts';

let h: Harness;
let dir: string;
before(async () => {
  h = await startHarness();
  // ada owns the organization (and sees its plan); rex administers its repositories without seeing the plan.
  h.standin.tokens.set('admin-token', { user: h.standin.addUser('ada'), canGetUser: true, admin: true, readsPlan: true });
  h.standin.tokens.set('repo-admin-token', { user: h.standin.addUser('rex'), canGetUser: true, admin: true });
  h.standin.tokens.set('paula-token', { user: h.standin.addUser('paula'), canGetUser: true, admin: true, readsPlan: true });
  h.standin.tokens.set('writer-token', { user: h.standin.addUser('wes'), canGetUser: true });
  h.standin.addUser('alice');
  h.standin.teams.set('acme/ml-leads', { org: 'acme', slug: 'ml-leads', id: 4242 });
  dir = writeManifest();
});
after(async () => h.close());

const init = (repository: string, token = 'admin-token', extra: Record<string, unknown> = {}) =>
  runInit(
    {
      manifestPath: 'shadowgate.yaml',
      repoRoot: dir,
      repository,
      reviewers: 'alice,acme/ml-leads',
      preventSelfReview: true,
      octokit: h.client(token),
      ...extra,
    },
    h.log,
  );

test('public repository: one environment per rung and one for the flip, reviewers set, default branch only; a second run changes nothing', async () => {
  h.standin.addRepo({ owner: 'acme', repo: 'chat', private: false, defaultBranch: 'trunk' });
  const first = await init('acme/chat', 'admin-token', { waitTimer: '25=10,production=30' });
  assert.equal(first.result.mode, 'environment');
  assert.deepEqual(
    first.result.changes.map((c) => [c.environment, c.action]),
    [
      ['chat-canary-1', 'created'],
      ['chat-canary-5', 'created'],
      ['chat-canary-25', 'created'],
      ['chat-production', 'created'],
    ],
  );
  for (const name of ['chat-canary-1', 'chat-canary-5', 'chat-canary-25', 'chat-production']) {
    const env = h.standin.environment('acme', 'chat', name)!;
    assert.deepEqual(
      env.reviewers,
      [
        { type: 'User', id: h.standin.users.get('alice')!.id },
        { type: 'Team', id: 4242 },
      ],
      name,
    );
    assert.equal(env.preventSelfReview, true);
    assert.deepEqual(env.branchPolicy, { protected_branches: false, custom_branch_policies: true });
    assert.deepEqual(
      env.branchPolicies.map((b) => b.name),
      ['trunk'],
    );
  }
  assert.equal(h.standin.environment('acme', 'chat', 'chat-canary-25')!.waitTimer, 10);
  assert.equal(h.standin.environment('acme', 'chat', 'chat-canary-5')!.waitTimer, 0);
  assert.equal(h.standin.environment('acme', 'chat', 'chat-production')!.waitTimer, 30);
  assert.match(
    first.text,
    /^created {3}chat-canary-1: required reviewers: @alice, team acme\/ml-leads; prevent self-review: on; deployments from trunk only$/m,
  );
  // The cluster identities of exactly these environments, as the shipped authenticator names them.
  assert.deepEqual(first.result.clusterSubjects, [
    'github:repo:acme/chat:environment:chat-canary-1',
    'github:repo:acme/chat:environment:chat-canary-5',
    'github:repo:acme/chat:environment:chat-canary-25',
    'github:repo:acme/chat:environment:chat-production',
    'github:acme/chat/.github/workflows/rollout.yml@refs/heads/trunk',
    'github:acme/chat/.github/workflows/rollback.yml@refs/heads/trunk',
  ]);
  assert.match(first.text, /^cluster: bind deploy\/rbac\/role.yaml to these users .*\n {2}github:repo:acme\/chat:environment:chat-canary-1$/m);

  const writes = h.standin.writes().length;
  const second = await init('acme/chat', 'admin-token', { waitTimer: '25=10,production=30' });
  assert.deepEqual(
    second.result.changes.map((c) => c.action),
    ['unchanged', 'unchanged', 'unchanged', 'unchanged'],
  );
  assert.equal(h.standin.writes().length, writes, 'an unchanged setup writes nothing');

  // One reviewer removed: exactly that is updated.
  const third = await runInit(
    {
      manifestPath: 'shadowgate.yaml',
      repoRoot: dir,
      repository: 'acme/chat',
      reviewers: 'alice',
      preventSelfReview: true,
      waitTimer: '25=10,production=30',
      octokit: h.client('admin-token'),
    },
    h.log,
  );
  assert.deepEqual(
    third.result.changes.map((c) => [c.action, c.details.join('; ')]),
    Array(4).fill(['updated', 'required reviewers: @alice']),
  );
});

test('private repository of an organization on GitHub Team: the dispatch gate from the plan, said plainly, no reviewers asked for', async () => {
  h.standin.addRepo({ owner: 'acme', repo: 'secret-chat', private: true, plan: 'team' });
  const refusalsBefore = h.standin.requests.filter((r) => r.status === 422).length;
  const { result, text } = await init('acme/secret-chat');
  assert.equal(result.mode, 'dispatch');
  assert.match(
    result.notice ?? '',
    /acme\/secret-chat is private and the organization acme is on GitHub Team, where required reviewers work on public repositories only \(private ones need GitHub Enterprise\)/,
  );
  assert.match(text, /^plan: acme\/secret-chat is private and the organization acme is on GitHub Team/m);
  // Decided from the plan: GitHub was never sent reviewers it would refuse.
  assert.equal(h.standin.requests.filter((r) => r.status === 422).length, refusalsBefore);
  assert.match(text, /gate: dispatch — .*each rung is started by hand.*must have write access.*rungs cannot be skipped/);
  // The environments still exist (deployments view, default-branch rule), without reviewers.
  const env = h.standin.environment('acme', 'secret-chat', 'chat-canary-1')!;
  assert.deepEqual(env.reviewers, []);
  assert.deepEqual(
    env.branchPolicies.map((b) => b.name),
    ['main'],
  );
});

test('private repository on GitHub Enterprise, and an internal one: reviewers work', async () => {
  h.standin.addRepo({ owner: 'corpco', repo: 'corp-chat', private: true, plan: 'enterprise' });
  const { result } = await init('corpco/corp-chat');
  assert.equal(result.mode, 'environment');
  assert.match(result.basis, /organization corpco is on GitHub Enterprise \(plan "enterprise"\)/);
  assert.equal(h.standin.environment('corpco', 'corp-chat', 'chat-production')!.reviewers.length, 2);

  h.standin.addRepo({ owner: 'megacorp', repo: 'inner-chat', internal: true, plan: 'enterprise' });
  const internal = await init('megacorp/inner-chat', 'repo-admin-token');
  assert.equal(internal.result.mode, 'environment');
  assert.match(internal.result.basis, /megacorp\/inner-chat is internal, which only GitHub Enterprise organizations have/);
});

test('public repository: reviewers from the visibility alone, whatever the plan', async () => {
  h.standin.addRepo({ owner: 'paula', repo: 'open-chat', ownerType: 'User', private: false, plan: 'free' });
  const { result } = await init('paula/open-chat', 'paula-token');
  assert.equal(result.mode, 'environment');
  assert.match(result.basis, /paula\/open-chat is public, and public repositories have required reviewers on every GitHub plan/);
});

test('private repositories of a personal account: Free has no environments, Pro has them without reviewers', async () => {
  h.standin.addRepo({ owner: 'paula', repo: 'diary-chat', ownerType: 'User', private: true, plan: 'free' });
  const free = await init('paula/diary-chat', 'paula-token');
  assert.equal(free.result.mode, 'dispatch');
  assert.match(free.result.notice ?? '', /the account paula is on GitHub Free, which has no environments for private repositories/);
  assert.deepEqual(
    free.result.changes.map((c) => c.details),
    Array(4).fill(['not available on this plan']),
  );
  assert.equal(h.standin.environment('paula', 'diary-chat', 'chat-canary-1'), undefined);
  assert.equal(free.result.clusterSubjects[0], 'github:paula/diary-chat/.github/workflows/rollout-rung.yml@refs/heads/main');

  h.standin.addUser('paul');
  h.standin.tokens.set('paul-token', { user: h.standin.users.get('paul')!, canGetUser: true, admin: true, readsPlan: true });
  h.standin.addRepo({ owner: 'paul', repo: 'pro-chat', ownerType: 'User', private: true, plan: 'pro' });
  const pro = await init('paul/pro-chat', 'paul-token');
  assert.equal(pro.result.mode, 'dispatch');
  assert.match(pro.result.basis, /the account paul is on GitHub Pro, where required reviewers work on public repositories only/);
  assert.deepEqual(
    h.standin.environment('paul', 'pro-chat', 'chat-canary-1')!.branchPolicies.map((b) => b.name),
    ['main'],
  );
});

test("a token that cannot read the plan: the assumption said plainly, GitHub's 422 (and the environment accepted without rules) confirms", async () => {
  h.standin.addRepo({ owner: 'acme', repo: 'quiet-chat', private: true, plan: 'team' });
  const team = await init('acme/quiet-chat', 'repo-admin-token');
  assert.equal(team.result.mode, 'dispatch');
  assert.match(team.result.basis, /the token cannot read the organization acme's plan \(GET \/orgs\/acme shows the plan to organization owners only\)/);
  assert.match(
    team.result.basis,
    /GitHub refused the required reviewers \(HTTP 422\) and accepted the environment without them, which confirms a plan without them/,
  );
  assert.match(h.log.lines.join('\n'), /plan: .*assumed: required reviewers are available if GitHub accepts them/);
  assert.deepEqual(
    team.result.changes.map((c) => c.action),
    ['created', 'created', 'created', 'created'],
  );
  assert.deepEqual(h.standin.environment('acme', 'quiet-chat', 'chat-canary-25')!.reviewers, []);

  // The same token on an Enterprise organization: GitHub accepts the reviewers, so the assumption held.
  h.standin.addRepo({ owner: 'bigcorp', repo: 'chat', private: true, plan: 'enterprise' });
  const enterprise = await init('bigcorp/chat', 'repo-admin-token');
  assert.equal(enterprise.result.mode, 'environment');
  assert.match(enterprise.result.basis, /cannot read the organization bigcorp's plan/);
  assert.equal(h.standin.environment('bigcorp', 'chat', 'chat-production')!.reviewers.length, 2);
});

test('a token without admin rights: one clear message, nothing written', async () => {
  h.standin.addRepo({ owner: 'acme', repo: 'other' });
  const accepted = () => h.standin.writes().filter((r) => r.status < 300).length;
  const writes = accepted();
  await assert.rejects(
    init('acme/other', 'writer-token'),
    (e: unknown) => isUserError(e) && /init needs admin rights on acme\/other/.test(e.message) && /Administration: write/.test(e.hint ?? ''),
  );
  // The Actions token does not say whether it is admin; GitHub's 403 on the first write is turned into the same message.
  await assert.rejects(
    init('acme/other', 'actions-token'),
    (e: unknown) => isUserError(e) && /init needs admin rights on acme\/other .*HTTP 403/.test(e.message),
  );
  assert.equal(accepted(), writes);
});

test('bad input: unknown reviewer, bad wait timer, bad repository', async () => {
  h.standin.addRepo({ owner: 'acme', repo: 'chat2' });
  await assert.rejects(
    init('acme/chat2', 'admin-token', { reviewers: 'nobody-here' }),
    (e: unknown) => isUserError(e) && /user "nobody-here" not found/.test(e.message),
  );
  await assert.rejects(
    init('acme/chat2', 'admin-token', { waitTimer: '25=soon' }),
    (e: unknown) => isUserError(e) && /"soon" must be whole minutes/.test(e.message),
  );
  await assert.rejects(init('acme'), (e: unknown) => isUserError(e) && /--repo must be OWNER\/REPO/.test(e.message));
  assert.equal(h.standin.environment('acme', 'chat2', 'chat-canary-1'), undefined);
});

/** The CLI as a child process (asynchronously: the stand-in answers from this process). */
function cli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'src', 'cli.ts'), ...args], { cwd: dir, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('through the CLI: exit 2 and the message for a non-admin token; the changes printed for an admin', async () => {
  h.standin.addRepo({ owner: 'acme', repo: 'cli-chat' });
  const run = (token: string) =>
    cli(['init', '--repo', 'acme/cli-chat', '--reviewers', 'alice'], { GITHUB_TOKEN: token, GH_TOKEN: '', GITHUB_API_URL: h.standin.apiUrl });
  const denied = await run('writer-token');
  assert.equal(denied.status, 2, denied.stderr);
  assert.match(denied.stderr, /error: init needs admin rights on acme\/cli-chat/);
  const ok = await run('admin-token');
  assert.equal(ok.status, 0, ok.stderr);
  // The expected 404s (environments that do not exist yet) are no errors to the user.
  assert.doesNotMatch(ok.stderr, /error/i);
  assert.match(ok.stdout, /^created {3}chat-production: required reviewers: @alice; deployments from main only$/m);
});
