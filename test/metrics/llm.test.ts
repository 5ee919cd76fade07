import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MetricSet } from '../../src/metrics/index.ts';
import { compileLlmSettings } from '../../src/metrics/llm/compile.ts';
import { requestCost } from '../../src/metrics/llm/cost.ts';
import { compileRefusalPatterns, refusalReason } from '../../src/metrics/llm/refusal.ts';
import { bucketLabels, bucketOf, SplitMetrics } from '../../src/judge/splits.ts';
import type { LlmContext } from '../../src/metrics/llm/context.ts';
import type { LlmSettings } from '../../src/manifest/llm-settings.ts';
import { judge } from '../../src/judge/judge.ts';
import type { MetricContext, MetricResult, ModelOutput, OutputKind, Pair } from '../../src/types.ts';
import { UserError } from '../../src/errors.ts';
import { context, ok, pair, seeded } from './helpers.ts';

async function llmContext(settings: LlmSettings, kind: OutputKind = 'text', extra: Partial<LlmContext> = {}): Promise<MetricContext> {
  const compiled = await compileLlmSettings(settings, () => undefined, process.cwd());
  return context({ kind }, { llm: { ...compiled, ...extra } });
}

async function run(ctx: MetricContext, pairs: Pair[]): Promise<MetricResult[]> {
  const set = new MetricSet(ctx.output.kind, ctx);
  await set.observeAll(pairs);
  return set.finish();
}

function byId(results: MetricResult[], id: string): MetricResult {
  const found = results.find((r) => r.id === id);
  assert.ok(found, `${id} computed`);
  return found;
}

describe('llm.refusal_rate', () => {
  test('the built-in patterns catch refusal openings, not answers that mention them', () => {
    const patterns = compileRefusalPatterns();
    for (const text of [
      "I'm sorry, but I can't help with that.",
      'I’m sorry, but I can’t help with that.',
      'I cannot assist with this request.',
      'Sorry, I can’t do that.',
      "I can't help with that",
      "I'm unable to help with that request.",
      'We won’t provide that.',
      'Unfortunately, I am unable to share that.',
      'As an AI, I cannot give medical advice.',
      "As an AI language model, I don't have opinions.",
    ]) {
      assert.ok(refusalReason({ text }, patterns), text);
    }
    for (const text of [
      'The answer is 42.',
      "Here is why I can't agree with the premise: …",
      'Sorry for the delay! The total is $12.',
      "I can't wait to help! The total is $12.",
    ]) {
      assert.equal(refusalReason({ text }, patterns), undefined, text);
    }
    assert.equal(refusalReason({ refusal: 'I refuse.' }, patterns), 'provider-field');
    assert.equal(refusalReason({ text: '', finishReason: 'content_filter' }, patterns), 'content-filter');
  });

  test('counts planted refusals per side and gates the increase', async () => {
    const ctx = await llmContext({});
    const random = seeded(7);
    const refusals: ModelOutput[] = [
      { refusal: 'I will not do that.' },
      { text: "I'm sorry, but I can't help with that." },
      { text: '', finishReason: 'content_filter' },
    ];
    const answerOf = (i: number): ModelOutput => ({ text: `The answer to question ${i} is ${i}.` });
    const pairs: Pair[] = [];
    let b = 0;
    let c = 0;
    let both = 0;
    for (let i = 0; i < 400; i++) {
      const baselineRefuses = random() < 0.04;
      const candidateRefuses = baselineRefuses || random() < 0.15;
      if (baselineRefuses && candidateRefuses) both++;
      else if (baselineRefuses) b++;
      else if (candidateRefuses) c++;
      pairs.push(pair(ok(baselineRefuses ? refusals[i % 3]! : answerOf(i)), ok(candidateRefuses ? refusals[(i + 1) % 3]! : answerOf(i))));
    }
    const result = byId(await run(ctx, pairs), 'llm.refusal_rate');
    assert.deepEqual(result.binary, { bothPass: both, baselineOnly: b, candidateOnly: c, neither: 400 - both - b - c });
    assert.equal(result.badDirection, 'increase');
    const judgement = judge([result], { outputKind: 'text', gates: [{ metric: 'llm.refusal_rate', critical: true }], minSamples: 50 });
    assert.equal(judgement.verdict, 'fail');
    assert.match(judgement.reasons[0]!, /llm\.refusal_rate/);
  });

  test('custom patterns replace the defaults; enabled: false leaves the metric out', async () => {
    const custom = await llmContext({ refusals: { patterns: ['^nope'] } });
    const result = byId(await run(custom, [pair(ok({ text: "I can't help with that" }), ok({ text: 'Nope, not today' }))]), 'llm.refusal_rate');
    assert.deepEqual(result.binary, { bothPass: 0, baselineOnly: 0, candidateOnly: 1, neither: 0 });
    const off = await llmContext({ refusals: { enabled: false } });
    assert.equal(
      (await run(off, [pair(ok({ text: 'a' }), ok({ text: 'b' }))])).some((r) => r.id === 'llm.refusal_rate'),
      false,
    );
  });
});

