// The rollout templates: the ladder's rungs in order, each in its own environment; the abort job on any
// failure; one rollout per service that never cancels itself; the rollback without an approval wait; cluster
// credentials only through OIDC in the jobs that touch the cluster; every input handed to the action or the
// reusable rung workflow declared where it is read. (actionlint and the SHA pins: workflow-template.test.ts.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { clusterSubjects } from '../../src/github/environments.ts';

const dir = join(import.meta.dirname, '..', '..', 'workflows');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = {
  uses?: string;
  needs?: string | string[];
  if?: string;
  environment?: string | { name: string; deployment?: boolean };
  permissions?: Record<string, string>;
  with?: Record<string, unknown>;
  secrets?: Record<string, string> | 'inherit';
  steps?: Step[];
};
type Workflow = { on: Record<string, any>; permissions?: unknown; concurrency?: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, Job> };
const load = (file: string) => parse(readFileSync(join(dir, file), 'utf8')) as Workflow;

const rollout = load('rollout.yml');
const manual = load('rollout-manual.yml');
const rung = load('rollout-rung.yml');
const rollback = load('rollback.yml');
const action = parse(readFileSync(join(dir, '..', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const needsOf = (job: Job) => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** The rung jobs in the order `needs` chains them. */
function ladder(wf: Workflow): [string, Job][] {
  const rungs = Object.entries(wf.jobs).filter(([, j]) => j.uses === './.github/workflows/rollout-rung.yml');
  const ordered: [string, Job][] = [];
  let current = rungs.find(([, j]) => needsOf(j).length === 0);
  while (current) {
    ordered.push(current);
    const name = current[0];
    current = rungs.find(([, j]) => needsOf(j).length === 1 && needsOf(j)[0] === name);
  }
  assert.equal(ordered.length, rungs.length, 'every rung job is in one chain');
  return ordered;
}

test('rollout.yml: started by a merge touching the manifest or a surface, or by hand', () => {
  assert.deepEqual(rollout.on.push.branches, ['main']);
  assert.ok(rollout.on.push.paths.includes('shadowgate.yaml') && rollout.on.push.paths.includes('prompts/**'));
  assert.ok('workflow_dispatch' in rollout.on);
  assert.equal(rollout.on.pull_request, undefined, 'no pull request ever reaches the cluster');
  assert.equal(rollout.on.pull_request_target, undefined);
});

test('rollout.yml: one job per rung, chained in ascending weight, each in its own environment, then the flip in production', () => {
  const jobs = ladder(rollout);
  const steps = jobs.map(([, j]) => [j.with?.weight, j.with?.environment]);
  assert.deepEqual(steps, [
    [1, 'chat-canary-1'],
    [5, 'chat-canary-5'],
    [10, 'chat-canary-10'],
    [25, 'chat-canary-25'],
    [50, 'chat-canary-50'],
    [100, 'chat-production'],
  ]);
  for (const [name, j] of jobs) {
    assert.equal(j.with?.service, 'chat', name);
    assert.equal(j.with?.gate, undefined, `${name} uses the environment gate (the default)`);
  }
});

test('rollout.yml: the abort job runs after any rung fails, is rejected or is cancelled — with no approval wait', () => {
  const abort = rollout.jobs.abort!;
  assert.deepEqual(new Set(needsOf(abort)), new Set(ladder(rollout).map(([n]) => n)));
  assert.match(abort.if ?? '', /failure\(\)/);
  assert.match(abort.if ?? '', /cancelled\(\)/);
  assert.equal(abort.environment, undefined, 'an abort cannot wait for a reviewer');
  const step = abort.steps!.find((s) => s.uses?.startsWith('shadowgate/'));
  assert.equal(step?.with?.command, 'rollout-abort');
});

test('one rollout per service at a time, never cancelling one in progress; the rollback has its own group', () => {
  for (const wf of [rollout, manual]) {
    assert.equal(wf.concurrency?.group, 'rollout-chat');
    assert.equal(wf.concurrency?.['cancel-in-progress'], false);
  }
  assert.equal(rollback.concurrency?.group, 'rollback-${{ inputs.service }}');
  assert.equal(rollback.concurrency?.['cancel-in-progress'], false);
});

test('the reusable rung: workflow_call, bound to the environment it is given, runs the rung command with its inputs', () => {
  assert.ok(rung.on.workflow_call);
  const job = rung.jobs.rung!;
  // Bound to the environment (its reviewers gate the job) without a deployment of GitHub's own: the rung's
  // deployment is the action's, so the deployments view shows one per rung.
  assert.deepEqual(job.environment, { name: '${{ inputs.environment }}', deployment: false });
  const step = job.steps!.find((s) => s.uses?.startsWith('shadowgate/'))!;
  assert.equal(step.with?.command, 'rollout-rung');
  assert.equal(step.with?.['canary-weight'], '${{ inputs.weight }}');
  assert.equal(step.with?.environment, '${{ inputs.environment }}');
});

test('every call of the rung workflow passes its required inputs and secrets and nothing it does not declare', () => {
  const declared = rung.on.workflow_call.inputs as Record<string, { required?: boolean }>;
  const secrets = rung.on.workflow_call.secrets as Record<string, { required?: boolean }>;
  for (const wf of [rollout, manual]) {
    for (const [name, job] of ladder(wf)) {
      const given = Object.keys(job.with ?? {});
      assert.deepEqual(
        given.filter((k) => !(k in declared)),
        [],
        `${name}: undeclared inputs`,
      );
      assert.deepEqual(
        Object.entries(declared)
          .filter(([k, d]) => d.required && !given.includes(k))
          .map(([k]) => k),
        [],
        `${name}: missing inputs`,
      );
      assert.notEqual(job.secrets, 'inherit', `${name}: only the cluster's address is passed, not every secret`);
      assert.deepEqual(Object.keys(job.secrets ?? {}).sort(), Object.keys(secrets).sort(), name);
    }
  }
});

test('every input handed to the action is one action.yml declares', () => {
  for (const wf of [rollout, rung, rollback, manual]) {
    for (const [name, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('shadowgate/')) continue;
        assert.deepEqual(
          Object.keys(step.with ?? {}).filter((k) => !(k in action.inputs)),
          [],
          name,
        );
      }
    }
  }
});

test('least privilege: nothing at the top; the cluster only through OIDC, only in jobs that touch it; no kubeconfig secret', () => {
  const allowed = new Set(['contents:read', 'id-token:write', 'deployments:write', 'pull-requests:write', 'actions:read']);
  for (const [file, wf] of [
    ['rollout.yml', rollout],
    ['rollout-manual.yml', manual],
    ['rollout-rung.yml', rung],
    ['rollback.yml', rollback],
  ] as const) {
    assert.deepEqual(wf.permissions, {}, file);
    for (const [name, job] of Object.entries(wf.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) assert.ok(allowed.has(`${scope}:${level}`), `${file} ${name}: ${scope}: ${level}`);
      const text = JSON.stringify(job);
      assert.doesNotMatch(text, /KUBECONFIG\s*:\s*\$\{\{\s*secrets|secrets\.KUBECONFIG|secrets\.KUBE_TOKEN/i, `${file} ${name}: no stored credentials`);
      const touchesCluster = (job.steps ?? []).some((s) => /KUBECONFIG=/.test(s.run ?? ''));
      if (touchesCluster) {
        assert.equal(job.permissions?.['id-token'], 'write', `${file} ${name}: OIDC`);
        assert.ok(
          (job.steps ?? []).some((s) => /ACTIONS_ID_TOKEN_REQUEST_URL/.test(s.run ?? '')),
          `${file} ${name}: the token comes from GitHub's OIDC endpoint`,
        );
      }
    }
  }
  // actions: read is for reading who approved; only the rung needs it.
  assert.equal(rollout.jobs.abort!.permissions?.actions, undefined);
  assert.equal(rollback.jobs.rollback!.permissions?.actions, undefined);
});

test('rollout-manual.yml: each rung started by hand with the dispatch gate; self-approval refused', () => {
  assert.deepEqual(Object.keys(manual.on), ['workflow_dispatch']);
  assert.deepEqual(manual.on.workflow_dispatch.inputs.weight.options, ['1', '5', '10', '25', '50', '100']);
  const job = manual.jobs.rung!;
  assert.equal(job.with?.gate, 'dispatch');
  assert.equal(job.with?.['prevent-self-approval'], true);
});

test('rollback.yml: one click — dispatch with the service and a reason, no environment to wait for', () => {
  assert.deepEqual(Object.keys(rollback.on), ['workflow_dispatch']);
  assert.equal(rollback.on.workflow_dispatch.inputs.service.required, true);
  assert.equal(rollback.on.workflow_dispatch.inputs.reason.required, true);
  const job = rollback.jobs.rollback!;
  assert.equal(job.environment, undefined, 'an incident cannot wait for a reviewer');
  const step = job.steps!.find((s) => s.uses?.startsWith('shadowgate/'))!;
  assert.deepEqual(step.with, {
    command: 'rollout-rollback',
    manifest: '${{ inputs.manifest }}',
    service: '${{ inputs.service }}',
    reason: '${{ inputs.reason }}',
  });
});

test("the shipped bindings name exactly the identities of the template ladder's jobs, as init prints them", () => {
  const bindings = parse(readFileSync(join(dir, '..', 'deploy/rbac/github-actions-bindings.yaml'), 'utf8').replaceAll('OWNER/REPO', 'acme/chat')) as {
    roleRef: { name: string };
    subjects: Array<{ kind: string; name: string }>;
  };
  assert.equal(bindings.roleRef.name, 'shadowgate-deployer');
  const rungs = ladder(rollout)
    .map(([, j]) => Number(j.with?.weight))
    .filter((w) => w !== 100);
  assert.deepEqual(
    bindings.subjects.map((x) => x.name),
    clusterSubjects({ owner: 'acme', repo: 'chat', service: 'chat', rungs, defaultBranch: 'main', environments: true }),
  );
  assert.ok(bindings.subjects.every((x) => x.kind === 'User'));
});
