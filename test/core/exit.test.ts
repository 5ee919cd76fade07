// One exit-code table for the CLI and the action: every code means one thing, each refusal kind and verdict
// maps into it, and `shadowgate --help` names them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EXIT, policyExitCode, VERDICT_EXIT } from '../../src/core/exit.ts';
import { EXIT_CODES } from '../../src/judge/judge.ts';
import { KubeRefusal, REFUSAL_EXIT_CODES, type RefusalKind } from '../../src/kube/refusal.ts';

const codes = Object.values(EXIT) as number[];

test('every exit code has one meaning', () => {
  assert.equal(new Set(codes).size, codes.length, JSON.stringify(EXIT));
});

test('each Kubernetes refusal kind has its own code from the table, and a refusal carries it', () => {
  const refusal = Object.values(REFUSAL_EXIT_CODES);
  assert.equal(new Set(refusal).size, refusal.length);
  for (const [kind, code] of Object.entries(REFUSAL_EXIT_CODES)) {
    assert.ok(codes.includes(code), `${kind} → ${code} is in the table`);
    assert.ok(![EXIT.ok, EXIT.policy, EXIT.badInput, EXIT.outage, EXIT.internal].includes(code as never), `${kind} does not reuse a general code`);
    assert.equal(new KubeRefusal(kind as RefusalKind, 'refused').exitCode, code);
  }
});

test("the report's exit code per verdict is the table's, and the fail-on policy only adds failures", () => {
  assert.deepEqual(EXIT_CODES, VERDICT_EXIT);
  assert.deepEqual(VERDICT_EXIT, { pass: 0, warn: 0, fail: 1, inconclusive: 0, error: 8 });
  assert.equal(policyExitCode('warn', 'warn'), EXIT.policy);
  assert.equal(policyExitCode('fail', 'never'), EXIT.ok);
  assert.equal(policyExitCode('error', 'never'), EXIT.outage);
});

test('shadowgate --help names every exit code', () => {
  const help = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'src', 'cli.ts'), '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  const section = help.stdout.slice(help.stdout.indexOf('Exit codes:'));
  assert.ok(section.length > 20, 'the help has an exit code section');
  for (const [name, code] of Object.entries(EXIT)) assert.match(section, new RegExp(`(^|[\\s/:])${code}\\b`), `${name} (${code})`);
});