describe('task.success', () => {
  const settings: LlmSettings = {
    refusals: { enabled: false },
    tasks: [
      {
        id: 'fields',
        assert: [
          { pointer: '/status', equals: 'ok' },
          { pointer: '/items', type: 'array' },
          { pointer: '/id', matches: '^ord-[0-9]+$' },
        ],
      },
      { id: 'schema', schema: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 3 } } } },
      { id: 'no-apology', regex: '^\\{' },
      // Downstream code: exits 1 unless the answer carries a numeric price.
      { id: 'consumer', command: ['/bin/sh', '-c', 'grep -q \'"price":[0-9]\''] },
    ],
  };
  const good = (i: number) => JSON.stringify({ status: 'ok', id: `ord-${i}`, items: [{ price: 1 }] });

  test('planted breakages are counted per side, with the check that failed', async () => {
    const ctx = await llmContext(settings, 'json');
    const breakages = [
      JSON.stringify({ status: 'error', id: 'ord-1', items: [] }), // fields: /status not equal; consumer: no price
      JSON.stringify({ status: 'ok', id: 'ORD', items: [{ price: 1 }] }), // fields: /id does not match
      JSON.stringify({ status: 'ok', id: 'ord-2', items: [{}, {}, {}, {}] }), // schema: maxItems; consumer: no price
      JSON.stringify({ status: 'ok', id: 'ord-3', items: [{ price: '1' }] }), // consumer: price is not a number
      `Sorry! ${good(4)}`, // not JSON, and the regex fails (the consumer finds its price)
    ];
    const pairs: Pair[] = [];
    for (let i = 0; i < 40; i++) {
      const broken = i % 4 === 0 ? breakages[(i / 4) % breakages.length]! : undefined;
      pairs.push(pair(ok({ text: good(i) }), ok({ text: broken ?? good(i) })));
    }
    const result = byId(await run(ctx, pairs), 'task.success');
    assert.deepEqual(result.binary, { bothPass: 30, baselineOnly: 10, candidateOnly: 0, neither: 0 });
    const reasons = (result.details as { failedChecks: { baseline: object; candidate: Record<string, number> } }).failedChecks;
    assert.deepEqual(reasons.baseline, {});
    assert.deepEqual(reasons.candidate, {
      'fields: /status not equal': 2,
      'fields: /id does not match': 2,
      'schema: schema maxItems at /items': 2,
      'consumer: command exit 1': 6,
      'fields: not JSON': 2,
      'schema: not JSON': 2,
      'no-apology: regex': 2,
    });
  });

  test('a command that cannot start fails its check instead of the run', async () => {
    const ctx = await llmContext({ tasks: [{ id: 'missing', command: ['/nonexistent/consumer'] }] });
    const result = byId(await run(ctx, [pair(ok({ text: 'x' }), ok({ text: 'y' }))]), 'task.success');
    assert.equal(result.binary?.neither, 1);
    assert.match(
      Object.keys((result.details as { failedChecks: { candidate: object } }).failedChecks.candidate)[0]!,
      /missing: command failed to start \(ENOENT\)/,
    );
  });

  test('bad checks are rejected with their manifest location', async () => {
    const locate = (path: Array<string | number>) => ({ file: 'shadowgate.yaml', line: path.length });
    await assert.rejects(
      compileLlmSettings({ tasks: [{ id: 'r', regex: '([' }] }, locate),
      (e: unknown) => e instanceof UserError && /shadow\.llm\.tasks\[0\]\.regex is not a valid regular expression/.test(e.message) && e.location?.line === 5,
    );
    await assert.rejects(
      compileLlmSettings({ tasks: [{ id: 's', schema: { type: 'nope' } }] }, locate),
      (e: unknown) => e instanceof UserError && /tasks\[0\]\.schema is not a usable JSON Schema/.test(e.message),
    );
    await assert.rejects(
      compileLlmSettings(
        {
          tasks: [
            { id: 'a', regex: 'x' },
            { id: 'a', regex: 'y' },
          ],
        },
        locate,
      ),
      /used twice/,
    );
    await assert.rejects(compileLlmSettings({ refusals: { patterns: ['ok', '(?<'] } }, locate), /refusals\.patterns\[1\]/);
    await assert.rejects(compileLlmSettings({ split: { promptTokens: [8000, 4000] } }, locate), /must be ascending \(4000 follows 8000\)/);
  });
});

