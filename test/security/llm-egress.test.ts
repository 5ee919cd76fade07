// The judge model and moderation endpoints of `shadow.llm` obey the same egress rules as the models,
// through the real CLI process (dist/cli.js) with the runner's secret variables set to marker values and
// the tripwire preloaded: the pull request cannot point them (and the answers and credential they get)
// at a host the base branch did not declare for that role, nor name a runner variable as their
// credential, nor reach a metadata address; a judge or moderation endpoint the base branch declares keeps working.
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

const RECORDS = 12;
const MODEL_KEY = 'sk-model-key-marker-61b0e3';
const JUDGE_KEY = 'sk-judge-key-marker-0c9f51';
const MODERATION_KEY = 'sk-moderation-key-marker-d27a44';
const SECRETS = [...Object.values(RUNNER_MARKERS), MODEL_KEY, JUDGE_KEY, MODERATION_KEY];
const MODEL_ID = taggedModel();

interface Received {
  path: string;
  authorization: string | undefined;
}

/** A loopback server answering both a judge model (chat completions: always a tie) and moderations (nothing flagged). */
interface LlmServer {
  url: string;
  origin: string;
  received: Received[];
  /** The judge quotes the Authorization header it received in its reasons (a server that echoes credentials). */
  echoCredential: boolean;
  close(): Promise<void>;
}

