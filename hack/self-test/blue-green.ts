// A blue-green service for the self-test workflow's promote / rollback job, on a real kube-apiserver + etcd:
// blue live and green idle (both ready) in a fresh namespace where the `shadowgate-ci` user holds the
// shipped Role (deploy/rbac/role.yaml), each slot a real model server on loopback. The cluster and the model
// servers live in this process until SIGINT/SIGTERM; the same set-up the Kubernetes end-to-end tests use
// (test/kube/support, test/kube-e2e/support).
//
//   node hack/self-test/blue-green.ts --dir DIR [--urls-file FILE]
//
// Writes the service repository (shadowgate.yaml with its deploy: section, prompts, dataset) into DIR and
// prints, once ready, KUBECONFIG=<the restricted user's kubeconfig> and SHADOWGATE_SELF_TEST_NAMESPACE=…,
// also appended to --urls-file (in a workflow: "$GITHUB_ENV").
import { appendFileSync, cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBinaries, startCluster } from '../../test/kube/support/cluster.ts';
import { adminClients } from '../../test/kube/support/fixtures.ts';
import { blueGreenService } from '../../test/kube-e2e/support/e2e.ts';
import type { ModelServer } from '../../test/support/model-servers.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, 'urls-file': { type: 'string' } } });
if (!values.dir) {
  process.stderr.write('usage: node hack/self-test/blue-green.ts --dir DIR [--urls-file FILE]\n');
  process.exit(2);
}

ensureBinaries();
const cluster = await startCluster();
const servers: ModelServer[] = [];
const stop = async () => {
  await Promise.allSettled(servers.map((s) => s.close()));
  await cluster.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const service = await blueGreenService(adminClients(cluster.adminKubeconfig), servers);
const dir = resolve(values.dir);
mkdirSync(dir, { recursive: true });
cpSync(service.repo.root, dir, { recursive: true });
const lines = `KUBECONFIG=${cluster.restrictedKubeconfig}\nSHADOWGATE_SELF_TEST_NAMESPACE=${service.namespace}\n`;
if (values['urls-file']) appendFileSync(values['urls-file'], lines);
process.stdout.write(lines);
