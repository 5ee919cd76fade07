// promote's own requests (warm-up, smoke, watch) go through the same address check as the PR replay, and the
// ids a promotion records are the content ids `shadowgate lock` writes. Through dist/cli.js, as the restricted
// user, against a real kube-apiserver and loopback model servers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ensureBinaries } from '../kube/support/cluster.ts';
import {
  blueGreenService,
  cliAs,
  liveState,
  MODEL_ID,
  MODEL_VERSION,
  runActionStep,
  runnerEnv,
  shown,
  skipWithoutBundle,
  stdoutJson,
  tempDir,
  useE2eCluster,
} from './support/e2e.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

describe('promote: destinations checked, ids recorded', { skip: skipWithoutBundle }, () => {
  const e2e = useE2eCluster();

  test('a slot URL on the cloud metadata address is refused at its line before the lease or any request: exit 2', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers, {});
    const manifest = readFileSync(join(s.repo.root, 'shadowgate.yaml'), 'utf8').replace(s.green.url, 'http://169.254.169.254/v1');
    s.repo.write('shadowgate.yaml', manifest);
    const before = await liveState(e2e.admin, s.namespace, 'chat');
    const cli = cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo);

    const run = await cli(['promote', '--run-id', 'e2e-metadata', '--out', join(tempDir('sg-kube-e2e-out-'), 'r')]);
    assert.equal(run.code, 2, shown(run));
    const error =
      /^error: shadowgate\.yaml:(\d+):\d+: green: 169\.254\.169\.254 is a metadata address, refused unless the workflow names that address in allowed-endpoints; cloud metadata services and link-local addresses are never called by accident$/m.exec(
        run.stderr,
      );
    assert.ok(error, shown(run));
    assert.match(manifest.split('\n')[Number(error[1]) - 1] ?? '', /url: http:\/\/169\.254\.169\.254\/v1/, 'the error names the line of the slot url');
    // Before the refusal, the log lists where requests would have gone and with which credential.
    assert.match(
      run.stderr,
      /warm-up, smoke and watch requests will go to:\n\s+blue\s+http:\/\/127\.0\.0\.1:\d+\/v1 — no credential — allowed by deploy\.slots\.blue\.url \(shadowgate\.yaml:\d+\)\n\s+green\s+http:\/\/169\.254\.169\.254\/v1/,
    );

    const after = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(after.resourceVersion, before.resourceVersion, 'the Service was not written');
    assert.equal(after.leaseHolder, undefined, 'no lease was taken');
    assert.equal(s.blue.count + s.green.count, 0, 'no request was sent to either slot');

    // Naming another IP does not open this one.
    const other = await cli([
      'promote',
      '--run-id',
      'e2e-metadata-2',
      '--allowed-endpoints',
      '169.254.169.253',
      '--out',
      join(tempDir('sg-kube-e2e-out-'), 'r'),
    ]);
    assert.equal(other.code, 2, shown(other));
    assert.match(other.stderr, /green: 169\.254\.169\.254 is a metadata address, refused/);
    assert.equal((await liveState(e2e.admin, s.namespace, 'chat')).leaseHolder, undefined);
  });

  test("the ids a promotion records are the lock's; status names them on the live slot, rollback says what it undoes", async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers, {});
    const cli = cliAs(e2e.cluster, 'restrictedKubeconfig', s.repo);
    const locked = await cli(['lock']);
    assert.equal(locked.code, 0, shown(locked));
    const lock = JSON.parse(readFileSync(join(s.repo.root, 'shadowgate.lock'), 'utf8')) as {
      surfaces: Record<'model' | 'prompt' | 'tools' | 'context', string>;
    };
    const short = (id: string) => id.slice(0, 12);
    const expected = {
      model: `${MODEL_ID}@${MODEL_VERSION}`,
      modelId: short(lock.surfaces.model),
      prompt: short(lock.surfaces.prompt),
      tools: short(lock.surfaces.tools),
      context: short(lock.surfaces.context),
    };

    const promoted = await cli(['promote', '--run-id', 'e2e-ids', '--out', join(tempDir('sg-kube-e2e-out-'), 'r')]);
    assert.equal(promoted.code, 0, shown(promoted));
    const [entry] = (await liveState(e2e.admin, s.namespace, 'chat')).history;
    assert.deepEqual({ model: entry?.model, modelId: entry?.modelId, prompt: entry?.prompt, tools: entry?.tools, context: entry?.context }, expected);

    const status = await cli(['status']);
    assert.equal(status.code, 0, shown(status));
    const result = stdoutJson<{ slots: Record<string, { live: boolean; ids?: Record<string, string> }> }>(status);
    assert.deepEqual(result.slots.green, { live: true, ids: expected, recordedBy: entry?.id, at: entry?.at });
    assert.deepEqual(result.slots.blue, { live: false });
    assert.ok(
      status.stderr.includes(
        `slot green (live): model ${expected.model} [${expected.modelId}], prompt ${expected.prompt}, tools ${expected.tools}, context ${expected.context} — recorded by ${entry?.id}`,
      ),
      shown(status),
    );
    assert.ok(status.stderr.includes('slot blue: ids unknown — no flip onto blue with ids is in the history'), shown(status));

    const back = await cli(['rollback', '--run-id', 'e2e-ids-undo']);
    assert.equal(back.code, 0, shown(back));
    const undone = stdoutJson<{ changed: boolean; to: string; undoes?: Record<string, string>; restores?: unknown }>(back);
    assert.deepEqual([undone.changed, undone.to], [true, 'blue']);
    assert.deepEqual(undone.undoes, expected, 'the result names the ids taken off');
    assert.equal(undone.restores, undefined, 'blue was never promoted by shadowgate: its ids are unknown');
    assert.match(back.stderr, /brings back on blue: ids unknown/);
  });

  test('in the action: status names the ids on each slot; a metadata slot URL fails promote with an annotation on its line', async () => {
    const s = await blueGreenService(e2e.admin, e2e.servers, {});
    const env = { ...runnerEnv('8301', s.repo.root), KUBECONFIG: e2e.cluster.restrictedKubeconfig };
    const promoted = await runActionStep({ command: 'promote' }, env);
    assert.equal(promoted.code, 0, shown(promoted));
    const status = await runActionStep({ command: 'status' }, { ...env, GITHUB_RUN_ID: '8302' });
    assert.equal(status.code, 0, shown(status));
    assert.equal(status.outputs['live-slot'], 'green');
    assert.match(
      status.stdout,
      new RegExp(
        `^slot green \\(live\\): model ${MODEL_ID}@${MODEL_VERSION} \\[[0-9a-f]{12}\\], prompt [0-9a-f]{12}, tools [0-9a-f]{12}, context [0-9a-f]{12} — recorded by acme/support-bot/8301-1#promote@`,
        'm',
      ),
      shown(status),
    );

    const other = await blueGreenService(e2e.admin, e2e.servers, {});
    const manifest = readFileSync(join(other.repo.root, 'shadowgate.yaml'), 'utf8').replace(other.green.url, 'http://169.254.169.254/v1');
    other.repo.write('shadowgate.yaml', manifest);
    const refused = await runActionStep({ command: 'promote' }, { ...runnerEnv('8303', other.repo.root), KUBECONFIG: e2e.cluster.restrictedKubeconfig });
    assert.equal(refused.code, 1, shown(refused));
    const annotation =
      /^::error file=shadowgate\.yaml,line=(\d+)(?:,col=\d+)?::(?:shadowgate\.yaml:\d+:\d+: )?green: 169\.254\.169\.254 is a metadata address, refused/m.exec(
        refused.stdout,
      );
    assert.ok(annotation, shown(refused));
    assert.match(manifest.split('\n')[Number(annotation[1]) - 1] ?? '', /169\.254\.169\.254/);
    const after = await liveState(e2e.admin, other.namespace, 'chat');
    assert.deepEqual([after.slot, after.history.length, after.leaseHolder], ['blue', 0, undefined]);
    assert.equal(other.blue.count + other.green.count, 0, 'no request was sent');
  });

  test('in the action: the model credential is masked before promote sends it, and appears in no other output', async () => {
    const marker = 'sk-kube-e2e-marker-3c9d0e71';
    const s = await blueGreenService(e2e.admin, e2e.servers, {});
    s.repo.write(
      'shadowgate.yaml',
      readFileSync(join(s.repo.root, 'shadowgate.yaml'), 'utf8').replace('  params:', '  auth: { env: SUPPORT_MODEL_KEY }\n  params:'),
    );
    const env = { ...runnerEnv('8401', s.repo.root), KUBECONFIG: e2e.cluster.restrictedKubeconfig, SUPPORT_MODEL_KEY: marker };
    const run = await runActionStep({ command: 'promote' }, env);
    assert.equal(run.code, 0, shown(run));
    const lines = run.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${marker}`);
    assert.ok(mask >= 0, shown(run));
    assert.ok(mask < lines.findIndex((l) => /warm-up: p95 settled/.test(l)), 'masked before the warm-up');
    assert.deepEqual(
      lines.filter((l, i) => i !== mask && l.includes(marker)),
      [],
      'the value appears only in the mask command',
    );
    assert.equal(run.stderr.includes(marker), false);
    // And it did go where it is meant to: both slots (the warm-up and smoke requests) received it.
    for (const server of [s.blue, s.green])
      assert.ok(server.requests.length > 0 && server.requests.every((r) => r.headers.authorization === `Bearer ${marker}`));
  });
});
