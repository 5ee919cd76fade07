// The templates' cluster-credential step against a real JWT authenticator: the kube-apiserver started with
// the shipped deploy/auth/github-actions-authentication.yaml (its issuer pointed at a loopback HTTPS issuer
// whose CA it is given), the shipped Role and deploy/rbac/github-actions-bindings.yaml applied, and the
// step's own script run as the runner runs it, with ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN served by a
// loopback stand-in minting tokens with GitHub's claims. What a job can then do is asked of the API server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  ApiException,
  AuthenticationV1Api,
  AuthorizationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
  type V1RoleBinding,
} from '@kubernetes/client-node';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { connect } from '../../src/kube/client.ts';
import { REPO, type Cluster } from '../kube/support/cluster.ts';
import { type AdminClients, useKubeCluster } from '../kube/support/use-kube-cluster.ts';
import { applyShippedRole, blueGreen, freshNamespace } from '../kube/support/fixtures.ts';
import { writeManifest } from './manifest.ts';
import { startOidcIssuer, type JobIdentity, type OidcIssuer } from '../support/oidc-issuer.ts';
import { interpolate } from './runner.ts';

const REPOSITORY = 'acme/chat';
const ROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
const STEP = "Cluster credentials from GitHub's OIDC token";

let issuer: OidcIssuer;
let cluster: Cluster;
let namespace: string;
let admin: AdminClients;
/** A repository whose manifest deploys to the namespace (blue live, green idle). */
let repoDir: string;

/** The shipped authenticator configuration for acme/chat, its issuer replaced by the loopback one. */
function authenticationConfig(): string {
  const config = parse(readFileSync(join(REPO, 'deploy/auth/github-actions-authentication.yaml'), 'utf8').replaceAll('OWNER/REPO', REPOSITORY)) as {
    jwt: Array<{ issuer: Record<string, unknown> }>;
  };
  assert.equal(config.jwt[0]!.issuer.url, 'https://token.actions.githubusercontent.com', "the example trusts GitHub's issuer");
  config.jwt[0]!.issuer.url = issuer.url;
  config.jwt[0]!.issuer.certificateAuthority = issuer.caPem;
  return stringify(config);
}

useKubeCluster(
  {
    crds: { gatewayApi: true },
    clusterOptions: async () => {
      issuer = await startOidcIssuer();
      return { authenticationConfig: authenticationConfig() };
    },
    timeoutMs: 300_000,
  },
  async (kube) => {
    ({ cluster, admin } = kube);
    namespace = await freshNamespace(admin, 'oidc');
    await applyShippedRole(admin, namespace);
    for (const doc of parseAllDocuments(readFileSync(join(REPO, 'deploy/rbac/github-actions-bindings.yaml'), 'utf8').replaceAll('OWNER/REPO', REPOSITORY))) {
      await admin.rbac.createNamespacedRoleBinding({ namespace, body: doc.toJS() as V1RoleBinding });
    }
    await admin.config.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
      ...ROUTE,
      namespace,
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'chat' },
        spec: {
          parentRefs: [{ name: 'public' }],
          rules: [
            {
              backendRefs: [
                { name: 'chat-blue', port: 80, weight: 100 },
                { name: 'chat-green', port: 80, weight: 0 },
              ],
            },
          ],
        },
      },
    });
    await admin.core.createNamespacedSecret({ namespace, body: { metadata: { name: 'model-api-key' }, stringData: { key: 'not for the rollout' } } });
    repoDir = writeManifest((await blueGreen(admin, namespace)).deploy);
  },
);

after(async () => {
  await issuer?.close();
});

