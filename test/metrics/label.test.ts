import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricSet } from '../../src/metrics/index.ts';
import { extractLabel } from '../../src/metrics/extract.ts';
import type { MetricContext, MetricResult, Pair } from '../../src/types.ts';
import { context, ok, pair } from './helpers.ts';
import { plain } from '../support/values.ts';

async function results(pairs: Pair[], ctx: MetricContext): Promise<Map<string, MetricResult>> {
  const set = new MetricSet('label', ctx);
  await set.observeAll(pairs);
  return new Map((await set.finish()).map((r) => [r.id, r]));
}

test('labels come from trimmed text, a JSON Pointer into the answer, or the protocol value', () => {
  assert.equal(extractLabel({ text: '  spam \n' }, { kind: 'label' }), 'spam');
  assert.equal(extractLabel({ text: '{"result":{"label":"ham","p":0.9}}' }, { kind: 'label', pointer: '/result/label' }), 'ham');
  assert.equal(extractLabel({ text: 'not json' }, { kind: 'label', pointer: '/label' }), '(none)');
  assert.equal(extractLabel({ value: 3 }, { kind: 'label' }), '3');
  assert.equal(extractLabel({ value: { label: true } }, { kind: 'label', pointer: '/label' }), 'true');
});

test('label agreement reports flips, Cohen κ and the confusion matrix; PSI and JS measure the label mix', async () => {
  const labels = [
    ['spam', 'spam'],
    ['spam', 'spam'],
    ['spam', 'ham'],
    ['ham', 'ham'],
    ['ham', 'ham'],
    ['ham', 'spam'],
    ['ham', 'ham'],
    ['spam', 'spam'],
  ] as const;
  const r = await results(
    labels.map(([b, c]) => pair(ok({ text: b }), ok({ text: c }))),
    context({ kind: 'label', labels: ['spam', 'ham'] }),
  );
  const agreement = r.get('label.agreement');
  assert.equal(agreement?.test, 'agreement');
  assert.deepEqual(plain(agreement?.agreement?.values), [1, 1, 0, 1, 1, 0, 1, 1]);
  assert.equal(agreement?.details?.flipRate, 0.25);
  // p_o = 6/8, p_e = (4·4 + 4·4)/64 = 0.5 → κ = 0.5
  assert.equal(agreement?.details?.cohenKappa, 0.5);
  assert.deepEqual(agreement?.details?.confusion, {
    labels: ['ham', 'spam'],
    matrix: [
      [3, 1],
      [1, 3],
    ],
  });
  assert.deepEqual(agreement?.details?.undeclaredLabels, { baseline: 0, candidate: 0 });
  // Same mix on both sides: no drift, whatever the flips.
  assert.equal(r.get('label.distribution_psi')?.distance?.value, 0);
  assert.equal(r.get('label.distribution_js')?.distance?.value, 0);
  assert.equal(r.get('label.distribution_psi')?.distance?.threshold, 0.1);
});

test('a shifted label mix crosses the drift thresholds; unknown labels and missing answers are counted', async () => {
  const pairs: Pair[] = [];
  for (let i = 0; i < 100; i++) pairs.push(pair(ok({ text: i < 50 ? 'a' : 'b' }), ok({ text: i < 80 ? 'a' : i < 95 ? 'b' : i < 98 ? 'c' : '' })));
  const r = await results(pairs, context({ kind: 'label', labels: ['a', 'b'] }));
  const psi = r.get('label.distribution_psi');
  const js = r.get('label.distribution_js');
  assert.equal(psi?.test, 'distance');
  assert.ok((psi?.distance?.value ?? 0) > 0.1, `PSI ${psi?.distance?.value}`);
  assert.ok((js?.distance?.value ?? 0) > 0.1, `JS ${js?.distance?.value}`);
  assert.ok((js?.distance?.value ?? 2) <= 1, 'base-2 JS distance is at most 1');
  assert.deepEqual(psi?.details?.candidateShares, { a: 0.8, b: 0.15, c: 0.03, '(none)': 0.02 });
  const agreement = r.get('label.agreement');
  assert.deepEqual(agreement?.details?.undeclaredLabels, { baseline: 0, candidate: 5 });
  assert.equal(agreement?.details?.flipRate, 0.35); // 30 a→b flips among the first 80, 5 among the last 5
});

test('κ is null when undefined (both sides always answer the same single label)', async () => {
  const r = await results([pair(ok({ text: 'x' }), ok({ text: 'x' })), pair(ok({ text: 'x' }), ok({ text: 'x' }))], context({ kind: 'label' }));
  assert.equal(r.get('label.agreement')?.details?.cohenKappa, null);
  assert.equal(r.get('label.agreement')?.details?.flipRate, 0);
});

test('an over-long "label" is cut, so a misconfigured free-text answer cannot bloat the state', () => {
  const label = extractLabel({ text: 'x'.repeat(5000) }, { kind: 'label' });
  assert.ok(label.length <= 101, `${label.length}`);
});
