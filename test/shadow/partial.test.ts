// The shard split, the part file format and the checks a merge makes before it merges anything.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import type { NumberColumn } from '../../src/metrics/column.ts';
import { mergePartials } from '../../src/shadow/merge.ts';
import { parsePartial, type PartialResult } from '../../src/shadow/partial.ts';
import { parseShard, shardFilter, shardOfIndex } from '../../src/shadow/shard.ts';
import { readDataset, validateDataset } from '../../src/replay/dataset.ts';
import { makePairs, partText } from './support.ts';

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected an error');
}

async function userErrorOf(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected an error');
}

test('--shard I/N: 1 ≤ I ≤ N; anything else is one clear error', () => {
  assert.deepEqual(parseShard('3/8'), { index: 3, count: 8 });
  assert.deepEqual(parseShard(' 1 / 1 '), { index: 1, count: 1 });
  for (const bad of ['0/4', '5/4', '1/0', '3', 'a/b', '1/257', '-1/4', '2/4/6']) {
    assert.match(userError(() => parseShard(bad)).message, /--shard must be I\/N with 1 ≤ I ≤ N ≤ 256/, bad);
  }
});

test('the sampled records are dealt round-robin: disjoint, complete, at most one record apart', () => {
  for (const [n, count] of [
    [16_001, 8],
    [5, 8],
    [1000, 3],
  ] as const) {
    const sizes = new Array<number>(count + 1).fill(0);
    for (let k = 0; k < n; k++) {
      const holders = Array.from({ length: count }, (_, i) => shardFilter({ index: i + 1, count })!(k)).filter(Boolean).length;
      assert.equal(holders, 1, `record ${k} is in exactly one shard`);
      sizes[shardOfIndex(k, count)]!++;
    }
    const used = sizes.slice(1);
    assert.equal(
      used.reduce((a, b) => a + b, 0),
      n,
    );
    assert.ok(Math.max(...used) - Math.min(...used) <= 1, `${n} in ${count}: ${used.join(', ')}`);
  }
  assert.equal(shardFilter({ index: 1, count: 1 }), undefined, 'one shard is the whole dataset');
});

