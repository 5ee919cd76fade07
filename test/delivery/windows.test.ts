// Deployment windows on a real kube-apiserver + etcd, as the restricted user of deploy/rbac/role.yaml:
// promote and a canary rung outside a window change nothing (not even the Lease); promote waits for an
// opening within waitMinutes; rollback and canary abort go through whatever the hour.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CustomObjectsApi, setHeaderOptions, PatchStrategy } from '@kubernetes/client-node';
import { memoryLog } from '../../src/log.ts';
import { abort, advance, LADDER_ANNOTATION, parseLadderState } from '../../src/delivery/ladder.ts';
import { promote, rollback } from '../../src/delivery/blue-green.ts';
import { isKubeRefusal } from '../../src/kube/refusal.ts';
import { WEEKDAYS } from '../../src/delivery/windows.ts';
import { REPO, type Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { liveSelector, SLOT_KEY, restrictedBlueGreen } from '../kube/support/fixtures.ts';
import { SLOT_SERVICES, slotRouting } from './support/stand.ts';

let cluster: Cluster;
let admin: AdminClients;
let custom: CustomObjectsApi;

useKubeCluster({ crds: { gatewayApi: true } }, (kube) => {
  ({ cluster, admin, custom } = kube);
});

const ROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };

/** A window that is closed now on the real clock: one hour, three days from today (UTC). */
function closedNow(extra: Record<string, unknown> = {}) {
  const day = WEEKDAYS[(new Date().getUTCDay() + 3) % 7]!;
  return { timeZone: 'UTC', open: [{ days: [day], hours: '10:00-11:00' }], ...extra };
}

/** Europe/Berlin office hours, for runs on a clock the test drives. */
const office = { timeZone: 'Europe/Berlin', open: [{ days: ['mon-fri'], hours: '09:00-17:00' }] };

/** A clock that moves only when the code under test sleeps (and by a few ms per read, so waits end). */
function fakeClock(start: string) {
  let now = new Date(start).getTime();
  const slept: number[] = [];
  return {
    now: () => new Date(now),
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    slept,
  };
}

async function setup(windows: Record<string, unknown>) {
  return restrictedBlueGreen(admin, 'win', { deploy: { windows } });
}

function common(deploy: Record<string, unknown>, runId: string) {
  return { kubeconfig: cluster.restrictedKubeconfig, deploy, manifestFile: 'shadowgate.yaml', runId, log: memoryLog() };
}

async function leaseExists(namespace: string): Promise<boolean> {
  try {
    await admin.coordination.readNamespacedLease({ namespace, name: 'shadowgate-chat' });
    return true;
  } catch (e) {
    if ((e as { code?: number }).code === 404) return false;
    throw e;
  }
}

describe('promote and rollback', () => {
  test('promote outside a window is refused before anything is taken or changed', async () => {
    const bg = await setup(closedNow());
    await assert.rejects(promote({ ...common(bg.deploy, 'run-closed') }), (e: unknown) => {
      assert.ok(isKubeRefusal(e), String(e));
      assert.equal(e.kind, 'outside-window');
      assert.equal(e.exitCode, 9);
      assert.match(
        e.message,
        /^promote of win-\d+-\d+\/chat to green refused: it is .* UTC, outside the deployment windows \w{3} 10:00-11:00 \(UTC\); the next opens .*Nothing was changed$/,
      );
      return true;
    });
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    assert.equal(await leaseExists(bg.namespace), false);
  });

  test('promote waits for an opening within waitMinutes, then flips; rollback outside any window goes through', async () => {
    const bg = await setup({ ...office, waitMinutes: 20 });
    const clock = fakeClock('2026-12-07T07:45:00Z'); // Monday 08:45 in Berlin
    const log = memoryLog();
    const result = await promote({
      ...common(bg.deploy, 'run-wait'),
      log,
      now: clock.now,
      sleep: clock.sleep,
      smoke: async () => ({ pass: true, reason: 'ok' }),
    });
    assert.equal(result.outcome, 'promoted', result.reason);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');
    assert.equal(
      clock.slept.slice(0, 15).reduce((a, b) => a + b, 0),
      15 * 60_000,
      'waited the 15 minutes to 09:00 first',
    );
    assert.ok(
      log.lines.some((l) => /waiting until 2026-12-07T08:00:00.000Z/.test(l)),
      JSON.stringify(log.lines),
    );

    // The same manifest, now outside its window on the real clock (or not: rollback never asks).
    const closed = { ...bg.deploy, windows: closedNow() };
    const started = performance.now();
    const back = await rollback(common(closed, 'run-incident'));
    assert.equal(back.changed, true, back.message);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
    assert.ok(performance.now() - started < 5000);
  });
});

