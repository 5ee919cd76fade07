// Long-running server processes a test file starts (etcd, kube-apiserver, prometheus): tracked so a stop waits
// for the exit, and killed when the test process exits, whatever state its hooks left them in.
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
