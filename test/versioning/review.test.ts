// The pull request's versioning review on real git commits: which surfaces changed by id, the levels
// the manifest requires per tool, the pin, and how a failing review turns the verdict.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { resolveSide } from '../../src/manifest/resolve.ts';
import { relevantChanges } from '../../src/surfaces/changed.ts';
import { diffSurfaces } from '../../src/surfaces/diff.ts';
import type { Judgement, ResolvedSide } from '../../src/types.ts';
import { applyReview, isLowered, reviewVersions, stricterLevel, withIds } from '../../src/versioning/review.ts';
import type { CompatibilityLevel } from '../../src/versioning/compat.ts';
import { tempRepo, type TempRepo } from '../manifest/git-repo.ts';

const MANIFEST = 'service/shadowgate.yaml';
const repos: TempRepo[] = [];
after(() => {
  for (const r of repos) r.dispose();
});

async function sides(edit: (r: TempRepo) => void, editBase?: (r: TempRepo) => void): Promise<{ base: ResolvedSide; head: ResolvedSide }> {
  const r = tempRepo();
  repos.push(r);
  editBase?.(r);
  const baseSha = r.commit('base');
  edit(r);
  const headSha = r.commit('head');
  const base = await resolveSide({ label: 'baseline', ref: baseSha, manifestPath: MANIFEST, repoRoot: r.root, env: {} });
  const head = await resolveSide({ label: 'candidate', ref: headSha, manifestPath: MANIFEST, repoRoot: r.root, env: {} });
  return { base, head };
}

const replace = (r: TempRepo, path: string, from: string, to: string) => {
  const text = r.read(path);
  assert.ok(text.includes(from), `${path} has ${from}`);
  r.write(path, text.replace(from, to));
};

/** refund.json's parameters with `reason` added as a required property. */
function requireReason(r: TempRepo): void {
  const file = JSON.parse(r.read('service/tools/refund.json')) as { function: { parameters: { properties: Record<string, unknown>; required: string[] } } };
  file.function.parameters.properties.reason = { type: 'string' };
  file.function.parameters.required.push('reason');
  r.write('service/tools/refund.json', JSON.stringify(file, null, 2));
}

test('a formatting-only prompt edit is no change by id, though the text differs', async () => {
  const { base, head } = await sides((r) => r.write('service/prompts/system.md', `${r.read('service/prompts/system.md').trimEnd()}   \n\n\n`));
  const review = reviewVersions(base, head);
  const byText = diffSurfaces(base, head).find((s) => s.surface === 'prompt')!;
  assert.equal(byText.changed, true, 'the raw text changed');
  const byId = withIds(diffSurfaces(base, head), review).find((s) => s.surface === 'prompt')!;
  assert.equal(byId.changed, false);
  assert.deepEqual(byId.files, []);
  assert.equal(byId.ids?.before, byId.ids?.after);
  assert.deepEqual(review.artifacts, []);
  assert.deepEqual(review.failures, []);
});

test('a model moved to another host is a model change, and the labels say where', async () => {
  const { base, head } = await sides((r) => replace(r, MANIFEST, 'models.example.test', 'eu.models.example.test'));
  const review = reviewVersions(base, head);
  const model = withIds(diffSurfaces(base, head), review, { base, head }).find((s) => s.surface === 'model')!;
  assert.equal(model.changed, true);
  assert.equal(model.before, 'gpt-4.1-mini-2025-04-14 at models.example.test');
  assert.equal(model.after, 'gpt-4.1-mini-2025-04-14 at eu.models.example.test');
  assert.deepEqual(
    review.artifacts.map((a) => [a.name, a.file]),
    [['model', MANIFEST]],
  );
});

const appendVersioning = (text: string) => (r: TempRepo) => r.write(MANIFEST, `${r.read(MANIFEST)}versioning:\n${text}`);

test('a required parameter fails under the default FULL, passes where the base manifest asks less of that tool', async () => {
  const strict = await sides(requireReason);
  const failing = reviewVersions(strict.base, strict.head);
  assert.deepEqual(
    failing.tools.map((t) => [t.tool, t.class, t.required, t.ok]),
    [['refund', 'FORWARD', 'FULL', false]],
  );
  assert.equal(failing.failures.length, 1);
  assert.match(
    failing.failures[0]!,
    /^tool refund: FORWARD change, below the required FULL \(the old implementation accepts new calls, but the new schema rejects old ones: `reason` is required by the new schema, and old calls may leave it out\); migration: expand, migrate, contract: 1\) add `reason` as an optional property/,
  );
  assert.equal(failing.loweredLevels, undefined, 'nothing lowered');

  // The relaxation merged earlier: on the base branch, so it applies.
  const relaxed = await sides(requireReason, appendVersioning('  toolCompatibility: BACKWARD\n  tools: { refund: FORWARD }\n'));
  const passing = reviewVersions(relaxed.base, relaxed.head);
  assert.deepEqual(
    passing.tools.map((t) => [t.tool, t.class, t.required, t.ok, t.candidateLevel]),
    [['refund', 'FORWARD', 'FORWARD', true, undefined]],
  );
  assert.deepEqual(passing.failures, []);
  assert.equal(passing.loweredLevels, undefined);
});

