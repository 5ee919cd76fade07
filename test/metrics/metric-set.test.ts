import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricSet, pairDivergence } from '../../src/metrics/index.ts';
import type { OutputKind, Pair } from '../../src/types.ts';
import { contextFor, corpus } from './corpus.ts';
import { context, failed, ok, pair } from './helpers.ts';

test('concurrent observe calls give the same results as awaiting each one', async () => {
  const pairs = corpus('json', 120, 3);
  const ctx = contextFor('json');
  const sequential = new MetricSet('json', ctx);
  for (const p of pairs) await sequential.observe(p);
  const concurrent = new MetricSet('json', ctx);
  await Promise.all(pairs.map((p) => concurrent.observe(p)));
  assert.deepEqual(await concurrent.finish(), await sequential.finish());
  assert.equal(concurrent.pairs, 120);
});

test('shards merge through JSON snapshots into the same results as one set', async () => {
  for (const kind of ['text', 'tool-calls', 'label', 'numeric'] as OutputKind[]) {
    const ctx = contextFor(kind);
    const pairs = corpus(kind, 150, 5);
    const whole = new MetricSet(kind, ctx);
    await whole.observeAll(pairs);
    const shards = [new MetricSet(kind, ctx), new MetricSet(kind, ctx), new MetricSet(kind, ctx)];
    for (let i = 0; i < pairs.length; i++) await shards[Math.floor((i * 3) / pairs.length)]?.observe(pairs[i] as Pair);
    const merged = new MetricSet(kind, ctx);
    for (const shard of shards) await merged.merge(JSON.parse(JSON.stringify(await shard.snapshot())));
    assert.deepEqual(await merged.finish(), await whole.finish(), kind);
    assert.equal(merged.pairs, 150);
  }
});

test('merging a snapshot of another output kind is refused', async () => {
  const text = new MetricSet('text', contextFor('text'));
  const label = new MetricSet('label', contextFor('label'));
  await assert.rejects(text.merge(label), /kind label/);
});

test('100,000 pairs stay cheap: states hold numbers, not texts', async () => {
  const ctx = contextFor('text');
  const set = new MetricSet('text', ctx);
  const answers = ['The refund takes 14 days to arrive on your card.', 'Refunds take fourteen days.', 'We cannot help with refunds here, sorry.'];
  const started = performance.now();
  for (let i = 0; i < 100_000; i++) {
    const b = answers[i % 3] as string;
    const c = answers[(i * 7) % 3] as string;
    await set.observe(pair(ok({ text: b }, 100 + (i % 50)), ok({ text: c }, 120 + (i % 70))));
  }
  const results = await set.finish();
  const elapsed = performance.now() - started;
  assert.equal(results.find((r) => r.id === 'text.rouge_l')?.n, 100_000);
  assert.ok(elapsed < 30_000, `${Math.round(elapsed)} ms`);
  // Six per-pair arrays of small numbers; a state that kept the answers would be far larger.
  const bytes = JSON.stringify(await set.snapshot()).length;
  assert.ok(bytes < 12 * 6 * 100_000 * 1.5, `${bytes} bytes`);
});

test('pair divergence is 0 for identical answers, 1 for totally different ones, by the kind’s main metric', () => {
  const text = context({ kind: 'text' });
  assert.equal(pairDivergence(pair(ok({ text: 'same' }), ok({ text: 'same' })), text), 0);
  assert.equal(pairDivergence(pair(ok({ text: 'abc' }), ok({ text: 'xyz' })), text), 1);
  assert.ok(Math.abs(pairDivergence(pair(ok({ text: 'kitten' }), ok({ text: 'sitting' })), text) - 3 / 7) < 1e-12);
  assert.equal(pairDivergence(pair(ok({ text: 'x' }), failed('timeout')), text), 1);
  assert.equal(pairDivergence(pair(failed('timeout'), failed('timeout')), text), 0);

  const json = context({ kind: 'json' });
  assert.equal(pairDivergence(pair(ok({ text: '{"a":1,"b":2}' }), ok({ text: '{"b":2,"a":1}' })), json), 0);
  assert.equal(pairDivergence(pair(ok({ text: '{"a":1,"b":2}' }), ok({ text: '{"a":1,"b":3}' })), json), 0.5);
  assert.equal(pairDivergence(pair(ok({ text: '{"a":1}' }), ok({ text: 'oops' })), json), 1);

  const tools = context({ kind: 'tool-calls' });
  const call = (name: string, args: string) => ({ id: name, name, arguments: args });
  assert.equal(pairDivergence(pair(ok({ toolCalls: [call('a', '{"x":1}')] }), ok({ toolCalls: [call('a', '{"x":1}')] })), tools), 0);
  assert.equal(pairDivergence(pair(ok({ toolCalls: [call('a', '{"x":1}')] }), ok({ toolCalls: [call('a', '{"x":2}')] })), tools), 0.5);
  assert.equal(pairDivergence(pair(ok({ toolCalls: [call('a', '{}')] }), ok({ toolCalls: [call('b', '{}')] })), tools), 1);

  const label = context({ kind: 'label' });
  assert.equal(pairDivergence(pair(ok({ text: 'spam' }), ok({ text: ' spam' })), label), 0);
  assert.equal(pairDivergence(pair(ok({ text: 'spam' }), ok({ text: 'ham' })), label), 1);

  const numeric = context({ kind: 'numeric' });
  assert.equal(pairDivergence(pair(ok({ value: 2 }), ok({ value: 2 })), numeric), 0);
  assert.equal(pairDivergence(pair(ok({ value: 1 }), ok({ value: 3 })), numeric), 0.5);
  assert.equal(pairDivergence(pair(ok({ value: 1 }), ok({ value: -1 })), numeric), 1);
});
