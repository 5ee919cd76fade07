// Tool-schema compatibility rules, one row per kind of change: the expected class and the rule and
// place that explain it. Each row is also checked against real calls: an instance the row says one
// schema rejects is validated with Ajv, so the structural rule and a validator agree.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compareSchemas, compareTools, meets, migrationPath, type CompatibilityClass, type ProblemRule } from '../../src/versioning/compat.ts';

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });
const closed = (properties: Record<string, unknown>, required: string[] = []) => obj(properties, { required, additionalProperties: false });

interface Row {
  name: string;
  base: Record<string, unknown>;
  head: Record<string, unknown>;
  class: CompatibilityClass;
  /** Rule and path of the first problem in each direction that has one. */
  backward?: [ProblemRule, string];
  forward?: [ProblemRule, string];
  /** An old call the new schema rejects (BACKWARD broken) / a new call the old schema rejects. */
  oldCallRejected?: unknown;
  newCallRejected?: unknown;
}

const ROWS: Row[] = [
  {
    name: 'description only',
    base: closed({ id: { type: 'string', description: 'a' } }, ['id']),
    head: closed({ id: { type: 'string', description: 'b' } }, ['id']),
    class: 'FULL',
  },
  {
    name: 'key order only',
    base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    head: { properties: { id: { type: 'string' } }, required: ['id'], type: 'object' },
    class: 'FULL',
  },
  {
    name: 'optional property added to a closed schema',
    base: closed({ id: { type: 'string' } }, ['id']),
    head: closed({ id: { type: 'string' }, note: { type: 'string' } }, ['id']),
    class: 'BACKWARD',
    forward: ['property-not-allowed', 'note'],
    newCallRejected: { id: 'a', note: 'x' },
  },
  {
    name: 'optional property added to an open schema',
    base: obj({ id: { type: 'string' } }),
    head: obj({ id: { type: 'string' }, note: { type: 'string' } }),
    class: 'FULL',
  },
  {
    name: 'required property added to a closed schema',
    base: closed({ id: { type: 'string' } }, ['id']),
    head: closed({ id: { type: 'string' }, reason: { type: 'string' } }, ['id', 'reason']),
    class: 'BREAKING',
    backward: ['required-added', 'reason'],
    forward: ['property-not-allowed', 'reason'],
    oldCallRejected: { id: 'a' },
    newCallRejected: { id: 'a', reason: 'r' },
  },
  {
    name: 'optional property made required',
    base: closed({ id: { type: 'string' }, reason: { type: 'string' } }, ['id']),
    head: closed({ id: { type: 'string' }, reason: { type: 'string' } }, ['id', 'reason']),
    class: 'FORWARD',
    backward: ['required-added', 'reason'],
    oldCallRejected: { id: 'a' },
  },
  {
    name: 'required property made optional',
    base: closed({ id: { type: 'string' }, reason: { type: 'string' } }, ['id', 'reason']),
    head: closed({ id: { type: 'string' }, reason: { type: 'string' } }, ['id']),
    class: 'BACKWARD',
    forward: ['required-added', 'reason'],
    newCallRejected: { id: 'a' },
  },
  {
    name: 'property removed from a closed schema',
    base: closed({ id: { type: 'string' }, note: { type: 'string' } }, ['id']),
    head: closed({ id: { type: 'string' } }, ['id']),
    class: 'FORWARD',
    backward: ['property-not-allowed', 'note'],
    oldCallRejected: { id: 'a', note: 'x' },
  },
  {
    name: 'type changed string → integer',
    base: closed({ qty: { type: 'string' } }, ['qty']),
    head: closed({ qty: { type: 'integer' } }, ['qty']),
    class: 'BREAKING',
    backward: ['type-changed', 'qty'],
    forward: ['type-changed', 'qty'],
    oldCallRejected: { qty: '2' },
    newCallRejected: { qty: 2 },
  },
  {
    name: 'type widened integer → number',
    base: closed({ qty: { type: 'integer' } }, ['qty']),
    head: closed({ qty: { type: 'number' } }, ['qty']),
    class: 'BACKWARD',
    forward: ['type-changed', 'qty'],
    newCallRejected: { qty: 1.5 },
  },
  {
    name: 'type made nullable',
    base: closed({ note: { type: 'string' } }, ['note']),
    head: closed({ note: { type: ['string', 'null'] } }, ['note']),
    class: 'BACKWARD',
    forward: ['type-changed', 'note'],
    newCallRejected: { note: null },
  },
  {
    name: 'enum value added',
    base: closed({ speed: { enum: ['standard', 'express'] } }, ['speed']),
    head: closed({ speed: { enum: ['standard', 'express', 'overnight'] } }, ['speed']),
    class: 'BACKWARD',
    forward: ['enum-changed', 'speed'],
    newCallRejected: { speed: 'overnight' },
  },
  {
    name: 'enum value removed',
    base: closed({ speed: { type: 'string', enum: ['standard', 'express'] } }, ['speed']),
    head: closed({ speed: { type: 'string', enum: ['standard'] } }, ['speed']),
    class: 'FORWARD',
    backward: ['enum-changed', 'speed'],
    oldCallRejected: { speed: 'express' },
  },
  {
    name: 'free string restricted to an enum',
    base: closed({ speed: { type: 'string' } }, ['speed']),
    head: closed({ speed: { type: 'string', enum: ['standard'] } }, ['speed']),
    class: 'FORWARD',
    backward: ['enum-changed', 'speed'],
    oldCallRejected: { speed: 'fast' },
  },
  {
    name: 'additionalProperties closed',
    base: obj({ id: { type: 'string' } }, { additionalProperties: { type: 'string' } }),
    head: obj({ id: { type: 'string' } }, { additionalProperties: false }),
    class: 'FORWARD',
    backward: ['property-not-allowed', ''],
    oldCallRejected: { id: 'a', extra: 'x' },
  },
  {
    name: 'nested object gains a required field',
    base: closed({ address: closed({ city: { type: 'string' } }, ['city']) }, ['address']),
    head: closed({ address: closed({ city: { type: 'string' }, zip: { type: 'string' } }, ['city', 'zip']) }, ['address']),
    class: 'BREAKING',
    backward: ['required-added', 'address.zip'],
    forward: ['property-not-allowed', 'address.zip'],
    oldCallRejected: { address: { city: 'Oslo' } },
    newCallRejected: { address: { city: 'Oslo', zip: '0150' } },
  },
  {
    name: 'array items change type',
    base: closed({ ids: { type: 'array', items: { type: 'string' } } }, ['ids']),
    head: closed({ ids: { type: 'array', items: { type: 'integer' } } }, ['ids']),
    class: 'BREAKING',
    backward: ['type-changed', 'ids[]'],
    forward: ['type-changed', 'ids[]'],
    oldCallRejected: { ids: ['1'] },
    newCallRejected: { ids: [1] },
  },
  {
    name: 'array maxItems tightened',
    base: closed({ ids: { type: 'array', items: { type: 'string' }, maxItems: 10 } }, ['ids']),
    head: closed({ ids: { type: 'array', items: { type: 'string' }, maxItems: 3 } }, ['ids']),
    class: 'FORWARD',
    backward: ['bound-tightened', 'ids'],
    oldCallRejected: { ids: ['a', 'b', 'c', 'd'] },
  },
  {
    name: 'string maxLength raised',
    base: closed({ note: { type: 'string', maxLength: 10 } }, ['note']),
    head: closed({ note: { type: 'string', maxLength: 100 } }, ['note']),
    class: 'BACKWARD',
    forward: ['bound-tightened', 'note'],
    newCallRejected: { note: 'x'.repeat(50) },
  },
  {
    name: 'minimum raised',
    base: closed({ qty: { type: 'integer', minimum: 0 } }, ['qty']),
    head: closed({ qty: { type: 'integer', minimum: 1 } }, ['qty']),
    class: 'FORWARD',
    backward: ['bound-tightened', 'qty'],
    oldCallRejected: { qty: 0 },
  },
  {
    name: '$ref target gains a required field',
    base: { ...closed({ to: { $ref: '#/$defs/address' } }, ['to']), $defs: { address: closed({ city: { type: 'string' } }, ['city']) } },
    head: {
      ...closed({ to: { $ref: '#/$defs/address' } }, ['to']),
      $defs: { address: closed({ city: { type: 'string' }, zip: { type: 'string' } }, ['city', 'zip']) },
    },
    class: 'BREAKING',
    backward: ['required-added', 'to.zip'],
    forward: ['property-not-allowed', 'to.zip'],
    oldCallRejected: { to: { city: 'Oslo' } },
    newCallRejected: { to: { city: 'Oslo', zip: '1' } },
  },
  {
    name: 'recursive $ref (a tree) with an edited description',
    base: {
      ...closed({ root: { $ref: '#/$defs/node' } }, ['root']),
      $defs: { node: closed({ label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } }, ['label']) },
    },
    head: {
      ...closed({ root: { $ref: '#/$defs/node' } }, ['root']),
      $defs: { node: closed({ label: { type: 'string', description: 'shown' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } }, ['label']) },
    },
    class: 'FULL',
  },
  {
    name: 'recursive $ref (a tree) whose nodes gain a required field',
    base: {
      ...closed({ root: { $ref: '#/$defs/node' } }, ['root']),
      $defs: { node: closed({ label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } }, ['label']) },
    },
    head: {
      ...closed({ root: { $ref: '#/$defs/node' } }, ['root']),
      $defs: {
        node: closed({ label: { type: 'string' }, id: { type: 'integer' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } }, ['label', 'id']),
      },
    },
    class: 'BREAKING',
    backward: ['required-added', 'root.id'],
    forward: ['property-not-allowed', 'root.id'],
    oldCallRejected: { root: { label: 'a' } },
    newCallRejected: { root: { label: 'a', id: 1 } },
  },
  {
    name: 'inline schema moved behind a $ref',
    base: closed({ to: closed({ city: { type: 'string' } }, ['city']) }, ['to']),
    head: { ...closed({ to: { $ref: '#/$defs/address' } }, ['to']), $defs: { address: closed({ city: { type: 'string' } }, ['city']) } },
    class: 'FULL',
  },
  {
    name: 'anyOf alternative added',
    base: closed({ id: { anyOf: [{ type: 'string' }] } }, ['id']),
    head: closed({ id: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }, ['id']),
    class: 'BACKWARD',
    forward: ['type-changed', 'id'],
    newCallRejected: { id: 7 },
  },
  {
    name: 'pattern changed (not provable)',
    base: closed({ sku: { type: 'string', pattern: '^[A-Z]+$' } }, ['sku']),
    head: closed({ sku: { type: 'string', pattern: '^[A-Z0-9]+$' } }, ['sku']),
    class: 'BREAKING',
    backward: ['pattern-changed', 'sku'],
    forward: ['pattern-changed', 'sku'],
    newCallRejected: { sku: 'A1' },
  },
  {
    name: 'a keyword the rules do not model',
    base: closed({ id: { type: 'string' } }, ['id']),
    head: { ...closed({ id: { type: 'string' } }, ['id']), not: { required: ['x'] } },
    class: 'BREAKING',
    backward: ['unproven', ''],
    forward: ['unproven', ''],
  },
];

