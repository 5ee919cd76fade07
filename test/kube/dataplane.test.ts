// Data plane: a proxy follows the Service selector through a watch on the real API server and routes to
// local blue/green model servers while a load generator keeps requests in flight through promote and
// rollback. Goal: zero failed requests, and the new slot answering soon after the patch.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { memoryLog } from '../../src/log.ts';
import { connect } from '../../src/kube/client.ts';
import { promote, rollback } from '../../src/delivery/blue-green.ts';
import { ensureBinaries, startCluster, type Cluster } from './support/cluster.ts';
import { startBackend, startLoad, startProxy, waitForResponses, type Backend, type Proxy as SlotProxy } from './support/dataplane.ts';
import { adminClients, applyShippedRole, blueGreen, freshNamespace, SLOT_KEY } from './support/fixtures.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

let cluster: Cluster;
let backends: Record<string, Backend>;
let proxy: SlotProxy | undefined;

before(
  async () => {
    cluster = await startCluster();
    backends = { blue: await startBackend('blue'), green: await startBackend('green') };
  },
  { timeout: 180_000 },
);

after(async () => {
  await proxy?.close();
  await Promise.all(Object.values(backends ?? {}).map((b) => b.close()));
  await cluster?.stop();
});

test('≥ 10,000 requests through promote and rollback: none fails, the new slot answers right after each patch', { timeout: 60_000 }, async () => {
  const admin = adminClients(cluster.adminKubeconfig);
  const namespace = await freshNamespace(admin, 'dp');
  await applyShippedRole(admin, namespace);
  const bg = await blueGreen(admin, namespace, { deploy: { watch: { seconds: 0 } } });
  const watcher = connect({ kubeconfig: cluster.adminKubeconfig });
  proxy = await startProxy(watcher.config, namespace, bg.service, SLOT_KEY, backends);
  assert.equal(proxy.slot(), 'blue');

  const load = startLoad(proxy.url, 256);
  await waitForResponses(load.stats, 2000);
  const common = { kubeconfig: cluster.restrictedKubeconfig, deploy: bg.deploy, manifestFile: 'shadowgate.yaml', log: memoryLog() };

  const promoted = await promote({ ...common, runId: 'dp-promote', smoke: async () => ({ pass: true, reason: 'ok' }) });
  assert.equal(promoted.outcome, 'promoted', promoted.reason);
  // measured from when the patch was sent: the watch event may reach the proxy before the patch's reply
  const promotedAt = promoted.flip!.patchedAt - promoted.flip!.patchMs;
  await waitForResponses(load.stats, 4000);
  const firstGreen = load.stats.firstFrom('green', promotedAt);

  const rolledBack = await rollback({ ...common, runId: 'dp-rollback' });
  assert.equal(rolledBack.changed, true);
  const rolledBackAt = rolledBack.patchStartedAt!;
  await waitForResponses(load.stats, 4000);
  const firstBlueAgain = load.stats.firstFrom('blue', rolledBackAt);
  const stats = await load.stop();

  const total = stats.ok + stats.failed;
  const toGreenMs = firstGreen! - promotedAt;
  const toBlueMs = firstBlueAgain! - rolledBackAt;
  process.stderr.write(
    `data plane: ${total} requests (peak ${stats.peakInFlight} in flight), ${stats.failed} failed; ` +
      `patch → first green response ${toGreenMs.toFixed(1)} ms; rollback patch → first blue response ${toBlueMs.toFixed(1)} ms; ` +
      `rollback end to end ${rolledBack.elapsedMs.toFixed(1)} ms; by slot ${JSON.stringify(stats.bySlot)}\n`,
  );

  assert.ok(total >= 10_000, `only ${total} requests`);
  assert.equal(stats.failed, 0, stats.failures.join('\n'));
  assert.ok(firstGreen !== undefined && firstBlueAgain !== undefined, 'both slots answered after their flips');
  assert.ok(toGreenMs < 1000, `green answered ${toGreenMs} ms after the patch`);
  assert.ok(toBlueMs < 1000, `blue answered ${toBlueMs} ms after the rollback patch`);
  assert.ok(rolledBack.elapsedMs < 1000);
  assert.ok((stats.bySlot.green ?? 0) > 0 && (stats.bySlot.blue ?? 0) > 0);
  // after the rollback, traffic is on blue for good
  assert.deepEqual(
    proxy.changes.map((c) => c.slot),
    ['blue', 'green', 'blue'],
  );
});