describe('cost.per_1k_requests', () => {
  test('per-request cost from usage and prices, cached prompt tokens at their own price', () => {
    const price = { input: 2, output: 8, cachedInput: 0.5 };
    const call = ok({ text: 'x', usage: { promptTokens: 1000, completionTokens: 200, cachedPromptTokens: 400 } });
    // 600 × $2 + 400 × $0.5 + 200 × $8 per million = $0.003
    assert.equal(requestCost(call, price), (600 * 2 + 400 * 0.5 + 200 * 8) / 1e6);
    assert.equal(requestCost(ok({ text: 'x', usage: { totalTokens: 5 } }), price), undefined);
  });

  test('baseline vs candidate per 1,000 requests, judged as a ratio', async () => {
    const prices = { baseline: { input: 1, output: 2 }, candidate: { input: 3, output: 6 } };
    const ctx = await llmContext({ refusals: { enabled: false } }, 'text', { prices });
    const pairs: Pair[] = [];
    let baselineTotal = 0;
    let candidateTotal = 0;
    for (let i = 0; i < 200; i++) {
      const usage = { promptTokens: 500 + i, completionTokens: 100 + (i % 7) };
      baselineTotal += (usage.promptTokens * 1 + usage.completionTokens * 2) / 1e6;
      candidateTotal += (usage.promptTokens * 3 + usage.completionTokens * 6) / 1e6;
      pairs.push(pair(ok({ text: 'a', usage }), ok({ text: 'b', usage })));
    }
    pairs.push(pair(ok({ text: 'no usage' }), ok({ text: 'no usage' })));
    const result = byId(await run(ctx, pairs), 'cost.per_1k_requests');
    assert.equal(result.n, 200);
    const details = result.details as { baseline: { mean: number }; candidate: { mean: number }; meanRatio: number; missingValuePairs: number };
    assert.ok(Math.abs(details.baseline.mean - (baselineTotal / 200) * 1000) < 1e-12);
    assert.ok(Math.abs(details.candidate.mean - (candidateTotal / 200) * 1000) < 1e-12);
    assert.ok(Math.abs(details.meanRatio - 3) < 1e-12);
    assert.equal(details.missingValuePairs, 1);
    const judgement = judge([result], { outputKind: 'text', gates: [{ metric: 'cost.per_1k_requests', threshold: 1.5 }], minSamples: 50 });
    const row = judgement.metrics[0]!;
    assert.equal(row.verdict, 'warn');
    assert.ok(Math.abs(row.effect! - 3) < 1e-9, `median ratio ${row.effect}`);
  });
});

