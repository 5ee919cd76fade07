// promote / rollback / status against a real kube-apiserver + etcd, run as the restricted user that holds
// exactly deploy/rbac/role.yaml.
import { spawn } from 'node:child_process';
import { setHeaderOptions, V1MicroTime } from '@kubernetes/client-node';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { memoryLog } from '../../src/log.ts';
import { promote, rollback, status, lint } from '../../src/delivery/blue-green.ts';
import { parseHistory } from '../../src/delivery/history.ts';
import { isKubeRefusal } from '../../src/kube/refusal.ts';
import { REPO, type Cluster } from './support/cluster.ts';
import { type AdminClients, useKubeCluster } from './support/use-kube-cluster.ts';
import { startFaultProxy } from './support/faults.ts';
import { liveSelector, setDeploymentStatus, SLOT_KEY, type BlueGreen, restrictedBlueGreen } from './support/fixtures.ts';

let cluster: Cluster;
let admin: AdminClients;

useKubeCluster({}, (kube) => {
  ({ cluster, admin } = kube);
});

/** A namespace with blue live, green idle, and the shipped Role bound to the restricted user. */
const setup = (opts: Parameters<typeof restrictedBlueGreen>[2] = {}) => restrictedBlueGreen(admin, 'sg', opts);

const passing = async () => ({ pass: true, reason: 'no regression' });
const steadyTarget = () => ({ send: async () => 20 });

function common(bg: BlueGreen, runId: string) {
  return {
    kubeconfig: cluster.restrictedKubeconfig,
    deploy: bg.deploy,
    manifestFile: 'shadowgate.yaml',
    runId,
    runUrl: `https://github.example/o/r/actions/runs/${runId}`,
    log: memoryLog(),
  };
}

async function history(bg: BlueGreen) {
  const svc = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
  return parseHistory(svc.metadata?.annotations);
}

describe('promote and rollback with the shipped Role', () => {
  test('happy path: promote flips to green with history, rollback returns to blue in under a second', async () => {
    const bg = await setup();
    const result = await promote({
      ...common(bg, 'run-1'),
      ids: { model: 'gpt-x@2026-10', prompt: 'sha256:abc', tools: 'sha256:def' },
      warmupTarget: steadyTarget,
      smoke: passing,
      probe: passing,
    });
    assert.equal(result.outcome, 'promoted', result.reason);
    assert.equal(result.from, 'blue');
    assert.equal(result.to, 'green');
    assert.equal(result.warmup?.settled, true);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');

    const [entry] = await history(bg);
    assert.equal(entry?.action, 'promote');
    assert.equal(entry?.runId, 'run-1');
    assert.equal(entry?.runUrl, 'https://github.example/o/r/actions/runs/run-1');
    assert.equal(entry?.model, 'gpt-x@2026-10');
    assert.equal(entry?.prompt, 'sha256:abc');
    assert.equal(entry?.tools, 'sha256:def');
    assert.deepEqual(entry?.previousSelector, { app: 'chat', [SLOT_KEY]: 'blue' });
    assert.deepEqual(entry?.newSelector, { app: 'chat', [SLOT_KEY]: 'green' });
    assert.ok(!Number.isNaN(Date.parse(entry?.at ?? '')));

    const lease = await admin.coordination.readNamespacedLease({ namespace: bg.namespace, name: 'shadowgate-chat' });
    assert.equal(lease.spec?.holderIdentity, undefined, 'lease released after the run');

    const back = await rollback(common(bg, 'run-2'));
    assert.equal(back.changed, true);
    assert.equal(back.to, 'blue');
    assert.ok(back.elapsedMs < 1000, `rollback took ${back.elapsedMs} ms`);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    const entries = await history(bg);
    assert.equal(entries.at(-1)?.action, 'rollback');
    assert.equal(entries.at(-1)?.reverts, entry?.id);
  });

  test('rollback twice: the second one changes nothing', async () => {
    const bg = await setup();
    assert.equal((await promote({ ...common(bg, 'run-a'), smoke: passing, probe: passing })).outcome, 'promoted');
    const first = await rollback(common(bg, 'run-b'));
    const rvAfterFirst = (await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service })).metadata?.resourceVersion;
    const second = await rollback(common(bg, 'run-c'));
    assert.equal(first.changed, true);
    assert.equal(second.changed, false);
    assert.match(second.message, /no promotion left to undo/);
    const svc = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    assert.equal(svc.metadata?.resourceVersion, rvAfterFirst, 'second rollback wrote nothing');
    assert.equal(svc.spec?.selector?.[SLOT_KEY], 'blue');
  });

  test('a selector with other keys keeps them exactly', async () => {
    const extra = { tier: 'llm', 'example.com/team': 'ml-platform' };
    const bg = await setup({ extraSelector: extra });
    assert.equal((await promote({ ...common(bg, 'run-k'), smoke: passing, probe: passing })).outcome, 'promoted');
    assert.deepEqual(await liveSelector(admin, bg.namespace, bg.service), { app: 'chat', ...extra, [SLOT_KEY]: 'green' });
    await rollback(common(bg, 'run-k2'));
    assert.deepEqual(await liveSelector(admin, bg.namespace, bg.service), { app: 'chat', ...extra, [SLOT_KEY]: 'blue' });
  });

  test('status shows the live slot, the history and the lease', async () => {
    const bg = await setup();
    await promote({ ...common(bg, 'run-s'), ids: { model: 'm-2' }, smoke: passing, probe: passing });
    const opts = common(bg, 'run-s2');
    const s = await status(opts);
    assert.equal(s.live, 'green');
    assert.equal(s.history.length, 1);
    assert.equal(s.lease?.live, false);
    assert.ok(opts.log.lines.some((l) => l.includes('live slot green')));
    assert.ok(opts.log.lines.some((l) => /promote blue → green by run-s \(model m-2\)/.test(l)));
  });

  test('history stays bounded', async () => {
    const bg = await setup({ deploy: { historyLimit: 3 } });
    for (let i = 0; i < 3; i++) {
      assert.equal((await promote({ ...common(bg, `run-h${i}`), smoke: passing })).outcome, 'promoted');
      assert.equal((await rollback(common(bg, `run-r${i}`))).changed, true);
    }
    const entries = await history(bg);
    assert.equal(entries.length, 3);
    assert.equal(entries.at(-1)?.runId, 'run-r2');
  });
});

