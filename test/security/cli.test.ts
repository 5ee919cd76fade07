// The attacks of a pull request's manifest, through the real CLI process (dist/cli.js) with the runner's
// secret variables set to marker values and a tripwire that stops and records any attempt to reach a
// non-loopback address: each attack is refused before anything is sent (or sent without the secret),
// the error names the manifest line, and no marker or credential value appears in any output.
// Legitimate set-ups — a self-hosted model on a loopback/private address declared by the base branch,
// a preview slot given by the workflow, a host the workflow allows — keep working.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ModelServer } from '../support/model-servers.ts';
import { errorLines, lineOf, readJsonReport, removeAll, runCli, shown, skipWithoutBundle, tempDir, type CliRun, type Repo } from '../cli/helpers.ts';
import { manifestYaml as serviceManifest, startSupportModel, serviceRepo } from '../cli/json-service.ts';
import { leaks, ownRequests, RUNNER_MARKERS, taggedModel, tripwire } from './guarded-run.ts';

const RECORDS = 24;
const MODEL_KEY = 'sk-model-key-marker-4e19c2';
const PREVIEW_KEY = 'sk-preview-key-marker-77d0aa';
const SECRETS = [...Object.values(RUNNER_MARKERS), MODEL_KEY, PREVIEW_KEY];
/** The model id of this file's manifests: the servers count only requests carrying it. */
const MODEL_ID = taggedModel();
const manifestYaml = (options: Parameters<typeof serviceManifest>[0]): string => serviceManifest(options).replace('id: support-model-1', `id: ${MODEL_ID}`);

