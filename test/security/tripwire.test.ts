// The tripwire itself: a preloaded process trying to reach a metadata address, a name resolving to a
// private address, or an unknown name (by node:http, node:https, node:net and fetch) is stopped and recorded, while
// loopback still works. Without this, the attack tests could pass because the guard never fired.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { tripwire } from './guarded-run.ts';

let server: http.Server;
let port: number;
let hits = 0;
before(async () => {
  server = http.createServer((_req, res) => {
    hits++;
    res.end('ok');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
after(() => new Promise<void>((done) => server.close(() => done())));

const script = `
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
const get = (url) => new Promise((done) => http.get(url, (res) => { res.resume(); done('answered ' + res.statusCode); }).on('error', (e) => done(e.code)));
const fetched = (url) => fetch(url).then((r) => 'answered ' + r.status, (e) => (e.cause && e.cause.code) || e.message);
const secure = (url) => new Promise((done) => https.get(url, (res) => { res.resume(); done('answered ' + res.statusCode); }).on('error', (e) => done(e.code)));
const raw = (host, port) => new Promise((done) => net.connect({ host, port }).on('connect', () => done('connected')).on('error', (e) => done(e.code)));
const port = process.env.PORT;
const results = [
  await get('http://169.254.169.254/latest/meta-data/'),
  await get('http://[fd00:ec2::254]/latest/meta-data/'),
  await get('http://internal.sg.test:' + port + '/'),
  await get('http://unknown.sg.test/'),
  await fetched('http://169.254.169.254/latest/meta-data/'),
  await get('http://127.0.0.1:' + port + '/'),
  await get('http://localhost:' + port + '/'),
  await fetched('http://rebind.sg.test:' + port + '/'),
  await fetched('http://rebind.sg.test:' + port + '/'),
  await secure('https://169.254.169.254/latest/meta-data/'),
  await raw('10.0.0.1', 80),
];
console.log(JSON.stringify(results));
`;

test('non-loopback attempts are stopped and recorded; loopback answers', async () => {
  const wire = tripwire({ 'internal.sg.test': ['10.0.0.1'], 'rebind.sg.test': ['127.0.0.1', '169.254.169.254'] });
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...wire.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise((done) => child.on('close', done));
  assert.equal(code, 0, stderr);
  const results = JSON.parse(stdout) as string[];
  assert.deepEqual(results, [
    'ETRIPWIRE',
    'ETRIPWIRE',
    'ETRIPWIRE',
    'ENOTFOUND',
    'ETRIPWIRE',
    'answered 200',
    'answered 200',
    'answered 200',
    'ETRIPWIRE',
    'ETRIPWIRE',
    'ETRIPWIRE',
  ]);
  assert.deepEqual(wire.trips(), [
    'connect 169.254.169.254:80',
    'connect fd00:ec2::254:80',
    `connect internal.sg.test → 10.0.0.1:${port}`,
    'dns unknown.sg.test',
    'connect 169.254.169.254:80',
    `connect rebind.sg.test → 169.254.169.254:${port}`,
    'connect 169.254.169.254:443',
    'connect 10.0.0.1:80',
  ]);
  assert.equal(hits, 3, 'only the loopback requests reached the server');
});
