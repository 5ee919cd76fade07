// Which surface ids are live on which slot, from the history on the Service: status names them per slot,
// each flip in the history shows old → new, and rollback says (log and result) which ids it brings back
// and records them on its own flip. Against a real kube-apiserver + etcd, as the restricted user.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoryLog } from '../../src/log.ts';
import { promote, rollback, status, type ReleaseIds } from '../../src/delivery/blue-green.ts';
import { parseHistory } from '../../src/delivery/history.ts';
import type { Cluster } from './support/cluster.ts';
import { type AdminClients, useKubeCluster } from './support/use-kube-cluster.ts';
import { liveSelector, SLOT_KEY, type BlueGreen, restrictedBlueGreen } from './support/fixtures.ts';

let cluster: Cluster;
let admin: AdminClients;

useKubeCluster({}, (kube) => {
  ({ cluster, admin } = kube);
});

const setup = () => restrictedBlueGreen(admin);

const passing = async () => ({ pass: true, reason: 'no regression' });

function common(bg: BlueGreen, runId: string) {
  return { kubeconfig: cluster.restrictedKubeconfig, deploy: bg.deploy, manifestFile: 'shadowgate.yaml', runId, log: memoryLog() };
}

/** Release 1 goes to green; release 2 (say, after blue was redeployed) to blue. Only the prompt and context differ. */
const R1: ReleaseIds = { model: 'chat-2026-01-15', modelId: 'aaaaaaaaaaa1', prompt: 'bbbbbbbbbbb1', tools: 'ccccccccccc1', context: 'ddddddddddd1' };
const R2: ReleaseIds = { ...R1, prompt: 'bbbbbbbbbbb2', context: 'ddddddddddd2' };

