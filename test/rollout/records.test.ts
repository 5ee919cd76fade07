// The records of a rollout on GitHub, against the stand-in: deployments and their statuses (GitHub's
// auto_inactive rule and shadowgate's own deactivation), the progress comment rebuilt from them, and the
// rung plan that refuses skips from the ladder's state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isUserError } from '../../src/errors.ts';
import { planRung } from '../../src/commands/rollout.ts';
import { deactivate, listSteps, setStepState, shortDescription, startStep } from '../../src/github/deployments.ts';
import { renderRolloutComment, rolloutMarker, rolloutPhase, updateRolloutComment } from '../../src/github/rollout-comment.ts';
import { startHarness, type Harness } from '../github/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
  h.standin.addRepo({ owner: 'acme', repo: 'chat' });
});
after(async () => h.close());

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

test('a step is a deployment in its environment, in progress then judged; a newer success supersedes the older one in that environment', async () => {
  const octokit = h.client();
  const repo = { owner: 'acme', repo: 'chat' };
  const first = await startStep(octokit, {
    ...repo,
    sha: SHA_A,
    environment: 'chat-canary-5',
    payload: { shadowgate: 1, service: 'chat', kind: 'rung', weight: 5, actor: 'alice' },
    description: '5 %: baking',
    logUrl: 'https://github.com/acme/chat/actions/runs/1',
    environmentUrl: 'https://chat.example.com',
  });
  await setStepState(octokit, { ...repo, id: first, state: 'success', description: '5 % passed', logUrl: 'https://github.com/acme/chat/actions/runs/1' });
  const second = await startStep(octokit, {
    ...repo,
    sha: SHA_B,
    environment: 'chat-canary-5',
    payload: { shadowgate: 1, service: 'chat', kind: 'rung', weight: 5, actor: 'bob' },
    description: '5 %: baking',
  });
  await setStepState(octokit, { ...repo, id: second, state: 'success', description: '5 % passed' });

  const all = await listSteps(octokit, { ...repo, service: 'chat' });
  assert.deepEqual(
    all.map((s) => [s.sha, s.state, s.payload.actor]),
    [
      [SHA_A, 'inactive', 'alice'],
      [SHA_B, 'success', 'bob'],
    ],
  );
  const a = await listSteps(octokit, { ...repo, service: 'chat', sha: SHA_A });
  assert.equal(a.length, 1);
  assert.deepEqual(
    h.standin.deployments.get(first)!.statuses.map((s) => s.state),
    ['in_progress', 'success', 'inactive'],
  );
  assert.equal(h.standin.deployments.get(first)!.statuses[0]!.environmentUrl, 'https://chat.example.com');
  // Other services' and other tools' deployments are not ours.
  assert.deepEqual(await listSteps(octokit, { ...repo, service: 'other' }), []);

  // After a rollback, the release's successful steps are marked inactive (GitHub only does it for a later success).
  const done = await deactivate(octokit, {
    ...repo,
    steps: await listSteps(octokit, { ...repo, service: 'chat', sha: SHA_B }),
    description: 'rolled back by rita',
  });
  assert.deepEqual(done, [second]);
  assert.equal(h.standin.deployments.get(second)!.statuses.at(-1)!.state, 'inactive');
});

test("GitHub's own deployment of a job bound to an environment (without deployment: false) is listed beside, never taken for a step", async () => {
  const octokit = h.client();
  const own = h.standin.startJobDeployment('acme', 'chat', {
    sha: SHA_A,
    ref: 'refs/heads/main',
    environment: 'chat-canary-1',
    runUrl: 'https://github.com/acme/chat/actions/runs/3',
  });
  h.standin.finishJobDeployment(own, true);
  const { data } = await octokit.rest.repos.listDeployments({ owner: 'acme', repo: 'chat', environment: 'chat-canary-1' });
  assert.deepEqual(
    data.map((d) => [d.task, d.creator?.login]),
    [['deploy', 'github-actions[bot]']],
  );
  assert.deepEqual(
    (await listSteps(octokit, { owner: 'acme', repo: 'chat', service: 'chat', sha: SHA_A })).filter((s) => s.environment === 'chat-canary-1'),
    [],
  );
});

test("descriptions are cut to GitHub's 140 characters", () => {
  assert.equal(shortDescription('x'.repeat(200)).length, 140);
  assert.equal(shortDescription('a  b\nc'), 'a b c');
});

