// Deployment windows: the schedule arithmetic checked against Python's zoneinfo (a tz database independent
// of Node's ICU), the manifest errors at their lines, and the gate's refuse / wait behaviour on a clock the
// test drives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isUserError } from '../../src/errors.ts';
import { parseDeployConfig } from '../../src/delivery/deploy-config.ts';
import { isKubeRefusal } from '../../src/kube/refusal.ts';
import { awaitDeployWindow, nextOpening, openSpanAt, parseDeployWindows, type DeployWindows } from '../../src/delivery/windows.ts';
import { parseManifest } from '../../src/manifest/load.ts';

interface Fixture {
  schedules: Array<{
    name: string;
    windows: { timeZone: string; open: Array<{ days: string[]; hours: string }> };
    checks: Array<[string, boolean, (string | null)?]>;
  }>;
}
const fixture = JSON.parse(readFileSync('test/fixtures/delivery/windows.json', 'utf8')) as Fixture;

function windowsOf(raw: unknown): DeployWindows {
  const parsed = parseDeployWindows({ windows: raw }, 'shadowgate.yaml');
  assert.ok(parsed);
  return parsed;
}

for (const schedule of fixture.schedules) {
  test(`open and next opening match Python zoneinfo: ${schedule.name}`, () => {
    const windows = windowsOf(schedule.windows);
    let opens = 0;
    let nexts = 0;
    for (const [at, open, next] of schedule.checks) {
      assert.equal(Boolean(openSpanAt(windows, new Date(at))), open, `${schedule.name} at ${at}`);
      if (open) opens++;
      if (next !== undefined) {
        assert.equal(
          nextOpening(windows, new Date(at))?.toISOString() ?? null,
          next === null ? null : new Date(next).toISOString(),
          `${schedule.name}: next opening after ${at}`,
        );
        nexts++;
      }
    }
    // Each schedule has instants on both sides, and DST days among them.
    assert.ok(opens > 0 && opens < schedule.checks.length && nexts > 10);
  });
}

test('a span past midnight belongs to the day it starts on; a day range wraps over the week end', () => {
  const w = windowsOf({ timeZone: 'UTC', open: [{ days: ['fri-mon'], hours: '22:00-02:00' }] });
  assert.ok(openSpanAt(w, new Date('2026-12-04T22:30:00Z'))); // Friday 22:30
  assert.ok(openSpanAt(w, new Date('2026-12-05T01:59:00Z'))); // Saturday 01:59, Friday's span
  assert.ok(openSpanAt(w, new Date('2026-12-08T01:00:00Z'))); // Tuesday 01:00, Monday's span
  assert.equal(openSpanAt(w, new Date('2026-12-08T02:00:00Z')), undefined); // end is exclusive
  assert.equal(openSpanAt(w, new Date('2026-12-09T01:00:00Z')), undefined); // Wednesday 01:00: Tuesday has no span
  const allDay = windowsOf({ open: [{ days: ['wed'], hours: '00:00-24:00' }] });
  assert.ok(openSpanAt(allDay, new Date('2026-12-09T23:59:59Z')));
  assert.equal(openSpanAt(allDay, new Date('2026-12-10T00:00:00Z')), undefined);
});

const base = `version: 1
service: support-bot
model: { protocol: openai, endpoint: "http://127.0.0.1:1/v1", id: m }
output: { kind: text }
shadow: { dataset: data.jsonl }
deploy:
  service: support-bot
  slots:
    blue: { selector: blue, deployments: [bot-blue] }
    green: { selector: green, deployments: [bot-green] }
`;

/** Loads a manifest and reads its deploy section as the commands do; the error, if any. */
function loadError(windowsYaml: string): unknown {
  try {
    const loaded = parseManifest(`${base}${windowsYaml}`, 'shadowgate.yaml');
    // As the commands call it: locate maps a path inside the deploy section.
    parseDeployConfig(loaded.manifest.deploy, 'shadowgate.yaml', (path) => loaded.locate(['deploy', ...path]));
    return undefined;
  } catch (e) {
    return e;
  }
}