test("a pull request cannot lower its own required level: the base branch's applies, and the lowering is flagged", async () => {
  const { base, head } = await sides((r) => {
    requireReason(r);
    appendVersioning('  toolCompatibility: BACKWARD\n  tools: { refund: FORWARD }\n')(r);
  });
  const review = reviewVersions(base, head);
  assert.deepEqual(
    review.tools.map((t) => [t.tool, t.class, t.required, t.candidateLevel, t.ok]),
    [['refund', 'FORWARD', 'FULL', 'FORWARD', false]],
  );
  assert.deepEqual(review.loweredLevels, [
    { setting: 'versioning.toolCompatibility', before: 'FULL', after: 'BACKWARD' },
    { setting: 'versioning.tools.refund', tool: 'refund', before: 'FULL', after: 'FORWARD' },
  ]);
  assert.equal(review.failures.length, 1);
  assert.match(
    review.failures[0]!,
    /^tool refund: FORWARD change, below the required FULL of the base branch \(the pull request's FORWARD applies only once merged\) \(/,
  );
});

test('a pull request may raise the level: the stricter of base and candidate applies', async () => {
  // The base asks nothing; the candidate asks FULL of refund in the same change that makes a parameter required.
  const { base, head } = await sides((r) => {
    requireReason(r);
    replace(r, MANIFEST, 'toolCompatibility: NONE', 'toolCompatibility: NONE\n  tools: { refund: FULL }');
  }, appendVersioning('  toolCompatibility: NONE\n'));
  const review = reviewVersions(base, head);
  assert.deepEqual(
    review.tools.map((t) => [t.tool, t.required, t.candidateLevel, t.ok]),
    [['refund', 'FULL', undefined, false]],
  );
  assert.equal(review.loweredLevels, undefined, 'raising is not flagged');
});

test('removing a stricter per-tool level from the base is a lowering of that tool', async () => {
  const { base, head } = await sides(
    (r) => replace(r, MANIFEST, '  tools: { refund: FULL }\n', ''),
    appendVersioning('  toolCompatibility: NONE\n  tools: { refund: FULL }\n'),
  );
  assert.deepEqual(reviewVersions(base, head).loweredLevels, [{ setting: 'versioning.tools.refund', tool: 'refund', before: 'FULL', after: 'NONE' }]);
});

test('a tool the pull request adds needs the base branch to accept it; the pull request naming its own level is not enough', async () => {
  const addEscalate = (r: TempRepo) => {
    r.write(
      'service/tools/escalate.json',
      JSON.stringify({ name: 'escalate', parameters: { type: 'object', properties: { why: { type: 'string' } }, required: ['why'] } }),
    );
    replace(r, MANIFEST, 'schemas: [tools/search.json, tools/refund.json]', 'schemas: [tools/search.json, tools/refund.json, tools/escalate.json]');
  };
  const own = await sides((r) => {
    addEscalate(r);
    appendVersioning('  tools: { escalate: BACKWARD }\n')(r);
  });
  const refused = reviewVersions(own.base, own.head);
  assert.deepEqual(
    refused.tools.map((t) => [t.tool, t.change, t.class, t.required, t.candidateLevel, t.ok]),
    [['escalate', 'added', 'BACKWARD', 'FULL', 'BACKWARD', false]],
  );
  assert.match(
    refused.failures[0]!,
    /migration: deploy escalate to every tool implementation that serves during the rollout before the prompt that offers it goes out .* or accept the change on the base branch first: versioning\.tools\.escalate: BACKWARD/,
  );
  assert.deepEqual(refused.loweredLevels, [{ setting: 'versioning.tools.escalate', tool: 'escalate', before: 'FULL', after: 'BACKWARD' }]);

  const accepted = await sides(addEscalate, appendVersioning('  tools: { escalate: BACKWARD }\n'));
  const passing = reviewVersions(accepted.base, accepted.head);
  assert.deepEqual(
    passing.tools.map((t) => [t.tool, t.required, t.ok]),
    [['escalate', 'BACKWARD', true]],
  );
  assert.deepEqual(passing.failures, []);
});

test('levels: what lowers one, and the level both sides together require', () => {
  const levels: CompatibilityLevel[] = ['FULL', 'BACKWARD', 'FORWARD', 'NONE'];
  // [before, after] → lowered? Written out, not derived: FULL lets through only FULL, NONE everything.
  const lowered: Record<string, boolean> = {
    'FULL>FULL': false,
    'FULL>BACKWARD': true,
    'FULL>FORWARD': true,
    'FULL>NONE': true,
    'BACKWARD>FULL': false,
    'BACKWARD>BACKWARD': false,
    'BACKWARD>FORWARD': true,
    'BACKWARD>NONE': true,
    'FORWARD>FULL': false,
    'FORWARD>BACKWARD': true,
    'FORWARD>FORWARD': false,
    'FORWARD>NONE': true,
    'NONE>FULL': false,
    'NONE>BACKWARD': false,
    'NONE>FORWARD': false,
    'NONE>NONE': false,
  };
  const stricter: Record<string, CompatibilityLevel> = {
    'FULL>BACKWARD': 'FULL',
    'BACKWARD>FORWARD': 'FULL',
    'FORWARD>NONE': 'FORWARD',
    'NONE>BACKWARD': 'BACKWARD',
    'NONE>NONE': 'NONE',
    'FULL>NONE': 'FULL',
  };
  for (const a of levels) {
    for (const b of levels) {
      assert.equal(isLowered(a, b), lowered[`${a}>${b}`], `${a} → ${b}`);
      assert.equal(stricterLevel(a, b), stricterLevel(b, a), `${a}, ${b} symmetric`);
      assert.equal(isLowered(a, stricterLevel(a, b)) || isLowered(b, stricterLevel(a, b)), false, `${a}, ${b}: the combined level lowers neither`);
    }
  }
  for (const [pair, level] of Object.entries(stricter)) {
    const [a, b] = pair.split('>') as [CompatibilityLevel, CompatibilityLevel];
    assert.equal(stricterLevel(a, b), level, pair);
  }
});

test('a removed tool is flagged even when the manifest requires nothing', async () => {
  const { base, head } = await sides((r) => {
    replace(r, MANIFEST, 'schemas: [tools/search.json, tools/refund.json]', 'schemas: [tools/search.json]');
    r.write(MANIFEST, `${r.read(MANIFEST)}versioning:\n  toolCompatibility: NONE\n`);
  });
  const review = reviewVersions(base, head);
  assert.deepEqual(
    review.tools.map((t) => [t.tool, t.change, t.class, t.ok]),
    [['refund', 'removed', 'BREAKING', false]],
  );
  assert.match(review.failures[0]!, /migration: keep refund while any live prompt may call it/);
});

test('a floating model fails the review; a failing review makes a passing verdict fail, reasons first', async () => {
  const { base, head } = await sides((r) => replace(r, MANIFEST, 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'));
  const review = reviewVersions(base, head);
  assert.equal(review.pin.pinned, false);
  assert.equal(review.pin.before, 'gpt-4.1-mini-2025-04-14');
  assert.equal(review.pin.ref, 'gpt-4.1-mini');
  const judgement: Judgement = {
    verdict: 'pass',
    exitCode: 0,
    n: 100,
    minSamples: 50,
    alpha: 0.05,
    confidence: 0.95,
    metrics: [],
    reasons: ['PASS everything'],
  };
  const judged = applyReview(judgement, review);
  assert.equal(judged.verdict, 'fail');
  assert.equal(judged.exitCode, 1);
  assert.deepEqual(judged.reasons, [`FAIL (versioning) ${review.failures[0]}`, 'PASS everything']);
  assert.match(review.failures[0]!, /^model gpt-4\.1-mini is not pinned: gpt-4\.1-mini is a floating alias/);
  assert.equal(applyReview(judgement, reviewVersions(base, base)), judgement, 'nothing to add: the same judgement');
});

test('a pin pattern the pull request adds does not pin its own floating alias; one the base has does', async () => {
  const pins = "  pins:\n    openai: ['^gpt-4\\.1-mini$']\n";
  const own = await sides((r) => {
    replace(r, MANIFEST, 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini');
    appendVersioning(pins)(r);
  });
  const review = reviewVersions(own.base, own.head);
  assert.equal(review.pin.pinned, false);
  assert.deepEqual(review.pin.addedPatterns, ['openai: ^gpt-4\\.1-mini$']);
  assert.match(
    review.pin.reason,
    /^gpt-4\.1-mini is a floating alias: the provider moves it to newer snapshots \(the pattern the pull request adds to versioning\.pins applies only once merged\)$/,
  );
  assert.equal(review.failures.length, 1);

  const merged = await sides((r) => replace(r, MANIFEST, 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'), appendVersioning(pins));
  const accepted = reviewVersions(merged.base, merged.head);
  assert.equal(accepted.pin.pinned, true);
  assert.match(accepted.pin.reason, /matches an allowed pattern/);
  assert.equal(accepted.pin.addedPatterns, undefined);
  assert.deepEqual(accepted.failures, []);

  // A pattern the pull request removes stops applying at once.
  const removed = await sides((r) => {
    replace(r, MANIFEST, 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini');
    replace(r, MANIFEST, `versioning:\n${pins}`, '');
  }, appendVersioning(pins));
  assert.equal(reviewVersions(removed.base, removed.head).pin.pinned, false);
});

test('a pull request that only edits the lock is relevant: the evaluation checks the lock', async () => {
  const { head } = await sides(() => {});
  assert.deepEqual(relevantChanges(['service/shadowgate.lock'], [head]), {
    relevant: true,
    touched: [{ path: 'service/shadowgate.lock', parts: ['manifest'] }],
  });
  assert.equal(relevantChanges(['other/shadowgate.lock'], [head]).relevant, false);
});