describe('a pull request cannot choose where secrets and recorded data go (CLI)', { skip: skipWithoutBundle }, () => {
  let model: ModelServer;
  let other: ModelServer;

  before(async () => {
    model = ownRequests(await startSupportModel(), MODEL_ID);
    other = ownRequests(await startSupportModel(), MODEL_ID);
  });
  after(async () => {
    await model?.close();
    await other?.close();
    removeAll();
  });

  /** A repo whose base commit declares `base` and whose working tree (the candidate) has `candidate`. */
  function service(base: string, candidate: string): Repo {
    return serviceRepo(model.url, RECORDS, { base: (r) => r.write('shadowgate.yaml', base), head: (r) => r.write('shadowgate.yaml', candidate) });
  }

  interface GuardedRun extends CliRun {
    out: string;
    trips: string[];
  }

  async function run(repo: Repo, args: string[] = [], options: { hosts?: Record<string, string[]>; env?: Record<string, string> } = {}): Promise<GuardedRun> {
    const wire = tripwire(options.hosts);
    const out = join(tempDir(), 'report');
    const result = await runCli(['shadow', '--base-ref', 'HEAD', '--out', out, '--fail-on', 'never', ...args], {
      cwd: repo.root,
      env: { ...RUNNER_MARKERS, OPENAI_API_KEY: MODEL_KEY, PREVIEW_KEY, ...wire.env, ...options.env },
    });
    return { ...result, out, trips: wire.trips() };
  }

  /** Nothing left the machine, and no secret is in stdout, stderr or the report folder. */
  function assertContained(result: GuardedRun): void {
    assert.deepEqual(result.trips, [], `no attempt to reach a non-loopback address\n${shown(result)}`);
    assert.deepEqual(leaks(SECRETS, { stdout: result.stdout, stderr: result.stderr }, [result.out]), []);
  }

  /** Exit 2 with one error line starting at file:line, nothing sent to either server, no report. */
  function assertRefused(result: GuardedRun, at: string, says: RegExp, sent: { model: number; other: number }): void {
    assert.equal(result.code, 2, shown(result));
    const { errors, stackTrace } = errorLines(result.stderr);
    assert.equal(errors.length, 1, shown(result));
    assert.ok(errors[0]?.startsWith(`error: ${at}:`), `the error names ${at}: ${errors[0]}`);
    assert.match(errors[0] ?? '', says);
    assert.equal(stackTrace, false);
    assert.equal(model.count, sent.model, 'the base model server received nothing');
    assert.equal(other.count, sent.other, 'the other server received nothing');
    assert.equal(existsSync(result.out), false, 'no report is written');
    assertContained(result);
  }

  const counts = () => ({ model: model.count, other: other.count });

  test('auth.env naming a runner or action variable is refused at its line', async () => {
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN']) {
      const candidate = manifestYaml({ endpoint: model.url, auth: name });
      const repo = service(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate);
      const sent = counts();
      const result = await run(repo);
      assertRefused(
        result,
        `shadowgate.yaml:${lineOf(candidate, `env: ${name}`)}`,
        new RegExp(`model\\.auth\\.env names ${name}, a variable of the CI runner`),
        sent,
      );
    }
  });

  test("the issue's attack — endpoint moved to another host, runtime token as the credential — sends nothing", async () => {
    // Not even the reserved name gets past: the manifest is refused as it loads.
    const candidate = manifestYaml({ endpoint: other.url, auth: 'ACTIONS_RUNTIME_TOKEN' });
    const sent = counts();
    const result = await run(service(manifestYaml({ endpoint: model.url }), candidate));
    assertRefused(result, `shadowgate.yaml:${lineOf(candidate, 'env: ACTIONS_RUNTIME_TOKEN')}`, /ACTIONS_RUNTIME_TOKEN/, sent);
  });

  test('an endpoint moved to another host (another port of loopback, too) is refused at the endpoint line, with or without a credential', async () => {
    for (const auth of ['OPENAI_API_KEY', undefined]) {
      const candidate = manifestYaml({ endpoint: other.url, ...(auth ? { auth } : {}) });
      const sent = counts();
      const result = await run(service(manifestYaml({ endpoint: model.url, ...(auth ? { auth } : {}) }), candidate));
      assertRefused(
        result,
        `shadowgate.yaml:${lineOf(candidate, 'endpoint:')}`,
        /model\.endpoint http:\/\/127\.0\.0\.1:\d+\/v1 is not an allowed destination/,
        sent,
      );
      assert.ok(result.stderr.includes(`Allowed: ${new URL(model.url).origin} (the base branch`), result.stderr);
    }
  });

  test('a header that picks another server behind the same address (Host, X-Forwarded-Host) is refused at its line', async () => {
    for (const header of ['Host', 'X-Forwarded-Host']) {
      const candidate = manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }).replace(
        '  params:\n',
        `  headers:\n    ${header}: collector.example\n  params:\n`,
      );
      const sent = counts();
      const result = await run(service(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate));
      assertRefused(
        result,
        `shadowgate.yaml:${lineOf(candidate, `${header}: collector.example`)}`,
        new RegExp(`model\\.headers\\.${header}: the ${header} header chooses which server answers`),
        sent,
      );
    }
  });

  test('a candidate endpoint on a cloud metadata address is refused before any connection', async () => {
    for (const endpoint of ['http://169.254.169.254/latest', 'http://[fd00:ec2::254]/latest']) {
      const candidate = manifestYaml({ endpoint, auth: 'OPENAI_API_KEY' });
      const sent = counts();
      const result = await run(service(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate));
      assertRefused(result, `shadowgate.yaml:${lineOf(candidate, 'endpoint:')}`, /is not an allowed destination/, sent);
    }
  });

  test('a credential added, or swapped for another variable, is refused at the auth line', async () => {
    const added = manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' });
    let sent = counts();
    let result = await run(service(manifestYaml({ endpoint: model.url }), added));
    assertRefused(
      result,
      `shadowgate.yaml:${lineOf(added, 'env: OPENAI_API_KEY')}`,
      /would send OPENAI_API_KEY to http:\/\/127\.0\.0\.1:\d+, where the base branch sends no credential/,
      sent,
    );
    const swapped = manifestYaml({ endpoint: model.url, auth: 'PREVIEW_KEY' });
    sent = counts();
    result = await run(service(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), swapped));
    assertRefused(
      result,
      `shadowgate.yaml:${lineOf(swapped, 'env: PREVIEW_KEY')}`,
      /would send PREVIEW_KEY .* where the base branch sends OPENAI_API_KEY/,
      sent,
    );
  });

  test("the base branch's own endpoint on a metadata address, directly or by a name resolving to it, is refused", async () => {
    const cases: Array<{ endpoint: string; hosts?: Record<string, string[]> }> = [
      { endpoint: 'http://169.254.169.254/v1' },
      { endpoint: 'http://[fd00:ec2::254]/v1' },
      { endpoint: 'http://models.sg.test:8080/v1', hosts: { 'models.sg.test': ['169.254.169.254'] } },
      { endpoint: 'http://models.sg.test:8080/v1', hosts: { 'models.sg.test': ['fe80::1'] } },
    ];
    for (const { endpoint, hosts } of cases) {
      const manifest = manifestYaml({ endpoint, auth: 'OPENAI_API_KEY' });
      const sent = counts();
      const result = await run(service(manifest, manifest), [], hosts ? { hosts } : {});
      assertRefused(
        result,
        `shadowgate.yaml:${lineOf(manifest, 'endpoint:')}`,
        /(metadata|link-local) address, refused unless the workflow names that address/,
        sent,
      );
    }
  });

  test('a name that resolves to loopback first and to the metadata address later is refused at connection time', async () => {
    const port = new URL(model.url).port;
    const manifest = manifestYaml({ endpoint: `http://rebind.sg.test:${port}/v1`, auth: 'OPENAI_API_KEY' });
    const sent = counts();
    // Two answers for the check before the first request (candidate, baseline), then the rebinding.
    const result = await run(service(manifest, manifest), [], { hosts: { 'rebind.sg.test': ['127.0.0.1', '127.0.0.1', '169.254.169.254'] } });
    assert.equal(result.code, 8, `every request refused: an outage, not a verdict\n${shown(result)}`);
    assert.equal(model.count, sent.model, 'nothing reached the server behind the name');
    const report = readJsonReport(result.out);
    assert.equal(report.replay.failed.connect, RECORDS * 2, 'every request failed to connect');
    assert.equal(report.replay.retried, 0, 'a refused address is not retried');
    assertContained(result);
  });

  test('redirects are not followed, to another host or to the metadata address', async () => {
    const targets = ['http://169.254.169.254/latest/meta-data/', `${other.url}/chat/completions`];
    let next = 0;
    const redirecting = http.createServer((req, res) => {
      req.resume();
      res.writeHead(307, { location: targets[next++ % targets.length] });
      res.end();
    });
    await new Promise<void>((done) => redirecting.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/v1`;
      const manifest = manifestYaml({ endpoint: url, auth: 'OPENAI_API_KEY' });
      const sent = counts();
      const result = await run(service(manifest, manifest));
      assert.equal(result.code, 8, `every answer a redirect: an outage, not a verdict\n${shown(result)}`);
      assert.equal(other.count, sent.other, 'the redirect target received nothing');
      const report = readJsonReport(result.out);
      assert.equal(report.replay.failed['http-4xx'], RECORDS * 2, 'every 307 counts as a failed request, none as an answer');
      assertContained(result);
    } finally {
      await new Promise<void>((done) => redirecting.close(() => done()));
    }
  });

  test('a server echoing the credential into answers and errors: the value is in no output', async () => {
    const { startOpenAIServer } = await import('../support/model-servers.ts');
    const echo = await startOpenAIServer({
      answer: (_body, request) =>
        request.index % 3 === 0
          ? { raw: { error: { message: `invalid key: ${String(request.headers.authorization)}` } }, status: 401 }
          : `you sent ${String(request.headers.authorization)}`,
    });
    try {
      const manifest = manifestYaml({ endpoint: echo.url, auth: 'OPENAI_API_KEY' })
        .replace('kind: json', 'kind: text')
        .replace('  schema: schemas/answer.json\n', '');
      const result = await run(service(manifest, manifest), ['--verbose']);
      // A third of the requests answer 401, so too few pairs have both answers: an outage verdict.
      assert.equal(result.code, 8, shown(result));
      assert.ok(
        echo.requests.length > 0 && echo.requests.every((r) => r.headers.authorization === `Bearer ${MODEL_KEY}`),
        'the credential is sent where the base branch sends it',
      );
      assert.ok(JSON.stringify(readJsonReport(result.out)).includes('you sent Bearer ***'), 'the echoed value is redacted in the report');
      assertContained(result);
    } finally {
      await echo.close();
    }
  });

  test('an embeddings server echoing the credential into its 401 error: the message the report keeps is redacted', async () => {
    const echo = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        const embeddings = req.url?.endsWith('/embeddings');
        const text = embeddings
          ? JSON.stringify({ error: { message: `invalid key: ${String(req.headers.authorization)}` } })
          : JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: `answer ${body.length}` }, finish_reason: 'stop' }] });
        res.writeHead(embeddings ? 401 : 200, { 'content-type': 'application/json' });
        res.end(text);
      });
    });
    await new Promise<void>((done) => echo.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`;
      const manifest = manifestYaml({
        endpoint: url,
        auth: 'OPENAI_API_KEY',
        extra: `  embeddings:\n    endpoint: ${url}\n    model: embed-1\n    auth: { env: OPENAI_API_KEY }`,
      })
        .replace('kind: json', 'kind: text')
        .replace('  schema: schemas/answer.json\n', '');
      // A longer model id changes every answer, so answers differ and get embedded.
      const result = await run(service(manifest, manifest.replace(`id: ${MODEL_ID}`, `id: ${MODEL_ID}-next`)));
      assert.equal(result.code, 0, shown(result));
      // An embeddings outage leaves the metric unscored and says why, in the report.
      assert.match(readFileSync(join(result.out, 'shadowgate-report.json'), 'utf8'), /HTTP 401: invalid key: Bearer \*\*\*/);
      assertContained(result);
    } finally {
      await new Promise<void>((done) => echo.close(() => done()));
    }
  });

  test('legitimate: a self-hosted model on a loopback address declared by the base branch', async () => {
    const manifest = manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' });
    const before = model.requests.length;
    const result = await run(service(manifest, manifest.replace(`id: ${MODEL_ID}`, `id: ${MODEL_ID}-next`)));
    assert.equal(result.code, 0, shown(result));
    assert.deepEqual(
      readJsonReport(result.out).endpoints?.map((e) => e.changed),
      [false],
    );
    assert.ok(!readFileSync(join(result.out, 'shadowgate-report.md'), 'utf8').includes('endpoint host changed'));
    const received = model.requests.slice(before);
    assert.equal(received.length, RECORDS * 2);
    assert.ok(received.every((r) => r.headers.authorization === `Bearer ${MODEL_KEY}`));
    assert.equal(readJsonReport(result.out).replay.pairs, RECORDS);
    assert.match(
      result.stderr,
      new RegExp(
        `candidate {2}${model.url.replace(/[/.]/g, '\\$&')} — credential OPENAI_API_KEY — allowed by the base branch \\(shadowgate\\.yaml:\\d+ at HEAD\\)`,
      ),
    );
    assertContained(result);
  });

  test('legitimate: a private-address name of the base branch (a self-hosted model in the VPC)', async () => {
    const port = new URL(model.url).port;
    const manifest = manifestYaml({ endpoint: `http://models.sg.test:${port}/v1`, auth: 'OPENAI_API_KEY' });
    const before = model.count;
    // The name resolves to loopback here, standing in for the private address of a real deployment.
    const result = await run(service(manifest, manifest), [], { hosts: { 'models.sg.test': ['127.0.0.1'] } });
    assert.equal(result.code, 0, shown(result));
    assert.equal(model.count - before, RECORDS * 2);
    assertContained(result);
  });

  test('legitimate: the candidate on a preview slot given by the workflow (--candidate-endpoint), with its own key', async () => {
    const candidate = manifestYaml({ endpoint: model.url, auth: 'PREVIEW_KEY' });
    const before = { model: model.requests.length, other: other.requests.length };
    const result = await run(service(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate), ['--candidate-endpoint', other.url]);
    assert.equal(result.code, 0, shown(result));
    const preview = other.requests.slice(before.other);
    assert.equal(preview.length, RECORDS);
    assert.ok(preview.every((r) => r.headers.authorization === `Bearer ${PREVIEW_KEY}`));
    assert.ok(model.requests.slice(before.model).every((r) => r.headers.authorization === `Bearer ${MODEL_KEY}`));
    assert.match(result.stderr, /candidate .* credential PREVIEW_KEY — allowed by the candidate endpoint given by the workflow/);
    const report = readJsonReport(result.out);
    assert.deepEqual(report.endpoints, [
      {
        role: 'model',
        baseline: new URL(model.url).origin,
        candidate: new URL(other.url).origin,
        changed: true,
        allowedBy: 'the candidate endpoint given by the workflow (candidate-endpoint)',
      },
    ]);
    const markdown = readFileSync(join(result.out, 'shadowgate-report.md'), 'utf8');
    const whatChanged = markdown.slice(markdown.indexOf('#### What changed'));
    assert.ok(
      whatChanged.startsWith(`#### What changed\n\n**⚠️ model endpoint host changed:** \`${new URL(model.url).origin}\` → \`${new URL(other.url).origin}\``),
      'the host change leads the section',
    );
    assertContained(result);
  });

  test('legitimate: a host the workflow allows (--allowed-endpoints, SHADOWGATE_ALLOWED_ENDPOINTS)', async () => {
    const candidate = manifestYaml({ endpoint: other.url, auth: 'OPENAI_API_KEY' });
    for (const how of [
      { args: ['--allowed-endpoints', new URL(other.url).origin] },
      { args: [], env: { SHADOWGATE_ALLOWED_ENDPOINTS: `example.invalid, ${new URL(other.url).host}` } },
    ]) {
      const before = other.count;
      const result = await run(service(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate), how.args, how.env ? { env: how.env } : {});
      assert.equal(result.code, 0, shown(result));
      assert.equal(other.count - before, RECORDS);
      assertContained(result);
    }
  });
});
