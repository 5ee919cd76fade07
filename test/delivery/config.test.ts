// deploy.canary: what the manifest schema rejects and what parseCanaryConfig adds on top, each as one error
// naming the manifest file and line; and the same through the CLI process: exit 2, one error line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseCanaryConfig, fillTemplate, unknownPlaceholders } from '../../src/delivery/config.ts';
import { isUserError } from '../../src/errors.ts';
import { parseDeployConfig } from '../../src/delivery/deploy-config.ts';
import { parseManifest } from '../../src/manifest/load.ts';
import { REPO } from '../kube/support/cluster.ts';
import { CANARY, DEPLOY_HEAD, expectUserError, parseCanary } from './support/deploy-manifest.ts';

const head = DEPLOY_HEAD + CANARY;

function load(extra: string) {
  return parseCanary(head + extra);
}

function expectError(extra: string, line: number, says: RegExp): void {
  expectUserError(() => load(extra), line, says);
}

test('defaults: the http preset, rungs 1 → 5 → 10 → 25 → 50, Kayenta confidence', () => {
  const c = load('');
  assert.deepEqual(c.rungs, [1, 5, 10, 25, 50]);
  assert.equal(c.confidence, 0.98);
  assert.equal(c.bakeSeconds, 300);
  assert.deepEqual(
    c.metrics.map((m) => [m.name, m.critical]),
    [
      ['error_rate', true],
      ['latency_p99', true],
    ],
  );
  assert.equal(c.provider.url, 'http://prometheus.monitoring:9090');
});

test('the vllm preset judges time to first token and tokens per second too', () => {
  const v = parseManifest(head.replace('url: "http://prometheus.monitoring:9090" }', 'url: "http://p:9090", preset: vllm }'), 'm.yaml');
  const cfg = parseCanaryConfig(v.manifest.deploy, parseDeployConfig(v.manifest.deploy, 'm.yaml'), 'm.yaml');
  assert.deepEqual(
    cfg.metrics.map((m) => m.name),
    ['error_rate', 'latency_p99', 'ttft_p99', 'tokens_per_second'],
  );
  assert.ok(cfg.metrics.every((m) => [m.query, m.failed, m.total].every((q) => q === undefined || unknownPlaceholders(q).length === 0)));
  // Errors are counted (a proportion over the bake), latencies sampled (a series).
  assert.deepEqual(
    [cfg.metrics[0]!.failed, cfg.metrics[0]!.total],
    [
      'vllm:request_success_total{namespace="{{namespace}}",slot="{{slot}}",finished_reason="abort"}',
      'vllm:request_success_total{namespace="{{namespace}}",slot="{{slot}}"}',
    ],
  );
  assert.match(
    fillTemplate(cfg.metrics[2]!.query!, { namespace: 'ml', service: 'chat', slot: 'green', window: '1m' }),
    /vllm:time_to_first_token_seconds_bucket\{namespace="ml",slot="green"\}\[1m\]/,
  );
});

test('an unknown router kind is named at its line by the schema', () => {
  assert.throws(
    () => parseManifest(head.replace('kind: gateway-api', 'kind: nginx'), 'shadowgate.yaml'),
    (e: unknown) => {
      assert.ok(isUserError(e));
      assert.equal(e.location?.line, 12);
      assert.match(e.message, /deploy\.canary\.router\.kind/);
      assert.match(e.message, /gateway-api/);
      return true;
    },
  );
});

test('rungs not strictly increasing: the offending rung is named', () => {
  expectError('    rungs:\n      - 5\n      - 25\n      - 10\n', 18, /rungs must be strictly increasing \(25 then 10\)/);
  expectError('    rungs: [10, 10]\n', 15, /strictly increasing/);
});

test('a rung of 100 % or more is refused by the schema: the last step is always the hand-over', () => {
  assert.throws(
    () => parseManifest(`${head}    rungs: [10, 100]\n`, 'shadowgate.yaml'),
    (e: unknown) => isUserError(e) && e.location?.line === 15,
  );
});

test('a PromQL template with an unknown placeholder is named at its line', () => {
  expectError(
    '    metrics:\n      - name: errors\n        query: sum(rate(errors_total{pod="{{pod}}"}[{{window}}]))\n',
    17,
    /metrics\.0\.query: unknown placeholder \{\{pod\}\} \(known: \{\{namespace\}\}, \{\{service\}\}, \{\{slot\}\}, \{\{window\}\}\)/,
  );
});

test('a slot Service that is the live Service is refused: the candidate backend would reach both slots', () => {
  const text = head.replace('services: { blue: chat-blue, green: chat-green }', 'services: { blue: chat, green: chat-green }');
  assert.throws(
    () => parseCanary(text),
    (e: unknown) => isUserError(e) && e.location?.line === 13 && /services\.blue: "chat" is the live Service/.test(e.message),
  );
});