describe('tool-schema compatibility rules', () => {
  const ajv = new Ajv2020({ strict: false });
  for (const row of ROWS) {
    test(`${row.name} → ${row.class}`, () => {
      const result = compareSchemas(row.base, row.head);
      assert.equal(result.class, row.class, `${result.reason}\nbackward: ${JSON.stringify(result.backward)}\nforward: ${JSON.stringify(result.forward)}`);
      for (const [direction, expected] of [
        ['backward', row.backward],
        ['forward', row.forward],
      ] as const) {
        const first = result[direction][0];
        if (expected) {
          assert.ok(first, `${direction}: expected a problem`);
          assert.deepEqual([first.rule, first.path], expected, first.message);
        } else {
          assert.deepEqual(result[direction], [], `${direction}: expected no problem`);
        }
      }
      if (row.class !== 'FULL') assert.match(result.reason, /: /, 'the reason names the problem');
      // The rule agrees with a real validator on a call it says is rejected.
      if (row.oldCallRejected !== undefined) {
        assert.equal(ajv.validate(row.base, row.oldCallRejected), true, 'the old call is valid under the old schema');
        assert.equal(ajv.validate(row.head, row.oldCallRejected), false, 'and rejected by the new one');
      }
      if (row.newCallRejected !== undefined) {
        assert.equal(ajv.validate(row.head, row.newCallRejected), true, 'the new call is valid under the new schema');
        assert.equal(ajv.validate(row.base, row.newCallRejected), false, 'and rejected by the old one');
      }
    });
  }

  test('levels: FULL meets every level, a one-way class only its own, NONE accepts anything', () => {
    assert.equal(meets('FULL', 'FULL'), true);
    assert.equal(meets('BACKWARD', 'FULL'), false);
    assert.equal(meets('BACKWARD', 'BACKWARD'), true);
    assert.equal(meets('FORWARD', 'BACKWARD'), false);
    assert.equal(meets('BREAKING', 'FORWARD'), false);
    assert.equal(meets('BREAKING', 'NONE'), true);
  });
});

