import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { resolveSide } from '../../src/manifest/resolve.ts';
import { buildRequest } from '../../src/surfaces/request.ts';
import type { ModelRequest, ReplayRecord, ResolvedSide } from '../../src/types.ts';
import { tempRepo, type TempRepo } from '../manifest/git-repo.ts';

const repos: TempRepo[] = [];
after(() => {
  for (const r of repos) r.dispose();
});

async function fixtureSide(edit?: (r: TempRepo) => void): Promise<ResolvedSide> {
  const r = tempRepo();
  repos.push(r);
  edit?.(r);
  return resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: 'service/shadowgate.yaml', repoRoot: r.root, env: {} });
}

async function manifestSide(yaml: string): Promise<ResolvedSide> {
  const r = tempRepo({ fromFixture: false });
  repos.push(r);
  r.write('shadowgate.yaml', yaml);
  return resolveSide({ label: 'baseline', ref: 'worktree', manifestPath: 'shadowgate.yaml', repoRoot: r.root, env: {} });
}

function body(request: ModelRequest, protocol: 'openai'): Record<string, unknown>;
function body(request: ModelRequest, protocol: 'kserve-v2'): Extract<ModelRequest, { protocol: 'kserve-v2' }>['body'];
function body(request: ModelRequest, protocol: ModelRequest['protocol']): unknown {
  assert.equal(request.protocol, protocol);
  return request.body;
}

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a UserError');
}

const chatRecord: ReplayRecord = {
  id: 'r-1',
  line: 3,
  data: {
    question: 'Where is my order?',
    customer: { plan: 'pro' },
    order: { id: 'A1', total: 12.5 },
    history: [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'second' },
      { role: 'user', content: 'third' },
    ],
    docs: ['Refunds take 5 days.', { title: 'Shipping', text: 'Orders ship in 2 days.' }],
  },
};

test('openai: model, system prompt with documents, trimmed history, user prompt', async () => {
  const side = await fixtureSide();
  const b = body(buildRequest(side, chatRecord), 'openai');
  assert.equal(b.model, 'gpt-4.1-mini-2025-04-14');
  assert.equal(b.temperature, 0);
  assert.equal(b.seed, 7);
  const messages = b.messages as Array<{ role: string; content: string }>;
  assert.deepEqual(
    messages.map((m) => m.role),
    ['system', 'assistant', 'user', 'user'],
  );
  assert.match(messages[0]!.content, /^You are the support assistant for pro customers\./);
  assert.match(messages[0]!.content, /Context documents:\n\n\[1\] Refunds take 5 days\.\n\n\[2\] Shipping\nOrders ship in 2 days\./);
  assert.equal(messages[1]!.content, 'second', 'maxTurns 2 keeps the newest two turns');
  assert.equal(messages[3]!.content, 'Question: Where is my order?\nOrder: {"id":"A1","total":12.5}\n');
});

test('openai: tools, tool_choice, parallel_tool_calls and a json_schema response format', async () => {
  const side = await fixtureSide();
  const b = body(buildRequest(side, chatRecord), 'openai');
  const tools = b.tools as Array<{ type: string; function: { name: string; parameters: { type: string } } }>;
  assert.deepEqual(
    tools.map((t) => [t.type, t.function.name, t.function.parameters.type]),
    [
      ['function', 'search_orders', 'object'],
      ['function', 'refund', 'object'],
    ],
  );
  assert.equal(b.tool_choice, 'auto');
  assert.equal(b.parallel_tool_calls, false);
  const format = b.response_format as { type: string; json_schema: { name: string; schema: { required: string[] } } };
  assert.equal(format.type, 'json_schema');
  assert.equal(format.json_schema.name, 'Support_answer');
  assert.deepEqual(format.json_schema.schema.required, ['answer', 'escalate']);
});

test('openai: a forced tool becomes {type: function, function: {name}}; documents are cut at maxChars', async () => {
  const side = await fixtureSide((r) =>
    r.write('service/shadowgate.yaml', r.read('service/shadowgate.yaml').replace('choice: auto', 'choice: { name: refund }')),
  );
  const long = { ...chatRecord, data: { ...chatRecord.data, docs: ['x'.repeat(1000)] } };
  const b = body(buildRequest(side, long), 'openai');
  assert.deepEqual(b.tool_choice, { type: 'function', function: { name: 'refund' } });
  const system = (b.messages as Array<{ content: string }>)[0]!.content;
  const documents = system.slice(system.indexOf('Context documents:\n\n') + 'Context documents:\n\n'.length);
  assert.equal(documents.length, 200);
});

test("openai: without a user template the record's own messages are sent, its system message replaced", async () => {
  const side = await fixtureSide((r) => r.write('service/shadowgate.yaml', r.read('service/shadowgate.yaml').replace('  user: prompts/user.md\n', '')));
  const record: ReplayRecord = {
    id: 'r-2',
    line: 9,
    data: {
      customer: { plan: 'free' },
      messages: [
        { role: 'system', content: 'old prompt' },
        { role: 'user', content: 'hello' },
      ],
    },
  };
  const messages = body(buildRequest(side, record), 'openai').messages as Array<{ role: string; content: string }>;
  assert.equal(messages.length, 2);
  assert.match(messages[0]!.content, /for free customers/);
  assert.deepEqual(messages[1], { role: 'user', content: 'hello' });

  const none = userError(() => buildRequest(side, { id: 'r-3', line: 10, data: { customer: { plan: 'free' } } }));
  assert.deepEqual(none.location, { file: 'service/data/requests.jsonl', line: 10 });
  assert.match(none.message, /no "messages" list/);
});

