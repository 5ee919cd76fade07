// Generated, varied pairs per output kind (failures, repeats, usage or not), deterministic by seed.

import type { CallResult, FailureClass, MetricContext, ModelOutput, OutputKind, Pair, ToolDefinition } from '../../src/types.ts';
import type { ToolMetricContext } from '../../src/metrics/index.ts';
import { context, failed, ok, pair, seeded } from './helpers.ts';

/** Appears in every generated answer text; a metric state must never contain it. */
export const TEXT_MARKER = 'zebrafish';

const failureClasses: FailureClass[] = ['timeout', 'http-5xx', 'rate-limited', 'bad-body'];

export const weatherTool: ToolDefinition = {
  name: 'get_weather',
  parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { enum: ['c', 'f'] } }, required: ['city'], additionalProperties: false },
};
export const searchTool: ToolDefinition = {
  name: 'search',
  parameters: { type: 'object', properties: { query: { type: 'string', minLength: 1 } }, required: ['query'] },
};

export const outputSchema = {
  type: 'object',
  properties: { intent: { enum: ['refund', 'ship', 'other'] }, items: { type: 'array', items: { type: 'string' } }, note: { type: 'string' } },
  required: ['intent', 'items'],
};

export function contextFor(kind: OutputKind, embed?: (texts: string[]) => Promise<number[][]>): MetricContext {
  switch (kind) {
    case 'text':
      return context({ kind }, embed ? { embed } : {});
    case 'json':
      return context({ kind, schema: 'schemas/answer.json' }, { outputSchema });
    case 'tool-calls': {
      const ctx: ToolMetricContext = {
        ...context({ kind }),
        baselineTools: [weatherTool, searchTool],
        candidateTools: [weatherTool],
        baselineToolPolicy: { choice: 'required' },
        candidateToolPolicy: { choice: 'auto', parallel: false },
      };
      return ctx;
    }
    case 'label':
      return context({ kind, labels: ['refund', 'ship', 'other'] });
    case 'numeric':
      return context({ kind, rtol: 0.01, atol: 0.001 });
  }
}

function answer(kind: OutputKind, rand: () => number, shift: number): ModelOutput {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const usage = rand() < 0.7 ? { usage: { promptTokens: 50 + Math.floor(rand() * 20), completionTokens: 10 + Math.floor(rand() * 40 + shift * 10) } } : {};
  switch (kind) {
    case 'text':
      return {
        text: pick([
          `Refunds take 14 days. ${TEXT_MARKER}`,
          `refunds take 14 days ${TEXT_MARKER}`,
          `We ship tomorrow, ${TEXT_MARKER}.`,
          `Sorry, I can't help with that ${TEXT_MARKER}`,
          `  REFUNDS take 14 days. ${TEXT_MARKER}!`,
        ]),
        ...usage,
      };
    case 'json': {
      if (rand() < 0.1) return { text: `{"intent": "refund", ${TEXT_MARKER}`, ...usage };
      const doc: Record<string, unknown> = {
        intent: pick(['refund', 'ship', 'other', 'unknown']),
        items: rand() < 0.5 ? ['a'] : ['a', 'b'],
        note: TEXT_MARKER,
      };
      if (rand() < 0.3) delete doc.items;
      return { text: JSON.stringify(doc), ...usage };
    }
    case 'tool-calls': {
      const calls = [];
      const n = Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        const name = pick(['get_weather', 'search', 'book_flight']);
        const args = pick([
          `{"city":"Oslo ${TEXT_MARKER}"}`,
          `{"city":"Oslo ${TEXT_MARKER}","unit":"c"}`,
          `{"query":"${TEXT_MARKER}"}`,
          `{"city": ${TEXT_MARKER}`,
          '[]',
          '{"query":""}',
        ]);
        calls.push({ id: `call_${i}`, name, arguments: args });
      }
      return { toolCalls: calls, ...usage };
    }
    case 'label':
      return { text: pick([' refund', 'ship', 'other', 'ship', 'refund', '']), ...usage };
    case 'numeric':
      return rand() < 0.05 ? { text: `not a number ${TEXT_MARKER}` } : { value: Math.round((rand() * 10 + shift) * 1000) / 1000, ...usage };
  }
}

/** Every other record as a streamed call, its timing derived from its latency (no extra random draws). */
function streamed(result: CallResult, i: number): CallResult {
  return i % 2 === 0 ? { ...result, stream: { ttftMs: result.latencyMs / 4, ...(i % 4 === 0 ? { interTokenMs: result.latencyMs / 40 } : {}) } } : result;
}

/** `count` pairs of a kind: ~10 % failed sides, ~30 % with an A/A repeat, candidate slightly shifted. */
export function corpus(kind: OutputKind, count: number, seed = 7): Pair[] {
  const rand = seeded(seed);
  const pairs: Pair[] = [];
  for (let i = 0; i < count; i++) {
    const b = answer(kind, rand, 0);
    const c = rand() < 0.4 ? b : answer(kind, rand, 0.5);
    const side = (output: ModelOutput, base: number) =>
      rand() < 0.08
        ? failed(failureClasses[Math.floor(rand() * failureClasses.length)] as FailureClass)
        : streamed(ok(output, base + Math.round(rand() * 200)), i);
    const repeat = rand() < 0.3 ? side(rand() < 0.5 ? b : answer(kind, rand, 0), 100) : undefined;
    pairs.push(pair(side(b, 100), side(c, 130), repeat));
  }
  return pairs;
}
