// Mistakes a user makes with the Kubernetes commands, through the real CLI process: one clear error line
// (file:line when the mistake is in the manifest), exit 2, no stack trace, and nothing changed — not the
// Service, not the lease, not a single model request.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { V1Role, V1RoleBinding } from '@kubernetes/client-node';
import { lineOf } from '../cli/helpers.ts';
import { ensureBinaries } from '../kube/support/cluster.ts';
import {
  blueGreenService,
  CLI,
  cliAs,
  hasStackTrace,
  liveState,
  manifestYaml,
  runBundle,
  shown,
  skipWithoutBundle,
  type BlueGreenService,
  type LiveState,
  type ProcessRun,
  useE2eCluster,
} from './support/e2e.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

describe('bad input to promote / rollback / status through dist/cli.js', { skip: skipWithoutBundle }, () => {
  const e2e = useE2eCluster();

  interface Snapshot {
    live: LiveState;
    modelRequests: number;
  }

  async function snapshot(s: BlueGreenService): Promise<Snapshot> {
    return { live: await liveState(e2e.admin, s.namespace, s.service), modelRequests: s.blue.count + s.green.count };
  }

  /** Exit 2 (or `code`), exactly one `error:` line matching `says` (at `at` when given), no stack trace, nothing changed. */
  async function expectRefused(
    s: BlueGreenService,
    before: Snapshot,
    run: ProcessRun,
    expected: { at?: string; says: RegExp; code?: number },
  ): Promise<string> {
    assert.equal(run.code, expected.code ?? 2, shown(run));
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.equal(errors.length, 1, `exactly one error line\n${shown(run)}`);
    const [line] = errors as [string];
    if (expected.at) assert.ok(line.startsWith(`error: ${expected.at}:`), `the error starts with ${expected.at}: ${line}`);
    assert.match(line, expected.says);
    assert.equal(hasStackTrace(run.stdout + run.stderr), false, `no stack trace\n${shown(run)}`);
    const now = await snapshot(s);
    assert.equal(now.live.resourceVersion, before.live.resourceVersion, 'the Service was not written');
    assert.equal(now.live.slot, 'blue');
    assert.equal(now.live.leaseHolder, undefined, 'no lease is held');
    assert.equal(now.modelRequests, before.modelRequests, 'no model server received a request');
    return line;
  }

  test('a manifest without deploy: is refused at its first line by every command', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    s.repo.write('shadowgate.yaml', manifestYaml(s.blue.url, undefined));
    const before = await snapshot(s);
    const cli = cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo);
    for (const command of ['promote', 'rollback', 'status']) {
      const run = await cli([command]);
      await expectRefused(s, before, run, { at: 'shadowgate.yaml:1', says: /no deploy: section/ });
      assert.equal(run.stdout, '', `${command}: nothing on stdout`);
    }
  });

  test('a misspelt deploy: setting is refused naming its line', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    // `second` instead of `seconds` under deploy.watch.
    const manifest = s.repo.manifest.replace(/^(\s+)seconds: /m, '$1second: ');
    assert.notEqual(manifest, s.repo.manifest, 'the fixture has deploy.watch.seconds to misspell');
    s.repo.write('shadowgate.yaml', manifest);
    const before = await snapshot(s);
    const run = await cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo)(['promote']);
    const line = await expectRefused(s, before, run, { at: `shadowgate.yaml:${lineOf(manifest, 'second: ')}`, says: /second/ });
    assert.match(line, /seconds/, `the message suggests the right key: ${line}`);
  });

  test('a deploy: slot without its URL scheme is refused naming its line', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    const manifest = s.repo.manifest.replace(`url: ${s.green.url}`, 'url: green.internal:8080 v1');
    s.repo.write('shadowgate.yaml', manifest);
    const before = await snapshot(s);
    const run = await cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo)(['promote']);
    await expectRefused(s, before, run, { at: `shadowgate.yaml:${lineOf(manifest, 'green.internal')}`, says: /url/ });
  });

  test('a user without the Role is refused with a hint at the shipped Role, and nothing changes', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    const before = await snapshot(s);
    const cli = cliAs(e2e.cluster, 'nobodyKubeconfig', s.repo);
    for (const command of ['promote', 'rollback', 'status']) {
      const run = await cli([command]);
      await expectRefused(s, before, run, { says: /permission denied|forbidden/i, code: 5 });
      assert.match(run.stderr, /deploy\/rbac\/role\.yaml/, `${command}: the hint names the Role to grant\n${shown(run)}`);
    }
  });

  test('no kubeconfig anywhere is refused as such (not an obscure TLS error from a localhost fallback)', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    const before = await snapshot(s);
    // No KUBECONFIG, and HOME is the repo, which has no .kube/config.
    for (const command of ['promote', 'status']) {
      const run = await runBundle(CLI, [command], { cwd: s.repo.root });
      await expectRefused(s, before, run, { says: /no Kubernetes cluster configured/ });
      assert.match(run.stderr, /hint: set KUBECONFIG/, shown(run));
    }
  });

  test('a Role without the lease rule stops promote before anything is sent or flipped', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers);
    // Swap the shipped binding for a Role that lacks the coordination.k8s.io rule (an easy copy-paste slip).
    await e2e.admin.rbac.deleteNamespacedRoleBinding({ namespace: s.namespace, name: 'shadowgate-deployer' });
    const role: V1Role = {
      metadata: { name: 'no-leases' },
      rules: [
        { apiGroups: [''], resources: ['services'], verbs: ['get', 'patch'] },
        { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'] },
        { apiGroups: [''], resources: ['pods'], verbs: ['list'] },
      ],
    };
    const binding: V1RoleBinding = {
      metadata: { name: 'no-leases' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'no-leases' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: e2e.cluster.restrictedUser }],
    };
    await e2e.admin.rbac.createNamespacedRole({ namespace: s.namespace, body: role });
    await e2e.admin.rbac.createNamespacedRoleBinding({ namespace: s.namespace, body: binding });
    const before = await snapshot(s);
    const run = await cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo)(['promote']);
    const line = await expectRefused(s, before, run, { says: /lease/i, code: 5 });
    assert.match(line, /permission denied|forbidden/i, line);
  });
});
