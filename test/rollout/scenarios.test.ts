// The rollout templates' jobs run in order, as the runner runs them, against the OpenAPI-checked GitHub
// stand-in and the canary's real parts (kube-apiserver + etcd, Prometheus, loopback model servers, a sender
// following the route). A reviewer's approval is what GitHub records for the run (the run's environment
// reviews); a rejection means the rung job never starts and the abort job runs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ROLLOUT_TASK } from '../../src/github/deployments.ts';
import { rolloutMarker } from '../../src/github/rollout-comment.ts';
import { ensureBinaries, startCluster, type Cluster } from '../kube/support/cluster.ts';
import { adminClients } from '../kube/support/fixtures.ts';
import { installCrds } from '../delivery/support/crds.ts';
import { ensurePrometheus } from '../delivery/support/prometheus.ts';
import { startHarness, type Harness } from '../github/harness.ts';
import type { StandinUser } from '../support/github-standin.ts';
import { writeManifest } from './manifest.ts';
import { resolveSide } from '../../src/manifest/resolve.ts';
import { releaseIds } from '../../src/versioning/release-ids.ts';
import { examplePayload, WorkflowRun, type JobResult, type RepoSetup } from './runner.ts';
import { startStand, type Stand } from './stand.ts';

ensureBinaries();
ensurePrometheus();

const TEMPLATE_RUNGS = [1, 5, 10, 25, 50];
let cluster: Cluster;
let h: Harness;
let users: Record<'alice' | 'dave' | 'bob' | 'rita', StandinUser>;
let nextRun = 9000;

before(
  async () => {
    cluster = await startCluster();
    await installCrds(adminClients(cluster.adminKubeconfig), { gatewayApi: true });
    h = await startHarness();
    users = { alice: h.standin.addUser('alice'), dave: h.standin.addUser('dave'), bob: h.standin.addUser('bob'), rita: h.standin.addUser('rita') };
  },
  { timeout: 240_000 },
);

after(async () => {
  await cluster?.stop();
  await h?.close();
});

let repoCounter = 0;
/** A repository whose merged pull request #42 (by dave) brought commit `sha` to main. */
function repository(stand: Stand): RepoSetup {
  const repo = `chat-${++repoCounter}`;
  const sha = (repoCounter.toString(16) + 'c0ffee'.repeat(7)).slice(0, 40);
  h.standin.addRepo({ owner: 'acme', repo });
  const pr = examplePayload('pull_request', (e) => e.action === 'closed').pull_request;
  Object.assign(pr, {
    number: 42,
    merged_at: '2026-11-01T09:00:00Z',
    state: 'closed',
    html_url: `https://github.com/acme/${repo}/pull/42`,
    user: { ...pr.user, login: 'dave', id: users.dave.id },
  });
  h.standin.setPull('acme', repo, pr);
  h.standin.commitPulls.set(`acme/${repo}@${sha}`, [42]);
  for (const u of ['alice', 'dave', 'bob']) h.standin.permissions.set(`acme/${repo}/${u}`, 'write');
  return {
    owner: 'acme',
    repo,
    sha,
    repoDir: writeManifest(stand.deploy),
    apiUrl: h.standin.apiUrl,
    kubeconfig: cluster.restrictedKubeconfig,
    token: 'actions-token',
    standin: h.standin,
  };
}

function pushRun(setup: RepoSetup): WorkflowRun {
  const payload = examplePayload('push');
  Object.assign(payload, { ref: 'refs/heads/main', after: setup.sha, sender: { ...payload.sender, login: 'dave' } });
  return new WorkflowRun(setup, 'rollout.yml', { name: 'push', payload }, 'dave', ++nextRun);
}

function approve(run: WorkflowRun, environment: string, by: StandinUser, state: 'approved' | 'rejected' = 'approved'): void {
  const key = `${run.setup.owner}/${run.setup.repo}/${run.runId}`;
  h.standin.runApprovals.set(key, [
    ...(h.standin.runApprovals.get(key) ?? []),
    { user: by, environments: [environment], state, comment: state === 'approved' ? 'numbers look fine' : 'not today' },
  ]);
}

