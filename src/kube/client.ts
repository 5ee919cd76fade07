import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppsV1Api, CoordinationV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { UserError } from '../errors.ts';
import { KubeRefusal } from './refusal.ts';

/** The typed API groups shadowgate uses, built from one kubeconfig. */
export interface KubeClients {
  config: KubeConfig;
  core: CoreV1Api;
  apps: AppsV1Api;
  coordination: CoordinationV1Api;
  /** API server URL, for messages. */
  server: string;
}

export interface KubeConnectOptions {
  /** Path to a kubeconfig file; default: KUBECONFIG, ~/.kube/config, then in-cluster service account. */
  kubeconfig?: string;
  /** Context to use instead of the kubeconfig's current-context. */
  context?: string;
}

const NO_CLUSTER_HINT = 'set KUBECONFIG, write ~/.kube/config, or run inside a cluster';
const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * True when loadFromDefault would find no kubeconfig and no in-cluster token: it then silently falls back
 * to an unauthenticated http://localhost:8080, whose first call fails with an obscure TLS error.
 */
function noDefaultSource(env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform === 'win32' || env.KUBECONFIG) return false;
  if (env.HOME && existsSync(join(env.HOME, '.kube', 'config'))) return false;
  return !existsSync(SERVICE_ACCOUNT_TOKEN);
}

export function connect(opts: KubeConnectOptions = {}): KubeClients {
  const config = new KubeConfig();
  try {
    if (opts.kubeconfig) config.loadFromFile(opts.kubeconfig);
    else if (noDefaultSource())
      throw new UserError('no Kubernetes cluster configured: no KUBECONFIG, no ~/.kube/config and no in-cluster service account', undefined, NO_CLUSTER_HINT);
    else config.loadFromDefault();
    if (opts.context) {
      if (!config.getContextObject(opts.context)) {
        throw new UserError(`kubeconfig has no context "${opts.context}"`, opts.kubeconfig ? { file: opts.kubeconfig } : undefined);
      }
      config.setCurrentContext(opts.context);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot load kubeconfig: ${(e as Error).message}`, opts.kubeconfig ? { file: opts.kubeconfig } : undefined);
  }
  const cluster = config.getCurrentCluster();
  if (!cluster) {
    throw new UserError('no Kubernetes cluster configured', undefined, NO_CLUSTER_HINT);
  }
  return {
    config,
    core: config.makeApiClient(CoreV1Api),
    apps: config.makeApiClient(AppsV1Api),
    coordination: config.makeApiClient(CoordinationV1Api),
    server: cluster.server,
  };
}

/** HTTP status of a failed API call, or undefined for network-level failures. */
export function statusOf(e: unknown): number | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** The API server's own message (Status.message) for a failed call. */
export function messageOf(e: unknown): string {
  const body = (e as { body?: unknown } | null)?.body;
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return body.slice(0, 300);
    }
  }
  const message = (parsed as { message?: unknown } | null)?.message;
  if (typeof message === 'string') return message;
  return (e as Error)?.message?.split('\n')[0] ?? String(e);
}

const RBAC_HINT = 'grant the Role in deploy/rbac/role.yaml to this identity (kubectl apply -n <namespace> -f deploy/rbac/role.yaml)';

/**
 * Turns API failures a user can fix (auth, RBAC, missing objects, unreachable server) into UserErrors naming
 * the action; anything else is rethrown untouched.
 */
export function explain(e: unknown, action: string, clients?: KubeClients): never {
  if (e instanceof UserError) throw e;
  const status = statusOf(e);
  if (status === 401)
    throw new KubeRefusal(
      'permission',
      `${action}: the API server rejected the credentials (401 Unauthorized)`,
      undefined,
      'check the kubeconfig token or certificate',
    );
  if (status === 403) throw new KubeRefusal('permission', `${action}: permission denied — ${messageOf(e)}`, undefined, RBAC_HINT);
  if (status === 404) throw new UserError(`${action}: not found — ${messageOf(e)}`);
  const cause = (e as { cause?: { code?: string } } | null)?.cause;
  const code = (e as { code?: unknown } | null)?.code ?? cause?.code;
  if (typeof code === 'string' && /^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|UND_ERR)/.test(code)) {
    throw new KubeRefusal('unreachable', `${action}: cannot reach the Kubernetes API${clients ? ` at ${clients.server}` : ''} (${code})`);
  }
  if ((e as Error)?.name === 'FetchError' || /fetch failed|ECONNREFUSED/.test((e as Error)?.message ?? '')) {
    throw new KubeRefusal('unreachable', `${action}: cannot reach the Kubernetes API${clients ? ` at ${clients.server}` : ''} (${(e as Error).message})`);
  }
  throw e;
}

function retryable(e: unknown): boolean {
  const status = statusOf(e);
  if (status === undefined) return !(e instanceof UserError); // network blip
  return status === 429 || status >= 500;
}

/**
 * Runs an idempotent API call (reads, or writes guarded by resourceVersion), retrying 429/5xx/network
 * failures with a short backoff, and explains what a user can fix.
 */
export async function call<T>(action: string, fn: () => Promise<T>, opts: { attempts?: number; clients?: KubeClients } = {}): Promise<T> {
  const attempts = opts.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !retryable(e)) explain(e, action, opts.clients);
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  }
}