describe('tool sets', () => {
  const tool = (name: string, parameters: Record<string, unknown>) => ({ name, parameters });
  const params = closed({ id: { type: 'string' } }, ['id']);

  test('a removed tool is BREAKING, an added one BACKWARD, a rename is named as one', () => {
    const base = [tool('lookup_order', params), tool('refund', closed({ amount: { type: 'number' } }, ['amount']))];
    const head = [tool('find_order', params), tool('escalate', closed({ why: { type: 'string' } }, ['why']))];
    const changes = compareTools(base, head);
    const byTool = Object.fromEntries(changes.map((c) => [c.tool, c]));
    assert.equal(byTool.find_order?.change, 'renamed');
    assert.equal(byTool.find_order?.from, 'lookup_order');
    assert.equal(byTool.find_order?.class, 'BREAKING');
    assert.equal(byTool.refund?.change, 'removed');
    assert.equal(byTool.refund?.class, 'BREAKING');
    assert.equal(byTool.escalate?.change, 'added');
    assert.equal(byTool.escalate?.class, 'BACKWARD');
    assert.match(migrationPath(byTool.refund!), /keep refund while any live prompt may call it/);
    assert.match(migrationPath(byTool.find_order!), /offer both lookup_order and find_order/);
    assert.equal(
      migrationPath(byTool.escalate!),
      'deploy escalate to every tool implementation that serves during the rollout before the prompt that offers it goes out (old implementations then know it), or accept the change on the base branch first: versioning.tools.escalate: BACKWARD',
    );
  });

  test('the migration path for a newly required parameter is expand, migrate, contract', () => {
    const [change] = compareTools(
      [tool('refund', closed({ id: { type: 'string' } }, ['id']))],
      [tool('refund', closed({ id: { type: 'string' }, reason: { type: 'string' } }, ['id', 'reason']))],
    );
    assert.equal(change?.class, 'BREAKING');
    assert.equal(
      migrationPath(change!),
      'expand, migrate, contract: 1) add `reason` as an optional property (old and new calls both pass), 2) roll out the prompt that sends it until no old prompt is live, 3) make it required in a later change',
    );
  });
});
