// Where a run may send requests, recorded data and credentials. The candidate manifest comes from the
// pull request, so it may change what is asked (model, prompt, tools, context) but not where it goes:
// every destination must be declared outside the pull request — by the base branch's manifest or by
// the workflow (endpoint overrides, `allowed-endpoints`) — and a credential goes only where the base
// branch sends it, unless the workflow names the host itself. Addresses are judged after DNS
// resolution, on every connection: link-local and cloud metadata addresses are refused unless the
// workflow names that very address.
import dns from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { UserError } from '../errors.ts';
import type { EndpointChange, ResolvedSide, SourceLocation } from '../types.ts';
import type { AddressCheck } from './transport.ts';

// ───────────────────────────── addresses ─────────────────────────────

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'metadata' | 'unspecified' | 'multicast' | 'reserved';

function blockList(v4: string[], v6: string[]): BlockList {
  const list = new BlockList();
  const add = (cidr: string, type: 'ipv4' | 'ipv6') => {
    const [net, bits] = cidr.split('/') as [string, string | undefined];
    if (bits === undefined) list.addAddress(net, type);
    else list.addSubnet(net, Number(bits), type);
  };
  for (const c of v4) add(c, 'ipv4');
  for (const c of v6) add(c, 'ipv6');
  return list;
}

