// The bundled action (`node dist/index.js`) on a pull request whose manifest attacks, configured only
// through the runner's environment — with the runner's own tokens set to marker values — against the
// GitHub stand-in and loopback model servers, under the tripwire. Refused attacks fail the step with
// an annotation on the manifest line and send nothing; a legitimate run masks the credentials it
// uses and prints where requests go before sending any. No marker or credential value appears in the
// log, the job summary, the outputs, the report folder or a comment.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gitChangedFiles } from '../../src/github/changed-files.ts';
import { lineOf } from '../cli/helpers.ts';
import { ANSWER_SCHEMA, BASELINE_SYSTEM, datasetText, manifestYaml as serviceManifest, startSupportModel } from '../cli/json-service.ts';
import { actionFiles } from '../github/action-files.ts';
import { makeRepo } from '../support/git-repo.ts';
import { pullRequestRunnerEnv, startHarness, type Harness } from '../github/harness.ts';
import type { ModelServer } from '../support/model-servers.ts';
import { leaks, ownRequests, RUNNER_MARKERS, taggedModel, tripwire } from './guarded-run.ts';

const root = resolve(import.meta.dirname, '..', '..');
const entry = join(root, 'dist', 'index.js');
const skip = existsSync(entry) ? false : 'dist/index.js is missing: run `node scripts/build.mjs`';

const RECORDS = 20;
const MODEL_KEY = 'sk-model-key-marker-0b7d51';
const PREVIEW_KEY = 'sk-preview-key-marker-c3e8f0';
const TOKEN = 'marker-input-github-token-61aa';
const SECRETS = [...Object.values(RUNNER_MARKERS), MODEL_KEY, PREVIEW_KEY, TOKEN];
/** The model id of this file's manifests: the servers count only requests carrying it. */
const MODEL_ID = taggedModel();
const manifestYaml = (options: Parameters<typeof serviceManifest>[0]): string => serviceManifest(options).replace('id: support-model-1', `id: ${MODEL_ID}`);
const [OWNER, REPO, PULL] = ['Codertocat', 'Hello-World', 2];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  reportDir: string;
  trips: string[];
}