async function startLlmServer(): Promise<LlmServer> {
  const received: Received[] = [];
  const state = { echoCredential: false };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', authorization: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      if (req.url?.endsWith('/moderations')) {
        const input = (JSON.parse(body) as { input: string[] }).input;
        res.end(JSON.stringify({ results: input.map(() => ({ flagged: false, categories: {} })) }));
        return;
      }
      const content = JSON.stringify(
        state.echoCredential
          ? { more: 'A', reason: `you sent ${String(req.headers.authorization)}` }
          : { more: 'tie', reason: 'Neither answer shows it more.' },
      );
      res.end(
        JSON.stringify({
          id: 'j',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 50, completion_tokens: 5 },
        }),
      );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/v1`,
    origin,
    received,
    get echoCredential() {
      return state.echoCredential;
    },
    set echoCredential(value: boolean) {
      state.echoCredential = value;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A text service with the given `shadow.llm` judge and moderation sections (YAML under `  llm:`). */
function manifestYaml(options: {
  endpoint: string;
  model?: string;
  judge?: { endpoint: string; auth?: string; order?: 'random' };
  moderation?: { endpoint: string; auth?: string };
}): string {
  const llm: string[] = [];
  if (options.judge) {
    llm.push('    judge:', `      endpoint: ${options.judge.endpoint}`, '      model: judge-1');
    if (options.judge.auth) llm.push(`      auth: { env: ${options.judge.auth} }`);
    if (options.judge.order) llm.push(`      order: ${options.judge.order}`);
    llm.push('      rubrics:', '        - id: flattery', '          text: flatters the user more', '      cacheDir: .cache/judge');
  }
  if (options.moderation) {
    llm.push('    moderation:', `      endpoint: ${options.moderation.endpoint}`);
    if (options.moderation.auth) llm.push(`      auth: { env: ${options.moderation.auth} }`);
  }
  return serviceManifest({ endpoint: options.endpoint, auth: 'OPENAI_API_KEY', ...(llm.length ? { extra: ['  llm:', ...llm].join('\n') } : {}) })
    .replace('id: support-model-1', `id: ${options.model ?? MODEL_ID}`)
    .replace('kind: json', 'kind: text')
    .replace('  schema: schemas/answer.json\n', '');
}

describe('the judge model and moderation endpoints obey the egress rules (CLI)', { skip: skipWithoutBundle }, () => {
  let model: ModelServer;
  let declared: LlmServer;
  let undeclared: LlmServer;

  before(async () => {
    model = ownRequests(await startSupportModel(), MODEL_ID);
    declared = await startLlmServer();
    undeclared = await startLlmServer();
  });
  after(async () => {
    await model?.close();
    await declared?.close();
    await undeclared?.close();
    removeAll();
  });

  function service(base: string, candidate: string): Repo {
    return serviceRepo(model.url, RECORDS, { base: (r) => r.write('shadowgate.yaml', base), head: (r) => r.write('shadowgate.yaml', candidate) });
  }

  interface GuardedRun extends CliRun {
    out: string;
    trips: string[];
  }

  async function run(repo: Repo, args: string[] = []): Promise<GuardedRun> {
    const wire = tripwire();
    const out = join(tempDir(), 'report');
    const result = await runCli(['shadow', '--base-ref', 'HEAD', '--out', out, '--fail-on', 'never', ...args], {
      cwd: repo.root,
      env: { ...RUNNER_MARKERS, OPENAI_API_KEY: MODEL_KEY, JUDGE_API_KEY: JUDGE_KEY, MODERATION_API_KEY: MODERATION_KEY, ...wire.env },
    });
    return { ...result, out, trips: wire.trips() };
  }

  function assertContained(result: GuardedRun): void {
    assert.deepEqual(result.trips, [], `no attempt to reach a non-loopback address\n${shown(result)}`);
    assert.deepEqual(leaks(SECRETS, { stdout: result.stdout, stderr: result.stderr }, [result.out]), []);
  }

  const counts = () => ({ model: model.count, declared: declared.received.length, undeclared: undeclared.received.length });

  /** Exit 2 with one error at file:line, no request to any server, no report, nothing leaked. */
  function assertRefused(result: GuardedRun, at: string, says: RegExp, sent: ReturnType<typeof counts>): void {
    assert.equal(result.code, 2, shown(result));
    const { errors, stackTrace } = errorLines(result.stderr);
    assert.equal(errors.length, 1, shown(result));
    assert.ok(errors[0]?.startsWith(`error: ${at}:`), `the error names ${at}: ${errors[0]}`);
    assert.match(errors[0] ?? '', says);
    assert.equal(stackTrace, false);
    assert.deepEqual(counts(), sent, 'no request reached the model, the declared or the undeclared server');
    assert.equal(existsSync(result.out), false, 'no report is written');
    assertContained(result);
  }

  test('a judge added on a host the base branch did not declare, with a real credential, is refused at its endpoint line', async () => {
    const candidate = manifestYaml({ endpoint: model.url, judge: { endpoint: undeclared.url, auth: 'JUDGE_API_KEY' } });
    const sent = counts();
    const result = await run(service(manifestYaml({ endpoint: model.url }), candidate));
    assertRefused(
      result,
      `shadowgate.yaml:${lineOf(candidate, `endpoint: ${undeclared.url}`)}`,
      /judge: shadow\.llm\.judge\.endpoint http:\/\/127\.0\.0\.1:\d+\/v1 is not an allowed destination/,
      sent,
    );
  });

  test("the model's host does not grant the judge: a judge moved onto the base model's endpoint is refused", async () => {
    // The model endpoint is declared for the model's role only; a judge there would receive both sides' answers.
    const base = manifestYaml({ endpoint: model.url, judge: { endpoint: declared.url, auth: 'JUDGE_API_KEY' } });
    const candidate = manifestYaml({ endpoint: model.url, judge: { endpoint: model.url, auth: 'JUDGE_API_KEY' } });
    const sent = counts();
    const result = await run(service(base, candidate));
    assertRefused(
      result,
      `shadowgate.yaml:${lineOf(candidate, '    judge:') + 1}`,
      new RegExp(`is not an allowed destination .* Allowed: ${declared.origin.replace(/[/.]/g, '\\$&')} \\(the base branch`),
      sent,
    );
  });

  test('a runner variable as the judge or moderation credential is refused at its line', async () => {
    const cases = [
      {
        name: 'ACTIONS_RUNTIME_TOKEN',
        yaml: manifestYaml({ endpoint: model.url, judge: { endpoint: declared.url, auth: 'ACTIONS_RUNTIME_TOKEN' } }),
        field: 'shadow\\.llm\\.judge\\.auth\\.env',
      },
      {
        name: 'GITHUB_TOKEN',
        yaml: manifestYaml({ endpoint: model.url, moderation: { endpoint: declared.url, auth: 'GITHUB_TOKEN' } }),
        field: 'shadow\\.llm\\.moderation\\.auth\\.env',
      },
    ];
    for (const { name, yaml, field } of cases) {
      const sent = counts();
      const result = await run(service(yaml.replace(name, 'JUDGE_API_KEY'), yaml));
      assertRefused(result, `shadowgate.yaml:${lineOf(yaml, `env: ${name}`)}`, new RegExp(`${field} names ${name}, a variable of the CI runner`), sent);
    }
  });

  test("a credential added to the base branch's judge is refused at the auth line", async () => {
    const candidate = manifestYaml({ endpoint: model.url, judge: { endpoint: declared.url, auth: 'OPENAI_API_KEY' } });
    const sent = counts();
    const result = await run(service(manifestYaml({ endpoint: model.url, judge: { endpoint: declared.url } }), candidate));
    assertRefused(
      result,
      `shadowgate.yaml:${lineOf(candidate, 'auth: { env: OPENAI_API_KEY }')}`,
      /would send OPENAI_API_KEY to http:\/\/127\.0\.0\.1:\d+, where the base branch sends no credential/,
      sent,
    );
  });

  test('a moderation endpoint on a host the base branch did not declare is refused at its endpoint line', async () => {
    const candidate = manifestYaml({ endpoint: model.url, moderation: { endpoint: undeclared.url, auth: 'MODERATION_API_KEY' } });
    const sent = counts();
    const result = await run(service(manifestYaml({ endpoint: model.url, moderation: { endpoint: declared.url, auth: 'MODERATION_API_KEY' } }), candidate));
    assertRefused(
      result,
      `shadowgate.yaml:${lineOf(candidate, `endpoint: ${undeclared.url}`)}`,
      /moderation: shadow\.llm\.moderation\.endpoint .* is not an allowed destination/,
      sent,
    );
  });

  test('a judge on a cloud metadata address is refused, added by the pull request or declared by the base branch', async () => {
    for (const endpoint of ['http://169.254.169.254/v1', 'http://[fd00:ec2::254]/v1']) {
      const candidate = manifestYaml({ endpoint: model.url, judge: { endpoint, auth: 'JUDGE_API_KEY' } });
      let sent = counts();
      let result = await run(service(manifestYaml({ endpoint: model.url }), candidate));
      assertRefused(result, `shadowgate.yaml:${lineOf(candidate, `endpoint: ${endpoint}`)}`, /is not an allowed destination/, sent);
      // Declared by the base branch too: the address itself is refused, after DNS, before any request.
      sent = counts();
      result = await run(service(candidate, candidate));
      assertRefused(
        result,
        `shadowgate.yaml:${lineOf(candidate, `endpoint: ${endpoint}`)}`,
        /judge: .* is a metadata address, refused unless the workflow names that address/,
        sent,
      );
    }
  });

  test('legitimate: a judge and a moderation endpoint declared by the base branch get their own credentials, listed before sending', async () => {
    const base = manifestYaml({
      endpoint: model.url,
      judge: { endpoint: declared.url, auth: 'JUDGE_API_KEY' },
      moderation: { endpoint: declared.url, auth: 'MODERATION_API_KEY' },
    });
    // A longer model id changes every answer, so every pair is judged and moderated.
    const candidate = base.replace(`id: ${MODEL_ID}`, `id: ${MODEL_ID}-next`);
    const before = declared.received.length;
    const result = await run(service(base, candidate));
    assert.equal(result.code, 0, shown(result));
    const received = declared.received.slice(before);
    const judged = received.filter((r) => r.path.endsWith('/chat/completions'));
    const moderated = received.filter((r) => r.path.endsWith('/moderations'));
    assert.ok(judged.length >= RECORDS, `every pair judged (${judged.length} calls)`);
    assert.ok(moderated.length >= RECORDS, `every pair moderated (${moderated.length} calls)`);
    assert.ok(
      judged.every((r) => r.authorization === `Bearer ${JUDGE_KEY}`),
      'the judge gets its own credential',
    );
    assert.ok(
      moderated.every((r) => r.authorization === `Bearer ${MODERATION_KEY}`),
      'moderation gets its own credential',
    );
    const origin = declared.url.replace(/[/.]/g, '\\$&');
    assert.match(result.stderr, new RegExp(`judge {6}${origin} — credential JUDGE_API_KEY — allowed by the base branch \\(shadowgate\\.yaml:\\d+ at HEAD\\)`));
    assert.match(result.stderr, new RegExp(`moderation ${origin} — credential MODERATION_API_KEY — allowed by the base branch`));
    const endpoints = readJsonReport(result.out).endpoints ?? [];
    assert.deepEqual(
      endpoints.map((e) => [e.role, e.changed]),
      [
        ['model', false],
        ['judge', false],
        ['moderation', false],
      ],
    );
    assertContained(result);
  });

  test('legitimate: a judge host the workflow allows (--allowed-endpoints), and the report shows the host change', async () => {
    const base = manifestYaml({ endpoint: model.url, judge: { endpoint: declared.url, auth: 'JUDGE_API_KEY' } });
    const candidate = manifestYaml({ endpoint: model.url, model: `${MODEL_ID}-next`, judge: { endpoint: undeclared.url, auth: 'JUDGE_API_KEY' } });
    const before = { declared: declared.received.length, undeclared: undeclared.received.length };
    const result = await run(service(base, candidate), ['--allowed-endpoints', undeclared.origin]);
    assert.equal(result.code, 0, shown(result));
    assert.equal(declared.received.length, before.declared, 'the base judge is not asked');
    const received = undeclared.received.slice(before.undeclared);
    assert.ok(received.length >= RECORDS && received.every((r) => r.authorization === `Bearer ${JUDGE_KEY}`));
    const judge = readJsonReport(result.out).endpoints?.find((e) => e.role === 'judge');
    assert.deepEqual(judge, {
      role: 'judge',
      baseline: declared.origin,
      candidate: undeclared.origin,
      changed: true,
      allowedBy: `allowed-endpoints entry "${undeclared.origin}"`,
    });
    assert.match(readFileSync(join(result.out, 'shadowgate-report.md'), 'utf8'), /⚠️ judge endpoint host changed/);
    assertContained(result);
  });

  test('a judge quoting its credential in its reasons: the report keeps the reasons, redacted, and the value is in no output', async () => {
    // One vote per pair, for the side drawn into position A: some pairs are candidate-preferred, and the
    // report quotes the judge's reasons for them.
    const base = manifestYaml({ endpoint: model.url, judge: { endpoint: declared.url, auth: 'JUDGE_API_KEY', order: 'random' } });
    declared.echoCredential = true;
    try {
      const before = declared.received.length;
      const result = await run(service(base, base.replace(`id: ${MODEL_ID}`, `id: ${MODEL_ID}-next`)), ['--verbose']);
      assert.equal(result.code, 0, shown(result));
      assert.ok(
        declared.received.slice(before).some((r) => r.authorization === `Bearer ${JUDGE_KEY}`),
        'the judge was asked with its credential',
      );
      assert.match(
        readFileSync(join(result.out, 'shadowgate-report.json'), 'utf8'),
        /you sent Bearer \*\*\*/,
        "the judge's reasons are in the report, redacted",
      );
      assertContained(result);
    } finally {
      declared.echoCredential = false;
    }
  });
});
