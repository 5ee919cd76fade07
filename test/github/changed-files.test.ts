import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { gitChangedFiles, listChangedFiles } from '../../src/github/changed-files.ts';
import { startHarness, type Harness } from './harness.ts';
import { makeRepo } from '../support/git-repo.ts';

let h: Harness;
beforeEach(async () => (h = await startHarness()));
afterEach(async () => h.close());

const prompt = 'You are a helpful assistant.\n'.repeat(20);

test('all pages of a 250-file PR, renames with their previous path', async () => {
  const files = Array.from({ length: 248 }, (_, i) => ({ filename: `src/file${i}.ts` }));
  files.push({ filename: 'prompts/system-v2.md', previous_filename: 'prompts/system.md' } as never);
  files.push({ filename: 'shadowgate.yaml' });
  h.standin.setPullFiles('o', 'r', 7, files);
  const result = await listChangedFiles(h.client(), { owner: 'o', repo: 'r', prNumber: 7, baseSha: 'a', headSha: 'b', log: h.log, expectedCount: 250 });
  assert.equal(result.source, 'api');
  assert.equal(result.paths.length, 251);
  assert.ok(result.paths.includes('prompts/system.md'));
  assert.ok(result.paths.includes('prompts/system-v2.md'));
  assert.ok(result.paths.includes('shadowgate.yaml'));
  const pages = h.standin.requests.filter((r) => r.operationId === 'pulls/list-files').map((r) => new URL(r.path, 'http://x').searchParams.get('per_page'));
  assert.deepEqual(pages, ['100', '100', '100']);
});

test("past GitHub's 3,000-file cap the git diff of the checkout is used, with a notice", async () => {
  const repo = makeRepo(
    { 'prompts/system.md': prompt, 'README.md': 'x' },
    { 'prompts/system.md': 'prompts/v2/system.md' },
    { 'shadowgate.yaml': 'version: 1\n' },
  );
  h.standin.setPullFiles(
    'o',
    'r',
    8,
    Array.from({ length: 3400 }, (_, i) => ({ filename: `gen/${i}.json` })),
  );
  const result = await listChangedFiles(h.client(), { owner: 'o', repo: 'r', prNumber: 8, baseSha: repo.base, headSha: repo.head, log: h.log, cwd: repo.dir });
  assert.equal(result.source, 'git');
  assert.equal(result.capped, true);
  assert.deepEqual([...result.paths].sort(), ['prompts/system.md', 'prompts/v2/system.md', 'shadowgate.yaml']);
  assert.ok(h.log.lines.some((l) => /at most 3000 changed files/.test(l) && l.includes('git diff')));
});

test("a listing shorter than the payload's changed_files also falls back to git", async () => {
  const repo = makeRepo({ 'a.txt': 'a' }, {}, { 'b.txt': 'b' });
  h.standin.setPullFiles('o', 'r', 9, [{ filename: 'a.txt' }]);
  const result = await listChangedFiles(h.client(), {
    owner: 'o',
    repo: 'r',
    prNumber: 9,
    baseSha: repo.base,
    headSha: repo.head,
    log: h.log,
    expectedCount: 5000,
    cwd: repo.dir,
  });
  assert.equal(result.source, 'git');
  assert.deepEqual(result.paths, ['b.txt']);
});

test('git fallback on its own lists renames on both sides', async () => {
  const repo = makeRepo({ 'tools/search.json': '{"name":"search","parameters":{}}\n'.repeat(5) }, { 'tools/search.json': 'tools/lookup.json' }, {});
  assert.deepEqual((await gitChangedFiles(repo.base, repo.head, repo.dir)).sort(), ['tools/lookup.json', 'tools/search.json']);
});
