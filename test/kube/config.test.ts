import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUserError } from '../../src/errors.ts';
import { parseDeployConfig } from '../../src/delivery/deploy-config.ts';

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
    [{ ...minimal, service: 'Chat_API' }, /deploy.service must be a DNS label.*"Chat_API"/],
    [{ ...minimal, slots: { blue: minimal.slots.blue } }, /deploy.slots.green is required/],
    [{ ...minimal, slots: { ...minimal.slots, green: { selector: 'blue', deployments: ['x'] } } }, /same selector value "blue"/],
    [{ ...minimal, slots: { ...minimal.slots, green: { selector: 'green', deployments: [] } } }, /deploy.slots.green.deployments must have at least 1 entry/],
    [{ ...minimal, slots: { ...minimal.slots, green: { selector: 'gr een', deployments: ['x'] } } }, /deploy.slots.green.selector must be a label value/],
    [{ ...minimal, warmup: { windowSize: 1 } }, /deploy.warmup.windowSize must be >= 2 \(got 1\)/],
    [{ ...minimal, watch: { secs: 3 } }, /deploy.watch.secs is not a known field of deploy.watch/],
    [{ ...minimal, lease: { durationSeconds: 'long' } }, /deploy.lease.durationSeconds must be an integer \(got "long"\)/],
    [{ ...minimal, standby: { minReplicas: -1 } }, /deploy.standby.minReplicas must be >= 0/],
  ];
  for (const [raw, message] of cases) {
    assert.throws(
      () => parseDeployConfig(raw, 'ops/shadowgate.yaml', (path) => ({ file: 'ops/shadowgate.yaml', line: path.length + 10 })),
      (e: unknown) => {
        assert.ok(isUserError(e));
        assert.match(e.message, message);
        assert.equal(e.location?.file, 'ops/shadowgate.yaml');
        assert.ok(typeof e.location?.line === 'number');
        return true;
      },
    );
  }
});

test("settings left out take the manifest schema's defaults; those given are kept", () => {
  const c = parseDeployConfig({ ...minimal, warmup: { windowSize: 8 }, standby: { minReplicas: 1 } }, 'shadowgate.yaml');
  assert.deepEqual(c.warmup, { windowSize: 8, marginPercent: 10, maxRequests: 400, maxSeconds: 120, concurrency: 4 });
  assert.deepEqual(c.watch, { seconds: 60, intervalSeconds: 5, maxFailures: 1 });
  assert.deepEqual(c.standby, { minReplicas: 1, rollbackWindowSeconds: 600, readyTimeoutSeconds: 900 });
  assert.equal(parseDeployConfig(minimal, 'shadowgate.yaml').standby, undefined);
});
