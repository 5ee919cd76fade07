// The flagd router: the ladder moves an OpenFeature flag instead of the network. The flag definition lives in
// a ConfigMap on a real kube-apiserver + etcd (written as the restricted user of deploy/rbac/role.yaml), and
// what the ladder wrote is evaluated by flagd's own evaluation engine (@openfeature/flagd-core) for many
// targeting keys: the share each rung achieves, the segment rules, abort, and malformed definitions.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FlagdCore } from '@openfeature/flagd-core';
import { isUserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { abort, advance } from '../../src/delivery/ladder.ts';
import { routerFor } from '../../src/delivery/router/router.ts';
import { connect } from '../../src/kube/client.ts';
import type { Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { SLOT_KEY, restrictedBlueGreen } from '../kube/support/fixtures.ts';
import { startModelServer } from './support/model-server.ts';
import { startPrometheus } from './support/prometheus.ts';

let cluster: Cluster;
let admin: AdminClients;

useKubeCluster({ prometheus: true }, (kube) => {
  ({ cluster, admin } = kube);
});

const KEY = 'flags.flagd.json';
/** The flag a team already serves from: variants name the live Service (default) and each slot's Service. */
const FLAG = { state: 'ENABLED', variants: { live: 'chat', blue: 'chat-blue', green: 'chat-green' }, defaultVariant: 'live' };
const OTHER = {
  state: 'ENABLED',
  variants: { on: true, off: false },
  defaultVariant: 'off',
  targeting: { if: [{ '==': [{ var: 'plan' }, 'pro'] }, 'on', 'off'] },
};

async function setup(definition: string = JSON.stringify({ flags: { 'chat-backend': FLAG, 'new-ui': OTHER } }, null, 2)) {
  const bg = await restrictedBlueGreen(admin, 'flagd');
  const { namespace } = bg;
  await admin.core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'flags' }, data: { [KEY]: definition } } });
  return { namespace, bg };
}

async function definition(namespace: string): Promise<{ text: string; resourceVersion: string }> {
  const cm = await admin.core.readNamespacedConfigMap({ namespace, name: 'flags' });
  return { text: cm.data?.[KEY] ?? '', resourceVersion: cm.metadata?.resourceVersion ?? '' };
}

/** Evaluates the ConfigMap's flag with flagd's engine for `n` targeting keys; the share answered `value`. */
function share(text: string, n: number, value: string, context: Record<string, string> = {}): number {
  const core = new FlagdCore();
  core.setConfigurations(text); // throws on a definition flagd would refuse
  let hits = 0;
  for (let i = 0; i < n; i++) if (core.resolveStringEvaluation('chat-backend', 'none', { targetingKey: `user-${i}`, ...context }).value === value) hits++;
  return hits / n;
}

function withinBinomial(observed: number, p: number, n: number): boolean {
  return Math.abs(observed - p) <= 4 * Math.sqrt((p * (1 - p)) / n) + 1 / n;
}

const target = (namespace: string) => ({ namespace, stableService: 'chat', slotServices: { blue: 'chat-blue', green: 'chat-green' } as const });
const REF = { kind: 'flagd' as const, name: 'flags', rule: 0, configKey: KEY, flag: 'chat-backend' };

