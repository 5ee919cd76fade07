// Objects the kube tests create through the admin identity: namespace, the shipped Role, slot Deployments
// (status driven through the status subresource, since no controllers run) and the live Service.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RbacAuthorizationV1Api, type V1Deployment, type V1Role, type V1RoleBinding } from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import { connect, type KubeClients } from '../../../src/kube/client.ts';
import { REPO } from './cluster.ts';

export const SLOT_KEY = 'shadowgate.dev/slot';

export function adminClients(kubeconfig: string): KubeClients & { rbac: RbacAuthorizationV1Api } {
  const clients = connect({ kubeconfig });
  return { ...clients, rbac: clients.config.makeApiClient(RbacAuthorizationV1Api) };
}

let counter = 0;
/** A fresh namespace per test keeps cases independent on one API server. */
export async function freshNamespace(admin: KubeClients, prefix = 'sg'): Promise<string> {
  const name = `${prefix}-${process.pid}-${++counter}`;
  await admin.core.createNamespace({ body: { metadata: { name } } });
  return name;
}

/** Applies deploy/rbac/role.yaml exactly as shipped into the namespace. */
export async function applyShippedRole(admin: ReturnType<typeof adminClients>, namespace: string): Promise<void> {
  const docs = parseAllDocuments(readFileSync(join(REPO, 'deploy/rbac/role.yaml'), 'utf8'));
  if (!Array.isArray(docs)) throw new Error('role.yaml did not parse');
  for (const doc of docs) {
    const obj = doc.toJS() as { kind: string };
    if (obj.kind === 'Role') await admin.rbac.createNamespacedRole({ namespace, body: obj as V1Role });
    else if (obj.kind === 'RoleBinding') await admin.rbac.createNamespacedRoleBinding({ namespace, body: obj as V1RoleBinding });
    else throw new Error(`unexpected kind ${obj.kind} in role.yaml`);
  }
}

/** An LLM-safe Deployment for one slot. */
export function slotDeployment(name: string, slotValue: string, overrides: { replicas?: number } = {}): V1Deployment {
  const labels = { app: 'chat', [SLOT_KEY]: slotValue };
  return {
    metadata: { name, labels },
    spec: {
      replicas: overrides.replicas ?? 2,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 600,
          containers: [
            {
              name: 'model',
              image: 'example.invalid/model:1',
              ports: [{ containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
              startupProbe: { httpGet: { path: '/ready', port: 8080 }, failureThreshold: 60 },
              lifecycle: { preStop: { sleep: { seconds: 15 } } },
            },
          ],
        },
      },
    },
  };
}

/** Drives the Deployment's status through the status subresource, as the controller would. */
export async function setDeploymentStatus(
  admin: KubeClients,
  namespace: string,
  name: string,
  state: { available: number; observed?: boolean; updated?: number; total?: number },
): Promise<void> {
  const current = await admin.apps.readNamespacedDeployment({ namespace, name });
  const generation = current.metadata?.generation ?? 1;
  current.status = {
    observedGeneration: state.observed === false ? generation - 1 : generation,
    replicas: state.total ?? current.spec?.replicas ?? 1,
    updatedReplicas: state.updated ?? current.spec?.replicas ?? 1,
    readyReplicas: state.available,
    availableReplicas: state.available,
  };
  await admin.apps.replaceNamespacedDeploymentStatus({ namespace, name, body: current });
}

export interface BlueGreen {
  namespace: string;
  service: string;
  /** The raw `deploy:` section as a manifest would hold it. */
  deploy: Record<string, unknown>;
}

/** A fresh namespace holding the shipped Role (the restricted user's rights), with blueGreen in it. */
export async function restrictedBlueGreen(
  admin: ReturnType<typeof adminClients>,
  prefix = 'sg',
  opts: Parameters<typeof blueGreen>[2] = {},
): Promise<BlueGreen> {
  const namespace = await freshNamespace(admin, prefix);
  await applyShippedRole(admin, namespace);
  return blueGreen(admin, namespace, opts);
}

/** Blue (live) and green (idle) slots, both ready, and a Service selecting blue plus `app: chat`. */
export async function blueGreen(
  admin: KubeClients,
  namespace: string,
  opts: { extraSelector?: Record<string, string>; deploy?: Record<string, unknown>; greenReady?: boolean } = {},
): Promise<BlueGreen> {
  for (const [name, slot] of [
    ['chat-blue', 'blue'],
    ['chat-green', 'green'],
  ] as const) {
    await admin.apps.createNamespacedDeployment({ namespace, body: slotDeployment(name, slot) });
    const ready = slot === 'blue' || opts.greenReady !== false;
    await setDeploymentStatus(admin, namespace, name, { available: ready ? 2 : 1 });
  }
  const service = 'chat';
  await admin.core.createNamespacedService({
    namespace,
    body: {
      metadata: { name: service },
      spec: { selector: { app: 'chat', ...opts.extraSelector, [SLOT_KEY]: 'blue' }, ports: [{ port: 80, targetPort: 8080 }] },
    },
  });
  return {
    namespace,
    service,
    deploy: {
      namespace,
      service,
      slots: {
        blue: { selector: 'blue', deployments: ['chat-blue'], url: 'http://127.0.0.1:1/blue' },
        green: { selector: 'green', deployments: ['chat-green'], url: 'http://127.0.0.1:1/green' },
      },
      lease: { durationSeconds: 30 },
      warmup: { windowSize: 5, maxRequests: 50, maxSeconds: 10, marginPercent: 25, concurrency: 2 },
      watch: { seconds: 0.3, intervalSeconds: 0.05, maxFailures: 2 },
      ...opts.deploy,
    },
  };
}

export async function liveSelector(admin: KubeClients, namespace: string, service: string): Promise<Record<string, string>> {
  const svc = await admin.core.readNamespacedService({ namespace, name: service });
  return svc.spec?.selector ?? {};
}
