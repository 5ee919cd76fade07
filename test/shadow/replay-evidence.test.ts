// What a shard's part carries besides metric states, merged as one run would have it: the tool calls
// replayed against both schemas (counts, and the first examples in dataset order) and an interrupted replay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRun } from '../../src/commands/shadow.ts';
import { judge } from '../../src/judge/judge.ts';
import { PartMerger } from '../../src/shadow/merge.ts';
import { parsePartial } from '../../src/shadow/partial.ts';
import { shardOfIndex } from '../../src/shadow/shard.ts';
import type { Pair, ToolDefinition } from '../../src/types.ts';
import { mergeReplayedCalls, ReplayedCalls, type ReplayedCallCounts } from '../../src/versioning/replayed-calls.ts';
import { makePairs, partText, shuffled } from './support.ts';

// The new schema requires `currency`, and the old one accepts no field it does not name.
const OLD: ToolDefinition[] = [
  { name: 'refund', parameters: { type: 'object', properties: { amount: { type: 'number' } }, required: ['amount'], additionalProperties: false } },
];
const NEW: ToolDefinition[] = [
  {
    name: 'refund',
    parameters: { type: 'object', properties: { amount: { type: 'number' }, currency: { type: 'string' } }, required: ['amount', 'currency'] },
  },
];

function toolPairs(n: number): Pair[] {
  return Array.from({ length: n }, (_, i) => {
    const call = (args: Record<string, unknown>) => ({
      ok: true,
      attempts: 1,
      latencyMs: 1,
      output: { toolCalls: [{ id: `c${i}`, name: 'refund', arguments: JSON.stringify(args) }] },
    });
    // Every third baseline call names a currency the old schema does not know: a model error, not evidence.
    const baseline = call(i % 3 === 0 ? { amount: i, currency: 'EUR' } : { amount: i });
    const candidate = call(i % 4 === 0 ? { amount: i } : { amount: i, currency: 'USD' });
    return { record: { id: `r-${i}`, line: i + 1, data: {} }, baseline, candidate };
  });
}

async function replayed(pairs: readonly Pair[]): Promise<ReplayedCallCounts[]> {
  const calls = new ReplayedCalls(OLD, NEW);
  for (const pair of pairs) await calls.observe(pair);
  return calls.results();
}

test('replayed tool calls: any split and finish order merges to the counts and examples of one run in dataset order', async () => {
  const pairs = toolPairs(90);
  const whole = await replayed(pairs);
  const entry = whole[0]!;
  assert.equal(entry.oldCalls, 60, 'baseline calls valid under the old schema');
  assert.equal(entry.oldRejectedByNew, 60, 'none names the currency the new schema requires');
  assert.equal(entry.newCalls, 67, 'candidate calls valid under the new schema');
  assert.equal(entry.newRejectedByOld, 67);
  // The first three per direction in dataset order, whatever order the pairs finished in.
  assert.deepEqual(
    entry.examples.map((e) => [e.side, e.line]),
    [
      ['baseline', 2],
      ['candidate', 2],
      ['baseline', 3],
      ['candidate', 3],
      ['candidate', 4],
      ['baseline', 5],
    ],
  );
  assert.deepStrictEqual(await replayed(shuffled(pairs, 3)), whole);
  for (const count of [2, 5]) {
    let merged: ReplayedCallCounts[] = [];
    for (const index of shuffled(
      Array.from({ length: count }, (_, i) => i + 1),
      count,
    )) {
      const own = shuffled(
        pairs.filter((_, k) => shardOfIndex(k, count) === index),
        index,
      );
      merged = mergeReplayedCalls(merged, await replayed(own));
    }
    assert.deepStrictEqual(merged, whole, `${count} shards`);
  }
});

test('one shard stopped early makes the merged run partial, and its summary line says so', async () => {
  const pairs = makePairs('text', 90);
  const merger = new PartMerger();
  for (const index of [3, 1, 2]) {
    const own = pairs.filter((_, k) => shardOfIndex(k, 3) === index);
    const partial = parsePartial(await partText('text', index, 3, own, pairs.length), `part-${index}`);
    if (index === 2) partial.replay.interrupted = { by: 'deadline', reason: 'the overall deadline of 60 s passed' };
    // Whatever order the parts come in, the lowest interrupted shard's reason is the one shown.
    if (index === 3) partial.replay.interrupted = { by: 'signal', reason: 'cancelled (SIGTERM)' };
    await merger.add({ partial, source: `part-${index}` });
  }
  const merged = merger.result();
  assert.deepEqual(merged.replay.interrupted, { by: 'deadline', reason: 'the overall deadline of 60 s passed' });
  const results = await merged.metrics.finish();
  assert.match(
    describeRun('svc', merged.replay, judge(results, merged.identity.judge)),
    /^svc: \w+ \(partial: the overall deadline of 60 s passed\) — 90 pairs/,
  );
});