function deployments(setup: RepoSetup) {
  return h.standin
    .deploymentsIn(setup.owner, setup.repo)
    .filter((d) => d.task === ROLLOUT_TASK)
    .map((d) => ({
      environment: d.environment,
      kind: d.payload.kind,
      weight: d.payload.weight,
      actor: d.payload.actor,
      state: d.statuses.at(-1)?.state,
      logUrl: d.statuses.at(-1)?.logUrl,
    }));
}

function progressComment(setup: RepoSetup): string {
  const ours = h.standin.commentsOn(setup.owner, setup.repo, 42).filter((c) => c.body.includes(rolloutMarker('chat')));
  assert.equal(ours.length, 1, 'one rollout comment per service on the pull request');
  return ours[0]!.body;
}

/** The step's error annotations, unescaped as the runner shows them. */
function errors(r: JobResult): string {
  return [...(r.stdout + r.stderr).matchAll(/^::error(?: [^:]*)?::(.*)$/gm)]
    .map((m) => m[1]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n');
}

const ok = (r: JobResult, what: string) => assert.equal(r.code, 0, `${what}\n${r.stdout.slice(-3000)}\n${r.stderr}`);

describe('the rollout templates against the real cluster and Prometheus', () => {
  test('approve every rung: 1 → 5 → 10 → 25 → 50 % → flip; deployments, summaries and the PR comment follow; a re-run does nothing; rollback from the template', async () => {
    const stand = await startStand(cluster, { rungs: TEMPLATE_RUNGS, rate: 250 });
    try {
      const setup = repository(stand);
      const run = pushRun(setup);
      const order = run.jobOrder();
      assert.deepEqual(order, ['canary-1', 'canary-5', 'canary-10', 'canary-25', 'canary-50', 'production', 'abort']);
      let previous: JobResult | undefined;
      for (const job of order.slice(0, -1)) {
        const { environment } = run.resolve(job);
        approve(run, environment!, users.alice);
        const result = await run.runJob(job);
        ok(result, job);
        assert.equal(errors(result), '', `${job}: no error annotations on a passing rung`);
        if (job === 'production') {
          assert.equal(result.outputs.verdict, 'promoted');
          assert.match(result.summary, /## Rollout of `chat`: flip to 100 % — promoted/);
        } else {
          assert.equal(result.outputs.verdict, 'passed', job);
          // What the next reviewer reads on the approval screen: weight, verdict, metric table, report link.
          assert.match(result.summary, new RegExp(`## Rollout of \`chat\`: ${result.outputs['canary-weight']} % — passed`));
          assert.match(result.summary, /Approved by @alice \(environment `chat-canary-\d+`\)/);
          assert.match(result.summary, /\| error_rate \(critical\) \| ✅ pass \|/);
          assert.match(result.summary, new RegExp(`\\[Full report\\]\\(https://github.com/acme/${setup.repo}/actions/runs/${run.runId}\\)`));
          assert.match(result.summary, /\*\*Next:\*\* approve/);
        }
        previous = result;
      }
      assert.ok(previous);
      assert.equal(await stand.live(), 'green');
      assert.equal((await stand.weights())['chat-green'], 0);

      const recorded = deployments(setup);
      assert.deepEqual(
        recorded.map((d) => [d.environment, d.weight, d.actor]),
        [
          ['chat-canary-1', 1, 'alice'],
          ['chat-canary-5', 5, 'alice'],
          ['chat-canary-10', 10, 'alice'],
          ['chat-canary-25', 25, 'alice'],
          ['chat-canary-50', 50, 'alice'],
          ['chat-production', 100, 'alice'],
        ],
      );
      assert.ok(recorded.every((d) => d.state === 'success' && d.logUrl === `https://github.com/acme/${setup.repo}/actions/runs/${run.runId}`));
      // The deployments view (every deployment, whoever created it): one per rung, the action's — the rung
      // jobs' environments say `deployment: false`, so GitHub records none of its own beside them.
      const view = h.standin.deploymentsIn(setup.owner, setup.repo);
      assert.deepEqual(
        view.map((d) => [d.environment, d.task, d.creator.login]),
        recorded.map((d) => [d.environment, ROLLOUT_TASK, 'github-actions[bot]']),
      );

      const comment = progressComment(setup);
      assert.match(comment, /### ✅ Rollout of `chat`: flipped/);
      TEMPLATE_RUNGS.forEach((w, i) => {
        assert.match(
          comment,
          new RegExp(
            `\\| rung ${i + 1} \\| ${w} % \\| ✅ passed — ${w} % passed: .* \\| @alice \\| 2026-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\| run \\[${run.runId}\\]\\(https://github.com/acme/${setup.repo}/actions/runs/${run.runId}\\) · rung ${i + 1} · deployment \\d+ \\| \\[report\\]`,
          ),
        );
      });
      // What the release changes, per surface, with the candidate's ids as the ladder recorded them.
      const candidate = releaseIds(await resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: 'shadowgate.yaml', repoRoot: setup.repoDir }));
      assert.match(comment, /\*\*What changed\*\* \(stable → candidate\):/);
      for (const surface of ['prompt', 'tools', 'context'] as const)
        assert.match(comment, new RegExp(`\\| ${surface} \\| [^|]+ \\| \`${candidate[surface]}\` \\|`), surface);
      assert.match(comment, new RegExp(`\\| model \`${candidate.model.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\` \\| [^|]+ \\| \`${candidate.modelId}\` \\|`));
      assert.match(comment, /\| flip \| 100 % \| ✅ passed — flip to 100 % promoted: .* \| @alice \|/);

      // A re-run of a finished rung (attempt 2 of the same run): nothing moves, nothing is recorded.
      const writes = h.standin.writes().length;
      const rerun = await run.runJob('canary-5', 2);
      ok(rerun, 're-run');
      assert.equal(rerun.outputs.verdict, 'unchanged');
      assert.match(rerun.summary, /nothing to do/);
      assert.equal(h.standin.writes().length, writes);
      assert.equal(await stand.live(), 'green');

      // One click: rollback.yml dispatched by rita with a reason.
      const payload = examplePayload('workflow_dispatch');
      Object.assign(payload, {
        ref: 'refs/heads/main',
        inputs: { service: 'chat', reason: 'answers in the wrong language', manifest: 'shadowgate.yaml' },
        sender: { ...payload.sender, login: 'rita' },
      });
      const rollback = new WorkflowRun(setup, 'rollback.yml', { name: 'workflow_dispatch', payload }, 'rita', ++nextRun);
      assert.equal(rollback.resolve('rollback').environment, undefined, 'no approval wait');
      const rb = await rollback.runJob('rollback');
      ok(rb, 'rollback');
      assert.equal(rb.outputs.verdict, 'rolled-back');
      assert.match(rb.summary, /By @rita: answers in the wrong language\./);
      assert.equal(await stand.live(), 'blue');
      const after = deployments(setup);
      assert.deepEqual(after.at(-1), {
        environment: 'chat-production',
        kind: 'rollback',
        weight: 0,
        actor: 'rita',
        state: 'success',
        logUrl: `https://github.com/acme/${setup.repo}/actions/runs/${rollback.runId}`,
      });
      assert.ok(
        after.slice(0, -1).every((d) => d.state === 'inactive'),
        'the rolled-back release no longer shows as live',
      );
      const rolled = progressComment(setup);
      assert.match(rolled, /### 🛑 Rollout of `chat`: rolled back/);
      assert.match(rolled, /Rolled back by @rita: answers in the wrong language/);
    } finally {
      await stand.close();
    }
  });

  test('reject at 10 %: the 10 % job never starts, the abort job runs, the weight goes back to 0', async () => {
    const stand = await startStand(cluster, { rungs: TEMPLATE_RUNGS, rate: 250 });
    try {
      const setup = repository(stand);
      const run = pushRun(setup);
      for (const job of ['canary-1', 'canary-5']) {
        approve(run, run.resolve(job).environment!, users.alice);
        ok(await run.runJob(job), job);
      }
      assert.equal((await stand.weights())['chat-green'], 5);
      approve(run, 'chat-canary-10', users.alice, 'rejected');
      // GitHub fails the rejected job; every later rung is skipped; the abort job's condition holds.
      assert.equal(run.shouldRun('abort', { failure: true, cancelled: false }), true);
      assert.equal(run.shouldRun('abort', { failure: false, cancelled: false }), false);
      assert.equal(run.shouldRun('canary-25', { failure: true, cancelled: false }), false);
      const abort = await run.runJob('abort');
      ok(abort, 'abort');
      assert.equal(abort.outputs.verdict, 'aborted');
      assert.equal((await stand.weights())['chat-green'], 0);
      assert.equal(await stand.live(), 'blue');
      const recorded = deployments(setup);
      assert.deepEqual(
        recorded.map((d) => [d.kind, d.weight, d.state]),
        [
          ['rung', 1, 'inactive'],
          ['rung', 5, 'inactive'],
          ['abort', 0, 'success'],
        ],
      );
      assert.equal(recorded.at(-1)?.environment, 'chat-canary-5');
      const comment = progressComment(setup);
      assert.match(comment, /### 🛑 Rollout of `chat`: aborted/);
      assert.match(comment, /\| rung 3 \| 10 % \| · not yet \|/);
    } finally {
      await stand.close();
    }
  });

  test('a breach at 5 %: the rung fails and aborts itself to 0 %, its deployment fails, the abort job runs and records it', async () => {
    const stand = await startStand(cluster, { rungs: TEMPLATE_RUNGS, rate: 250 });
    try {
      const setup = repository(stand);
      const run = pushRun(setup);
      approve(run, 'chat-canary-1', users.alice);
      ok(await run.runJob('canary-1'), 'canary-1');
      stand.servers.green.behaviour.errorRate = 0.2; // the candidate starts failing one request in five
      approve(run, 'chat-canary-5', users.alice);
      const breach = await run.runJob('canary-5');
      assert.equal(breach.code, 1, breach.stderr);
      assert.equal(breach.outputs.verdict, 'aborted');
      assert.match(breach.summary, /\| error_rate \(critical\) \| ❌ fail \|/);
      assert.equal((await stand.weights())['chat-green'], 0);
      assert.ok(run.shouldRun('abort', { failure: true, cancelled: false }));
      const abort = await run.runJob('abort');
      ok(abort, 'abort');
      assert.equal(abort.outputs.verdict, 'unchanged', 'the ladder had already aborted itself');
      assert.deepEqual(
        deployments(setup).map((d) => [d.kind, d.weight, d.state]),
        [
          ['rung', 1, 'inactive'],
          ['rung', 5, 'failure'],
          ['abort', 0, 'success'],
        ],
      );
      assert.match(progressComment(setup), /\| rung 2 \| 5 % \| ❌ failed — 5 % aborted: /);
    } finally {
      await stand.close();
    }
  });

  test('rollback.yml while the ladder waits for its next approval: the ladder stops at 0 %, the live slot stays, the rollback is recorded', async () => {
    const stand = await startStand(cluster, { rungs: TEMPLATE_RUNGS, rate: 250 });
    try {
      const setup = repository(stand);
      const run = pushRun(setup);
      approve(run, 'chat-canary-1', users.alice);
      ok(await run.runJob('canary-1'), 'canary-1');
      assert.equal((await stand.weights())['chat-green'], 1);
      const payload = examplePayload('workflow_dispatch');
      Object.assign(payload, { ref: 'refs/heads/main', inputs: { service: 'chat', reason: 'pager went off' }, sender: { ...payload.sender, login: 'rita' } });
      const rb = await new WorkflowRun(setup, 'rollback.yml', { name: 'workflow_dispatch', payload }, 'rita', ++nextRun).runJob('rollback');
      ok(rb, 'rollback');
      assert.match(rb.summary, /ladder stopped, candidate weight 0 %/);
      assert.equal((await stand.weights())['chat-green'], 0);
      assert.equal(await stand.live(), 'blue');
      assert.deepEqual(
        deployments(setup).map((d) => [d.environment, d.kind, d.state, d.actor]),
        [
          ['chat-canary-1', 'rung', 'inactive', 'alice'],
          ['chat-production', 'rollback', 'success', 'rita'],
        ],
      );
      assert.match(progressComment(setup), /Rolled back by @rita: pager went off/);
      // The ladder's next rung, approved later in the same run, is refused: the release was stopped.
      approve(run, 'chat-canary-5', users.alice);
      const late = await run.runJob('canary-5');
      assert.equal(late.code, 1);
      assert.match(errors(late), /the ladder of this release was aborted; rung 2 \(5 %\) cannot run/);
      assert.equal((await stand.weights())['chat-green'], 0);
    } finally {
      await stand.close();
    }
  });

  test("the dispatch gate (rollout-manual.yml): a skipped rung, a reader and the change's author are refused with nothing written; a maintainer's dispatch runs the rung", async () => {
    const stand = await startStand(cluster, { rungs: TEMPLATE_RUNGS, rate: 250 });
    try {
      const setup = repository(stand);
      const dispatch = (weight: string, by: 'bob' | 'dave' | 'rita') => {
        const payload = examplePayload('workflow_dispatch');
        Object.assign(payload, { ref: 'refs/heads/main', inputs: { weight }, sender: { ...payload.sender, login: by } });
        return new WorkflowRun(setup, 'rollout-manual.yml', { name: 'workflow_dispatch', payload }, by, ++nextRun);
      };
      const accepted = () => h.standin.writes().filter((r) => r.status < 300).length;
      const before = accepted();

      const skip = await dispatch('5', 'bob').runJob('rung');
      assert.equal(skip.code, 1);
      assert.match(errors(skip), /refusing to run rung 2 \(5 %\): the ladder's next step is rung 1 \(1 %\); rungs cannot be skipped/);
      const self = await dispatch('1', 'dave').runJob('rung');
      assert.equal(self.code, 1);
      assert.match(errors(self), /dave wrote this change \(pull request #42\) and cannot approve its rollout/);
      const reader = await dispatch('1', 'rita').runJob('rung');
      assert.equal(reader.code, 1);
      assert.match(errors(reader), /rita has read access to acme\/chat-\d+; starting a rung by hand counts as its approval, which needs write access/);
      assert.equal(accepted(), before, 'a refused dispatch writes nothing');
      assert.equal((await stand.weights())['chat-green'], 0);

      const first = dispatch('1', 'bob');
      assert.equal(first.resolve('rung').environment, 'chat-canary-1');
      const rung = await first.runJob('rung');
      ok(rung, 'rung 1');
      assert.match(rung.summary, /Approved by @bob \(started by hand\)/);
      assert.deepEqual(
        deployments(setup).map((d) => [d.environment, d.weight, d.actor, d.state]),
        [['chat-canary-1', 1, 'bob', 'success']],
      );
      // The next rung, started after main moved on: it belongs to the same release (commit and pull request).
      const moved = { ...setup, sha: 'f'.repeat(40) };
      const payload = examplePayload('workflow_dispatch');
      Object.assign(payload, { ref: 'refs/heads/main', inputs: { weight: '5' }, sender: { ...payload.sender, login: 'alice' } });
      ok(
        await new WorkflowRun(moved, 'rollout-manual.yml', { name: 'workflow_dispatch', payload }, 'alice', ++nextRun).runJob('rung'),
        'rung 2 after main moved',
      );
      assert.deepEqual(
        h.standin.deploymentsIn(setup.owner, setup.repo).map((d) => [d.payload.weight, d.sha]),
        [
          [1, setup.sha],
          [5, setup.sha],
        ],
      );
      assert.match(progressComment(setup), /\| rung 2 \| 5 % \| ✅ passed — 5 % passed: .* \| @alice \|/);
      // Skipping ahead from 5 % straight to the flip is refused as well.
      const flip = await dispatch('100', 'bob').runJob('rung');
      assert.equal(flip.code, 1);
      assert.match(errors(flip), /refusing to run the flip \(100 %\): the ladder's next step is rung 3 \(10 %\)/);
    } finally {
      await stand.close();
    }
  });
});
