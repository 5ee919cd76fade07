import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricSet } from '../../src/metrics/index.ts';
import { extractNumber } from '../../src/metrics/extract.ts';
import type { MetricContext, MetricResult, ModelOutput, Pair } from '../../src/types.ts';
import { context, failed, ok, pair, seeded } from './helpers.ts';
import { plain, plainPaired } from '../support/values.ts';

async function results(pairs: Pair[], ctx: MetricContext): Promise<Map<string, MetricResult>> {
  const set = new MetricSet('numeric', ctx);
  await set.observeAll(pairs);
  return new Map((await set.finish()).map((r) => [r.id, r]));
}

const numberPair = (b: number, c: number): Pair => pair(ok({ value: b }), ok({ value: c }));

test('numbers come from the protocol value, a pointer, a one-element tensor, or a numeric text', () => {
  const spec = { kind: 'numeric' as const };
  assert.equal(extractNumber({ value: 0.25 }, spec), 0.25);
  assert.equal(extractNumber({ value: '1e3' }, spec), 1000);
  assert.equal(extractNumber({ text: '{"score": {"p": [0.7]}}' }, { kind: 'numeric', pointer: '/score/p/0' }), 0.7);
  assert.equal(extractNumber({ tensors: [{ name: 'out', shape: [1], datatype: 'FP32', data: [3.5] }] }, spec), 3.5);
  assert.equal(extractNumber({ text: ' 42 ' }, spec), 42);
  const unreadable: ModelOutput[] = [
    { text: 'about 42' },
    { value: 'NaN' },
    { tensors: [{ name: 'o', shape: [2], datatype: 'FP32', data: [1, 2] }] },
    { text: '' },
  ];
  for (const output of unreadable) assert.equal(extractNumber(output, spec), undefined, JSON.stringify(output));
});

test('numeric.value pairs the values; within_tolerance uses atol + rtol·|baseline| and reports MAE and max error', async () => {
  const ctx = context({ kind: 'numeric', rtol: 0.01, atol: 0.5 });
  const r = await results(
    [
      numberPair(100, 101),
      numberPair(100, 101.6),
      numberPair(-2, -2.4),
      numberPair(0, 0.6),
      pair(ok({ value: 1 }), ok({ text: 'n/a' })),
      pair(ok({ value: 1 }), failed('timeout')),
    ],
    ctx,
  );
  const value = r.get('numeric.value');
  assert.equal(value?.test, 'paired-continuous');
  assert.deepEqual(plainPaired(value?.paired), { baseline: [100, 100, -2, 0], candidate: [101, 101.6, -2.4, 0.6] });
  assert.equal(value?.details?.missingValuePairs, 1);
  assert.equal(value?.details?.excludedFailedPairs, 1);
  const tolerance = r.get('numeric.within_tolerance');
  assert.deepEqual(plain(tolerance?.agreement?.values), [1, 0, 1, 0]);
  assert.equal(tolerance?.details?.notComparablePairs, 1);
  assert.ok(Math.abs((tolerance?.details?.meanAbsoluteError as number) - (1 + 1.6 + 0.4 + 0.6) / 4) < 1e-12);
  assert.ok(Math.abs((tolerance?.details?.maxAbsoluteError as number) - 1.6) < 1e-12);
});

test('KS and normed Wasserstein stay under threshold for the same law and cross it for a shift', async () => {
  const ctx = context({ kind: 'numeric' });
  const rand = seeded(11);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const same: Pair[] = [];
  const shifted: Pair[] = [];
  for (let i = 0; i < 400; i++) {
    const b = normal();
    same.push(numberPair(b, b + 0.01 * normal()));
    shifted.push(numberPair(b, normal() + 0.5));
  }
  const calm = await results(same, ctx);
  const drift = await results(shifted, ctx);
  for (const id of ['numeric.ks', 'numeric.wasserstein_norm']) {
    const c = calm.get(id);
    const d = drift.get(id);
    assert.equal(c?.test, 'distance');
    assert.ok((c?.distance?.value ?? 1) < (c?.distance?.threshold ?? 0), `${id} same law: ${c?.distance?.value}`);
    assert.ok((d?.distance?.value ?? 0) > (d?.distance?.threshold ?? 1), `${id} shifted: ${d?.distance?.value}`);
  }
  assert.ok((drift.get('numeric.ks')?.details?.pValue as number) < 1e-6);
  assert.ok((calm.get('numeric.ks')?.details?.pValue as number) > 0.5);
});
