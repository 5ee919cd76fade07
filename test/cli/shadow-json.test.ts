// `shadowgate shadow --base-ref HEAD~1` as a real process on an OpenAI-compatible JSON service: a candidate
// prompt that breaks the JSON contract fails the gate (exit code per --fail-on), an unchanged one passes.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { validateJsonReport } from '../../src/report/json.ts';
import type { ModelServer } from '../support/model-servers.ts';
import { readJsonReport, removeAll, runCli, shown, skipWithoutBundle, tempDir, type Repo } from './helpers.ts';
import { BREAK_EVERY, BREAKING_SYSTEM, startSupportModel, serviceRepo } from './json-service.ts';

const RECORDS = 100;

describe('shadow on an openai/json service', { skip: skipWithoutBundle }, () => {
  let server: ModelServer;
  let breaking: Repo;
  let unchanged: Repo;

  before(async () => {
    server = await startSupportModel({ keepRequests: false });
    breaking = serviceRepo(server.url, RECORDS, { head: (r) => r.write('prompts/system.md', BREAKING_SYSTEM), commit: 'candidate: playful prompt' });
    unchanged = serviceRepo(server.url, RECORDS, {
      head: (r) => r.write('README.md', '# support bot\n\nNothing the model sees changed.\n'),
      commit: 'docs only',
    });
  });
  after(async () => {
    await server?.close();
    removeAll();
  });

  test('a prompt that breaks the JSON schema fails: exit 1 under --fail-on fail, and the report says why', async () => {
    const out = tempDir();
    const before = server.count;
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--fail-on', 'fail'], { cwd: breaking.root });
    assert.equal(run.code, 1, shown(run));

    const report = readJsonReport(out);
    assert.deepEqual(validateJsonReport(report), [], 'the JSON report matches its published schema');
    assert.equal(report.verdict, 'fail');
    assert.equal(report.exitCode, 1);

    // Only the prompt changed, and the report says so.
    const changed = report.surfaces.filter((s) => s.changed).map((s) => s.surface);
    assert.deepEqual(changed, ['prompt']);

    const schemaPass = report.metrics.find((m) => m.id === 'json.schema_pass');
    assert.ok(schemaPass, 'json.schema_pass is reported');
    assert.equal(schemaPass.verdict, 'fail');
    const broken = Math.ceil(RECORDS / BREAK_EVERY);
    assert.deepEqual(schemaPass.binary, { bothPass: RECORDS - broken, baselineOnly: broken, candidateOnly: 0, neither: 0 });
    assert.equal(schemaPass.baseline, 1);
    assert.equal(schemaPass.candidate, (RECORDS - broken) / RECORDS);
    assert.ok(
      report.reasons.some((r) => r.includes('json.schema_pass')),
      `the reasons name json.schema_pass: ${report.reasons.join(' | ')}`,
    );
    // The answers still parse: the failure is the contract, not the syntax.
    assert.equal(report.metrics.find((m) => m.id === 'json.parse_rate')?.verdict, 'pass');

    // Every request is accounted for, and the server saw exactly what the report counts.
    const replay = report.replay;
    assert.equal(replay.read, RECORDS);
    assert.equal(replay.sampled, RECORDS);
    assert.equal(replay.pairs, RECORDS);
    assert.equal(replay.requests, 2 * RECORDS);
    const failed = Object.values(replay.failed).reduce((a, b) => a + (b ?? 0), 0);
    assert.equal(replay.requests, replay.ok + failed);
    assert.equal(server.count - before, replay.requests + replay.retried);

    // The worst examples show the broken answers.
    assert.ok(
      report.worst.some((w) => w.candidate.includes('chitchat')),
      'a worst example shows a chitchat answer',
    );

    // The CLI prints the verdict line and where the reports are, and they exist.
    assert.match(run.stdout, /^support-bot: FAIL — 100 pairs, 0 failed requests/m);
    for (const file of ['shadowgate-report.json', 'shadowgate-report.html', 'shadowgate-report.md']) {
      assert.ok(run.stdout.includes(join(out, file)), `stdout names ${file}`);
      assert.ok(existsSync(join(out, file)), `${file} exists`);
    }
  });

  test('the same failing verdict exits 0 under --fail-on never', async () => {
    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--fail-on', 'never'], { cwd: breaking.root });
    assert.equal(run.code, 0, shown(run));
    const report = readJsonReport(out);
    assert.equal(report.verdict, 'fail');
    assert.equal(report.metrics.find((m) => m.id === 'json.schema_pass')?.verdict, 'fail');
  });

  test('a head commit that changes nothing the model sees passes with exit 0', async () => {
    const out = tempDir();
    const before = server.count;
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out], { cwd: unchanged.root });
    assert.equal(run.code, 0, shown(run));
    const report = readJsonReport(out);
    assert.deepEqual(validateJsonReport(report), []);
    assert.equal(report.verdict, 'pass', report.reasons.join(' | '));
    assert.deepEqual(
      report.surfaces.filter((s) => s.changed),
      [],
    );
    assert.equal(report.metrics.find((m) => m.id === 'json.schema_pass')?.candidate, 1);
    assert.equal(report.metrics.find((m) => m.id === 'json.deep_equal')?.candidate, 1, 'identical answers on both sides');
    assert.equal(report.replay.pairs, RECORDS);
    assert.equal(server.count - before, report.replay.requests + report.replay.retried);
    assert.match(run.stdout, /^support-bot: PASS — 100 pairs/m);
  });
});