/** A child process, asynchronously: the ID-token endpoint answers from this process. */
function run(command: string, args: string[], env: Record<string, string | undefined>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

type Step = { name?: string; env?: Record<string, string>; run?: string };
type Workflow = { on: Record<string, any>; jobs: Record<string, { steps?: Step[] }> };

/**
 * Runs a template job's credential step as the runner does (bash -eo pipefail, the step's env evaluated,
 * RUNNER_TEMP, GITHUB_ENV, the ID-token request variables) and returns the KUBECONFIG it exported.
 */
interface Credentials {
  kubeconfig: string;
  dir: string;
  /** The job's environment the exec plugin runs with (inside the action's process, later steps). */
  env: Record<string, string>;
}

async function credentialStep(file: string, jobName: string, job: JobIdentity): Promise<Credentials> {
  const wf = parse(readFileSync(join(REPO, 'workflows', file), 'utf8')) as Workflow;
  const step = wf.jobs[jobName]?.steps?.find((s) => s.name === STEP);
  assert.ok(step?.run, `${file}: job ${jobName} has the step "${STEP}"`);
  const inputs = Object.fromEntries(
    Object.entries((wf.on.workflow_call?.inputs ?? {}) as Record<string, { default?: unknown }>).map(([k, v]) => [k, v.default]),
  );
  const ctx = { secrets: { KUBE_SERVER: cluster.server, KUBE_CA: Buffer.from(cluster.caPem).toString('base64') }, inputs };
  const dir = mkdtempSync(join(tmpdir(), 'sg-runner-'));
  const script = join(dir, 'step.sh');
  writeFileSync(script, step.run);
  writeFileSync(join(dir, 'github_env'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ENV: join(dir, 'github_env'),
    ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken(job),
  };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = String(interpolate(v, ctx));
  const r = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], env);
  assert.equal(r.status, 0, r.stderr);
  const exported = /^KUBECONFIG=(.+)$/m.exec(readFileSync(join(dir, 'github_env'), 'utf8'));
  assert.ok(exported, 'the step exports KUBECONFIG through GITHUB_ENV');
  return {
    kubeconfig: exported[1]!,
    dir,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: env.ACTIONS_ID_TOKEN_REQUEST_URL!, ACTIONS_ID_TOKEN_REQUEST_TOKEN: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN! },
  };
}

/** The product's own client for the exported kubeconfig; its exec plugin inherits this process's environment. */
function as(creds: Credentials) {
  Object.assign(process.env, creds.env);
  return connect({ kubeconfig: creds.kubeconfig }).config;
}

const rungJob = (environment: string, over: Partial<JobIdentity> = {}): JobIdentity => ({
  repository: REPOSITORY,
  ref: 'refs/heads/main',
  eventName: 'push',
  environment,
  jobWorkflowRef: `${REPOSITORY}/.github/workflows/rollout-rung.yml@refs/heads/main`,
  ...over,
});

/** Who the API server says the job is, or the HTTP status it refused the job with. */
async function whoAmI(creds: Credentials): Promise<string | number> {
  const api = as(creds).makeApiClient(AuthenticationV1Api);
  try {
    const r = await api.createSelfSubjectReview({ body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' } });
    return r.status?.userInfo?.username ?? '';
  } catch (e) {
    if (e instanceof ApiException) return e.code;
    throw e;
  }
}

/** `group/resource:verb` for every permission the identity has in the namespace. */
async function permissions(creds: Credentials): Promise<Set<string>> {
  const api = as(creds).makeApiClient(AuthorizationV1Api);
  const r = await api.createSelfSubjectRulesReview({ body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } } });
  const out = new Set<string>();
  for (const rule of r.status?.resourceRules ?? []) {
    for (const g of rule.apiGroups ?? ['']) for (const res of rule.resources ?? []) for (const v of rule.verbs) out.add(`${g}/${res}:${v}`);
  }
  return out;
}

function shippedRole(): Set<string> {
  const role = parseAllDocuments(readFileSync(join(REPO, 'deploy/rbac/role.yaml'), 'utf8'))
    .map((d) => d.toJS())
    .find((d: { kind: string }) => d.kind === 'Role') as { rules: Array<{ apiGroups: string[]; resources: string[]; verbs: string[] }> };
  const out = new Set<string>();
  for (const rule of role.rules) for (const g of rule.apiGroups) for (const res of rule.resources) for (const v of rule.verbs) out.add(`${g}/${res}:${v}`);
  return out;
}

