// `shadowgate shadow` as a real process on a KServe v2 numeric model whose candidate pins a new version that
// prices large homes 8 % higher (small ones within tolerance): the numeric metrics must show that shift, in size
// and direction.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { validateJsonReport } from '../../src/report/json.ts';
import { startKserveServer, type ModelServer, type TensorData } from '../support/model-servers.ts';
import { jsonl, readJsonReport, removeAll, runCli, shown, skipWithoutBundle, tempDir, tempRepo, type Repo } from './helpers.ts';

const RECORDS = 120;
const SHIFT = 1.08;
const LARGE_SQFT = 1800;

function features(i: number): number[] {
  return [800 + ((i * 37) % 2200), 1 + (i % 5), 1 + (i % 3), (i * 7) % 60];
}

function price(version: string | undefined, [sqft = 0, bedrooms = 0, bathrooms = 0, age = 0]: number[]): number {
  const base = 40 + sqft * 0.2 + bedrooms * 10 + bathrooms * 8 - age * 0.5;
  if (version !== '2') return base;
  return sqft > LARGE_SQFT ? base * SHIFT : base + 0.25;
}

function manifest(endpoint: string, version: string): string {
  return [
    'version: 1',
    'service: pricing',
    'model:',
    '  protocol: kserve-v2',
    `  endpoint: ${endpoint}`,
    '  id: pricing',
    `  version: "${version}"`,
    '  kserve:',
    '    inputs:',
    '      - name: features',
    '        datatype: FP32',
    '        shape: [1, 4]',
    '        from: features',
    '    output:',
    '      name: price',
    'output:',
    '  kind: numeric',
    '  rtol: 0.01',
    '  atol: 0.5',
    'shadow:',
    '  dataset: data/houses.jsonl',
    '  concurrency: 8',
    '  timeoutMs: 5000',
    '  minSamples: 50',
    '',
  ].join('\n');
}

let server: ModelServer;
let repo: Repo;

before(async () => {
  server = await startKserveServer({
    latencyMs: 2,
    models: {
      pricing: {
        versions: ['1', '2'],
        infer(inputs: TensorData[], version) {
          const input = inputs.find((t) => t.name === 'features');
          if (!input) return { raw: { error: 'features input is required' }, status: 400 };
          return [{ name: 'price', shape: [1, 1], datatype: 'FP32', data: [price(version, input.data.map(Number))] }];
        },
      },
    },
  });
  repo = tempRepo();
  repo.write('shadowgate.yaml', manifest(server.url, '1'));
  repo.write(
    'data/houses.jsonl',
    jsonl(RECORDS, (i) => ({ features: features(i) })),
  );
  repo.commit('pricing v1');
  repo.write('shadowgate.yaml', manifest(server.url, '2'));
  repo.commit('pin pricing v2');
});
after(async () => {
  await server?.close();
  removeAll();
});

test('a shifted candidate version shows in the numeric metrics', { skip: skipWithoutBundle }, async () => {
  const out = tempDir();
  const sentBefore = server.requests.length;
  const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--fail-on', 'never'], { cwd: repo.root });
  assert.equal(run.code, 0, shown(run));
  const report = readJsonReport(out);
  assert.deepEqual(validateJsonReport(report), []);
  assert.deepEqual(
    report.surfaces.filter((s) => s.changed).map((s) => s.surface),
    ['model'],
  );

  // Each side reached its own pinned version, once per record.
  const paths = server.requests.slice(sentBefore).map((r) => r.path);
  assert.equal(paths.filter((p) => p === '/v2/models/pricing/versions/1/infer').length, RECORDS);
  assert.equal(paths.filter((p) => p === '/v2/models/pricing/versions/2/infer').length, RECORDS);
  assert.equal(report.replay.pairs, RECORDS);
  assert.equal(report.replay.ok, 2 * RECORDS);

  // Expected from the model itself (FP32 on the wire: compare with a float tolerance).
  const pairs = Array.from({ length: RECORDS }, (_, i) => [price('1', features(i)), price('2', features(i))] as const);
  const meanAbsoluteError = pairs.reduce((a, [b, c]) => a + Math.abs(c - b), 0) / RECORDS;
  const within = pairs.filter(([b, c]) => Math.abs(c - b) <= 0.5 + 0.01 * Math.abs(b)).length / RECORDS;
  assert.ok(within > 0.1 && within < 0.9, 'the dataset mixes shifted and unshifted answers');

  const metric = (id: string) => {
    const m = report.metrics.find((x) => x.id === id);
    assert.ok(m, `${id} is reported`);
    return m;
  };
  const value = metric('numeric.value');
  assert.equal(value.n, RECORDS);
  assert.ok(value.effect !== undefined && value.effect > 1 && value.effect <= SHIFT + 1e-6, `median ratio in (1, ${SHIFT}], got ${value.effect}`);
  assert.ok((value.candidate ?? 0) > (value.baseline ?? Infinity), 'the candidate median is higher');
  // Prices are positive, so the interval is of the paired ratio: it lies above ×1.
  assert.ok(value.interval && value.interval[0] > 1, `the ratio's interval lies above ×1: ${JSON.stringify(value.interval)}`);
  assert.ok(value.pValue !== undefined, 'the gate tested a change beyond its tolerance');
  const mae = value.details?.meanAbsoluteError;
  assert.ok(typeof mae === 'number' && Math.abs(mae - meanAbsoluteError) < 0.01, `MAE ${mae} ≈ ${meanAbsoluteError}`);
  assert.ok(value.paired && value.paired.difference.min > 0, 'every candidate price is higher');

  const tolerance = metric('numeric.within_tolerance');
  assert.ok(Math.abs((tolerance.candidate ?? -1) - within) < 1e-9, `share within rtol/atol ${tolerance.candidate} = ${within}`);
  assert.notEqual(tolerance.verdict, 'pass');

  const ks = metric('numeric.ks');
  assert.ok((ks.distance?.value ?? 0) >= (ks.distance?.threshold ?? Infinity), `KS D ${ks.distance?.value} reaches its threshold`);
  const wasserstein = metric('numeric.wasserstein_norm');
  assert.ok((wasserstein.distance?.value ?? 0) > 0.1, `normed Wasserstein ${wasserstein.distance?.value} shows drift`);

  assert.notEqual(report.verdict, 'pass', 'a shifted model does not pass unnoticed');
  assert.match(run.stdout, new RegExp(`^pricing: ${report.verdict.toUpperCase()} — ${RECORDS} pairs`, 'm'));
});

test('the warn verdict of a non-critical drift exits 0 by default and 1 under --fail-on warn', { skip: skipWithoutBundle }, async () => {
  const byDefault = tempDir();
  const first = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', byDefault], { cwd: repo.root });
  // Numeric drift gates are not critical: the verdict warns rather than fails.
  assert.equal(readJsonReport(byDefault).verdict, 'warn', shown(first));
  assert.equal(first.code, 0, shown(first));

  const strict = tempDir();
  const second = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', strict, '--fail-on', 'warn'], { cwd: repo.root });
  assert.equal(readJsonReport(strict).verdict, 'warn');
  assert.equal(second.code, 1, shown(second));
});
