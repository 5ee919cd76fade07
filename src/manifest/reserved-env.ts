// Environment variables a manifest may never name as a credential: they belong to the CI runner or
// to the action itself (GitHub's runtime and OIDC tokens, the action's inputs), not to a model.
import { UserError } from '../errors.ts';
import type { Manifest, SourceLocation } from '../types.ts';

/** Prefixes of variables set by CI runners (GitHub Actions, GitLab, Buildkite, Azure Pipelines) and by shadowgate. */
export const reservedPrefixes = ['GITHUB_', 'ACTIONS_', 'RUNNER_', 'INPUT_', 'STATE_', 'GH_', 'SHADOWGATE_', 'CI_', 'BUILDKITE_', 'SYSTEM_'] as const;

/** Single names with the same standing: the CI flag, and tokens that tools on runners read. */
export const reservedNames = ['CI', 'NODE_AUTH_TOKEN', 'KUBECONFIG'] as const;

/**
 * Why `name` is reserved (the prefix or name it falls under), or undefined when a manifest may name it.
 * Case-insensitive: on Windows runners the environment is.
 */
export function reservedBecause(name: string): string | undefined {
  const upper = name.toUpperCase();
  const prefix = reservedPrefixes.find((p) => upper.startsWith(p));
  if (prefix) return `${prefix}*`;
  return reservedNames.find((n) => n === upper);
}

/** Every place a manifest names an environment variable whose value is sent. */
export function namedVariables(manifest: Manifest): Array<{ field: string[]; name: string }> {
  const named: Array<{ field: string[]; name: string }> = [];
  if (manifest.model.auth) named.push({ field: ['model', 'auth', 'env'], name: manifest.model.auth.env });
  const embeddings = manifest.shadow?.embeddings;
  if (embeddings?.auth) named.push({ field: ['shadow', 'embeddings', 'auth', 'env'], name: embeddings.auth.env });
  for (const role of ['judge', 'moderation'] as const) {
    const auth = manifest.shadow?.llm?.[role]?.auth;
    if (auth) named.push({ field: ['shadow', 'llm', role, 'auth', 'env'], name: auth.env });
  }
  return named;
}

/** Throws a UserError at the manifest line that names a reserved variable. */
export function checkReservedVariables(manifest: Manifest, locate: (field: string[]) => SourceLocation): void {
  for (const { field, name } of namedVariables(manifest)) {
    const because = reservedBecause(name);
    if (!because) continue;
    throw new UserError(
      `${field.join('.')} names ${name}, a variable of the CI runner or of the action (${because}): it is never sent as a credential`,
      locate(field),
      'store the model key as a secret of its own and name that variable, e.g. auth: { env: OPENAI_API_KEY }',
    );
  }
}

/**
 * Headers that choose which server behind the endpoint's address answers (virtual hosts, CDNs, proxies):
 * set by a manifest, they would carry a request and its credential past the declared host.
 */
export const routingHeaders = [
  'host',
  'forwarded',
  'x-forwarded-host',
  'x-forwarded-server',
  'x-original-host',
  'x-host',
  'x-original-url',
  'x-rewrite-url',
  'x-http-destinationurl',
] as const;

/** Throws a UserError at the manifest line of a header that would reroute requests. */
export function checkRoutingHeaders(manifest: Manifest, locate: (field: string[]) => SourceLocation): void {
  const named: Array<{ field: string[]; name: string }> = Object.keys(manifest.model.headers ?? {}).map((name) => ({
    field: ['model', 'headers', name],
    name,
  }));
  if (manifest.model.auth?.header) named.push({ field: ['model', 'auth', 'header'], name: manifest.model.auth.header });
  const embeddingsHeader = manifest.shadow?.embeddings?.auth?.header;
  if (embeddingsHeader) named.push({ field: ['shadow', 'embeddings', 'auth', 'header'], name: embeddingsHeader });
  for (const role of ['judge', 'moderation'] as const) {
    const header = manifest.shadow?.llm?.[role]?.auth?.header;
    if (header) named.push({ field: ['shadow', 'llm', role, 'auth', 'header'], name: header });
  }
  for (const { field, name } of named) {
    if (!(routingHeaders as readonly string[]).includes(name.toLowerCase())) continue;
    throw new UserError(
      `${field.join('.')}: the ${name} header chooses which server answers, so a manifest may not set it — requests go only to the endpoint's own host`,
      locate(field),
      'declare the host in the endpoint URL instead',
    );
  }
}
