import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { lint } from '../../src/delivery/blue-green.ts';
import { lintYamlText, preStopSeconds } from '../../src/kube/lint.ts';
import { LINT_SETTINGS, SAFE_DEPLOYMENT } from './support/lint-fixtures.ts';

const unsafe = `# serving manifests
apiVersion: v1
kind: Service
metadata:
  name: chat
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: chat-green
spec:
  replicas: 2
  template:
    spec:
      terminationGracePeriodSeconds: 30
      containers:
        - name: model
          image: vllm:1
          lifecycle:
            preStop:
              exec:
                command: ["sh", "-c", "sleep 2"]
`;

test('an unsafe Deployment gets one finding per rule, each on its line', () => {
  const findings = lintYamlText(unsafe, 'k8s/chat.yaml', LINT_SETTINGS);
  const byRule = Object.fromEntries(findings.map((f) => [f.rule, f]));
  assert.deepEqual(Object.keys(byRule).sort(), ['grace-period', 'max-unavailable', 'pre-stop', 'readiness-probe', 'startup-probe']);
  assert.equal(byRule['grace-period']?.location?.line, 15);
  assert.equal(byRule['pre-stop']?.location?.line, 20);
  assert.match(byRule['pre-stop']?.message ?? '', /only 2 s/);
  assert.equal(byRule['readiness-probe']?.location?.line, 17);
  assert.match(byRule['max-unavailable']?.message ?? '', /25% \(default\)/);
  assert.equal(byRule['max-unavailable']?.location?.line, 11, 'missing strategy is reported on spec');
  assert.equal(byRule['startup-probe']?.severity, 'warning');
  assert.equal(byRule['grace-period']?.location?.file, 'k8s/chat.yaml');
});

test('an LLM-safe Deployment passes', () => {
  assert.deepEqual(lintYamlText(SAFE_DEPLOYMENT, 'k8s/blue.yaml', LINT_SETTINGS), []);
});

test('preStop delays are read from sleep actions and exec sleeps', () => {
  assert.equal(preStopSeconds({ sleep: { seconds: 7 } }), 7);
  assert.equal(preStopSeconds({ exec: { command: ['/bin/sh', '-c', 'sleep 15 && kill -TERM 1'] } }), 15);
  assert.equal(preStopSeconds({ httpGet: { path: '/drain', port: 8000 } }), 'unknown');
  assert.equal(preStopSeconds(undefined), undefined);
});

test('lint command on repo files logs file:line findings; broken YAML is a UserError with its line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sg-lint-'));
  const file = join(dir, 'chat.yaml');
  await writeFile(file, unsafe);
  const log = memoryLog();
  const result = await lint({ files: [file], manifestFile: 'shadowgate.yaml', log });
  assert.equal(result.errors, 4);
  assert.equal(result.warnings, 1);
  assert.ok(log.lines.some((l) => l.startsWith(`error: ${file}:15:`) && l.includes('terminationGracePeriodSeconds is 30')));

  const broken = join(dir, 'broken.yaml');
  await writeFile(broken, 'kind: Deployment\nspec:\n  template: [\n');
  await assert.rejects(
    lint({ files: [broken], manifestFile: 'shadowgate.yaml', log }),
    (e: unknown) => isUserError(e) && e.location?.file === broken && typeof e.location.line === 'number',
  );
});
