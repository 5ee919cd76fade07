import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { compileJsonTemplate, compileTemplate, renderJsonTemplate, renderTemplate } from '../../src/core/template.ts';

const place = { file: 'data/requests.jsonl', line: 17 };

function fails(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a UserError');
}

test('fills fields, nested fields and list items', () => {
  const t = compileTemplate('Hi {{ user.name }}, about {{question}} and {{ items.1 }}.', 'prompts/user.md');
  assert.equal(renderTemplate(t, { user: { name: 'Ada' }, question: 'refunds', items: ['a', 'b'] }, place), 'Hi Ada, about refunds and b.');
  assert.deepEqual(t.fields, ['user.name', 'question', 'items.1']);
});

test('numbers and booleans render as text; null renders empty; | json renders JSON', () => {
  const t = compileTemplate('{{ n }} {{ ok }} [{{ nothing }}] {{ order | json }} {{ nothing | json }}', 'p.md');
  assert.equal(renderTemplate(t, { n: 3.5, ok: false, nothing: null, order: { id: 'A1', qty: 2 } }, place), '3.5 false [] {"id":"A1","qty":2} null');
});

test('a missing field names the dataset line and the template place', () => {
  const t = compileTemplate('Line one\nAsk: {{ question }}', 'prompts/user.md');
  const e = fails(() => renderTemplate(t, { other: 1 }, place));
  assert.deepEqual(e.location, { file: 'data/requests.jsonl', line: 17 });
  assert.match(e.message, /record has no field "question", which the template prompts\/user\.md:2:6 uses/);
});

test('a mapping without | json is refused rather than printed as [object Object]', () => {
  const t = compileTemplate('{{ order }}', 'p.md');
  const e = fails(() => renderTemplate(t, { order: { id: 1 } }, place));
  assert.match(e.message, /write \{\{ order \| json \}\}/);
});

test('{{{{ is a literal {{ and single braces pass through', () => {
  const t = compileTemplate('Use {{{{ name }} in docs; {a} and }} stay.', 'p.md');
  assert.equal(renderTemplate(t, {}, place), 'Use {{ name }} in docs; {a} and }} stay.');
  assert.deepEqual(t.fields, []);
});

test('no code runs: expressions, unknown filters and unclosed tags are syntax errors with file:line:col', () => {
  const expression = fails(() => compileTemplate('a\nb {{ constructor.constructor("x")() }}', 'p.md'));
  assert.deepEqual(expression.location, { file: 'p.md', line: 2, column: 3 });
  const filter = fails(() => compileTemplate('{{ a | upper }}', 'p.md'));
  assert.match(filter.message, /unknown template filter "upper"/);
  const unclosed = fails(() => compileTemplate('x {{ a  {{ b }}', 'p.md'));
  assert.deepEqual(unclosed.location, { file: 'p.md', line: 1, column: 3 });
  fails(() => compileTemplate('{{ }}', 'p.md'));
});

test('fields are looked up on the record itself, never on its prototype', () => {
  const t = compileTemplate('{{ toString }}', 'p.md');
  fails(() => renderTemplate(t, {}, place));
});

test('JSON templates keep the type of a whole-string field and splice text otherwise', () => {
  const body = compileJsonTemplate({ input: '{{ features }}', k: 3, note: 'id={{ id }}', nested: ['{{ flag }}', 'plain'] }, 'shadowgate.yaml');
  const filled = renderJsonTemplate(body, { features: [1.5, 2], id: 42, flag: true }, place);
  assert.deepEqual(filled, { input: [1.5, 2], k: 3, note: 'id=42', nested: [true, 'plain'] });
});

test('a JSON template with a missing field fails like a text template', () => {
  const body = compileJsonTemplate({ q: '{{ question }}' }, 'shadowgate.yaml');
  const e = fails(() => renderJsonTemplate(body, {}, place));
  assert.deepEqual(e.location, place);
});
