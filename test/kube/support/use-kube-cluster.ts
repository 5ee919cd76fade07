// A real kube-apiserver + etcd for one test file (or describe): started in before(), stopped in after(),
// optionally with the Gateway API / Istio CRDs installed and the Prometheus binary made available.
import { after, before } from 'node:test';
import { CustomObjectsApi } from '@kubernetes/client-node';
import { installCrds } from '../../delivery/support/crds.ts';
import { ensurePrometheus } from '../../delivery/support/prometheus.ts';
import { ensureBinaries, startCluster, type Cluster, type ClusterOptions } from './cluster.ts';
import { adminClients } from './fixtures.ts';

export type AdminClients = ReturnType<typeof adminClients>;

export interface KubeCluster {
  cluster: Cluster;
  admin: AdminClients;
  /** Custom resources (routes, virtual services) through the admin identity. */
  custom: CustomObjectsApi;
}

export interface KubeClusterOptions {
  /** CRDs installed once the API server answers. */
  crds?: { gatewayApi?: boolean; istio?: boolean };
  /** The tests start a real Prometheus: make sure its binary is there before any hook's timeout runs. */
  prometheus?: boolean;
  /** Worked out in before(), right before the start: e.g. after starting an issuer the API server must trust. */
  clusterOptions?: () => ClusterOptions | Promise<ClusterOptions>;
  /** The before() hook's timeout, `started` included (default 240 s). */
  timeoutMs?: number;
}

/**
 * Registers before/after at the level it is called from and returns accessors valid from before() on.
 * `started` runs right after start-up, inside the same hook: for files that keep the parts in their own
 * variables or set up more on the cluster. (A second top-level before() would not wait for this one:
 * the runner starts a file's top-level hooks together.)
 */
export function useKubeCluster(options: KubeClusterOptions = {}, started?: (kube: KubeCluster) => void | Promise<void>): KubeCluster {
  // Both may build or fetch (minutes) on a fresh machine: kept out of the hook's timeout.
  ensureBinaries();
  if (options.prometheus) ensurePrometheus();
  let kube: KubeCluster | undefined;
  let cluster: Cluster | undefined;
  before(
    async () => {
      cluster = await startCluster(await options.clusterOptions?.());
      const admin = adminClients(cluster.adminKubeconfig);
      if (options.crds) await installCrds(admin, options.crds);
      kube = { cluster, admin, custom: admin.config.makeApiClient(CustomObjectsApi) };
      await started?.(kube);
    },
    { timeout: options.timeoutMs ?? 240_000 },
  );
  after(async () => {
    await cluster?.stop();
  });
  const get = (): KubeCluster => {
    if (!kube) throw new Error('the cluster is started in before()');
    return kube;
  };
  return {
    get cluster() {
      return get().cluster;
    },
    get admin() {
      return get().admin;
    },
    get custom() {
      return get().custom;
    },
  };
}
