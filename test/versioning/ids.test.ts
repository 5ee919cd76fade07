// Content ids: the bundled examples have the ids an independent implementation computes from the
// documented canonical forms (test/fixtures/versioning/golden.py); formatting-only edits keep every
// id; each edit a model could notice changes the id of exactly the artifact it touches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { resolveSide } from '../../src/manifest/resolve.ts';
import type { ResolvedSide } from '../../src/types.ts';
import { shortId, surfaceIds, type SurfaceIds } from '../../src/versioning/ids.ts';
import { tempRepo, type TempRepo } from '../manifest/git-repo.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'versioning', 'golden.json'), 'utf8')) as Record<
  string,
  { artifacts: Record<string, string>; surfaces: Record<string, string> }
>;

function resolveAt(repoRoot: string, manifestPath = 'shadowgate.yaml', env: Record<string, string> = {}): Promise<ResolvedSide> {
  return resolveSide({ label: 'candidate', ref: 'worktree', manifestPath, repoRoot, env });
}

const flat = (ids: SurfaceIds) => Object.fromEntries(ids.artifacts.map((a) => [a.name, a.id]));

describe('golden ids of the bundled examples', () => {
  for (const [folder, expected] of Object.entries(GOLDEN)) {
    test(folder, async () => {
      const ids = surfaceIds(await resolveAt(join(ROOT, folder)));
      assert.deepEqual(flat(ids), expected.artifacts);
      assert.deepEqual(ids.surfaces, expected.surfaces);
      for (const id of [...Object.values(ids.surfaces), ...ids.artifacts.map((a) => a.id)]) assert.match(id, /^[0-9a-f]{64}$/);
    });
  }

  test('short ids are the first 12 hex characters', () => {
    assert.equal(shortId(GOLDEN['examples/support-bot']!.surfaces.model!), '26f2bdcb0605');
  });
});

describe('id stability', () => {
  const repos: TempRepo[] = [];
  after(() => {
    for (const r of repos) r.dispose();
  });
  const MANIFEST = 'service/shadowgate.yaml';

  async function idsAfter(edit: (r: TempRepo) => void, env: Record<string, string> = {}): Promise<Record<string, string>> {
    const r = tempRepo();
    repos.push(r);
    edit(r);
    return flat(surfaceIds(await resolveAt(r.root, MANIFEST, env)));
  }
  const replace = (r: TempRepo, path: string, from: string | RegExp, to: string) => {
    const text = r.read(path);
    assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `${path} has ${String(from)}`);
    r.write(path, text.replace(from, to));
  };

  test('formatting-only edits keep every id', async () => {
    const original = await idsAfter(() => {});
    const formatted = await idsAfter((r) => {
      // Prompt: CRLF line endings, trailing spaces and tabs, extra blank lines at the end, a BOM.
      r.write('service/prompts/system.md', `\uFEFF${r.read('service/prompts/system.md').replace(/\n/g, '  \t\r\n')}\r\n\r\n`);
      // Tool schemas: keys reordered and re-indented, and the {type: function} wrapper taken off.
      const search = JSON.parse(r.read('service/tools/search.json')) as Record<string, unknown>;
      r.write('service/tools/search.json', JSON.stringify(Object.fromEntries(Object.entries(search).reverse()), null, 8));
      r.write('service/tools/refund.json', JSON.stringify((JSON.parse(r.read('service/tools/refund.json')) as { function: unknown }).function));
      // Manifest: key order in YAML, flow vs block style, comments, the endpoint's scheme and trailing slash,
      // a default written out.
      replace(r, MANIFEST, '  params:\n    temperature: 0\n    seed: 7', '  params: { seed: 7, temperature: 0 }   # fixed sampling');
      replace(r, MANIFEST, 'https://models.example.test/v1', 'http://MODELS.example.test/v1/');
      replace(r, MANIFEST, '  documents: { field: docs, maxChars: 200 }', '  documents:\n    maxChars: 200\n    field: docs\n    header: "Context documents:"');
    });
    assert.deepEqual(formatted, original);
  });

  test('an endpoint override (a preview slot) keeps the model id', async () => {
    const original = await idsAfter(() => {});
    const r = tempRepo();
    repos.push(r);
    const side = await resolveSide({
      label: 'candidate',
      ref: 'worktree',
      manifestPath: MANIFEST,
      repoRoot: r.root,
      env: {},
      overrides: { endpoint: 'http://127.0.0.1:9/v1' },
    });
    assert.equal(side.manifest.model.endpoint, 'http://127.0.0.1:9/v1');
    assert.deepEqual(flat(surfaceIds(side)), original);
  });

  const semantic: Array<[string, string, (r: TempRepo) => void]> = [
    ['a word in the system prompt', 'prompt.system', (r) => replace(r, 'service/prompts/system.md', /\w+/, 'Kindly')],
    ['indentation of a prompt line', 'prompt.user', (r) => r.write('service/prompts/user.md', `  ${r.read('service/prompts/user.md')}`)],
    ['a blank line inside the prompt', 'prompt.system', (r) => r.write('service/prompts/system.md', `\n${r.read('service/prompts/system.md')}`)],
    ['the model id', 'model', (r) => replace(r, MANIFEST, 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-2025-04-14')],
    ['a sampling parameter', 'model', (r) => replace(r, MANIFEST, 'temperature: 0', 'temperature: 0.2')],
    ['the provider host', 'model', (r) => replace(r, MANIFEST, 'models.example.test', 'other.example.test')],
    [
      'a tool description',
      'tool:refund',
      (r) => {
        const file = JSON.parse(r.read('service/tools/refund.json')) as { function: Record<string, unknown> };
        r.write('service/tools/refund.json', JSON.stringify({ ...file, function: { ...file.function, description: 'Refund a paid order.' } }));
      },
    ],
    ['tool_choice', 'tools.settings', (r) => replace(r, MANIFEST, 'choice: auto', 'choice: required')],
    ['history turns kept', 'context', (r) => replace(r, MANIFEST, 'maxTurns: 2', 'maxTurns: 3')],
  ];
  for (const [what, artifact, edit] of semantic) {
    test(`${what} changes the ${artifact} id and no other`, async () => {
      const original = await idsAfter(() => {});
      const edited = await idsAfter(edit);
      const differing = Object.keys(original).filter((k) => original[k] !== edited[k]);
      assert.deepEqual(differing, [artifact]);
    });
  }
});
