// Session draining at the blue-green flip, against real parts: a kube-apiserver + etcd with the Gateway API
// and Istio CRDs (every route write checked by their schemas), the restricted user holding exactly
// deploy/rbac/role.yaml, a real Prometheus scraping both slots' model servers (how the drain sees the old
// slot go quiet), and a data plane that follows the route and the live Service through the API while
// multi-turn conversations start and end all the time.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { describe, test } from 'node:test';
import type { CustomObjectsApi } from '@kubernetes/client-node';
import { memoryLog } from '../../src/log.ts';
import { DRAIN_ANNOTATION, DRAIN_RULE, parseDrainState, sessionDrain } from '../../src/delivery/drain.ts';
import { spawn } from 'node:child_process';
import { abort, advance, ladderStatus, parseLadderState } from '../../src/delivery/ladder.ts';
import { isUserError } from '../../src/errors.ts';
import { connect } from '../../src/kube/client.ts';
import { parseDeployConfig } from '../../src/delivery/deploy-config.ts';
import { flipSelector } from '../../src/delivery/router/service-selector.ts';
import { promote, rollback, status, type PromoteResult } from '../../src/delivery/blue-green.ts';
import { REPO, type Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { liveSelector, SLOT_KEY } from '../kube/support/fixtures.ts';
import { type Stand, startStand } from './support/stand.ts';
import type { SessionRecord, Traffic } from './support/traffic.ts';

let cluster: Cluster;
let admin: AdminClients;
let custom: CustomObjectsApi;

useKubeCluster({ crds: { gatewayApi: true, istio: true }, prometheus: true }, (kube) => {
  ({ cluster, admin, custom } = kube);
});

type Kind = 'gateway-api' | 'istio';

/** Blue live, green ready; the route weights the live Service against both slot Services (0). */
function stand(
  kind: Kind,
  drain: Record<string, unknown>,
  traffic: { sessions: number; turnsPerSession: number; rate: number },
  canary: Record<string, unknown> = {},
): Promise<Stand> {
  return startStand(
    { admin, custom },
    {
      prefix: 'drain',
      ...(kind === 'gateway-api' ? {} : { httpRoute: false, virtualService: true }),
      traffic: { ratePerSecond: traffic.rate, sessions: traffic.sessions, turnsPerSession: traffic.turnsPerSession },
      scrapes: 3,
      canary: { bakeSeconds: 5, ...canary },
      deploy: { drain },
    },
  );
}

const passing = async () => ({ pass: true, reason: 'no regression' });

function promoteOptions(s: Stand, runId: string, log = memoryLog()) {
  return { kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', runId, log, smoke: passing, probe: passing };
}

/** Slot of each turn sent before `until`. */
const turnsBefore = (session: SessionRecord, until: number) => session.history.filter((h) => h.sentAt < until).map((h) => h.slot);

/** Waits until the route carries a drain in the given phase. */
async function drainPhase(s: Stand, phase: 'marking' | 'draining'): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (parseDrainState((await s.route()).metadata.annotations)?.phase !== phase) {
    if (Date.now() > deadline) throw new Error(`the route never reached drain phase ${phase}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('session draining at the blue-green flip', { concurrency: 1 }, () => {
  test('Gateway API: conversations running on blue finish there, new ones start on green; at the timeout the rest move; no request fails', async () => {
    // Conversations of 30 turns at 2 turns/s: many of those marked before the flip are still talking when
    // the 10 s drain times out, so both "stays until the timeout" and "moves after it" are seen.
    const s = await stand(
      'gateway-api',
      { timeoutSeconds: 10, quietSeconds: 60, markSeconds: 2, cookieName: 'sg-slot' },
      { sessions: 30, turnsPerSession: 30, rate: 60 },
    );
    try {
      const log = memoryLog();
      const running = promote(promoteOptions(s, 'run-drain', log));
      await drainPhase(s, 'draining');
      // What an operator sees while the drain runs.
      const seen = await status({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', log: memoryLog() });
      assert.equal(seen.live, 'green');
      assert.equal(seen.drain?.phase, 'draining');
      assert.deepEqual([seen.drain?.from, seen.drain?.to, seen.drain?.cookie, seen.drain?.overdue], ['blue', 'green', 'sg-slot=blue', false]);
      assert.equal(new Date(seen.drain!.deadline!).getTime() - new Date(seen.drain!.since).getTime(), 10_000);
      // The drain rule, as the real CRD accepted it.
      const rules = (await s.route()).spec.rules as Array<Record<string, unknown>>;
      assert.deepEqual(rules[1], {
        name: DRAIN_RULE,
        matches: [{ path: { type: 'PathPrefix', value: '/' }, headers: [{ name: 'Cookie', type: 'RegularExpression', value: '(^|.*; )sg-slot=blue(;.*)?$' }] }],
        backendRefs: [
          {
            group: '',
            kind: 'Service',
            name: 'chat-blue',
            port: 80,
            weight: 1,
            filters: [{ type: 'ResponseHeaderModifier', responseHeaderModifier: { add: [{ name: 'Set-Cookie', value: 'sg-slot=blue; Max-Age=10; Path=/' }] } }],
          },
        ],
      });
      assert.deepEqual(await s.weights(), { chat: 0, 'chat-blue': 0, 'chat-green': 100 });
      // The same through the CLI (the action's status runs the same command): JSON on stdout, a line on stderr.
      const dir = mkdtempSync(join(tmpdir(), 'sg-drain-cli-'));
      try {
        writeFileSync(join(dir, 'data.jsonl'), '{"input": "hi"}\n');
        writeFileSync(
          join(dir, 'shadowgate.yaml'),
          stringify({
            version: 1,
            service: 'chat',
            model: { protocol: 'openai', endpoint: 'http://127.0.0.1:1/v1', id: 'chat-model' },
            output: { kind: 'text' },
            shadow: { dataset: 'data.jsonl' },
            deploy: s.deploy,
          }),
        );
        const cli = await promisify(execFile)(process.execPath, [join(REPO, 'src/cli.ts'), 'status'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, KUBECONFIG: cluster.restrictedKubeconfig },
        });
        assert.equal(JSON.parse(cli.stdout).drain.cookie, 'sg-slot=blue');
        assert.match(cli.stderr, /drain: sessions marked sg-slot=blue still go to blue \(new sessions to green\) since \S+, until \S+/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }

      const result: PromoteResult = await running;
      assert.equal(result.outcome, 'promoted', result.reason);
      const d = result.drain!;
      assert.equal(d.ended, 'timeout', d.reason);
      assert.ok(d.endedAt! - d.flippedAt! >= 10_000, `the drain lasted ${d.endedAt! - d.flippedAt!} ms`);
      await new Promise((r) => setTimeout(r, 1500));
      await s.traffic.stop();

      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      let drained = 0;
      let newOnGreen = 0;
      let movedAtTimeout = 0;
      for (const session of s.traffic.sessions) {
        const [first] = session.history;
        if (!first) continue;
        // Before the drain ends, no conversation changes side.
        const early = turnsBefore(session, d.endSentAt!);
        assert.deepEqual(
          early.filter((slot) => slot !== early[0]),
          [],
          `a conversation changed side before the timeout: ${early.join(' ')}`,
        );
        if (first.sentAt < d.flipSentAt!) assert.equal(first.slot, 'blue', 'a conversation started before the flip is on blue');
        if (first.sentAt > d.flippedAt! + 300) {
          assert.equal(first.slot, 'green', 'a conversation started after the flip is on green');
          newOnGreen++;
        }
        if (session.history.some((h) => h.slot === 'blue' && h.sentAt > d.flippedAt! + 300)) drained++;
        if (early[0] === 'blue' && session.history.some((h) => h.slot === 'green' && h.sentAt > d.endedAt!)) movedAtTimeout++;
      }
      assert.ok(drained >= 10, `${drained} conversations were drained on blue after the flip`);
      assert.ok(newOnGreen >= 10, `${newOnGreen} conversations started on green during the drain`);
      assert.ok(movedAtTimeout >= 1, 'conversations still talking at the timeout moved to green');
      // After the drain (plus 300 ms for the data plane's watch), every request reaches green.
      assert.deepEqual(
        s.traffic.timeline.filter((r) => r.sentAt > d.endedAt! + 300 && r.slot === 'blue'),
        [],
      );
      // The route is back to the live Service (which selects green); nothing of the drain is left.
      const route = await s.route();
      assert.equal(route.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.equal((route.spec.rules as unknown[]).length, 1);
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'green');
      assert.match(log.lines.join('\n'), /drain: drain timeout \(10 s\) reached/);
    } finally {
      await s.close();
    }
  });

  test('Istio: the drain ends early once Prometheus shows blue quiet; no conversation changes side', async () => {
    // Conversations of 6 turns at 2 turns/s: the drained ones are all over within about 3 s of the flip.
    const s = await stand(
      'istio',
      { timeoutSeconds: 60, quietSeconds: 4, markSeconds: 1, cookieName: 'sg-slot' },
      { sessions: 16, turnsPerSession: 6, rate: 32 },
    );
    try {
      const running = promote(promoteOptions(s, 'run-quiet'));
      await drainPhase(s, 'draining');
      const http = (await s.route()).spec.http as Array<Record<string, unknown>>;
      // Istio takes the first matching route: the drain route sits right before the weighted one.
      assert.deepEqual(http[1], {
        name: DRAIN_RULE,
        match: [{ headers: { cookie: { regex: '(^|.*; )sg-slot=blue(;.*)?' } } }],
        route: [{ destination: { host: 'chat-blue' }, headers: { response: { add: { 'set-cookie': 'sg-slot=blue; Max-Age=60; Path=/' } } } }],
      });
      const result = await running;
      assert.equal(result.outcome, 'promoted', result.reason);
      const d = result.drain!;
      assert.equal(d.ended, 'quiet', d.reason);
      assert.ok(d.endedAt! - d.flippedAt! < 30_000, `ended ${d.endedAt! - d.flippedAt!} ms after the flip`);
      await new Promise((r) => setTimeout(r, 1000));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      let drained = 0;
      for (const session of s.traffic.sessions) {
        const slots = session.history.map((h) => h.slot);
        assert.deepEqual(
          slots.filter((slot) => slot !== slots[0]),
          [],
          `a conversation changed side: ${slots.join(' ')}`,
        );
        if (session.history.some((h) => h.slot === 'blue' && h.sentAt > d.flippedAt! + 300)) drained++;
      }
      assert.ok(drained >= 5, `${drained} conversations were drained on blue after the flip`);
      assert.deepEqual(
        s.traffic.timeline.filter((r) => r.sentAt > d.endedAt! + 300 && r.slot === 'blue'),
        [],
      );
      assert.equal((await s.route()).metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.equal(((await s.route()).spec.http as unknown[]).length, 2);
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
    } finally {
      await s.close();
    }
  });

  test('a promotion stopped by its smoke check ends the marking: the route is exactly as before, nobody moved, no request fails', async () => {
    const s = await stand(
      'gateway-api',
      { timeoutSeconds: 60, quietSeconds: 60, markSeconds: 1, cookieName: 'sg-slot' },
      { sessions: 10, turnsPerSession: 10, rate: 20 },
    );
    try {
      const before = await s.route();
      const startedAt = performance.now();
      const result = await promote({ ...promoteOptions(s, 'run-stop'), smoke: async () => ({ pass: false, reason: 'the candidate answers worse' }) });
      assert.equal(result.outcome, 'stopped');
      assert.equal(result.stage, 'smoke');
      await new Promise((r) => setTimeout(r, 500));
      await s.traffic.stop();
      const after = await s.route();
      assert.deepEqual(after.spec, before.spec);
      assert.equal(after.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'blue');
      assert.deepEqual(
        s.traffic.timeline.filter((r) => r.sentAt > startedAt && r.slot === 'green'),
        [],
      );
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
    } finally {
      await s.close();
    }
  });

  test('rollback during a drain: the selector flips back and the drain ends in one route patch; everyone is on blue, no request fails', async () => {
    const s = await stand(
      'gateway-api',
      { timeoutSeconds: 60, quietSeconds: 60, markSeconds: 1, cookieName: 'sg-slot' },
      { sessions: 20, turnsPerSession: 20, rate: 40 },
    );
    try {
      const running = promote(promoteOptions(s, 'run-rb'));
      await drainPhase(s, 'draining');
      await new Promise((r) => setTimeout(r, 1000));
      const log = memoryLog();
      const back = await rollback({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', runId: 'run-rb-back', log });
      const rolledBackAt = performance.now();
      assert.equal(back.changed, true, back.message);
      assert.equal(back.to, 'blue');
      log.info(`rollback took ${back.elapsedMs.toFixed(0)} ms`);
      // The promote waiting on its drain sees it ended and finishes without touching the route again.
      const result = await running;
      assert.equal(result.drain?.ended, 'ended-elsewhere');
      await new Promise((r) => setTimeout(r, 1000));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      assert.deepEqual(
        s.traffic.timeline.filter((r) => r.sentAt > rolledBackAt + 300 && r.slot === 'green'),
        [],
      );
      const route = await s.route();
      assert.equal(route.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.equal((route.spec.rules as unknown[]).length, 1);
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'blue');
      const after = await status({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', log: memoryLog() });
      assert.equal(after.drain, undefined);
    } finally {
      await s.close();
    }
  });

  test('a drain left by a run that died: status shows it OVERDUE, a canary advance will not touch the route, rollback ends it', async () => {
    const s = await stand(
      'gateway-api',
      { timeoutSeconds: 1, quietSeconds: 60, markSeconds: 0, cookieName: 'sg-slot' },
      { sessions: 10, turnsPerSession: 10, rate: 20 },
    );
    try {
      // What a promote killed mid-drain leaves behind: marked, selector flipped, gateway flipped, never ended.
      const clients = connect({ kubeconfig: cluster.restrictedKubeconfig });
      const config = parseDeployConfig(s.deploy, 'shadowgate.yaml');
      const dead = sessionDrain({ deploy: s.deploy, manifestFile: 'shadowgate.yaml', config, clients, log: memoryLog(), runId: 'run-dead' }, 'blue', 'green')!;
      await dead.mark();
      await flipSelector(clients, config, { to: 'green', action: 'promote', runId: 'run-dead', recheck: () => undefined });
      await dead.flip();
      await new Promise((r) => setTimeout(r, 1500));

      const log = memoryLog();
      const seen = await status({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', log });
      assert.equal(seen.drain?.overdue, true);
      assert.equal(seen.drain?.runId, 'run-dead');
      assert.match(log.lines.join('\n'), /OVERDUE: the run that started it is gone; the next promote or rollback ends it/);
      const rv = ((await s.route()) as unknown as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
      await assert.rejects(
        advance({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', runId: 'run-ladder', log: memoryLog() }),
        (e: unknown) => isUserError(e) && /carries a session drain/.test(e.message),
      );
      assert.equal(
        ((await s.route()) as unknown as { metadata: { resourceVersion: string } }).metadata.resourceVersion,
        rv,
        'the refused advance wrote nothing',
      );

      const back = await rollback({
        kubeconfig: cluster.restrictedKubeconfig,
        deploy: s.deploy,
        manifestFile: 'shadowgate.yaml',
        runId: 'run-rescue',
        log: memoryLog(),
      });
      assert.equal(back.to, 'blue');
      const route = await s.route();
      assert.equal(route.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
    } finally {
      await s.close();
    }
  });
});

/** A 10 % rung judged on errors only (sticky sessions pile load onto the candidate), and sticky sessions. */
const ONE_RUNG = {
  rungs: [10],
  minSamples: 5,
  decisiveSamples: 5,
  minRequests: 20,
  metrics: [
    {
      name: 'error_rate',
      failed: 'http_requests_total{namespace="{{namespace}}",slot="{{slot}}",code=~"5.."}',
      total: 'http_requests_total{namespace="{{namespace}}",slot="{{slot}}"}',
    },
  ],
  sessionAffinity: { cookieName: 'sg-canary', maxAgeSeconds: 3600 },
};

function ladderOptions(s: Stand, runId: string, extra: Record<string, unknown> = {}) {
  return { kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, manifestFile: 'shadowgate.yaml', runId, log: memoryLog(), ...extra };
}

/** Lets the data plane's watch catch up with a route patch. */
const WATCH_MS = 500;

/**
 * The data plane across a hand-over, from when its marking began (`markedAt`) to when the drain's end was
 * sent: no conversation changes side; a conversation that had reached the candidate never returns to the
 * stable slot; conversations on blue at the flip are drained there, new ones start on green.
 */
function checkSessions(traffic: Traffic, d: { markedAt: number; flippedAt?: number; endSentAt?: number; endedAt?: number }) {
  let drained = 0;
  let stuckOnGreen = 0;
  let newOnGreen = 0;
  for (const session of traffic.sessions) {
    const slots = session.history.map((h) => h.slot);
    const firstGreen = slots.indexOf('green');
    assert.deepEqual(
      firstGreen < 0 ? [] : slots.slice(firstGreen).filter((slot) => slot === 'blue'),
      [],
      `a conversation went back from green to blue: ${slots.join(' ')}`,
    );
    const before = session.history.filter((h) => h.sentAt < d.markedAt + WATCH_MS);
    const during = session.history.filter((h) => h.sentAt >= d.markedAt + WATCH_MS && h.sentAt < d.endSentAt!);
    const side = before.at(-1)?.slot ?? during[0]?.slot;
    assert.deepEqual(
      during.filter((h) => h.slot !== side).map((h) => h.slot),
      [],
      `a conversation changed side during the hand-over: ${slots.join(' ')}`,
    );
    if (before.at(-1)?.slot === 'green' && during.length > 0) stuckOnGreen++;
    if (during.some((h) => h.slot === 'blue' && h.sentAt > d.flippedAt! + WATCH_MS)) drained++;
    const [first] = session.history;
    if (first && first.sentAt > d.flippedAt! + WATCH_MS && first.sentAt < d.endSentAt!) {
      assert.equal(first.slot, 'green', 'a conversation started after the flip is on green');
      newOnGreen++;
    }
  }
  assert.ok(drained >= 5, `${drained} conversations were drained on blue after the flip`);
  assert.ok(stuckOnGreen >= 5, `${stuckOnGreen} conversations on green at the hand-over stayed there`);
  assert.ok(newOnGreen >= 5, `${newOnGreen} conversations started on green during the drain`);
  // After the drain (and the data plane's watch), every request reaches green.
  assert.deepEqual(
    traffic.timeline.filter((r) => r.sentAt > d.endedAt! + WATCH_MS && r.slot === 'blue'),
    [],
  );
}

/** After a hand-over: the live Service selects green, the route is back to its one rule with the live Service alone. */
async function checkHandedOver(s: Stand) {
  const route = await s.route();
  assert.equal(route.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
  assert.equal(parseLadderState(route.metadata.annotations)?.phase, 'promoted');
  assert.equal((route.spec.rules as unknown[]).length, 1, 'the sticky and drain rules are gone');
  assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
  assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'green');
}

describe('session draining at the canary hand-over', { concurrency: 1 }, () => {
  test('Gateway API: after the last rung, the hand-over drains like promote; sticky candidate sessions stay, none changes side, no request fails', async () => {
    const s = await stand(
      'gateway-api',
      { timeoutSeconds: 8, quietSeconds: 60, markSeconds: 2, cookieName: 'sg-slot' },
      { sessions: 40, turnsPerSession: 30, rate: 80 },
      ONE_RUNG,
    );
    try {
      const rung = await advance(ladderOptions(s, 'run-ho', { expectWeight: 10 }));
      assert.equal(rung.outcome, 'passed', rung.reason);
      const running = advance(ladderOptions(s, 'run-ho', { expectWeight: 100 }));
      await drainPhase(s, 'draining');
      // What `canary status` shows while the hand-over drains.
      const seen = await ladderStatus(ladderOptions(s, 'status'));
      assert.equal(seen.state?.phase, 'handing-over');
      assert.deepEqual(
        [seen.drain?.phase, seen.drain?.from, seen.drain?.to, seen.drain?.cookie, seen.drain?.overdue],
        ['draining', 'blue', 'green', 'sg-slot=blue', false],
      );
      assert.match(seen.next, /draining sessions on blue until \S+/);
      // The sticky rule comes before the drain rule: a session carrying both cookies stays on the candidate.
      const rules = (await s.route()).spec.rules as Array<{ name?: string; backendRefs: Array<{ name: string }> }>;
      assert.deepEqual(
        rules.map((r) => [r.name ?? '', r.backendRefs.map((b) => b.name).join(',')]),
        [
          ['', 'chat,chat-blue,chat-green'],
          ['', 'chat-green'],
          [DRAIN_RULE, 'chat-blue'],
        ],
      );
      assert.deepEqual(await s.weights(), { chat: 0, 'chat-blue': 0, 'chat-green': 100 });

      const result = await running;
      assert.equal(result.outcome, 'promoted', result.reason);
      const d = result.drain!;
      assert.equal(d.ended, 'timeout', d.reason);
      assert.ok(d.endedAt! - d.flippedAt! >= 8000, `the drain lasted ${d.endedAt! - d.flippedAt!} ms`);
      await new Promise((r) => setTimeout(r, 1500));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      checkSessions(s.traffic, d);
      await checkHandedOver(s);
    } finally {
      await s.close();
    }
  });

  test('Istio: an advance killed mid-drain is resumed by the next one, which waits only for the rest of the drain; none changes side, no request fails', async () => {
    const s = await stand(
      'istio',
      { timeoutSeconds: 8, quietSeconds: 60, markSeconds: 1, cookieName: 'sg-slot' },
      { sessions: 40, turnsPerSession: 30, rate: 80 },
      ONE_RUNG,
    );
    try {
      const rung = await advance(ladderOptions(s, 'run-hk', { expectWeight: 10 }));
      assert.equal(rung.outcome, 'passed', rung.reason);
      const child = spawn(
        process.execPath,
        [join(REPO, 'test/delivery/support/advance-child.ts'), JSON.stringify({ kubeconfig: cluster.restrictedKubeconfig, deploy: s.deploy, runId: 'run-hk' })],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      await drainPhase(s, 'draining').catch((e: Error) => assert.fail(`${e.message}\n${out}`));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 2000));
      const left = parseDrainState((await s.route()).metadata.annotations)!;
      assert.deepEqual([left.phase, left.move, left.runId], ['draining', 'hand-over', 'run-hk']);
      // The Istio drain route sits before the weighted one, after the sticky route (the first match wins).
      const http = (await s.route()).spec.http as Array<{ name?: string }>;
      assert.deepEqual(
        http.map((r) => r.name ?? ''),
        ['', 'shadowgate-sticky', DRAIN_RULE, ''],
      );

      const seen = await ladderStatus(ladderOptions(s, 'status'));
      assert.equal(seen.drain?.phase, 'draining');
      assert.equal(seen.state?.phase, 'handing-over');

      const started = performance.now();
      const result = await advance(ladderOptions(s, 'run-hk'));
      assert.equal(result.outcome, 'promoted', result.reason);
      const d = result.drain!;
      assert.equal(d.ended, 'timeout', d.reason);
      // The drain ran its whole timeout from the dead run's flip; the resumed run waited only for the rest.
      assert.ok(d.endedAt! - d.flippedAt! >= 8000, `the drain lasted ${d.endedAt! - d.flippedAt!} ms`);
      assert.ok(performance.now() - started < 8000, `the resumed advance took ${performance.now() - started} ms`);
      await new Promise((r) => setTimeout(r, 1500));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      checkSessions(s.traffic, d);
      const route = await s.route();
      assert.equal(route.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.equal(parseLadderState(route.metadata.annotations)?.phase, 'promoted');
      assert.equal((route.spec.http as unknown[]).length, 2, 'the sticky and drain routes are gone');
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'green');
    } finally {
      await s.close();
    }
  });

  test('abort while the hand-over marks: the drain ends, the weight goes to 0, the marking run does not flip; no request fails', async () => {
    const s = await stand(
      'gateway-api',
      { timeoutSeconds: 30, quietSeconds: 60, markSeconds: 5, cookieName: 'sg-slot' },
      { sessions: 20, turnsPerSession: 20, rate: 40 },
      ONE_RUNG,
    );
    try {
      assert.equal((await advance(ladderOptions(s, 'run-ab', { expectWeight: 10 }))).outcome, 'passed');
      const running = advance(ladderOptions(s, 'run-ab'));
      await drainPhase(s, 'marking');
      const a = await abort(ladderOptions(s, 'run-ab-abort'));
      const abortedAt = performance.now();
      assert.equal(a.outcome, 'aborted', a.reason);
      await assert.rejects(
        running,
        (e: unknown) => isUserError(e) && /changed by another run \(an abort\?\) while sessions were being marked; not flipping/.test(e.message),
      );
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'blue');
      const route = await s.route();
      assert.equal(route.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.equal(parseLadderState(route.metadata.annotations)?.phase, 'aborted');
      assert.equal((route.spec.rules as unknown[]).length, 1, 'the sticky rule is gone');
      assert.deepEqual(await s.weights(), { chat: 100, 'chat-blue': 0, 'chat-green': 0 });
      await new Promise((r) => setTimeout(r, 1000));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      assert.deepEqual(
        s.traffic.timeline.filter((r) => r.sentAt > abortedAt + WATCH_MS && r.slot === 'green'),
        [],
      );
    } finally {
      await s.close();
    }
  });

  test("rollback during the hand-over's drain: the last rung's split returns, the draining run stops, the next advance hands over again", async () => {
    const s = await stand(
      'gateway-api',
      { timeoutSeconds: 20, quietSeconds: 60, markSeconds: 1, cookieName: 'sg-slot' },
      { sessions: 20, turnsPerSession: 20, rate: 40 },
      ONE_RUNG,
    );
    try {
      assert.equal((await advance(ladderOptions(s, 'run-rb', { expectWeight: 10 }))).outcome, 'passed');
      const running = advance(ladderOptions(s, 'run-rb'));
      await drainPhase(s, 'draining');
      const back = await rollback({
        kubeconfig: cluster.restrictedKubeconfig,
        deploy: s.deploy,
        manifestFile: 'shadowgate.yaml',
        runId: 'run-rb-back',
        log: memoryLog(),
      });
      assert.equal(back.to, 'blue', back.message);
      await assert.rejects(
        running,
        (e: unknown) =>
          isUserError(e) &&
          /drain was ended by another run and Service \S+ selects blue again \(a rollback\); the ladder stays at its last rung/.test(e.message),
      );
      const route = await s.route();
      assert.equal(route.metadata.annotations?.[DRAIN_ANNOTATION], undefined);
      assert.equal(parseLadderState(route.metadata.annotations)?.phase, 'handing-over');
      assert.deepEqual(await s.weights(), { chat: 90, 'chat-blue': 0, 'chat-green': 10 });
      assert.equal((await liveSelector(admin, s.namespace, 'chat'))[SLOT_KEY], 'blue');
      assert.match((await ladderStatus(ladderOptions(s, 'status'))).next, /advance resumes the hand-over/);

      s.deploy.drain = { timeoutSeconds: 2, quietSeconds: 60, markSeconds: 1, cookieName: 'sg-slot' };
      const again = await advance(ladderOptions(s, 'run-rb-2'));
      assert.equal(again.outcome, 'promoted', again.reason);
      assert.equal(again.drain?.ended, 'timeout');
      await new Promise((r) => setTimeout(r, 1000));
      await s.traffic.stop();
      assert.deepEqual(s.traffic.failed, { blue: 0, green: 0 }, s.traffic.failures.join('\n'));
      await checkHandedOver(s);
    } finally {
      await s.close();
    }
  });
});
