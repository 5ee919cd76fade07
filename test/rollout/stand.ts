// The real parts a rollout runs against, as the canary tests use them: a kube-apiserver + etcd with the
// Gateway API CRDs and the shipped Role, blue live and green idle, slot Services and an HTTPRoute; two
// loopback model servers scraped by a real Prometheus; a weight-honouring sender following the route.
import { CustomObjectsApi } from '@kubernetes/client-node';
import type { Cluster } from '../kube/support/cluster.ts';
import { adminClients, SLOT_KEY } from '../kube/support/fixtures.ts';
import type { Behaviour, ModelServer } from '../delivery/support/model-server.ts';
import { startStand as startSlotStand } from '../delivery/support/stand.ts';

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
  const stand = await startSlotStand(
    { admin, custom },
    {
      prefix: 'rollout',
      green: opts.green,
      traffic: { ratePerSecond: opts.rate ?? 200 },
      provider: { window: '4s' },
      canary: {
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
      },
    },
  );
  const { namespace } = stand;
  const { slots } = stand.bg.deploy as { slots: Record<string, { selector: string; deployments: string[] }> };
  return {
    namespace,
    servers: stand.servers,
    deploy: {
      ...stand.deploy,
      // Without slot URLs the active probe is skipped (it is covered by the canary tests); the live metrics judge.
      slots: {
        blue: { selector: slots.blue!.selector, deployments: slots.blue!.deployments },
        green: { selector: slots.green!.selector, deployments: slots.green!.deployments },
      },
    },
    weights: stand.weights,
    async live() {
      const svc = await admin.core.readNamespacedService({ namespace, name: 'chat' });
      return svc.spec?.selector?.[SLOT_KEY];
    },
    close: stand.close,
  };
}