describe('promote stops at the first failing check and changes nothing', () => {
  test('unready target slot: no flip', async () => {
    const bg = await setup({ greenReady: false });
    const opts = common(bg, 'run-u');
    const result = await promote({ ...opts, smoke: passing, probe: passing });
    assert.equal(result.outcome, 'stopped');
    assert.equal(result.stage, 'readiness');
    assert.match(result.reason, /chat-green: 1\/2 replicas available/);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    assert.equal((await history(bg)).length, 0);
  });

  test('rollout not observed yet, and a terminating pod, both block', async () => {
    const bg = await setup();
    await setDeploymentStatus(admin, bg.namespace, 'chat-green', { available: 2, observed: false });
    let result = await promote({ ...common(bg, 'run-o'), smoke: passing });
    assert.equal(result.stage, 'readiness');
    assert.match(result.reason, /observedGeneration/);

    await setDeploymentStatus(admin, bg.namespace, 'chat-green', { available: 2 });
    await admin.core.createNamespacedPod({
      namespace: bg.namespace,
      body: {
        metadata: { name: 'chat-green-old', labels: { app: 'chat', [SLOT_KEY]: 'green' }, finalizers: ['example.com/hold'] },
        spec: { containers: [{ name: 'model', image: 'example.invalid/model:0' }] },
      },
    });
    await admin.core.deleteNamespacedPod({ namespace: bg.namespace, name: 'chat-green-old' });
    result = await promote({ ...common(bg, 'run-t'), smoke: passing });
    assert.equal(result.stage, 'readiness');
    assert.match(result.reason, /1 pod\(s\) terminating/);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    await admin.core.patchNamespacedPod(
      { namespace: bg.namespace, name: 'chat-green-old', body: [{ op: 'remove', path: '/metadata/finalizers' }] },
      setHeaderOptions('Content-Type', 'application/json-patch+json'),
    );
  });

  test('warm-up that never settles: no flip', async () => {
    const bg = await setup();
    let latency = 10;
    const result = await promote({
      ...common(bg, 'run-w'),
      warmupTarget: () => ({ send: async () => (latency *= 1.5) }), // keeps getting slower
      smoke: passing,
    });
    assert.equal(result.outcome, 'stopped');
    assert.equal(result.stage, 'warmup');
    assert.equal(result.warmup?.settled, false);
    assert.equal(result.warmup?.requests, 50);
    assert.match(result.reason, /did not settle within 50 requests/);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
  });

  test('judge failure: no flip', async () => {
    const bg = await setup();
    let seen: { live: string; target: string; targetUrl?: string } | undefined;
    const result = await promote({
      ...common(bg, 'run-j'),
      warmupTarget: steadyTarget,
      smoke: async (ctx) => {
        seen = { live: ctx.live, target: ctx.target, ...(ctx.targetUrl ? { targetUrl: ctx.targetUrl } : {}) };
        return { pass: false, reason: 'json validity 0.91 < 0.98' };
      },
    });
    assert.equal(result.outcome, 'stopped');
    assert.equal(result.stage, 'smoke');
    assert.match(result.reason, /json validity 0.91 < 0.98/);
    assert.deepEqual(seen, { live: 'blue', target: 'green', targetUrl: 'http://127.0.0.1:1/green' });
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    const lease = await admin.coordination.readNamespacedLease({ namespace: bg.namespace, name: 'shadowgate-chat' });
    assert.equal(lease.spec?.holderIdentity, undefined);
  });

  test('watch window breach flips back automatically and fails the step', async () => {
    const bg = await setup();
    let probes = 0;
    const result = await promote({
      ...common(bg, 'run-b'),
      smoke: passing,
      probe: async () => (++probes >= 2 ? { pass: false, reason: 'p95 latency 9 s' } : { pass: true, reason: 'ok' }),
    });
    assert.equal(result.outcome, 'rolled-back');
    assert.equal(result.stage, 'watch');
    assert.match(result.reason, /p95 latency 9 s/);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    const entries = await history(bg);
    assert.deepEqual(
      entries.map((e) => e.action),
      ['promote', 'auto-rollback'],
    );
    assert.equal(entries[1]?.reverts, entries[0]?.id);
  });
});

