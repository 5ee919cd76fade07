// runShadow's checks before the replay, on the TypeScript sources: an unusable URL or an unset credential
// names the manifest line that sets it, comes before the dataset's errors, and nothing is sent.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runShadow, startResolving, type ShadowOptions } from '../../src/commands/shadow.ts';
import { UserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { lineOf, removeAll, tempDir, tempRepo, type Repo } from '../cli/helpers.ts';
import { manifestYaml, startSupportModel, writeService } from '../cli/json-service.ts';
import type { ModelServer } from '../support/model-servers.ts';

describe('runShadow: endpoints and credentials', () => {
  let server: ModelServer;
  before(async () => {
    server = await startSupportModel();
  });
  after(async () => {
    await server?.close();
    removeAll();
  });

  /** A service whose dataset has a bad line, so an error found before it proves its precedence. */
  function service(manifest: string): Repo {
    const repo = tempRepo();
    writeService(repo, server.url, 20);
    repo.write('shadowgate.yaml', manifest);
    repo.write('data/requests.jsonl', repo.read('data/requests.jsonl').replace('{"id":"r-004"', '{"id": "r-004",,'));
    return repo;
  }

  function options(repo: Repo, extra: Partial<ShadowOptions> = {}): ShadowOptions {
    return {
      manifestPath: 'shadowgate.yaml',
      baselineManifestPath: 'shadowgate.yaml',
      repoRoot: repo.root,
      outDir: join(tempDir(), 'report'),
      env: {},
      ...extra,
    };
  }

  /** The UserError runShadow fails with, after checking that no request was sent. */
  async function failure(run: Promise<unknown>): Promise<UserError> {
    const before = server.count;
    const error = await run.then(
      () => assert.fail('the run should fail'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof UserError, `a UserError, got ${String(error)}`);
    assert.equal(server.count, before, 'nothing is sent');
    return error;
  }

  /** file:line:col of the first occurrence of `value` in the file. */
  function at(repo: Repo, file: string, value: string) {
    const text = repo.read(file);
    const line = lineOf(text, value);
    return { file, line, column: (text.split('\n')[line - 1] ?? '').indexOf(value) + 1 };
  }

  test('the dataset error is what fails a run whose endpoints and credentials are fine', async () => {
    const repo = service(manifestYaml({ endpoint: server.url, auth: 'SG_SHADOW_MODEL_KEY' }));
    const error = await failure(runShadow(options(repo, { env: { SG_SHADOW_MODEL_KEY: 'sk-1' } }), memoryLog()));
    assert.equal(error.location?.file, 'data/requests.jsonl');
  });

  test('an unset model credential names the auth.env line of the manifest, before the dataset', async () => {
    const repo = service(manifestYaml({ endpoint: server.url, auth: 'SG_SHADOW_MODEL_KEY' }));
    const error = await failure(runShadow(options(repo), memoryLog()));
    assert.equal(error.message, `candidate: environment variable SG_SHADOW_MODEL_KEY (credential for ${server.url}) is not set`);
    assert.deepEqual(error.location, at(repo, 'shadowgate.yaml', 'SG_SHADOW_MODEL_KEY'));
    assert.equal(error.hint, 'set SG_SHADOW_MODEL_KEY in the environment (in a workflow: env: SG_SHADOW_MODEL_KEY: ${{ secrets.SG_SHADOW_MODEL_KEY }})');
  });

  test("the baseline's unset credential names the baseline's manifest", async () => {
    const repo = service(manifestYaml({ endpoint: server.url }));
    repo.write('baseline.yaml', manifestYaml({ endpoint: server.url, auth: 'SG_SHADOW_BASE_KEY' }));
    const error = await failure(runShadow(options(repo, { baselineManifestPath: 'baseline.yaml' }), memoryLog()));
    assert.match(error.message, /^baseline: environment variable SG_SHADOW_BASE_KEY .*is not set$/);
    assert.deepEqual(error.location, at(repo, 'baseline.yaml', 'SG_SHADOW_BASE_KEY'));
  });

  test('an unset embeddings credential names the shadow.embeddings.auth.env line, before the dataset', async () => {
    const embeddings = ['  embeddings:', `    endpoint: ${server.url}/v1`, '    model: emb-1', '    auth:', '      env: SG_SHADOW_EMBED_KEY'].join('\n');
    const repo = service(manifestYaml({ endpoint: server.url, extra: embeddings }));
    const error = await failure(runShadow(options(repo), memoryLog()));
    assert.equal(error.message, `embeddings: environment variable SG_SHADOW_EMBED_KEY (credential for ${server.url}/v1) is not set`);
    assert.deepEqual(error.location, at(repo, 'shadowgate.yaml', 'SG_SHADOW_EMBED_KEY'));
  });

  test('an endpoint URL that is not usable http(s) names its manifest line and column, before the dataset', async () => {
    // The schema's pattern refuses other schemes; a port out of range passes it and is caught when the endpoint is built.
    for (const [url, says] of [
      ['ftp://models.example/v1', /must be an http:\/\/ or https:\/\/ URL/],
      ['http://models.example:99999/v1', /^candidate: endpoint "http:\/\/models\.example:99999\/v1" is not a valid URL$/],
    ] as const) {
      const repo = service(manifestYaml({ endpoint: url }));
      const error = await failure(runShadow(options(repo), memoryLog()));
      assert.match(error.message, says);
      assert.deepEqual(error.location, at(repo, 'shadowgate.yaml', url));
    }
    const embeddings = ['  embeddings:', '    endpoint: http://embed.example:99999/v1', '    model: emb-1'].join('\n');
    const repo = service(manifestYaml({ endpoint: server.url, extra: embeddings }));
    const error = await failure(runShadow(options(repo), memoryLog()));
    assert.match(error.message, /^embeddings: endpoint .* is not a valid URL$/);
    assert.deepEqual(error.location, at(repo, 'shadowgate.yaml', 'http://embed.example:99999/v1'));
  });
});

describe('runShadow: sides resolved beforehand', () => {
  after(removeAll);

  test('are used as given: not resolved again, and their error is the run error', async () => {
    const repo = tempRepo();
    writeService(repo, 'http://127.0.0.1:9/v1', 5);
    repo.write('shadowgate.yaml', manifestYaml({ endpoint: 'http://127.0.0.1:9/v1', auth: 'SG_SHADOW_SIDES_KEY' }));
    const base = { manifestPath: 'shadowgate.yaml', baselineManifestPath: 'shadowgate.yaml', repoRoot: repo.root, outDir: tempDir(), env: {} };
    const sides = startResolving(base);
    const candidate = await sides.candidate;
    await sides.baseline;
    // The manifest is gone: only the sides passed in can get the run as far as the credential check.
    repo.remove('shadowgate.yaml');
    await assert.rejects(runShadow({ ...base, sides }, memoryLog()), /SG_SHADOW_SIDES_KEY .*is not set/);

    const broken = new UserError('manifest broken at the base ref', { file: 'shadowgate.yaml', line: 3 });
    await assert.rejects(runShadow({ ...base, sides: { candidate, baseline: Promise.reject(broken) } }, memoryLog()), (e: unknown) => e === broken);
  });
});

describe('runShadow: a run the deadline stops', () => {
  let server: ModelServer;
  before(async () => {
    // 300 ms per answer at concurrency 8: 200 requests would take ~7.5 s, the deadline is 1 s.
    server = await startSupportModel({ latencyMs: 300, keepRequests: false });
  });
  after(async () => {
    await server?.close();
    removeAll();
  });

  test('still writes its reports, over what completed, marked partial with the reason', async () => {
    const repo = tempRepo();
    writeService(repo, server.url, 100);
    repo.write('shadowgate.yaml', manifestYaml({ endpoint: server.url, extra: '  deadlineSeconds: 1' }));
    const out = join(tempDir(), 'report');
    const result = await runShadow(
      { manifestPath: 'shadowgate.yaml', baselineManifestPath: 'shadowgate.yaml', repoRoot: repo.root, outDir: out, env: {} },
      memoryLog(),
    );
    const replay = result.report.replay;
    assert.deepEqual(replay.interrupted, { by: 'deadline', reason: 'the overall deadline of 1 s passed' });
    assert.ok(replay.ok > 0 && (replay.failed.deadline ?? 0) > 0, JSON.stringify(replay));
    assert.equal(replay.ok + (replay.failed.deadline ?? 0), replay.requests);
    assert.match(result.summaryLine, /\(partial: the overall deadline of 1 s passed\)/);
    const { readFileSync } = await import('node:fs');
    assert.match(readFileSync(result.paths.markdown, 'utf8'), /Partial report: the replay stopped early — the overall deadline of 1 s passed/);
    assert.deepEqual(JSON.parse(readFileSync(result.paths.json, 'utf8')).replay.interrupted, replay.interrupted);
    assert.match(readFileSync(result.paths.html, 'utf8'), /Partial report: the replay stopped early/);
  });
});
