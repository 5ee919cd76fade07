// Deployment windows (`deploy.windows`): the days and hours, in one IANA time zone, when traffic may move
// towards a new release. promote, each canary rung and the canary hand-over check them before changing
// anything; rollback and abort never do, since an incident does not wait for office hours.
import { UserError } from '../errors.ts';
import type { Locate } from './deploy-config.ts';
import { KubeRefusal } from '../kube/refusal.ts';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpenSpan {
  /** Days the span starts on (a span past midnight ends on the next day). */
  days: Weekday[];
  /** Minutes after local midnight: start inclusive, end exclusive; end <= start runs past midnight. */
  startMinute: number;
  endMinute: number;
  /** As written, for messages: "09:00-17:00". */
  hours: string;
}

export interface DeployWindows {
  timeZone: string;
  open: OpenSpan[];
  /** Wait this long for the next opening instead of refusing at once (0: refuse). */
  waitMinutes: number;
}

const DAY_ITEM = /^(sun|mon|tue|wed|thu|fri|sat)(?:-(sun|mon|tue|wed|thu|fri|sat))?$/;
const HOURS = /^([01]\d|2[0-3]):([0-5]\d)-(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

type Raw = Record<string, unknown>;

/**
 * Reads `deploy.windows` (already shape-checked by the manifest schema). What the schema cannot say — an
 * unknown time zone, an empty span, a day range — is one UserError at its manifest line. `locate` maps a
 * path inside the deploy section to its line. Undefined when the section has no windows.
 */
export function parseDeployWindows(deployRaw: unknown, manifestFile: string, locate?: Locate): DeployWindows | undefined {
  const raw = (deployRaw as Raw | undefined)?.windows as Raw | undefined;
  if (raw === undefined || raw === null) return undefined;
  const fail = (path: readonly (string | number)[], message: string, hint?: string): never => {
    throw new UserError(`deploy.windows${path.length ? '.' : ''}${path.join('.')}: ${message}`, locate?.(['windows', ...path]) ?? { file: manifestFile }, hint);
  };
  if (typeof raw !== 'object' || Array.isArray(raw)) fail([], 'must be a mapping: { timeZone, open: [{ days, hours }], waitMinutes }');
  const timeZone = raw.timeZone === undefined ? 'UTC' : raw.timeZone;
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    return fail(['timeZone'], `unknown time zone ${JSON.stringify(timeZone)}`, 'use an IANA name such as Europe/Berlin, America/New_York or UTC');
  }
  const waitMinutes = raw.waitMinutes === undefined ? 0 : raw.waitMinutes;
  if (typeof waitMinutes !== 'number' || !Number.isFinite(waitMinutes) || waitMinutes < 0) fail(['waitMinutes'], 'must be a number of minutes, 0 or more');
  if (!Array.isArray(raw.open) || raw.open.length === 0) fail(['open'], 'list at least one span: { days: [mon-fri], hours: "09:00-17:00" }');
  const open = (raw.open as unknown[]).map((item, i): OpenSpan => {
    const span = item as Raw;
    if (!span || typeof span !== 'object' || !Array.isArray(span.days) || span.days.length === 0)
      fail(['open', i, 'days'], 'list the days, e.g. [mon-fri] or [mon, wed]');
    const days = new Set<Weekday>();
    (span.days as unknown[]).forEach((d, j) => {
      const m = typeof d === 'string' ? DAY_ITEM.exec(d.toLowerCase()) : null;
      if (!m) {
        fail(['open', i, 'days', j], `${JSON.stringify(d)} is not a day (${WEEKDAYS.join(', ')}) or a range such as mon-fri`);
        return;
      }
      const from = WEEKDAYS.indexOf(m[1] as Weekday);
      const to = m[2] ? WEEKDAYS.indexOf(m[2] as Weekday) : from;
      // A range wraps over the week's end: fri-mon is fri, sat, sun, mon.
      for (let k = from; ; k = (k + 1) % 7) {
        days.add(WEEKDAYS[k]!);
        if (k === to) break;
      }
    });
    const hours = span.hours;
    const m = typeof hours === 'string' ? HOURS.exec(hours) : null;
    if (!m)
      return fail(
        ['open', i, 'hours'],
        `${JSON.stringify(hours)} is not a span of local time like "09:00-17:00" (end exclusive; "22:00-02:00" runs past midnight)`,
      );
    const startMinute = Number(m[1]) * 60 + Number(m[2]);
    const endMinute = m[5] ? 1440 : Number(m[3]) * 60 + Number(m[4]);
    if (startMinute === endMinute) fail(['open', i, 'hours'], `"${hours}" is empty`, 'for the whole day write "00:00-24:00"');
    return { days: WEEKDAYS.filter((d) => days.has(d)), startMinute, endMinute, hours: hours as string };
  });
  return { timeZone, open, waitMinutes: waitMinutes as number };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in a time zone: weekday and minutes after midnight (seconds dropped). */
export function localClock(at: Date, timeZone: string): { day: Weekday; minute: number; text: string } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const day = String(parts.weekday).toLowerCase().slice(0, 3) as Weekday;
  const minute = Number(parts.hour) * 60 + Number(parts.minute);
  return { day, minute, text: `${parts.weekday} ${parts.hour}:${parts.minute} ${timeZone}` };
}

