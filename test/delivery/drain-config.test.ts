// deploy.drain: its defaults, and bad input as one error naming the manifest file and line — directly and
// through the CLI process (exit 2, one error line, nothing contacted).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { parseDrain } from '../../src/delivery/drain.ts';
import { REPO } from '../kube/support/cluster.ts';
import { CANARY, DEPLOY_HEAD, expectUserError, MANIFEST_FILE, parseDeploy } from './support/deploy-manifest.ts';

function load(text: string) {
  const { raw, config, locate } = parseDeploy(text);
  return parseDrain(raw, config, MANIFEST_FILE, locate);
}

function expectError(text: string, line: number, says: RegExp): void {
  expectUserError(() => load(text), line, says);
}

test("defaults: a 600 s timeout, 120 s quiet period, 30 s of marking, and the canary preset's request counter", () => {
  const plan = load(`${DEPLOY_HEAD}${CANARY}  drain: {}\n`)!;
  assert.deepEqual(plan.settings, { timeoutSeconds: 600, quietSeconds: 120, markSeconds: 30, cookieName: 'shadowgate-slot' });
  assert.equal(plan.requests, 'http_requests_total{namespace="{{namespace}}",slot="{{slot}}"}');
  assert.equal(load(`${DEPLOY_HEAD}${CANARY}`), undefined);
  const own = load(`${DEPLOY_HEAD}${CANARY}  drain: { requests: 'vllm:request_success_total{namespace="{{namespace}}",slot="{{slot}}"}' }\n`)!;
  assert.equal(own.requests, 'vllm:request_success_total{namespace="{{namespace}}",slot="{{slot}}"}');
});

test('bad input: one error at the line of deploy.drain', () => {
  expectError(`${DEPLOY_HEAD}  drain: { timeoutSeconds: 300 }\n`, 11, /deploy\.drain: session draining needs deploy\.canary/);
  expectError(
    `${DEPLOY_HEAD}${CANARY.replace('kind: gateway-api, name: chat', 'kind: flagd, name: flags, key: flags.json, flag: chat-model')}  drain: {}\n`,
    15,
    /session draining needs a router that can match a cookie: gateway-api or istio \(deploy\.canary\.router\.kind is flagd\)/,
  );
  expectError(
    `${DEPLOY_HEAD}${CANARY.replace('kind: gateway-api, name: chat', 'kind: istio, name: chat, destinationRule: chat-slots')}  drain: {}\n`,
    15,
    /deploy\.drain: session draining needs the slot Services as the route's backends; deploy\.canary\.router\.destinationRule \(subsets of chat-slots\) is not supported with it/,
  );
  expectError(
    `${DEPLOY_HEAD}${CANARY}  drain:\n    requests: 'http_requests_total{pod="{{pod}}"}'\n`,
    16,
    /deploy\.drain\.requests: unknown placeholder \{\{pod\}\}/,
  );
  expectError(
    `${DEPLOY_HEAD}${CANARY}    sessionAffinity: { cookieName: sg }\n  drain: { cookieName: sg }\n`,
    16,
    /"sg" is also the canary's sticky-session cookie/,
  );
  expectError(`${DEPLOY_HEAD}${CANARY}  drain: { timeoutSeconds: 0 }\n`, 15, /timeoutSeconds/);
  expectError(`${DEPLOY_HEAD}${CANARY}  drain: { quiet: 10 }\n`, 15, /quiet/);
});

test('through the CLI: rollback with a bad drain section exits 2 with one error line before contacting the cluster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-drain-config-'));
  try {
    writeFileSync(join(dir, 'shadowgate.yaml'), `${DEPLOY_HEAD}  drain: { timeoutSeconds: 300 }\n`);
    // A cluster nobody listens for: any request would fail with a connection error instead.
    writeFileSync(
      join(dir, 'kubeconfig'),
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'c',
        clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:1' } }],
        users: [{ name: 'u', user: { token: 't' } }],
        contexts: [{ name: 'c', context: { cluster: 'c', user: 'u' } }],
      }),
    );
    const run = spawnSync(process.execPath, [join(REPO, 'src/cli.ts'), 'rollback'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: join(dir, 'kubeconfig') },
    });
    assert.equal(run.status, 2, run.stderr);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.equal(errors.length, 1, run.stderr);
    assert.match(errors[0]!, /^error: shadowgate\.yaml:11:\d+: deploy\.drain: session draining needs deploy\.canary/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