test('through the CLI: exit 2, one error line with file:line, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-canary-cli-'));
  try {
    writeFileSync(join(dir, 'shadowgate.yaml'), `${head}    rungs: [1, 5, 5]\n`);
    const run = spawnSync(process.execPath, [join(REPO, 'src/cli.ts'), 'canary', 'advance'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: join(dir, 'none') },
    });
    assert.equal(run.status, 2, run.stderr);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.equal(errors.length, 1, run.stderr);
    assert.match(errors[0]!, /^error: shadowgate\.yaml:15:\d+: deploy\.canary\.rungs\.2: rungs must be strictly increasing \(5 then 5\)/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);

    const step = spawnSync(process.execPath, [join(REPO, 'src/cli.ts'), 'canary', 'forward'], { cwd: dir, encoding: 'utf8' });
    assert.equal(step.status, 2);
    assert.match(step.stderr, /canary needs a step: advance, abort, status \(got "forward"\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bake no longer than the rate window is refused: no point of the rung would be its own', () => {
  expectError('    bakeSeconds: 60\n', 15, /bakeSeconds: 60 s is not longer than the rate window provider\.window \(1m\)/);
});

test('sticky sessions are for the gateway-api and istio routers; the flagd router refuses them at their line', () => {
  const text = `${head.replace('kind: gateway-api', 'kind: flagd')}    sessionAffinity: { cookieName: sg }\n`;
  assert.throws(
    () => parseCanary(text),
    (e: unknown) =>
      isUserError(e) && e.location?.line === 15 && /sticky sessions need the gateway-api or istio router \(router\.kind is flagd\)/.test(e.message),
  );
  assert.deepEqual(load('    sessionAffinity: {}\n').sessionAffinity, { cookieName: 'shadowgate-canary', maxAgeSeconds: 86400 });
  const istio = parseManifest(`${head.replace('kind: gateway-api', 'kind: istio')}    sessionAffinity: { cookieName: sg }\n`, 'shadowgate.yaml');
  assert.deepEqual(parseCanaryConfig(istio.manifest.deploy, parseDeployConfig(istio.manifest.deploy, 'shadowgate.yaml'), 'shadowgate.yaml').sessionAffinity, {
    cookieName: 'sg',
    maxAgeSeconds: 86400,
  });
});

test('a metric is a series (query) or a proportion (failed and total), never both or half', () => {
  expectError(
    '    metrics:\n      - name: errors\n        failed: errors_total\n',
    16,
    /metrics\.0: a proportion metric needs both failed and total, and no query/,
  );
  expectError('    metrics:\n      - name: errors\n        scale: absolute\n', 16, /metrics\.0: give a query \(a series metric\) or failed and total/);
  expectError(
    '    metrics:\n      - name: errors\n        failed: errors_total{pod="{{pod}}"}\n        total: requests_total\n',
    17,
    /metrics\.0\.failed: unknown placeholder \{\{pod\}\}/,
  );
  const c = load('    metrics:\n      - { name: errors, failed: errors_total, total: requests_total }\n');
  assert.deepEqual(c.metrics[0], {
    name: 'errors',
    failed: 'errors_total',
    total: 'requests_total',
    direction: 'increase',
    scale: 'absolute',
    tolerance: 0.005,
    threshold: 0.01,
    critical: true,
  });
});

test('every default of deploy.canary is the one the manifest schema states', async () => {
  const schema = JSON.parse((await import('node:fs')).readFileSync(join(REPO, 'src/manifest/manifest.schema.json'), 'utf8')) as {
    $defs: Record<string, { properties: Record<string, { default?: unknown; properties?: Record<string, { default?: unknown }> }> }>;
  };
  const canary = schema.$defs.deployCanary!.properties;
  const metric = schema.$defs.deployCanaryMetric!.properties;
  const c = load(`    sessionAffinity: {}
    metrics: [{ name: latency, query: "q" }]
`);
  assert.deepEqual(c.rungs, canary.rungs!.default);
  assert.deepEqual(
    [c.bakeSeconds, c.minSamples, c.minRequests, c.confidence],
    [canary.bakeSeconds!.default, canary.minSamples!.default, canary.minRequests!.default, canary.confidence!.default],
  );
  const provider = canary.provider!.properties!;
  assert.deepEqual(
    [c.provider.preset, c.provider.stepSeconds, c.provider.window, c.provider.timeoutSeconds],
    [provider.preset!.default, provider.stepSeconds!.default, provider.window!.default, provider.timeoutSeconds!.default],
  );
  assert.equal(c.router.rule, canary.router!.properties!.rule!.default);
  const affinity = canary.sessionAffinity!.properties!;
  assert.deepEqual(c.sessionAffinity, { cookieName: affinity.cookieName!.default, maxAgeSeconds: affinity.maxAgeSeconds!.default });
  assert.deepEqual(
    [c.metrics[0]!.direction, c.metrics[0]!.scale, c.metrics[0]!.critical],
    [metric.direction!.default, metric.scale!.default, metric.critical!.default],
  );
});
