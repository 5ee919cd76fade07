// The real parts a rollout runs against, as the canary tests use them: a kube-apiserver + etcd with the
// Gateway API CRDs and the shipped Role, blue live and green idle, slot Services and an HTTPRoute; two
// loopback model servers scraped by a real Prometheus; a weight-honouring sender following the route.
import { CustomObjectsApi } from '@kubernetes/client-node';
import type { Cluster } from '../kube/support/cluster.ts';
import { adminClients, restrictedBlueGreen, SLOT_KEY } from '../kube/support/fixtures.ts';
import { startModelServer, type Behaviour, type ModelServer } from '../delivery/support/model-server.ts';
import { startPrometheus, waitForScrapes, type Prometheus } from '../delivery/support/prometheus.ts';
import { startTraffic, type Traffic } from '../delivery/support/traffic.ts';

const ROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };

export interface Stand {
  namespace: string;
  deploy: Record<string, unknown>;
  servers: Record<'blue' | 'green', ModelServer>;
  weights(): Promise<Record<string, number | undefined>>;
  live(): Promise<string | undefined>;
  close(): Promise<void>;
}

export async function startStand(cluster: Cluster, opts: { rungs: number[]; green?: Behaviour; rate?: number }): Promise<Stand> {
  const admin = adminClients(cluster.adminKubeconfig);
  const custom = admin.config.makeApiClient(CustomObjectsApi);
  const bg = await restrictedBlueGreen(admin, 'rollout');
  const { namespace } = bg;
  for (const slot of ['blue', 'green']) {
    await admin.core.createNamespacedService({
      namespace,
      body: { metadata: { name: `chat-${slot}` }, spec: { selector: { app: 'chat', [SLOT_KEY]: slot }, ports: [{ port: 80, targetPort: 8080 }] } },
    });
  }
  await custom.createNamespacedCustomObject({
    ...ROUTE,
    namespace,
    body: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'chat' },
      spec: {
        parentRefs: [{ name: 'public', namespace: 'gateways' }],
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
  const servers = { blue: await startModelServer({ delayMs: 2, errorRate: 0 }), green: await startModelServer(opts.green ?? { delayMs: 2, errorRate: 0 }) };
  let prometheus: Prometheus | undefined;
  let traffic: Traffic | undefined;
  try {
    prometheus = await startPrometheus([
      { url: servers.blue.url, labels: { namespace, slot: 'blue' } },
      { url: servers.green.url, labels: { namespace, slot: 'green' } },
    ]);
    traffic = startTraffic({
      admin,
      namespace,
      route: 'chat',
      liveService: 'chat',
      slotKey: SLOT_KEY,
      slotServices: { 'chat-blue': 'blue', 'chat-green': 'green' },
      selectorValues: { blue: 'blue', green: 'green' },
      urls: { blue: servers.blue.url, green: servers.green.url },
      ratePerSecond: opts.rate ?? 200,
    });
    await waitForScrapes(prometheus, `namespace="${namespace}"`, 2, 4);
  } catch (e) {
    await traffic?.stop();
    await prometheus?.stop();
    throw e;
  }
  const { slots } = bg.deploy as { slots: Record<string, { selector: string; deployments: string[] }> };
  return {
    namespace,
    servers,
    deploy: {
      ...bg.deploy,
      // Without slot URLs the active probe is skipped (it is covered by the canary tests); the live metrics judge.
      slots: {
        blue: { selector: slots.blue!.selector, deployments: slots.blue!.deployments },
        green: { selector: slots.green!.selector, deployments: slots.green!.deployments },
      },
      canary: {
        router: { kind: 'gateway-api', name: 'chat' },
        services: { blue: 'chat-blue', green: 'chat-green' },
        rungs: opts.rungs,
        // At the 1 % rung the candidate sees a few requests a second: a 4 s rate window keeps every point defined.
        // ~2 candidate requests a second at 1 %, counted only once the rate window lies after the weight change:
        // the GitHub flow is under test here, the error-rate statistics (and their 50-request default) in
        // test/delivery, so a handful of candidate requests is enough for a rung to be judged.
        bakeSeconds: 12,
        minSamples: 5,
        // Short bakes: decisive from minSamples points on, as a default bake is from 15 of its 17.
        decisiveSamples: 5,
        minRequests: 3,
        provider: { kind: 'prometheus', url: prometheus.url, stepSeconds: 0.5, window: '4s' },
      },
    },
    async weights() {
      const r = (await custom.getNamespacedCustomObject({ ...ROUTE, namespace, name: 'chat' })) as {
        spec: { rules: Array<{ backendRefs: Array<{ name: string; weight?: number }> }> };
      };
      return Object.fromEntries(r.spec.rules[0]!.backendRefs.map((b) => [b.name, b.weight]));
    },
    async live() {
      const svc = await admin.core.readNamespacedService({ namespace, name: 'chat' });
      return svc.spec?.selector?.[SLOT_KEY];
    },
    async close() {
      await traffic?.stop();
      await prometheus?.stop();
      await servers.blue.close();
      await servers.green.close();
    },
  };
}