describe('flagd router on the real API server', () => {
  test('each weight is the share flagd evaluates, within binomial tolerance; segments always reach the candidate; weight 0 sends everyone back', async () => {
    const { namespace } = await setup();
    const router = routerFor(connect({ kubeconfig: cluster.restrictedKubeconfig }), REF, target(namespace));
    let snap = await router.read();
    assert.equal(snap.stableWeight, 100);
    const n = 20_000;
    const segments = [
      { segment: 'internal', header: { name: 'x-user-segment', value: 'internal' } },
      { segment: 'beta', cookie: { name: 'segment', value: 'beta' } },
    ];
    for (const weight of [1, 5, 10, 25, 50]) {
      snap = await router.setWeight(snap, 'green', weight, { 'shadowgate.dev/canary': `{"weight":${weight}}` }, undefined, segments);
      assert.deepEqual([snap.stableWeight, snap.slotWeights], [100 - weight, { blue: 0, green: weight }]);
      const { text } = await definition(namespace);
      const green = share(text, n, 'chat-green');
      assert.ok(withinBinomial(green, weight / 100, n), `${weight}%: flagd sent ${(green * 100).toFixed(2)} % to green`);
      assert.equal(share(text, 2000, 'chat-blue'), 0, 'the idle slot gets nothing');
      assert.equal(share(text, 2000, 'chat-green', { 'x-user-segment': 'internal' }), 1, 'internal users always reach the candidate');
      assert.equal(share(text, 2000, 'chat-green', { segment: 'beta' }), 1, 'beta users always reach the candidate');
      // The other flag, and the rest of the document, are as they were.
      assert.deepEqual(JSON.parse(text).flags['new-ui'], OTHER);
    }
    snap = await router.setWeight(snap, 'green', 0, { 'shadowgate.dev/canary': null });
    const { text } = await definition(namespace);
    assert.equal(share(text, 5000, 'chat'), 1, 'weight 0: everyone on the live Service');
    assert.deepEqual(JSON.parse(text).flags['chat-backend'], FLAG);
  });

  test('the ladder drives the flag: a rung writes its share, abort returns it to 0', async () => {
    const { namespace, bg } = await setup();
    const servers = { blue: await startModelServer({ delayMs: 2, errorRate: 0 }), green: await startModelServer({ delayMs: 2, errorRate: 0 }) };
    const prometheus = await startPrometheus([
      { url: servers.blue.url, labels: { namespace, slot: 'blue' } },
      { url: servers.green.url, labels: { namespace, slot: 'green' } },
    ]);
    try {
      const deploy = {
        ...bg.deploy,
        canary: {
          router: { kind: 'flagd', name: 'flags', key: KEY, flag: 'chat-backend' },
          services: { blue: 'chat-blue', green: 'chat-green' },
          rungs: [{ segment: 'internal', header: { name: 'x-user-segment', value: 'internal' } }, 10, 50],
          bakeSeconds: 1.5,
          provider: { kind: 'prometheus', url: prometheus.url, stepSeconds: 0.5, window: '1s' },
        },
      };
      const opts = { kubeconfig: cluster.restrictedKubeconfig, deploy, manifestFile: 'shadowgate.yaml', runId: 'run-flag', log: memoryLog() };
      // No traffic reaches the model servers here, so each rung is held for lack of data; its flag is written.
      const first = await advance(opts);
      assert.equal(first.outcome, 'held', first.reason);
      let { text } = await definition(namespace);
      assert.equal(share(text, 5000, 'chat-green'), 0, 'a segment rung moves no one else');
      assert.equal(share(text, 1000, 'chat-green', { 'x-user-segment': 'internal' }), 1);
      const cm = await admin.core.readNamespacedConfigMap({ namespace, name: 'flags' });
      assert.equal(JSON.parse(cm.metadata!.annotations!['shadowgate.dev/canary']!).rungs[0], 'internal');

      const aborted = await abort({ ...opts, reason: 'paged' });
      assert.equal(aborted.outcome, 'aborted');
      ({ text } = await definition(namespace));
      assert.equal(share(text, 5000, 'chat'), 1, 'after abort everyone is on the live Service');
      assert.equal(share(text, 1000, 'chat', { 'x-user-segment': 'internal' }), 1, 'the segment rule is gone too');
      assert.equal((await admin.core.readNamespacedService({ namespace, name: 'chat' })).spec?.selector?.[SLOT_KEY], 'blue');
    } finally {
      await prometheus.stop();
      await servers.blue.close();
      await servers.green.close();
    }
  });

  test('a malformed flag definition is refused before anything is written', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{"flags": {"chat-backend": ', /not JSON/],
      [JSON.stringify({ flags: {} }), /the flag is not defined/],
      [
        JSON.stringify({ flags: { 'chat-backend': { ...FLAG, variants: { a: 'x', b: 'y' }, defaultVariant: 'a' } } }),
        /no variant names the live Service "chat"/,
      ],
      [JSON.stringify({ flags: { 'chat-backend': { ...FLAG, defaultVariant: 'green' } } }), /the default variant is "green", not "live"/],
      [JSON.stringify({ flags: { 'chat-backend': { ...FLAG, state: 'ON' } } }), /state must be ENABLED or DISABLED/],
      [
        JSON.stringify({ flags: { 'chat-backend': { ...FLAG, targeting: { if: [{ '==': [{ var: 'plan' }, 'pro'] }, 'green', 'live'] } } } }),
        /targeting is not one the ladder wrote/,
      ],
    ];
    for (const [text, message] of cases) {
      const { namespace, bg } = await setup(text);
      const before = await definition(namespace);
      const deploy = {
        ...bg.deploy,
        canary: {
          router: { kind: 'flagd', name: 'flags', flag: 'chat-backend' },
          services: { blue: 'chat-blue', green: 'chat-green' },
          bakeSeconds: 5,
          provider: { kind: 'prometheus', url: 'http://127.0.0.1:1', window: '2s' },
        },
      };
      await assert.rejects(
        advance({ kubeconfig: cluster.restrictedKubeconfig, deploy, manifestFile: 'shadowgate.yaml', runId: 'run-bad', log: memoryLog() }),
        (e: unknown) => isUserError(e) && message.test(e.message),
        text,
      );
      const afterwards = await definition(namespace);
      assert.equal(afterwards.resourceVersion, before.resourceVersion, text);
    }
  });
});
