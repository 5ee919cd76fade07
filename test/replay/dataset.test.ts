import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isUserError, type UserError } from '../../src/errors.ts';
import { hashId, readDataset, sampleUnit, validateDataset } from '../../src/replay/dataset.ts';
import type { ReplayRecord } from '../../src/types.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sg-dataset-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function collect(path: string, sampling = {}): Promise<ReplayRecord[]> {
  const out: ReplayRecord[] = [];
  for await (const r of readDataset(path, sampling).records) out.push(r);
  return out;
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(isUserError(e), `expected a UserError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a UserError');
}

describe('dataset lines', () => {
  test('CRLF, blank lines, a BOM and a last line without newline all read with their file line numbers', async () => {
    const path = await file(
      'mixed.jsonl',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"a","q":"one"}\r\n\r\n   \n{"id":7,"q":"two"}\n{"q":"three"}')]),
    );
    const records = await collect(path);
    assert.deepEqual(
      records.map((r) => [r.id, r.line, r.data.q]),
      [
        ['a', 1, 'one'],
        ['7', 4, 'two'],
        [hashId('{"q":"three"}'), 5, 'three'],
      ],
    );
    assert.deepEqual(await validateDataset(path), { records: 3, sampled: 3, selected: 3 });
  });

  test('an id-less line keeps the same hash id across reads', async () => {
    const path = await file('noid.jsonl', '{"q":"x"}\n{"q":"y"}\n');
    const first = (await collect(path)).map((r) => r.id);
    const second = (await collect(path)).map((r) => r.id);
    assert.deepEqual(first, second);
    assert.notEqual(first[0], first[1]);
  });

  test('bad JSON names file, line and column', async () => {
    const path = await file('bad.jsonl', '{"id":1}\n{"id":2}\n{"id":3, "q": oops}\n{"id":4}\n');
    const e = await userError(validateDataset(path));
    assert.equal(e.location?.file, path);
    assert.equal(e.location?.line, 3);
    assert.equal(e.location?.column, 15);
    assert.match(e.format(), new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:15: dataset line is not valid JSON`));
  });

  test('a line that is not an object is one UserError at that line', async () => {
    for (const [name, line] of [
      ['array', '[1,2]'],
      ['number', '42'],
      ['null', 'null'],
      ['string', '"hello"'],
    ] as const) {
      const path = await file(`${name}.jsonl`, `{"id":1}\n${line}\n`);
      const e = await userError(validateDataset(path));
      assert.equal(e.location?.line, 2, name);
      assert.match(e.message, /must be a JSON object/);
    }
  });

  test('an empty file, or one with only blank lines, is a UserError at line 1', async () => {
    for (const content of ['', '\n\n  \r\n']) {
      const path = await file(`empty-${content.length}.jsonl`, content);
      const e = await userError(validateDataset(path));
      assert.deepEqual(e.location, { file: path, line: 1 });
      const e2 = await userError(collect(path));
      assert.equal(e2.location?.line, 1);
    }
  });

  test('a missing file is a UserError naming it', async () => {
    const path = join(dir, 'nope.jsonl');
    const e = await userError(validateDataset(path));
    assert.equal(e.location?.file, path);
    assert.match(e.message, /ENOENT/);
  });

  test('an id that is an object is rejected', async () => {
    const path = await file('objid.jsonl', '{"id":{"a":1}}\n');
    const e = await userError(validateDataset(path));
    assert.equal(e.location?.line, 1);
  });

  test('readDataset reports the bad line when iteration reaches it, after the good ones', async () => {
    const path = await file('late.jsonl', '{"id":1}\n{"id":2}\n{oops\n');
    const seen: string[] = [];
    const e = await userError(
      (async () => {
        for await (const r of readDataset(path).records) seen.push(r.id);
      })(),
    );
    assert.deepEqual(seen, ['1', '2']);
    assert.equal(e.location?.line, 3);
  });
});

describe('sampling', () => {
  let path: string;
  before(async () => {
    path = await file('sample.jsonl', Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: `r${i}` })).join('\n'));
  });

  test('the same seed keeps the same ids; another seed keeps others', async () => {
    const a = (await collect(path, { rate: 0.2, seed: 's1' })).map((r) => r.id);
    const b = (await collect(path, { rate: 0.2, seed: 's1' })).map((r) => r.id);
    const c = (await collect(path, { rate: 0.2, seed: 's2' })).map((r) => r.id);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
    // A record's fate depends only on (id, seed), not on its position or neighbours.
    const small = await file(
      'subset.jsonl',
      a
        .slice(0, 50)
        .map((id) => JSON.stringify({ id }))
        .join('\n'),
    );
    assert.equal((await collect(small, { rate: 0.2, seed: 's1' })).length, 50);
  });

  test('the kept fraction is close to the rate and validateDataset predicts it exactly', async () => {
    for (const rate of [0.05, 0.3, 0.7]) {
      const { records, counts } = readDataset(path, { rate, seed: 'x' });
      let n = 0;
      for await (const _ of records) n++;
      // Binomial sd at n=10,000 is ≤ 0.005; 4 sd is a safe band.
      assert.ok(Math.abs(n / 10_000 - rate) < 0.02, `rate ${rate}: kept ${n}`);
      assert.deepEqual(counts, { read: 10_000, sampled: n });
      assert.deepEqual(await validateDataset(path, { rate, seed: 'x' }), { records: 10_000, sampled: n, selected: n });
    }
  });

  test('max stops after that many sampled records', async () => {
    const kept = await collect(path, { rate: 0.5, seed: 'm', max: 25 });
    assert.equal(kept.length, 25);
    const all = await collect(path, { rate: 0.5, seed: 'm' });
    assert.deepEqual(kept, all.slice(0, 25));
    assert.equal((await validateDataset(path, { rate: 0.5, seed: 'm', max: 25 })).sampled, 25);
  });

  test('sampleUnit is uniform-looking in [0,1)', () => {
    const values = Array.from({ length: 2000 }, (_, i) => sampleUnit(String(i), 'u'));
    assert.ok(values.every((v) => v >= 0 && v < 1));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    assert.ok(Math.abs(mean - 0.5) < 0.03, `mean ${mean}`);
  });

  test('an out-of-range rate is a UserError', async () => {
    const e = await userError(validateDataset(path, { rate: 1.5 }));
    assert.match(e.message, /between 0 and 1/);
  });
});

describe('memory', () => {
  test('a 100,000-line dataset streams without being held in memory', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const path = join(dir, 'big.jsonl');
    const padding = 'x'.repeat(400);
    const out = createWriteStream(path);
    for (let i = 0; i < 100_000; i++) {
      if (!out.write(`{"id":"r${i}","prompt":"${padding}","n":${i}}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let n = 0;
    for await (const record of readDataset(path).records) {
      n++;
      if (n % 5000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
      assert.equal(record.line, n);
    }
    assert.equal(n, 100_000);
    // The file is ~42 MB; holding its lines alone would exceed 40 MB of heap.
    assert.ok(peak < 8 * 1024 * 1024, `heap grew by ${(peak / 1048576).toFixed(1)} MB`);
  });
});
