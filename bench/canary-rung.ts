// Benchmark (not a test): one canary rung's overhead without its bake — lease, readiness, Prometheus
// check, guarded weight patch, judge queries, state write — and abort end to end, against a real
// kube-apiserver with the Gateway API CRDs and a real Prometheus, as the restricted user.
// Run: ./node_modules/.bin/node bench/canary-rung.ts [rungs=20]
import { abort, advance, LADDER_ANNOTATION } from '../src/delivery/ladder.ts';
import { memoryLog } from '../src/log.ts';
import { percentile } from '../src/delivery/warmup.ts';
import { startPrometheus } from '../test/delivery/support/prometheus.ts';
import { slotTraffic } from '../test/delivery/support/stand.ts';
import { startRouteStand } from './route-stand.ts';

const rounds = Number(process.argv[2] ?? 20);
const { cluster, admin, custom, namespace, bg, route: ROUTE, routeBody, servers, close } = await startRouteStand('bench-canary');
try {
  const prometheus = await startPrometheus([
    { url: servers.blue.url, labels: { namespace, slot: 'blue' } },
    { url: servers.green.url, labels: { namespace, slot: 'green' } },
  ]);
  const deploy = {
    ...bg.deploy,
    canary: {
      router: { kind: 'gateway-api', name: 'chat' },
      services: { blue: 'chat-blue', green: 'chat-green' },
      rungs: [50, 75],
      bakeSeconds: 0.2,
      minSamples: 3,
      provider: { kind: 'prometheus', url: prometheus.url, stepSeconds: 0.05, window: '100ms' },
    },
  };
  const common = { kubeconfig: cluster.restrictedKubeconfig, deploy, manifestFile: 'bench', log: memoryLog() };
  const traffic = slotTraffic(admin, namespace, servers, { ratePerSecond: 400 });
  await new Promise((r) => setTimeout(r, 1000));
  const overhead: number[] = [];
  const aborts: number[] = [];
  const visible: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // A fresh ladder each round: the route back to 100/0/0 without state.
    const current = (await custom.getNamespacedCustomObject({ ...ROUTE, name: 'chat' })) as { metadata: { annotations?: Record<string, string> } };
    delete current.metadata.annotations?.[LADDER_ANNOTATION];
    await custom.replaceNamespacedCustomObject({ ...ROUTE, name: 'chat', body: { ...current, spec: routeBody.spec } });
    let patched = 0;
    // The bake starts right after the weight patch was accepted: from there to the first request the data
    // plane sends to the candidate. A 50 % first rung at 400 req/s makes the wait for a candidate request
    // itself ~5 ms, so what is measured is the watch propagation.
    const r = await advance({
      ...common,
      runId: `bench-${i}`,
      sleep: async () => {
        patched = performance.now();
      },
    });
    overhead.push(r.timings.overheadMs);
    while (!traffic.timeline.some((q) => q.slot === 'green' && q.sentAt > patched)) await new Promise((res) => setTimeout(res, 1));
    visible.push(traffic.timeline.find((q) => q.slot === 'green' && q.sentAt > patched)!.sentAt - patched);
    const started = performance.now();
    const a = await abort({ ...common, runId: `bench-a${i}` });
    if (a.outcome !== 'aborted' || a.weight !== 0) throw new Error(`abort: ${a.outcome} ${a.weight}`);
    aborts.push(performance.now() - started);
  }
  await traffic.stop();
  await prometheus.stop();
  const fmt = (v: number) => `${v.toFixed(1)} ms`;
  console.log('canary-rung benchmark (kube-apiserver + etcd + Prometheus on loopback, restricted user, new clients per command)');
  console.log(`one rung without its bake (${rounds}): p50 ${fmt(percentile(overhead, 50))}  p99 ${fmt(percentile(overhead, 99))}  (goal p99 < 1 s)`);
  console.log(`abort end to end (${rounds}): p50 ${fmt(percentile(aborts, 50))}  p99 ${fmt(percentile(aborts, 99))}  (goal < 1 s)`);
  console.log(
    `patch → first candidate request in the data plane (watch, 50 % of 400 req/s): p50 ${fmt(percentile(visible, 50))}  p99 ${fmt(percentile(visible, 99))}  (goal p99 < 500 ms)`,
  );
  console.log(
    `requests through the rungs and aborts: ${traffic.sent.blue + traffic.sent.green}, failed ${traffic.failed.blue + traffic.failed.green} (goal 0)`,
  );
} finally {
  await close();
}
