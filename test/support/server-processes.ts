// Long-running server processes a test file starts (etcd, kube-apiserver, prometheus): tracked so a stop waits
// for the exit, and killed when the test process exits, whatever state its hooks left them in; with the port
// pick, the retry of a start that lost its port, and the readiness wait they share.
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function track(child: ChildProcess): ChildProcess {
  running.add(child);
  return child;
}

/** The tracked processes not yet seen to exit. */
export function runningServerProcesses(): number {
  return running.size;
}

/** SIGTERM, SIGKILL after 5 s; resolves once the process has exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise<void>((done) => {
    const finish = () => {
      running.delete(child);
      done();
    };
    if (child.exitCode !== null || child.signalCode !== null) return finish();
    child.once('exit', finish);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** A loopback port free at the moment of asking; whoever binds it later may lose a race (callers retry). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** A start that lost the race for a port it picked: another process bound it between the pick and the listen. */
const PORT_TAKEN = /address already in use/i;

/**
 * Runs `start` again (up to 5 times) while it fails because a port it picked free was taken before its server
 * bound it. `start` must undo what it started before it throws.
 */
export async function retryWhilePortTaken<T>(name: string, start: () => Promise<T>): Promise<T> {
  const attempts = 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts || !PORT_TAKEN.test(String((error as Error).message))) throw error;
      process.stderr.write(`${name}: a port was taken before it was bound (attempt ${attempt} of ${attempts}), starting again\n`);
    }
  }
}

/**
 * Polls `probe` every 200 ms until it returns true (a string says why not yet). Every process in `watched` must
 * stay up meanwhile: one that exits ends the wait with its log (e.g. a port it could not bind).
 */
export async function waitUntilReady(
  what: string,
  probe: () => Promise<true | string>,
  timeoutMs: number,
  watched: { name: string; child: ChildProcess; log: () => string }[],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProbe = 'never probed';
  while (Date.now() < deadline) {
    for (const part of watched) {
      if (part.child.exitCode !== null) throw new Error(`${part.name} exited with ${part.child.exitCode}:\n${part.log().slice(-4000)}`);
    }
    const outcome = await probe().catch((error: Error) => `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}`);
    if (outcome === true) return;
    lastProbe = outcome;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms; last probe: ${lastProbe}\n${watched.map((part) => part.log().slice(-4000)).join('\n')}`);
}
