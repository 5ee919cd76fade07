import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUserError } from '../../src/errors.ts';
import { MetricSet } from '../../src/metrics/index.ts';
import type { MetricContext, MetricResult, Pair } from '../../src/types.ts';
import { outputSchema } from './corpus.ts';
import { context, failed, ok, pair } from './helpers.ts';
import { plain } from '../support/values.ts';

const ctx: MetricContext = context({ kind: 'json', schema: 'schemas/answer.json' }, { outputSchema });
const jsonPair = (b: string, c: string): Pair => pair(ok({ text: b }), ok({ text: c }));

async function results(pairs: Pair[], c: MetricContext = ctx): Promise<Map<string, MetricResult>> {
  const set = new MetricSet('json', c);
  await set.observeAll(pairs);
  return new Map((await set.finish()).map((r) => [r.id, r]));
}

test('parse rate is strict JSON.parse per side: a fenced answer does not parse', async () => {
  const r = await results([
    jsonPair('{"intent":"refund","items":[]}', '```json\n{"intent":"refund","items":[]}\n```'),
    jsonPair(' {"intent":"ship","items":["a"]} ', '{"intent":"ship","items":["a"]}'),
    jsonPair('nope', '{"intent":"other","items":[]}'),
    pair(ok({ text: '{}' }), failed('http-4xx')),
  ]);
  const parse = r.get('json.parse_rate');
  assert.equal(parse?.test, 'paired-binary');
  assert.deepEqual(parse?.binary, { bothPass: 1, baselineOnly: 1, candidateOnly: 1, neither: 0 });
  assert.equal(parse?.details?.excludedFailedPairs, 1);
});

test('schema pass validates each side with Ajv and counts the reasons', async () => {
  const r = await results([
    jsonPair('{"intent":"refund","items":["a"]}', '{"intent":"refund"}'),
    jsonPair('{"intent":"refund","items":["a"]}', '{"intent":"cancel","items":["a"]}'),
    jsonPair('{"intent":"ship","items":[1]}', '{"intent":"ship","items":["a"]}'),
    jsonPair('{"intent":"ship","items":["a"]}', 'not json'),
  ]);
  const schema = r.get('json.schema_pass');
  assert.deepEqual(schema?.binary, { bothPass: 0, baselineOnly: 3, candidateOnly: 1, neither: 0 });
  assert.equal(schema?.baseline, 3 / 4);
  assert.equal(schema?.candidate, 1 / 4);
  assert.deepEqual(schema?.details?.reasons, {
    baseline: { 'type at /items/0': 1 },
    candidate: { 'required at /': 1, 'enum at /intent': 1, 'not JSON': 1 },
  });
});

test('schema pass is absent without an output schema; a broken schema is a UserError', async () => {
  const without = await results([jsonPair('{}', '{}')], context({ kind: 'json' }));
  assert.ok(!without.has('json.schema_pass'));
  await assert.rejects(
    results([jsonPair('{}', '{}')], context({ kind: 'json' }, { outputSchema: { type: 'no-such-type' } })),
    (e) => isUserError(e) && /output schema/i.test(e.message),
  );
});

test('deep equality ignores key order and names the most often changed field paths', async () => {
  const r = await results([
    jsonPair('{"a":1,"b":{"c":[1,2]}}', '{"b":{"c":[1,2]},"a":1}'),
    jsonPair('{"a":1,"b":{"c":[1,2]}}', '{"a":2,"b":{"c":[1,3]}}'),
    jsonPair('{"a":1,"b":{"c":[1,2]},"x/y":0}', '{"a":2,"b":{"c":[1]}}'),
    jsonPair('{"a":1}', 'broken'),
    jsonPair('broken', 'broken'),
  ]);
  const deep = r.get('json.deep_equal');
  assert.deepEqual(plain(deep?.agreement?.values), [1, 0, 0, 0, 0]);
  assert.deepEqual(deep?.details?.changedPaths, [
    { path: '/a', count: 2 },
    { path: '/b/c', count: 1 },
    { path: '/b/c/1', count: 1 },
    { path: '/x~1y', count: 1 },
  ]);
  assert.equal(deep?.details?.unparsedPairs, 2);
});

test('schemas in the 2020-12 dialect validate too', async () => {
  const schema2020 = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'string' }], items: false };
  const r = await results([jsonPair('["a"]', '["a", 1]')], context({ kind: 'json' }, { outputSchema: schema2020 }));
  assert.deepEqual(r.get('json.schema_pass')?.binary, { bothPass: 0, baselineOnly: 1, candidateOnly: 0, neither: 0 });
});