describe('rollback never moves traffic onto a slot that is not ready', () => {
  /** Run A promoted green; blue then lost a replica, so run B's promotion back to blue stops at readiness. */
  async function promotedThenBlueUnready(): Promise<BlueGreen> {
    const bg = await setup();
    assert.equal((await promote({ ...common(bg, 'run-A'), smoke: passing, probe: passing })).outcome, 'promoted');
    await setDeploymentStatus(admin, bg.namespace, 'chat-blue', { available: 1 });
    const stopped = await promote({ ...common(bg, 'run-B'), smoke: passing, probe: passing });
    assert.equal(stopped.outcome, 'stopped');
    assert.equal(stopped.stage, 'readiness');
    return bg;
  }

  test("a rollback of the run whose promote flipped nothing changes nothing and says so, naming the other run's flip", async () => {
    const bg = await promotedThenBlueUnready();
    const before = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    const back = await rollback({ ...common(bg, 'run-B'), promotionRunId: 'run-B' });
    assert.equal(back.changed, false);
    assert.match(back.message, /^run run-B has no promotion in place to undo, so nothing was changed; live slot stays green/);
    assert.match(back.message, /the latest promotion \(run-A#promote@\d+\) belongs to another run and is left alone/);
    const after = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    assert.equal(after.metadata?.resourceVersion, before.metadata?.resourceVersion, 'the Service was not written');
  });

  test('undoing the promotion onto an unready slot is refused (not-ready) and changes nothing', async () => {
    const bg = await promotedThenBlueUnready();
    const before = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    for (const opts of [{}, { promotionRunId: 'run-A' }]) {
      await assert.rejects(rollback({ ...common(bg, 'oncall'), ...opts }), (e: unknown) => {
        assert.ok(isKubeRefusal(e), String(e));
        assert.equal(e.kind, 'not-ready');
        assert.match(e.message, /^rollback refused: blue is not ready \(chat-blue: 1\/2 replicas available\); traffic stays on green$/);
        assert.match(e.hint ?? '', /--force/);
        return true;
      });
    }
    const after = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    assert.equal(after.metadata?.resourceVersion, before.metadata?.resourceVersion, 'the Service was not written');
    assert.equal(after.spec?.selector?.[SLOT_KEY], 'green');
  });

  test('a forced rollback flips onto the unready slot, says so loudly and records why on the flip', async () => {
    const bg = await promotedThenBlueUnready();
    const opts = common(bg, 'oncall');
    const back = await rollback({ ...opts, force: true });
    assert.equal(back.changed, true);
    assert.deepEqual(back.forcedPast, ['chat-blue: 1/2 replicas available']);
    assert.match(back.message, /FORCED onto blue, which is not ready: chat-blue: 1\/2 replicas available/);
    assert.ok(
      opts.log.lines.some((l) => /^warning: .*FORCED onto blue/.test(l)),
      'the forced flip is a warning in the log',
    );
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    const last = (await history(bg)).at(-1);
    assert.equal(last?.action, 'rollback');
    assert.equal(last?.forced, 'chat-blue: 1/2 replicas available');
    const shown = common(bg, 'status');
    await status(shown);
    assert.ok(
      shown.log.lines.some((l) => /rollback green → blue by oncall FORCED onto an unready slot \(chat-blue: 1\/2 replicas available\)/.test(l)),
      shown.log.lines.join('\n'),
    );
  });

  test('a watch breach while the old slot went unready keeps traffic on the target (breached) instead of flipping back', async () => {
    const bg = await setup();
    let probes = 0;
    const result = await promote({
      ...common(bg, 'run-wb'),
      smoke: passing,
      probe: async () => {
        if (++probes === 1) {
          // blue loses its replicas right after the flip
          await setDeploymentStatus(admin, bg.namespace, 'chat-blue', { available: 0 });
          return { pass: true, reason: 'ok' };
        }
        return { pass: false, reason: 'p95 latency 9 s' };
      },
    });
    assert.equal(result.outcome, 'breached');
    assert.equal(result.stage, 'watch');
    assert.match(
      result.reason,
      /^watch window breached: p95 latency 9 s; not flipped back: rollback refused: blue is not ready \(chat-blue: 0\/2 replicas available\); traffic stays on green$/,
    );
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');
    assert.deepEqual(
      (await history(bg)).map((e) => e.action),
      ['promote'],
    );
    const lease = await admin.coordination.readNamespacedLease({ namespace: bg.namespace, name: 'shadowgate-chat' });
    assert.equal(lease.spec?.holderIdentity, undefined, 'the lease is released');
  });
});

describe('concurrency', () => {
  test('409 from a concurrent writer: re-read, re-check, then flip without losing their change', async () => {
    const bg = await setup();
    const result = await promote({
      ...common(bg, 'run-c'),
      smoke: async () => {
        // Someone else edits the Service between our read and our patch.
        await admin.core.patchNamespacedService(
          { namespace: bg.namespace, name: bg.service, body: { metadata: { annotations: { 'example.com/owner': 'team-ml' } } } },
          setHeaderOptions('Content-Type', 'application/merge-patch+json'),
        );
        return { pass: true, reason: 'ok' };
      },
    });
    assert.equal(result.outcome, 'promoted', result.reason);
    assert.equal(result.flip?.conflicts, 1);
    const svc = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    assert.equal(svc.spec?.selector?.[SLOT_KEY], 'green');
    assert.equal(svc.metadata?.annotations?.['example.com/owner'], 'team-ml');
  });

  test('409 where the concurrent writer moved the selector: stop, never overwrite', async () => {
    const bg = await setup();
    await assert.rejects(
      promote({
        ...common(bg, 'run-c2'),
        smoke: async () => {
          await admin.core.patchNamespacedService(
            { namespace: bg.namespace, name: bg.service, body: { spec: { selector: { [SLOT_KEY]: 'canary' } } } },
            setHeaderOptions('Content-Type', 'application/merge-patch+json'),
          );
          return { pass: true, reason: 'ok' };
        },
      }),
      (e: unknown) => isKubeRefusal(e) && e.kind === 'service-state' && /selector changed meanwhile to shadowgate.dev\/slot=canary/.test(e.message),
    );
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'canary');
    assert.equal((await history(bg)).length, 0);
  });

  test('a live lease held by another run is an error naming it; an expired one is taken over', async () => {
    const bg = await setup();
    const now = new Date();
    await admin.coordination.createNamespacedLease({
      namespace: bg.namespace,
      body: {
        metadata: { name: 'shadowgate-chat' },
        spec: { holderIdentity: 'octo/repo/77-1', leaseDurationSeconds: 60, renewTime: new V1MicroTime(now), acquireTime: new V1MicroTime(now) },
      },
    });
    await assert.rejects(
      promote({ ...common(bg, 'run-l'), smoke: passing }),
      (e: unknown) => isKubeRefusal(e) && e.kind === 'lease-held' && /held by "octo\/repo\/77-1"/.test(e.message),
    );
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');

    const lease = await admin.coordination.readNamespacedLease({ namespace: bg.namespace, name: 'shadowgate-chat' });
    lease.spec!.renewTime = new V1MicroTime(Date.now() - 120_000);
    lease.spec!.acquireTime = new V1MicroTime(lease.spec!.acquireTime ?? Date.now());
    await admin.coordination.replaceNamespacedLease({ namespace: bg.namespace, name: 'shadowgate-chat', body: lease });
    const result = await promote({ ...common(bg, 'run-l2'), smoke: passing });
    assert.equal(result.outcome, 'promoted', result.reason);
    const after = await admin.coordination.readNamespacedLease({ namespace: bg.namespace, name: 'shadowgate-chat' });
    assert.equal(after.spec?.leaseTransitions, 1);
  });
});

function runChild(kubeconfig: string, deploy: unknown, runId: string, phase: 'warmup' | 'watch') {
  const child = spawn(process.execPath, [join(REPO, 'test/kube/support/promote-child.ts'), JSON.stringify({ kubeconfig, deploy, runId, phase })], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const waitFor = (marker: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (out.includes(marker)) {
          clearInterval(timer);
          resolve();
        }
        if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`child exited early:\n${out}`));
        }
      }, 20);
    });
  const kill = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return { waitFor, kill };
}

