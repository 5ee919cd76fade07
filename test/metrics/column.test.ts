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

test('a keyed column reads back in key order, however its values were pushed or concatenated', () => {
  const lines = [5, 1, 9, 3, 7, 2, 8, 4, 6];
  const column = new NumberColumn(4);
  for (const line of lines) column.push(line * 0.1, line);
  assert.deepEqual(Array.from(column.keys()!), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(
    Array.from(column.values()),
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((l) => l * 0.1),
  );
  const a = new NumberColumn();
  const b = new NumberColumn();
  for (const line of [4, 10, 2]) a.push(-line, line);
  for (const line of [3, 1, 11]) b.push(-line, line);
  assert.deepEqual(Array.from(NumberColumn.concat(a, b).values()), [-1, -2, -3, -4, -10, -11]);
  assert.deepEqual(Array.from(NumberColumn.concat(b, a).values()), [-1, -2, -3, -4, -10, -11], 'merge order does not matter');
  assert.deepEqual(JSON.parse(JSON.stringify(a)), { values: [-2, -4, -10], keys: [2, 4, 10] }, 'a keyed column keeps its keys in JSON');
  assert.deepEqual(
    Array.from(NumberColumn.concat(JSON.parse(JSON.stringify(a)) as { values: number[]; keys: number[] }, b).values()),
    [-1, -2, -3, -4, -10, -11],
  );
});

test('sparse keys sort too, and equal keys keep their order', () => {
  const column = new NumberColumn();
  const keys = [4_000_000_000, 7, 1_000_000, 7, 0];
  keys.forEach((key, i) => {
    column.push(i, key);
  });
  assert.deepEqual(Array.from(column.keys()!), [0, 7, 7, 1_000_000, 4_000_000_000]);
  assert.deepEqual(Array.from(column.values()), [4, 1, 3, 2, 0]);
  const dense = new NumberColumn();
  [3, 1, 3, 2, 1].forEach((key, i) => {
    dense.push(i, key);
  });
  assert.deepEqual(Array.from(dense.values()), [1, 4, 3, 0, 2]);
});

test('a column takes keys for all of its values or for none', () => {
  const keyed = new NumberColumn();
  keyed.push(1, 1);
  assert.throws(() => keyed.push(2), /needs a key with every value/);
  const plain = new NumberColumn();
  plain.push(1);
  assert.throws(() => plain.push(2, 2), /filled without keys/);
  assert.throws(() => NumberColumn.concat(keyed, plain), /keyed column with one without keys/);
  assert.deepEqual(Array.from(NumberColumn.concat(keyed, []).values()), [1], 'an empty column joins either kind');
});

test('a reserved column is a running total: concatenations append to it in place, in key order', () => {
  const first = new NumberColumn();
  for (const key of [1, 4, 7]) first.push(key / 10, key);
  const total = NumberColumn.reserve(first, 9);
  const second = new NumberColumn();
  for (const key of [8, 2, 5]) second.push(key / 10, key);
  const third = new NumberColumn();
  for (const key of [3, 6, 9]) third.push(key / 10, key);
  assert.equal(NumberColumn.concat(total, second), total, 'appended in place');
  assert.equal(NumberColumn.concat(total, third), total);
  assert.deepEqual(
    Array.from(total.values()),
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => k / 10),
  );
  const grown = NumberColumn.concat(total, first);
  assert.notEqual(grown, total, 'past its room a new running total is made');
  assert.equal(grown.length, 12);
  assert.deepEqual(Array.from(first.values()), [0.1, 0.4, 0.7], 'the first column itself is not changed');
});
