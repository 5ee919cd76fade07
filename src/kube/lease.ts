import { V1MicroTime, type V1Lease } from '@kubernetes/client-node';
import { call, statusOf, type KubeClients } from './client.ts';
import { KubeRefusal } from './refusal.ts';

export interface LeaseView {
  name: string;
  holder: string | undefined;
  acquiredAt: Date | undefined;
  renewedAt: Date | undefined;
  durationSeconds: number | undefined;
  /** True while the holder's renewTime + duration lies in the future. */
  live: boolean;
}

export function viewLease(lease: V1Lease, now: Date): LeaseView {
  const spec = lease.spec ?? {};
  const renewedAt = spec.renewTime ? new Date(spec.renewTime) : undefined;
  const durationSeconds = spec.leaseDurationSeconds;
  const live =
    Boolean(spec.holderIdentity) && renewedAt !== undefined && durationSeconds !== undefined && renewedAt.getTime() + durationSeconds * 1000 > now.getTime();
  return {
    name: lease.metadata?.name ?? '',
    holder: spec.holderIdentity || undefined,
    acquiredAt: spec.acquireTime ? new Date(spec.acquireTime) : undefined,
    renewedAt,
    durationSeconds,
    live,
  };
}

export interface LeaseRequest {
  namespace: string;
  name: string;
  /** Who holds it: the workflow run id. */
  holder: string;
  durationSeconds: number;
  now?: () => Date;
}

/**
 * Takes the Lease for the service. A live Lease held by another run is a refusal (lease-held) naming it; an expired
 * one (or our own) is taken over, guarded by resourceVersion so two runs racing cannot both win.
 */
export async function acquireLease(clients: KubeClients, req: LeaseRequest): Promise<LeaseView> {
  const now = req.now ?? (() => new Date());
  const { namespace, name } = req;
  for (let attempt = 0; attempt < 5; attempt++) {
    const at = now();
    const existing = await readLeaseOrUndefined(clients, namespace, name);
    if (!existing) {
      try {
        const created = await clients.coordination.createNamespacedLease({
          namespace,
          body: {
            metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'shadowgate' } },
            spec: {
              holderIdentity: req.holder,
              leaseDurationSeconds: req.durationSeconds,
              acquireTime: new V1MicroTime(at),
              renewTime: new V1MicroTime(at),
              leaseTransitions: 0,
            },
          },
        });
        return viewLease(created, at);
      } catch (e) {
        if (statusOf(e) === 409) continue; // someone created it first: re-read and re-check
        return call(`create Lease ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
      }
    }
    const view = viewLease(existing, at);
    if (view.live && view.holder !== req.holder) {
      const until = new Date(view.renewedAt!.getTime() + view.durationSeconds! * 1000);
      throw new KubeRefusal(
        'lease-held',
        `Lease ${namespace}/${name} is held by "${view.holder}" until ${until.toISOString()}; another promotion or rollback is running`,
        undefined,
        'wait for it to finish, or let the lease expire if that run died',
      );
    }
    const takenOver = view.holder !== req.holder;
    const body: V1Lease = {
      ...existing,
      spec: {
        ...existing.spec,
        holderIdentity: req.holder,
        leaseDurationSeconds: req.durationSeconds,
        acquireTime: takenOver ? new V1MicroTime(at) : new V1MicroTime(existing.spec?.acquireTime ?? at),
        renewTime: new V1MicroTime(at),
        leaseTransitions: (existing.spec?.leaseTransitions ?? 0) + (takenOver ? 1 : 0),
      },
    };
    try {
      const replaced = await clients.coordination.replaceNamespacedLease({ namespace, name, body });
      return viewLease(replaced, at);
    } catch (e) {
      if (statusOf(e) === 409) continue;
      return call(`update Lease ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
    }
  }
  throw new KubeRefusal('lease-held', `Lease ${namespace}/${name} kept changing while shadowgate tried to take it; another run is competing for it`);
}

/** Gives the Lease up (only if we still hold it) so the next run need not wait for expiry. */
export async function releaseLease(clients: KubeClients, namespace: string, name: string, holder: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await readLeaseOrUndefined(clients, namespace, name);
    if (!existing || existing.spec?.holderIdentity !== holder) return;
    const body: V1Lease = { ...existing, spec: { ...existing.spec, holderIdentity: undefined, renewTime: undefined, acquireTime: undefined } };
    try {
      await clients.coordination.replaceNamespacedLease({ namespace, name, body });
      return;
    } catch (e) {
      if (statusOf(e) === 409) continue;
      await call(`release Lease ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
    }
  }
}

export async function readLeaseOrUndefined(clients: KubeClients, namespace: string, name: string): Promise<V1Lease | undefined> {
  return call(
    `read Lease ${namespace}/${name}`,
    async () => {
      try {
        return await clients.coordination.readNamespacedLease({ namespace, name });
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    },
    { clients },
  );
}
