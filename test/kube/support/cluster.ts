// A real etcd + kube-apiserver on loopback for the kube tests (what envtest does), authenticated by static
// tokens: an admin in system:masters and the restricted `shadowgate-ci` user bound by deploy/rbac/role.yaml;
// optionally also by a structured authentication configuration (a JWT authenticator).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Cluster {
  server: string;
  /** The API server's serving CA (PEM), what a kubeconfig's certificate-authority-data holds. */
  caPem: string;
  /** kubeconfig files (real ones, loaded through the same code path users take). */
  adminKubeconfig: string;
  restrictedKubeconfig: string;
  /** A user with no RoleBinding at all. */
  nobodyKubeconfig: string;
  restrictedUser: string;
  dir: string;
  stop(): Promise<void>;
}

export interface Binaries {
  apiserver: string;
  etcd: string;
}

let found: Binaries | undefined;

/**
 * Finds or builds the binaries through hack/kube/ensure-binaries.sh (honours KUBEBUILDER_ASSETS etc.).
 * Test files call it at top level, outside any hook timeout: on a fresh clone the build takes ~15 min.
 */
export function ensureBinaries(): Binaries {
  if (found) return found;
  const started = Date.now();
  const r = spawnSync(join(REPO, 'hack/kube/ensure-binaries.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(`hack/kube/ensure-binaries.sh failed (blocked: no real kube-apiserver):\n${r.stderr}`);
  }
  const lines = Object.fromEntries(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
  if (!lines.apiserver || !lines.etcd || !existsSync(lines.apiserver) || !existsSync(lines.etcd)) {
    throw new Error(`ensure-binaries.sh printed no usable paths:\n${r.stdout}\n${r.stderr}`);
  }
  if (Date.now() - started > 5000) process.stderr.write(`built kube binaries in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  found = { apiserver: lines.apiserver, etcd: lines.etcd };
  return found;
}

async function freePort(): Promise<number> {
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

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, child: ChildProcess, logFile: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${logFile().slice(-4000)}`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms:\n${logFile().slice(-4000)}`);
}

function httpsGet(url: string, token: string, ca: string | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolveGet, reject) => {
    const req = request(url, { headers: { authorization: `Bearer ${token}` }, ...(ca ? { ca } : { rejectUnauthorized: false }) }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

function kubeconfig(server: string, caPem: string, user: string, token: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'test', cluster: { server, 'certificate-authority-data': Buffer.from(caPem).toString('base64') } }],
    users: [{ name: user, user: { token } }],
    contexts: [{ name: 'test', context: { cluster: 'test', user } }],
    'current-context': 'test',
  });
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export interface ClusterOptions {
  /**
   * A structured authentication configuration (AuthenticationConfiguration, YAML or JSON) passed with
   * --authentication-config beside the static tokens, e.g. a JWT authenticator for GitHub's OIDC tokens.
   */
  authenticationConfig?: string;
}

export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const bins = ensureBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'sg-kube-'));
  const [etcdClient, etcdPeer, securePort] = await Promise.all([freePort(), freePort(), freePort()]);
  const logs = { etcd: '', apiserver: '' };

  const etcd = spawn(
    bins.etcd,
    [
      `--data-dir=${join(dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
      '--unsafe-no-fsync=true',
      '--log-level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(etcd);
  etcd.stdout!.on('data', (c: Buffer) => (logs.etcd = (logs.etcd + c.toString()).slice(-20000)));
  etcd.stderr!.on('data', (c: Buffer) => (logs.etcd = (logs.etcd + c.toString()).slice(-20000)));
  await waitFor(
    'etcd',
    async () => (await fetch(`http://127.0.0.1:${etcdClient}/health`)).ok,
    30_000,
    etcd,
    () => logs.etcd,
  );

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = join(dir, 'sa.key');
  await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const tokens = { admin: 'admin-token-0123456789', restricted: 'restricted-token-0123456789', nobody: 'nobody-token-0123456789' };
  const restrictedUser = 'shadowgate-ci';
  const tokenFile = join(dir, 'tokens.csv');
  await writeFile(
    tokenFile,
    `${[`${tokens.admin},admin,uid-admin,"system:masters"`, `${tokens.restricted},${restrictedUser},uid-ci`, `${tokens.nobody},nobody,uid-nobody`].join(
      '\n',
    )}\n`,
  );
  const authenticationConfigFile = join(dir, 'authentication.yaml');
  if (opts.authenticationConfig !== undefined) await writeFile(authenticationConfigFile, opts.authenticationConfig);
  const certDir = join(dir, 'certs');
  const server = `https://127.0.0.1:${securePort}`;
  const apiserver = spawn(
    bins.apiserver,
    [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      `--secure-port=${securePort}`,
      '--bind-address=127.0.0.1',
      `--cert-dir=${certDir}`,
      '--service-cluster-ip-range=10.0.0.0/24',
      '--authorization-mode=RBAC',
      `--token-auth-file=${tokenFile}`,
      ...(opts.authenticationConfig !== undefined ? [`--authentication-config=${authenticationConfigFile}`] : []),
      `--service-account-issuer=${server}/`,
      `--service-account-key-file=${keyFile}`,
      `--service-account-signing-key-file=${keyFile}`,
      '--disable-admission-plugins=ServiceAccount',
      '--allow-privileged=true',
      '--v=0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(apiserver);
  apiserver.stdout!.on('data', (c: Buffer) => (logs.apiserver = (logs.apiserver + c.toString()).slice(-40000)));
  apiserver.stderr!.on('data', (c: Buffer) => (logs.apiserver = (logs.apiserver + c.toString()).slice(-40000)));

  let ca: string | undefined;
  await waitFor(
    'kube-apiserver',
    async () => {
      ca ??= await readFile(join(certDir, 'apiserver.crt'), 'utf8').catch(() => undefined);
      if (!ca) return false;
      const r = await httpsGet(`${server}/readyz`, tokens.admin, ca);
      return r.status === 200;
    },
    120_000,
    apiserver,
    () => logs.apiserver,
  );

  const adminKubeconfig = join(dir, 'admin.kubeconfig');
  const restrictedKubeconfig = join(dir, 'restricted.kubeconfig');
  const nobodyKubeconfig = join(dir, 'nobody.kubeconfig');
  await writeFile(adminKubeconfig, kubeconfig(server, ca!, 'admin', tokens.admin));
  await writeFile(restrictedKubeconfig, kubeconfig(server, ca!, restrictedUser, tokens.restricted));
  await writeFile(nobodyKubeconfig, kubeconfig(server, ca!, 'nobody', tokens.nobody));

  const stopChild = (child: ChildProcess) =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return {
    server,
    caPem: ca!,
    adminKubeconfig,
    restrictedKubeconfig,
    nobodyKubeconfig,
    restrictedUser,
    dir,
    async stop() {
      await stopChild(apiserver);
      await stopChild(etcd);
      children.delete(apiserver);
      children.delete(etcd);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
