// The Prometheus provider against a real Prometheus server scraping a real /metrics endpoint: values come
// back in order; a query error, an empty result, several series, NaN and a server that is down each come
// back as what they are, never as data that could pass a rung.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PrometheusProvider } from '../../src/delivery/providers/prometheus.ts';
import { startModelServer, type ModelServer } from './support/model-server.ts';
import { freePort } from '../support/server-processes.ts';
import { ensurePrometheus, startPrometheus, waitForScrapes, type Prometheus } from './support/prometheus.ts';

ensurePrometheus();

let server: ModelServer;
let prometheus: Prometheus;
let provider: PrometheusProvider;

before(
  async () => {
    server = await startModelServer({ delayMs: 1, errorRate: 0 });
    prometheus = await startPrometheus([{ url: server.url, labels: { namespace: 'ml', slot: 'blue' } }]);
    provider = new PrometheusProvider(prometheus.url, 5000);
    await waitForScrapes(prometheus, 'namespace="ml"', 1, 3);
  },
  { timeout: 90_000 },
);

after(async () => {
  await prometheus?.stop();
  await server?.close();
});

const lastSeconds = (s: number) => ({ start: new Date(Date.now() - s * 1000), end: new Date(), stepSeconds: 0.5 });

test('online, and a query over a window gives one value per step', async () => {
  assert.equal(await provider.online(), undefined);
  const s = await provider.sample('sum(up{namespace="ml",slot="blue"})', lastSeconds(2));
  assert.equal(s.error, undefined);
  assert.ok(s.values.length >= 4 && s.values.length <= 5, String(s.values.length));
  assert.ok(s.values.every((v) => v === 1));
});

test("a PromQL error is reported with Prometheus' own message", async () => {
  const s = await provider.sample('sum(rate(http_requests_total[', lastSeconds(2));
  assert.deepEqual(s.values, []);
  assert.match(s.error ?? '', /^query failed \(bad_data\): .*parse error/);
});

test('no series, several series, NaN: no values, and why', async () => {
  const empty = await provider.sample('http_requests_total{slot="nowhere"}', lastSeconds(2));
  assert.match(empty.error ?? '', /no data: the query matched no series/);
  const many = await provider.sample('label_replace(up, "copy", "a", "", "") or label_replace(up, "copy", "b", "", "")', lastSeconds(2));
  assert.match(many.error ?? '', /returned 2 series; aggregate it/);
  const nan = await provider.sample('vector(0) / vector(0)', lastSeconds(2));
  assert.equal(nan.error, undefined);
  assert.deepEqual(nan.values, []);
  assert.ok(nan.dropped >= 4);
});

test('a server that is down is unreachable, for online() and for a sample', async () => {
  const port = await freePort(); // nothing listens there
  const down = new PrometheusProvider(`http://127.0.0.1:${port}`, 2000);
  assert.equal(await down.online(), `Prometheus at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)`);
  const s = await down.sample('up', lastSeconds(2));
  assert.match(s.error ?? '', /unreachable/);
});

test('an instant value: one number, or why not', async () => {
  const now = new Date();
  assert.deepEqual(await provider.value('sum(up{namespace="ml"})', now), { value: 1 });
  assert.deepEqual(await provider.value('sum(up{namespace="ml"}) or vector(0)', now), { value: 1 });
  assert.match((await provider.value('up{slot="nowhere"}', now)).error ?? '', /no data/);
  assert.match((await provider.value('label_replace(up, "c", "a", "", "") or label_replace(up, "c", "b", "", "")', now)).error ?? '', /2 series/);
  assert.match((await provider.value('sum(rate(up[', now)).error ?? '', /^query failed \(bad_data\)/);
  assert.deepEqual(await provider.value('vector(0) / vector(0)', now), { error: 'the query returned NaN' });
});