describe('surface ids per slot', () => {
  test('status names the ids on each slot, and each flip old → new', async () => {
    const bg = await setup();
    assert.equal((await promote({ ...common(bg, 'run-r1'), ids: R1, smoke: passing, probe: passing })).outcome, 'promoted');
    assert.equal((await promote({ ...common(bg, 'run-r2'), ids: R2, smoke: passing, probe: passing })).outcome, 'promoted');

    const opts = common(bg, 'run-status');
    const s = await status(opts);
    assert.equal(s.live, 'blue');
    assert.deepEqual(s.slots.blue.ids, R2);
    assert.equal(s.slots.blue.live, true);
    assert.match(s.slots.blue.recordedBy ?? '', /^run-r2#promote@/);
    assert.deepEqual(s.slots.green.ids, R1);
    assert.equal(s.slots.green.live, false);
    assert.match(s.slots.green.recordedBy ?? '', /^run-r1#promote@/);

    const lines = opts.log.lines;
    const slotLines = lines.filter((l) => l.startsWith('slot '));
    assert.equal(slotLines.length, 2);
    assert.match(
      slotLines[0]!,
      /^slot blue \(live\): model chat-2026-01-15 \[aaaaaaaaaaa1\], prompt bbbbbbbbbbb2, tools ccccccccccc1, context ddddddddddd2 — recorded by run-r2#promote@\d+ at /,
    );
    assert.match(
      slotLines[1]!,
      /^slot green: model chat-2026-01-15 \[aaaaaaaaaaa1\], prompt bbbbbbbbbbb1, tools ccccccccccc1, context ddddddddddd1 — recorded by run-r1#promote@/,
    );
    // The second flip took traffic from green (release 1) to blue (release 2): the prompt and context moved.
    assert.ok(
      lines.some((l) =>
        / promote green → blue by run-r2 \(model chat-2026-01-15 \[aaaaaaaaaaa1\], prompt bbbbbbbbbbb1 → bbbbbbbbbbb2, tools ccccccccccc1, context ddddddddddd1 → ddddddddddd2\)$/.test(
          l,
        ),
      ),
      lines.join('\n'),
    );
    // The first flip took traffic from blue, whose ids no flip recorded: no "old" side to show.
    assert.ok(
      lines.some((l) =>
        / promote blue → green by run-r1 \(model chat-2026-01-15 \[aaaaaaaaaaa1\], prompt bbbbbbbbbbb1, tools ccccccccccc1, context ddddddddddd1\)$/.test(l),
      ),
      lines.join('\n'),
    );
  });

  test('rollback says which ids it brings back, returns them, and records them on its flip', async () => {
    const bg = await setup();
    await promote({ ...common(bg, 'run-r1'), ids: R1, smoke: passing, probe: passing });
    await promote({ ...common(bg, 'run-r2'), ids: R2, smoke: passing, probe: passing });

    const opts = common(bg, 'run-undo');
    const back = await rollback(opts);
    assert.equal(back.changed, true);
    assert.deepEqual([back.from, back.to], ['blue', 'green']);
    assert.deepEqual(back.restores, R1);
    assert.deepEqual(back.undoes, R2);
    assert.match(back.restoresRecordedBy ?? '', /^run-r1#promote@/);
    assert.ok(
      opts.log.lines.includes(
        `brings back on green: model chat-2026-01-15 [aaaaaaaaaaa1], prompt bbbbbbbbbbb2 → bbbbbbbbbbb1, tools ccccccccccc1, context ddddddddddd2 → ddddddddddd1 (recorded by ${back.restoresRecordedBy})`,
      ),
      opts.log.lines.join('\n'),
    );
    assert.equal((await liveSelector(admin, bg.namespace, bg.service))[SLOT_KEY], 'green');

    const svc = await admin.core.readNamespacedService({ namespace: bg.namespace, name: bg.service });
    const entry = parseHistory(svc.metadata?.annotations).at(-1)!;
    assert.equal(entry.action, 'rollback');
    assert.deepEqual({ model: entry.model, modelId: entry.modelId, prompt: entry.prompt, tools: entry.tools, context: entry.context }, R1);

    // status after it: green is live with release 1, now recorded by the rollback.
    const after = await status(common(bg, 'run-status'));
    assert.equal(after.live, 'green');
    assert.deepEqual(after.slots.green.ids, R1);
    assert.equal(after.slots.green.recordedBy, entry.id);
  });

  test('rolling back onto a slot no flip recorded ids for says the ids are unknown', async () => {
    const bg = await setup();
    await promote({ ...common(bg, 'run-r1'), ids: R1, smoke: passing, probe: passing });
    const opts = common(bg, 'run-undo');
    const back = await rollback(opts);
    assert.equal(back.changed, true);
    assert.equal(back.to, 'blue');
    assert.equal(back.restores, undefined);
    assert.deepEqual(back.undoes, R1);
    assert.ok(opts.log.lines.includes('brings back on blue: ids unknown — no flip onto blue with ids is in the history'), opts.log.lines.join('\n'));
    const s = await status(common(bg, 'run-status'));
    assert.equal(s.slots.blue.ids, undefined);
    assert.equal(s.slots.blue.live, true);
    assert.deepEqual(s.slots.green.ids, R1, 'green still has release 1 on it, though not live');
  });

  test("the watch window's automatic flip back says and records the ids it brings back", async () => {
    const bg = await setup();
    await promote({ ...common(bg, 'run-r1'), ids: R1, smoke: passing, probe: passing });
    const opts = common(bg, 'run-r2');
    const result = await promote({ ...opts, ids: R2, smoke: passing, probe: async () => ({ pass: false, reason: 'p95 latency 9 s' }) });
    assert.equal(result.outcome, 'rolled-back');
    assert.deepEqual([result.from, result.to], ['green', 'blue']);
    const entry = result.rollback?.entry;
    assert.equal(entry?.action, 'auto-rollback');
    assert.deepEqual({ model: entry?.model, modelId: entry?.modelId, prompt: entry?.prompt, tools: entry?.tools, context: entry?.context }, R1);
    assert.ok(
      opts.log.lines.some((l) =>
        /^brings back on green: model chat-2026-01-15 \[aaaaaaaaaaa1\], prompt bbbbbbbbbbb2 → bbbbbbbbbbb1, tools ccccccccccc1, context ddddddddddd2 → ddddddddddd1 \(recorded by run-r1#promote@\d+\)$/.test(
          l,
        ),
      ),
      opts.log.lines.join('\n'),
    );
    const s = await status(common(bg, 'run-status'));
    assert.equal(s.live, 'green');
    assert.deepEqual(s.slots.green.ids, R1);
    assert.deepEqual(s.slots.blue.ids, R2, 'blue still runs release 2, which is no longer live');
  });
});
