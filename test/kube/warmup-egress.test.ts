// Warm-up requests go through the egress address check on every connection, as the PR replay's do, and a
// server that echoes the credential into its error does not put it into the warm-up's reason. Real loopback
// model server; the destination is built as promote builds it from the deploy section.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { warmupSender } from '../../src/commands/kube.ts';
import { resolveSide } from '../../src/manifest/resolve.ts';
import { declaredDestination, parseAllowedEndpoints, type Destination } from '../../src/replay/egress.ts';
import { startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { jsonl, removeAll, tempRepo } from '../cli/helpers.ts';

const KEY_VAR = 'WARMUP_TEST_MODEL_KEY';
const KEY = 'sk-warmup-marker-5f0c2a9e';
const servers: ModelServer[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  removeAll();
  delete process.env[KEY_VAR];
});

async function setup(answer?: Parameters<typeof startOpenAIServer>[0]) {
  const server = await startOpenAIServer(answer);
  servers.push(server);
  const repo = tempRepo();
  repo.write(
    'shadowgate.yaml',
    [
      'version: 1',
      'service: warm',
      'model:',
      '  protocol: openai',
      `  endpoint: ${server.url}`,
      '  id: warm-model-2026-01-15',
      `  auth: { env: ${KEY_VAR} }`,
      'prompt:',
      '  user: prompts/user.md',
      'output:',
      '  kind: text',
      'shadow:',
      '  dataset: data/requests.jsonl',
      '',
    ].join('\n'),
  );
  repo.write('prompts/user.md', '{{ question }}\n');
  repo.write(
    'data/requests.jsonl',
    jsonl(3, (i) => ({ question: `q${i}` })),
  );
  process.env[KEY_VAR] = KEY;
  const side = await resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: 'shadowgate.yaml', repoRoot: repo.root, env: {} });
  const destination = declaredDestination({
    label: 'green',
    url: server.url.replace('127.0.0.1', 'localhost'),
    credential: KEY_VAR,
    by: 'deploy.slots.green.url',
  });
  return { server, repo, side, destination };
}

test('each warm-up connection is judged on the address the slot name resolves to', async () => {
  const { server, repo, side, destination } = await setup();
  const seen: string[] = [];
  const recording: Destination = {
    ...destination,
    checkAddress: (address) => {
      seen.push(address);
      return destination.checkAddress(address);
    },
  };
  const latency = await warmupSender(side, recording, repo.root).send();
  assert.ok(latency >= 0);
  assert.equal(server.count, 1);
  assert.ok(seen.length >= 1 && seen.every((a) => a === '127.0.0.1' || a === '::1'), `judged: ${seen.join(', ')}`);
});

test('a refused address sends nothing: the warm-up request fails, naming why', async () => {
  const { server, repo, side, destination } = await setup();
  const refusing: Destination = { ...destination, checkAddress: (address) => `green: ${address} is refused here` };
  await assert.rejects(
    warmupSender(side, refusing, repo.root).send(),
    /not sent: localhost resolves to (127\.0\.0\.1|::1): green: (127\.0\.0\.1|::1) is refused here/,
  );
  assert.equal(server.count, 0, 'no request reached the server');
});

test('a server echoing the credential into its error: the warm-up reason has it redacted', async () => {
  const { server, repo, side, destination } = await setup({
    answer: (_body, request) => ({ raw: { error: { message: `key ${String(request.headers.authorization)} is not valid here` } }, status: 401 }),
  });
  const error = await warmupSender(side, destination, repo.root)
    .send()
    .then(
      () => undefined,
      (e: Error) => e,
    );
  assert.ok(error, 'the warm-up request failed');
  assert.equal(server.count, 1);
  assert.match(error.message, /^http-4xx: HTTP 401: key Bearer \*\*\* is not valid here$/);
  assert.ok(!error.message.includes(KEY));
});

test('a slot URL on a metadata or link-local IP is refused unless allowed-endpoints names that IP', () => {
  const refused = declaredDestination({ label: 'green', url: 'http://169.254.169.254/v1', by: 'deploy.slots.green.url' });
  assert.equal(
    refused.checkAddress('169.254.169.254'),
    'green: 169.254.169.254 is a metadata address, refused unless the workflow names that address in allowed-endpoints',
  );
  assert.match(
    declaredDestination({ label: 'green', url: 'http://169.254.10.1:8080/', by: 'x' }).checkAddress('169.254.10.1') ?? '',
    /link-local address, refused/,
  );
  for (const ok of ['127.0.0.1', '10.1.2.3', '192.168.1.5', '8.8.8.8', '::1']) assert.equal(refused.checkAddress(ok), undefined, ok);

  const allowed = (entries: string[]) =>
    declaredDestination({ label: 'green', url: 'http://169.254.169.254/v1', by: 'x', allowed: parseAllowedEndpoints(entries) });
  assert.equal(allowed(['169.254.169.254']).checkAddress('169.254.169.254'), undefined, 'named by the workflow');
  assert.equal(allowed(['http://169.254.169.254']).checkAddress('169.254.169.254'), undefined, 'named as an origin');
  assert.match(allowed(['169.254.169.253']).checkAddress('169.254.169.254') ?? '', /refused/, 'another IP');
  assert.match(allowed(['http://169.254.169.254:8080']).checkAddress('169.254.169.254') ?? '', /refused/, 'another port: the entry does not match the URL');
  assert.match(allowed(['169.254.169.254']).checkAddress('169.254.169.253') ?? '', /refused/, 'only that very address');
});
