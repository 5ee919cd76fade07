// The bundled action with `command: check`, as GitHub runs it (`node dist/index.js` configured through
// INPUT_* variables, GITHUB_BASE_REF and GITHUB_WORKSPACE): a current lock passes; a stale lock and a
// BREAKING tool change become error annotations on their files and lines and fail the step.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT, removeAll, runCli, tempRepo, type Repo } from '../cli/helpers.ts';

const ENTRY = join(ROOT, 'dist', 'index.js');
const skip = existsSync(ENTRY) ? false : 'dist/index.js is missing: run `node scripts/build.mjs`';

const tool = (properties: Record<string, unknown>, required: string[]) =>
  `${JSON.stringify({ name: 'refund', parameters: { type: 'object', properties, required, additionalProperties: false } }, null, 2)}\n`;

function runAction(repo: Repo, inputs: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY], {
      cwd: repo.root,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: repo.root,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo.root,
        INPUT_COMMAND: 'check',
        INPUT_MANIFEST: 'shadowgate.yaml',
        ...inputs,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('action command: check', { skip }, () => {
  after(removeAll);

  async function service(): Promise<Repo> {
    const repo = tempRepo();
    repo.write(
      'shadowgate.yaml',
      [
        'version: 1',
        'service: refunds',
        'model:',
        '  protocol: openai',
        '  endpoint: http://127.0.0.1:9/v1',
        '  id: refund-model-2026-01-15',
        'prompt:',
        '  system: prompts/system.md',
        'tools:',
        '  schemas: [tools/refund.json]',
        'output:',
        '  kind: tool-calls',
        'shadow:',
        '  dataset: data/requests.jsonl',
        '',
      ].join('\n'),
    );
    repo.write('prompts/system.md', 'Refund the order.\n');
    repo.write('tools/refund.json', tool({ orderId: { type: 'string' } }, ['orderId']));
    repo.write('data/requests.jsonl', '{"id": 1}\n');
    assert.equal((await runCli(['lock'], { cwd: repo.root })).code, 0);
    repo.commit('base');
    // The base branch as actions/checkout with fetch-depth: 0 leaves it.
    repo.commit('nothing yet');
    return repo;
  }

  test('a current lock and no tool change pass', async () => {
    const repo = await service();
    const run = await runAction(repo, { 'INPUT_BASE-REF': 'HEAD~1' });
    assert.equal(run.code, 0, run.stdout);
    assert.doesNotMatch(run.stdout, /::error/);
  });

  test('a stale lock and a BREAKING tool change are annotations on their files, and the step fails', async () => {
    const repo = await service();
    repo.write('tools/refund.json', tool({ orderId: { type: 'string' }, reason: { type: 'string' } }, ['orderId', 'reason']));
    const run = await runAction(repo, { 'INPUT_BASE-REF': 'HEAD' });
    assert.notEqual(run.code, 0, run.stdout);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(errors.length, 3, run.stdout);
    assert.match(
      errors[0]!,
      /^::error file=shadowgate\.lock,line=\d+,col=\d+::shadowgate\.lock is stale: tools\/refund\.json changed \(tool:refund [0-9a-f]{12} → [0-9a-f]{12}\)/,
    );
    assert.match(
      errors[1]!,
      /^::error file=tools\/refund\.json::tool refund: BREAKING change, below the required FULL: .*%0A {2}hint: migration: expand, migrate, contract/,
    );
    assert.match(errors[2]!, /^::error::shadowgate check failed/);
  });
});
