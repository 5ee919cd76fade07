// A real etcd + kube-apiserver on loopback for the kube tests (what envtest does), authenticated by static
// tokens: an admin in system:masters and the restricted `shadowgate-ci` user bound by deploy/rbac/role.yaml;
// optionally also by a structured authentication configuration (a JWT authenticator).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, retryWhilePortTaken, stopProcess, track, waitUntilReady } from '../../support/server-processes.ts';

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

async function distinctPorts(count: number, pickPort: () => Promise<number>): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await pickPort());
  return [...ports];
}

export interface ClusterOptions {
  /** Picks each port the parts listen on (default: one the kernel reports free); the retry's own test replaces it. */
  pickPort?: () => Promise<number>;
  /**
   * A structured authentication configuration (AuthenticationConfiguration, YAML or JSON) passed with
   * --authentication-config beside the static tokens, e.g. a JWT authenticator for GitHub's OIDC tokens.
   */
  authenticationConfig?: string;
}

/**
 * Starts etcd and the API server. A port picked free can be taken before the part binds it (by another test
 * file's server, or as the source port of a loopback connection): such a start is undone and retried whole
 * with new ports. Any failed start stops what it started and removes its directory, so a failing before()
 * never leaves a process that keeps the test file from ending.
 */
export function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  return retryWhilePortTaken('kube test cluster', () => startClusterOnce(opts));
}

async function startClusterOnce(opts: ClusterOptions): Promise<Cluster> {
  const bins = ensureBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'sg-kube-'));
  const started: ChildProcess[] = [];
  try {
    return await launch(opts, bins, dir, started);
  } catch (error) {
    for (const child of started.reverse()) await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function launch(opts: ClusterOptions, bins: Binaries, dir: string, started: ChildProcess[]): Promise<Cluster> {
  const [etcdClient, etcdPeer, securePort] = await distinctPorts(3, opts.pickPort ?? freePort);
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
  track(etcd);
  started.push(etcd);
  etcd.stdout!.on('data', (c: Buffer) => (logs.etcd = (logs.etcd + c.toString()).slice(-20000)));
  etcd.stderr!.on('data', (c: Buffer) => (logs.etcd = (logs.etcd + c.toString()).slice(-20000)));
  await waitUntilReady(
    'etcd',
    // Bounded: whatever else took the port may accept the connection and never answer.
    async () => {
      const r = await fetch(`http://127.0.0.1:${etcdClient}/health`, { signal: AbortSignal.timeout(2000) });
      return r.ok || `HTTP ${r.status}`;
    },
    30_000,
    [{ name: 'etcd', child: etcd, log: () => logs.etcd }],
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
  track(apiserver);
  started.push(apiserver);
  apiserver.stdout!.on('data', (c: Buffer) => (logs.apiserver = (logs.apiserver + c.toString()).slice(-40000)));
  apiserver.stderr!.on('data', (c: Buffer) => (logs.apiserver = (logs.apiserver + c.toString()).slice(-40000)));

  let ca: string | undefined;
  await waitUntilReady(
    'kube-apiserver',
    async () => {
      // Read afresh each time until a probe succeeds with it: a read while the API server is still writing
      // the certificate gets an empty or cut file, which would fail every later probe if it were kept.
      const pem = await readFile(join(certDir, 'apiserver.crt'), 'utf8').catch(() => '');
      if (!pem.includes('-----END CERTIFICATE-----')) return 'no serving certificate yet';
      const r = await httpsGet(`${server}/readyz`, tokens.admin, pem);
      if (r.status !== 200) return `readyz: HTTP ${r.status} ${r.body.slice(-500)}`;
      ca = pem;
      return true;
    },
    120_000,
    [
      { name: 'etcd', child: etcd, log: () => logs.etcd },
      { name: 'kube-apiserver', child: apiserver, log: () => logs.apiserver },
    ],
  );

  const adminKubeconfig = join(dir, 'admin.kubeconfig');
  const restrictedKubeconfig = join(dir, 'restricted.kubeconfig');
  const nobodyKubeconfig = join(dir, 'nobody.kubeconfig');
  await writeFile(adminKubeconfig, kubeconfig(server, ca!, 'admin', tokens.admin));
  await writeFile(restrictedKubeconfig, kubeconfig(server, ca!, restrictedUser, tokens.restricted));
  await writeFile(nobodyKubeconfig, kubeconfig(server, ca!, 'nobody', tokens.nobody));

  return {
    server,
    caPem: ca!,
    adminKubeconfig,
    restrictedKubeconfig,
    nobodyKubeconfig,
    restrictedUser,
    dir,
    async stop() {
      await stopProcess(apiserver);
      await stopProcess(etcd);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