describe('the bundled action against a pull request that tries to redirect secrets', { skip }, () => {
  let h: Harness;
  let model: ModelServer;
  let other: ModelServer;

  before(async () => {
    h = await startHarness();
    // The stand-in knows tokens by value; this one acts as the Actions token does.
    h.standin.tokens.set(TOKEN, { ...h.standin.tokens.get('actions-token')! });
    model = ownRequests(await startSupportModel(), MODEL_ID);
    other = ownRequests(await startSupportModel(), MODEL_ID);
  });
  after(async () => {
    await model?.close();
    await other?.close();
    await h?.close();
  });

  function serviceFiles(manifest: string): Record<string, string> {
    return {
      'shadowgate.yaml': manifest,
      'prompts/system.md': BASELINE_SYSTEM,
      'prompts/user.md': '[{{ id }}] {{ question }} (tier {{ customer.tier }})\n',
      'schemas/answer.json': `${JSON.stringify(ANSWER_SCHEMA, null, 2)}\n`,
      'data/requests.jsonl': datasetText(RECORDS),
    };
  }

  async function runAction(
    baseManifest: string,
    headManifest: string,
    inputs: Record<string, string> = {},
    hosts: Record<string, string[]> = {},
  ): Promise<Run> {
    const { dir, base, head } = makeRepo(serviceFiles(baseManifest), {}, { 'shadowgate.yaml': headManifest });
    const changed = await gitChangedFiles(base, head, dir);
    h.standin.setPullFiles(
      OWNER,
      REPO,
      PULL,
      changed.map((filename) => ({ filename })),
    );
    const files = actionFiles();
    const eventPath = join(files.dir, 'event.json');
    const reportDir = join(files.dir, 'report');
    const wire = tripwire(hosts);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: files.dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      ...pullRequestRunnerEnv(h, { eventPath, base, head, changedFiles: changed.length, repository: `${OWNER}/${REPO}`, runId: '4242', workspace: dir }),
      RUNNER_TEMP: files.dir,
      ...files.env,
      ...RUNNER_MARKERS,
      OPENAI_API_KEY: MODEL_KEY,
      PREVIEW_KEY,
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_COMMAND: 'shadow',
      INPUT_MANIFEST: 'shadowgate.yaml',
      'INPUT_FAIL-ON': 'never',
      'INPUT_REPORT-DIR': reportDir,
      INPUT_COMMENT: 'true',
      'INPUT_NOISE-FLOOR': 'false',
      ...wire.env,
      ...inputs,
    };
    const child = spawn(process.execPath, [entry], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    return { code, stdout, stderr, summary: files.summary(), outputs: files.outputs(), reportDir, trips: wire.trips() };
  }

  /** Nothing left the machine; no secret in the log (masking commands aside), summary, outputs, reports or comments. */
  function assertContained(run: Run): void {
    assert.deepEqual(run.trips, [], 'no attempt to reach a non-loopback address');
    const log = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const comments = h.standin
      .commentsOn(OWNER, REPO, PULL)
      .map((c) => c.body)
      .join('\n');
    assert.deepEqual(leaks(SECRETS, { log, stderr: run.stderr, summary: run.summary, outputs: JSON.stringify(run.outputs), comments }, [run.reportDir]), []);
  }

  function assertRefused(run: Run, line: number, says: RegExp, sent: { model: number; other: number }): void {
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error '));
    assert.ok(annotation, run.stdout);
    assert.match(annotation, new RegExp(`^::error file=shadowgate\\.yaml,line=${line}\\b`));
    assert.match(annotation, says);
    assert.equal(model.count, sent.model, 'the model server received nothing');
    assert.equal(other.count, sent.other, 'the other server received nothing');
    assert.equal(run.outputs.verdict, undefined, 'no verdict');
    assertContained(run);
  }

  const counts = () => ({ model: model.count, other: other.count });

  test('a candidate naming the Actions runtime token as its credential fails the step at that line', async () => {
    const candidate = manifestYaml({ endpoint: model.url, auth: 'ACTIONS_RUNTIME_TOKEN' });
    const sent = counts();
    const run = await runAction(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate);
    assertRefused(run, lineOf(candidate, 'env: ACTIONS_RUNTIME_TOKEN'), /model\.auth\.env names ACTIONS_RUNTIME_TOKEN/, sent);
  });

  test('a candidate moving its endpoint (with the model key) to another host fails the step at the endpoint line', async () => {
    const candidate = manifestYaml({ endpoint: other.url, auth: 'OPENAI_API_KEY' });
    const sent = counts();
    const run = await runAction(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate);
    assertRefused(run, lineOf(candidate, 'endpoint:'), /is not an allowed destination/, sent);
  });

  test('a candidate swapping the credential for another variable fails the step at the auth line', async () => {
    const candidate = manifestYaml({ endpoint: model.url, auth: 'PREVIEW_KEY' });
    const sent = counts();
    const run = await runAction(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate);
    assertRefused(run, lineOf(candidate, 'env: PREVIEW_KEY'), /would send PREVIEW_KEY .* where the base branch sends OPENAI_API_KEY/, sent);
  });

  test('a candidate adding a judge model on an undeclared host, with the model key, fails the step at its endpoint line', async () => {
    const judge = `  llm:\n    judge:\n      endpoint: ${other.url}\n      model: judge-1\n      auth: { env: OPENAI_API_KEY }\n      rubrics:\n        - id: flattery\n          text: flatters the user more`;
    const candidate = manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY', extra: judge });
    const sent = counts();
    const run = await runAction(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), candidate);
    assertRefused(run, lineOf(candidate, `endpoint: ${other.url}`), /judge: shadow\.llm\.judge\.endpoint .* is not an allowed destination/, sent);
  });

  test('an endpoint whose name resolves to the cloud metadata address fails the step before any connection', async () => {
    const manifest = manifestYaml({ endpoint: 'http://models.sg.test:8080/v1', auth: 'OPENAI_API_KEY' });
    const sent = counts();
    const run = await runAction(manifest, manifest.replace(`id: ${MODEL_ID}`, `id: ${MODEL_ID}-next`), {}, { 'models.sg.test': ['169.254.169.254'] });
    assertRefused(run, lineOf(manifest, 'endpoint:'), /169\.254\.169\.254 is a metadata address/, sent);
  });

  test('legitimate: the candidate on a preview slot given by the workflow; credentials masked, destinations printed first', async () => {
    const before = { model: model.requests.length, other: other.requests.length };
    const run = await runAction(
      manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }),
      manifestYaml({ endpoint: model.url, auth: 'PREVIEW_KEY' }).replace(`id: ${MODEL_ID}`, `id: ${MODEL_ID}-next`),
      { 'INPUT_CANDIDATE-ENDPOINT': other.url },
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.outputs.verdict ?? '', /^(pass|warn|fail|inconclusive)$/);
    assert.ok(other.requests.slice(before.other).every((r) => r.headers.authorization === `Bearer ${PREVIEW_KEY}`));
    assert.equal(other.requests.length - before.other, RECORDS);
    assert.ok(model.requests.slice(before.model).every((r) => r.headers.authorization === `Bearer ${MODEL_KEY}`));
    const lines = run.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    assert.deepEqual(masks.sort(), [`::add-mask::${MODEL_KEY}`, `::add-mask::${PREVIEW_KEY}`].sort());
    const printed = lines.findIndex((l) => l.includes('requests will go to:'));
    assert.ok(printed >= 0 && printed < lines.findIndex((l) => l.includes('replay done')), 'destinations are printed before the replay');
    assert.match(
      run.stdout,
      new RegExp(`candidate {2}${other.url.replace(/[/.]/g, '\\$&')} — credential PREVIEW_KEY — allowed by the candidate endpoint given by the workflow`),
    );
    assert.ok(h.standin.commentsOn(OWNER, REPO, PULL).length >= 1, 'the evaluation is commented');
    assertContained(run);
  });

  test('legitimate: a candidate endpoint the workflow allows through allowed-endpoints', async () => {
    const before = other.count;
    const run = await runAction(manifestYaml({ endpoint: model.url, auth: 'OPENAI_API_KEY' }), manifestYaml({ endpoint: other.url, auth: 'OPENAI_API_KEY' }), {
      'INPUT_ALLOWED-ENDPOINTS': `https://models.example.invalid\n${new URL(other.url).origin}`,
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(other.count - before, RECORDS);
    assertContained(run);
  });
});
