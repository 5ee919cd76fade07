// The stable → candidate surface ids of a canary ladder, as the rung record, the Markdown and HTML rung
// reports and `canary status` show them: changed ids read old → new, equal ones "unchanged", and a stable
// slot no shadowgate flip recorded ids for reads "unknown".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AdvanceResult, LadderState } from '../../src/delivery/ladder.ts';
import { renderRungHtml, renderRungMarkdown } from '../../src/delivery/report.ts';
import { describeSurfaceChanges, sameRelease, surfaceChanges } from '../../src/versioning/surface-changes.ts';
import type { ReleaseIds } from '../../src/versioning/release-ids.ts';

const STABLE: ReleaseIds = { model: 'chat-2026-01-15', modelId: '111111111111', prompt: '222222222222', tools: '333333333333', context: '444444444444' };
const CANDIDATE: ReleaseIds = { ...STABLE, prompt: 'aaaaaaaaaaaa', context: 'bbbbbbbbbbbb' };

function result(stableIds: ReleaseIds | undefined, ids: ReleaseIds | undefined): AdvanceResult {
  const state: LadderState = {
    candidate: 'green',
    stable: 'blue',
    rungs: [10, 50],
    rung: 0,
    phase: 'held',
    weight: 10,
    runId: 'run-1',
    verdicts: [],
    ...(ids ? { ids } : {}),
    ...(stableIds ? { stableIds } : {}),
  };
  return {
    outcome: 'held',
    reason: 'not enough data',
    candidate: 'green',
    stable: 'blue',
    rung: 0,
    weight: 10,
    state,
    surfaces: surfaceChanges(stableIds, ids),
    conflicts: 0,
    timings: { overheadMs: 0, bakeMs: 0, patchMs: [] },
  };
}

describe('canary surfaces: stable → candidate ids', () => {
  test('per surface: changed old → new, unchanged where equal', () => {
    assert.deepEqual(surfaceChanges(STABLE, CANDIDATE), [
      { surface: 'model', old: '111111111111', new: '111111111111', change: 'unchanged' },
      { surface: 'prompt', old: '222222222222', new: 'aaaaaaaaaaaa', change: 'changed' },
      { surface: 'tools', old: '333333333333', new: '333333333333', change: 'unchanged' },
      { surface: 'context', old: '444444444444', new: 'bbbbbbbbbbbb', change: 'changed' },
    ]);
    assert.equal(
      describeSurfaceChanges(surfaceChanges(STABLE, CANDIDATE)),
      'model unchanged (111111111111), prompt 222222222222 → aaaaaaaaaaaa, tools unchanged (333333333333), context 444444444444 → bbbbbbbbbbbb',
    );
  });

  test('a stable slot never promoted by shadowgate reads unknown; a flip recorded before content ids falls back to the model reference', () => {
    assert.equal(
      describeSurfaceChanges(surfaceChanges(undefined, CANDIDATE)),
      'model unknown → 111111111111, prompt unknown → aaaaaaaaaaaa, tools unknown → 333333333333, context unknown → bbbbbbbbbbbb',
    );
    assert.ok(surfaceChanges(undefined, CANDIDATE).every((c) => c.change === 'unknown' && c.old === undefined));
    const older = surfaceChanges({ model: 'chat-2025-11-01', prompt: '222222222222' }, CANDIDATE);
    assert.deepEqual(
      older.map((c) => [c.surface, c.old, c.change]),
      [
        ['model', 'chat-2025-11-01', 'changed'],
        ['prompt', '222222222222', 'changed'],
        ['tools', undefined, 'unknown'],
        ['context', undefined, 'unknown'],
      ],
    );
    // A ladder started without candidate ids: nothing can be told equal.
    assert.ok(surfaceChanges(STABLE, undefined).every((c) => c.change === 'unknown' && c.new === undefined));
  });

  test('the Markdown rung report has one Surfaces line under the ladder', () => {
    const markdown = renderRungMarkdown('chat', result(STABLE, CANDIDATE));
    const lines = markdown.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Surfaces'));
    assert.ok(at > 0, markdown);
    assert.match(lines[at - 2]!, /^Ladder: /);
    assert.equal(
      lines[at],
      'Surfaces (stable → candidate): model unchanged (111111111111) · prompt 222222222222 → aaaaaaaaaaaa · tools unchanged (333333333333) · context 444444444444 → bbbbbbbbbbbb',
    );
    assert.match(
      renderRungMarkdown('chat', result(undefined, CANDIDATE)),
      /^Surfaces \(stable → candidate\): model unknown → 111111111111 · prompt unknown → aaaaaaaaaaaa/m,
    );
  });

  test('the HTML rung report shows the same line, escaped', () => {
    const html = renderRungHtml('chat', result(STABLE, CANDIDATE));
    assert.match(
      html,
      /<p>Surfaces \(stable → candidate\): model unchanged \(111111111111\) · prompt 222222222222 → aaaaaaaaaaaa · tools unchanged \(333333333333\) · context 444444444444 → bbbbbbbbbbbb<\/p>/,
    );
    // Ids are read from a Service annotation anyone with edit rights can write.
    const hostile = renderRungHtml('chat', result({ ...STABLE, prompt: '<img src=x onerror=alert(1)>' }, CANDIDATE));
    assert.doesNotMatch(hostile, /<img/);
    assert.match(hostile, /prompt &lt;img src=x onerror=alert\(1\)&gt; → aaaaaaaaaaaa/);
    const md = renderRungMarkdown('chat', result({ ...STABLE, prompt: '[x](https://evil.example) @team' }, CANDIDATE));
    assert.ok(!md.includes('[x](https://evil.example)') && !md.includes('@team'), md); // no link, no ping
    assert.match(md, /prompt \\\[x\\\]/);
  });

  test('a change of any one surface is a new release (the context settings too); a ladder without ids counts as this release', () => {
    assert.equal(sameRelease(STABLE, { ...STABLE }), true);
    for (const key of ['model', 'modelId', 'prompt', 'tools', 'context'] as const) {
      assert.equal(sameRelease(STABLE, { ...STABLE, [key]: 'ffffffffffff' }), false, key);
    }
    assert.equal(sameRelease(undefined, STABLE), true);
    assert.equal(sameRelease(STABLE, undefined), true);
  });
});
