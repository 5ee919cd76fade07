// Which files merge reads: files, folders (flat, or one subfolder per artifact as download-artifact lays
// them out without merge-multiple) and globs; nothing found is an error, never an empty merge.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { expandPartPaths } from '../../src/shadow/part-files.ts';

const root = mkdtempSync(join(tmpdir(), 'sg-part-files-'));
after(() => rmSync(root, { recursive: true, force: true }));
for (const path of [
  'flat/shadowgate-part-1-of-2.json',
  'flat/shadowgate-part-2-of-2.json',
  'flat/notes.txt',
  'nested/shadowgate-part-2-of-2/shadowgate-part-2-of-2.json',
  'nested/shadowgate-part-1-of-2/shadowgate-part-1-of-2.json',
  'empty/readme.md',
]) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), '');
}

async function rejection(args: string[]): Promise<UserError> {
  try {
    await expandPartPaths(args, root);
  } catch (e) {
    assert.ok(e instanceof UserError);
    return e;
  }
  assert.fail('expected an error');
}

test('folders give their part files (also one folder down), globs their matches, each file once', async () => {
  const rel = (paths: string[]) => paths.map((p) => p.slice(root.length + 1));
  assert.deepEqual(rel(await expandPartPaths(['flat'], root)), ['flat/shadowgate-part-1-of-2.json', 'flat/shadowgate-part-2-of-2.json']);
  assert.deepEqual(rel(await expandPartPaths(['nested/'], root)), [
    'nested/shadowgate-part-1-of-2/shadowgate-part-1-of-2.json',
    'nested/shadowgate-part-2-of-2/shadowgate-part-2-of-2.json',
  ]);
  assert.deepEqual(rel(await expandPartPaths(['flat/*-of-2.json', 'flat/shadowgate-part-1-of-2.json'], root)), [
    'flat/shadowgate-part-1-of-2.json',
    'flat/shadowgate-part-2-of-2.json',
  ]);
});

test('a missing path, a folder without parts and a glob without matches are errors', async () => {
  assert.match((await rejection(['gone.json'])).format(), /^gone\.json: part not found: gone\.json/);
  assert.match((await rejection(['empty'])).message, /^no part files \(shadowgate-part-I-of-N\.json\) in the folder empty/);
  assert.match((await rejection(['flat/*.parts'])).message, /^no file matches flat\/\*\.parts/);
});
