// Benchmark (not a test): one canary rung's overhead without its bake — lease, readiness, Prometheus
// check, guarded weight patch, judge queries, state write — and abort end to end, against a real
// kube-apiserver with the Gateway API CRDs and a real Prometheus, as the restricted user.
// Run: ./node_modules/.bin/node bench/canary-rung.ts [rungs=20]
import { CustomObjectsApi } from '@kubernetes/client-node';
import { abort, advance, LADDER_ANNOTATION } from '../src/delivery/ladder.ts';
import { memoryLog } from '../src/log.ts';
import { percentile } from '../src/kube/warmup.ts';
import { startCluster } from '../test/kube/support/cluster.ts';
import { adminClients, applyShippedRole, blueGreen, freshNamespace, SLOT_KEY } from '../test/kube/support/fixtures.ts';
import { installCrds } from '../test/delivery/support/crds.ts';
import { startModelServer } from '../test/delivery/support/model-server.ts';
import { startPrometheus } from '../test/delivery/support/prometheus.ts';

const rounds = Number(process.argv[2] ?? 20);
const cluster = await startCluster();
const servers = { blue: await startModelServer({ delayMs: 1, errorRate: 0 }), green: await startModelServer({ delayMs: 1, errorRate: 0 }) };
try {
  const admin = adminClients(cluster.adminKubeconfig);
  await installCrds(admin, { gatewayApi: true });
  const namespace = await freshNamespace(admin, 'bench-canary');
  await applyShippedRole(admin, namespace);
  const bg = await blueGreen(admin, namespace);
  for (const slot of ['blue', 'green']) {
    await admin.core.createNamespacedService({ namespace, body: { metadata: { name: `chat-${slot}` }, spec: { selector: { app: 'chat', [SLOT_KEY]: slot }, ports: [{ port: 80 }] } } });
  }
  const custom = admin.config.makeApiClient(CustomObjectsApi);
  const ROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes', namespace };
  const routeBody = {
    apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'chat' },
    spec: { parentRefs: [{ name: 'public' }], rules: [{ backendRefs: [{ name: 'chat', port: 80, weight: 100 }, { name: 'chat-blue', port: 80, weight: 0 }, { name: 'chat-green', port: 80, weight: 0 }] }] },
  };
  await custom.createNamespacedCustomObject({ ...ROUTE, body: routeBody });
  const prometheus = await startPrometheus([
    { url: servers.blue.url, labels: { namespace, slot: 'blue' } },
    { url: servers.green.url, labels: { namespace, slot: 'green' } },
  ]);
  const deploy = {
    ...bg.deploy,
    canary: {
      router: { kind: 'gateway-api', name: 'chat' }, services: { blue: 'chat-blue', green: 'chat-green' },
      rungs: [1, 5], bakeSeconds: 0.2, minSamples: 3,
      provider: { kind: 'prometheus', url: prometheus.url, stepSeconds: 0.05, window: '100ms' },
    },
  };
  const common = { kubeconfig: cluster.restrictedKubeconfig, deploy, manifestFile: 'bench', log: memoryLog() };
  const overhead: number[] = [];
  const aborts: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // A fresh ladder each round: the route back to 100/0/0 without state.
    const current = (await custom.getNamespacedCustomObject({ ...ROUTE, name: 'chat' })) as { metadata: { annotations?: Record<string, string> } };
    delete current.metadata.annotations?.[LADDER_ANNOTATION];
    await custom.replaceNamespacedCustomObject({ ...ROUTE, name: 'chat', body: { ...current, spec: routeBody.spec } });
    const r = await advance({ ...common, runId: `bench-${i}`, sleep: async () => {} });
    overhead.push(r.timings.overheadMs);
    const started = performance.now();
    const a = await abort({ ...common, runId: `bench-a${i}` });
    if (a.outcome !== 'aborted' || a.weight !== 0) throw new Error(`abort: ${a.outcome} ${a.weight}`);
    aborts.push(performance.now() - started);
  }
  await prometheus.stop();
  const fmt = (v: number) => `${v.toFixed(1)} ms`;
  console.log('canary-rung benchmark (kube-apiserver + etcd + Prometheus on loopback, restricted user, new clients per command)');
  console.log(`one rung without its bake (${rounds}): p50 ${fmt(percentile(overhead, 50))}  p99 ${fmt(percentile(overhead, 99))}  (goal p99 < 1 s)`);
  console.log(`abort end to end (${rounds}): p50 ${fmt(percentile(aborts, 50))}  p99 ${fmt(percentile(aborts, 99))}  (goal < 1 s)`);
} finally {
  await servers.blue.close();
  await servers.green.close();
  await cluster.stop();
}
