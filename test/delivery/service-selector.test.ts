// The service-selector router (blue-green's switch) behind the TrafficRouter interface, against a real
// kube-apiserver + etcd, as the restricted user holding exactly the shipped Role.
import { setHeaderOptions } from '@kubernetes/client-node';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isUserError } from '../../src/errors.ts';
import { connect } from '../../src/kube/client.ts';
import { isKubeRefusal } from '../../src/kube/refusal.ts';
import { parseDeployConfig } from '../../src/delivery/deploy-config.ts';
import { parseHistory } from '../../src/delivery/history.ts';
import { canaryPercent, routerFor, verifyWeight } from '../../src/delivery/router/router.ts';
import { moveTraffic } from '../../src/delivery/stages.ts';
import type { Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { liveSelector, SLOT_KEY, type BlueGreen, restrictedBlueGreen } from '../kube/support/fixtures.ts';

let cluster: Cluster;
let admin: AdminClients;

useKubeCluster({}, (kube) => {
  ({ cluster, admin } = kube);
});

const setup = () => restrictedBlueGreen(admin);

function routerOf(bg: BlueGreen, runId = 'run-sel') {
  const config = parseDeployConfig(bg.deploy, 'shadowgate.yaml');
  const clients = connect({ kubeconfig: cluster.restrictedKubeconfig });
  return routerFor(clients, { kind: 'service-selector', config, actor: { runId, ids: { model: 'm@2', prompt: 'sha256:p2' } } });
}

async function resourceVersion(bg: BlueGreen): Promise<string | undefined> {
  return (await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service })).metadata?.resourceVersion;
}

describe('service-selector router', () => {
  test('reads the slot the selector names as 100 %, the other as 0 %, and moves all traffic or none', async () => {
    const bg = await setup();
    const router = routerOf(bg);
    assert.deepEqual(router.weights, [0, 100]);
    const snap = await router.read();
    assert.equal(canaryPercent(snap, 'blue'), 100);
    assert.equal(canaryPercent(snap, 'green'), 0);

    // A share the selector cannot carry is refused before anything is written.
    const before = await resourceVersion(bg);
    await assert.rejects(
      moveTraffic(router, snap, 'green', 50),
      (e: unknown) => isUserError(e) && /cannot send 50% to a slot \(it can set: 0%, 100%\)/.test(e.message),
    );
    assert.equal(await resourceVersion(bg), before);

    // 0 % for a slot that has none already: nothing to write.
    await router.setWeight(snap, 'green', 0, {});
    assert.equal(await resourceVersion(bg), before);
  });

  test("100 % flips the selector key only, records the flip with the actor's ids, writes the given annotations in the same patch, and verifies", async () => {
    const bg = await setup();
    const router = routerOf(bg, 'run-flip');
    const snap = await router.read();
    const before = Number(await resourceVersion(bg));
    const moved = await moveTraffic(router, snap, 'green', 100, { 'example.com/note': 'flipped by the test' });
    assert.deepEqual(await liveSelector(admin, bg.namespace, bg.service), { app: 'chat', [SLOT_KEY]: 'green' });
    assert.equal(canaryPercent(moved, 'green'), 100);
    const service = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    assert.equal(service.metadata?.annotations?.['example.com/note'], 'flipped by the test');
    // One write: the patch, nothing else.
    assert.equal(Number(service.metadata?.resourceVersion) > before, true);
    const [entry] = parseHistory(service.metadata?.annotations);
    assert.equal(entry?.action, 'promote');
    assert.equal(entry?.runId, 'run-flip');
    assert.equal(entry?.model, 'm@2');
    assert.equal(moved.flip?.entry.id, entry?.id);
    assert.equal(canaryPercent(await verifyWeight(router, 'green', 100), 'green'), 100);
  });

  test('a stale snapshot meets a 409: an unrelated edit is re-read and the flip goes on; a selector changed by someone else is never overwritten', async () => {
    const bg = await setup();
    const router = routerOf(bg);
    const stale = await router.read();
    // Someone labels the Service: the snapshot's resourceVersion is stale, the selector is not.
    await admin.core.patchNamespacedService(
      { namespace: bg.namespace, name: bg.service, body: { metadata: { labels: { team: 'ml' } } } },
      setHeaderOptions('Content-Type', 'application/merge-patch+json'),
    );
    const moved = await router.setWeight(stale, 'green', 100, {});
    assert.equal(moved.flip?.conflicts, 1);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');

    const bg2 = await setup();
    const router2 = routerOf(bg2);
    const stale2 = await router2.read();
    await admin.core.patchNamespacedService(
      { namespace: bg2.namespace, name: bg2.service, body: { spec: { selector: { [SLOT_KEY]: 'canary' } } } },
      setHeaderOptions('Content-Type', 'application/merge-patch+json'),
    );
    await assert.rejects(
      router2.setWeight(stale2, 'green', 100, {}),
      (e: unknown) => isKubeRefusal(e) && e.kind === 'service-state' && /selector changed meanwhile to shadowgate.dev\/slot=canary/.test(e.message),
    );
    assert.equal((await liveSelector(admin, bg2.namespace, bg2.service))[SLOT_KEY], 'canary');
  });

  test('verify fails when the selector no longer names the slot just set', async () => {
    const bg = await setup();
    const router = routerOf(bg);
    await router.setWeight(await router.read(), 'green', 100, {});
    await admin.core.patchNamespacedService(
      { namespace: bg.namespace, name: bg.service, body: { spec: { selector: { [SLOT_KEY]: 'blue' } } } },
      setHeaderOptions('Content-Type', 'application/merge-patch+json'),
    );
    await assert.rejects(verifyWeight(router, 'green', 100), (e: unknown) => isKubeRefusal(e) && /names blue right after the flip to green/.test(e.message));
  });
});
