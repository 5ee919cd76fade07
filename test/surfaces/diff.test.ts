import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { resolveSide } from '../../src/manifest/resolve.ts';
import { relevantChanges } from '../../src/surfaces/changed.ts';
import { diffSurfaces } from '../../src/surfaces/diff.ts';
import type { ResolvedSide, SurfaceChange, SurfaceName } from '../../src/types.ts';
import { tempRepo, type TempRepo } from '../manifest/git-repo.ts';

const MANIFEST = 'service/shadowgate.yaml';
const repos: TempRepo[] = [];
after(() => {
  for (const r of repos) r.dispose();
});

/** Commits the fixture as the base, applies `edit` as the PR, and resolves both sides from git. */
async function sides(edit: (r: TempRepo) => void): Promise<{ base: ResolvedSide; head: ResolvedSide }> {
  const r = tempRepo();
  repos.push(r);
  const baseSha = r.commit('base');
  edit(r);
  const headSha = r.commit('head');
  const base = await resolveSide({ label: 'baseline', ref: baseSha, manifestPath: MANIFEST, repoRoot: r.root, env: {} });
  const head = await resolveSide({ label: 'candidate', ref: headSha, manifestPath: MANIFEST, repoRoot: r.root, env: {} });
  return { base, head };
}

function bySurface(changes: SurfaceChange[]): Record<SurfaceName, SurfaceChange> {
  return Object.fromEntries(changes.map((c) => [c.surface, c])) as Record<SurfaceName, SurfaceChange>;
}

const editManifest = (r: TempRepo, from: string, to: string) => {
  const text = r.read(MANIFEST);
  assert.ok(text.includes(from), `fixture has ${from}`);
  r.write(MANIFEST, text.replace(from, to));
};

test('nothing changed: four surfaces, none changed', async () => {
  const { base, head } = await sides(() => {});
  const changes = diffSurfaces(base, head);
  assert.deepEqual(
    changes.map((c) => [c.surface, c.changed, c.files.length]),
    [
      ['model', false, 0],
      ['prompt', false, 0],
      ['tools', false, 0],
      ['context', false, 0],
    ],
  );
});

test('a new model id and an edited tool', async () => {
  const { base, head } = await sides((r) => {
    editManifest(r, 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-2025-04-14');
    r.write('service/tools/refund.json', JSON.stringify({ name: 'refund', parameters: { type: 'object', properties: { orderId: { type: 'string' } } } }));
  });
  const c = bySurface(diffSurfaces(base, head));
  assert.equal(c.model.changed, true);
  assert.equal(c.model.before, 'gpt-4.1-mini-2025-04-14');
  assert.equal(c.model.after, 'gpt-4.1-2025-04-14');
  assert.equal(c.tools.changed, true);
  assert.deepEqual(c.tools.files, ['service/tools/refund.json']);
  assert.equal(c.prompt.changed, false);
  assert.equal(c.context.changed, false);
});

test('an edited system prompt lists that file only', async () => {
  const { base, head } = await sides((r) => r.write('service/prompts/system.md', 'Be brief with {{ customer.plan }} customers.\n'));
  const c = bySurface(diffSurfaces(base, head));
  assert.equal(c.prompt.changed, true);
  assert.deepEqual(c.prompt.files, ['service/prompts/system.md']);
  assert.equal(c.prompt.before, 'system: service/prompts/system.md, user: service/prompts/user.md');
  assert.equal(c.model.changed, false);
});

test('same model, new parameters: the summary shows the parameters that differ', async () => {
  const { base, head } = await sides((r) => editManifest(r, 'temperature: 0', 'temperature: 0.7'));
  const c = bySurface(diffSurfaces(base, head));
  assert.equal(c.model.changed, true);
  assert.equal(c.model.before, 'gpt-4.1-mini-2025-04-14 (temperature=0)');
  assert.equal(c.model.after, 'gpt-4.1-mini-2025-04-14 (temperature=0.7)');
});

test('context settings and an added tool', async () => {
  const { base, head } = await sides((r) => {
    editManifest(r, 'maxTurns: 2', 'maxTurns: 6');
    editManifest(r, 'tools/refund.json]', 'tools/refund.json, tools/escalate.json]');
    r.write('service/tools/escalate.json', JSON.stringify({ name: 'escalate', parameters: { type: 'object' } }));
  });
  const c = bySurface(diffSurfaces(base, head));
  assert.equal(c.context.changed, true);
  assert.equal(c.context.before, 'history: history (2 turns); documents: docs (200 chars)');
  assert.equal(c.context.after, 'history: history (6 turns); documents: docs (200 chars)');
  assert.deepEqual(c.tools.files, ['service/tools/escalate.json']);
  assert.equal(c.tools.before, 'search_orders, refund');
  assert.equal(c.tools.after, 'search_orders, refund, escalate');
});

test('changed files: only paths the manifests use make the PR relevant', async () => {
  const { base, head } = await sides((r) => {
    editManifest(r, 'tools/search.json, tools/refund.json', 'tools/refund.json');
  });
  const none = relevantChanges(['README.md', 'src/app.ts'], [base, head]);
  assert.deepEqual(none, { relevant: false, touched: [] });

  const some = relevantChanges(
    ['README.md', './service/prompts/user.md', 'service/data/requests.jsonl', 'service/tools/search.json', MANIFEST, 'service/schemas/answer.json'],
    [base, head],
  );
  assert.equal(some.relevant, true);
  assert.deepEqual(some.touched, [
    { path: 'service/prompts/user.md', parts: ['prompt'] },
    { path: 'service/data/requests.jsonl', parts: ['dataset'] },
    { path: 'service/tools/search.json', parts: ['tools'] },
    { path: MANIFEST, parts: ['manifest'] },
    { path: 'service/schemas/answer.json', parts: ['output'] },
  ]);
  assert.deepEqual(relevantChanges(['service/tools/search.json'], [undefined, head]), { relevant: false, touched: [] }, 'the head no longer uses it');
});
