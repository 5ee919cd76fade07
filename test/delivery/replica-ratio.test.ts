// The replica-ratio router on a real kube-apiserver, as the restricted user holding deploy/rbac/role.yaml:
// the live Service selects both slots through their shared label, the candidate is sized from the stable
// slot's replicas (stable is never scaled), the share reported is the one its ready replicas give, abort
// narrows the selector back and scales the candidate to 0, and every write is guarded. No controllers run,
// so a loop in the test plays the Deployment controller: after a short delay, a Deployment's status shows
// as many ready replicas as its spec asks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import { isUserError } from '../../src/errors.ts';
import { connect, type KubeClients } from '../../src/kube/client.ts';
import { parseDeployConfig } from '../../src/delivery/deploy-config.ts';
import { candidateReplicas, ratioPercent, unreachableRung } from '../../src/delivery/router/replica-ratio.ts';
import { canaryPercent, RouteConflict, routerFor, type RouterTarget, type TrafficRouter } from '../../src/delivery/router/router.ts';
import { parseManifest } from '../../src/manifest/load.ts';
import { memoryLog } from '../../src/log.ts';
import { abort, advance, ladderStatus, parseLadderState } from '../../src/delivery/ladder.ts';
import { parseHistory } from '../../src/delivery/history.ts';
import { revertPromotion } from '../../src/delivery/router/service-selector.ts';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO, type Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { startEndpointsTraffic, type EndpointsTraffic } from './support/endpoints-traffic.ts';
import { CANARY, DEPLOY_HEAD, expectUserError, parseCanary } from './support/deploy-manifest.ts';
import { startModelServer, type Behaviour, type ModelServer } from './support/model-server.ts';
import { startPrometheus, waitForScrapes, type Prometheus } from './support/prometheus.ts';
import { liveSelector, restrictedBlueGreen, setDeploymentStatus, SLOT_KEY } from '../kube/support/fixtures.ts';

test('replica counts: the candidate replicas closest to a share, and rungs they cannot reach within the tolerance', () => {
  assert.equal(candidateReplicas(4, 20), 1);
  assert.equal(candidateReplicas(4, 50), 4);
  assert.equal(candidateReplicas(20, 10), 2);
  assert.equal(Math.round(ratioPercent(20, 2)), 9);
  assert.equal(unreachableRung(4, [20, 33, 50], 2), undefined);
  const one = unreachableRung(4, [1, 20], 2)!;
  assert.equal(one.index, 0);
  assert.match(
    one.message,
    /rung 1 % cannot be reached by replica counts next to 4 stable replica\(s\): it needs less than one candidate replica.*shares are 20, 33, 43, 50, 56, 60 %/,
  );
  const off = unreachableRung(4, [20, 25], 2)!;
  assert.equal(off.index, 1);
  assert.match(off.message, /rung 25 % .* gives 20\.0 % with 1 candidate replica\(s\), more than 2 points off/);
  assert.equal(unreachableRung(4, [20, 25], 5), undefined);
});

const BLUE = 'blue: { selector: blue, deployments: [chat-blue] }';
const manifest = (router: string, slots = BLUE) => DEPLOY_HEAD.replace(BLUE, slots) + CANARY.replace('{ kind: gateway-api, name: chat }', router);

function expectError(text: string, line: number, says: RegExp): void {
  expectUserError(() => parseCanary(text), line, says);
}

test('manifest: replica-ratio needs no route name (it steers deploy.service), one Deployment per slot, and its settings only there', () => {
  const c = parseCanary(manifest('{ kind: replica-ratio, tolerance: 3 }'));
  assert.deepEqual(c.router, { kind: 'replica-ratio', name: 'chat', rule: 0, tolerance: 3, readyTimeoutSeconds: 600 });
  expectError(
    manifest('{ kind: replica-ratio, readyTimeoutSeconds: 900 }'),
    12,
    /router.readyTimeoutSeconds: 900 s is not shorter than the Lease \(deploy.lease.durationSeconds 900\)/,
  );
  expectError(
    manifest('{ kind: replica-ratio, name: other }'),
    12,
    /router.name: the replica-ratio router steers the live Service "chat" itself; name is "other"/,
  );
  expectError(
    manifest('{ kind: replica-ratio }', 'blue: { selector: blue, deployments: [chat-blue, chat-blue-gpu] }'),
    9,
    /deploy.slots.blue.deployments: the replica-ratio router sizes one Deployment per slot; blue lists 2/,
  );
  expectError(manifest('{ kind: gateway-api, name: chat, tolerance: 3 }'), 12, /router.tolerance: tolerance applies to the replica-ratio router only/);
  expectError(manifest('{ kind: gateway-api }'), 12, /router.name is required for the gateway-api router/);
});

