// The test cluster's own start-up: a port taken between its pick and its bind (another test file's server, or a
// loopback connection's source port) costs a retry, never a hung test file with an etcd left running.
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { freePort, runningServerProcesses } from '../support/server-processes.ts';
import { ensureBinaries, startCluster } from './support/cluster.ts';

ensureBinaries();

// What holds the port accepts connections and never answers, as another test's server might.
let taken: Server;
let takenPort: number;
const accepted = new Set<Socket>();
before(async () => {
  taken = createServer((socket) => accepted.add(socket));
  await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
  const address = taken.address();
  takenPort = typeof address === 'object' && address ? address.port : 0;
});
after(async () => {
  for (const socket of accepted) socket.destroy();
  await new Promise<void>((done) => taken.close(() => done()));
});

test('the API server loses the race for its port: the start is undone and retried, and the cluster answers', { timeout: 240_000 }, async () => {
  // Third pick of the first attempt = the API server's port, so etcd is already running when the bind fails.
  let picks = 0;
  const cluster = await startCluster({ pickPort: async () => (++picks === 3 ? takenPort : freePort()) });
  try {
    assert.ok(picks > 3, 'a second attempt picked new ports');
    assert.notEqual(new URL(cluster.server).port, String(takenPort));
    assert.equal(runningServerProcesses(), 2, 'only the started cluster runs: the first attempt stopped its etcd');
    const readyz = await fetch(`${cluster.server}/readyz`).catch((error: Error) => error);
    // Node's fetch does not trust the cluster's CA: reaching TLS at all shows something listens there.
    assert.ok(readyz instanceof Error && /certificate|self.signed/i.test(String(readyz.cause)), String(readyz));
  } finally {
    await cluster.stop();
  }
  assert.equal(runningServerProcesses(), 0);
});

test('a port that stays taken: the start fails naming the port, and leaves no process behind', { timeout: 240_000 }, async () => {
  let picks = 0;
  // The first pick of every attempt is etcd's client port.
  const pickPort = async () => (picks++ % 3 === 0 ? takenPort : freePort());
  await assert.rejects(startCluster({ pickPort }), (error: Error) => {
    assert.match(error.message, /^etcd exited with \d+/);
    assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${takenPort}.*address already in use`));
    return true;
  });
  assert.equal(picks, 15, 'five attempts of three ports each');
  assert.equal(runningServerProcesses(), 0);
});
