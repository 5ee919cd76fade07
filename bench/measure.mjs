// Runs one command as a child process and measures what it cost: wall time, CPU time (user + sys of the
// whole process tree) and peak resident memory.
//
// Two independent sources, because each alone has a blind spot:
//  - GNU time (`/usr/bin/time`) reports the kernel's rusage of the finished child: exact CPU of the child
//    and every descendant it waited for, and the peak RSS of the largest single process.
//  - A poller reads VmRSS of every process in the tree from /proc every 20 ms and keeps the peak of the
//    sum, which catches a tool that spreads its memory over worker processes.
// Peak RSS is the larger of the two. Without GNU time, bash's `times` gives the CPU of the child tree.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 20;

export function hasGnuTime() {
  return existsSync(GNU_TIME);
}

async function readText(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

async function childrenOf(pid) {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => []);
  const kids = [];
  for (const tid of tasks) {
    const text = await readText(`/proc/${pid}/task/${tid}/children`);
    if (text) for (const child of text.trim().split(/\s+/)) if (child) kids.push(Number(child));
  }
  return kids;
}

/** Sum of resident memory (KiB) over `pid` and all its descendants, skipping the measuring wrapper itself. */
async function treeRssKb(rootPid, skipRoot) {
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift();
    if (!(skipRoot && pid === rootPid)) {
      const status = await readText(`/proc/${pid}/status`);
      const resident = status ? Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) : 0;
      if (Number.isFinite(resident)) total += resident;
    }
    queue.push(...(await childrenOf(pid)));
  }
  return total;
}

function parseGnuTime(text) {
  // Format written below: "%e %U %S %M" (seconds, seconds, seconds, KiB); the last line is ours.
  const line = text.trim().split('\n').at(-1) ?? '';
  const [elapsed, user, sys, maxRss] = line.trim().split(/\s+/).map(Number);
  if (![elapsed, user, sys, maxRss].every(Number.isFinite)) return undefined;
  return { userMs: user * 1000, sysMs: sys * 1000, maxRssKb: maxRss };
}

function parseBashTimes(text) {
  // `times` prints the shell's own line, then its children's: "0m1.234s 0m0.567s".
  const line = text.trim().split('\n').at(-1) ?? '';
  const toMs = (s) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(s);
    return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : NaN;
  };
  const [user, sys] = line.trim().split(/\s+/).map(toMs);
  return Number.isFinite(user) && Number.isFinite(sys) ? { userMs: user, sysMs: sys } : undefined;
}

/**
 * @param {{ command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} spec
 * @returns {Promise<{ exitCode: number | null, signal: string | null, wallMs: number, userMs: number, sysMs: number,
 *   cpuMs: number, peakRssKb: number, maxSingleRssKb: number | undefined, treeRssKb: number, source: string,
 *   stdout: string, stderr: string, timedOut: boolean }>}
 */
export async function measure({ command, args, cwd, env = process.env, timeoutMs = 15 * 60_000 }) {
  const scratch = await mkdtemp(join(tmpdir(), 'sg-measure-'));
  const timeFile = join(scratch, 'time.txt');
  const useGnuTime = hasGnuTime();
  const [file, argv] = useGnuTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]]
    : ['bash', ['-c', '"$@"; rc=$?; times > "$SG_TIMES_FILE"; exit $rc', 'measure', command, ...args]];

  const started = process.hrtime.bigint();
  // Its own process group, so a timeout or an interrupted bench can end the tool and everything it started.
  const child = spawn(file, argv, {
    cwd,
    env: useGnuTime ? env : { ...env, SG_TIMES_FILE: timeFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const killGroup = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const onExit = () => {
    killGroup();
    rmSync(scratch, { recursive: true, force: true });
  };
  process.prependOnceListener('exit', onExit); // before run.mjs removes the workdir
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout = (stdout + d).slice(-200_000)));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-200_000)));

  let peakTreeKb = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const kb = await treeRssKb(child.pid, true);
      if (kb > peakTreeKb) peakTreeKb = kb;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();

  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, timeoutMs);
  const [exitCode, signal] = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, sig) => resolve([code, sig]));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearTimeout(killer);
  process.removeListener('exit', onExit);
  polling = false;
  await poller;

  const text = (await readText(timeFile)) ?? '';
  await rm(scratch, { recursive: true, force: true });
  const gnu = useGnuTime ? parseGnuTime(text) : undefined;
  const bash = useGnuTime ? undefined : parseBashTimes(text);
  const cpu = gnu ?? bash ?? { userMs: NaN, sysMs: NaN };
  const maxSingleRssKb = gnu?.maxRssKb;
  return {
    exitCode,
    signal,
    wallMs,
    userMs: cpu.userMs,
    sysMs: cpu.sysMs,
    cpuMs: cpu.userMs + cpu.sysMs,
    peakRssKb: Math.max(maxSingleRssKb ?? 0, peakTreeKb),
    maxSingleRssKb,
    treeRssKb: peakTreeKb,
    source: useGnuTime ? 'GNU time + /proc poll' : 'bash times + /proc poll',
    stdout,
    stderr,
    timedOut,
  };
}
