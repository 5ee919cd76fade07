// `shadowgate demo` as a real process — the README's first command: it must exit 0, print both verdicts and
// the report paths, and those reports must exist and be valid.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { validateJsonReport, type JsonReport } from '../../src/report/json.ts';
import { removeAll, runCli, shown, skipWithoutBundle, tempDir } from './helpers.ts';

after(removeAll);

test('demo prints both verdicts and report paths that exist', { skip: skipWithoutBundle }, async () => {
  const cwd = tempDir('sg-cli-demo-');
  const run = await runCli(['demo', '--out', 'reports'], { cwd, timeoutMs: 60_000 });
  assert.equal(run.code, 0, shown(run));

  // support-bot: the candidate prompt breaks the JSON contract → FAIL; pricing: shifted model → WARN or FAIL.
  const verdicts = new Map([...run.stdout.matchAll(/^(support-bot|pricing): (PASS|WARN|FAIL|INCONCLUSIVE) — (\d+) pairs/gm)].map((m) => [m[1], m[2]]));
  assert.equal(verdicts.get('support-bot'), 'FAIL', shown(run));
  assert.match(verdicts.get('pricing') ?? '', /^(WARN|FAIL)$/, shown(run));

  // Every printed path is inside --out (resolved against the working directory) and exists.
  const printed = [...run.stdout.matchAll(/^\s+(json|html|markdown)\s+(\S+)$/gm)].map((m) => ({ kind: m[1]!, path: m[2]! }));
  assert.equal(printed.length, 6, `three report paths per service\n${shown(run)}`);
  for (const { path } of printed) {
    assert.ok(path.startsWith(join(cwd, 'reports')), `${path} is under --out`);
    assert.ok(existsSync(path), `${path} exists`);
  }
  for (const service of ['support-bot', 'pricing']) {
    const jsonPath = printed.find((p) => p.kind === 'json' && p.path.includes(`/${service}/`))?.path;
    assert.ok(jsonPath, `a JSON report path for ${service}`);
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as JsonReport;
    assert.deepEqual(validateJsonReport(report), []);
    assert.equal(report.service, service);
    assert.equal(report.verdict.toUpperCase(), verdicts.get(service), 'the printed verdict is the report verdict');
    assert.equal(report.replay.pairs, report.replay.sampled, 'nothing lost');
    assert.ok(report.replay.pairs >= 50, 'enough pairs for a verdict');
  }
  const supportBot = JSON.parse(readFileSync(join(cwd, 'reports', 'support-bot', 'shadowgate-report.json'), 'utf8')) as JsonReport;
  assert.ok(
    supportBot.metrics.some((m) => m.id.startsWith('json.') && m.verdict === 'fail'),
    'support-bot fails on a JSON contract metric',
  );
  assert.ok(readFileSync(join(cwd, 'reports', 'support-bot', 'shadowgate-report.md'), 'utf8').includes('support-bot'));
});
