// Benchmark (not a test): flip + verify latency p50/p99 against a real kube-apiserver, rollback end to end,
// and failed requests through the flips with a proxy following the selector.
// Run: ./node_modules/.bin/node bench/kube-flip.ts [flips=100]
import { memoryLog } from '../src/log.ts';
import { connect } from '../src/kube/client.ts';
import { parseDeployConfig } from '../src/delivery/deploy-config.ts';
import { rollback, promote } from '../src/delivery/blue-green.ts';
import { routerFor } from '../src/delivery/router/router.ts';
import { moveTraffic } from '../src/delivery/stages.ts';
import { percentile } from '../src/delivery/warmup.ts';
import { startCluster } from '../test/kube/support/cluster.ts';
import { startBackend, startLoad, startProxy } from '../test/kube/support/dataplane.ts';
import { adminClients, applyShippedRole, blueGreen, freshNamespace, SLOT_KEY } from '../test/kube/support/fixtures.ts';

const flips = Number(process.argv[2] ?? 100);
const startedCluster = performance.now();
const cluster = await startCluster();
const clusterMs = performance.now() - startedCluster;
const backends = { blue: await startBackend('blue'), green: await startBackend('green') };
try {
  const admin = adminClients(cluster.adminKubeconfig);
  const namespace = await freshNamespace(admin, 'bench');
  await applyShippedRole(admin, namespace);
  const bg = await blueGreen(admin, namespace, { deploy: { watch: { seconds: 0 }, historyLimit: 10 } });
  const clients = connect({ kubeconfig: cluster.restrictedKubeconfig });
  const config = parseDeployConfig(bg.deploy, 'bench');
  let slot: 'blue' | 'green' = 'blue';
  // flip + verify as promote's flip stage runs it: the service-selector router's guarded patch, then its
  // read-back (restricted user). The snapshot is the one the previous flip returned, as promote's is its read.
  const router = (runId: string) => routerFor(clients, { kind: 'service-selector', config, actor: { runId } });
  let snapshot = await router('bench').read();
  const flipVerifyIdle: number[] = [];
  for (let i = 0; i < flips; i++) {
    const to: 'blue' | 'green' = slot === 'blue' ? 'green' : 'blue';
    const started = performance.now();
    snapshot = await moveTraffic(router(`idle-${i}`), snapshot, to, 100);
    flipVerifyIdle.push(performance.now() - started);
    slot = to;
  }

  const proxy = await startProxy(connect({ kubeconfig: cluster.adminKubeconfig }).config, namespace, bg.service, SLOT_KEY, backends);
  const load = startLoad(proxy.url, 128);
  // the same under load: the proxy, the load generator and the API server share the machine's cores
  const flipVerify: number[] = [];
  const toNewSlot: number[] = [];
  for (let i = 0; i < flips; i++) {
    const to: 'blue' | 'green' = slot === 'blue' ? 'green' : 'blue';
    const started = performance.now();
    snapshot = await moveTraffic(router(`bench-${i}`), snapshot, to, 100);
    const flip = snapshot.flip!;
    flipVerify.push(performance.now() - started);
    const sent = flip.patchedAt - flip.patchMs;
    while (load.stats.firstFrom(to, sent) === undefined) await new Promise((r) => setTimeout(r, 1));
    toNewSlot.push(load.stats.firstFrom(to, sent)! - sent);
    slot = to;
  }

  // rollback end to end: a full promote, then rollback() from a cold start (new clients, as the CLI would)
  const rollbacks: number[] = [];
  for (let i = 0; i < 20; i++) {
    const common = { kubeconfig: cluster.restrictedKubeconfig, deploy: bg.deploy, manifestFile: 'bench', log: memoryLog() };
    const p = await promote({ ...common, runId: `bench-p${i}`, smoke: async () => ({ pass: true, reason: 'ok' }) });
    if (p.outcome !== 'promoted') throw new Error(p.reason);
    const started = performance.now();
    const r = await rollback({ ...common, runId: `bench-r${i}` });
    if (!r.changed) throw new Error(r.message);
    rollbacks.push(performance.now() - started);
  }
  const stats = await load.stop();
  await proxy.close();

  const fmt = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`kube-flip benchmark (kube-apiserver + etcd on loopback; cluster start ${fmt(clusterMs)})`);
  console.log(
    `flip + verify, idle   (${flips} flips): p50 ${fmt(percentile(flipVerifyIdle, 50))}  p99 ${fmt(percentile(flipVerifyIdle, 99))}  (goal p99 < 200 ms)`,
  );
  console.log(`flip + verify, loaded (${flips} flips): p50 ${fmt(percentile(flipVerify, 50))}  p99 ${fmt(percentile(flipVerify, 99))}  (goal p99 < 200 ms)`);
  console.log(`patch → first response from new slot: p50 ${fmt(percentile(toNewSlot, 50))}  p99 ${fmt(percentile(toNewSlot, 99))}`);
  console.log(`rollback end to end (${rollbacks.length}): p50 ${fmt(percentile(rollbacks, 50))}  max ${fmt(Math.max(...rollbacks))}  (goal < 1 s)`);
  console.log(`requests through the flips: ${stats.ok + stats.failed}, failed ${stats.failed} (goal 0)`);
  if (stats.failed > 0) console.log(stats.failures.join('\n'));
} finally {
  await Promise.all(Object.values(backends).map((b) => b.close()));
  await cluster.stop();
}
