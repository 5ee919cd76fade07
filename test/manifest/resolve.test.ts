import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { readAtRef, resolveCommit } from '../../src/manifest/git.ts';
import { resolveSide, type ResolveSideOptions } from '../../src/manifest/resolve.ts';
import { tempRepo, type TempRepo } from './git-repo.ts';

const MANIFEST = 'service/shadowgate.yaml';
const repos: TempRepo[] = [];
after(() => {
  for (const r of repos) r.dispose();
});

function repo(): TempRepo {
  const r = tempRepo();
  repos.push(r);
  return r;
}

function side(r: TempRepo, ref: string, extra: Partial<ResolveSideOptions> = {}) {
  return resolveSide({ label: ref === 'worktree' ? 'candidate' : 'baseline', ref, manifestPath: MANIFEST, repoRoot: r.root, env: {}, ...extra });
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a UserError');
}

test('base and head are each resolved from their own commit', async () => {
  const r = repo();
  const base = r.commit('base');
  r.write('service/prompts/system.md', 'You are terse. Plan: {{ customer.plan }}.\n');
  r.write('service/shadowgate.yaml', `${r.git('show', `${base}:${MANIFEST}`).replace('gpt-4.1-mini-2025-04-14', 'gpt-4.1-2025-04-14')}\n`);
  const head = r.commit('head');

  const baseline = await side(r, base);
  const candidate = await side(r, head, { label: 'candidate' });
  assert.equal(baseline.manifest.model.id, 'gpt-4.1-mini-2025-04-14');
  assert.equal(candidate.manifest.model.id, 'gpt-4.1-2025-04-14');
  assert.match(baseline.systemTemplate ?? '', /support assistant/);
  assert.match(candidate.systemTemplate ?? '', /You are terse/);
  assert.notEqual(baseline.digests.model, candidate.digests.model);
  assert.notEqual(baseline.digests.prompt, candidate.digests.prompt);
  assert.equal(baseline.digests.tools, candidate.digests.tools);
  assert.equal(baseline.digests.context, candidate.digests.context);
  assert.match(baseline.digests.model, /^[0-9a-f]{12}$/);
});

test('the working tree is a side too, and uncommitted edits count', async () => {
  const r = repo();
  const head = r.commit('head');
  r.write('service/prompts/user.md', 'Q: {{ question }}\n');
  const committed = await side(r, head);
  const worktree = await side(r, 'worktree');
  assert.equal(worktree.ref, 'worktree');
  assert.equal(worktree.userTemplate, 'Q: {{ question }}\n');
  assert.notEqual(committed.digests.prompt, worktree.digests.prompt);
});

test('paths are read relative to the manifest folder and returned repo-relative', async () => {
  const r = repo();
  const s = await side(r, 'worktree');
  assert.equal(s.manifestPath, MANIFEST);
  assert.equal(s.manifest.prompt?.system, 'service/prompts/system.md');
  assert.deepEqual(s.manifest.tools?.schemas, ['service/tools/search.json', 'service/tools/refund.json']);
  assert.equal(s.manifest.output.schema, 'service/schemas/answer.json');
  assert.equal(s.manifest.shadow.dataset, 'service/data/requests.jsonl');
  assert.deepEqual(
    s.tools.map((t) => t.name),
    ['search_orders', 'refund'],
  );
  assert.equal((s.tools[1]!.parameters as { required: string[] }).required[0], 'orderId', 'the {type, function} wrapper is unwrapped');
  assert.equal(s.outputSchema?.title, 'Support answer');
});

test('a manifest the PR adds has no baseline: a clear error, or the fallback when given', async () => {
  const r = repo();
  const text = r.read(MANIFEST);
  r.remove(MANIFEST);
  const base = r.commit('base without a manifest');
  r.write(MANIFEST, text);
  const e = await userError(side(r, base));
  assert.match(e.message, /service\/shadowgate\.yaml does not exist at [0-9a-f]{40} \(the baseline\)/);
  assert.match(e.hint ?? '', /has no baseline yet/);
  const fallback = await side(r, base, { fallbackRef: 'worktree' });
  assert.equal(fallback.ref, 'worktree');
  assert.equal(fallback.manifest.service, 'support-bot');
});

