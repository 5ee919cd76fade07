import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import { call, type KubeClients } from './client.ts';

export interface ReadinessVerdict {
  ready: boolean;
  /** Why not, in words an operator acts on. */
  reasons: string[];
}

/**
 * A Deployment is ready to take all traffic when the controller has seen its latest spec, every desired
 * replica is updated and available, no old replica is left, and none of its pods is terminating.
 */
export function deploymentReadiness(deployment: V1Deployment, pods: readonly V1Pod[] = []): ReadinessVerdict {
  const name = deployment.metadata?.name ?? '?';
  const reasons: string[] = [];
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  const desired = deployment.spec?.replicas ?? 1;
  if ((status.observedGeneration ?? 0) < generation) {
    reasons.push(`${name}: rollout not observed yet (observedGeneration ${status.observedGeneration ?? 0} < generation ${generation})`);
  }
  if (desired === 0) reasons.push(`${name}: scaled to 0 replicas`);
  const updated = status.updatedReplicas ?? 0;
  const available = status.availableReplicas ?? 0;
  const total = status.replicas ?? 0;
  if (updated < desired) reasons.push(`${name}: ${updated}/${desired} replicas updated`);
  if (available < desired) reasons.push(`${name}: ${available}/${desired} replicas available`);
  if (total > desired) reasons.push(`${name}: ${total - desired} old replica(s) still present`);
  // Newer API servers report pods being deleted directly (DeploymentReplicaSetTerminatingReplicas).
  const terminatingReported = (status as { terminatingReplicas?: number }).terminatingReplicas ?? 0;
  const terminatingPods = pods.filter((p) => p.metadata?.deletionTimestamp).length;
  const terminating = Math.max(terminatingReported, terminatingPods);
  if (terminating > 0) reasons.push(`${name}: ${terminating} pod(s) terminating`);
  const unavailable = status.conditions?.find((c) => c.type === 'Progressing' && c.status === 'False');
  if (unavailable) reasons.push(`${name}: ${unavailable.reason ?? 'not progressing'}${unavailable.message ? ` — ${unavailable.message}` : ''}`);
  return { ready: reasons.length === 0, reasons };
}

function selectorString(deployment: V1Deployment): string | undefined {
  const labels = deployment.spec?.selector?.matchLabels;
  if (!labels || Object.keys(labels).length === 0) return undefined;
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** Reads the slot's Deployments and their pods and judges them together. */
export async function slotReadiness(
  clients: KubeClients,
  namespace: string,
  deploymentNames: readonly string[],
): Promise<ReadinessVerdict & { deployments: V1Deployment[] }> {
  const deployments = await Promise.all(
    deploymentNames.map((name) => call(`read Deployment ${namespace}/${name}`, () => clients.apps.readNamespacedDeployment({ namespace, name }), { clients })),
  );
  const verdicts = await Promise.all(
    deployments.map(async (deployment) => {
      const labelSelector = selectorString(deployment);
      const pods = labelSelector
        ? (
            await call(`list Pods of ${namespace}/${deployment.metadata?.name}`, () => clients.core.listNamespacedPod({ namespace, labelSelector }), {
              clients,
            })
          ).items
        : [];
      return deploymentReadiness(deployment, pods);
    }),
  );
  const reasons = verdicts.flatMap((v) => v.reasons);
  return { ready: reasons.length === 0, reasons, deployments };
}
