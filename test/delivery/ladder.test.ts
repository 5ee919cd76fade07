// The canary ladder against real parts: a kube-apiserver + etcd with the Gateway API standard CRDs, the
// restricted user holding exactly deploy/rbac/role.yaml, a real Prometheus scraping two loopback model
// servers labelled by slot, and a sender that follows the HTTPRoute and the live Service through the API.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { type CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { connect } from '../../src/kube/client.ts';
import { RouteConflict, routerFor } from '../../src/delivery/router/router.ts';
import { isUserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { abort, advance, ladderStatus, parseLadderState } from '../../src/delivery/ladder.ts';
import { parseHistory } from '../../src/delivery/history.ts';
import { promote } from '../../src/delivery/blue-green.ts';
import { REPO, type Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { liveSelector, setDeploymentStatus, SLOT_KEY } from '../kube/support/fixtures.ts';
import type { Behaviour } from './support/model-server.ts';
import { freePort } from '../support/server-processes.ts';
import { type Stand as SlotStand, startStand } from './support/stand.ts';
import type { Traffic } from './support/traffic.ts';

let cluster: Cluster;
let admin: AdminClients;
let custom: CustomObjectsApi;

useKubeCluster({ crds: { gatewayApi: true, istio: true }, prometheus: true }, (kube) => {
  ({ cluster, admin, custom } = kube);
});

const ROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
const VS = { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' };

type Stand = SlotStand<Traffic | undefined>;

/**
 * Blue live and green idle (both ready), slot Services, an HTTPRoute whose first rule weights the live
 * Service against both slot Services and whose second rule (a header match with a filter) must stay as it is.
 */
function stand(opts: {
  green: Behaviour;
  canary?: Record<string, unknown>;
  rate?: number;
  traffic?: boolean;
  prometheusUrl?: string;
  window?: string;
  sessions?: number;
  istio?: boolean | { weighted(namespace: string): Array<Record<string, unknown>>; debugRoute?: boolean };
}): Promise<Stand> {
  return startStand(
    { admin, custom },
    {
      prefix: 'canary',
      httpRoute: {
        hostnames: ['chat.example.com'],
        rules: [
          {
            matches: [{ headers: [{ name: 'x-debug-slot', value: 'green' }] }],
            filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { add: [{ name: 'x-routed', value: 'debug' }] } }],
            backendRefs: [{ name: 'chat-green', port: 80 }],
          },
        ],
      },
      // With istio, also a VirtualService routing the same way: the ladder moves it (rule 1), the sender follows it.
      virtualService: opts.istio,
      green: opts.green,
      traffic: opts.traffic === false ? false : { ratePerSecond: opts.rate ?? 120, ...(opts.sessions ? { sessions: opts.sessions } : {}) },
      provider: { url: opts.prometheusUrl, window: opts.window ?? '2s' },
      canary: {
        rungs: [10, 25, 50],
        bakeSeconds: 5,
        minSamples: 5,
        // A 5 s bake at 0.5 s steps holds about as many points as minSamples: decisive from there, as a
        // default bake is from 15 of its 17.
        decisiveSamples: 5,
        minRequests: 20,
        ...opts.canary,
      },
    },
  );
}

function options(s: Stand, runId: string, extra: Record<string, unknown> = {}) {
  return {
    kubeconfig: cluster.restrictedKubeconfig,
    deploy: s.deploy,
    manifestFile: 'shadowgate.yaml',
    runId,
    runUrl: `https://github.example/o/r/actions/runs/${runId}`,
    log: memoryLog(),
    ...extra,
  };
}

const healthy: Behaviour = { delayMs: 2, errorRate: 0 };

describe('canary ladder on Gateway API with a real Prometheus', { concurrency: 1 }, () => {
  test('a healthy candidate walks every rung, then the hand-over flips the selector before its weight goes to 0', async () => {
    const s = await stand({ green: healthy });
    try {
      const ids = { model: 'chat-model@2026-12', prompt: 'sha256:p2' };
      const outcomes = [];
      for (const weight of [10, 25, 50]) {
        const r = await advance(options(s, 'run-7', { ids, expectWeight: weight }));
        assert.equal(r.outcome, 'passed', r.reason);
        assert.equal(r.weight, weight);
        assert.equal(r.judgement?.verdict, 'pass');
        assert.deepEqual(
          r.judgement?.metrics.map((m) => m.name),
          ['error_rate', 'latency_p99'],
        );
        outcomes.push(r);
        assert.deepEqual(await s.weights(), { chat: 100 - weight, 'chat-blue': 0, 'chat-green': weight });
      }
      // Re-running is safe: the next step is the hand-over, not a repeat of the last rung.
      const handover = await advance(options(s, 'run-7', { ids, expectWeight: 100 }));
      const handedOverAt = performance.now();
      assert.equal(handover.outcome, 'promoted', handover.reason);
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'green');
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
      const again = await advance(options(s, 'run-8', { ids }));
      assert.equal(again.outcome, 'unchanged');
      // After the hand-over, going back is rollback's job (the selector), not abort's (the weight).
      await assert.rejects(
        abort(options(s, 'run-9')),
        (e: unknown) => isUserError(e) && /the ladder finished: green is live/.test(e.message) && /rollback/.test(e.hint ?? ''),
      );

      const route = await s.route();
      const state = parseLadderState(route.metadata.annotations)!;
      assert.equal(state.phase, 'promoted');
      assert.deepEqual(
        state.verdicts.map((v) => [v.weight, v.verdict, v.runId]),
        [
          [10, 'pass', 'run-7'],
          [25, 'pass', 'run-7'],
          [50, 'pass', 'run-7'],
        ],
      );
      assert.deepEqual(state.ids, ids);
      // The second rule, its match and its filter are exactly as created.
      assert.deepEqual(route.spec.rules[1], {
        matches: [{ headers: [{ name: 'x-debug-slot', type: 'Exact', value: 'green' }], path: { type: 'PathPrefix', value: '/' } }],
        filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { add: [{ name: 'x-routed', value: 'debug' }] } }],
        backendRefs: [{ group: '', kind: 'Service', name: 'chat-green', port: 80, weight: 1 }],
      });
      // The flip is recorded in the Service history, so `rollback` works as after any promotion.
      const svc = await admin.core.readNamespacedService({ namespace: s.namespace, name: 'chat' });
      const [entry] = parseHistory(svc.metadata?.annotations);
      assert.equal(entry?.action, 'promote');
      assert.equal(entry?.to, 'green');
      assert.equal(entry?.model, 'chat-model@2026-12');

      await new Promise((resolve) => setTimeout(resolve, Math.max(0, handedOverAt + 1000 - performance.now())));
      await s.traffic!.stop();
      assert.deepEqual(s.traffic!.failed, { blue: 0, green: 0 }, s.traffic!.failures.join('\n'));
      // The split seen in the data plane per weight is within binomial tolerance (4 sd) of the weight.
      for (const weight of [10, 25, 50]) {
        const seen = s.traffic!.perWeight.get(weight);
        assert.ok(seen, `no traffic seen at ${weight}%`);
        const n = seen.blue + seen.green;
        const sd = Math.sqrt(n * (weight / 100) * (1 - weight / 100));
        assert.ok(Math.abs(seen.green - (n * weight) / 100) <= 4 * sd + 1, `${weight}%: green got ${seen.green} of ${n}`);
      }
      // Once the hand-over has returned (plus 300 ms for the data plane's watch), every request reaches green.
      const later = s.traffic!.timeline.filter((r) => r.sentAt > handedOverAt + 300);
      assert.ok(later.length > 0, 'traffic went on after the hand-over');
      assert.deepEqual(
        later.filter((r) => r.slot === 'blue'),
        [],
      );
    } finally {
      await s.close();
    }
  });

  test('sticky sessions: a session that reached the candidate stays there across rungs; abort sends every session back', async () => {
    // Sticky sessions pile requests onto the candidate beyond the rung's weight, so on this shared machine its
    // latency differs from stable's for reasons of load alone; this case judges errors only.
    const errorsOnly = [
      {
        name: 'error_rate',
        query:
          '(sum(rate(http_requests_total{namespace="{{namespace}}",slot="{{slot}}",code=~"5.."}[{{window}}])) or vector(0)) / sum(rate(http_requests_total{namespace="{{namespace}}",slot="{{slot}}"}[{{window}}]))',
        scale: 'absolute',
        tolerance: 0.005,
        threshold: 0.01,
      },
    ];
    const s = await stand({
      green: healthy,
      rate: 120,
      sessions: 60,
      canary: { rungs: [10, 25, 50], bakeSeconds: 5, metrics: errorsOnly, sessionAffinity: { cookieName: 'sg-canary', maxAgeSeconds: 3600 } },
    });
    try {
      for (const weight of [10, 25]) {
        const r = await advance(options(s, 'run-sticky', { expectWeight: weight }));
        assert.equal(r.outcome, 'passed', r.reason);
      }
      const route = await s.route();
      // The sticky rule (accepted by the real CRD's validation) and the cookie filter on the candidate backend.
      const sticky = route.spec.rules[2] as {
        matches: Array<{ headers: Array<{ name: string; type: string; value: string }> }>;
        backendRefs: Array<{ name: string }>;
      };
      assert.deepEqual(sticky.matches[0]!.headers, [{ name: 'Cookie', type: 'RegularExpression', value: '(^|.*; )sg-canary=chat-green(;.*)?$' }]);
      assert.equal(sticky.backendRefs[0]!.name, 'chat-green');
      assert.equal(route.spec.rules.length, 3);

      // Sessions move back from the moment the abort's patch lands, before abort() returns: "before the abort"
      // is before it started, "after" is once it has returned.
      const abortStartedAt = performance.now();
      const a = await abort(options(s, 'run-sticky-abort'));
      const abortedAt = performance.now();
      assert.equal(a.outcome, 'aborted');
      await new Promise((r) => setTimeout(r, 1500));
      await s.traffic!.stop();
      const after = await s.route();
      assert.equal(after.spec.rules.length, 2, 'the sticky rule is gone');
      assert.equal(
        (after.spec.rules[0]!.backendRefs as Array<{ filters?: unknown }>).some((b) => b.filters),
        false,
        'the cookie filter is gone',
      );

      let reachedGreen = 0;
      for (const session of s.traffic!.sessions) {
        const before = session.history.filter((h) => h.sentAt < abortStartedAt);
        const first = before.findIndex((h) => h.slot === 'green');
        if (first >= 0) {
          reachedGreen++;
          assert.deepEqual(
            before.slice(first).filter((h) => h.slot === 'blue'),
            [],
            'a session that reached green never went back to blue before the abort',
          );
        }
        // The data plane follows the route through a watch; give it 300 ms.
        assert.deepEqual(
          session.history.filter((h) => h.sentAt > abortedAt + 300 && h.slot === 'green'),
          [],
          'after the abort every session is on blue',
        );
      }
      assert.ok(reachedGreen >= 10, `${reachedGreen} sessions reached green`);
      assert.deepEqual(s.traffic!.failed, { blue: 0, green: 0 }, s.traffic!.failures.join('\n'));
    } finally {
      await s.close();
    }
  });

  test('Istio sticky sessions: through the VirtualService, a session that reached the candidate stays there; abort sends every session back', async () => {
    const errorsOnly = [
      {
        name: 'error_rate',
        query:
          '(sum(rate(http_requests_total{namespace="{{namespace}}",slot="{{slot}}",code=~"5.."}[{{window}}])) or vector(0)) / sum(rate(http_requests_total{namespace="{{namespace}}",slot="{{slot}}"}[{{window}}]))',
        scale: 'absolute',
        tolerance: 0.005,
        threshold: 0.01,
      },
    ];
    const s = await stand({
      green: healthy,
      istio: true,
      rate: 120,
      sessions: 60,
      canary: { rungs: [10, 25, 50], bakeSeconds: 5, metrics: errorsOnly, sessionAffinity: { cookieName: 'sg-canary', maxAgeSeconds: 3600 } },
    });
    const vs = async () =>
      (await custom.getNamespacedCustomObject({ ...VS, namespace: s.namespace, name: 'chat' })) as {
        spec: { http: Array<Record<string, unknown> & { route: Array<Record<string, unknown>> }> };
      };
    try {
      for (const weight of [10, 25]) {
        const r = await advance(options(s, 'run-istio-sticky', { expectWeight: weight }));
        assert.equal(r.outcome, 'passed', r.reason);
      }
      // Accepted by Istio's CRD schema: the sticky route right before the weighted one, and the candidate
      // destination's response header.
      const { http } = (await vs()).spec;
      assert.equal(http.length, 3);
      assert.deepEqual(http[1], {
        name: 'shadowgate-sticky',
        match: [{ headers: { cookie: { regex: '(^|.*; )sg-canary=chat-green(;.*)?' } } }],
        route: [{ destination: { host: 'chat-green' }, headers: { response: { add: { 'set-cookie': 'sg-canary=chat-green; Max-Age=3600; Path=/' } } } }],
      });
      assert.deepEqual(
        http[2]!.route.map((d) => [d.weight, d.headers ?? null]),
        [
          [75, null],
          [0, null],
          [25, { response: { add: { 'set-cookie': 'sg-canary=chat-green; Max-Age=3600; Path=/' } } }],
        ],
      );

      const abortStartedAt = performance.now();
      const a = await abort(options(s, 'run-istio-sticky-abort'));
      const abortedAt = performance.now();
      assert.equal(a.outcome, 'aborted');
      await new Promise((r) => setTimeout(r, 1500));
      await s.traffic!.stop();
      const after = (await vs()).spec.http;
      assert.equal(after.length, 2, 'the sticky route is gone');
      assert.deepEqual(
        after[1]!.route.map((d) => [d.weight, d.headers ?? null]),
        [
          [100, null],
          [0, null],
          [0, null],
        ],
        'weights back, the cookie header gone',
      );

      let reachedGreen = 0;
      for (const session of s.traffic!.sessions) {
        const before = session.history.filter((h) => h.sentAt < abortStartedAt);
        const first = before.findIndex((h) => h.slot === 'green');
        if (first >= 0) {
          reachedGreen++;
          assert.deepEqual(
            before.slice(first).filter((h) => h.slot === 'blue'),
            [],
            'a session that reached green never went back to blue before the abort',
          );
        }
        assert.deepEqual(
          session.history.filter((h) => h.sentAt > abortedAt + 300 && h.slot === 'green'),
          [],
          'after the abort every session is on blue',
        );
      }
      assert.ok(reachedGreen >= 10, `${reachedGreen} sessions reached green`);
      assert.deepEqual(s.traffic!.failed, { blue: 0, green: 0 }, s.traffic!.failures.join('\n'));
    } finally {
      await s.close();
    }
  });

  test('a candidate failing 5 % of requests is caught at the first rung and aborted to 0 % in one patch', async () => {
    // Errors are counted over the bake: about 100 candidate requests at 10 % of 200 req/s, 1 in 20 failing.
    const s = await stand({ green: { delayMs: 2, errorRate: 0.05 }, rate: 200, canary: { rungs: [10, 50], bakeSeconds: 6 } });
    try {
      const r = await advance(options(s, 'run-bad'));
      const abortedAt = performance.now();
      assert.equal(r.outcome, 'aborted', JSON.stringify(r.judgement?.metrics, null, 1));
      assert.equal(r.weight, 0);
      const errors = r.judgement!.metrics.find((m) => m.name === 'error_rate')!;
      assert.equal(errors.verdict, 'fail');
      assert.ok(errors.shift!.interval[0] > 0.005, JSON.stringify(errors));
      assert.ok(errors.candidate.n >= 50 && errors.stable.n > errors.candidate.n, JSON.stringify(errors));
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.deepEqual(
        s.traffic!.timeline.filter((q) => q.sentAt > abortedAt + 300 && q.slot === 'green'),
        [],
        'no request reaches green after the abort',
      );
      const state = parseLadderState((await s.route()).metadata.annotations)!;
      assert.equal(state.phase, 'aborted');
      assert.match(state.reason ?? '', /error_rate rose/);
      // The abort was the last write: stable never lost its share, and a re-run refuses to go on.
      await assert.rejects(advance(options(s, 'run-bad-2')), (e: unknown) => isUserError(e) && /aborted at rung 1 \(10%\)/.test(e.message));
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'blue');
    } finally {
      await s.close();
    }
  });

  test('a latency regression (p99 from the duration histogram) is caught at the first rung', async () => {
    // 10 s at 0.5 s steps over a 2 s window: 17 points, enough for the widened interval to confirm a shift
    // (confirmableSamples: 16 at four points per window).
    const s = await stand({ green: { delayMs: 60, errorRate: 0 }, canary: { rungs: [10, 50], bakeSeconds: 10 } });
    try {
      const r = await advance(options(s, 'run-slow'));
      assert.equal(r.outcome, 'aborted', JSON.stringify(r.judgement?.metrics));
      const p99 = r.judgement!.metrics.find((m) => m.name === 'latency_p99')!;
      assert.equal(p99.verdict, 'fail');
      assert.ok(p99.candidate.median! > 0.05 && p99.candidate.median! > 2 * p99.stable.median!, JSON.stringify(p99));
      assert.equal(r.judgement!.metrics.find((m) => m.name === 'error_rate')!.verdict, 'pass');
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
    } finally {
      await s.close();
    }
  });

  test("the active probe is handed both slots' URLs; its failure aborts the rung whatever the metrics say", async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.2 } });
    try {
      const seen: unknown[] = [];
      const r = await advance(
        options(s, 'run-probe', {
          probe: async (target: unknown) => {
            seen.push(target);
            return { verdict: 'fail' as const, reason: 'probe: FAIL — json.parse_rate 100% → 91%' };
          },
        }),
      );
      assert.deepEqual(seen, [{ stable: 'blue', candidate: 'green', stableUrl: 'http://127.0.0.1:1/blue', candidateUrl: 'http://127.0.0.1:1/green', rung: 0 }]);
      assert.equal(r.outcome, 'aborted');
      assert.match(r.reason, /json\.parse_rate 100% → 91%/);
      assert.equal((await s.weights())['chat-green'], 0);
    } finally {
      await s.close();
    }
  });

  test('sparse data is INCONCLUSIVE: the ladder holds its weight and does not advance', async () => {
    const s = await stand({ green: healthy, rate: 15, canary: { rungs: [1, 5], bakeSeconds: 5, minSamples: 5 } });
    try {
      const r = await advance(options(s, 'run-sparse'));
      assert.equal(r.outcome, 'held', r.reason);
      assert.equal(r.judgement?.verdict, 'inconclusive');
      assert.ok(
        r.judgement!.metrics.some((m) => m.verdict === 'nodata' && /candidate slot/.test(m.reason)),
        r.reason,
      );
      assert.equal(r.weight, 1);
      const state = parseLadderState((await s.route()).metadata.annotations)!;
      assert.equal(state.phase, 'held');
      // Held is not passed: asking for the next rung is refused; the next advance re-judges 1 %.
      await assert.rejects(advance(options(s, 'run-sparse', { expectWeight: 5 })), (e: unknown) => isUserError(e) && /rung 1 of 2 \(1%\)/.test(e.message));
      assert.equal((await s.weights())['chat-green'], 1);
      // The next advance bakes again and judges both bakes together: the window grows, it does not restart.
      const again = await advance(options(s, 'run-sparse', { expectWeight: 1 }));
      assert.equal(parseLadderState((await s.route()).metadata.annotations)!.bakeStartedAt, state.bakeStartedAt);
      const requests = (x: typeof r) => x.judgement!.metrics.find((m) => m.name === 'error_rate')!.stable.n;
      assert.ok(requests(again) > 1.5 * requests(r), `${requests(again)} stable requests over two bakes, ${requests(r)} over one`);
    } finally {
      await s.close();
    }
  });

  test('an unready candidate slot: advance stops before the weight moves', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.2 } });
    try {
      await setDeploymentStatus(admin, s.namespace, 'chat-green', { available: 1 });
      const rv = (await s.route()).metadata.resourceVersion;
      await assert.rejects(
        advance(options(s, 'run-unready')),
        (e: unknown) => isUserError(e) && /the green slot is not ready: chat-green: 1\/2 replicas available/.test(e.message),
      );
      assert.equal((await s.route()).metadata.resourceVersion, rv);
    } finally {
      await s.close();
    }
  });

  test('Prometheus down: advance stops before changing anything', async () => {
    const port = await freePort(); // nothing listens there
    const s = await stand({ green: healthy, traffic: false, prometheusUrl: `http://127.0.0.1:${port}` });
    try {
      const before = await s.route();
      await assert.rejects(
        advance(options(s, 'run-down')),
        (e: unknown) => isUserError(e) && e.message === `cannot judge the rung: Prometheus at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)`,
      );
      const after = await s.route();
      assert.equal(after.metadata.resourceVersion, before.metadata.resourceVersion);
      // The Lease was released, so the next run is not blocked.
      const lease = await admin.coordination.readNamespacedLease({ namespace: s.namespace, name: 'shadowgate-chat' });
      assert.equal(lease.spec?.holderIdentity, undefined);
    } finally {
      await s.close();
    }
  });

  test('Prometheus going down during the bake holds the ladder instead of passing it', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.5 } });
    try {
      const r = await advance(
        options(s, 'run-mid', {
          sleep: async () => {
            await s.prometheus.stop();
          },
        }),
      );
      assert.equal(r.outcome, 'held');
      assert.ok(
        r.judgement!.metrics.every((m) => m.verdict === 'nodata' && /unreachable/.test(m.reason)),
        r.reason,
      );
      assert.equal(r.weight, 10);
    } finally {
      await s.close();
    }
  });

  test('skipping a rung is refused; abort sends the weight to 0 once, and a second abort writes nothing', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.2, minSamples: 3 } });
    try {
      await assert.rejects(
        advance(options(s, 'run-skip', { expectWeight: 25 })),
        (e: unknown) => isUserError(e) && /next step is rung 1 of 3 \(10%\); rungs cannot be skipped/.test(e.message),
      );
      assert.equal((await s.weights())['chat-green'], 0);
      assert.equal(parseLadderState((await s.route()).metadata.annotations), undefined);

      // Start the ladder (the judgement itself does not matter here), then abort twice.
      await advance(options(s, 'run-skip', { expectWeight: 10 }));
      const first = await abort(options(s, 'run-abort'));
      assert.equal(first.outcome, 'aborted');
      assert.equal(first.weight, 0);
      const rv = (await s.route()).metadata.resourceVersion;
      const second = await abort(options(s, 'run-abort-2'));
      assert.equal(second.outcome, 'unchanged');
      assert.equal((await s.route()).metadata.resourceVersion, rv);
      const status = await ladderStatus(options(s, 'x'));
      assert.equal(status.state?.phase, 'aborted');
      assert.equal(status.weight, 0);
    } finally {
      await s.close();
    }
  });

  test('a route edited by someone else during the bake: an unrelated edit is re-read and merged, a weight edit stops the ladder', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.2, minSamples: 3 } });
    try {
      const label = async () => {
        const r = await s.route();
        await custom.replaceNamespacedCustomObject({
          ...ROUTE,
          namespace: s.namespace,
          name: 'chat',
          body: { ...r, metadata: { ...r.metadata, labels: { team: 'search' } } },
        });
      };
      const r1 = await advance(options(s, 'run-c', { sleep: label }));
      assert.ok(r1.conflicts >= 1, 'the write after the bake met a 409');
      assert.equal(r1.outcome, 'held');
      const route = await s.route();
      assert.equal((route as unknown as { metadata: { labels: Record<string, string> } }).metadata.labels.team, 'search');

      const reweigh = async () => {
        const r = await s.route();
        r.spec.rules[0]!.backendRefs = [
          { name: 'chat', port: 80, weight: 70 } as never,
          { name: 'chat-blue', port: 80, weight: 0 } as never,
          { name: 'chat-green', port: 80, weight: 30 } as never,
        ];
        await custom.replaceNamespacedCustomObject({ ...ROUTE, namespace: s.namespace, name: 'chat', body: r });
      };
      // No data with a 100 ms window: the rung is held, and the next advance re-bakes it at 10 %.
      assert.equal(parseLadderState(route.metadata.annotations)!.phase, 'held');
      await assert.rejects(
        advance(options(s, 'run-c', { sleep: reweigh })),
        (e: unknown) => isUserError(e) && /the green weight was edited to 30% \(the ladder set 10%\); not overwriting/.test(e.message),
      );
      assert.deepEqual(await s.weights(), { chat: 70, 'chat-blue': 0, 'chat-green': 30 });
    } finally {
      await s.close();
    }
  });

  test('abort while another run bakes: no Lease needed, and the baking run stops without touching the route', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.3 } });
    try {
      let aborted: Awaited<ReturnType<typeof abort>> | undefined;
      const baking = advance(
        options(s, 'run-bake', {
          sleep: async () => {
            aborted = await abort(options(s, 'run-oncall', { reason: 'paged' }));
          },
        }),
      );
      await assert.rejects(
        baking,
        (e: unknown) => isUserError(e) && /the ladder state was changed by another run since it was read; not overwriting it/.test(e.message),
      );
      assert.equal(aborted?.outcome, 'aborted');
      const state = parseLadderState((await s.route()).metadata.annotations)!;
      assert.equal(state.phase, 'aborted');
      assert.equal(state.reason, 'paged');
      assert.equal((await s.weights())['chat-green'], 0);
    } finally {
      await s.close();
    }
  });

  test('a bake longer than a third of the Lease renews it, so no other run can take the ladder mid-bake', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 1.2 } });
    s.deploy.lease = { durationSeconds: 5 }; // renewed every 5/3 s of bake, as seen by the injected sleep below
    (s.deploy.canary as { bakeSeconds: number }).bakeSeconds = 6;
    try {
      const renewals: string[] = [];
      const r = await advance(
        options(s, 'run-long', {
          sleep: async () => {
            const lease = await admin.coordination.readNamespacedLease({ namespace: s.namespace, name: 'shadowgate-chat' });
            renewals.push(`${lease.spec?.holderIdentity}@${String(lease.spec?.renewTime)}`);
          },
        }),
      );
      assert.equal(r.outcome, 'held');
      assert.equal(renewals.length, 4, 'a 6 s bake in steps of at most 5/3 s');
      assert.ok(renewals.every((x) => x.startsWith('run-long@')));
      assert.equal(new Set(renewals).size, 4, 'each step saw a fresh renewTime');
    } finally {
      await s.close();
    }
  });

  test('a run killed mid-bake is resumed by the next advance from the state on the route', async () => {
    const s = await stand({ green: healthy, canary: { rungs: [10, 50], bakeSeconds: 6 } });
    try {
      const child = spawn(
        process.execPath,
        [join(REPO, 'test/delivery/support/advance-child.ts'), JSON.stringify({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, runId: 'run-k' })],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const deadline = Date.now() + 30_000;
      while (!/baking/.test(out)) {
        assert.ok(Date.now() < deadline && child.exitCode === null, `child never started baking:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const mid = parseLadderState((await s.route()).metadata.annotations)!;
      assert.equal(mid.phase, 'baking');
      assert.equal(mid.weight, 10);

      const started = Date.now();
      const r = await advance(options(s, 'run-k'));
      assert.equal(r.outcome, 'passed', r.reason);
      assert.equal(r.rung, 0);
      // It waited only for what was left of the bake, from the recorded start.
      assert.ok(Date.now() - started < 6000 + 3000, `resumed run took ${Date.now() - started} ms`);
      assert.equal(parseLadderState((await s.route()).metadata.annotations)!.verdicts.length, 1);
    } finally {
      await s.close();
    }
  });

  test('without the Role the error names the missing permission; a route without the candidate backend, or with a foreign weighted backend, is named', async () => {
    const s = await stand({ green: healthy, traffic: false });
    try {
      await assert.rejects(
        advance({ ...options(s, 'run-n'), kubeconfig: cluster.nobodyKubeconfig }),
        (e: unknown) => isUserError(e) && /permission denied/.test(e.message) && /role\.yaml/.test(e.hint ?? ''),
      );
      const r = await s.route();
      r.spec.rules[0]!.backendRefs = [{ name: 'chat', port: 80, weight: 100 } as never, { name: 'chat-blue', port: 80, weight: 0 } as never];
      await custom.replaceNamespacedCustomObject({ ...ROUTE, namespace: s.namespace, name: 'chat', body: r });
      const rv = (await s.route()).metadata.resourceVersion;
      await assert.rejects(
        advance(options(s, 'run-n')),
        (e: unknown) => isUserError(e) && /no backend for the green slot's Service "chat-green"/.test(e.message),
      );
      assert.equal((await s.route()).metadata.resourceVersion, rv);

      // A backend the ladder does not know, with weight: its share would go unjudged.
      const r2 = await s.route();
      r2.spec.rules[0]!.backendRefs = [
        { name: 'chat', port: 80, weight: 95 } as never,
        { name: 'chat-blue', port: 80, weight: 0 } as never,
        { name: 'chat-green', port: 80, weight: 0 } as never,
        { name: 'legacy', port: 80, weight: 5 } as never,
      ];
      await custom.replaceNamespacedCustomObject({ ...ROUTE, namespace: s.namespace, name: 'chat', body: r2 });
      const rv2 = (await s.route()).metadata.resourceVersion;
      await assert.rejects(
        advance(options(s, 'run-n')),
        (e: unknown) => isUserError(e) && /rule 0 also sends traffic to legacy \(weight 5\); the weights would not sum/.test(e.message),
      );
      assert.equal((await s.route()).metadata.resourceVersion, rv2);
    } finally {
      await s.close();
    }
  });

  test('Istio: the VirtualService route weights are set through the real CRD and sent back to 0 by abort', async () => {
    // The weighted route names its hosts in the other forms a VirtualService allows: with a port, and fully qualified.
    const weighted = (namespace: string) => [
      { destination: { host: 'chat', port: { number: 80 } }, weight: 100 },
      { destination: { host: `chat-blue.${namespace}.svc.cluster.local` }, weight: 0 },
      { destination: { host: 'chat-green' }, weight: 0 },
    ];
    const s = await stand({ green: healthy, traffic: false, window: '100ms', istio: { weighted }, canary: { bakeSeconds: 0.2 } });
    try {
      const vs = async () =>
        (await custom.getNamespacedCustomObject({ ...VS, namespace: s.namespace, name: 'chat' })) as {
          spec: { http: Array<{ route: Array<{ weight?: number }>; match?: unknown }> };
        };
      const r = await advance(options(s, 'run-istio'));
      assert.equal(r.weight, 10);
      assert.deepEqual(
        (await vs()).spec.http[1]!.route.map((d) => d.weight),
        [90, 0, 10],
      );
      assert.deepEqual((await vs()).spec.http[0], {
        match: [{ headers: { 'x-debug-slot': { exact: 'green' } } }],
        route: [{ destination: { host: 'chat-green' } }],
      });
      const a = await abort(options(s, 'run-istio'));
      assert.equal(a.outcome, 'aborted');
      assert.deepEqual(
        (await vs()).spec.http[1]!.route.map((d) => d.weight),
        [100, 0, 0],
      );
    } finally {
      await s.close();
    }
  });

  test('Istio subsets: the live Service weighed against DestinationRule subsets of one host; a missing rule or subset is named before anything changes', async () => {
    // Only the weighted route, to the live Service and to subsets of one Service holding both slots.
    const weighted = (namespace: string) => [
      { destination: { host: 'chat', port: { number: 80 } }, weight: 100 },
      { destination: { host: 'chat-slots', subset: 'v-blue' }, weight: 0 },
      { destination: { host: `chat-slots.${namespace}.svc.cluster.local`, subset: 'v-green' }, weight: 0 },
    ];
    const s = await stand({ green: healthy, traffic: false, window: '100ms', istio: { weighted, debugRoute: false }, canary: { bakeSeconds: 0.2 } });
    const VS = { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' };
    const DR = { group: 'networking.istio.io', version: 'v1', plural: 'destinationrules' };
    try {
      await admin.core.createNamespacedService({
        namespace: s.namespace,
        body: { metadata: { name: 'chat-slots' }, spec: { selector: { app: 'chat' }, ports: [{ port: 80, targetPort: 8080 }] } },
      });
      s.deploy.canary = { ...(s.deploy.canary as object), router: { kind: 'istio', name: 'chat', destinationRule: 'chat-slots' } };
      const vs = async () =>
        (await custom.getNamespacedCustomObject({ ...VS, namespace: s.namespace, name: 'chat' })) as {
          metadata: { resourceVersion: string };
          spec: { http: Array<{ route: Array<{ weight?: number }> }> };
        };
      const before = (await vs()).metadata.resourceVersion;

      // No DestinationRule yet: the error names it, and the route is not written.
      await assert.rejects(advance(options(s, 'run-subsets')), (e: unknown) => isUserError(e) && /DestinationRule .*chat-slots.*not found/.test(e.message));
      // A rule whose subsets do not cover the green slot: named, with the subsets it has.
      await custom.createNamespacedCustomObject({
        ...DR,
        namespace: s.namespace,
        body: {
          apiVersion: 'networking.istio.io/v1',
          kind: 'DestinationRule',
          metadata: { name: 'chat-slots' },
          spec: {
            host: 'chat-slots',
            subsets: [
              { name: 'v-blue', labels: { [SLOT_KEY]: 'blue' } },
              { name: 'v-green', labels: { [SLOT_KEY]: 'gren' } },
            ],
          },
        },
      });
      await assert.rejects(
        advance(options(s, 'run-subsets')),
        (e: unknown) =>
          isUserError(e) &&
          /DestinationRule .*\/chat-slots has no subset for the green slot \(labels shadowgate.dev\/slot=green\); its subsets: v-blue \(shadowgate.dev\/slot=blue\), v-green \(shadowgate.dev\/slot=gren\)/.test(
            e.message,
          ),
      );
      assert.equal((await vs()).metadata.resourceVersion, before);

      const rule = (await custom.getNamespacedCustomObject({ ...DR, namespace: s.namespace, name: 'chat-slots' })) as {
        spec: { subsets: Array<{ labels: Record<string, string> }> };
      };
      rule.spec.subsets[1]!.labels[SLOT_KEY] = 'green';
      await custom.replaceNamespacedCustomObject({ ...DR, namespace: s.namespace, name: 'chat-slots', body: rule });
      const r = await advance(options(s, 'run-subsets'));
      assert.equal(r.weight, 10);
      assert.deepEqual(
        (await vs()).spec.http[0]!.route.map((d) => d.weight),
        [90, 0, 10],
      );
      const status = await ladderStatus(options(s, 'run-subsets'));
      assert.equal(status.weight, 10);
      // Guarded like every route write: a patch computed from a read older than someone's edit meets a 409.
      const router = routerFor(
        connect({ kubeconfig: cluster.restrictedKubeconfig }),
        { kind: 'istio', name: 'chat', rule: 0, destinationRule: 'chat-slots' },
        {
          namespace: s.namespace,
          stableService: 'chat',
          slotServices: { blue: 'chat-blue', green: 'chat-green' },
          slotLabel: { key: SLOT_KEY, values: { blue: 'blue', green: 'green' } },
        },
      );
      const stale = await router.read();
      await custom.patchNamespacedCustomObject(
        { ...VS, namespace: s.namespace, name: 'chat', body: { metadata: { labels: { team: 'ml' } } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      await assert.rejects(router.setWeight(stale, 'green', 25, {}), RouteConflict);
      assert.deepEqual(
        (await vs()).spec.http[0]!.route.map((d) => d.weight),
        [90, 0, 10],
      );
      const a = await abort(options(s, 'run-subsets'));
      assert.equal(a.outcome, 'aborted');
      assert.deepEqual(
        (await vs()).spec.http[0]!.route.map((d) => d.weight),
        [100, 0, 0],
      );
    } finally {
      await s.close();
    }
  });

  test('through the CLI: status, a refused skip (exit 2, nothing written), a rung with its Markdown verdict, abort', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.3 } });
    const dir = mkdtempSync(join(tmpdir(), 'sg-canary-cli-'));
    try {
      writeFileSync(join(dir, 'data.jsonl'), '{"input": "hi"}\n');
      writeFileSync(
        join(dir, 'shadowgate.yaml'),
        stringify({
          version: 1,
          service: 'chat',
          model: { protocol: 'openai', endpoint: 'http://127.0.0.1:1/v1', id: 'chat-model' },
          output: { kind: 'text' },
          shadow: { dataset: 'data.jsonl' },
          deploy: s.deploy,
        }),
      );
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(REPO, 'src/cli.ts'), 'canary', ...args, '--run-id', 'cli-run'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, KUBECONFIG: cluster.restrictedKubeconfig },
        });
      const status = cli('status');
      assert.equal(status.status, 0, status.stderr);
      assert.match(JSON.parse(status.stdout).next, /advance starts a ladder: 10 → 25 → 50 %/);

      const rv = (await s.route()).metadata.resourceVersion;
      const skip = cli('advance', '--weight', '25');
      assert.equal(skip.status, 2, skip.stderr);
      assert.deepEqual(
        skip.stderr.split('\n').filter((l) => l.startsWith('error:')),
        ['error: refusing to move green to 25%: the next step is rung 1 of 3 (10%); rungs cannot be skipped'],
      );
      assert.equal((await s.route()).metadata.resourceVersion, rv);

      // No traffic and a 100 ms window: no data, so the rung is held (exit 1) and says why.
      const held = cli('advance', '--weight', '10', '--out', 'out');
      assert.equal(held.status, 1, held.stderr);
      assert.equal(JSON.parse(held.stdout).outcome, 'held');
      const markdown = readFileSync(join(dir, 'out/canary/rung-1.md'), 'utf8');
      assert.match(markdown, /Ladder: ⏸️ 10% → · 25% → · 50% → flip/);
      assert.match(markdown, /\| error_rate \(critical\) \| ⏸️ nodata \|/);
      const html = readFileSync(join(dir, 'out/canary/rung-1.html'), 'utf8');
      assert.match(html, /<td>error_rate \(critical\)<\/td><td>⏸️ nodata<\/td>/);
      assert.doesNotMatch(html, /<script/);

      const aborted = cli('abort', '--reason', 'paged by on-call');
      assert.equal(aborted.status, 0, aborted.stderr);
      assert.equal(JSON.parse(aborted.stdout).reason, 'paged by on-call');
      assert.equal((await s.weights())['chat-green'], 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await s.close();
    }
  });

  test('through the CLI after a promote: the rung record, its Markdown and HTML, and status show stable → candidate ids per surface', async () => {
    const s = await stand({ green: healthy, traffic: false, window: '100ms', canary: { bakeSeconds: 0.3 } });
    const dir = mkdtempSync(join(tmpdir(), 'sg-canary-ids-'));
    try {
      writeFileSync(join(dir, 'data.jsonl'), '{"input": "hi"}\n');
      writeFileSync(
        join(dir, 'shadowgate.yaml'),
        stringify({
          version: 1,
          service: 'chat',
          model: { protocol: 'openai', endpoint: 'http://127.0.0.1:1/v1', id: 'chat-model-2026-12-01' },
          output: { kind: 'text' },
          shadow: { dataset: 'data.jsonl' },
          deploy: s.deploy,
        }),
      );
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(REPO, 'src/cli.ts'), ...args], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, KUBECONFIG: cluster.restrictedKubeconfig },
        });
      // The candidate's ids as the user sees them: the lock of the working tree.
      const lock = cli('lock');
      assert.equal(lock.status, 0, lock.stderr);
      const surfaces = JSON.parse(readFileSync(join(dir, 'shadowgate.lock'), 'utf8')).surfaces as Record<string, string>;
      const short = (surface: string) => surfaces[surface]!.slice(0, 12);
      // An earlier release promoted onto green: same prompt and tools, another model and context.
      const earlier = { model: 'chat-model-2026-06-01', modelId: '0123456789ab', prompt: short('prompt'), tools: short('tools'), context: 'fedcba987654' };
      const passing = async () => ({ pass: true, reason: 'no regression' });
      const promoted = await promote({
        kubeconfig: cluster.restrictedKubeconfig,
        deploy: s.deploy,
        manifestFile: 'shadowgate.yaml',
        runId: 'run-r1',
        log: memoryLog(),
        ids: earlier,
        smoke: passing,
        probe: passing,
        sleep: async () => {},
      });
      assert.equal(promoted.outcome, 'promoted');

      const held = cli('canary', 'advance', '--weight', '10', '--out', 'out', '--run-id', 'cli-ids');
      assert.equal(held.status, 1, held.stderr);
      const record = JSON.parse(readFileSync(join(dir, 'out/canary/rung-1.json'), 'utf8'));
      assert.equal(record.candidate, 'blue');
      assert.deepEqual(record.state.stableIds, earlier);
      assert.deepEqual(record.state.ids, {
        model: 'chat-model-2026-12-01',
        modelId: short('model'),
        prompt: short('prompt'),
        tools: short('tools'),
        context: short('context'),
      });
      assert.deepEqual(
        record.surfaces.map((c: { surface: string; change: string }) => [c.surface, c.change]),
        [
          ['model', 'changed'],
          ['prompt', 'unchanged'],
          ['tools', 'unchanged'],
          ['context', 'changed'],
        ],
      );
      const line = `Surfaces (stable → candidate): model 0123456789ab → ${short('model')} · prompt unchanged (${short('prompt')}) · tools unchanged (${short('tools')}) · context fedcba987654 → ${short('context')}`;
      assert.ok(readFileSync(join(dir, 'out/canary/rung-1.md'), 'utf8').split('\n').includes(line));
      assert.ok(readFileSync(join(dir, 'out/canary/rung-1.html'), 'utf8').includes(`<p>${line}</p>`));
      // The state on the route keeps the stable ids, so status shows them on every later run.
      assert.deepEqual(parseLadderState((await s.route()).metadata.annotations)!.stableIds, earlier);
      const status = cli('canary', 'status', '--run-id', 'cli-ids');
      assert.equal(status.status, 0, status.stderr);
      assert.equal(JSON.parse(status.stdout).surfaces[0].old, '0123456789ab');
      assert.match(
        status.stderr,
        new RegExp(
          `surfaces \\(green → blue\\): model 0123456789ab → ${short('model')}, prompt unchanged \\(${short('prompt')}\\), tools unchanged \\(${short('tools')}\\), context fedcba987654 → ${short('context')}`,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await s.close();
    }
  });
});
