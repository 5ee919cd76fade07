// lint / status / promote / rollback under @github/local-action from a .env, against the real kube-apiserver + etcd,
// as the restricted user of the shipped Role, with real model servers behind the two slots.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ensureBinaries } from '../kube/support/cluster.ts';
import { blueGreenService, liveState, type BlueGreenService, useE2eCluster } from '../kube-e2e/support/e2e.ts';
import { runLocalAction, shownRun, type LocalActionRun } from './local-action-run.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

describe('local-action run . src/main.ts .env — the Kubernetes commands', () => {
  const e2e = useE2eCluster();

  function step(service: BlueGreenService, inputs: Record<string, string>): Promise<LocalActionRun> {
    return runLocalAction({
      GITHUB_WORKSPACE: service.repo.root,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'acme/support-bot',
      GITHUB_RUN_ID: '8001',
      KUBECONFIG: e2e.cluster.restrictedKubeconfig,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    });
  }

  test('lint checks the slot Deployments of the manifest and reports its verdict', async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);
    const lint = await step(service, { command: 'lint' });
    assert.equal(lint.code, 0, shownRun(lint));
    assert.equal(lint.outputs.verdict, 'pass', shownRun(lint));
    assert.deepEqual(lint.errors, [], shownRun(lint));
  });

  test('status, promote and rollback flip the live slot and report it as outputs', async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);

    const status = await step(service, { command: 'status' });
    assert.equal(status.code, 0, shownRun(status));
    assert.equal(status.outputs['live-slot'], 'blue', shownRun(status));

    const promoted = await step(service, { command: 'promote', 'run-id': 'local-1' });
    assert.equal(promoted.code, 0, shownRun(promoted));
    assert.equal(promoted.outputs.verdict, 'promoted', shownRun(promoted));
    assert.equal(promoted.outputs['live-slot'], 'green');
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'green', 'the Service selects green');
    assert.ok(service.green.count > 0, 'the smoke pass called the green model');

    const rolledBack = await step(service, { command: 'rollback', 'run-id': 'local-1' });
    assert.equal(rolledBack.code, 0, shownRun(rolledBack));
    assert.equal(rolledBack.outputs.verdict, 'rolled-back', shownRun(rolledBack));
    assert.equal(rolledBack.outputs['live-slot'], 'blue');
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'blue');
  });
});
