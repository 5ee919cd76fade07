// Istio: a VirtualService http route's destinations carry the weights (a lone destination takes all); a
// destination names a Service by short name or by <name>.<namespace>.svc… host.
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
};