/** Checked in this order; the first match names the class. */
const ranges: Array<[AddressClass, BlockList]> = [
  // Instance metadata and host services of clouds: AWS/GCP/Azure/OpenStack (also ECS task metadata),
  // AWS over IPv6, Alibaba Cloud, Azure's WireServer.
  ['metadata', blockList(['169.254.169.254', '169.254.170.2', '169.254.169.253', '100.100.100.200', '168.63.129.16'], ['fd00:ec2::254', 'fd00:ec2::23'])],
  ['unspecified', blockList(['0.0.0.0/8'], ['::/128'])],
  ['loopback', blockList(['127.0.0.0/8'], ['::1/128'])],
  ['link-local', blockList(['169.254.0.0/16'], ['fe80::/10'])],
  ['private', blockList(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'], ['fc00::/7', 'fec0::/10'])],
  ['multicast', blockList(['224.0.0.0/4'], ['ff00::/8'])],
  ['reserved', blockList(['240.0.0.0/4', '192.0.0.0/24', '198.18.0.0/15'], ['100::/64', '2001:db8::/32'])],
];

/** IPv6 forms that carry an IPv4 address (mapped, NAT64): judged as that IPv4 address. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const high = parseInt(hex[1] as string, 16);
    const low = parseInt(hex[2] as string, 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return undefined;
}

/** The class of an IP address (v4 or v6, brackets allowed); 'reserved' for anything that is not one. */
export function classifyAddress(address: string): AddressClass {
  let ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = isIP(ip) === 6 ? embeddedIpv4(ip) : undefined;
  if (v4) ip = v4;
  const family = isIP(ip);
  if (family === 0) return 'reserved';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [cls, list] of ranges) if (list.check(ip, type)) return cls;
  return 'public';
}

/** Classes a declared destination may reach without the workflow naming the address itself. */
const reachable: ReadonlySet<AddressClass> = new Set(['public', 'loopback', 'private']);

function normalIp(address: string): string {
  const ip = address.replace(/^\[|\]$/g, '');
  const v4 = isIP(ip) === 6 ? embeddedIpv4(ip) : undefined;
  if (v4) return v4;
  // One spelling per IPv6 address, so `fd00:ec2:0::254` and `fd00:ec2::254` compare equal.
  return isIP(ip) === 6 ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;
}

// ───────────────────────────── allowed endpoints ─────────────────────────────

/** One entry of `allowed-endpoints`: an origin (`https://host:port`), a host (`host`, `host:port`) or `*.domain`. */
export interface AllowedEndpoint {
  text: string;
  protocol?: 'http:' | 'https:';
  /** Lower-case host name or IP (IPv6 without brackets); for a wildcard, the domain after `*.`. */
  host: string;
  wildcard: boolean;
  port?: string;
}

/** Splits an input or option value: entries separated by commas, spaces or new lines. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((s) => s !== '');
}

export function parseAllowedEndpoints(entries: readonly string[], source = 'allowed-endpoints'): AllowedEndpoint[] {
  return entries.map((text) => {
    const bad = () =>
      new UserError(
        `${source}: "${text}" is neither a URL nor a host name`,
        undefined,
        'give origins such as https://models.example.com, host names, host:port, or *.example.com',
      );
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        throw bad();
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad();
      return { text, protocol: url.protocol, host: url.hostname.replace(/^\[|\]$/g, ''), wildcard: false, ...(url.port ? { port: url.port } : {}) };
    }
    const wildcard = text.startsWith('*.');
    let url: URL;
    try {
      url = new URL(`http://${wildcard ? text.slice(2) : text}`);
    } catch {
      throw bad();
    }
    if (url.pathname !== '/' || url.search || url.username || url.hash) throw bad();
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (wildcard && isIP(host)) throw bad();
    // new URL drops port 80 for http; a host:80 entry means port 80.
    const port = url.port || (/:80$/.test(text) ? '80' : '');
    return { text, host, wildcard, ...(port ? { port } : {}) };
  });
}

function defaultPort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function matchesEntry(entry: AllowedEndpoint, url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (entry.protocol && entry.protocol !== url.protocol) return false;
  if (entry.protocol && defaultPort(url) !== (entry.port ?? (entry.protocol === 'https:' ? '443' : '80'))) return false;
  if (!entry.protocol && entry.port && defaultPort(url) !== entry.port) return false;
  if (entry.wildcard) return host.endsWith(`.${entry.host}`);
  return isIP(host) && isIP(entry.host) ? normalIp(host) === normalIp(entry.host) : host === entry.host;
}

// ───────────────────────────── the plan ─────────────────────────────

/** A place requests may go, and who declared it. */
interface Grant {
  /** `the base branch (shadowgate.yaml:6 at abc123)`, `allowed-endpoints entry "…"` … */
  by: string;
  /** Declared by the workflow (overrides, allowed-endpoints) rather than the base manifest. */
  workflow: boolean;
  matches(url: URL): boolean;
  /** Base grants: the credential (variable name) the base branch sends there; '' for none. */
  credential?: string;
  /** An IP the workflow wrote literally: may be reached even when it is link-local or metadata. */
  literalIp?: string;
  /** For listings: the origin or entry. */
  shown: string;
  /**
   * The role the base branch declared this destination for (`model`, `embeddings`, `judge`,
   * `moderation`); absent for the workflow's grants. A judge or moderation endpoint is allowed only
   * by a base declaration of the same role, or by allowed-endpoints.
   */
  role?: Role;
  /** A workflow grant from allowed-endpoints (rather than an endpoint override of one side). */
  allowList?: boolean;
}

/** What a destination is used for. */
export type Role = 'model' | 'embeddings' | 'judge' | 'moderation';

export interface Destination {
  /** `baseline`, `candidate`, `embeddings`, `judge`, `moderation`. */
  label: string;
  url: string;
  origin: string;
  /** Name of the environment variable sent as the credential, if any. */
  credential?: string;
  /** Who allowed this destination. */
  allowedBy: string;
  /** Judges each address a connection to this destination resolves to. */
  checkAddress: AddressCheck;
  /** The manifest line that sets the URL. */
  location?: SourceLocation;
}

export interface EgressPlan {
  destinations: Destination[];
}

export interface EgressInput {
  baseline: ResolvedSide;
  candidate: ResolvedSide;
  /** Entries from the workflow (`allowed-endpoints`, --allowed-endpoints, SHADOWGATE_ALLOWED_ENDPOINTS). */
  allowed?: readonly AllowedEndpoint[];
}

function origin(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function at(side: ResolvedSide, field: string[]): SourceLocation {
  return side.locate?.(field) ?? { file: side.manifestPath };
}

function where(side: ResolvedSide, field: string[]): string {
  const loc = at(side, field);
  const place = [loc.file, loc.line].filter((p) => p !== undefined).join(':');
  return side.ref === 'worktree' ? place : `${place} at ${side.ref.length === 40 ? side.ref.slice(0, 12) : side.ref}`;
}

function sameOrigin(a: URL): (url: URL) => boolean {
  return (url) => url.origin === a.origin;
}

/** Everything the base branch and the workflow declare as a destination. */
function grants(input: EgressInput): Grant[] {
  const { baseline, candidate } = input;
  const list: Grant[] = [];
  const declared = baseline.manifestEndpoint !== undefined ? origin(baseline.manifestEndpoint) : undefined;
  if (declared) {
    list.push({
      by: `the base branch (${where(baseline, ['model', 'endpoint'])})`,
      workflow: false,
      matches: sameOrigin(declared),
      credential: baseline.manifest.model.auth?.env ?? '',
      shown: declared.origin,
      role: 'model',
    });
  }
  const embeddings = baseline.manifest.shadow.embeddings;
  const embeddingsUrl = embeddings ? origin(embeddings.endpoint) : undefined;
  if (embeddings && embeddingsUrl) {
    list.push({
      by: `the base branch (${where(baseline, ['shadow', 'embeddings', 'endpoint'])})`,
      workflow: false,
      matches: sameOrigin(embeddingsUrl),
      credential: embeddings.auth?.env ?? '',
      shown: embeddingsUrl.origin,
      role: 'embeddings',
    });
  }
  // The base branch's own judge model and moderation endpoints: each grants only its own role.
  const llm = baseline.manifest.shadow.llm;
  for (const role of ['judge', 'moderation'] as const) {
    const section = llm?.[role];
    const url = section ? origin(section.endpoint) : undefined;
    if (!section || !url) continue;
    list.push({
      by: `the base branch (${where(baseline, ['shadow', 'llm', role, 'endpoint'])})`,
      workflow: false,
      matches: sameOrigin(url),
      credential: section.auth?.env ?? '',
      shown: url.origin,
      role,
    });
  }
  // Endpoints given from outside the manifests: by the workflow (input, option, variable).
  for (const side of [baseline, candidate]) {
    const url = side.endpointOverride === undefined ? undefined : origin(side.endpointOverride);
    if (!url) continue;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    list.push({
      by: `the ${side.label} endpoint given by the workflow (${side.label}-endpoint)`,
      workflow: true,
      matches: sameOrigin(url),
      ...(isIP(host) ? { literalIp: normalIp(host) } : {}),
      shown: url.origin,
    });
  }
  for (const entry of input.allowed ?? []) {
    list.push({
      by: `allowed-endpoints entry "${entry.text}"`,
      workflow: true,
      matches: (url) => matchesEntry(entry, url),
      ...(!entry.wildcard && isIP(entry.host) ? { literalIp: normalIp(entry.host) } : {}),
      shown: entry.text,
      allowList: true,
    });
  }
  return list;
}

function addressCheck(label: string, literalIps: ReadonlySet<string>): AddressCheck {
  return (address) => {
    const cls = classifyAddress(address);
    if (reachable.has(cls) || literalIps.has(normalIp(address))) return undefined;
    return `${label}: ${address} is a ${cls} address, refused unless the workflow names that address in allowed-endpoints`;
  };
}

function allowedList(all: Grant[]): string {
  return all.map((g) => `${g.shown} (${g.by})`).join('; ') || 'none';
}

/**
 * Decides, before anything is sent, where each endpoint of the run may be reached. Throws a
 * UserError naming the manifest line when the candidate (the pull request) points an endpoint or a
 * credential somewhere the base branch and the workflow did not declare.
 */
export function planEgress(input: EgressInput): EgressPlan {
  const every = grants(input);
  const destinations: Destination[] = [];

  const destination = (
    label: string,
    side: ResolvedSide,
    section: string[],
    url: string,
    credential: string | undefined,
    governedByPullRequest: boolean,
    ownRole?: Role,
  ): Destination => {
    // A judge or moderation endpoint sees both sides' answers and its own credential: the model's
    // host or a preview slot does not grant it — only the base branch's declaration for that role,
    // or allowed-endpoints.
    const all = ownRole ? every.filter((g) => g.role === ownRole || g.allowList) : every;
    const parsed = origin(url);
    const location = at(side, [...section, 'endpoint']);
    // Malformed URLs are reported where headers are resolved (checkEndpointUrl), with the same line.
    if (!parsed)
      return { label, url, origin: url, ...(credential ? { credential } : {}), allowedBy: 'nobody', checkAddress: () => 'not an http(s) URL', location };
    const matching = all.filter((g) => g.matches(parsed));
    const workflow = matching.filter((g) => g.workflow);
    const fromBase = matching.filter((g) => !g.workflow);
    if (governedByPullRequest && matching.length === 0) {
      throw new UserError(
        `${label}: ${[...section, 'endpoint'].join('.')} ${url} is not an allowed destination — a pull request cannot choose where requests, recorded data and credentials go. Allowed: ${allowedList(all)}`,
        location,
        'if this host is meant, name it in the workflow (allowed-endpoints input, --allowed-endpoints, or candidate-endpoint for a preview slot), or merge the endpoint change first so the base branch declares it',
      );
    }
    if (governedByPullRequest && credential && workflow.length === 0) {
      const sent = new Set(fromBase.map((g) => g.credential ?? ''));
      if (!sent.has(credential)) {
        const base = [...sent].map((c) => (c ? c : 'no credential')).join(' or ');
        throw new UserError(
          `${label}: ${[...section, 'auth', 'env'].join('.')} would send ${credential} to ${parsed.origin}, where the base branch sends ${base} — a pull request cannot choose which credential goes where`,
          at(side, [...section, 'auth', 'env']),
          'change the credential on the base branch first, or name the host in the workflow (allowed-endpoints input or --allowed-endpoints)',
        );
      }
    }
    const literals = new Set(workflow.flatMap((g) => (g.literalIp ? [g.literalIp] : [])));
    const grant = workflow[0] ?? fromBase[0];
    return {
      label,
      url,
      origin: parsed.origin,
      ...(credential ? { credential } : {}),
      allowedBy: grant ? grant.by : `the ${side.label} manifest`,
      checkAddress: addressCheck(label, literals),
      location,
    };
  };

  const { baseline, candidate } = input;
  // The candidate first: its problems are the pull request's, reported before anything else.
  destinations.push(destination('candidate', candidate, ['model'], candidate.manifest.model.endpoint, candidate.manifest.model.auth?.env, true));
  const embeddings = candidate.manifest.shadow.embeddings;
  if (embeddings) destinations.push(destination('embeddings', candidate, ['shadow', 'embeddings'], embeddings.endpoint, embeddings.auth?.env, true));
  // The judge model and moderation endpoints come from the candidate's shadow.llm (its settings govern).
  const llm = candidate.manifest.shadow.llm;
  for (const role of ['judge', 'moderation'] as const) {
    const section = llm?.[role];
    if (section) destinations.push(destination(role, candidate, ['shadow', 'llm', role], section.endpoint, section.auth?.env, true, role));
  }
  destinations.push(destination('baseline', baseline, ['model'], baseline.manifest.model.endpoint, baseline.manifest.model.auth?.env, false));
  return { destinations };
}

// ───────────────────────────── destinations of a trusted manifest ─────────────────────────────

export interface DeclaredDestinationInput {
  label: string;
  url: string;
  /** Name of the environment variable sent as the credential, if any. */
  credential?: string;
  /** The manifest line that sets the URL. */
  location?: SourceLocation;
  /** Who declared it, for the listing: `deploy.slots.green.url (shadowgate.yaml:12)`. */
  by: string;
  /** Entries from the workflow (`allowed-endpoints`, --allowed-endpoints, SHADOWGATE_ALLOWED_ENDPOINTS). */
  allowed?: readonly AllowedEndpoint[];
}

/**
 * A destination the checked-out manifest declares for itself, with no pull request to distrust — the
 * blue-green slots' URLs, read when promote runs. Its addresses are judged as every destination's:
 * loopback, private and public are reached; link-local, cloud metadata and the like only when an
 * `allowed-endpoints` entry matching the URL names that very IP. Unlike an endpoint given by the
 * workflow, an IP written in the manifest earns no exception.
 */
export function declaredDestination(input: DeclaredDestinationInput): Destination {
  const parsed = origin(input.url);
  const base = {
    label: input.label,
    url: input.url,
    ...(input.credential ? { credential: input.credential } : {}),
    ...(input.location ? { location: input.location } : {}),
  };
  if (!parsed) return { ...base, origin: input.url, allowedBy: 'nobody', checkAddress: () => 'not an http(s) URL' };
  const literals = new Set(
    (input.allowed ?? []).flatMap((entry) => (!entry.wildcard && isIP(entry.host) && matchesEntry(entry, parsed) ? [normalIp(entry.host)] : [])),
  );
  return { ...base, origin: parsed.origin, allowedBy: input.by, checkAddress: addressCheck(input.label, literals) };
}

// ───────────────────────────── before the first request ─────────────────────────────

function lookupAll(hostname: string): Promise<dns.LookupAddress[]> {
  return new Promise((resolve, reject) => dns.lookup(hostname, { all: true }, (e, addresses) => (e ? reject(e) : resolve(addresses))));
}

/**
 * Judges every destination's current addresses before the first request, so a refused address is
 * one clear error on the manifest line rather than a run of failed requests. A name that does not
 * resolve now is left to the connection (which checks again, whatever it resolves to then).
 */
export async function checkDestinations(plan: EgressPlan): Promise<void> {
  for (const d of plan.destinations) {
    const url = origin(d.url);
    if (!url) continue;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await lookupAll(host)).map((a) => a.address);
      } catch {
        continue;
      }
    }
    for (const address of addresses) {
      const refusal = d.checkAddress(address);
      if (refusal) {
        throw new UserError(
          `${refusal}${isIP(host) ? '' : ` (${host} resolves to it)`}; cloud metadata services and link-local addresses are never called by accident`,
          d.location,
          'if this address is meant, name it in the workflow: allowed-endpoints input or --allowed-endpoints',
        );
      }
    }
  }
}