describe('canary ladder', () => {
  async function canaryStand() {
    const bg = await setup(closedNow());
    const { route, router } = await slotRouting({ admin, custom }, bg.namespace);
    const deploy = {
      ...bg.deploy,
      canary: {
        router,
        services: { ...SLOT_SERVICES },
        rungs: [10, 50],
        bakeSeconds: 5,
        // Nothing listens here: a rung refused by its window never gets as far as asking Prometheus.
        provider: { kind: 'prometheus', url: 'http://127.0.0.1:1', window: '2s' },
      },
    };
    return { bg, deploy, route };
  }

  test('a rung outside a window is refused and the route is not touched; abort goes through', async () => {
    const { bg, deploy, route } = await canaryStand();
    const before = await route();
    await assert.rejects(advance({ ...common(deploy, 'run-rung') }), (e: unknown) => {
      assert.ok(isKubeRefusal(e), String(e));
      assert.equal(e.kind, 'outside-window');
      assert.match(e.message, /^canary rung 1 \(10%\) refused: it is .*outside the deployment windows/);
      return true;
    });
    const after = await route();
    assert.equal(after.metadata.resourceVersion, before.metadata.resourceVersion);
    assert.equal(after.metadata.annotations?.[LADDER_ANNOTATION], undefined);

    // A rung baking at 10% (as an advance inside the window left it): abort sends it to 0 outside any window.
    const state = { candidate: 'green', stable: 'blue', rungs: [10, 50], rung: 0, phase: 'baking', weight: 10, runId: 'run-earlier', verdicts: [] };
    await custom.patchNamespacedCustomObject(
      {
        ...ROUTE,
        namespace: bg.namespace,
        name: 'chat',
        body: {
          metadata: { annotations: { [LADDER_ANNOTATION]: JSON.stringify(state) } },
          spec: {
            rules: [
              {
                backendRefs: [
                  { name: 'chat', port: 80, weight: 90 },
                  { name: 'chat-blue', port: 80, weight: 0 },
                  { name: 'chat-green', port: 80, weight: 10 },
                ],
              },
            ],
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const aborted = await abort({ ...common(deploy, 'run-abort'), reason: 'incident' });
    assert.equal(aborted.outcome, 'aborted');
    assert.equal(aborted.weight, 0);
    const final = await route();
    assert.deepEqual(
      final.spec.rules[0]!.backendRefs.map((b) => b.weight),
      [100, 0, 0],
    );
    assert.equal(parseLadderState(final.metadata.annotations)?.phase, 'aborted');
  });

  test('the hand-over outside a window is refused with the selector and the weights left as they are', async () => {
    const { bg, deploy, route } = await canaryStand();
    const state = { candidate: 'green', stable: 'blue', rungs: [10, 50], rung: 1, phase: 'passed', weight: 50, runId: 'run-earlier', verdicts: [] };
    await custom.patchNamespacedCustomObject(
      {
        ...ROUTE,
        namespace: bg.namespace,
        name: 'chat',
        body: {
          metadata: { annotations: { [LADDER_ANNOTATION]: JSON.stringify(state) } },
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
    const before = await route();
    await assert.rejects(
      advance({ ...common(deploy, 'run-handover') }),
      (e: unknown) => isKubeRefusal(e) && e.kind === 'outside-window' && /^canary hand-over to green refused/.test(e.message),
    );
    assert.equal((await route()).metadata.resourceVersion, before.metadata.resourceVersion);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
  });
});

test('through the CLI: promote and canary advance outside a window exit 9 and say when the next one opens', async () => {
  const bg = await setup(closedNow());
  const dir = mkdtempSync(join(tmpdir(), 'sg-windows-cli-'));
  try {
    writeFileSync(join(dir, 'data.jsonl'), '{"input": "hi"}\n');
    const deploy = {
      ...bg.deploy,
      canary: {
        router: { kind: 'gateway-api', name: 'chat' },
        services: { blue: 'chat-blue', green: 'chat-green' },
        bakeSeconds: 5,
        provider: { kind: 'prometheus', url: 'http://127.0.0.1:1', window: '2s' },
      },
    };
    writeFileSync(
      join(dir, 'shadowgate.yaml'),
      stringify({
        version: 1,
        service: 'chat',
        model: { protocol: 'openai', endpoint: 'http://127.0.0.1:1/v1', id: 'chat-model' },
        output: { kind: 'text' },
        shadow: { dataset: 'data.jsonl' },
        deploy,
      }),
    );
    for (const slot of ['blue', 'green']) {
      await admin.core.createNamespacedService({
        namespace: bg.namespace,
        body: { metadata: { name: `chat-${slot}` }, spec: { selector: { app: 'chat', [SLOT_KEY]: slot }, ports: [{ port: 80, targetPort: 8080 }] } },
      });
    }
    await custom.createNamespacedCustomObject({
      ...ROUTE,
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
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(REPO, 'src/cli.ts'), ...args, '--run-id', 'cli-run'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, KUBECONFIG: cluster.restrictedKubeconfig },
      });
    const promoted = cli('promote');
    assert.equal(promoted.status, 9, promoted.stderr);
    assert.match(
      promoted.stderr,
      /error: promote of win-\d+-\d+\/chat to green refused: it is .*, outside the deployment windows .*; the next opens \S+ \(\w{3} 10:00 UTC\)\. Nothing was changed/,
    );
    assert.equal(await leaseExists(bg.namespace), false);
    const advanced = cli('canary', 'advance');
    assert.equal(advanced.status, 9, advanced.stderr);
    assert.equal(JSON.parse(advanced.stdout).outcome, 'outside-window');
    assert.match(advanced.stderr, /canary rung 1 \(1%\) refused/);
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'blue');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
