// Bad input through the real CLI process: each mistake gives exit code 2 and ONE clear error line naming
// where the problem is (file:line[:col] when it is in a file), no stack trace, no report folder, and not a
// single request to the model server.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ModelServer } from '../support/model-servers.ts';
import { errorLines, lineOf, removeAll, runCli, shown, skipWithoutBundle, tempDir, type CliRun, type Repo } from './helpers.ts';
import { datasetText, manifestYaml, serviceRepo, startSupportModel } from './json-service.ts';

const RECORDS = 60;

describe('bad input', { skip: skipWithoutBundle }, () => {
  let server: ModelServer;

  before(async () => {
    server = await startSupportModel();
  });
  after(async () => {
    await server?.close();
    removeAll();
  });

  /** A repo whose HEAD is a valid service; `change` then breaks the working tree (the candidate). */
  function repoWith(change: (repo: Repo) => void, options: { auth?: string } = {}): Repo {
    const auth = options.auth;
    const repo = serviceRepo(server.url, RECORDS, {
      ...(auth ? { base: (r: Repo) => r.write('shadowgate.yaml', manifestYaml({ endpoint: server.url, auth })) } : {}),
      commit: 'an empty head commit',
    });
    change(repo);
    return repo;
  }

  interface Expected {
    /** `file:line` or `file:line:col` the error line must start with, when the problem is in a file. */
    at?: string;
    /** What the line must name when no file is involved (a flag, a ref, a variable). */
    names?: string;
    /** Words the message must contain. */
    says: RegExp;
  }

  async function expectBadInput(repo: Repo, args: string[], expected: Expected, env: Record<string, string> = {}): Promise<CliRun> {
    const out = join(tempDir(), 'report');
    const requestsBefore = server.count;
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, ...args], { cwd: repo.root, env });
    assert.equal(run.code, 2, shown(run));
    const { errors, stackTrace } = errorLines(run.stderr);
    assert.equal(errors.length, 1, `exactly one error line\n${shown(run)}`);
    const [line] = errors as [string];
    if (expected.at) assert.ok(line.startsWith(`error: ${expected.at}:`), `the error starts with ${expected.at}: ${line}`);
    if (expected.names) assert.ok(line.includes(expected.names), `the error names ${expected.names}: ${line}`);
    assert.match(line, expected.says);
    assert.equal(stackTrace, false, `no stack trace\n${shown(run)}`);
    assert.equal(existsSync(out), false, 'no report folder is written');
    assert.equal(server.count, requestsBefore, 'the model server received no request');
    assert.equal(run.stdout, '', 'nothing on stdout');
    return run;
  }

  test('broken YAML names the manifest line and column', async () => {
    // A value with a second `key: value` in it, a common slip when pinning a model id.
    const repo = repoWith((r) => r.write('shadowgate.yaml', r.read('shadowgate.yaml').replace('  id: support-model-1', '  id: support-model: 1')));
    const text = repo.read('shadowgate.yaml');
    const line = lineOf(text, 'id: support-model: 1');
    const column = (text.split('\n')[line - 1] ?? '').indexOf('support-model') + 1;
    await expectBadInput(repo, [], { at: `shadowgate.yaml:${line}:${column}`, says: /YAML syntax error/ });
  });

  test('a schema violation (wrong enum) names the line and column of the bad value and what is allowed', async () => {
    const repo = repoWith((r) => r.write('shadowgate.yaml', r.read('shadowgate.yaml').replace('protocol: openai', 'protocol: grpc')));
    const text = repo.read('shadowgate.yaml');
    const line = lineOf(text, 'protocol: grpc');
    const column = (text.split('\n')[line - 1] ?? '').indexOf('grpc') + 1;
    await expectBadInput(repo, [], { at: `shadowgate.yaml:${line}:${column}`, says: /openai.*kserve-v2.*http/ });
  });

  test('a missing prompt file names the manifest line that refers to it', async () => {
    const repo = repoWith((r) => r.write('shadowgate.yaml', manifestYaml({ endpoint: server.url, system: 'prompts/missing.md' })));
    const line = lineOf(repo.read('shadowgate.yaml'), 'prompts/missing.md');
    await expectBadInput(repo, [], { at: `shadowgate.yaml:${line}`, says: /prompts\/missing\.md/ });
  });

  test('a bad JSONL line in the middle of the dataset stops the run before any request', async () => {
    const badLine = 31;
    const repo = repoWith((r) => {
      const lines = datasetText(RECORDS).split('\n');
      lines[badLine - 1] = '{"id": "r-030", "question": "half a record",';
      r.write('data/requests.jsonl', lines.join('\n'));
    });
    await expectBadInput(repo, [], { at: `data/requests.jsonl:${badLine}`, says: /JSON/i });
  });

  test('an unknown base ref is named, with a hint', async () => {
    const repo = repoWith(() => {});
    const run = await expectBadInput(repo, ['--base-ref', 'no-such-branch'], { names: 'no-such-branch', says: /not known/ });
    assert.match(run.stderr, /hint: .*fetch/);
  });

  test('a missing credential variable is named and nothing is sent', async () => {
    const repo = repoWith(() => {}, { auth: 'SG_TEST_MODEL_KEY' });
    await expectBadInput(repo, [], { names: 'SG_TEST_MODEL_KEY', says: /environment variable SG_TEST_MODEL_KEY .*is not set/ });
  });

  test('a missing credential variable names the manifest line that declares it', {}, async () => {
    const repo = repoWith(() => {}, { auth: 'SG_TEST_MODEL_KEY' });
    const line = lineOf(repo.read('shadowgate.yaml'), 'env: SG_TEST_MODEL_KEY');
    await expectBadInput(repo, [], { at: `shadowgate.yaml:${line}`, says: /SG_TEST_MODEL_KEY.*not set/ });
  });

  test('with the credential set, the same repo runs (the failure above was the variable)', async () => {
    const repo = repoWith(() => {}, { auth: 'SG_TEST_MODEL_KEY' });
    const out = tempDir();
    const before = server.requests.length;
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out], { cwd: repo.root, env: { SG_TEST_MODEL_KEY: 'sk-test-123' } });
    assert.equal(run.code, 0, shown(run));
    const sent = server.requests.slice(before);
    assert.equal(sent.length, 2 * RECORDS);
    assert.ok(
      sent.every((r) => r.headers.authorization === 'Bearer sk-test-123'),
      'every request carries the credential',
    );
    assert.ok(!run.stderr.includes('sk-test-123') && !run.stdout.includes('sk-test-123'), 'the secret is never printed');
  });

  test('an unknown CLI flag is refused', async () => {
    const repo = repoWith(() => {});
    await expectBadInput(repo, ['--bogus-flag'], { names: '--bogus-flag', says: /unknown option/i });
  });

  test('--sample-rate 5 is refused with the allowed range', async () => {
    const repo = repoWith(() => {});
    await expectBadInput(repo, ['--sample-rate', '5'], { names: '--sample-rate', says: /greater than 0 and at most 1 \(got "5"\)/ });
  });
});
