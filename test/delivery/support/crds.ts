// Installs the real Gateway API standard-channel CRDs and Istio's CRDs (fetched by hack/crds/ensure.sh as
// Go modules, never committed) into the test API server, so every route object is checked by their
// schemas and CEL rules.
import { spawnSync } from 'node:child_process';
import { request, type RequestOptions } from 'node:https';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiextensionsV1Api, type V1CustomResourceDefinition } from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import type { KubeClients } from '../../../src/kube/client.ts';
import { REPO } from '../../kube/support/cluster.ts';

export function ensureCrds(): { gatewayApi: string; istio: string } {
  const r = spawnSync(join(REPO, 'hack/crds/ensure.sh'), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`hack/crds/ensure.sh failed:\n${r.stderr}`);
  const lines = Object.fromEntries(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
  return { gatewayApi: lines['gateway-api']!, istio: lines.istio! };
}

function crdsIn(text: string): V1CustomResourceDefinition[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as { kind?: string } | null)
    .filter((o): o is V1CustomResourceDefinition & { kind: string } => o?.kind === 'CustomResourceDefinition');
}

/**
 * POSTs the CRD as written. The typed client's serializer keeps only the fields it models under their
 * generated names, which would silently drop keys such as x-kubernetes-validations (the CEL rules).
 */
async function createRaw(admin: KubeClients, crd: V1CustomResourceDefinition): Promise<void> {
  const url = new URL('/apis/apiextensions.k8s.io/v1/customresourcedefinitions', admin.server);
  const options: RequestOptions = { method: 'POST', headers: { 'content-type': 'application/json' } };
  await admin.config.applyToHTTPSOptions(options);
  const body = JSON.stringify(crd);
  await new Promise<void>((resolve, reject) => {
    const req = request(url, options, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () =>
        res.statusCode === 201 ? resolve() : reject(new Error(`create CRD ${crd.metadata?.name}: HTTP ${res.statusCode}: ${text.slice(0, 500)}`)),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function installCrds(admin: KubeClients, which: { gatewayApi?: boolean; istio?: boolean } = { gatewayApi: true, istio: true }): Promise<void> {
  const paths = ensureCrds();
  const api = admin.config.makeApiClient(ApiextensionsV1Api);
  const crds: V1CustomResourceDefinition[] = [];
  if (which.gatewayApi) {
    for (const file of readdirSync(paths.gatewayApi)
      .filter((f) => f.endsWith('.yaml'))
      .sort())
      crds.push(...crdsIn(readFileSync(join(paths.gatewayApi, file), 'utf8')));
  }
  // Only the networking group: the file's extensions.istio.io TrafficExtension CRD has a status field without
  // a type, which kube-apiserver 1.34 rejects; the routers need VirtualService and DestinationRule only.
  if (which.istio) crds.push(...crdsIn(readFileSync(paths.istio, 'utf8')).filter((c) => c.spec.group === 'networking.istio.io'));
  for (const crd of crds) await createRaw(admin, crd);
  const names = new Set(crds.map((c) => c.metadata!.name!));
  const deadline = Date.now() + 60_000;
  while (names.size > 0) {
    if (Date.now() > deadline) throw new Error(`CRDs not established: ${[...names].join(', ')}`);
    for (const name of [...names]) {
      const crd = await api.readCustomResourceDefinition({ name });
      if (crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True')) names.delete(name);
    }
    if (names.size) await new Promise((r) => setTimeout(r, 200));
  }
}
