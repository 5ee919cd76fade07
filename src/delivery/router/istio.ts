// Istio: a VirtualService http route's destinations carry the weights (a lone destination takes all); a
// destination names a Service by short name or by <name>.<namespace>.svc… host.
import { UserError } from '../../errors.ts';
import type { SlotName } from '../deploy-config.ts';
import { escapeRegExp, segmentHeaderMatch } from './gateway-api.ts';
import type { RouteShape, StickySessions } from './router.ts';

export const ISTIO: RouteShape = {
  group: 'networking.istio.io',
  version: 'v1',
  plural: 'virtualservices',
  kind: 'VirtualService',
  rulesKey: 'http',
  backendsKey: 'route',
  serviceOf(entry, namespace) {
    const host = (entry.destination as { host?: string } | undefined)?.host;
    if (!host) return undefined;
    const [name, ns, ...rest] = host.split('.');
    if (ns === undefined) return name; // short name: the VirtualService's namespace
    if (ns === namespace && (rest.length === 0 || rest[0] === 'svc')) return name;
    return undefined;
  },
  defaultWeight: (entries) => (entries === 1 ? 100 : 0),
  // The first matching http route wins, so segment routes go right before the weighted one.
  segmentsFirst: true,
  segmentRule(weighted, candidate, segment, name) {
    const m = segmentHeaderMatch(segment);
    const header = m.type === 'Exact' ? { [m.name]: { exact: m.value } } : { cookie: { regex: m.value } };
    const match = ((weighted.match ?? [{}]) as Array<Record<string, unknown>>).map((x) => ({
      ...x,
      headers: { ...(x.headers as object | undefined), ...header },
    }));
    // The weighted route's other settings (timeout, retries, rewrite …) apply to the segment too.
    const { name: _name, match: _match, route: _route, ...rest } = weighted;
    return { ...rest, name, match, route: [{ destination: candidate.destination }] };
  },
};

type Obj = Record<string, unknown>;

/** The name of the sticky route shadowgate puts before the weighted one. */
export const ISTIO_STICKY_ROUTE = 'shadowgate-sticky';

/** The Set-Cookie value a destination's response headers add, when it is ours (`<cookie>=…`). */
function ourSetCookie(destination: Obj, cookieName: string): string | undefined {
  const add = ((destination.headers as Obj | undefined)?.response as Obj | undefined)?.add as Record<string, string> | undefined;
  const value = add?.['set-cookie'];
  return typeof value === 'string' && value.startsWith(`${cookieName}=`) ? value : undefined;
}

/** Adds (value) or removes (undefined) our Set-Cookie on a destination's responses, leaving its other headers. */
export function setIstioResponseCookie(destination: Obj, cookieName: string, value: string | undefined): void {
  const headers = (destination.headers ?? {}) as Obj;
  const response = (headers.response ?? {}) as Obj;
  const add = { ...((response.add ?? {}) as Record<string, string>) };
  if (ourSetCookie(destination, cookieName)) delete add['set-cookie'];
  if (value !== undefined && add['set-cookie'] !== undefined) {
    // headers.response.add holds one value per header name: ours would replace the route's own cookie.
    throw new UserError(
      `the Istio destination ${JSON.stringify(destination.destination)} already adds a set-cookie response header (${add['set-cookie']}); shadowgate cannot add its ${cookieName} cookie there`,
      undefined,
      'move that cookie to the application or a Set-Cookie on another route',
    );
  }
  if (value !== undefined) add['set-cookie'] = value;
  if (Object.keys(add).length > 0) response.add = add;
  else delete response.add;
  if (Object.keys(response).length > 0) headers.response = response;
  else delete headers.response;
  if (Object.keys(headers).length > 0) destination.headers = headers;
  else delete destination.headers;
}

/** The weighted route's matches, each with the cookie `<name>=<value>` required as well (Istio: exact-match regex on the Cookie header). */
export function istioCookieMatch(weighted: Obj, cookieName: string, value: string): Obj[] {
  const cookie = { regex: `(^|.*; )${escapeRegExp(cookieName)}=${escapeRegExp(value)}(;.*)?` };
  return ((weighted.match ?? [{}]) as Obj[]).map((m) => ({ ...m, headers: { ...(m.headers as Obj | undefined), cookie } }));
}

/**
 * Sticky sessions on Istio, like Flagger's sessionAffinity: while the candidate has weight, its destination
 * adds `Set-Cookie: <cookie>=<service>` to responses, and a route named `shadowgate-sticky`, right before the
 * weighted one (Istio takes the first matching route), sends requests carrying that cookie to the candidate.
 * At weight 0 both go in the same patch, so those sessions return to the stable backend. The caller has
 * already dropped the previous sticky route from `rules`.
 */
