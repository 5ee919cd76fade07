// dist/index.js started outside the runner or by a wrapper that sets no INPUT_* at all: the documented
// defaults apply, and a bad input fails the step with one annotation naming it, never a stack trace.
import { ACTION_COMMANDS } from '../../src/action/inputs.ts';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const entry = resolve(import.meta.dirname, '..', '..', 'dist', 'index.js');
const skip = existsSync(entry) ? false : 'dist/ is missing: run `npm run build`';

function runAction(env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'sg-inputs-'));
  const r = spawnSync(process.execPath, [entry], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errors };
}

test('no INPUT_ variable at all: the shadow command starts and stops at the missing runner context, by name', { skip }, () => {
  const run = runAction({});
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0] ?? '', /GITHUB_EVENT_NAME is not set/);
  assert.doesNotMatch(run.stdout + run.stderr, /internal error|\n\s+at /);
});

test('a bad input fails the step with one annotation naming the input and nothing else runs', { skip }, () => {
  for (const [env, message] of [
    [{ 'INPUT_NOISE-FLOOR': 'yes' }, /input noise-floor must be true or false \(got "yes"\)/],
    [{ INPUT_COMMAND: 'deploy' }, new RegExp(`input command must be one of ${ACTION_COMMANDS.join(', ')} \\(got "deploy"\\)`)],
    [{ 'INPUT_FAIL-ON': 'sometimes' }, /input fail-on must be one of fail, warn, never \(got "sometimes"\)/],
  ] as const) {
    const run = runAction(env);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.errors.length, 1, run.stdout);
    assert.match(run.errors[0] ?? '', message);
    assert.doesNotMatch(run.stdout, /GITHUB_EVENT_NAME/, 'stopped before reading the runner context');
    assert.doesNotMatch(run.stdout + run.stderr, /internal error|\n\s+at /);
  }
});