test('manifest: replica-ratio needs no slot Services; every other router is told at deploy.canary that it does', () => {
  const without = (router: string) => manifest(router).replace('    services: { blue: chat-blue, green: chat-green }\n', '');
  const c = parseCanary(without('{ kind: replica-ratio }'));
  assert.equal(c.router.kind, 'replica-ratio');
  assert.equal(c.services, undefined);
  for (const router of ['{ kind: gateway-api, name: chat }', '{ kind: istio, name: chat }', '{ kind: flagd, name: flags }']) {
    expectError(
      without(router),
      11,
      /deploy\.canary\.services is required for the gateway-api, istio and flagd routers: each slot's own Service is the candidate's backend \(only replica-ratio, which steers deploy.service itself, does without\)/,
    );
  }
});

describe('replica-ratio router on a real API server', { concurrency: 1 }, () => {
  let cluster: Cluster;
  let admin: AdminClients;
  let restricted: KubeClients;
  useKubeCluster({ prometheus: true }, (kube) => {
    ({ cluster, admin } = kube);
    restricted = connect({ kubeconfig: cluster.restrictedKubeconfig });
  });

  /** Plays the Deployment controller for the namespace: status follows spec after `delayMs`. */
  function controller(namespace: string, delayMs = 150): { stop(): Promise<void>; paused: boolean } {
    const state = { paused: false, running: true, stop: async () => {} };
    const loop = (async () => {
      while (state.running) {
        if (!state.paused) {
          for (const name of ['chat-blue', 'chat-green']) {
            const d = await admin.apps.readNamespacedDeployment({ namespace, name });
            const want = d.spec?.replicas ?? 1;
            const s = d.status ?? {};
            if (s.readyReplicas !== want || s.replicas !== want || (s.observedGeneration ?? 0) < (d.metadata?.generation ?? 0)) {
              await new Promise((r) => setTimeout(r, delayMs));
              // Paused meanwhile (a test pausing, then scaling): a spec read after the pause never becomes ready.
              if (state.paused) break;
              await setDeploymentStatus(admin, namespace, name, { available: want }).catch(() => undefined);
            }
          }
        }
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    state.stop = async () => {
      state.running = false;
      await loop;
    };
    return state;
  }

  async function setup(opts: { stableReplicas?: number } = {}) {
    const { namespace } = await restrictedBlueGreen(admin, 'ratio');
    await admin.apps.patchNamespacedDeploymentScale(
      { namespace, name: 'chat-blue', body: { spec: { replicas: opts.stableReplicas ?? 4 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await setDeploymentStatus(admin, namespace, 'chat-blue', { available: opts.stableReplicas ?? 4 });
    const ctl = controller(namespace);
    const target: RouterTarget = {
      namespace,
      stableService: 'chat',
      slotServices: { blue: 'chat-blue', green: 'chat-green' },
      slotLabel: { key: SLOT_KEY, values: { blue: 'blue', green: 'green' } },
      slotDeployments: { blue: ['chat-blue'], green: ['chat-green'] },
      where: { file: 'shadowgate.yaml', line: 12 },
    };
    const router = (extra: Record<string, unknown> = {}): TrafficRouter =>
      routerFor(restricted, { kind: 'replica-ratio', name: 'chat', rule: 0, ...extra }, target);
    const spec = async (name: string) => (await admin.apps.readNamespacedDeployment({ namespace, name })).spec?.replicas;
    return { namespace, ctl, router, spec };
  }

  test('rungs take their share from ready replicas, stable keeps its size, abort narrows the selector and scales the candidate to 0', async () => {
    const { namespace, ctl, router, spec } = await setup();
    try {
      const r = router();
      let snap = await r.read();
      assert.equal(canaryPercent(snap, 'green'), 0);
      assert.equal((await liveSelector(admin, namespace, 'chat'))[SLOT_KEY], 'blue');

      // The green slot stands at 2 replicas; the first rung shrinks it to 1 before the Service selects it.
      snap = await r.setWeight(snap, 'green', 20, { 'example.dev/rung': '1' });
      assert.equal(await spec('chat-green'), 1);
      assert.deepEqual(await liveSelector(admin, namespace, 'chat'), { app: 'chat' });
      assert.equal(canaryPercent(snap, 'green'), 20);
      assert.equal(snap.annotations['example.dev/rung'], '1');

      const stale = snap;
      snap = await r.setWeight(snap, 'green', 33, { 'example.dev/rung': '2' });
      assert.equal(await spec('chat-green'), 2);
      assert.equal(canaryPercent(snap, 'green'), 33);
      // A write computed from an older read meets a 409: never a blind overwrite.
      await assert.rejects(r.setWeight(stale, 'green', 50, {}), RouteConflict);
      assert.equal(await spec('chat-green'), 2);

      snap = await r.setWeight(snap, 'green', 50, {});
      assert.equal(await spec('chat-green'), 4);
      assert.equal(canaryPercent(snap, 'green'), 50);
      assert.equal(await spec('chat-blue'), 4, 'the stable slot is never scaled');

      snap = await r.setWeight(snap, 'green', 0, { 'example.dev/rung': null });
      assert.deepEqual(await liveSelector(admin, namespace, 'chat'), { app: 'chat', [SLOT_KEY]: 'blue' });
      assert.equal(await spec('chat-green'), 0);
      assert.equal(await spec('chat-blue'), 4);
      assert.equal(canaryPercent(snap, 'green'), 0);
      assert.equal(snap.annotations['example.dev/rung'], undefined);
    } finally {
      await ctl.stop();
    }
  });

  test('a Deployment changed since the read: an unrelated change is re-read and the scale goes on; a replica count set by someone else is a conflict', async () => {
    const { namespace, ctl, router, spec } = await setup();
    try {
      const r = router();
      let snap = await r.read();
      await admin.apps.patchNamespacedDeployment(
        { namespace, name: 'chat-green', body: { metadata: { labels: { team: 'ml' } } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      snap = await r.setWeight(snap, 'green', 20, {});
      assert.equal(await spec('chat-green'), 1);
      assert.equal(canaryPercent(snap, 'green'), 20);
      const stale = snap;
      await admin.apps.patchNamespacedDeploymentScale(
        { namespace, name: 'chat-green', body: { spec: { replicas: 3 } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      await assert.rejects(r.setWeight(stale, 'green', 33, {}), RouteConflict);
      assert.equal(await spec('chat-green'), 3, "someone else's count is left alone");
    } finally {
      await ctl.stop();
    }
  });

  test('a candidate that does not become ready in time is scaled back and the Service is not touched', async () => {
    const { namespace, ctl, router, spec } = await setup();
    try {
      const r = router({ readyTimeoutSeconds: 0.5 });
      const snap = await r.read();
      const rv = snap.resourceVersion;
      ctl.paused = true;
      await assert.rejects(
        r.setWeight(snap, 'green', 50, {}),
        (e: unknown) => isUserError(e) && /did not reach 4 ready replica\(s\) within 0.5 s .*scaled back to 2/.test(e.message),
      );
      assert.equal(await spec('chat-green'), 2);
      const svc = await admin.core.readNamespacedService({ namespace, name: 'chat' });
      assert.equal(svc.metadata?.resourceVersion, rv);
      assert.equal(svc.spec?.selector?.[SLOT_KEY], 'blue');
    } finally {
      await ctl.stop();
    }
  });

  test('a Service without a shared label, and rungs the replica counts cannot reach, are refused at their manifest line', async () => {
    const { namespace, ctl, router } = await setup();
    try {
      const r = router();
      const snap = await r.read();
      assert.throws(
        () => r.checkRungs!(snap, 'green', [1, 5, 10, 25, 50], (i) => ({ file: 'shadowgate.yaml', line: 20 + i })),
        (e: unknown) =>
          isUserError(e) &&
          e.location?.line === 20 &&
          /deploy.canary.rungs.0: rung 1 % cannot be reached by replica counts next to 4 stable replica\(s\)/.test(e.message),
      );
      r.checkRungs!(snap, 'green', [20, 33, 50], () => undefined);

      await admin.core.patchNamespacedService(
        { namespace, name: 'chat', body: [{ op: 'remove', path: '/spec/selector/app' }] },
        setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
      );
      await assert.rejects(
        r.read(),
        (e: unknown) => isUserError(e) && e.location?.line === 12 && /selects by shadowgate.dev\/slot only, so there is no shared label/.test(e.message),
      );
    } finally {
      await ctl.stop();
    }
  });

  interface LadderStand {
    namespace: string;
    deploy: Record<string, unknown>;
    servers: Record<'blue' | 'green', ModelServer>;
    prometheus: Prometheus;
    traffic: EndpointsTraffic;
    /** The test's Deployment controller: while paused, no replica becomes ready. */
    ctl: { paused: boolean };
    spec(name: string): Promise<number | undefined>;
    close(): Promise<void>;
  }

  /** Blue live at 10 replicas, green standing by at 2, both behind one Service; a real Prometheus scrapes each slot's server. */
  async function ladderStand(green: Behaviour, canary: Record<string, unknown> = {}): Promise<LadderStand> {
    const { namespace, ctl, spec } = await setup({ stableReplicas: 10 });
    const servers = { blue: await startModelServer({ delayMs: 2, errorRate: 0 }), green: await startModelServer(green) };
    const prometheus = await startPrometheus([
      { url: servers.blue.url, labels: { namespace, slot: 'blue' } },
      { url: servers.green.url, labels: { namespace, slot: 'green' } },
    ]);
    const traffic = startEndpointsTraffic({
      admin,
      namespace,
      liveService: 'chat',
      slotKey: SLOT_KEY,
      selectorValues: { blue: 'blue', green: 'green' },
      deployments: { blue: 'chat-blue', green: 'chat-green' },
      urls: { blue: servers.blue.url, green: servers.green.url },
      ratePerSecond: 150,
    });
    await waitForScrapes(prometheus, `namespace="${namespace}"`, 2, 4);
    return {
      namespace,
      servers,
      prometheus,
      traffic,
      spec,
      ctl,
      deploy: {
        namespace,
        service: 'chat',
        slots: { blue: { selector: 'blue', deployments: ['chat-blue'] }, green: { selector: 'green', deployments: ['chat-green'] } },
        lease: { durationSeconds: 30 },
        lint: { minGracePeriodSeconds: 0, minPreStopSeconds: 0, requireStartupProbe: false },
        canary: {
          router: { kind: 'replica-ratio' },
          services: { blue: 'chat-blue', green: 'chat-green' },
          rungs: [10, 25, 50],
          bakeSeconds: 5,
          minSamples: 5,
          decisiveSamples: 5,
          minRequests: 20,
          provider: { kind: 'prometheus', url: prometheus.url, stepSeconds: 0.5, window: '2s' },
          ...canary,
        },
      },
      async close() {
        await traffic.stop();
        await ctl.stop();
        await prometheus.stop();
        await servers.blue.close();
        await servers.green.close();
      },
    };
  }

  const ladderOptions = (s: LadderStand, runId: string, extra: Record<string, unknown> = {}) => ({
    kubeconfig: cluster.restrictedKubeconfig,
    deploy: s.deploy,
    manifestFile: 'shadowgate.yaml',
    runId,
    log: memoryLog(),
    ...extra,
  });

  test('the ladder on replica counts: rungs record the share ready replicas gave (9, 23, 50 % for 10, 25, 50), the data plane sees it, the hand-over grows green then flips', async () => {
    const s = await ladderStand({ delayMs: 2, errorRate: 0 });
    try {
      for (const [asked, achieved, replicas] of [
        [10, 9, 1],
        [25, 23, 3],
        [50, 50, 10],
      ] as const) {
        const r = await advance(ladderOptions(s, 'run-ratio', { expectWeight: asked }));
        assert.equal(r.outcome, 'passed', r.reason);
        assert.equal(r.weight, achieved);
        assert.equal(await s.spec('chat-green'), replicas);
        assert.equal(await s.spec('chat-blue'), 10, 'the stable slot is never scaled');
        const status = await ladderStatus(ladderOptions(s, 'run-ratio'));
        assert.equal(status.weight, achieved);
        assert.equal(status.live, 'blue');
      }
      const handover = await advance(ladderOptions(s, 'run-ratio', { expectWeight: 100 }));
      const handedOverAt = performance.now();
      assert.equal(handover.outcome, 'promoted', handover.reason);
      assert.deepEqual(await liveSelector(admin, s.namespace, 'chat'), { app: 'chat', [SLOT_KEY]: 'green' });
      assert.equal(await s.spec('chat-green'), 10, 'green reached the stable size before the flip');
      assert.equal(await s.spec('chat-blue'), 10);
      const svc = await admin.core.readNamespacedService({ namespace: s.namespace, name: 'chat' });
      const state = parseLadderState(svc.metadata?.annotations)!;
      assert.equal(state.phase, 'promoted');
      assert.deepEqual(
        state.verdicts.map((v) => [v.weight, v.verdict]),
        [
          [9, 'pass'],
          [23, 'pass'],
          [50, 'pass'],
        ],
      );
      const [entry] = parseHistory(svc.metadata?.annotations);
      assert.equal(entry?.action, 'promote');
      assert.equal(entry?.to, 'green');

      await new Promise((resolve) => setTimeout(resolve, Math.max(0, handedOverAt + 800 - performance.now())));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      for (const share of [9, 23, 50]) {
        const seen = s.traffic.perShare.get(share);
        assert.ok(seen, `no traffic seen at ${share} %`);
        const n = seen.blue + seen.green;
        const sd = Math.sqrt(n * (share / 100) * (1 - share / 100));
        assert.ok(Math.abs(seen.green - (n * share) / 100) <= 4 * sd + 1, `${share} %: green got ${seen.green} of ${n}`);
      }
      const later = s.traffic.timeline.filter((r) => r.sentAt > handedOverAt + 300);
      assert.ok(later.length > 0);
      assert.deepEqual(
        later.filter((r) => r.slot === 'blue'),
        [],
      );

      // Rollback after the hand-over is the usual selector flip: blue kept its 10 replicas throughout.
      const back = await revertPromotion(restricted, parseDeployConfig(s.deploy, 'shadowgate.yaml'), { runId: 'run-back', action: 'rollback' });
      assert.equal(back.changed, true, back.message);
      assert.deepEqual(await liveSelector(admin, s.namespace, 'chat'), { app: 'chat', [SLOT_KEY]: 'blue' });
    } finally {
      await s.close();
    }
  });

  test('advance refuses a rung the replica counts cannot reach at its manifest line, before anything changes', async () => {
    const s = await ladderStand({ delayMs: 2, errorRate: 0 }, { rungs: [1, 25, 50] });
    try {
      const text = stringify({
        version: 1,
        service: 'chat',
        model: { protocol: 'openai', endpoint: 'http://127.0.0.1:1/v1', id: 'm' },
        output: { kind: 'text' },
        shadow: { dataset: 'data.jsonl' },
        deploy: s.deploy,
      });
      const loaded = parseManifest(text, 'shadowgate.yaml');
      const line = text.split('\n').findIndex((l) => /^\s+- 1$/.test(l)) + 1;
      const before = (await admin.core.readNamespacedService({ namespace: s.namespace, name: 'chat' })).metadata?.resourceVersion;
      await assert.rejects(
        advance(ladderOptions(s, 'run-1', { locate: (path: readonly (string | number)[]) => loaded.locate(['deploy', ...path]) })),
        (e: unknown) =>
          isUserError(e) &&
          e.location?.line === line &&
          /deploy.canary.rungs.0: rung 1 % cannot be reached by replica counts next to 10 stable replica\(s\)/.test(e.message),
      );
      assert.equal((await admin.core.readNamespacedService({ namespace: s.namespace, name: 'chat' })).metadata?.resourceVersion, before);
      assert.equal(await s.spec('chat-green'), 2);
    } finally {
      await s.close();
    }
  });

  test('a candidate failing 5 % of requests is aborted at the first rung: selector back on blue, green scaled to 0, no request lost', async () => {
    const s = await ladderStand({ delayMs: 2, errorRate: 0.05 }, { rungs: [25, 50], bakeSeconds: 6 });
    try {
      const r = await advance(ladderOptions(s, 'run-bad'));
      const abortedAt = performance.now();
      assert.equal(r.outcome, 'aborted', r.reason);
      assert.match(r.reason, /error_rate rose/);
      assert.deepEqual(await liveSelector(admin, s.namespace, 'chat'), { app: 'chat', [SLOT_KEY]: 'blue' });
      assert.equal(await s.spec('chat-green'), 0);
      assert.equal(await s.spec('chat-blue'), 10);
      const again = await abort(ladderOptions(s, 'run-bad'));
      assert.equal(again.outcome, 'unchanged');
      await new Promise((resolve) => setTimeout(resolve, 800));
      await s.traffic.stop();
      const later = s.traffic.timeline.filter((x) => x.sentAt > abortedAt + 300);
      assert.ok(later.length > 0);
      assert.deepEqual(
        later.filter((x) => x.slot === 'green'),
        [],
      );
      // Green's own 5 % are the candidate's failures; blue lost nothing.
      assert.equal(s.traffic.failed.blue, 0, s.traffic.failures.join('\n'));
    } finally {
      await s.close();
    }
  });

  /**
   * Starts an advance in its own process and kills it (SIGKILL) once it has scaled green to `replicas`:
   * with the controller paused, no replica becomes ready, so the run is waiting between its scale patch and
   * its Service patch.
   */
  async function killAfterScale(s: LadderStand, runId: string, replicas: number): Promise<void> {
    s.ctl.paused = true;
    const child = spawn(
      process.execPath,
      [join(REPO, 'test/delivery/support/advance-child.ts'), JSON.stringify({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, runId })],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const deadline = Date.now() + 30_000;
    while ((await s.spec('chat-green')) !== replicas) {
      assert.ok(Date.now() < deadline && child.exitCode === null, `the advance never scaled green to ${replicas}:\n${out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }

  test('an advance killed after its scale patch, before the Service changed: the next advance resumes the rung; killed at the next rung, abort ends it cleanly; no request lost', async () => {
    const s = await ladderStand({ delayMs: 2, errorRate: 0 });
    try {
      // Rung 1 (10 % → 1 replica next to 10): killed while waiting for green's one replica.
      await killAfterScale(s, 'run-rk', 1);
      const service = async () => admin.core.readNamespacedService({ namespace: s.namespace, name: 'chat' });
      assert.deepEqual((await service()).spec?.selector, { app: 'chat', [SLOT_KEY]: 'blue' }, 'the Service still selects blue only');
      assert.equal(parseLadderState((await service()).metadata?.annotations), undefined, 'no rung was recorded');
      const resumeAt = performance.now();
      assert.deepEqual(
        s.traffic.timeline.filter((x) => x.slot === 'green'),
        [],
        'no request reached green before the Service was patched',
      );
      s.ctl.paused = false;
      const r = await advance(ladderOptions(s, 'run-rk', { expectWeight: 10 }));
      assert.equal(r.outcome, 'passed', r.reason);
      assert.equal(r.weight, 9);
      assert.equal(await s.spec('chat-green'), 1, 'the replica the dead run asked for is the one the rung uses');
      assert.deepEqual((await service()).spec?.selector, { app: 'chat' });
      assert.ok(s.traffic.timeline.some((x) => x.slot === 'green' && x.sentAt > resumeAt));

      // Rung 2 (25 % → 3 replicas): killed while green's two new replicas are not ready; the Service already
      // spans both slots, and the share is still the 9 % that was judged.
      await killAfterScale(s, 'run-rk2', 3);
      const mid = parseLadderState((await service()).metadata?.annotations)!;
      assert.deepEqual([mid.phase, mid.rung, mid.weight], ['passed', 0, 9]);
      const a = await abort(ladderOptions(s, 'run-rk-abort'));
      const abortedAt = performance.now();
      assert.equal(a.outcome, 'aborted', a.reason);
      s.ctl.paused = false;
      assert.deepEqual((await service()).spec?.selector, { app: 'chat', [SLOT_KEY]: 'blue' });
      assert.equal(await s.spec('chat-green'), 0, 'the replicas the dead run added are gone with the rest');
      assert.equal(await s.spec('chat-blue'), 10, 'the stable slot is never scaled');
      assert.equal(parseLadderState((await service()).metadata?.annotations)?.phase, 'aborted');
      await new Promise((resolve) => setTimeout(resolve, 800));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      const later = s.traffic.timeline.filter((x) => x.sentAt > abortedAt + 300);
      assert.ok(later.length > 0);
      assert.deepEqual(
        later.filter((x) => x.slot === 'green'),
        [],
      );
    } finally {
      await s.close();
    }
  });
});
