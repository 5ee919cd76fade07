// dist/ is committed (the action runs it directly); it must be exactly what the sources build to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('committed dist/ equals a fresh build of src/', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'sg-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const want = files(fresh)
    .map((f) => relative(fresh, f))
    .sort();
  const have = files('dist')
    .map((f) => relative('dist', f))
    .sort();
  assert.deepEqual(have, want, 'dist/ has different files than a fresh build: run `npm run build` and commit dist/');
  for (const name of want) {
    assert.ok(
      readFileSync(join('dist', name)).equals(readFileSync(join(fresh, name))),
      `dist/${name} differs from a fresh build: run \`npm run build\` and commit dist/`,
    );
  }
});
