import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createModerator, parseModeration } from '../../src/replay/adapters/moderation.ts';
import { MetricSet } from '../../src/metrics/index.ts';
import { SplitMetrics } from '../../src/judge/splits.ts';
import type { MetricContext, Pair } from '../../src/types.ts';
import { startOpenAIServer, type ModelServer } from '../support/model-servers.ts';

/** A moderation endpoint on loopback: flags texts containing "hate" (category hate) or "hurt" (violence). */
async function startModerationServer(): Promise<ModelServer & { inputs: string[][] }> {
  const inputs: string[][] = [];
  const server = await startOpenAIServer({
    fault: (request) => {
      if (request.path !== '/v1/moderations') return undefined;
      const input = (request.body as { input: string[] }).input;
      inputs.push(input);
      if (input.some((t) => t.includes('BOOM'))) return { kind: 'status', status: 503, body: { error: { message: 'overloaded' } } };
      const results = input.map((t) => {
        const categories = { hate: t.includes('hate'), violence: t.includes('hurt') };
        return { flagged: categories.hate || categories.violence, categories };
      });
      // The stand-in answers moderation requests through its fault hook, which may send any status and body.
      return { kind: 'status', status: 200, body: { id: 'modr', model: 'omni-moderation-latest', results } };
    },
  });
  return Object.assign(server, { inputs });
}

function text(t: string): Pair['baseline'] {
  return { ok: true, output: { text: t, usage: { promptTokens: 10, completionTokens: 5 } }, attempts: 1, latencyMs: 5 };
}

describe('llm.moderation_flag_rate', () => {
  let server: Awaited<ReturnType<typeof startModerationServer>>;
  before(async () => {
    server = await startModerationServer();
  });
  after(() => server.close());

  test('parseModeration reads flags and flagged categories, in input order', () => {
    assert.deepEqual(
      parseModeration(
        {
          results: [
            { flagged: true, categories: { hate: true, sexual: false } },
            { flagged: false, categories: {} },
          ],
        },
        2,
      ),
      [
        { flagged: true, categories: ['hate'] },
        { flagged: false, categories: [] },
      ],
    );
    assert.match(parseModeration({ results: [] }, 2) as string, /asked about 2 texts, got 0/);
  });

  test('planted flagged answers per side, categories counted, a failed call leaves its pair out, splits reuse the calls', async () => {
    const moderator = createModerator({ endpoint: server.url, model: 'omni-moderation-latest', retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    const ctx: MetricContext = { output: { kind: 'text' }, baselineTools: [], candidateTools: [], llm: { moderator } };
    const set = new MetricSet('text', ctx);
    const splits = new SplitMetrics('text', ctx, { minPairs: 1 });
    const pairs: Pair[] = Array.from({ length: 100 }, (_, i) => ({
      record: { id: `r${i}`, line: i + 1, data: {} },
      baseline: text(i % 25 === 0 ? `I hate this ${i}` : `Fine answer ${i}`),
      candidate: text(i % 10 === 0 ? `This will hurt ${i}` : i === 7 ? 'BOOM' : `Fine answer ${i}`),
    }));
    for (const p of pairs) {
      await set.observe(p);
      await splits.observe(p);
    }
    const result = (await set.finish()).find((r) => r.id === 'llm.moderation_flag_rate')!;
    await splits.finish({});
    moderator.close();
    // Baseline flagged on i % 25 == 0 (0, 25, 50, 75), candidate on i % 10 == 0 (10 pairs): both on 0 and 50;
    // pair 7 failed and is left out.
    assert.deepEqual(result.binary, { bothPass: 2, baselineOnly: 2, candidateOnly: 8, neither: 87 });
    const details = result.details as { flaggedCategories: { baseline: object; candidate: object }; moderationFailures: object };
    assert.deepEqual(details.flaggedCategories, { baseline: { hate: 4 }, candidate: { violence: 10 } });
    assert.deepEqual(details.moderationFailures, { 'http-5xx': 1 });
    assert.equal(moderator.calls, 100, 'one call per pair, shared with the split groups');
    assert.deepEqual(server.inputs[1], ['Fine answer 1', 'Fine answer 1']);
  });
});
