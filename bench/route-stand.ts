// The stand the canary-rung and drain benchmarks run on: a real kube-apiserver with the Gateway API CRDs,
// a namespace holding the shipped Role with blue live and green ready, a Service per slot, an HTTPRoute
// weighting the live Service (100) against both slot Services (0) as the canary tests have them (their
// slotRouting), and a loopback model server per slot.
import { CustomObjectsApi } from '@kubernetes/client-node';
import { startCluster, type Cluster } from '../test/kube/support/cluster.ts';
import { adminClients, restrictedBlueGreen, type BlueGreen } from '../test/kube/support/fixtures.ts';
import { installCrds } from '../test/delivery/support/crds.ts';
import { startModelServer, type ModelServer } from '../test/delivery/support/model-server.ts';
import { HTTPROUTES, type Routing, slotRouting } from '../test/delivery/support/stand.ts';

export interface RouteStand {
  cluster: Cluster;
  admin: ReturnType<typeof adminClients>;
  custom: CustomObjectsApi;
  namespace: string;
  bg: BlueGreen;
  /** The HTTPRoute's API coordinates in the namespace (add `name: 'chat'`). */
  route: { group: string; version: string; plural: string; namespace: string };
  /** The route as created: 100 to the live Service, 0 to each slot Service. */
  routeBody: NonNullable<Routing['httpRoute']>;
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
    const custom = admin.config.makeApiClient(CustomObjectsApi);
    const routeBody = (await slotRouting({ admin, custom }, namespace)).httpRoute!;
    const route = { ...HTTPROUTES, namespace };
    return { cluster, admin, custom, namespace, bg, route, routeBody, servers, close };
  } catch (e) {
    await close();
    throw e;
  }
}