test('under sampling (rate, seed, max) the shards of a dataset file hold exactly the records of the unsharded run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-shard-split-'));
  try {
    const file = join(dir, 'requests.jsonl');
    writeFileSync(file, `${Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `r${i}`, q: i })).join('\n')}\n`);
    const sampling = { rate: 0.5, seed: 's', max: 700 };
    const ids = async (select?: (k: number) => boolean) => {
      const out: string[] = [];
      for await (const record of readDataset(file, sampling, select).records) out.push(record.id);
      return out;
    };
    const whole = await ids();
    assert.equal(whole.length, 700);
    const shards = await Promise.all([1, 2, 3].map((index) => ids(shardFilter({ index, count: 3 }))));
    assert.deepEqual(shards.flat().sort(), [...whole].sort(), 'complete and disjoint');
    assert.deepEqual(
      shards.map((s) => s.length),
      [234, 233, 233],
    );
    for (const [i, shard] of shards.entries()) {
      assert.deepEqual(await validateDataset(file, sampling, shardFilter({ index: i + 1, count: 3 })), { records: 2000, sampled: 700, selected: shard.length });
    }
    assert.deepEqual(await ids(shardFilter({ index: 2, count: 3 })), shards[1], 'the same split on every read');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function parts(count: number, records = 120): Promise<Array<{ text: string; index: number }>> {
  const pairs = makePairs('text', records);
  const out = [];
  for (let index = 1; index <= count; index++) {
    out.push({
      index,
      text: await partText(
        'text',
        index,
        count,
        pairs.filter((_, k) => shardOfIndex(k, count) === index),
        records,
      ),
    });
  }
  return out;
}

test('a part survives its file form: shard, identity, counts and number columns come back as written', async () => {
  const [part] = await parts(1);
  const parsed = parsePartial(part!.text, 'p1');
  assert.deepEqual(parsed.shard, { index: 1, count: 1 });
  assert.equal(parsed.pairs, 120);
  const latency = parsed.states['latency.ms'] as { baseline: NumberColumn; candidate: NumberColumn; excludedFailedPairs: number };
  const okPairs = makePairs('text', 120).filter((p) => p.baseline.ok && p.candidate.ok);
  assert.deepEqual(
    Array.from(latency.baseline.values()),
    okPairs.map((p) => p.baseline.latencyMs),
    'every bit of every value',
  );
  assert.deepEqual(
    Array.from(latency.baseline.keys()!),
    okPairs.map((p) => p.record.line),
  );
  assert.equal(latency.excludedFailedPairs, 120 - okPairs.length);
  const lines = part!.text.split('\n');
  assert.equal(lines.length, 3, 'header, body, final newline');
  assert.match(lines[0]!, /^\{"format":"shadowgate-partial","version":3,"bytes":\d+,"sha256":"[0-9a-f]{64}"\}$/);
});

test('truncated, corrupted, older-format and foreign files: one error each, naming the file', async () => {
  const [part] = await parts(1);
  const text = part!.text;
  const truncated = userError(() => parsePartial(text.slice(0, Math.floor(text.length / 2)), 'parts/p1.json'));
  assert.match(truncated.format(), /^parts\/p1\.json:2: part is truncated: \d+ of \d+ bytes/);
  const at = text.indexOf('"pairs":') + 8;
  const corrupted = userError(() => parsePartial(`${text.slice(0, at)}9${text.slice(at + 1)}`, 'parts/p1.json'));
  assert.match(corrupted.format(), /^parts\/p1\.json:2: part is corrupted: its content does not match the digest/);
  const older = userError(() => parsePartial(text.replace('"version":3', '"version":0'), 'parts/p1.json'));
  assert.match(older.format(), /^parts\/p1\.json:1: part written in format version 0; this shadowgate reads version 3/);
  const foreign = userError(() => parsePartial('{"service":"x"}\n', 'report.json'));
  assert.match(foreign.format(), /^report\.json:1: not a shadowgate part file/);
  assert.match(userError(() => parsePartial('', 'empty.json')).message, /not a shadowgate part file/);
});

function withIdentity(text: string, change: (partial: PartialResult) => void): PartialResult {
  const partial = parsePartial(text, 'x');
  change(partial);
  return partial;
}

test('parts of another evaluation, another split, a shard twice or a shard missing are refused, naming the offender', async () => {
  const three = await parts(3);
  const sourced = three.map(({ text, index }) => ({ partial: parsePartial(text, `p${index}`), source: `p${index}.json` }));

  const otherHead = withIdentity(three[1]!.text, (p) => (p.identity.candidateDigests = { ...p.identity.candidateDigests, prompt: 'other' }));
  const e1 = await userErrorOf(mergePartials([sourced[0]!, { partial: otherHead, source: 'p2.json' }, sourced[2]!]));
  assert.match(e1.format(), /^p2\.json: part belongs to another evaluation: its candidate surfaces is .*"prompt":"other".*, but p1\.json has/);

  const otherCommit = withIdentity(three[2]!.text, (p) => (p.identity.commit = 'abc123'));
  assert.match(
    (await userErrorOf(mergePartials([sourced[0]!, { partial: otherCommit, source: 'p3.json' }]))).message,
    /its commit is abc123, but p1\.json has none/,
  );

  const [ofFour] = await parts(4);
  const e2 = await userErrorOf(mergePartials([sourced[0]!, { partial: parsePartial(ofFour!.text, 'q'), source: 'q1.json' }]));
  assert.match(e2.format(), /^q1\.json: part is shard 1\/4, but p1\.json is shard 1\/3: the parts were split differently/);

  const again = { partial: parsePartial(three[1]!.text, 'x'), source: 'copy-of-p2.json' };
  const e3 = await userErrorOf(mergePartials([sourced[0]!, sourced[1]!, again]));
  assert.match(e3.format(), /^copy-of-p2\.json: shard 2\/3 is given twice: here and in p2\.json/);

  const fresh = () => three.map(({ text, index }) => ({ partial: parsePartial(text, `p${index}`), source: `p${index}.json` }));
  const e4 = await userErrorOf(mergePartials([fresh()[0]!, fresh()[2]!]));
  assert.match(e4.message, /^shard 2\/3 is missing: 2 of 3 parts given/);
  assert.match(e4.hint ?? '', /re-run the failed jobs/);
  const e5 = await userErrorOf(mergePartials([fresh()[1]!]));
  assert.match(e5.message, /^shards 1\/3, 3\/3 are missing/);
  assert.match((await userErrorOf(mergePartials([]))).message, /merge needs the part files of every shard/);

  const merged = await mergePartials(fresh());
  assert.equal(merged.replay.pairs, 120);
  assert.equal(merged.shards, 3);
});
