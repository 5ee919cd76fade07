// One exit code per kind of refusal (docs/kubernetes-and-canary.md, "Exit codes"), through the real CLI process against a real
// kube-apiserver: what the code is, what the one error line says, and that nothing changed. Also: promote
// from any folder, the manifest's own repository being the one used.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { JSON_REPORT_FILE } from '../../src/report/json.ts';
import { ensureBinaries } from '../kube/support/cluster.ts';
import { git } from '../support/git-repo.ts';
import { setDeploymentStatus, SLOT_KEY } from '../kube/support/fixtures.ts';
import {
  blueGreenService,
  CLI,
  cliAs,
  hasStackTrace,
  liveState,
  runBundle,
  shown,
  skipWithoutBundle,
  stdoutJson,
  tempDir,
  type BlueGreenService,
  type ProcessRun,
  useE2eCluster,
} from './support/e2e.ts';
import { freePort } from '../support/server-processes.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

describe('exit codes of the Kubernetes commands through dist/cli.js', { skip: skipWithoutBundle }, () => {
  const e2e = useE2eCluster();

  /** The one `error:` line of a refused run (no stack trace). */
  function errorLine(run: ProcessRun): string {
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.equal(errors.length, 1, `exactly one error line\n${shown(run)}`);
    assert.equal(hasStackTrace(run.stdout + run.stderr), false, shown(run));
    return errors[0]!;
  }

  async function unchanged(s: BlueGreenService, run: () => Promise<ProcessRun>): Promise<ProcessRun> {
    const before = await liveState(e2e.admin, s.namespace, s.service);
    const requests = s.blue.count + s.green.count;
    const result = await run();
    const after = await liveState(e2e.admin, s.namespace, s.service);
    assert.equal(after.resourceVersion, before.resourceVersion, `the Service was not written\n${shown(result)}`);
    assert.equal(after.leaseHolder, undefined, 'no lease is held');
    assert.equal(s.blue.count + s.green.count, requests, 'no model request');
    return result;
  }

  test('3: promote to an unready slot, and a rollback onto one, are refused as not ready; --force overrides the rollback', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    const cli = cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo);
    await setDeploymentStatus(e2e.admin, s.namespace, 'chat-green', { available: 1 });
    const promote = await unchanged(s, () => cli(['promote', '--run-id', 'exit-3']));
    assert.equal(promote.code, 3, shown(promote));
    assert.equal(stdoutJson<{ stage: string }>(promote).stage, 'readiness');
    assert.match(errorLine(promote), /stopped at readiness: target slot green is not ready: chat-green: 1\/2 replicas available$/);

    await setDeploymentStatus(e2e.admin, s.namespace, 'chat-green', { available: 2 });
    const promoted = await cli(['promote', '--run-id', 'exit-3b', '--out', join(tempDir('sg-kube-e2e-out-'), 'r')]);
    assert.equal(promoted.code, 0, shown(promoted));
    await setDeploymentStatus(e2e.admin, s.namespace, 'chat-blue', { available: 0 });
    const rollback = await unchanged(s, () => cli(['rollback', '--run-id', 'oncall']));
    assert.equal(rollback.code, 3, shown(rollback));
    assert.equal(rollback.stdout, '', 'a refusal prints no result');
    assert.equal(errorLine(rollback), 'error: rollback refused: blue is not ready (chat-blue: 0/2 replicas available); traffic stays on green');
    assert.match(rollback.stderr, /hint: .*--force/);

    const forced = await cli(['rollback', '--run-id', 'oncall', '--force']);
    assert.equal(forced.code, 0, shown(forced));
    assert.match(forced.stderr, /^warning: .*FORCED onto blue, which is not ready: chat-blue: 0\/2 replicas available/m, shown(forced));
    const live = await liveState(e2e.admin, s.namespace, s.service);
    assert.equal(live.slot, 'blue');
    assert.equal(live.history.at(-1)?.forced, 'chat-blue: 0/2 replicas available');
  });

  test('6: a Service whose selector is not one of the slots is refused as service-state', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    await e2e.admin.core.patchNamespacedService(
      { namespace: s.namespace, name: s.service, body: [{ op: 'replace', path: `/spec/selector/${SLOT_KEY.replace('/', '~1')}`, value: 'canary' }] },
      (await import('@kubernetes/client-node')).setHeaderOptions('Content-Type', 'application/json-patch+json'),
    );
    const cli = cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo);
    for (const command of ['promote', 'rollback']) {
      const before = await liveState(e2e.admin, s.namespace, s.service);
      const run = await cli([command]);
      assert.equal(run.code, command === 'promote' ? 6 : 0, shown(run));
      if (command === 'promote') assert.match(errorLine(run), /selects shadowgate\.dev\/slot=canary, which is neither blue/);
      assert.equal((await liveState(e2e.admin, s.namespace, s.service)).resourceVersion, before.resourceVersion);
    }
  });

  test('2: --force and --promotion-run-id on a command other than rollback are bad input, before any API call', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    const cli = cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo);
    for (const [args, says] of [
      [['promote', '--force'], 'error: force applies to rollback only, not to promote'],
      [['status', '--promotion-run-id', 'x'], 'error: promotion-run-id applies to rollback only, not to status'],
    ] as const) {
      const run = await unchanged(s, () => cli([...args]));
      assert.equal(run.code, 2, shown(run));
      assert.equal(errorLine(run), says);
    }
  });

  test('7: an unreachable API server is refused as such', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    const kubeconfig = join(tempDir('sg-kube-e2e-kc-'), 'config');
    const port = await freePort(); // nothing listens there
    writeFileSync(
      kubeconfig,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'gone',
        clusters: [{ name: 'gone', cluster: { server: `https://127.0.0.1:${port}`, 'insecure-skip-tls-verify': true } }],
        users: [{ name: 'u', user: { token: 't' } }],
        contexts: [{ name: 'gone', context: { cluster: 'gone', user: 'u' } }],
      }),
    );
    const run = await unchanged(s, () => runBundle(CLI, ['status'], { cwd: s.repo.root, env: { KUBECONFIG: kubeconfig } }));
    assert.equal(run.code, 7, shown(run));
    assert.match(errorLine(run), new RegExp(`cannot reach the Kubernetes API at https://127\\.0\\.0\\.1:${port}`));
  });

  test("promote --manifest /abs/path works from another repository: the manifest's own repository is used", async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    git(s.repo.root, 'init', '-q');
    const elsewhere = tempDir('sg-kube-e2e-clone-');
    git(elsewhere, 'init', '-q'); // e.g. a clone of shadowgate, running node dist/cli.js
    const out = join(tempDir('sg-kube-e2e-out-'), 'reports');
    const run = await runBundle(CLI, ['promote', '--manifest', join(s.repo.root, 'shadowgate.yaml'), '--run-id', 'from-afar', '--out', out], {
      cwd: elsewhere,
      env: { KUBECONFIG: e2e.cluster.restrictedKubeconfig },
      timeoutMs: 60_000,
    });
    assert.equal(run.code, 0, shown(run));
    assert.equal(stdoutJson<{ outcome: string }>(run).outcome, 'promoted');
    assert.equal((await liveState(e2e.admin, s.namespace, s.service)).slot, 'green');
    assert.ok(existsSync(join(out, 'smoke', JSON_REPORT_FILE)), 'the smoke report is where --out says');
    assert.ok(s.green.count > 0 && s.blue.count > 0, "the dataset of the manifest's repository was replayed");
  });
});
