// .env.example is what a contributor copies to run the action locally: it names every input of action.yml,
// and, pointed at a service repository and a model server, it runs as shipped.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseEnv } from 'node:util';
import { parse } from 'yaml';
import { inputVariable } from '../../src/action/inputs.ts';
import { startChatModel, type DemoServer } from '../../src/demo/chat-model.ts';
import { makeExampleRepo } from '../support/git-repo.ts';
import { ROOT, runLocalAction, shownRun } from './local-action-run.ts';

const example = parseEnv(readFileSync(join(ROOT, '.env.example'), 'utf8')) as Record<string, string>;
const inputs = Object.keys((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

test('.env.example sets every input of action.yml, by the variable the runner uses, and nothing else', () => {
  const given = Object.keys(example)
    .filter((k) => k.startsWith('INPUT_'))
    .sort();
  assert.deepEqual(given, inputs.map(inputVariable).sort());
});

test('package.json runs it the way the README says', () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  assert.equal(scripts['local-action'], 'local-action run . src/main.ts .env');
});

let chat: DemoServer;
before(async () => (chat = await startChatModel()));
after(async () => chat?.close());

test('.env.example as shipped, pointed at a service repository and a model server, evaluates its working tree', async () => {
  const work = mkdtempSync(join(tmpdir(), 'sg-dotenv-example-'));
  const { dir, base } = makeExampleRepo(join(ROOT, 'examples', 'support-bot'), join(work, 'repo'));
  const summary = join(work, 'summary.md');
  writeFileSync(summary, '');
  const run = await runLocalAction({
    ...example,
    GITHUB_WORKSPACE: dir,
    'INPUT_BASE-REF': base,
    'INPUT_BASELINE-ENDPOINT': chat.url,
    'INPUT_CANDIDATE-ENDPOINT': chat.url,
    'INPUT_REPORT-DIR': join(work, 'report'),
    GITHUB_STEP_SUMMARY: summary,
  });
  assert.equal(run.outputs.skipped, 'false', shownRun(run));
  const verdict = run.outputs.verdict ?? '';
  assert.match(verdict, /^(pass|warn|fail|inconclusive)$/, shownRun(run));
  assert.equal((JSON.parse(readFileSync(run.outputs['report-json'] ?? '', 'utf8')) as { verdict: string }).verdict, verdict);
  // fail-on: fail (the example's value) fails the step exactly when the verdict is fail.
  assert.equal(
    run.errors.some((e) => e.includes(`shadowgate verdict for support-bot: ${verdict}`)),
    verdict === 'fail',
    shownRun(run),
  );
  assert.match(readFileSync(summary, 'utf8'), /support-bot/, 'the job summary was written');
});
