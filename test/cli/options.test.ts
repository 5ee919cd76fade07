// CLI options a user combines on a real run: a candidate served elsewhere (a preview slot, by flag or by
// SHADOWGATE_CANDIDATE_ENDPOINT), deterministic sampling, and the A/A noise floor.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { validateJsonReport } from '../../src/report/json.ts';
import { lastUserMessage, type ModelServer } from '../support/model-servers.ts';
import { readJsonReport, recordIndexIn, removeAll, runCli, shown, skipWithoutBundle, tempDir, type Repo } from './helpers.ts';
import { startSupportModel, serviceRepo } from './json-service.ts';

const RECORDS = 150;

describe('shadow options', { skip: skipWithoutBundle }, () => {
  let production: ModelServer;
  let preview: ModelServer;
  let repo: Repo;

  before(async () => {
    production = await startSupportModel();
    preview = await startSupportModel();
    repo = serviceRepo(production.url, RECORDS, { head: (r) => r.write('README.md', 'docs\n'), commit: 'head' });
  });
  after(async () => {
    await production?.close();
    await preview?.close();
    removeAll();
  });

  const indexes = (server: ModelServer, from: number) =>
    server.requests.slice(from).map((r) => recordIndexIn(lastUserMessage((r.body ?? {}) as Record<string, unknown>)));

  test('--candidate-endpoint, --sample-rate and --noise-floor: each side goes where it should, sampled records only', async () => {
    const out = tempDir();
    const [productionBefore, previewBefore] = [production.requests.length, preview.requests.length];
    const args = ['shadow', '--base-ref', 'HEAD~1', '--out', out, '--sample-rate', '0.5', '--noise-floor', '--fail-on', 'never'];
    const run = await runCli([...args, '--candidate-endpoint', preview.url], { cwd: repo.root });
    assert.equal(run.code, 0, shown(run));
    const report = readJsonReport(out);
    assert.deepEqual(validateJsonReport(report), []);

    const { read, sampled, pairs, requests, ok } = report.replay;
    assert.equal(read, RECORDS);
    assert.ok(sampled > RECORDS * 0.3 && sampled < RECORDS * 0.7, `about half sampled, got ${sampled}`);
    assert.equal(pairs, sampled);
    assert.equal(requests, 3 * sampled, 'baseline twice (A/A) and the candidate once per record');
    assert.equal(ok, requests);

    // The baseline (and its A/A repeat) went to production, the candidate only to the preview slot.
    const toProduction = indexes(production, productionBefore);
    const toPreview = indexes(preview, previewBefore);
    assert.equal(toProduction.length, 2 * sampled);
    assert.equal(toPreview.length, sampled);
    assert.deepEqual([...new Set(toProduction)].sort(), [...toPreview].sort(), 'both sides got the same records');

    // Same seed, same sample: the environment-variable override selects exactly the same records.
    const again = tempDir();
    const previewAgain = preview.requests.length;
    const second = await runCli([...args.slice(0, 4), again, ...args.slice(5)], { cwd: repo.root, env: { SHADOWGATE_CANDIDATE_ENDPOINT: preview.url } });
    assert.equal(second.code, 0, shown(second));
    assert.equal(readJsonReport(again).replay.sampled, sampled);
    assert.deepEqual(indexes(preview, previewAgain).sort(), [...toPreview].sort(), 'deterministic sampling by record id');
  });

  test('--help prints the usage and exits 0; an unknown command exits 2', async () => {
    const help = await runCli(['--help'], { cwd: repo.root });
    assert.equal(help.code, 0, shown(help));
    assert.match(help.stdout, /shadowgate shadow \[options\]/);
    assert.match(help.stdout, /--fail-on fail\|warn\|never/);

    const unknown = await runCli(['shadwo'], { cwd: repo.root });
    assert.equal(unknown.code, 2, shown(unknown));
    assert.match(unknown.stderr, /^error: unknown command "shadwo"/m);
  });
});