test('openai: a record missing a template field names the dataset line and the template', async () => {
  const side = await fixtureSide();
  const { question: _, ...rest } = chatRecord.data;
  const e = userError(() => buildRequest(side, { ...chatRecord, line: 41, data: rest }));
  assert.deepEqual(e.location, { file: 'service/data/requests.jsonl', line: 41 });
  assert.match(e.message, /record has no field "question", which the template service\/prompts\/user\.md:1:11 uses/);
});

const KSERVE = `version: 1
service: price-model
model:
  protocol: kserve-v2
  endpoint: http://127.0.0.1:8080
  id: price-model
  version: "3"
  kserve:
    inputs:
      - { name: features, datatype: FP32, shape: [1, -1], from: features }
      - { name: grid, datatype: INT64, from: grid }
      - { name: flag, datatype: BOOL, from: meta.flag }
    output: { name: price }
output: { kind: numeric }
shadow: { dataset: rows.jsonl }
`;

test('kserve-v2: tensors from record paths, -1 filled, nested shapes inferred, id from the record', async () => {
  const side = await manifestSide(KSERVE);
  const b = body(
    buildRequest(side, {
      id: 'row-7',
      line: 7,
      data: {
        features: [0.5, 1, 2.25],
        grid: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        meta: { flag: true },
      },
    }),
    'kserve-v2',
  );
  assert.equal(b.id, 'row-7');
  assert.deepEqual(b.inputs, [
    { name: 'features', shape: [1, 3], datatype: 'FP32', data: [0.5, 1, 2.25] },
    { name: 'grid', shape: [3, 2], datatype: 'INT64', data: [1, 2, 3, 4, 5, 6] },
    { name: 'flag', shape: [1], datatype: 'BOOL', data: [true] },
  ]);
  assert.deepEqual(b.outputs, [{ name: 'price' }]);
});

test('kserve-v2: wrong element types, ragged lists and missing fields are dataset errors', async () => {
  const side = await manifestSide(KSERVE);
  const ok = { features: [1], grid: [[1]], meta: { flag: false } };
  const type = userError(() => buildRequest(side, { id: 'a', line: 2, data: { ...ok, features: [1, 'two'] } }));
  assert.deepEqual(type.location, { file: 'rows.jsonl', line: 2 });
  assert.match(type.message, /field "features" \(KServe input "features"\) must hold finite numbers for datatype FP32 \(element 1 is "two"\)/);
  const float = userError(() => buildRequest(side, { id: 'b', line: 3, data: { ...ok, grid: [[1.5]] } }));
  assert.match(float.message, /integers/);
  const ragged = userError(() => buildRequest(side, { id: 'c', line: 4, data: { ...ok, grid: [[1, 2], [3]] } }));
  assert.match(ragged.message, /ragged/);
  const missing = userError(() => buildRequest(side, { id: 'd', line: 5, data: { features: [1], grid: [[1]] } }));
  assert.match(missing.message, /record has no field "meta\.flag" for KServe input "flag"/);
});

test('kserve-v2: a fixed shape must match the data', async () => {
  const side = await manifestSide(KSERVE.replace('shape: [1, -1]', 'shape: [2, 2]'));
  const e = userError(() => buildRequest(side, { id: 'a', line: 2, data: { features: [1, 2, 3], grid: [[1]], meta: { flag: true } } }));
  assert.match(e.message, /has 3 values, which does not fit shape \[2, 2\]/);
});

const HTTP = `version: 1
service: ranker
model:
  protocol: http
  endpoint: http://127.0.0.1:9000/rank
  id: ranker-v2
  http:
    method: PUT
    body:
      query: "{{ question }}"
      top_k: "{{ k }}"
      filters: "{{ filters }}"
      label: "q-{{ id }}"
      fixed: [1, 2]
    output: /answer
output: { kind: text }
shadow: { dataset: q.jsonl }
`;

test('http: the body template is filled with JSON-typed values, not spliced text', async () => {
  const side = await manifestSide(HTTP);
  const request = buildRequest(side, { id: 'q1', line: 1, data: { id: 17, question: 'say "hi"', k: 5, filters: { lang: ['en', 'de'] } } });
  assert.equal(request.protocol, 'http');
  assert.equal(request.protocol === 'http' && request.method, 'PUT');
  assert.deepEqual(request.body, { query: 'say "hi"', top_k: 5, filters: { lang: ['en', 'de'] }, label: 'q-17', fixed: [1, 2] });
});

test('http: the method defaults to POST and a bad body template is a manifest error', async () => {
  const side = await manifestSide(HTTP.replace('    method: PUT\n', ''));
  const request = buildRequest(side, { id: 'q1', line: 1, data: { id: 1, question: 'q', k: 1, filters: {} } });
  assert.equal(request.protocol === 'http' && request.method, 'POST');
  await assert.rejects(manifestSide(HTTP.replace('"{{ k }}"', '"{{ k | shout }}"')), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.deepEqual(e.location, { file: 'shadowgate.yaml', line: 10, column: 7 });
    assert.match(e.message, /model\.http\.body: unknown template filter "shout"/);
    return true;
  });
});
