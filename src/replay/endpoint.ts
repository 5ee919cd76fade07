// How one side of the replay is reached: where, which protocol, credentials, limits.
import { UserError } from '../errors.ts';
import type { AuthConfig, ModelSurface, Protocol, ShadowSettings, SourceLocation } from '../types.ts';
import { defaultRetryPolicy, type AddressCheck, type RetryPolicy } from './transport.ts';

export interface Endpoint {
  /** `baseline`, `candidate`, `embeddings` … used in messages only. */
  label: string;
  protocol: Protocol;
  /** Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. */
  url: string;
  /** Model id (openai `model`, KServe model name). */
  model: string;
  /** KServe model version. */
  version?: string;
  auth?: AuthConfig;
  headers?: Record<string, string>;
  /** Per-attempt timeout. */
  timeoutMs: number;
  retries: RetryPolicy;
  /** KServe: which output tensor (and element) becomes `ModelOutput.value`. */
  kserveOutput?: { name: string; index?: number };
  /** http: JSON Pointer to the answer in the response body. */
  httpOutput?: string;
  /** openai: streamed calls (server-sent events). */
  stream?: boolean;
  /** Where the manifest sets the URL and `auth.env`, so errors found when the endpoint is used name file:line:col. */
  locations?: EndpointLocations;
  /** Judges each address a connection resolves to (see src/replay/egress.ts); none: any address. */
  checkAddress?: AddressCheck;
}

export interface EndpointLocations {
  url?: SourceLocation;
  auth?: SourceLocation;
}

export const defaultTimeoutMs = 60_000;

/** An Endpoint from a manifest's model surface and shadow settings. */
export function endpointFromSurface(label: string, model: ModelSurface, shadow: ShadowSettings, locations?: EndpointLocations): Endpoint {
  const retries: RetryPolicy = {
    max: shadow.retries?.max ?? defaultRetryPolicy.max,
    baseDelayMs: shadow.retries?.baseDelayMs ?? defaultRetryPolicy.baseDelayMs,
    maxDelayMs: shadow.retries?.maxDelayMs ?? defaultRetryPolicy.maxDelayMs,
  };
  return {
    label,
    protocol: model.protocol,
    url: model.endpoint,
    model: model.id,
    ...(model.version !== undefined ? { version: model.version } : {}),
    ...(model.auth ? { auth: model.auth } : {}),
    ...(model.headers ? { headers: model.headers } : {}),
    timeoutMs: shadow.timeoutMs ?? defaultTimeoutMs,
    retries,
    ...(model.kserve ? { kserveOutput: model.kserve.output } : {}),
    ...(model.http ? { httpOutput: model.http.output } : {}),
    ...(model.stream && model.protocol === 'openai' ? { stream: true } : {}),
    ...(locations ? { locations } : {}),
  };
}

/**
 * The headers every request to this endpoint carries, credential included. Throws a UserError
 * when the URL is unusable or the credential's env var is unset (naming the variable, never its
 * value), so a run fails before its first request.
 */
export function resolveHeaders(endpoint: Endpoint, env: Record<string, string | undefined> = process.env): Record<string, string> {
  checkEndpointUrl(endpoint);
  // Lower-case names so a manifest's `Content-Type` cannot duplicate the transport's own.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(endpoint.headers ?? {})) headers[name.toLowerCase()] = value;
  const auth = endpoint.auth;
  if (auth) {
    const secret = env[auth.env];
    if (secret === undefined || secret === '') {
      throw new UserError(
        `${endpoint.label}: environment variable ${auth.env} (credential for ${endpoint.url}) is not set`,
        endpoint.locations?.auth,
        `set ${auth.env} in the environment (in a workflow: env: ${auth.env}: \${{ secrets.${auth.env} }})`,
      );
    }
    const header = (auth.header ?? 'Authorization').toLowerCase();
    const scheme = auth.scheme ?? (header === 'authorization' ? 'Bearer' : '');
    headers[header] = scheme ? `${scheme} ${secret}` : secret;
  }
  return headers;
}

/** An endpoint URL must be absolute http(s); anything else is the user's to fix. */
export function checkEndpointUrl(endpoint: Pick<Endpoint, 'label' | 'url' | 'locations'>): void {
  const where = endpoint.locations?.url;
  let url: URL;
  try {
    url = new URL(endpoint.url);
  } catch {
    throw new UserError(`${endpoint.label}: endpoint "${endpoint.url}" is not a valid URL`, where, 'use an absolute URL such as https://host/v1');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`${endpoint.label}: endpoint must use http or https, got ${url.protocol}`, where);
  }
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