async function status(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (e) {
    if (e instanceof ApiException) return e.code;
    throw e;
  }
}

async function patchRoute(creds: Credentials, canary: number): Promise<number> {
  const custom = as(creds).makeApiClient(CustomObjectsApi);
  return status(() =>
    custom.patchNamespacedCustomObject(
      {
        ...ROUTE,
        namespace,
        name: 'chat',
        body: {
          spec: {
            rules: [
              {
                backendRefs: [
                  { name: 'chat-blue', port: 80, weight: 100 - canary },
                  { name: 'chat-green', port: 80, weight: canary },
                ],
              },
            ],
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    ),
  );
}

async function readSecret(creds: Credentials): Promise<number> {
  const core = as(creds).makeApiClient(CoreV1Api);
  return status(() => core.readNamespacedSecret({ namespace, name: 'model-api-key' }));
}

describe("cluster credentials from GitHub's OIDC token", { timeout: 120_000 }, () => {
  let baseline: Set<string>;
  before(async () => {
    // A job of the repository bound to an environment no binding names: authenticated, nothing granted.
    baseline = await permissions(await credentialStep('rollout-rung.yml', 'rung', rungJob('chat-staging')));
  });

  test('a rung job for chat-canary-5 gets exactly the shipped Role: it patches the route and cannot read Secrets', async () => {
    const minted = issuer.minted.length;
    const creds = await credentialStep('rollout-rung.yml', 'rung', rungJob('chat-canary-5'));
    assert.equal(await whoAmI(creds), 'github:repo:acme/chat:environment:chat-canary-5');
    const granted = [...(await permissions(creds))].filter((p) => !baseline.has(p)).sort();
    assert.deepEqual(granted, [...shippedRole()].sort());
    assert.equal(await patchRoute(creds, 5), 200);
    const route = (await admin.config.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({ ...ROUTE, namespace, name: 'chat' })) as {
      spec: { rules: Array<{ backendRefs: Array<{ name: string; weight: number }> }> };
    };
    assert.deepEqual(
      route.spec.rules[0]!.backendRefs.map((b) => [b.name, b.weight]),
      [
        ['chat-blue', 95],
        ['chat-green', 5],
      ],
    );
    assert.equal(await readSecret(creds), 403);
    // The token came from the runner's endpoint with the template's audience.
    const claims = issuer.minted.slice(minted);
    assert.ok(claims.length >= 1);
    assert.ok(claims.every((c) => c.aud === 'kubernetes' && c.sub === 'repo:acme/chat:environment:chat-canary-5'));
  });

  test('the exec credential expires with its token, so a long bake logs in again', async () => {
    const { dir, env } = await credentialStep('rollout-rung.yml', 'rung', rungJob('chat-canary-10'));
    const before = issuer.minted.length;
    const r = await run(join(dir, 'oidc-token.sh'), [], { ...process.env, ...env, KUBE_AUDIENCE: 'kubernetes' });
    assert.equal(r.status, 0, r.stderr);
    const credential = JSON.parse(r.stdout) as { status: { token: string; expirationTimestamp: string } };
    const exp = issuer.minted.at(-1)!.exp as number;
    assert.equal(issuer.minted.length, before + 1);
    assert.equal(Date.parse(credential.status.expirationTimestamp) / 1000, exp - 60);
  });

  test('the abort job and the rollback workflow (no environment) get the Role by their workflow file on main', async () => {
    const abort = await credentialStep('rollout.yml', 'abort', {
      repository: REPOSITORY,
      ref: 'refs/heads/main',
      eventName: 'push',
      jobWorkflowRef: `${REPOSITORY}/.github/workflows/rollout.yml@refs/heads/main`,
    });
    assert.equal(await whoAmI(abort), 'github:acme/chat/.github/workflows/rollout.yml@refs/heads/main');
    assert.equal(await patchRoute(abort, 0), 200);
    const rollback = await credentialStep('rollback.yml', 'rollback', {
      repository: REPOSITORY,
      ref: 'refs/heads/main',
      eventName: 'workflow_dispatch',
      jobWorkflowRef: `${REPOSITORY}/.github/workflows/rollback.yml@refs/heads/main`,
    });
    assert.equal(await patchRoute(rollback, 0), 200);
    assert.equal(await readSecret(rollback), 403);
    // Any other workflow of the repository on main: authenticated, nothing granted.
    const other = await credentialStep('rollback.yml', 'rollback', {
      repository: REPOSITORY,
      ref: 'refs/heads/main',
      eventName: 'workflow_dispatch',
      jobWorkflowRef: `${REPOSITORY}/.github/workflows/nightly.yml@refs/heads/main`,
    });
    assert.equal(await patchRoute(other, 50), 403);
  });

  test('the product, in its own process, logs in through the exported kubeconfig; a refused job gets one clear error', async () => {
    const cli = (creds: Credentials) =>
      run(process.execPath, [join(REPO, 'src', 'cli.ts'), 'status', '--manifest', join(repoDir, 'shadowgate.yaml')], {
        ...process.env,
        ...creds.env,
        KUBECONFIG: creds.kubeconfig,
      });
    const ok = await cli(
      await credentialStep('rollback.yml', 'rollback', {
        repository: REPOSITORY,
        ref: 'refs/heads/main',
        eventName: 'workflow_dispatch',
        jobWorkflowRef: `${REPOSITORY}/.github/workflows/rollback.yml@refs/heads/main`,
      }),
    );
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as { live: string }).live, 'blue');
    const refused = await cli(
      await credentialStep('rollout-rung.yml', 'rung', rungJob('chat-canary-5', { eventName: 'pull_request', ref: 'refs/pull/42/merge' })),
    );
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /^error: read Service oidc-[\w-]+\/chat: the API server rejected the credentials \(401 Unauthorized\)$/m);
    assert.notEqual(refused.status, 0);
  });

  test('refused: another environment, another repository, a branch, an expired token, a pull request event', async () => {
    const otherEnvironment = await credentialStep('rollout-rung.yml', 'rung', rungJob('chat-staging'));
    assert.equal(await whoAmI(otherEnvironment), 'github:repo:acme/chat:environment:chat-staging');
    assert.equal(await patchRoute(otherEnvironment, 50), 403);
    const otherService = await credentialStep('rollout-rung.yml', 'rung', rungJob('search-canary-5'));
    assert.equal(await patchRoute(otherService, 50), 403);

    const refused: Array<[string, JobIdentity]> = [
      ['another repository', rungJob('chat-canary-5', { repository: 'acme/fork-of-chat' })],
      ['a branch other than main', rungJob('chat-canary-5', { ref: 'refs/heads/feature', eventName: 'workflow_dispatch' })],
      ['an expired token', rungJob('chat-canary-5', { lifetimeSeconds: -120 })],
      ['a pull request event', rungJob('chat-canary-5', { eventName: 'pull_request', ref: 'refs/pull/42/merge' })],
      ['a pull_request_target event', rungJob('chat-canary-5', { eventName: 'pull_request_target' })],
    ];
    for (const [what, job] of refused) {
      const creds = await credentialStep('rollout-rung.yml', 'rung', job);
      assert.equal(await whoAmI(creds), 401, what);
      assert.equal(await patchRoute(creds, 50), 401, what);
    }
    const route = (await admin.config.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({ ...ROUTE, namespace, name: 'chat' })) as {
      spec: { rules: Array<{ backendRefs: Array<{ weight: number }> }> };
    };
    assert.notEqual(route.spec.rules[0]!.backendRefs[1]!.weight, 50, 'no refused job moved the weight');
  });
});
