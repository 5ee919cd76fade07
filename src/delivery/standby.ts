// Standby scaling (`deploy.standby`): two full GPU slots double the bill, so the idle slot is kept at a
// minimum and scaled up to the live slot's size only when it is about to take traffic — before promote's
// warm-up, and before a rollback flips back to it (which is then no longer sub-second: the result says how
// long it took). Scaling goes through each Deployment's scale subresource.
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { call, type KubeClients } from '../kube/client.ts';
import type { DeployConfig, SlotName } from './deploy-config.ts';
import { slotReadiness } from '../kube/readiness.ts';
import { KubeRefusal } from '../kube/refusal.ts';

export interface StandbySettings {
  /** Replicas the old slot keeps once the rollback window has passed (0 allowed). */
  minReplicas: number;
  /** How long after a successful watch window the old slot stays at full size, ready for a sub-second rollback. */
  rollbackWindowSeconds: number;
  /** How long a slot scaled up may take to become ready before the command gives up. */
  readyTimeoutSeconds: number;
}

/** spec.replicas of each Deployment of a slot (absent = 1, as Kubernetes defaults it). */
export async function slotReplicas(clients: KubeClients, namespace: string, names: readonly string[]): Promise<number[]> {
  return Promise.all(
    names.map(async (name) => {
      const d = await call(`read Deployment ${namespace}/${name}`, () => clients.apps.readNamespacedDeployment({ namespace, name }), { clients });
      return d.spec?.replicas ?? 1;
    }),
  );
}

async function scaleDeployment(clients: KubeClients, namespace: string, name: string, replicas: number): Promise<void> {
  await call(
    `scale Deployment ${namespace}/${name}`,
    () =>
      clients.apps.patchNamespacedDeploymentScale(
        { namespace, name, body: { spec: { replicas } }, fieldManager: 'shadowgate' },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      ),
    { clients, attempts: 1 },
  );
}

export interface ScaleUp {
  slot: SlotName;
  /** Replicas before and after, per Deployment of the slot. */
  from: number[];
  to: number[];
  /** From the first scale request until the slot was ready. */
  ms: number;
}

/**
 * Scales `slot` up to the size of `like` (Deployment by Deployment, in the order the manifest lists them) and
 * waits until it is ready. Undefined when it already was that size. A slot not ready within
 * readyTimeoutSeconds is a `not-ready` refusal: traffic has not moved.
 */
export async function scaleUpLike(
  clients: KubeClients,
  config: DeployConfig,
  slot: SlotName,
  like: SlotName,
  opts: { settings: StandbySettings; sleep?: (ms: number) => Promise<void>; log: { info(m: string): void } },
): Promise<ScaleUp | undefined> {
  const names = config.slots[slot].deployments;
  const [current, reference] = await Promise.all([
    slotReplicas(clients, config.namespace, names),
    slotReplicas(clients, config.namespace, config.slots[like].deployments),
  ]);
  const wanted = names.map((_, i) => Math.max(current[i]!, reference[i] ?? reference.at(-1)!));
  if (wanted.every((w, i) => w === current[i])) return undefined;
  const started = performance.now();
  opts.log.info(`standby: scaling ${slot} (${names.join(', ')}) from ${current.join('/')} to ${wanted.join('/')} replica(s), the size of ${like}`);
  for (const [i, name] of names.entries()) if (wanted[i] !== current[i]) await scaleDeployment(clients, config.namespace, name, wanted[i]!);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pollMs = 250;
  const polls = Math.max(1, Math.ceil((opts.settings.readyTimeoutSeconds * 1000) / pollMs));
  let reasons: string[] = [];
  for (let i = 0; i <= polls; i++) {
    const readiness = await slotReadiness(clients, config.namespace, names);
    if (readiness.ready) {
      const ms = performance.now() - started;
      opts.log.info(`standby: ${slot} ready at ${wanted.join('/')} replica(s) after ${(ms / 1000).toFixed(1)} s`);
      return { slot, from: current, to: wanted, ms };
    }
    reasons = readiness.reasons;
    if (i < polls) await sleep(pollMs);
  }
  throw new KubeRefusal(
    'not-ready',
    `${slot} was scaled up to ${wanted.join('/')} replica(s) but is not ready after ${opts.settings.readyTimeoutSeconds} s (${reasons.join('; ')}); traffic has not moved`,
    undefined,
    'check the slot (GPU capacity, image pulls, model load) and run again; deploy.standby.readyTimeoutSeconds sets the wait',
  );
}

/** Scales every Deployment of `slot` down to `replicas` (those already at or below it are left alone). */
export async function scaleDown(clients: KubeClients, config: DeployConfig, slot: SlotName, replicas: number): Promise<{ from: number[]; to: number[] }> {
  const names = config.slots[slot].deployments;
  const current = await slotReplicas(clients, config.namespace, names);
  const to = current.map((c) => Math.min(c, replicas));
  for (const [i, name] of names.entries()) if (to[i] !== current[i]) await scaleDeployment(clients, config.namespace, name, to[i]!);
  return { from: current, to };
}
