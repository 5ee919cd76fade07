// Segment rungs before percentages, against real parts: a kube-apiserver + etcd with the Gateway API and
// Istio CRDs (validation included), the restricted user of deploy/rbac/role.yaml, a real Prometheus scraping
// two loopback model servers, and a sender that follows the HTTPRoute and the live Service through the API
// and routes each user group (a segment header, a segment cookie, everyone else) as a gateway would.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { isUserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { abort, advance, ladderStatus, parseLadderState } from '../../src/delivery/ladder.ts';
import { renderRungMarkdown } from '../../src/delivery/report.ts';
import type { Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { restrictedBlueGreen } from '../kube/support/fixtures.ts';
import { startModelServer, type Behaviour } from './support/model-server.ts';
import { startPrometheus } from './support/prometheus.ts';
import { type Stand, startStand } from './support/stand.ts';
import type { Traffic } from './support/traffic.ts';
import { DEPLOY_HEAD, parseCanary } from './support/deploy-manifest.ts';

let cluster: Cluster;
let admin: AdminClients;
let custom: CustomObjectsApi;

useKubeCluster({ crds: { gatewayApi: true, istio: true }, prometheus: true }, (kube) => {
  ({ cluster, admin, custom } = kube);
});

const VS = { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' };

const SEGMENT_RUNGS = [
  { segment: 'internal', header: { name: 'x-user-segment', value: 'internal' } },
  { segment: 'beta', cookie: { name: 'segment', value: 'beta' } },
  10,
];
/** The user groups of the data plane: staff by header, beta users by cookie, and two groups of everyone else. */
const GROUPS: Array<Record<string, string>> = [{ 'x-user-segment': 'internal' }, { cookie: 'theme=dark; segment=beta' }, {}, { 'x-user-segment': 'external' }];

const DEBUG_RULE = {
  matches: [{ headers: [{ name: 'x-debug-slot', value: 'green' }] }],
  backendRefs: [{ name: 'chat-green', port: 80 }],
};

function stand(green: Behaviour): Promise<Stand> {
  return startStand(
    { admin, custom },
    {
      prefix: 'seg',
      httpRoute: { rules: [DEBUG_RULE] },
      green,
      traffic: { ratePerSecond: 160, groups: GROUPS },
      canary: {
        rungs: SEGMENT_RUNGS,
        bakeSeconds: 5,
        minSamples: 5,
        // Short bakes: decisive from minSamples points on, as a default bake is from 15 of its 17.
        decisiveSamples: 5,
        minRequests: 20,
      },
    },
  );
}

function options(s: { deploy: Record<string, unknown> }, runId: string) {
  return { kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', runId, log: memoryLog() };
}

/** Where each user group's requests went over the next `ms`, starting after the data plane saw the change. */
async function splitOver(traffic: Traffic, ms: number): Promise<Array<{ blue: number; green: number }>> {
  await new Promise((r) => setTimeout(r, 400));
  const from = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  return traffic.groups.map((records) => {
    const seen = { blue: 0, green: 0 };
    for (const r of records) if (r.sentAt >= from) seen[r.slot]++;
    return seen;
  });
}

describe('segment rungs on Gateway API', { concurrency: 1 }, () => {
  test('staff first, then beta users, then 10 % of everyone; abort sends every group back and removes the segment rules', async () => {
    const s = await stand({ delayMs: 2, errorRate: 0 });
    try {
      const status = await ladderStatus(options(s, 'status'));
      assert.equal(status.next, 'advance starts a ladder: segment internal → segment beta → 10%');

      const first = await advance(options(s, 'run-seg'));
      assert.equal(first.outcome, 'passed', first.reason);
      assert.equal(first.weight, 0);
      assert.equal(first.state.verdicts[0]?.segment, 'internal');
      let route = await s.route();
      assert.deepEqual(
        route.spec.rules.map((r) => r.name ?? null),
        [null, null, 'shadowgate-segment-internal'],
      );
      assert.deepEqual(route.spec.rules[2]!.matches, [
        { headers: [{ name: 'x-user-segment', type: 'Exact', value: 'internal' }], path: { type: 'PathPrefix', value: '/' } },
      ]);
      assert.deepEqual(
        route.spec.rules[2]!.backendRefs.map((b) => [b.name, b.weight]),
        [['chat-green', 1]],
      );
      let split = await splitOver(s.traffic, 1000);
      assert.ok(split[0]!.green > 20 && split[0]!.blue === 0, `internal: ${JSON.stringify(split[0])}`);
      for (const other of split.slice(1)) assert.ok(other.blue > 20 && other.green === 0, `others stay on stable: ${JSON.stringify(split)}`);
      const markdown = renderRungMarkdown('chat', first);
      assert.match(markdown, /Ladder: ✅ segment internal → · segment beta → · 10% → flip/);
      assert.match(markdown, /Rung 1 \(segment internal\): \*\*PASS\*\*/);
      assert.match(markdown, /Judged: candidate = requests of segment internal only; stable = everything else/);

      assert.deepEqual((await ladderStatus(options(s, 'status'))).segments, ['internal']);
      const second = await advance(options(s, 'run-seg'));
      assert.equal(second.outcome, 'passed', second.reason);
      route = await s.route();
      assert.deepEqual(
        route.spec.rules.map((r) => r.name ?? null),
        [null, null, 'shadowgate-segment-internal', 'shadowgate-segment-beta'],
      );
      split = await splitOver(s.traffic, 1000);
      assert.ok(split[0]!.blue === 0 && split[1]!.blue === 0 && split[1]!.green > 20, `internal and beta on the candidate: ${JSON.stringify(split)}`);
      assert.ok(split[2]!.green === 0 && split[3]!.green === 0, `everyone else on stable: ${JSON.stringify(split)}`);

      const third = await advance(options(s, 'run-seg'));
      assert.equal(third.outcome, 'passed', third.reason);
      assert.equal(third.weight, 10);
      assert.match(renderRungMarkdown('chat', third), /Judged: candidate = requests of segments internal, beta and 10% of all other requests/);
      split = await splitOver(s.traffic, 3000);
      assert.ok(split[0]!.blue === 0 && split[1]!.blue === 0, `segments stay on the candidate: ${JSON.stringify(split)}`);
      const rest = { blue: split[2]!.blue + split[3]!.blue, green: split[2]!.green + split[3]!.green };
      const n = rest.blue + rest.green;
      const sd = Math.sqrt(n * 0.1 * 0.9);
      assert.ok(Math.abs(rest.green - n * 0.1) <= 4 * sd + 1, `10% of everyone else: ${JSON.stringify(rest)}`);

      const aborted = await abort(options(s, 'run-abort'));
      assert.equal(aborted.outcome, 'aborted');
      route = await s.route();
      assert.deepEqual(
        route.spec.rules.map((r) => r.name ?? null),
        [null, null],
      );
      assert.deepEqual(
        route.spec.rules[0]!.backendRefs.map((b) => b.weight),
        [100, 0, 0],
      );
      split = await splitOver(s.traffic, 1000);
      for (const group of split) assert.ok(group.green === 0 && group.blue > 20, `every group back on stable: ${JSON.stringify(split)}`);
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
    } finally {
      await s.close();
    }
  });

  test('a failing candidate is caught on the staff segment alone and the segment rule is removed', async () => {
    const s = await stand({ delayMs: 2, errorRate: 0.2 });
    try {
      const first = await advance(options(s, 'run-bad'));
      assert.equal(first.outcome, 'aborted', first.reason);
      assert.match(first.reason, /error_rate/);
      const route = await s.route();
      assert.deepEqual(
        route.spec.rules.map((r) => r.name ?? null),
        [null, null],
      );
      assert.equal(parseLadderState(route.metadata.annotations)?.verdicts[0]?.segment, 'internal');
      const split = await splitOver(s.traffic, 1000);
      for (const group of split) assert.equal(group.green, 0, JSON.stringify(split));
      // Only staff ever reached the failing candidate.
      assert.ok(s.traffic.groups.slice(1).every((records) => records.every((r) => r.slot === 'blue')));
    } finally {
      await s.close();
    }
  });
});

test('segment rungs on Istio: the segment routes go before the weighted route, which the next write still finds', async () => {
  const bg = await restrictedBlueGreen(admin, 'seg-istio');
  const { namespace } = bg;
  const weighted = {
    name: 'main',
    timeout: '30s',
    route: [
      { destination: { host: 'chat' }, weight: 100 },
      { destination: { host: 'chat-blue' }, weight: 0 },
      { destination: { host: `chat-green.${namespace}.svc.cluster.local` }, weight: 0 },
    ],
  };
  const debug = { match: [{ headers: { 'x-debug-slot': { exact: 'green' } } }], route: [{ destination: { host: 'chat-green' } }] };
  await custom.createNamespacedCustomObject({
    ...VS,
    namespace,
    body: { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'chat' }, spec: { hosts: ['chat'], http: [debug, weighted] } },
  });
  const vs = async () => (await custom.getNamespacedCustomObject({ ...VS, namespace, name: 'chat' })) as { spec: { http: Array<Record<string, unknown>> } };
  const servers = { blue: await startModelServer({ delayMs: 2, errorRate: 0 }), green: await startModelServer({ delayMs: 2, errorRate: 0 }) };
  const prometheus = await startPrometheus([
    { url: servers.blue.url, labels: { namespace, slot: 'blue' } },
    { url: servers.green.url, labels: { namespace, slot: 'green' } },
  ]);
  try {
    const deploy = {
      ...bg.deploy,
      canary: {
        router: { kind: 'istio', name: 'chat', rule: 1 },
        services: { blue: 'chat-blue', green: 'chat-green' },
        rungs: [
          { segment: 'internal', header: { name: 'x-user-segment', value: 'internal' } },
          { segment: 'beta', cookie: { name: 'segment', value: 'beta' } },
          10,
        ],
        bakeSeconds: 1.5,
        provider: { kind: 'prometheus', url: prometheus.url, stepSeconds: 0.5, window: '1s' },
      },
    };
    // No traffic: each rung is held for lack of data, which still installs its routes.
    const first = await advance(options({ deploy }, 'run-istio'));
    assert.equal(first.outcome, 'held', first.reason);
    assert.deepEqual(
      (await vs()).spec.http.map((h) => h.name ?? null),
      [null, 'shadowgate-segment-internal', 'main'],
    );
    assert.deepEqual((await vs()).spec.http[1], {
      name: 'shadowgate-segment-internal',
      timeout: '30s',
      match: [{ headers: { 'x-user-segment': { exact: 'internal' } } }],
      route: [{ destination: { host: `chat-green.${namespace}.svc.cluster.local` } }],
    });
    // Force the ladder past the held rung, as a passing bake would, then write the next segment.
    const held = parseLadderState(
      ((await custom.getNamespacedCustomObject({ ...VS, namespace, name: 'chat' })) as { metadata: { annotations: Record<string, string> } }).metadata
        .annotations,
    )!;
    await custom.patchNamespacedCustomObject(
      { ...VS, namespace, name: 'chat', body: { metadata: { annotations: { 'shadowgate.dev/canary': JSON.stringify({ ...held, phase: 'passed' }) } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const second = await advance(options({ deploy }, 'run-istio'));
    assert.equal(second.outcome, 'held', second.reason);
    const http = (await vs()).spec.http;
    assert.deepEqual(
      http.map((h) => h.name ?? null),
      [null, 'shadowgate-segment-internal', 'shadowgate-segment-beta', 'main'],
    );
    assert.deepEqual(http[2]!.match, [{ headers: { cookie: { regex: '(^|.*; )segment=beta(;.*)?$' } } }]);
    assert.deepEqual(http[3]!.route, weighted.route);
    const aborted = await abort(options({ deploy }, 'run-istio'));
    assert.equal(aborted.outcome, 'aborted');
    assert.deepEqual((await vs()).spec.http, [debug, weighted]);
  } finally {
    await prometheus.stop();
    await servers.blue.close();
    await servers.green.close();
  }
});

const manifestBase = `${DEPLOY_HEAD}  canary:
    services: { blue: chat-blue, green: chat-green }
    provider: { kind: prometheus, url: "http://127.0.0.1:9090" }
`;

function canaryError(yaml: string): unknown {
  try {
    parseCanary(`${manifestBase}${yaml}`);
    return undefined;
  } catch (e) {
    return e;
  }
}

test('bad segment rungs are one error at their manifest line', () => {
  const cases: Array<[string, number, RegExp]> = [
    [
      '    router: { kind: gateway-api, name: chat }\n    rungs:\n      - 5\n      - { segment: internal, header: { name: x-user-segment, value: internal } }\n',
      17,
      /segment "internal" comes after a percentage; segment rungs come first/,
    ],
    [
      '    router: { kind: gateway-api, name: chat }\n    rungs:\n      - { segment: internal, header: { name: x-seg, value: a }, cookie: { name: s, value: b } }\n',
      16,
      /exactly one of header or cookie/,
    ],
    ['    router: { kind: gateway-api, name: chat }\n    rungs:\n      - { segment: internal }\n', 16, /exactly one of header or cookie/],
    [
      '    router: { kind: gateway-api, name: chat }\n    rungs:\n      - { segment: a, header: { name: x-seg, value: a } }\n      - { segment: a, header: { name: x-seg, value: b } }\n',
      17,
      /segment "a" is listed twice/,
    ],
    [
      '    router: { kind: istio, name: chat }\n    rungs:\n      - { segment: internal, header: { name: X-User-Segment, value: internal } }\n',
      16,
      /Istio matches header names in lower case: write "x-user-segment"/,
    ],
    ['    router: { kind: gateway-api, name: chat }\n    rungs:\n      - { segment: Internal Staff, header: { name: x-seg, value: a } }\n', 16, /rungs/],
  ];
  for (const [yaml, line, message] of cases) {
    const e = canaryError(yaml);
    assert.ok(isUserError(e), `${yaml}: expected a UserError, got ${String(e)}`);
    assert.equal(e.location?.line, line, `${yaml}: ${e.format()}`);
    assert.match(e.message, message, e.format());
  }
  assert.equal(
    canaryError(
      '    router: { kind: istio, name: chat }\n    rungs:\n      - { segment: internal, header: { name: x-user-segment, value: internal } }\n      - 5\n',
    ),
    undefined,
  );
});
