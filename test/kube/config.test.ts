import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isUserError } from '../../src/errors.ts';
import { deploySchema, parseDeployConfig } from '../../src/delivery/deploy-config.ts';

const minimal = {
  service: 'chat',
  slots: { blue: { selector: 'blue', deployments: ['chat-blue'] }, green: { selector: 'green', deployments: ['chat-green'] } },
};

test('a minimal deploy section gets the documented defaults', () => {
  const c = parseDeployConfig(minimal, 'shadowgate.yaml');
  assert.equal(c.namespace, 'default');
  assert.equal(c.slotKey, 'shadowgate.dev/slot');
  assert.equal(c.lease.name, 'shadowgate-chat');
  assert.equal(c.lease.durationSeconds, 900);
  assert.equal(c.lint.minGracePeriodSeconds, 300);
  assert.equal(c.historyLimit, 10);
  assert.deepEqual(c.slots.green, { selector: 'green', deployments: ['chat-green'] });
});

test('bad input is one UserError naming the manifest file, the setting and (when known) the line', () => {
  const cases: [unknown, RegExp][] = [
    [undefined, /deploy: missing/],
    [{ ...minimal, service: 'Chat_API' }, /deploy.service: "Chat_API" is not a valid Service name/],
    [{ ...minimal, slots: { blue: minimal.slots.blue } }, /deploy.slots.green: missing/],
    [{ ...minimal, slots: { ...minimal.slots, green: { selector: 'blue', deployments: ['x'] } } }, /same selector value "blue"/],
    [{ ...minimal, slots: { ...minimal.slots, green: { selector: 'green', deployments: [] } } }, /deploy.slots.green.deployments: must list at least one/],
    [{ ...minimal, warmup: { windowSize: 1 } }, /deploy.warmup.windowSize: must be at least 2/],
    [{ ...minimal, watch: { secs: 3 } }, /deploy.watch.secs: unknown setting/],
    [{ ...minimal, lease: { durationSeconds: 'long' } }, /deploy.lease.durationSeconds: must be a number/],
  ];
  for (const [raw, message] of cases) {
    assert.throws(() => parseDeployConfig(raw, 'ops/shadowgate.yaml', (path) => ({ file: 'ops/shadowgate.yaml', line: path.length + 10 })), (e: unknown) => {
      assert.ok(isUserError(e));
      assert.match(e.message, message);
      assert.equal(e.location?.file, 'ops/shadowgate.yaml');
      assert.ok(typeof e.location?.line === 'number');
      return true;
    });
  }
});

test('the JSON Schema fragment accepts what the parser accepts and rejects unknown settings', () => {
  const ajv = new Ajv2020.default({ allErrors: true, useDefaults: false });
  addFormats.default(ajv);
  const validate = ajv.compile(deploySchema);
  assert.equal(validate({ ...minimal, namespace: 'prod', warmup: { windowSize: 10 }, slots: { ...minimal.slots, blue: { ...minimal.slots.blue, url: 'http://chat-blue.prod:8080' } } }), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...minimal, watch: { secs: 3 } }), false);
  assert.equal(validate({ service: 'chat' }), false);
});