describe('a promoting run killed half-way', () => {
  test('killed during the watch window (after the flip): rollback of that run flips back in < 1 s and frees its lease', async () => {
    const bg = await setup({ deploy: { watch: { seconds: 120, intervalSeconds: 0.1 } } });
    const child = runChild(cluster.restrictedKubeconfig, bg.deploy, 'dead-run-1', 'watch');
    await child.waitFor('watching');
    await child.kill();
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');

    const back = await rollback({ ...common(bg, 'rescue-1'), promotionRunId: 'dead-run-1' });
    assert.equal(back.changed, true);
    assert.ok(back.elapsedMs < 1000, `rollback took ${back.elapsedMs} ms`);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    const lease = await admin.coordination.readNamespacedLease({ namespace: bg.namespace, name: 'shadowgate-chat' });
    assert.equal(lease.spec?.holderIdentity, undefined, "dead run's lease freed");
    // and the next promotion can run at once
    assert.equal((await promote({ ...common(bg, 'run-next'), smoke: passing })).outcome, 'promoted');
  });

  test('killed during warm-up (before the flip): rollback changes nothing, traffic stays on blue', async () => {
    const bg = await setup();
    // an earlier, good promotion that must NOT be undone
    await promote({ ...common(bg, 'good-run'), smoke: passing });
    await rollback(common(bg, 'good-rollback'));
    await promote({ ...common(bg, 'good-run-2'), to: 'green', smoke: passing });
    const child = runChild(cluster.restrictedKubeconfig, bg.deploy, 'dead-run-2', 'warmup');
    await child.waitFor('warming');
    await child.kill();
    const back = await rollback({ ...common(bg, 'rescue-2'), promotionRunId: 'dead-run-2' });
    assert.equal(back.changed, false);
    assert.match(back.message, /run dead-run-2 has no promotion in place to undo, so nothing was changed; live slot stays green/);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');
  });
});

