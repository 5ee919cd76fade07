// The deploy: section is described once, by the manifest schema: the manifest loader and the delivery
// commands (src/delivery/deploy-config.ts) validate with it, and every error names the offending field's line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeployConfig } from '../../src/delivery/deploy-config.ts';
import { parseManifest } from '../../src/manifest/load.ts';
import { isUserError } from '../../src/errors.ts';

const base = `version: 1
service: support-bot
model: { protocol: openai, endpoint: "http://127.0.0.1:1/v1", id: m }
output: { kind: text }
shadow: { dataset: data.jsonl }
`;

test('a valid deploy section loads; a misspelt key is reported on its line', () => {
  const ok = parseManifest(
    `${base}deploy:\n  service: support-bot\n  slots:\n    blue: { selector: blue, deployments: [bot-blue], url: "http://bot-blue.ml:8080/v1" }\n    green: { selector: green, deployments: [bot-green] }\n`,
    'shadowgate.yaml',
  );
  assert.equal((ok.manifest.deploy as { service: string }).service, 'support-bot');
  assert.throws(
    () => parseManifest(`${base}deploy:\n  service: support-bot\n  slotz: {}\n`, 'shadowgate.yaml'),
    (e: unknown) => isUserError(e) && e.location?.file === 'shadowgate.yaml' && e.location.line === 8 && /slotz|slots/.test(e.message),
  );
});

const deep = (warmupLine: string, greenSelector = 'green') => `${base}deploy:
  service: support-bot
  slots:
    blue:
      selector: blue
      deployments: [bot-blue]
    green:
      selector: ${greenSelector}
      deployments: [bot-green]
  warmup:
    windowSize: 10
${warmupLine}
`;

test('a bad field deep in deploy: is reported at its own line, not at the deploy: line', () => {
  // Line 17 is warmup.concurrency; the deploy: key is on line 6.
  assert.throws(
    () => parseManifest(deep('    concurrency: 0'), 'ops/shadowgate.yaml'),
    (e: unknown) =>
      isUserError(e) &&
      e.location?.file === 'ops/shadowgate.yaml' &&
      e.location.line === 17 &&
      /deploy\.warmup\.concurrency must be >= 1 \(got 0\)/.test(e.message),
  );
  // The same section handed to the delivery commands unvalidated: the same message at the same line.
  const loaded = parseManifest(deep('    concurrency: 2'), 'ops/shadowgate.yaml');
  const raw = structuredClone(loaded.manifest.deploy) as { warmup: { concurrency: number } };
  raw.warmup.concurrency = 0;
  assert.throws(
    () => parseDeployConfig(raw, 'ops/shadowgate.yaml', (path) => loaded.locate(['deploy', ...path])),
    (e: unknown) => isUserError(e) && e.location?.line === 17 && /deploy\.warmup\.concurrency must be >= 1/.test(e.message),
  );
});

test('the rule the schema cannot state (slots with the same selector value) is reported at the second selector', () => {
  const loaded = parseManifest(deep('    concurrency: 2', 'blue'), 'ops/shadowgate.yaml');
  assert.throws(
    () => parseDeployConfig(loaded.manifest.deploy, 'ops/shadowgate.yaml', (path) => loaded.locate(['deploy', ...path])),
    (e: unknown) =>
      isUserError(e) && e.location?.line === 13 && /deploy\.slots\.green\.selector: blue and green use the same selector value "blue"/.test(e.message),
  );
});

test('a valid section gets the schema defaults for what it leaves out', () => {
  const loaded = parseManifest(deep('    concurrency: 2'), 'ops/shadowgate.yaml');
  const config = parseDeployConfig(loaded.manifest.deploy, 'ops/shadowgate.yaml', (path) => loaded.locate(['deploy', ...path]));
  assert.deepEqual(config.warmup, { windowSize: 10, marginPercent: 10, maxRequests: 400, maxSeconds: 120, concurrency: 2 });
  assert.equal(config.namespace, 'default');
  assert.equal(config.lease.name, 'shadowgate-support-bot');
});

test('the manifest loader and the delivery commands reject the same deploy sections with the same words', () => {
  const slots = { blue: { selector: 'blue', deployments: ['bot-blue'] }, green: { selector: 'green', deployments: ['bot-green'] } };
  const canary = {
    router: { kind: 'gateway-api', name: 'bot' },
    services: { blue: 'bot-blue', green: 'bot-green' },
    provider: { kind: 'prometheus', url: 'http://127.0.0.1:9090' },
  };
  const sections: Record<string, unknown>[] = [
    { service: 'support-bot', slots, standby: { minReplicas: -1 } },
    { service: 'support-bot', slots, windows: { open: 'always' } },
    { service: 'support-bot', slots, canary: { ...canary, router: { kind: 'nginx', name: 'bot' } } },
    { service: 'support-bot', slots, canary: { ...canary, bakeSeconds: 'long' } },
    { service: 'support-bot', slots: { ...slots, blue: { ...slots.blue, url: 'not a url' } } },
    { service: 'support-bot', slots, watch: { secs: 3 } },
  ];
  const seen = new Set<string>();
  for (const deploy of sections) {
    let fromLoader: string | undefined;
    try {
      parseManifest(`${base}deploy: ${JSON.stringify(deploy)}\n`, 'shadowgate.yaml');
    } catch (e) {
      fromLoader = (e as Error).message;
    }
    assert.match(fromLoader ?? '', /^deploy\./, `the loader accepted ${JSON.stringify(deploy)}`);
    seen.add(fromLoader!);
    assert.throws(
      () => parseDeployConfig(deploy, 'shadowgate.yaml'),
      (e: unknown) => isUserError(e) && e.message === fromLoader,
      JSON.stringify(deploy),
    );
  }
  assert.equal(seen.size, sections.length, 'each section fails for its own reason');
});
