// promote, status and rollback through the real CLI process (dist/cli.js), as the restricted user that
// holds exactly deploy/rbac/role.yaml, against a real kube-apiserver and two real loopback model servers
// standing in for the blue and green slots.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { JSON_REPORT_FILE } from '../../src/report/json.ts';
import { ensureBinaries } from '../kube/support/cluster.ts';
import {
  blueGreenService,
  cliAs,
  hasStackTrace,
  liveState,
  MODEL_ID,
  MODEL_VERSION,
  RECORDS,
  shown,
  skipWithoutBundle,
  stdoutJson,
  tempDir,
  until,
  type BlueGreenService,
  type ProcessRun,
  useE2eCluster,
} from './support/e2e.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

/** What the smoke pass replays (all records: the default sample cap of 200 is above the dataset). */
const SMOKE_PAIRS = RECORDS;
/** What each watch probe replays: a quarter of the smoke sample cap of 200. */
const WATCH_PAIRS = 50;

describe('promote / status / rollback / lint through dist/cli.js', { skip: skipWithoutBundle }, () => {
  const e2e = useE2eCluster();

  interface Setup extends BlueGreenService {
    cli(args: string[], abort?: AbortSignal): Promise<ProcessRun>;
  }

  async function setup(options: Parameters<typeof blueGreenService>[2] = {}): Promise<Setup> {
    const service = await blueGreenService(e2e.admin, e2e.servers, options);
    return { ...service, cli: cliAs(e2e.cluster, 'restrictedKubeconfig', service.repo) };
  }

  /** "watch window passed: N probe(s), …" from the promote log. */
  function watchProbes(run: ProcessRun): number {
    const match = /watch window passed: (\d+) probe/.exec(run.stderr);
    assert.ok(match, `the log reports the watch window\n${shown(run)}`);
    return Number(match[1]);
  }

  test('promote warms up, smoke-tests, flips and watches green; status then shows green live', async () => {
    const s = await setup();
    const out = join(tempDir('sg-kube-e2e-out-'), 'reports');

    const run = await s.cli(['promote', '--run-id', 'e2e-promote-1', '--out', out]);
    assert.equal(run.code, 0, shown(run));
    const result = stdoutJson<{ outcome: string; from: string; to: string; warmup?: { settled: boolean; requests: number } }>(run);
    assert.equal(result.outcome, 'promoted', shown(run));
    assert.deepEqual([result.from, result.to], ['blue', 'green']);

    const live = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(live.slot, 'green', 'the Service selector now sends traffic to green');
    assert.equal(live.selector.app, 'chat', 'the other selector keys are untouched');
    assert.equal(live.leaseHolder, undefined, 'the lease is released after the promotion');
    const [entry, ...rest] = live.history;
    assert.equal(rest.length, 0, 'exactly one flip is recorded');
    assert.equal(entry?.action, 'promote');
    assert.equal(entry?.from, 'blue');
    assert.equal(entry?.to, 'green');
    assert.equal(entry?.runId, 'e2e-promote-1');
    assert.equal(entry?.model, `${MODEL_ID}@${MODEL_VERSION}`, 'the flip records the model id');
    assert.match(entry?.prompt ?? '', /\S/, 'the flip records the prompt digest');

    // The smoke and watch reports are where --out says.
    for (const stage of ['smoke', 'watch']) {
      const file = join(out, stage, JSON_REPORT_FILE);
      assert.ok(existsSync(file), `${stage} report at ${file}\n${shown(run)}`);
      const report = JSON.parse(readFileSync(file, 'utf8')) as { verdict: string };
      assert.notEqual(report.verdict, 'fail', `${stage} verdict`);
    }
    const smoke = JSON.parse(readFileSync(join(out, 'smoke', JSON_REPORT_FILE), 'utf8')) as { replay: { pairs: number } };
    assert.equal(smoke.replay.pairs, SMOKE_PAIRS, 'the smoke pass paired every record');

    // Green (the target) got the warm-up on top of every smoke and watch request; blue (live) only the
    // baseline half of the smoke and watch pairs.
    const probes = watchProbes(run);
    assert.ok(probes >= 1, 'at least one watch probe ran');
    assert.equal(result.warmup?.settled, true, 'warm-up settled');
    const warmups = result.warmup?.requests ?? 0;
    assert.ok(warmups >= 10, `warm-up sent at least two windows (${warmups})`);
    assert.equal(s.blue.count, SMOKE_PAIRS + probes * WATCH_PAIRS, 'blue: smoke + watch baselines');
    assert.equal(s.green.count, warmups + SMOKE_PAIRS + probes * WATCH_PAIRS, 'green: warm-up + smoke + watch');

    const status = await s.cli(['status']);
    assert.equal(status.code, 0, shown(status));
    assert.equal(stdoutJson<{ live: string }>(status).live, 'green');
    assert.match(status.stderr, /live slot green/);
    assert.match(status.stderr, new RegExp(`promote blue → green by e2e-promote-1 \\(model ${MODEL_ID}@${MODEL_VERSION}`));
  });

  test('a broken target model fails the smoke pass: exit 1 and the selector never moves', async () => {
    const s = await setup({ greenBrokenTenths: 3 });
    const before = await liveState(e2e.admin, s.namespace, 'chat');
    const out = join(tempDir('sg-kube-e2e-out-'), 'reports');

    const run = await s.cli(['promote', '--run-id', 'e2e-broken', '--out', out]);
    assert.equal(run.code, 1, shown(run));
    const result = stdoutJson<{ outcome: string; stage: string; reason: string }>(run);
    assert.equal(result.outcome, 'stopped');
    assert.equal(result.stage, 'smoke');
    assert.match(result.reason, /^smoke check failed: /, 'the reason names the smoke pass');
    assert.match(result.reason, /json\.parse_rate/, 'and the metric that failed it');
    assert.match(run.stderr, /stopped at smoke/);

    const after = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(after.slot, 'blue', 'traffic stays on blue');
    assert.equal(after.resourceVersion, before.resourceVersion, 'the Service was not written at all');
    assert.deepEqual(after.history, []);
    assert.equal(after.leaseHolder, undefined, 'the lease is released');
    const smoke = JSON.parse(readFileSync(join(out, 'smoke', JSON_REPORT_FILE), 'utf8')) as { verdict: string; reasons: string[] };
    assert.equal(smoke.verdict, 'fail', 'the smoke report says why');
    assert.match(smoke.reasons.join('\n'), /json|schema/i, 'the reasons name the invalid answers');
    assert.equal(existsSync(join(out, 'watch')), false, 'no watch window without a flip');
  });

  test('green breaking during the watch window is flipped back automatically: exit 1, blue live again', async () => {
    // Green answers well until blue sees a request beyond the smoke pass (the watch probes have begun),
    // then 3 answers in 10 are prose: the smoke pass is clean, the watch probes are not.
    const s = await setup({ greenBrokenTenths: (blue) => (blue.count > SMOKE_PAIRS ? 3 : 0) });
    const out = join(tempDir('sg-kube-e2e-out-'), 'reports');

    const run = await s.cli(['promote', '--run-id', 'e2e-watch', '--out', out]);
    assert.equal(run.code, 1, shown(run));
    const result = stdoutJson<{ outcome: string; stage: string; reason: string; from: string; to: string }>(run);
    assert.equal(result.outcome, 'rolled-back', shown(run));
    assert.equal(result.stage, 'watch');
    assert.match(result.reason, /^watch window breached: watch: .*json\.parse_rate/, 'the reason names the watch probe and the metric');
    assert.match(run.stderr, /smoke check passed/);

    const live = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(live.slot, 'blue', 'traffic is back on blue');
    assert.deepEqual(
      live.history.map((e) => `${e.action}:${e.from}→${e.to}`),
      ['promote:blue→green', 'auto-rollback:green→blue'],
    );
    assert.equal(live.history[1]?.reverts, live.history[0]?.id);
    assert.equal(live.leaseHolder, undefined, 'the lease is released');
    const watch = JSON.parse(readFileSync(join(out, 'watch', JSON_REPORT_FILE), 'utf8')) as { verdict: string };
    assert.equal(watch.verdict, 'fail', 'the watch report shows the failing probe');
  });

  test('without slot URLs promote still flips, but warns that nothing was compared', async () => {
    const s = await setup({
      deploy: { slots: { blue: { selector: 'blue', deployments: ['chat-blue'] }, green: { selector: 'green', deployments: ['chat-green'] } } },
    });
    const run = await s.cli(['promote', '--run-id', 'e2e-no-urls', '--out', join(tempDir('sg-kube-e2e-out-'), 'r')]);
    assert.equal(run.code, 0, shown(run));
    assert.equal((await liveState(e2e.admin, s.namespace, 'chat')).slot, 'green');
    const warnings = run.stderr.split('\n').filter((l) => /^warning: .*pass skipped: set deploy\.slots\.blue\.url/.test(l));
    assert.deepEqual(
      warnings.map((l) => /(smoke|watch) pass/.exec(l)?.[1]),
      ['smoke', 'watch'],
      `one warning per check\n${shown(run)}`,
    );
    assert.equal(s.blue.count + s.green.count, 0, 'no model traffic without URLs');
  });

  test('rollback after a promote flips back to blue, and a second rollback changes nothing', async () => {
    const s = await setup();
    const promoted = await s.cli(['promote', '--run-id', 'e2e-rb-promote', '--out', join(tempDir('sg-kube-e2e-out-'), 'r')]);
    assert.equal(promoted.code, 0, shown(promoted));
    assert.equal((await liveState(e2e.admin, s.namespace, 'chat')).slot, 'green');
    const modelRequests = s.blue.count + s.green.count;

    const first = await s.cli(['rollback', '--run-id', 'e2e-rb-1']);
    assert.equal(first.code, 0, shown(first));
    const undone = stdoutJson<{ changed: boolean; from: string; to: string }>(first);
    assert.deepEqual([undone.changed, undone.from, undone.to], [true, 'green', 'blue']);
    const afterFirst = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(afterFirst.slot, 'blue', 'traffic is back on blue');
    assert.deepEqual(
      afterFirst.history.map((e) => `${e.action}:${e.from}→${e.to}`),
      ['promote:blue→green', 'rollback:green→blue'],
    );
    assert.equal(afterFirst.history[1]?.reverts, afterFirst.history[0]?.id, 'the rollback names the promotion it undid');

    const second = await s.cli(['rollback', '--run-id', 'e2e-rb-2']);
    assert.equal(second.code, 0, shown(second));
    assert.equal(stdoutJson<{ changed: boolean }>(second).changed, false);
    const afterSecond = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(afterSecond.slot, 'blue');
    assert.equal(afterSecond.resourceVersion, afterFirst.resourceVersion, 'the second rollback wrote nothing');
    assert.equal(s.blue.count + s.green.count, modelRequests, 'rollback sends no model traffic');
  });

  test('a promote killed after the flip keeps its lease; rollback --promotion-run-id undoes it and frees the lease', async () => {
    const s = await setup({ deploy: { watch: { seconds: 30, intervalSeconds: 0.5, maxFailures: 1 } } });
    const killer = new AbortController();
    const dying = s.cli(['promote', '--run-id', 'e2e-dead', '--out', join(tempDir('sg-kube-e2e-out-'), 'r')], killer.signal);
    await until('the flip to green', async () => (await liveState(e2e.admin, s.namespace, 'chat')).slot === 'green', 45_000);
    killer.abort(); // the runner lost the job during the watch window
    const dead = await dying;
    assert.equal(dead.signal, 'SIGKILL', shown(dead));
    const held = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(held.leaseHolder, 'e2e-dead', 'the dead run still holds the lease');
    const modelRequests = s.blue.count + s.green.count;

    const blocked = await s.cli(['promote', '--run-id', 'e2e-next']);
    assert.equal(blocked.code, 4, `lease held by another run: exit 4\n${shown(blocked)}`);
    assert.match(blocked.stderr, /^error: .*held by "e2e-dead"/m, 'a second promotion names the holder');
    assert.equal(hasStackTrace(blocked.stderr), false, shown(blocked));
    assert.equal(s.blue.count + s.green.count, modelRequests, 'the refused promotion sent no model request');

    const rescue = await s.cli(['rollback', '--run-id', 'e2e-oncall', '--promotion-run-id', 'e2e-dead']);
    assert.equal(rescue.code, 0, shown(rescue));
    assert.deepEqual(stdoutJson<{ changed: boolean; to: string }>(rescue).changed, true);
    const after = await liveState(e2e.admin, s.namespace, 'chat');
    assert.equal(after.slot, 'blue', 'traffic is back on blue');
    assert.equal(after.leaseHolder, undefined, "the dead run's lease is freed");
    const [promotion, undo] = after.history;
    assert.equal(promotion?.runId, 'e2e-dead');
    assert.equal(undo?.action, 'rollback');
    assert.equal(undo?.runId, 'e2e-oncall', 'the rollback is signed by the run that did it');
    assert.equal(undo?.reverts, promotion?.id);

    const next = await s.cli(['status']);
    assert.match(next.stderr, /lease: free/, shown(next));
  });

  test('lint passes the LLM-safe slots and fails an unsafe one, naming the rule and the Deployment', async () => {
    const s = await setup();
    const clean = await s.cli(['lint']);
    assert.equal(clean.code, 0, shown(clean));
    assert.equal(stdoutJson<{ errors: number }>(clean).errors, 0);

    const green = await e2e.admin.apps.readNamespacedDeployment({ namespace: s.namespace, name: 'chat-green' });
    green.spec!.strategy = { type: 'Recreate' };
    green.spec!.template.spec!.terminationGracePeriodSeconds = 30;
    await e2e.admin.apps.replaceNamespacedDeployment({ namespace: s.namespace, name: 'chat-green', body: green });

    const unsafe = await s.cli(['lint']);
    assert.equal(unsafe.code, 1, shown(unsafe));
    const findings = stdoutJson<{ findings: Array<{ rule: string; severity: string; subject: string }> }>(unsafe).findings;
    const errors = findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} ${f.subject}`)
      .sort();
    assert.deepEqual(errors, [`grace-period Deployment ${s.namespace}/chat-green`, `max-unavailable Deployment ${s.namespace}/chat-green`]);
    assert.match(unsafe.stderr, /^error: \[max-unavailable\] Deployment .*chat-green: strategy Recreate/m);
  });
});