test('the progress comment: one row per rung and the flip, verdict, approver, time, report; the phase at the top', () => {
  const step = (
    kind: 'rung' | 'flip' | 'abort' | 'rollback',
    weight: number,
    state: 'success' | 'failure' | 'in_progress' | 'inactive',
    extra: Record<string, string> = {},
  ) => ({
    id: weight,
    environment: `chat-canary-${weight}`,
    sha: SHA_A,
    createdAt: '2026-11-01T10:00:05Z',
    statusAt: '2026-11-01T10:07:00Z',
    payload: { shadowgate: 1 as const, service: 'chat', kind, weight, actor: 'alice', ...extra },
    state,
    description: `${weight} % ${state}`,
    logUrl: 'https://github.com/acme/chat/actions/runs/7',
    environmentUrl: undefined,
  });
  const baking = renderRolloutComment({ service: 'chat', rungs: [1, 5], sha: SHA_A, steps: [step('rung', 1, 'success'), step('rung', 5, 'in_progress')] });
  assert.ok(baking.startsWith(rolloutMarker('chat')));
  assert.match(baking, /### ⏳ Rollout of `chat`: in progress/);
  assert.match(
    baking,
    /\| rung 1 \| 1 % \| ✅ passed — 1 % success \| @alice \| 2026-11-01 10:07 UTC \| deployment 1 \| \[report\]\(https:\/\/github.com\/acme\/chat\/actions\/runs\/7\) \|/,
  );
  assert.match(baking, /\| rung 2 \| 5 % \| ⏳ baking/);
  assert.match(baking, /\| flip \| 100 % \| · not yet \| — \| — \| — \| — \|/);
  assert.doesNotMatch(baking, /What changed/, 'no ids recorded, none shown');
  assert.equal(rolloutPhase([step('rung', 1, 'success')]), 'waiting for approval');
  assert.equal(rolloutPhase([step('rung', 1, 'success'), step('rung', 5, 'failure')]), 'aborted');
  assert.equal(rolloutPhase([step('rung', 1, 'success'), step('flip', 100, 'success')]), 'flipped');
  const rolled = renderRolloutComment({
    service: 'chat',
    rungs: [1],
    sha: SHA_A,
    steps: [step('rung', 1, 'inactive'), step('flip', 100, 'inactive'), step('rollback', 0, 'success', { actor: 'rita', reason: 'wrong | language' })],
  });
  assert.match(rolled, /### 🛑 Rollout of `chat`: rolled back/);
  assert.match(rolled, /Rolled back by @rita: wrong \\\| language/);
  // A marker cannot be closed early by a service name.
  assert.equal(rolloutMarker('a-->b'), '<!-- shadowgate:rollout service=a%2D-%3Eb -->');
});

test('the progress comment names the ids: model, prompt, tools and context stable → candidate, and the run and rung of each row', () => {
  const stableIds = { model: 'gpt-chat@2026-05', modelId: '1111aaaa2222', prompt: '3333bbbb4444', tools: '5555cccc6666', context: '7777dddd8888' };
  const ids = { ...stableIds, prompt: '9999eeee0000', model: 'gpt-chat@2026-11', modelId: 'abcdabcdabcd' };
  const step = (weight: number, rung: number, extra: Record<string, unknown>) => ({
    id: 5000 + weight,
    environment: `chat-canary-${weight}`,
    sha: SHA_A,
    createdAt: '2026-11-01T10:00:05Z',
    statusAt: '2026-11-01T10:07:00Z',
    payload: {
      shadowgate: 1 as const,
      service: 'chat',
      kind: 'rung' as const,
      weight,
      actor: 'alice',
      runUrl: 'https://github.com/acme/chat/actions/runs/9001',
      runId: 9001,
      runAttempt: 1,
      rung,
      ids,
      ...extra,
    },
    state: 'success' as const,
    description: `${weight} % passed`,
    logUrl: 'https://github.com/acme/chat/actions/runs/9001',
    environmentUrl: undefined,
  });
  // The first rung started before the ladder knew the stable ids; the second recorded them.
  const body = renderRolloutComment({ service: 'chat', rungs: [1, 5], sha: SHA_A, steps: [step(1, 1, {}), step(5, 2, { stableIds, runAttempt: 2 })] });
  assert.match(body, /\*\*What changed\*\* \(stable → candidate\):/);
  assert.match(body, /\| model `gpt-chat@2026-11` \| `1111aaaa2222` \| `abcdabcdabcd` \| changed \|/);
  assert.match(body, /\| prompt \| `3333bbbb4444` \| `9999eeee0000` \| changed \|/);
  assert.match(body, /\| tools \| `5555cccc6666` \| `5555cccc6666` \| unchanged \|/);
  assert.match(body, /\| context \| `7777dddd8888` \| `7777dddd8888` \| unchanged \|/);
  assert.match(body, /\| rung 1 \| 1 % \| .* \| run \[9001\]\(https:\/\/github.com\/acme\/chat\/actions\/runs\/9001\) · rung 1 · deployment 5001 \|/);
  assert.match(
    body,
    /\| rung 2 \| 5 % \| .* \| run \[9001\]\(https:\/\/github.com\/acme\/chat\/actions\/runs\/9001\) · attempt 2 · rung 2 · deployment 5005 \|/,
  );
  // Only the candidate's ids known: the stable side says so instead of inventing one.
  const first = renderRolloutComment({ service: 'chat', rungs: [1, 5], sha: SHA_A, steps: [step(1, 1, {})] });
  assert.match(first, /\| prompt \| unknown \| `9999eeee0000` \| not recorded \|/);
  // The ladder's own record (the run's advance result) wins over the steps'.
  const fromLadder = renderRolloutComment({
    service: 'chat',
    rungs: [1, 5],
    sha: SHA_A,
    steps: [step(1, 1, {})],
    surfaces: [{ surface: 'prompt', old: 'aaaa', new: 'bbbb', change: 'changed' }],
  });
  assert.match(fromLadder, /\| prompt \| `aaaa` \| `bbbb` \| changed \|/);
});

test("the progress comment is one sticky comment, separate from the shadow report's, edited in place", async () => {
  const octokit = h.client();
  h.standin.addComment(
    'acme',
    'chat',
    42,
    '<!-- shadowgate:comment service=chat -->\nshadow report',
    { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    'github-actions',
  );
  const input = { service: 'chat', rungs: [1, 5], sha: SHA_A, steps: [] };
  const first = await updateRolloutComment(octokit, { owner: 'acme', repo: 'chat', pullNumber: 42, input, log: h.log });
  assert.equal(first.action, 'created');
  const second = await updateRolloutComment(octokit, {
    owner: 'acme',
    repo: 'chat',
    pullNumber: 42,
    input: { ...input, runUrl: 'https://github.com/acme/chat/actions/runs/8' },
    log: h.log,
  });
  assert.equal(second.action, 'updated');
  assert.equal(second.id, first.id);
  const comments = h.standin.commentsOn('acme', 'chat', 42);
  assert.equal(comments.length, 2);
  assert.equal(comments[0]!.body, '<!-- shadowgate:comment service=chat -->\nshadow report', 'the shadow report is untouched');
});

test('the rung plan: the next rung runs, a finished one does nothing, a skip or an unfinished predecessor is refused', () => {
  const ids = { model: 'chat@2' };
  const rungs = [1, 5, 10];
  const view = (phase: string | undefined, rung: number, viewIds: { model: string } | undefined = ids) => ({ phase, rung, weight: 0, ids: viewIds });
  assert.deepEqual(planRung(1, rungs, view(undefined, -1), ids), { kind: 'run' });
  assert.deepEqual(planRung(5, rungs, view('passed', 0), ids), { kind: 'run' });
  assert.deepEqual(planRung(100, rungs, view('passed', 2), ids), { kind: 'run' });
  assert.deepEqual(planRung(5, rungs, view('held', 1), ids), { kind: 'run' }, 'a held rung is judged again');
  assert.equal(planRung(1, rungs, view('passed', 1), ids).kind, 'done');
  assert.equal(planRung(10, rungs, view('promoted', 2), ids).kind, 'done');
  // A finished ladder of another release: a new ladder starts at the first rung.
  assert.deepEqual(planRung(1, rungs, view('promoted', 2, { model: 'chat@1' }), ids), { kind: 'run' });
  const refused = (weight: number, v: ReturnType<typeof view>, why: RegExp) =>
    assert.throws(
      () => planRung(weight, rungs, v, ids),
      (e: unknown) => isUserError(e) && why.test(e.message),
    );
  refused(5, view(undefined, -1), /refusing to run rung 2 \(5 %\): the ladder's next step is rung 1 \(1 %\); rungs cannot be skipped/);
  refused(10, view('held', 1), /refusing to run rung 3 \(10 %\): the ladder's next step is rung 2 \(5 %\) \(rung 2 \(5 %\) is held, not passed\)/);
  refused(100, view('passed', 0), /refusing to run the flip \(100 %\): the ladder's next step is rung 2 \(5 %\)/);
  refused(5, view('aborted', 1), /the ladder of this release was aborted/);
});
