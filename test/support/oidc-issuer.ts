// GitHub Actions' OIDC on loopback: an HTTPS issuer (discovery document and JWKS, served with a certificate
// from its own CA, which the API server is given) and the runner's ID-token endpoint
// (ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN): a job's request token mints RS256 tokens
// carrying that job's claims, shaped as GitHub documents them (sub `repo:OWNER/REPO:environment:NAME` for a
// job bound to an environment, `repo:OWNER/REPO:ref:REF` otherwise, `pull_request` for pull request events).
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes, randomUUID, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the runner knows about one job: the claims GitHub puts into its ID tokens. */
export interface JobIdentity {
  repository: string;
  ref: string;
  eventName: string;
  environment?: string;
  /** `OWNER/REPO/.github/workflows/FILE@REF`, the workflow file the job is defined in. */
  jobWorkflowRef: string;
  sha?: string;
  runId?: number;
  actor?: string;
  /** Seconds from now until `exp`; negative mints a token that has already expired. Default 300. */
  lifetimeSeconds?: number;
}

export interface OidcIssuer {
  /** https://127.0.0.1:PORT — the `iss` of every token and the JWT authenticator's issuer URL. */
  url: string;
  /** PEM of the CA that signed the issuer's serving certificate. */
  caPem: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL (with its `api-version` query, as the runner sets it). */
  requestUrl: string;
  /** A job's ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken(job: JobIdentity): string;
  /** The claims of the tokens minted so far, oldest first. */
  minted: Record<string, unknown>[];
  close(): Promise<void>;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** A CA and a serving certificate for 127.0.0.1 signed by it, made with the openssl CLI. */
function servingCertificate(): { caPem: string; certPem: string; keyPem: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-oidc-ca-'));
  const run = (args: string[]) => {
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
  };
  try {
    run([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '1',
      '-subj',
      '/CN=test OIDC issuer CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign',
    ]);
    run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
    run([
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '1',
      '-extfile',
      'ext.cnf',
    ]);
    return {
      caPem: readFileSync(join(dir, 'ca.crt'), 'utf8'),
      certPem: readFileSync(join(dir, 'server.crt'), 'utf8'),
      keyPem: readFileSync(join(dir, 'server.key'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(claims));
  return `${head}.${body}.${b64url(sign('sha256', Buffer.from(`${head}.${body}`), key))}`;
}

/** The claims GitHub documents for a job's ID token ("About security hardening with OpenID Connect"). */
export function githubClaims(job: JobIdentity, issuer: string, audience: string, now = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  const [owner] = job.repository.split('/');
  const sub =
    job.eventName === 'pull_request' || job.eventName === 'pull_request_target'
      ? job.environment
        ? `repo:${job.repository}:environment:${job.environment}`
        : `repo:${job.repository}:pull_request`
      : job.environment
        ? `repo:${job.repository}:environment:${job.environment}`
        : `repo:${job.repository}:ref:${job.ref}`;
  const lifetime = job.lifetimeSeconds ?? 300;
  const iat = lifetime < 0 ? now + lifetime - 600 : now;
  return {
    jti: randomUUID(),
    sub,
    aud: audience,
    ref: job.ref,
    sha: job.sha ?? `${'c0ffee'.repeat(6)}c0ff`,
    repository: job.repository,
    repository_owner: owner,
    repository_visibility: 'public',
    run_id: String(job.runId ?? 9001),
    run_number: '7',
    run_attempt: '1',
    actor: job.actor ?? 'alice',
    workflow: 'rollout',
    event_name: job.eventName,
    ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    job_workflow_ref: job.jobWorkflowRef,
    ...(job.environment ? { environment: job.environment } : {}),
    runner_environment: 'github-hosted',
    iss: issuer,
    iat,
    nbf: iat,
    exp: now + lifetime,
  };
}

export async function startOidcIssuer(): Promise<OidcIssuer> {
  const { caPem, certPem, keyPem } = servingCertificate();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const kid = createHash('sha256').update(JSON.stringify(jwk)).digest('hex').slice(0, 16);
  let url = '';

  const issuer = createHttpsServer({ cert: certPem, key: keyPem }, (req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/.well-known/openid-configuration') {
      return json(200, {
        issuer: url,
        jwks_uri: `${url}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository', 'environment', 'event_name', 'job_workflow_ref'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    }
    if (req.url === '/.well-known/jwks') return json(200, { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] });
    json(404, { message: 'not found' });
  });
  url = `https://127.0.0.1:${await listen(issuer)}`;

  const jobs = new Map<string, JobIdentity>();
  const minted: Record<string, unknown>[] = [];
  const tokenService = createHttpServer((req, res) => {
    const fail = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message }));
    };
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || target.pathname !== '/idtoken') return fail(404, 'not found');
    if (target.searchParams.get('api-version') !== '2.0') return fail(400, 'api-version 2.0 expected');
    const auth = /^bearer (\S+)$/i.exec(req.headers.authorization ?? '');
    const job = auth ? jobs.get(auth[1]!) : undefined;
    if (!job) return fail(401, "the request token is not a running job's");
    const audience = target.searchParams.get('audience') ?? `https://github.com/${job.repository.split('/')[0]}`;
    const claims = githubClaims(job, url, audience);
    minted.push(claims);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: signJwt(claims, privateKey, kid) }));
  });
  const tokenPort = await listen(tokenService);

  return {
    url,
    caPem,
    requestUrl: `http://127.0.0.1:${tokenPort}/idtoken?api-version=2.0`,
    requestToken(job) {
      const token = randomBytes(24).toString('hex');
      jobs.set(token, job);
      return token;
    },
    minted,
    async close() {
      issuer.closeAllConnections();
      tokenService.closeAllConnections();
      await Promise.all([new Promise((r) => issuer.close(r)), new Promise((r) => tokenService.close(r))]);
    },
  };
}