test('an unknown ref says to fetch the base ref, and mentions a shallow checkout', async () => {
  const r = repo();
  r.commit('one');
  r.commit('two');
  const e = await userError(side(r, 'origin/main'));
  assert.match(e.message, /git ref "origin\/main" is not known/);
  assert.match(e.hint ?? '', /fetch-depth: 0/);

  const shallowRoot = mkdtempSync(join(tmpdir(), 'sg-shallow-'));
  try {
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.root}`, shallowRoot]);
    const first = r.git('rev-list', '--max-parents=0', 'HEAD');
    const shallow = await userError(resolveCommit(shallowRoot, first));
    assert.match(shallow.message, /checkout is shallow/);
  } finally {
    rmSync(shallowRoot, { recursive: true, force: true });
  }
  await userError(resolveCommit(r.root, '--output=/tmp/x'));
});

test('readAtRef tells "not in that commit" apart from content', async () => {
  const r = repo();
  const sha = r.commit('one');
  assert.match((await readAtRef(r.root, sha, './service/prompts/user.md')) ?? '', /Question/);
  assert.equal(await readAtRef(r.root, sha, 'service/prompts/nope.md'), undefined);
});

test('endpoint overrides: the side variable, then an explicit option', async () => {
  const r = repo();
  const fromEnv = await side(r, 'worktree', {
    label: 'candidate',
    env: { SHADOWGATE_CANDIDATE_ENDPOINT: 'http://127.0.0.1:9999/v1', SHADOWGATE_BASELINE_ENDPOINT: 'http://other' },
  });
  assert.equal(fromEnv.manifest.model.endpoint, 'http://127.0.0.1:9999/v1');
  const baseline = await side(r, 'worktree', { label: 'baseline', env: { SHADOWGATE_CANDIDATE_ENDPOINT: 'http://127.0.0.1:9999/v1' } });
  assert.equal(baseline.manifest.model.endpoint, 'https://models.example.test/v1');
  const explicit = await side(r, 'worktree', {
    label: 'candidate',
    overrides: { endpoint: 'http://127.0.0.1:1/v1' },
    env: { SHADOWGATE_CANDIDATE_ENDPOINT: 'http://x' },
  });
  assert.equal(explicit.manifest.model.endpoint, 'http://127.0.0.1:1/v1');
  assert.equal(explicit.digests.model, fromEnv.digests.model, 'the endpoint is not part of the model digest');
  const bad = await userError(side(r, 'worktree', { label: 'candidate', env: { SHADOWGATE_CANDIDATE_ENDPOINT: 'preview-slot' } }));
  assert.match(bad.message, /SHADOWGATE_CANDIDATE_ENDPOINT is not a URL/);
});

test('a missing prompt file is reported at its line in the manifest', async () => {
  const r = repo();
  r.remove('service/prompts/user.md');
  const e = await userError(side(r, 'worktree'));
  assert.deepEqual(e.location, { file: MANIFEST, line: 14, column: 9 });
  assert.match(e.message, /^prompt\.user: service\/prompts\/user\.md does not exist$/);
});

test('a missing file at a ref names the ref', async () => {
  const r = repo();
  r.remove('service/schemas/answer.json');
  const sha = r.commit('lost the schema');
  const e = await userError(side(r, sha));
  assert.match(e.message, new RegExp(`output\\.schema: service/schemas/answer\\.json does not exist at ${sha}`));
  assert.deepEqual(e.location, { file: MANIFEST, line: 24, column: 11 });
});

test('invalid JSON in a tool file: file:line:col in that file', async () => {
  const r = repo();
  r.write('service/tools/search.json', '{\n  "name": "search_orders",\n  "parameters": { "type": "object", }\n}\n');
  const e = await userError(side(r, 'worktree'));
  assert.equal(e.location?.file, 'service/tools/search.json');
  assert.equal(e.location?.line, 3);
  assert.equal(e.location?.column, 37);
  assert.match(e.message, /^invalid JSON/);
});

test('a broken JSON Schema in a tool is caught with its place', async () => {
  const r = repo();
  r.write(
    'service/tools/search.json',
    JSON.stringify({ name: 'search_orders', parameters: { type: 'object', properties: { query: { type: 'strng' } } } }, null, 2),
  );
  const e = await userError(side(r, 'worktree'));
  assert.deepEqual(e.location, { file: 'service/tools/search.json', line: 7, column: 17 });
  assert.match(
    e.message,
    /parameters of tool "search_orders" is not a valid JSON Schema: .*parameters\.properties\.query\.type must be one of .*\(got "strng"\)/,
  );

  r.write('service/tools/search.json', JSON.stringify({ name: 'search_orders', parameters: { type: 'object', requried: ['q'] } }, null, 2));
  const typo = await userError(side(r, 'worktree'));
  assert.deepEqual(typo.location, { file: 'service/tools/search.json', line: 5, column: 5 });
  assert.match(typo.message, /unknown keyword: "requried"/);

  r.write(
    'service/tools/search.json',
    JSON.stringify({ name: 'search_orders', parameters: { type: 'object', properties: { a: { $ref: '#/$defs/nope' } } } }, null, 2),
  );
  const ref = await userError(side(r, 'worktree'));
  assert.deepEqual(ref.location, { file: 'service/tools/search.json', line: 7, column: 9 });
  assert.match(ref.message, /can't resolve reference #\/\$defs\/nope/);
});

test('an output schema with an unknown format is caught at that format', async () => {
  const r = repo();
  r.write('service/schemas/answer.json', JSON.stringify({ type: 'object', properties: { at: { type: 'string', format: 'date-tme' } } }, null, 2));
  const e = await userError(side(r, 'worktree'));
  assert.deepEqual(e.location, { file: 'service/schemas/answer.json', line: 6, column: 7 });
  assert.match(e.message, /^output schema is not a valid JSON Schema: unknown format "date-tme"$/);
});

test('a tool file that is not a function definition', async () => {
  const r = repo();
  r.write('service/tools/search.json', JSON.stringify({ name: 'search orders!', parameters: { type: 'object' } }, null, 2));
  const badName = await userError(side(r, 'worktree'));
  assert.deepEqual(badName.location, { file: 'service/tools/search.json', line: 2, column: 11 });
  assert.match(badName.message, /name must be 1-64 letters/);
  r.write('service/tools/search.json', JSON.stringify({ name: 'search_orders', description: 'x' }, null, 2));
  const missing = await userError(side(r, 'worktree'));
  assert.match(missing.message, /parameters is required/);
  r.write('service/tools/search.json', JSON.stringify({ name: 'search_orders', parameters: { type: 'string' } }, null, 2));
  const notObject = await userError(side(r, 'worktree'));
  assert.match(notObject.message, /"type": "object"/);
});

test('two tools with one name, and a forced choice that names no tool', async () => {
  const r = repo();
  r.write('service/tools/refund.json', JSON.stringify({ name: 'search_orders', parameters: { type: 'object' } }));
  const twice = await userError(side(r, 'worktree'));
  assert.match(twice.message, /tool "search_orders" is defined twice/);
  assert.equal(twice.location?.line, 16);

  const r2 = repo();
  const text = r2.read(MANIFEST).replace('choice: auto', 'choice: { name: refnud }');
  r2.write('service/shadowgate.yaml', text);
  const choice = await userError(side(r2, 'worktree'));
  assert.match(choice.message, /tools\.choice names "refnud", which is not one of the tools/);
});

test('a template syntax error is caught when the side is resolved, at the template line', async () => {
  const r = repo();
  r.write('service/prompts/user.md', 'Question:\n  {{ question \n');
  const e = await userError(side(r, 'worktree'));
  assert.deepEqual(e.location, { file: 'service/prompts/user.md', line: 2, column: 3 });
});

test('a path that climbs out of the repository is refused', async () => {
  const r = repo();
  const text = r.read(MANIFEST).replace('prompts/system.md', '../../etc/passwd');
  r.write('service/shadowgate.yaml', text);
  const e = await userError(side(r, 'worktree'));
  assert.match(e.message, /points outside the repository/);
  assert.equal(e.location?.line, 13);
});
