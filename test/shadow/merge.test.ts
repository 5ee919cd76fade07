// Exactness: merging the parts of any split gives the same metrics, judgement and worst examples as
// one process observing every pair — whatever order the pairs finished in and the parts arrive in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLlmPairs, makePairs, runSharded, shuffled } from './support.ts';
import type { CallResult, OutputKind } from '../../src/types.ts';

const KINDS: OutputKind[] = ['text', 'numeric'];

for (const kind of KINDS) {
  test(`${kind}: 1, 3 and 8 shards give identical results, judgement and worst examples`, async () => {
    const pairs = makePairs(kind, 600);
    const whole = await runSharded(kind, pairs, 1, 1);
    for (const [count, seed] of [
      [3, 2],
      [8, 3],
    ] as const) {
      const split = await runSharded(kind, pairs, count, seed);
      assert.deepStrictEqual(split.results, whole.results, `${count} shards: metric results`);
      assert.deepStrictEqual(split.judgement, whole.judgement, `${count} shards: judgement`);
      assert.deepStrictEqual(split.worst, whole.worst, `${count} shards: worst examples`);
      assert.deepStrictEqual({ ...split.replay, wallMs: 0 }, { ...whole.replay, wallMs: 0 }, `${count} shards: replay counts`);
    }
    // Another finish order of the same unsharded run: the same numbers too.
    assert.deepStrictEqual(await runSharded(kind, pairs, 1, 99), whole);
    assert.equal(whole.replay.pairs, 600);
    assert.ok(whole.worst.length > 0 && whole.results.some((r) => r.id === 'latency.ms' && r.n > 500));
  });
}

test('the data are order-sensitive: summed in two finish orders, the latencies differ in the last bits', () => {
  // Without this, the test above could pass for an implementation that sums in any order.
  const latencies = makePairs('text', 600).map((p) => p.baseline.latencyMs);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  assert.notEqual(sum(shuffled(latencies, 1)), sum(shuffled(latencies, 2)));
});

test('latency arrays reach the judge in dataset order, as the shards are merged', async () => {
  const pairs = makePairs('text', 200);
  const { results } = await runSharded('text', pairs, 4, 5);
  const latency = results.find((r) => r.id === 'latency.ms')!;
  const expected = pairs.filter((p) => p.baseline.ok && p.candidate.ok).map((p) => p.baseline.latencyMs);
  assert.deepStrictEqual(Array.from(latency.paired!.baseline), expected);
});

test('the A/A floor sets each record’s score against its own repeat’s, also where some repeats failed', async () => {
  const pairs = makePairs('text', 300);
  const { results, judgement } = await runSharded('text', pairs, 3, 11);
  const exact = results.find((r) => r.id === 'text.exact_match')!;
  const compared = pairs.filter((p) => p.baseline.ok && p.candidate.ok);
  const withRepeat = compared.filter((p) => p.baselineRepeat?.ok);
  assert.ok(withRepeat.length < compared.length, 'some repeats failed, so the columns differ in length');
  const same = (a: CallResult, b: CallResult) => (a.output?.text === b.output?.text ? 1 : 0);
  assert.deepStrictEqual(
    Array.from(exact.agreement!.values),
    withRepeat.map((p) => same(p.baseline, p.candidate)),
  );
  assert.deepStrictEqual(
    Array.from(exact.agreement!.noise!),
    withRepeat.map((p) => same(p.baseline, p.baselineRepeat!)),
  );
  assert.equal(exact.n, compared.length, 'n and the summaries still count every compared pair');
  assert.equal(judgement.metrics.find((m) => m.metric.id === 'text.exact_match')?.metric.n, compared.length);
});

test('LLM metrics (refusals, task checks, cost) and streamed latency: 1, 3 and 8 shards give identical results and judgement', async () => {
  const pairs = makeLlmPairs(600);
  const whole = await runSharded('text', pairs, 1, 1, true);
  const ids = whole.results.map((r) => r.id);
  for (const id of ['llm.refusal_rate', 'task.success', 'cost.per_1k_requests', 'latency.ttft_ms', 'latency.inter_token_ms']) assert.ok(ids.includes(id), id);
  for (const [count, seed] of [
    [3, 4],
    [8, 5],
  ] as const) {
    const split = await runSharded('text', pairs, count, seed, true);
    assert.deepStrictEqual(split.results, whole.results, `${count} shards: metric results`);
    assert.deepStrictEqual(split.judgement, whole.judgement, `${count} shards: judgement`);
  }
  // The cost column reaches the judge in dataset order: baseline cost × 1,000 of each pair both sides answered.
  const cost = whole.results.find((r) => r.id === 'cost.per_1k_requests')!;
  const expected = pairs
    .filter((p) => p.baseline.ok && p.candidate.ok)
    .map((p) => {
      const u = p.baseline.output!.usage!;
      const cached = u.cachedPromptTokens!;
      return (((u.promptTokens! - cached) * 1 + cached * 1 + u.completionTokens! * 4) / 1e6) * 1000;
    });
  assert.deepStrictEqual(Array.from(cost.paired!.baseline), expected);
  const refusals = whole.results.find((r) => r.id === 'llm.refusal_rate')!;
  assert.ok(refusals.binary!.candidateOnly > 50, 'the candidate refuses on every 7th record');
});

test('the LLM data are order-sensitive too: costs summed in two finish orders differ in the last bits', () => {
  const costs = makeLlmPairs(600).flatMap((p) => (p.candidate.ok ? [p.candidate.output!.usage!.promptTokens! * 0.5e-3] : []));
  const ttft = makeLlmPairs(600).flatMap((p) => (p.candidate.stream?.ttftMs !== undefined ? [p.candidate.stream.ttftMs] : []));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  assert.notEqual(sum(shuffled(costs, 1)) + sum(shuffled(ttft, 1)), sum(shuffled(costs, 2)) + sum(shuffled(ttft, 2)));
});