describe('least privilege', () => {
  test('without the Role every command fails with a clear UserError naming the denied permission', async () => {
    const bg = await setup();
    const denied = { ...common(bg, 'run-n'), kubeconfig: cluster.nobodyKubeconfig };
    for (const [name, run] of [
      ['promote', () => promote({ ...denied, smoke: passing })],
      ['rollback', () => rollback(denied)],
      ['status', () => status(denied)],
      ['lint', () => lint(denied)],
    ] as const) {
      await assert.rejects(
        run(),
        (e: unknown) => {
          assert.ok(isKubeRefusal(e), `${name}: expected a refusal, got ${String(e)}`);
          assert.equal(e.kind, 'permission');
          assert.match(e.message, /permission denied/);
          assert.match(e.message, /User "nobody" cannot get resource "(services|deployments|leases)"/);
          assert.match(e.hint ?? '', /deploy\/rbac\/role.yaml/);
          assert.doesNotMatch(e.format(), /\n\s+at /, 'no stack trace');
          return true;
        },
        name,
      );
    }
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
  });

  test('the shipped Role is enough for lint of live Deployments', async () => {
    const bg = await setup();
    const result = await lint(common(bg, 'run-lint'));
    assert.equal(result.errors, 0, JSON.stringify(result.findings));
  });

  test('the Role grants nothing beyond what the commands need', async () => {
    const role = await admin.rbac.readNamespacedRole({ namespace: (await setup()).namespace, name: 'shadowgate-deployer' });
    const verbs = Object.fromEntries((role.rules ?? []).map((r) => [`${r.apiGroups?.join(',')}/${r.resources?.join(',')}`, [...(r.verbs ?? [])].sort()]));
    assert.deepEqual(verbs, {
      '/services': ['get', 'patch'],
      'apps/deployments': ['get'],
      // Standby scaling (test/kube/standby.test.ts covers its use).
      'apps/deployments/scale': ['patch'],
      '/pods': ['list'],
      'coordination.k8s.io/leases': ['create', 'get', 'update'],
      // The canary ladder's routers (test/delivery covers their use and their absence).
      'gateway.networking.k8s.io/httproutes': ['get', 'patch'],
      'networking.istio.io/virtualservices': ['get', 'patch'],
      // Istio DestinationRule subsets are only read (test/delivery/ladder.test.ts, "Istio subsets").
      'networking.istio.io/destinationrules': ['get'],
      // The flagd router's flag definition (test/delivery/flagd.test.ts).
      '/configmaps': ['get', 'patch'],
    });
  });
});