test('bad windows are one error at their manifest line', () => {
  const cases: Array<[string, number, RegExp]> = [
    ['  windows:\n    timeZone: Mars/Olympus\n    open: [{ days: [mon], hours: "09:00-17:00" }]\n', 12, /unknown time zone "Mars\/Olympus"/],
    ['  windows:\n    open:\n      - { days: [mon], hours: "09:00-09:00" }\n', 13, /"09:00-09:00" is empty/],
    ['  windows:\n    open:\n      - { days: [mon], hours: "9-17" }\n', 13, /hours/],
    ['  windows:\n    open:\n      - { days: [monday], hours: "09:00-17:00" }\n', 13, /days|pattern/],
    ['  windows:\n    open: []\n', 12, /open/],
    ['  windows:\n    open: [{ days: [mon], hours: "09:00-17:00" }]\n    waitMinutes: -1\n', 13, /waitMinutes/],
  ];
  for (const [yaml, line, message] of cases) {
    const e = loadError(yaml);
    assert.ok(isUserError(e), `${yaml}: expected a UserError, got ${String(e)}`);
    assert.equal(e.location?.file, 'shadowgate.yaml', yaml);
    assert.equal(e.location?.line, line, `${yaml}: ${e.format()}`);
    assert.match(e.message, message, yaml);
  }
  assert.equal(loadError('  windows:\n    timeZone: Europe/Berlin\n    open: [{ days: [mon-fri], hours: "09:00-17:00" }]\n    waitMinutes: 30\n'), undefined);
});

test('the deploy config carries the windows; without them nothing is gated', () => {
  const loaded = parseManifest(`${base}  windows:\n    timeZone: Europe/Berlin\n    open: [{ days: [mon-fri], hours: "09:00-17:00" }]\n`, 'shadowgate.yaml');
  const config = parseDeployConfig(loaded.manifest.deploy, 'shadowgate.yaml');
  assert.deepEqual(config.windows, {
    timeZone: 'Europe/Berlin',
    open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], startMinute: 540, endMinute: 1020, hours: '09:00-17:00' }],
    waitMinutes: 0,
  });
  assert.equal(parseDeployConfig(parseManifest(base, 'shadowgate.yaml').manifest.deploy, 'shadowgate.yaml').windows, undefined);
});

/** A clock that only moves when the code under test sleeps. */
function fakeClock(start: string) {
  let now = new Date(start).getTime();
  const slept: number[] = [];
  return {
    now: () => new Date(now),
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    slept,
  };
}

const berlinOffice = windowsOf({ timeZone: 'Europe/Berlin', open: [{ days: ['mon-fri'], hours: '09:00-17:00' }] });

test('outside a window the gate refuses with its own exit code and names the next opening', async () => {
  const clock = fakeClock('2026-12-05T10:00:00Z'); // Saturday 11:00 in Berlin
  const lines: string[] = [];
  await assert.rejects(
    awaitDeployWindow({ windows: berlinOffice, action: 'promote of ml/chat to green', ...clock, log: { info: (m) => lines.push(m) } }),
    (e: unknown) => {
      assert.ok(isKubeRefusal(e));
      assert.equal(e.kind, 'outside-window');
      assert.equal(e.exitCode, 9);
      assert.match(
        e.message,
        /promote of ml\/chat to green refused: it is Sat 11:00 Europe\/Berlin, outside the deployment windows mon-fri 09:00-17:00 \(Europe\/Berlin\); the next opens 2026-12-07T08:00:00.000Z \(Mon 09:00 Europe\/Berlin\)/,
      );
      assert.match(e.hint ?? '', /waitMinutes/);
      return true;
    },
  );
  assert.deepEqual(clock.slept, []);
  // Inside: no wait at all.
  const open = fakeClock('2026-12-07T08:00:00Z');
  assert.deepEqual(await awaitDeployWindow({ windows: berlinOffice, action: 'x', ...open, log: { info: () => {} } }), { waitedMs: 0 });
});

test('with waitMinutes the gate waits for an opening within the limit, renewing meanwhile, and refuses one beyond it', async () => {
  const windows = { ...berlinOffice, waitMinutes: 30 };
  const clock = fakeClock('2026-12-07T07:35:30Z'); // Monday 08:35:30 in Berlin: opens in 24.5 minutes
  let renewals = 0;
  const lines: string[] = [];
  const { waitedMs } = await awaitDeployWindow({
    windows,
    action: 'canary rung 1 (10%)',
    ...clock,
    onWait: async () => void renewals++,
    log: { info: (m) => lines.push(m) },
  });
  assert.equal(waitedMs, 24.5 * 60_000);
  assert.equal(clock.now().toISOString(), '2026-12-07T08:00:00.000Z');
  assert.ok(clock.slept.every((ms) => ms <= 60_000));
  assert.equal(renewals, clock.slept.length - 1);
  assert.match(lines[0] ?? '', /canary rung 1 \(10%\): it is Mon 08:35 Europe\/Berlin, outside the deployment windows; waiting until 2026-12-07T08:00:00.000Z/);

  const early = fakeClock('2026-12-07T07:29:00Z'); // 31 minutes before the opening
  await assert.rejects(
    awaitDeployWindow({ windows, action: 'promote', ...early, log: { info: () => {} } }),
    (e: unknown) => isKubeRefusal(e) && e.kind === 'outside-window',
  );
  assert.deepEqual(early.slept, []);
});