/** The span that holds `at`, if any. A span past midnight holds the early hours of the day after its day. */
export function openSpanAt(windows: DeployWindows, at: Date): OpenSpan | undefined {
  const { day, minute } = localClock(at, windows.timeZone);
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7]!;
  return windows.open.find((s) => {
    if (s.startMinute < s.endMinute) return s.days.includes(day) && minute >= s.startMinute && minute < s.endMinute;
    return (s.days.includes(day) && minute >= s.startMinute) || (s.days.includes(yesterday) && minute < s.endMinute);
  });
}

/**
 * The first whole minute at or after `from` that lies in a window, searched up to `withinMs` ahead (a week
 * and a day by default: every weekly schedule opens in that time). Walking the real clock minute by minute
 * is what makes daylight-saving days right: a local time that does not exist that day is never open, and
 * one that happens twice is open both times.
 */
export function nextOpening(windows: DeployWindows, from: Date, withinMs = 8 * 86_400_000): Date | undefined {
  if (openSpanAt(windows, from)) return from;
  const first = Math.floor(from.getTime() / 60_000) * 60_000 + 60_000;
  for (let t = first; t <= from.getTime() + withinMs; t += 60_000) {
    const at = new Date(t);
    if (openSpanAt(windows, at)) return at;
  }
  return undefined;
}

export function describeWindows(windows: DeployWindows): string {
  return `${windows.open.map((s) => `${compactDays(s.days)} ${s.hours}`).join(', ')} (${windows.timeZone})`;
}

function compactDays(days: readonly Weekday[]): string {
  const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const present = week.map((d) => days.includes(d));
  const out: string[] = [];
  for (let i = 0; i < 7; i++) {
    if (!present[i]) continue;
    let j = i;
    while (j + 1 < 7 && present[j + 1]) j++;
    out.push(j - i >= 2 ? `${week[i]}-${week[j]}` : week.slice(i, j + 1).join(','));
    i = j;
  }
  return out.join(',');
}

export interface WindowGate {
  windows: DeployWindows | undefined;
  /** What is being started, for the message: "promote to green", "canary rung 2 (5%)". */
  action: string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Called while waiting, about once a minute (e.g. to renew a Lease). */
  onWait?: () => Promise<void>;
  log: { info(message: string): void };
}

/**
 * Resolves when `now` lies in a deployment window, waiting for the next opening when it comes within
 * `waitMinutes`; otherwise throws a KubeRefusal of kind `outside-window` before anything has changed. How
 * long it waited is returned (0 when the window was open).
 */
export async function awaitDeployWindow(gate: WindowGate): Promise<{ waitedMs: number }> {
  const { windows } = gate;
  if (!windows) return { waitedMs: 0 };
  const start = gate.now();
  if (openSpanAt(windows, start)) return { waitedMs: 0 };
  const limitMs = windows.waitMinutes * 60_000;
  const opening = nextOpening(windows, start);
  const clock = localClock(start, windows.timeZone).text;
  const when = opening ? `; the next opens ${opening.toISOString()} (${localClock(opening, windows.timeZone).text})` : '';
  if (!opening || opening.getTime() - start.getTime() > limitMs) {
    throw new KubeRefusal(
      'outside-window',
      `${gate.action} refused: it is ${clock}, outside the deployment windows ${describeWindows(windows)}${when}. Nothing was changed`,
      undefined,
      windows.waitMinutes > 0
        ? `the next opening is more than deploy.windows.waitMinutes (${windows.waitMinutes}) away; run again inside a window (rollback and canary abort are never blocked)`
        : 'run again inside a window, or set deploy.windows.waitMinutes to wait for it (rollback and canary abort are never blocked)',
    );
  }
  gate.log.info(`${gate.action}: it is ${clock}, outside the deployment windows; waiting until ${opening.toISOString()}`);
  for (let left = opening.getTime() - gate.now().getTime(); left > 0; left = opening.getTime() - gate.now().getTime()) {
    await gate.sleep(Math.min(left, 60_000));
    if (opening.getTime() - gate.now().getTime() > 0) await gate.onWait?.();
  }
  return { waitedMs: gate.now().getTime() - start.getTime() };
}
