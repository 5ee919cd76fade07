import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricSet, type ToolMetricContext } from '../../src/metrics/index.ts';
import { argumentsAgreement, checkToolCalls, nameF1 } from '../../src/metrics/tools.ts';
import type { MetricResult, Pair, ToolCall } from '../../src/types.ts';
import { searchTool, weatherTool } from './corpus.ts';
import { context, ok, pair } from './helpers.ts';
import { plain } from '../support/values.ts';

const call = (name: string, args: string, id = `call_${name}`): ToolCall => ({ id, name, arguments: args });

test('a call is valid when its tool is declared and its arguments parse to an object that passes the schema', () => {
  const tools = [weatherTool];
  assert.deepEqual(checkToolCalls([call('get_weather', '{"city":"Oslo","unit":"c"}')], tools), { pass: true });
  const reasons = (calls: ToolCall[], policy = {}) => checkToolCalls(calls, tools, policy).reasons;
  assert.deepEqual(reasons([call('search', '{"query":"x"}')]), ['undeclared tool name']);
  assert.deepEqual(reasons([call('get_weather', '{"city":')]), ['arguments are not JSON']);
  assert.deepEqual(reasons([call('get_weather', '["Oslo"]')]), ['arguments are not an object']);
  assert.deepEqual(reasons([call('get_weather', '{"unit":"k"}')]), ['get_weather: required at /']);
  assert.deepEqual(reasons([], { choice: 'required' }), ['no call although tool_choice is required']);
  assert.deepEqual(reasons([], { choice: { name: 'get_weather' } }), ['no call although tool_choice names get_weather']);
  assert.deepEqual(reasons([call('get_weather', '{"city":"a"}')], { choice: 'none' }), ['call although tool_choice is none']);
  assert.deepEqual(reasons([call('get_weather', '{"city":"a"}', '1'), call('get_weather', '{"city":"b"}', '2')], { parallel: false }), [
    'parallel calls although parallel_tool_calls is false',
  ]);
  assert.deepEqual(checkToolCalls([], tools), { pass: true }, 'with tool_choice auto, answering without a call is valid');
});

test('tools.valid checks each side against its own declared tools and policy, counting reasons', async () => {
  const ctx: ToolMetricContext = {
    ...context({ kind: 'tool-calls' }),
    baselineTools: [weatherTool, searchTool],
    candidateTools: [weatherTool],
    candidateToolPolicy: { choice: 'required' },
  };
  const set = new MetricSet('tool-calls', ctx);
  await set.observeAll([
    pair(ok({ toolCalls: [call('search', '{"query":"x"}')] }), ok({ toolCalls: [call('search', '{"query":"x"}')] })),
    pair(ok({ toolCalls: [] }), ok({ toolCalls: [] })),
    pair(ok({ toolCalls: [call('get_weather', '{"city":"Oslo"}')] }), ok({ toolCalls: [call('get_weather', '{"city":"Oslo"}')] })),
  ]);
  const valid = (await set.finish()).find((r) => r.id === 'tools.valid') as MetricResult;
  assert.deepEqual(valid.binary, { bothPass: 1, baselineOnly: 2, candidateOnly: 0, neither: 0 });
  assert.deepEqual(valid.details?.invalidReasons, { baseline: {}, candidate: { 'undeclared tool name': 1, 'no call although tool_choice is required': 1 } });
});

test('name F1 compares the sets of called names; argument agreement compares parsed arguments of name-matched calls', async () => {
  assert.equal(nameF1([call('a', '{}'), call('b', '{}')], [call('a', '{}')]), 2 / 3);
  assert.equal(nameF1([], []), 1);
  assert.equal(nameF1([call('a', '{}')], []), 0);
  assert.equal(argumentsAgreement([call('a', '{"x":1,"y":[1,2]}')], [call('a', '{ "y": [1, 2], "x": 1 }')]), 1);
  assert.equal(argumentsAgreement([call('a', '{"x":1}'), call('a', '{"x":2}')], [call('a', '{"x":1}'), call('a', '{"x":3}')]), 0.5);
  assert.equal(argumentsAgreement([call('a', '{"x":')], [call('a', '{"x":')]), 0, 'arguments that are not JSON never agree');
  assert.equal(argumentsAgreement([call('a', '{}')], [call('b', '{}')]), undefined);

  const set = new MetricSet('tool-calls', { ...context({ kind: 'tool-calls' }), baselineTools: [weatherTool], candidateTools: [weatherTool] });
  const pairs: Pair[] = [
    pair(ok({ toolCalls: [call('get_weather', '{"city":"Oslo"}')] }), ok({ toolCalls: [call('get_weather', '{"city":"Bergen"}')] })),
    pair(ok({ toolCalls: [call('get_weather', '{"city":"Oslo"}')] }), ok({ toolCalls: [call('search', '{"query":"Oslo"}')] })),
  ];
  await set.observeAll(pairs);
  const results = new Map((await set.finish()).map((r) => [r.id, r]));
  assert.deepEqual(plain(results.get('tools.name_f1')?.agreement?.values), [1, 0]);
  assert.deepEqual(plain(results.get('tools.args_equal')?.agreement?.values), [0]);
  assert.equal(results.get('tools.args_equal')?.details?.notComparablePairs, 1);
});