export function applyIstioSticky(rules: Obj[], weightedIndex: number, canaryIndex: number, service: string, sticky: StickySessions, install: boolean): void {
  const weighted = rules[weightedIndex]!;
  const destinations = weighted.route as Obj[];
  for (const d of destinations) setIstioResponseCookie(d, sticky.cookieName, undefined);
  if (!install) return;
  const setCookie = `${sticky.cookieName}=${service}; Max-Age=${sticky.maxAgeSeconds}; Path=/`;
  setIstioResponseCookie(destinations[canaryIndex]!, sticky.cookieName, setCookie);
  // The weighted route's other settings (timeout, retries, rewrite …) apply to sticky sessions too.
  const { name: _name, match: _match, route: _route, ...rest } = weighted;
  const destination = { destination: (destinations[canaryIndex]! as Obj).destination } as Obj;
  setIstioResponseCookie(destination, sticky.cookieName, setCookie);
  rules.splice(weightedIndex, 0, { ...rest, name: ISTIO_STICKY_ROUTE, match: istioCookieMatch(weighted, sticky.cookieName, service), route: [destination] });
}

/** The Service a host names in `namespace` (short name, <name>.<namespace>, or <name>.<namespace>.svc…). */
export function serviceOfHost(host: string | undefined, namespace: string): string | undefined {
  return host === undefined ? undefined : ISTIO.serviceOf({ destination: { host } }, namespace);
}

/** A DestinationRule's subsets as the ladder uses them: one per slot, picked by the slot label. */
export interface SlotSubsets {
  destinationRule: string;
  /** The Service the DestinationRule's host names; it must select both slots' pods. */
  host: string;
  subsets: Record<SlotName, string>;
}

/**
 * Finds the subset of each slot in a DestinationRule: the one whose labels carry `slotKey` = the slot's
 * selector value. Anything else (another namespace's host, no subset or two for a slot) is a UserError
 * naming the DestinationRule and its subsets.
 */
export function slotSubsets(rule: Obj, namespace: string, slotKey: string, selectors: Record<SlotName, string>): SlotSubsets {
  const name = String((rule.metadata as Obj | undefined)?.name ?? '?');
  const what = `DestinationRule ${namespace}/${name}`;
  const spec = (rule.spec ?? {}) as { host?: string; subsets?: Array<{ name?: string; labels?: Record<string, string> }> };
  const host = serviceOfHost(spec.host, namespace);
  const fix = `give ${what} a host that is a Service in ${namespace} selecting both slots' pods, and one subset per slot labelled ${slotKey}: ${selectors.blue} / ${selectors.green}`;
  if (!host) throw new UserError(`${what} has host ${JSON.stringify(spec.host ?? null)}, not a Service in namespace ${namespace}`, undefined, fix);
  const subsets = spec.subsets ?? [];
  const listed =
    subsets
      .map(
        (s) =>
          `${s.name ?? '?'} (${
            Object.entries(s.labels ?? {})
              .map(([k, v]) => `${k}=${v}`)
              .join(',') || 'no labels'
          })`,
      )
      .join(', ') || 'none';
  const pick = (slot: SlotName): string => {
    const found = subsets.filter((s) => s.labels?.[slotKey] === selectors[slot]);
    if (found.length !== 1) {
      throw new UserError(
        `${what} has ${found.length === 0 ? 'no subset' : `${found.length} subsets`} for the ${slot} slot (labels ${slotKey}=${selectors[slot]}); its subsets: ${listed}`,
        undefined,
        fix,
      );
    }
    return found[0]!.name!;
  };
  return { destinationRule: name, host, subsets: { blue: pick('blue'), green: pick('green') } };
}

/**
 * Istio with DestinationRule subsets: the stable backend stays the live Service (its selector is what the
 * hand-over flips), and each slot's backend is its subset of the DestinationRule's host. A subset destination
 * is reported under the slot Service's name, so the weights are read and written as for slot Services.
 */
export function istioSubsetShape(found: SlotSubsets, slotServices: Record<SlotName, string>): RouteShape {
  return {
    ...ISTIO,
    kind: `VirtualService (subsets of DestinationRule ${found.destinationRule})`,
    serviceOf(entry, namespace) {
      const destination = (entry.destination ?? {}) as { host?: string; subset?: string };
      const service = serviceOfHost(destination.host, namespace);
      if (destination.subset === undefined) return service === found.host ? undefined : service;
      if (service !== found.host) return undefined;
      if (destination.subset === found.subsets.blue) return slotServices.blue;
      if (destination.subset === found.subsets.green) return slotServices.green;
      return undefined;
    },
  };
}
