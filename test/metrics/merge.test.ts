// Shard merging is exact: finish(merge(observe(A), observe(B))) equals finish(observe(A ∪ B)), for every metric.
// Also: states are plain JSON and never hold the model's texts.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { metricsFor, type ShadowMetric } from '../../src/metrics/index.ts';
import type { MetricContext, OutputKind, Pair } from '../../src/types.ts';
import { TEXT_MARKER, contextFor, corpus } from './corpus.ts';
import { startEmbeddingServer, type EmbeddingServer } from './helpers.ts';

let embeddings: EmbeddingServer;
before(async () => {
  embeddings = await startEmbeddingServer();
});
after(async () => {
  await embeddings.close();
});

async function run(metric: ShadowMetric, pairs: Pair[], ctx: MetricContext): Promise<unknown> {
  const state = metric.init(ctx);
  for (const p of pairs) await metric.observe(state, p, ctx);
  await metric.flush?.(state, ctx);
  return state;
}

const kinds: OutputKind[] = ['text', 'json', 'tool-calls', 'label', 'numeric'];
const expectedIds: Record<OutputKind, string[]> = {
  text: ['text.exact_match', 'text.normalized_match', 'text.edit_similarity', 'text.rouge_l', 'text.embedding_cosine'],
  json: ['json.parse_rate', 'json.schema_pass', 'json.deep_equal'],
  'tool-calls': ['tools.valid', 'tools.name_f1', 'tools.args_equal'],
  label: ['label.agreement', 'label.distribution_psi', 'label.distribution_js'],
  numeric: ['numeric.value', 'numeric.within_tolerance', 'numeric.ks', 'numeric.wasserstein_norm'],
};
const common = ['requests.success_rate', 'latency.ms', 'latency.ttft_ms', 'latency.inter_token_ms', 'tokens.total', 'tokens.completion'];

for (const kind of kinds) {
  test(`${kind}: the registry lists the agreed metric ids`, () => {
    const ctx = contextFor(kind, async () => []);
    assert.deepEqual(
      metricsFor(kind, ctx).map((m) => m.id),
      [...common, ...expectedIds[kind]],
    );
  });

  for (const id of [...common, ...expectedIds[kind]]) {
    test(`${kind} / ${id}: merged shards finish exactly like one pass`, async () => {
      const ctx = contextFor(kind, embeddings.embed);
      const metric = metricsFor(kind, ctx).find((m) => m.id === id);
      assert.ok(metric, id);
      const pairs = corpus(kind, 90, kind.length);
      const whole = await run(metric, pairs, ctx);
      const left = await run(metric, pairs.slice(0, 37), ctx);
      const right = await run(metric, pairs.slice(37), ctx);
      // Shards travel as JSON; the merge must not depend on anything that does not survive it.
      const viaJson = (s: unknown): unknown => JSON.parse(JSON.stringify(s));
      const merged = metric.merge(viaJson(left), viaJson(right));
      const expected = metric.finish(whole, ctx);
      assert.deepEqual(metric.finish(merged, ctx), expected);
      assert.ok(expected.n > 0, 'the corpus exercises the metric');
      // A state that went through JSON alone (no merge partner) still finishes the same.
      assert.deepEqual(metric.finish(metric.merge(metric.init(ctx), viaJson(whole)), ctx), expected, 'state survives JSON');
      assert.ok(!JSON.stringify(whole).includes(TEXT_MARKER), 'state holds no model text');
    });
  }
}