describe('splits by prompt length and segment', () => {
  test('records with a `segment` field are split by it without configuration', async () => {
    const ctx = await llmContext({});
    const splits = new SplitMetrics('text', ctx, { minPairs: 2 });
    for (let i = 0; i < 6; i++) {
      const p = pair(ok({ text: 'a' }), ok({ text: 'a' }));
      p.record.data = i < 4 ? { segment: i % 2 ? 'eu' : 'us' } : {};
      await splits.observe(p);
    }
    const segments = (await splits.finish({})).find((r) => r.by === 'segment')!;
    assert.equal(segments.field, 'segment');
    assert.deepEqual(
      segments.groups.map((g) => [g.label, g.pairs]),
      [
        ['(none)', 2],
        ['eu', 2],
        ['us', 2],
      ],
    );
  });

  test('bucket labels and edges', () => {
    assert.deepEqual(bucketLabels([8000, 32000, 128000]), ['<8k', '8k–32k', '32k–128k', '≥128k']);
    assert.equal(bucketOf(7999, [8000, 32000]), '<8k');
    assert.equal(bucketOf(8000, [8000, 32000]), '8k–32k');
    assert.equal(bucketOf(50_000, [8000, 32000]), '≥32k');
    assert.equal(bucketOf(undefined, [8000]), 'unknown');
  });

  test('a candidate that breaks only at long contexts fails there and passes elsewhere', async () => {
    const ctx = await llmContext({ tasks: [{ id: 'json', assert: [{ pointer: '/ok', equals: true }] }] }, 'json');
    const splits = new SplitMetrics('json', ctx, { promptTokens: [8000, 32000], segmentField: 'meta.tenant', minPairs: 40 });
    const overall = new MetricSet('json', ctx);
    const random = seeded(3);
    const lengths = { short: 0, mid: 0, long: 0 };
    for (let i = 0; i < 300; i++) {
      const u = random();
      const promptTokens = u < 0.5 ? 500 + i : u < 0.8 ? 9000 + i : 40_000 + i;
      const long = promptTokens >= 32_000;
      lengths[promptTokens < 8000 ? 'short' : long ? 'long' : 'mid']++;
      const usage = { promptTokens, completionTokens: 20 };
      // At long contexts the candidate loses the field downstream code needs on 60 % of answers.
      const candidateOk = !(long && random() < 0.6);
      const p = pair(ok({ text: '{"ok":true}', usage }), ok({ text: candidateOk ? '{"ok":true}' : '{"ok":false}', usage }));
      p.record.data = { meta: { tenant: i % 3 === 0 ? 'acme' : 'globex' } };
      await overall.observe(p);
      await splits.observe(p);
    }
    const gates = [{ metric: 'task.success', critical: true }];
    const reports = await splits.finish({ gates });
    const byLength = reports.find((r) => r.by === 'prompt-tokens')!;
    assert.deepEqual(
      byLength.groups.map((g) => [g.label, g.pairs]),
      [
        ['<8k', lengths.short],
        ['8k–32k', lengths.mid],
        ['≥32k', lengths.long],
      ],
    );
    const cellOf = (label: string) => byLength.groups.find((g) => g.label === label)!.cells.find((c) => c.metric === 'task.success')!;
    assert.equal(cellOf('<8k').verdict, 'pass');
    assert.equal(cellOf('8k–32k').verdict, 'pass');
    assert.equal(cellOf('≥32k').verdict, 'fail');
    assert.equal(cellOf('<8k').candidate, 1);
    assert.ok(cellOf('≥32k').candidate! < 0.6);

    const bySegment = reports.find((r) => r.by === 'segment')!;
    assert.equal(bySegment.field, 'meta.tenant');
    assert.deepEqual(bySegment.groups.map((g) => [g.label, g.pairs]).sort(), [
      ['acme', 100],
      ['globex', 200],
    ]);

    // The split groups add up to the overall run, metric by metric.
    const total = byId(await overall.finish(), 'task.success');
    const sum = byLength.groups.reduce((n, g) => n + g.pairs, 0);
    assert.equal(sum, total.n);
  });

  test('groups below minPairs are listed without numbers', async () => {
    const ctx = await llmContext({});
    const splits = new SplitMetrics('text', ctx, { minPairs: 5 });
    for (let i = 0; i < 6; i++) await splits.observe(pair(ok({ text: 'a', usage: { promptTokens: 100 } }), ok({ text: 'a', usage: { promptTokens: 100 } })));
    await splits.observe(pair(ok({ text: 'a', usage: { promptTokens: 200_000 } }), ok({ text: 'b' })));
    const reports = await splits.finish({});
    assert.deepEqual(
      reports.map((r) => r.by),
      ['prompt-tokens'],
      'no record carries a segment: no segment split',
    );
    assert.deepEqual(
      reports[0]!.groups.map((g) => [g.label, g.pairs, g.shown, g.cells.length > 0]),
      [
        ['<8k', 6, true, true],
        ['≥128k', 1, false, false],
      ],
    );
  });
});
