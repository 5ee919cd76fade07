// The stand the canary-rung and drain benchmarks run on: a real kube-apiserver with the Gateway API CRDs,
// a namespace holding the shipped Role with blue live and green ready, a Service per slot, an HTTPRoute
// weighting the live Service (100) against both slot Services (0), and a loopback model server per slot.
import { CustomObjectsApi } from '@kubernetes/client-node';
import { startCluster, type Cluster } from '../test/kube/support/cluster.ts';
import { adminClients, restrictedBlueGreen, SLOT_KEY, type BlueGreen } from '../test/kube/support/fixtures.ts';
import { installCrds } from '../test/delivery/support/crds.ts';
import { startModelServer, type ModelServer } from '../test/delivery/support/model-server.ts';

export interface RouteStand {
  cluster: Cluster;
  admin: ReturnType<typeof adminClients>;
  custom: CustomObjectsApi;
  namespace: string;
  bg: BlueGreen;
  /** The HTTPRoute's API coordinates in the namespace (add `name: 'chat'`). */
  route: { group: string; version: string; plural: string; namespace: string };
  /** The route as created: 100 to the live Service, 0 to each slot Service. */
  routeBody: { apiVersion: string; kind: string; metadata: { name: string }; spec: Record<string, unknown> };
  servers: Record<'blue' | 'green', ModelServer>;
  close(): Promise<void>;
}

export async function startRouteStand(prefix: string, deploy?: Record<string, unknown>): Promise<RouteStand> {
  const cluster = await startCluster();
  const servers = { blue: await startModelServer({ delayMs: 1, errorRate: 0 }), green: await startModelServer({ delayMs: 1, errorRate: 0 }) };
  const close = async () => {
    await servers.blue.close();
    await servers.green.close();
    await cluster.stop();
  };
  try {
    const admin = adminClients(cluster.adminKubeconfig);
    await installCrds(admin, { gatewayApi: true });
    const bg = await restrictedBlueGreen(admin, prefix, deploy ? { deploy } : {});
    const { namespace } = bg;
    for (const slot of ['blue', 'green']) {
      await admin.core.createNamespacedService({
        namespace,
        body: { metadata: { name: `chat-${slot}` }, spec: { selector: { app: 'chat', [SLOT_KEY]: slot }, ports: [{ port: 80 }] } },
      });
    }
    const custom = admin.config.makeApiClient(CustomObjectsApi);
    const route = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes', namespace };
    const routeBody = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'chat' },
      spec: {
        parentRefs: [{ name: 'public' }],
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
    };
    await custom.createNamespacedCustomObject({ ...route, body: routeBody });
    return { cluster, admin, custom, namespace, bg, route, routeBody, servers, close };
  } catch (e) {
    await close();
    throw e;
  }
}
