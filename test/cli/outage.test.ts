// Outages end to end through the CLI: when too few pairs have both answers, the run is an ERROR that names
// each side's failures (HTTP status or socket error), exits 8 under every --fail-on, and is never green.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateJsonReport } from '../../src/report/json.ts';
import type { ModelServer, ReceivedRequest } from '../support/model-servers.ts';
import { readJsonReport, removeAll, runCli, shown, skipWithoutBundle, tempDir, type Repo } from './helpers.ts';
import { manifestYaml, startSupportModel, serviceRepo as repoOf } from './json-service.ts';

const RECORDS = 60;
const FAST_RETRIES = '  retries:\n    max: 1\n    baseDelayMs: 5\n    maxDelayMs: 10';

/** A loopback port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const isBaseline = (request: ReceivedRequest) => (request.body as { model?: string } | undefined)?.model === 'support-model-1';

/** A repo whose baseline pins support-model-1 and candidate support-model-2, both at `endpoint`. */
function serviceRepo(endpoint: string): Repo {
  const manifest = manifestYaml({ endpoint, extra: FAST_RETRIES });
  return repoOf(endpoint, RECORDS, {
    base: (r) => r.write('shadowgate.yaml', manifest),
    head: (r) => r.write('shadowgate.yaml', manifest.replace('support-model-1', 'support-model-2')),
    commit: 'candidate: new model pin',
  });
}

describe('outages through the CLI', { skip: skipWithoutBundle }, () => {
  let unauthorised: ModelServer;
  let retired: ModelServer;
  let refusedPort: number;

  before(async () => {
    unauthorised = await startSupportModel({
      keepRequests: false,
      fault: () => ({ kind: 'status', status: 401, body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } } }),
    });
    retired = await startSupportModel({
      keepRequests: false,
      fault: (r) =>
        isBaseline(r)
          ? { kind: 'status', status: 404, body: { error: { message: 'The model support-model-1 does not exist', type: 'invalid_request_error' } } }
          : undefined,
    });
    refusedPort = await closedPort();
  });
  after(async () => {
    await unauthorised?.close();
    await retired?.close();
    removeAll();
  });

  test('both sides 401: ERROR naming HTTP 401 on each side, exit 8 even under --fail-on never', async () => {
    const repo = serviceRepo(unauthorised.url);
    for (const failOn of ['fail', 'warn', 'never']) {
      const out = tempDir();
      const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--fail-on', failOn], { cwd: repo.root });
      assert.equal(run.code, 8, `--fail-on ${failOn}\n${shown(run)}`);
      const report = readJsonReport(out);
      assert.deepEqual(validateJsonReport(report), []);
      assert.equal(report.verdict, 'error');
      assert.equal(report.exitCode, 8);
      assert.equal(report.answered, 0);
      assert.deepEqual(report.failures, { baseline: { 'HTTP 401': RECORDS }, candidate: { 'HTTP 401': RECORDS } });
      assert.match(
        run.stdout,
        new RegExp(
          `^support-bot: ERROR — ${RECORDS} pairs, ${2 * RECORDS} failed requests \\(baseline: HTTP 401 ×${RECORDS}; candidate: HTTP 401 ×${RECORDS}\\); ERROR: only 0 of ${RECORDS} pairs have both answers`,
          'm',
        ),
      );
      // The comment's headline is no green check, and it names the failures.
      const markdown = readFileSync(join(out, 'shadowgate-report.md'), 'utf8');
      assert.doesNotMatch(markdown, /✅ Shadowgate/);
      assert.match(markdown, /ERROR for `support-bot`/);
      assert.match(markdown, /baseline: HTTP 401 ×60; candidate: HTTP 401 ×60/);
    }
  });

  test('both endpoints refuse connections: ERROR naming connection refused', async () => {
    const repo = serviceRepo(`http://127.0.0.1:${refusedPort}/v1`);
    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out], { cwd: repo.root });
    assert.equal(run.code, 8, shown(run));
    const report = readJsonReport(out);
    assert.equal(report.verdict, 'error');
    assert.deepEqual(report.failures, { baseline: { 'connection refused': RECORDS }, candidate: { 'connection refused': RECORDS } });
    assert.match(run.stdout, /\(baseline: connection refused ×60; candidate: connection refused ×60\)/);
  });

  test('a retired baseline model (404 on every baseline request) is an ERROR, not a PASS with nothing compared', async () => {
    const repo = serviceRepo(retired.url);
    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--fail-on', 'warn'], { cwd: repo.root });
    assert.equal(run.code, 8, shown(run));
    const report = readJsonReport(out);
    assert.equal(report.verdict, 'error');
    assert.deepEqual(report.failures, { baseline: { 'HTTP 404': RECORDS }, candidate: {} });
    assert.match(run.stdout, new RegExp(`^support-bot: ERROR — ${RECORDS} pairs, ${RECORDS} failed requests \\(baseline: HTTP 404 ×${RECORDS}\\)`, 'm'));
    // The candidate answering where the baseline did not is no regression: nothing fails, it just cannot be
    // judged, and no gate shows a pass.
    const success = report.metrics.find((m) => m.id === 'requests.success_rate');
    assert.equal(success?.verdict, 'info');
    assert.match(success?.reason ?? '', /not judged: too few pairs have both answers/);
    assert.ok(report.metrics.every((m) => m.verdict !== 'pass' && m.verdict !== 'fail'));
  });
});
