import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NumberColumn } from '../../src/metrics/column.ts';

test('a column keeps every value in order, past its expected size', () => {
  const column = new NumberColumn(3);
  const pushed: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const v = i % 7 === 0 ? -i / 3 : i * 1.5;
    column.push(v);
    pushed.push(v);
  }
  assert.equal(column.length, 1000);
  assert.deepEqual(Array.from(column.values()), pushed);
  assert.equal(column.values().length, 1000, 'a view of the values, not of the spare capacity');
});

test('a column sized right holds exactly its values (no copy on the way to the judge)', () => {
  const column = new NumberColumn(4);
  for (const v of [1, 2, 3, 4]) column.push(v);
  const view = column.values();
  assert.equal(view.buffer.byteLength, 4 * Float64Array.BYTES_PER_ELEMENT);
  assert.equal(column.values().buffer, view.buffer);
});

test('columns concatenate from either form; JSON is a plain array', () => {
  const a = new NumberColumn();
  a.push(1);
  a.push(2.5);
  const viaJson = JSON.parse(JSON.stringify({ a })) as { a: number[] };
  assert.deepEqual(viaJson.a, [1, 2.5]);
  assert.deepEqual(Array.from(NumberColumn.concat(viaJson.a, a).values()), [1, 2.5, 1, 2.5]);
  assert.deepEqual(Array.from(NumberColumn.concat(a, []).values()), [1, 2.5]);
  assert.deepEqual(Array.from(NumberColumn.concat([], []).values()), []);
  const merged = NumberColumn.concat(a, [7]);
  merged.push(8);
  assert.deepEqual(Array.from(merged.values()), [1, 2.5, 7, 8], 'a merged column still grows');
  assert.deepEqual(Array.from(a.values()), [1, 2.5], 'inputs are not changed');
});
