import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { status } from '../../src/delivery/blue-green.ts';

const deploy = { service: 'chat', slots: { blue: { selector: 'blue', deployments: ['b'] }, green: { selector: 'green', deployments: ['g'] } } };

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

test('an unreachable API server is a UserError naming the server, not a stack trace', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sg-kc-'));
  const kubeconfig = join(dir, 'config');
  const server = `https://127.0.0.1:${await closedPort()}`;
  await writeFile(
    kubeconfig,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'x',
      clusters: [{ name: 'x', cluster: { server, 'insecure-skip-tls-verify': true } }],
      users: [{ name: 'x', user: { token: 't' } }],
      contexts: [{ name: 'x', context: { cluster: 'x', user: 'x' } }],
    }),
  );
  await assert.rejects(status({ kubeconfig, deploy, manifestFile: 'shadowgate.yaml', log: memoryLog() }), (e: unknown) => {
    assert.ok(isUserError(e), String(e));
    assert.match(e.message, new RegExp(`cannot reach the Kubernetes API at ${server}`));
    return true;
  });
});

test('a missing kubeconfig file or context is a UserError', async () => {
  await assert.rejects(
    status({ kubeconfig: '/nonexistent/kubeconfig', deploy, manifestFile: 'm.yaml', log: memoryLog() }),
    (e: unknown) => isUserError(e) && /cannot load kubeconfig/.test(e.message) && e.location?.file === '/nonexistent/kubeconfig',
  );
  const dir = await mkdtemp(join(tmpdir(), 'sg-kc-'));
  const kubeconfig = join(dir, 'config');
  await writeFile(
    kubeconfig,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'x', cluster: { server: 'https://127.0.0.1:1' } }],
      users: [{ name: 'x', user: {} }],
      contexts: [{ name: 'x', context: { cluster: 'x', user: 'x' } }],
      'current-context': 'x',
    }),
  );
  await assert.rejects(
    status({ kubeconfig, context: 'prod', deploy, manifestFile: 'm.yaml', log: memoryLog() }),
    (e: unknown) => isUserError(e) && /no context "prod"/.test(e.message),
  );
});
