import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSettled, percentile, warmUp } from '../../src/delivery/warmup.ts';

const settings = { windowSize: 10, marginPercent: 10, maxRequests: 200, maxSeconds: 30, concurrency: 3 };

test('p95 and the settle rule', () => {
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95), 19);
  assert.equal(hasSettled(100, 109, 10), true);
  assert.equal(hasSettled(100, 111, 10), false);
  assert.equal(hasSettled(Number.NaN, 100, 10), false);
});

test('a cold model server that warms up settles once latency stops falling', async () => {
  let n = 0;
  // cold start: first requests slow (model loading, cache misses), then steady around 50 ms
  const result = await warmUp({ send: async () => (n++ < 15 ? 2000 / (n + 1) : 50 + (n % 3)) }, settings);
  assert.equal(result.settled, true, result.reason);
  assert.ok(result.requests >= 30 && result.requests < 60, `settled after ${result.requests}`);
  assert.equal(result.failures, 0);
});

test('latency that keeps climbing never settles and stops at the request limit', async () => {
  let latency = 10;
  const result = await warmUp({ send: async () => (latency *= 1.2) }, { ...settings, maxRequests: 40 });
  assert.equal(result.settled, false);
  assert.equal(result.requests, 40);
  assert.equal(result.windowP95s.length, 4);
  assert.match(result.reason, /did not settle within 40 requests/);
});

test('the time limit also stops it', async () => {
  let t = 0;
  let latency = 10;
  const result = await warmUp(
    {
      send: async () => {
        t += 1000;
        return (latency *= 2);
      },
    },
    { ...settings, maxSeconds: 25, concurrency: 1 },
    { now: () => t },
  );
  assert.equal(result.settled, false);
  assert.match(result.reason, /within 25 s/);
});

test('a slot that fails every request cannot settle and says why', async () => {
  const result = await warmUp(
    {
      send: async () => {
        throw new Error('connect ECONNREFUSED');
      },
    },
    { ...settings, maxRequests: 30 },
  );
  assert.equal(result.settled, false);
  assert.equal(result.failures, 30);
  assert.match(result.reason, /30 of 30 requests failed \(last: connect ECONNREFUSED\)/);
});
