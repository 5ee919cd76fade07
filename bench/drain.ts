// Benchmark (not a test): session draining at the flip against a real kube-apiserver with the Gateway API
// CRDs, as the restricted user — the gateway flip's route patch, and rollback end to end while a drain runs
// (selector flip back + the drain's end), with multi-turn conversations through a data plane following
// the route: failed requests and conversations that changed side before the drain ended.
// Run: ./node_modules/.bin/node bench/drain.ts [rounds=20]
import { parseDrainState } from '../src/delivery/drain.ts';
import { memoryLog } from '../src/log.ts';
import { promote, rollback } from '../src/delivery/blue-green.ts';
import { percentile } from '../src/delivery/warmup.ts';
import { slotTraffic } from '../test/delivery/support/stand.ts';
import { startRouteStand } from './route-stand.ts';

const rounds = Number(process.argv[2] ?? 20);
const { cluster, admin, custom, namespace, bg, route: ROUTE, servers, close } = await startRouteStand('bench-drain', { watch: { seconds: 0 } });
try {
  const deploy = {
    ...bg.deploy,
    canary: {
      router: { kind: 'gateway-api', name: 'chat' },
      services: { blue: 'chat-blue', green: 'chat-green' },
      provider: { kind: 'prometheus', url: 'http://127.0.0.1:1', window: '2s' },
      bakeSeconds: 5,
    },
    // No Prometheus: the drain lasts until the rollback ends it.
    drain: { timeoutSeconds: 600, markSeconds: 0.5, cookieName: 'sg-slot' },
  };
  const traffic = slotTraffic(admin, namespace, servers, { ratePerSecond: 100, sessions: 40, turnsPerSession: 20 });
  await new Promise((r) => setTimeout(r, 1000));
  const common = { kubeconfig: cluster.restrictedKubeconfig, deploy, manifestFile: 'bench', log: memoryLog() };
  const passing = async () => ({ pass: true, reason: 'ok' });
  const rollbacks: number[] = [];
  const flipPatches: number[] = [];
  const windows: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < rounds; i++) {
    const running = promote({ ...common, runId: `bench-p${i}`, smoke: passing });
    while (
      parseDrainState(
        ((await custom.getNamespacedCustomObject({ ...ROUTE, name: 'chat' })) as { metadata: { annotations?: Record<string, string> } }).metadata.annotations,
      )?.phase !== 'draining'
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 500));
    const back = await rollback({ ...common, runId: `bench-r${i}` });
    if (!back.changed) throw new Error(`rollback ${i} changed nothing: ${back.message}`);
    rollbacks.push(back.elapsedMs);
    const result = await running;
    const d = result.drain!;
    flipPatches.push(d.flippedAt! - d.flipSentAt!);
    windows.push({ from: d.markedAt, to: back.patchedAt! });
  }
  await new Promise((r) => setTimeout(r, 500));
  await traffic.stop();
  // A conversation changes side wrongly when two of its turns inside one drain window (mark → rollback) differ.
  let changed = 0;
  for (const session of traffic.sessions) {
    for (const w of windows) {
      const slots = new Set(session.history.filter((h) => h.sentAt > w.from && h.sentAt < w.to).map((h) => h.slot));
      if (slots.size > 1) changed++;
    }
  }
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log('drain benchmark (kube-apiserver + etcd + Gateway API CRDs on loopback, restricted user, new clients per command)');
  console.log(`gateway flip, one guarded route patch (${rounds}): p50 ${fmt(percentile(flipPatches, 50))}  p99 ${fmt(percentile(flipPatches, 99))}`);
  console.log(
    `rollback during a drain, end to end: selector back + drain ended (${rounds}): p50 ${fmt(percentile(rollbacks, 50))}  p99 ${fmt(percentile(rollbacks, 99))}  (goal < 1 s)`,
  );
  console.log(
    `requests through ${rounds} drains and rollbacks: ${traffic.sent.blue + traffic.sent.green}, failed ${traffic.failed.blue + traffic.failed.green} (goal 0); conversations that changed side during a drain: ${changed} (goal 0)`,
  );
  if (traffic.failed.blue + traffic.failed.green > 0 || changed > 0) process.exitCode = 1;
} finally {
  await close();
}