describe('faults on the way to the API server', () => {
  test("the flip's reply is lost: the re-read finds the flip landed, nothing is written twice", async () => {
    const bg = await setup();
    const faults = await startFaultProxy(cluster.dir, cluster.server, cluster.restrictedKubeconfig);
    try {
      faults.inject('PATCH', 'lose-reply', '/services/');
      const result = await promote({ ...common(bg, 'run-f1'), kubeconfig: faults.kubeconfig, smoke: passing });
      assert.equal(result.outcome, 'promoted', result.reason);
      assert.equal(faults.seen.filter((l) => l.startsWith('PATCH') && l.includes('/services/')).length, 1);
      assert.deepEqual(
        (await history(bg)).map((e) => e.runId),
        ['run-f1'],
      );
      assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');
    } finally {
      await faults.close();
    }
  });

  test('503s on a read and on the flip are retried safely (the flip only after a re-read and re-check)', async () => {
    const bg = await setup();
    const faults = await startFaultProxy(cluster.dir, cluster.server, cluster.restrictedKubeconfig);
    try {
      faults.inject('GET', 'unavailable', '/services/');
      faults.inject('PATCH', 'unavailable', '/services/');
      const result = await promote({ ...common(bg, 'run-f2'), kubeconfig: faults.kubeconfig, smoke: passing });
      assert.equal(result.outcome, 'promoted', result.reason);
      assert.equal(faults.seen.filter((l) => l.startsWith('PATCH') && l.includes('/services/')).length, 2);
      assert.deepEqual(
        (await history(bg)).map((e) => e.runId),
        ['run-f2'],
      );
      const back = await rollback({ ...common(bg, 'run-f2r'), kubeconfig: faults.kubeconfig });
      assert.equal(back.changed, true);
    } finally {
      await faults.close();
    }
  });
});
