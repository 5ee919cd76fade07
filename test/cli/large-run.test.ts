// A run large enough (≥ 10,000 pairs) to give the replay's freed heap pages back before the analysis:
// the memory-reducing GC must run, leave every pair accounted for, and not disturb the verdict.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { validateJsonReport } from '../../src/report/json.ts';
import type { ModelServer } from '../support/model-servers.ts';
import { readJsonReport, removeAll, runCli, shown, skipWithoutBundle, tempDir, type Repo } from './helpers.ts';
import { startSupportModel, serviceRepo } from './json-service.ts';

const RECORDS = 10_000;

describe('a large run', { skip: skipWithoutBundle }, () => {
  let model: ModelServer;
  let repo: Repo;

  before(async () => {
    model = await startSupportModel();
    repo = serviceRepo(model.url, RECORDS, { head: (r) => r.write('README.md', 'docs\n'), commit: 'head' });
  });
  after(async () => {
    await model?.close();
    removeAll();
  });

  test('10,000 pairs: freed heap pages are given back between the replay and the analysis', async () => {
    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--concurrency', '64', '--verbose'], { cwd: repo.root, timeoutMs: 120_000 });
    assert.equal(run.code, 0, shown(run));
    const timing = (phase: string) => {
      const line = run.stderr.split('\n').find((l) => l.includes(`timing: ${phase} `));
      assert.ok(line, `a timing line for "${phase}"\n${shown(run)}`);
      return Number(/rss (\d+) MB/.exec(line)?.[1]);
    };
    const afterReplay = timing('replay');
    const afterRelease = timing('release freed heap pages');
    assert.ok(afterRelease <= afterReplay, `RSS ${afterReplay} MB after the replay, ${afterRelease} MB after the GC`);

    const report = readJsonReport(out);
    assert.deepEqual(validateJsonReport(report), []);
    assert.equal(report.replay.pairs, RECORDS);
    assert.equal(report.replay.ok, 2 * RECORDS);
    assert.equal(report.verdict, 'pass', 'the same prompt on both sides');
  });
});
