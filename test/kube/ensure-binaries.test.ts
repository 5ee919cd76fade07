// The envtest conventions: users who already have the binaries never trigger a build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO } from './support/cluster.ts';

async function folderWithBinaries(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sg-assets-'));
  for (const name of ['kube-apiserver', 'etcd', 'other-apiserver']) {
    await writeFile(join(dir, name), '#!/bin/sh\n');
    await chmod(join(dir, name), 0o755);
  }
  return dir;
}

function ensure(env: Record<string, string>) {
  // An empty cache folder: any build attempt would show up as "building" on stderr.
  const cache = join(tmpdir(), `sg-empty-cache-${process.pid}`);
  return spawnSync(join(REPO, 'hack/kube/ensure-binaries.sh'), { encoding: 'utf8', env: { ...process.env, SHADOWGATE_KUBE_BIN_CACHE: cache, ...env } });
}

test('KUBEBUILDER_ASSETS supplies both binaries without a build', async () => {
  const dir = await folderWithBinaries();
  const r = ensure({ KUBEBUILDER_ASSETS: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /building/);
  assert.equal(r.stdout, `apiserver=${dir}/kube-apiserver\netcd=${dir}/etcd\n`);
});

test('TEST_ASSET_KUBE_APISERVER and TEST_ASSET_ETCD win over KUBEBUILDER_ASSETS', async () => {
  const dir = await folderWithBinaries();
  const r = ensure({ KUBEBUILDER_ASSETS: '/nonexistent', TEST_ASSET_KUBE_APISERVER: join(dir, 'other-apiserver'), TEST_ASSET_ETCD: join(dir, 'etcd') });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /building/);
  assert.equal(r.stdout, `apiserver=${dir}/other-apiserver\netcd=${dir}/etcd\n`);
});
