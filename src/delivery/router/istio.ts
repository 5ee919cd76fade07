// Istio: a VirtualService http route's destinations carry the weights (a lone destination takes all); a
// destination names a Service by short name or by <name>.<namespace>.svc… host.
import { segmentHeaderMatch } from './gateway-api.ts';
import type { RouteShape } from './router.ts';

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
    const match = ((weighted.match ?? [{}]) as Array<Record<string, unknown>>).map((x) => ({ ...x, headers: { ...(x.headers as object | undefined), ...header } }));
    // The weighted route's other settings (timeout, retries, rewrite …) apply to the segment too.
    const { name: _name, match: _match, route: _route, ...rest } = weighted;
    return { ...rest, name, match, route: [{ destination: candidate.destination }] };
  },
};
