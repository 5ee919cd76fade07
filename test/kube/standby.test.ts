// Standby scaling on a real kube-apiserver + etcd, as the restricted user of deploy/rbac/role.yaml. No
// controllers run, so a small loop here plays the Deployment controller: when a Deployment's spec.replicas
// changes, it reports the new size available after a delay, through the status subresource.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { isUserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { advance } from '../../src/delivery/ladder.ts';
import { promote, rollback } from '../../src/delivery/blue-green.ts';
import { promoteExitCode } from '../../src/commands/kube.ts';
import type { Cluster } from './support/cluster.ts';
import { type AdminClients, useKubeCluster } from './support/use-kube-cluster.ts';
import { liveSelector, setDeploymentStatus, SLOT_KEY, type BlueGreen, restrictedBlueGreen } from './support/fixtures.ts';

let cluster: Cluster;
let admin: AdminClients;

useKubeCluster({ crds: { gatewayApi: true } }, (kube) => {
  ({ cluster, admin } = kube);
});

/**
 * Plays the Deployment controller for the named Deployments: a new spec.replicas is reported available
 * `delayMs` later. `readyAt` records when each size became available (performance clock).
 */
function fakeController(namespace: string, names: string[], delayMs: number) {
  const readyAt: Array<{ name: string; replicas: number; at: number }> = [];
  const stuck = new Set<string>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const name of names) {
        if (stuck.has(name)) continue;
        const d = await admin.apps.readNamespacedDeployment({ namespace, name });
        const replicas = d.spec?.replicas ?? 1;
        if ((d.status?.observedGeneration ?? 0) < (d.metadata?.generation ?? 0) || (d.status?.availableReplicas ?? 0) !== replicas) {
          await new Promise((r) => setTimeout(r, delayMs));
          await setDeploymentStatus(admin, namespace, name, { available: replicas });
          readyAt.push({ name, replicas, at: performance.now() });
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    readyAt,
    stuck,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

async function replicas(namespace: string, name: string): Promise<number | undefined> {
  return (await admin.apps.readNamespacedDeployment({ namespace, name })).spec?.replicas;
}

/** Blue live at 2 replicas, green on standby at 0, as after an earlier promotion's scale-down. */
async function setup(standby: Record<string, unknown>): Promise<BlueGreen> {
  const bg = await restrictedBlueGreen(admin, 'standby', { deploy: { standby } });
  const { namespace } = bg;
  await admin.apps.replaceNamespacedDeploymentScale({
    namespace,
    name: 'chat-green',
    body: { metadata: { name: 'chat-green', namespace }, spec: { replicas: 0 } },
  });
  await setDeploymentStatus(admin, namespace, 'chat-green', { available: 0 });
  return bg;
}

function common(bg: BlueGreen, runId: string) {
  return { kubeconfig: cluster.restrictedKubeconfig, deploy: bg.deploy, manifestFile: 'shadowgate.yaml', runId, log: memoryLog() };
}

describe('standby scaling', () => {
  test('promote scales the idle slot up before the warm-up and the old one down after the rollback window; rollback scales up first and says how long', async () => {
    const bg = await setup({ minReplicas: 0, rollbackWindowSeconds: 0.5, readyTimeoutSeconds: 20 });
    const controller = fakeController(bg.namespace, ['chat-blue', 'chat-green'], 300);
    try {
      let greenAtWarmup: number | undefined;
      const result = await promote({
        ...common(bg, 'run-up'),
        warmupTarget: () => ({
          send: async () => {
            greenAtWarmup ??= (await admin.apps.readNamespacedDeployment({ namespace: bg.namespace, name: 'chat-green' })).status?.availableReplicas;
            return 20;
          },
        }),
        smoke: async () => ({ pass: true, reason: 'ok' }),
      });
      assert.equal(result.outcome, 'promoted', result.reason);
      assert.equal(greenAtWarmup, 2, 'green was scaled up and available before the warm-up sent anything');
      assert.deepEqual({ ...result.standby?.scaledUp, ms: undefined }, { slot: 'green', from: [0], to: [2], ms: undefined });
      assert.ok(result.standby!.scaledUp!.ms >= 300, `took ${result.standby!.scaledUp!.ms} ms`);
      assert.deepEqual(result.standby?.scaledDown, { slot: 'blue', from: [2], to: [0] });
      assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');
      assert.equal(await replicas(bg.namespace, 'chat-blue'), 0);
      assert.equal(await replicas(bg.namespace, 'chat-green'), 2);

      // Rollback: blue is at 0, so it grows back and is ready before the selector moves.
      const log = memoryLog();
      const back = await rollback({ ...common(bg, 'run-incident'), log });
      assert.equal(back.changed, true, back.message);
      assert.equal(back.scaledUp?.slot, 'blue');
      assert.deepEqual([back.scaledUp?.from, back.scaledUp?.to], [[0], [2]]);
      const blueReady = controller.readyAt.find((r) => r.name === 'chat-blue' && r.replicas === 2);
      assert.ok(blueReady && back.patchStartedAt! >= blueReady.at, 'the flip was sent only after blue was ready');
      assert.ok(back.scaledUp!.ms >= 300 && back.elapsedMs >= back.scaledUp!.ms);
      assert.ok(
        log.lines.some((l) => /blue was scaled up from 0 to 2 replica\(s\) first, ready after \d+\.\d s/.test(l)),
        log.lines.join('\n'),
      );
      assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    } finally {
      await controller.stop();
    }
  });

  test('a slot that does not become ready after scaling up stops promote at readiness (exit 3); traffic does not move', async () => {
    const bg = await setup({ minReplicas: 1, readyTimeoutSeconds: 1 });
    const controller = fakeController(bg.namespace, ['chat-blue', 'chat-green'], 50);
    controller.stuck.add('chat-green'); // e.g. no GPU node free
    try {
      const result = await promote({ ...common(bg, 'run-stuck'), smoke: async () => ({ pass: true, reason: 'ok' }) });
      assert.equal(result.outcome, 'stopped');
      assert.equal(result.stage, 'readiness');
      assert.equal(promoteExitCode(result.outcome, result.stage), 3);
      assert.match(result.reason, /green was scaled up to 2 replica\(s\) but is not ready after 1 s \(chat-green: .*\); traffic has not moved/);
      assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
      assert.equal(await replicas(bg.namespace, 'chat-blue'), 2);
    } finally {
      await controller.stop();
    }
  });

  test('a rollback inside the rollback window is a flip only; the old slot is kept when traffic went back to it', async () => {
    const bg = await setup({ minReplicas: 0, rollbackWindowSeconds: 1.5 });
    const controller = fakeController(bg.namespace, ['chat-blue', 'chat-green'], 100);
    try {
      const promoting = promote({ ...common(bg, 'run-window'), smoke: async () => ({ pass: true, reason: 'ok' }) });
      // Wait for the flip, then roll back while promote is still inside the rollback window.
      for (let i = 0; i < 100 && (await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY] !== 'green'; i++) await new Promise((r) => setTimeout(r, 50));
      const back = await rollback(common(bg, 'run-quick'));
      assert.equal(back.changed, true, back.message);
      assert.equal(back.scaledUp, undefined, 'blue still had its replicas');
      const result = await promoting;
      assert.equal(result.outcome, 'promoted');
      assert.equal(result.standby?.scaledDown, undefined);
      assert.match(result.standby?.kept ?? '', /blue kept at full size: the live slot is blue after the rollback window/);
      assert.equal(await replicas(bg.namespace, 'chat-blue'), 2);
    } finally {
      await controller.stop();
    }
  });
});

test('the canary ladder scales the candidate up before its first rung', async () => {
  const bg = await setup({ minReplicas: 0, readyTimeoutSeconds: 20 });
  const controller = fakeController(bg.namespace, ['chat-blue', 'chat-green'], 200);
  try {
    for (const slot of ['blue', 'green']) {
      await admin.core.createNamespacedService({
        namespace: bg.namespace,
        body: { metadata: { name: `chat-${slot}` }, spec: { selector: { app: 'chat', [SLOT_KEY]: slot }, ports: [{ port: 80, targetPort: 8080 }] } },
      });
    }
    const custom = admin.config.makeApiClient(CustomObjectsApi);
    await custom.createNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      plural: 'httproutes',
      namespace: bg.namespace,
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'chat' },
        spec: {
          rules: [
            {
              backendRefs: [
                { name: 'chat', port: 80, weight: 100 },
                { name: 'chat-blue', port: 80, weight: 0 },
                { name: 'chat-green', port: 80, weight: 0 },
              ],
            },
          ],
        },
      },
    });
    const deploy = {
      ...bg.deploy,
      canary: {
        router: { kind: 'gateway-api', name: 'chat' },
        services: { blue: 'chat-blue', green: 'chat-green' },
        bakeSeconds: 5,
        // Nothing listens here: the rung stops at the Prometheus check, after the scale-up and before any weight moves.
        provider: { kind: 'prometheus', url: 'http://127.0.0.1:1', window: '2s' },
      },
    };
    const log = memoryLog();
    await assert.rejects(
      advance({ ...common({ ...bg, deploy }, 'run-ladder'), log }),
      (e: unknown) => isUserError(e) && /cannot judge the rung/.test(e.message),
    );
    assert.equal(await replicas(bg.namespace, 'chat-green'), 2);
    assert.ok(controller.readyAt.some((r) => r.name === 'chat-green' && r.replicas === 2));
    assert.ok(
      log.lines.some((l) => /standby: green ready at 2 replica\(s\) after/.test(l)),
      log.lines.join('\n'),
    );

    // At the end of the ladder (its last rung passed), the hand-over flips, keeps blue through the rollback
    // window, then scales it down.
    const state = { candidate: 'green', stable: 'blue', rungs: [1, 5, 10, 25, 50], rung: 4, phase: 'passed', weight: 50, runId: 'run-ladder', verdicts: [] };
    await custom.patchNamespacedCustomObject(
      {
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        plural: 'httproutes',
        namespace: bg.namespace,
        name: 'chat',
        body: {
          metadata: { annotations: { 'shadowgate.dev/canary': JSON.stringify(state) } },
          spec: {
            rules: [
              {
                backendRefs: [
                  { name: 'chat', port: 80, weight: 50 },
                  { name: 'chat-blue', port: 80, weight: 0 },
                  { name: 'chat-green', port: 80, weight: 50 },
                ],
              },
            ],
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const handLog = memoryLog();
    const handover = await advance({
      ...common({ ...bg, deploy: { ...deploy, standby: { minReplicas: 1, rollbackWindowSeconds: 0.3 } } }, 'run-ladder'),
      log: handLog,
    });
    assert.equal(handover.outcome, 'promoted', handover.reason);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');
    assert.equal(await replicas(bg.namespace, 'chat-blue'), 1);
    assert.ok(
      handLog.lines.some((l) => /standby: blue scaled down from 2 to 1 replica\(s\)/.test(l)),
      handLog.lines.join('\n'),
    );
  } finally {
    await controller.stop();
  }
});