/** Each endpoint's origin on both sides, for the report's "What changed". */
export function endpointChanges(plan: EgressPlan, baseline: ResolvedSide): EndpointChange[] {
  const find = (label: string) => plan.destinations.find((d) => d.label === label);
  const candidateModel = find('candidate');
  const baselineModel = find('baseline');
  const changes: EndpointChange[] = [];
  if (candidateModel && baselineModel) {
    changes.push({
      role: 'model',
      baseline: baselineModel.origin,
      candidate: candidateModel.origin,
      changed: baselineModel.origin !== candidateModel.origin,
      allowedBy: candidateModel.allowedBy,
    });
  }
  const embeddings = find('embeddings');
  if (embeddings) {
    const declared = baseline.manifest.shadow.embeddings?.endpoint;
    const base = declared === undefined ? '' : (origin(declared)?.origin ?? declared);
    changes.push({ role: 'embeddings', baseline: base, candidate: embeddings.origin, changed: embeddings.origin !== base, allowedBy: embeddings.allowedBy });
  }
  for (const role of ['judge', 'moderation'] as const) {
    const d = find(role);
    if (!d) continue;
    const declared = baseline.manifest.shadow.llm?.[role]?.endpoint;
    const base = declared === undefined ? '' : (origin(declared)?.origin ?? declared);
    changes.push({ role, baseline: base, candidate: d.origin, changed: d.origin !== base, allowedBy: d.allowedBy });
  }
  return changes;
}

/** The lines printed before anything is sent: where each side's requests go, with which credential, allowed by whom. */
export function describePlan(plan: EgressPlan): string[] {
  return plan.destinations.map(
    (d) => `  ${d.label.padEnd(10)} ${d.url} — ${d.credential ? `credential ${d.credential}` : 'no credential'} — allowed by ${d.allowedBy}`,
  );
}
