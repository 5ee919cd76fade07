// The stand the canary, drain and rollout tests (and the canary-rung and drain benchmarks) run on: in a
// fresh namespace holding the shipped Role, blue live and green ready, a Service per slot, and a route
// weighting the live Service (100) against both slot Services (0); for the full stand also a loopback model
// server per slot, a real Prometheus scraping both (labelled by namespace and slot) and a data plane that
// follows the route and the live Service through the API. No node:test here: the benchmarks use it too.
import type { CustomObjectsApi } from '@kubernetes/client-node';
import { type adminClients, type BlueGreen, restrictedBlueGreen, SLOT_KEY } from '../../kube/support/fixtures.ts';
import { type Behaviour, type ModelServer, startModelServer } from './model-server.ts';
import { type Prometheus, startPrometheus, waitForScrapes } from './prometheus.ts';
import { startTraffic, type Traffic, type TrafficOptions } from './traffic.ts';

export const HTTPROUTES = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
export const VIRTUALSERVICES = { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' };
export const SLOT_SERVICES = { blue: 'chat-blue', green: 'chat-green' };

type Obj = Record<string, unknown>;

export interface Kube {
  admin: ReturnType<typeof adminClients>;
  custom: CustomObjectsApi;
}

export interface RoutingOptions {
  /** The HTTPRoute named chat (default: one with only the weighted rule); false: none. */
  httpRoute?: false | { hostnames?: string[] /** Rules after the weighted one (rule 0). */; rules?: Obj[] };
  /**
   * A VirtualService named chat routing the same way: a debug route first (unless debugRoute is false), then
   * the weighted route (rule 1), whose destinations may be given for the namespace (default: chat 100,
   * chat-blue 0, chat-green 0, by short host name).
   * With it the canary and the data plane use the VirtualService, also when there is an HTTPRoute too.
   */
  virtualService?: boolean | { weighted(namespace: string): Obj[]; debugRoute?: boolean };
}

/** The route as read back; a VirtualService has `spec.http` where an HTTPRoute has `spec.rules`. */
export interface RouteObject {
  metadata: { annotations?: Record<string, string>; resourceVersion: string };
  spec: Obj & { rules: Array<Obj & { name?: string; backendRefs: Array<{ name: string; weight?: number }> }> };
}

export interface Routing {
  /** The route the canary moves and the data plane follows. */
  kind: 'gateway-api' | 'istio';
  /** deploy.canary.router for that route. */
  router: { kind: 'gateway-api' | 'istio'; name: string; rule?: number };
  /** The HTTPRoute as created (when there is one). */
  httpRoute: { apiVersion: string; kind: string; metadata: { name: string }; spec: Obj } | undefined;
  /** The HTTPRoute when there is one, else the VirtualService. */
  route(): Promise<RouteObject>;
  /** That route's weighted rule's weights, by backend Service. */
  weights(): Promise<Record<string, number | undefined>>;
}

/** A Service per slot (chat-blue, chat-green) and the route(s) in an existing namespace. */
export async function slotRouting({ admin, custom }: Kube, namespace: string, opts: RoutingOptions = {}): Promise<Routing> {
  for (const slot of ['blue', 'green']) {
    await admin.core.createNamespacedService({
      namespace,
      body: { metadata: { name: `chat-${slot}` }, spec: { selector: { app: 'chat', [SLOT_KEY]: slot }, ports: [{ port: 80, targetPort: 8080 }] } },
    });
  }
  const http = opts.httpRoute ?? {};
  const httpRoute =
    http === false
      ? undefined
      : {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'HTTPRoute',
          metadata: { name: 'chat' },
          spec: {
            parentRefs: [{ name: 'public', namespace: 'gateways' }],
            ...(http.hostnames ? { hostnames: http.hostnames } : {}),
            rules: [
              {
                backendRefs: [
                  { name: 'chat', port: 80, weight: 100 },
                  { name: 'chat-blue', port: 80, weight: 0 },
                  { name: 'chat-green', port: 80, weight: 0 },
                ],
              },
              ...(http.rules ?? []),
            ],
          },
        };
  if (httpRoute) await custom.createNamespacedCustomObject({ ...HTTPROUTES, namespace, body: httpRoute });
  const debugRoute = opts.virtualService === true || (opts.virtualService && opts.virtualService.debugRoute !== false);
  if (opts.virtualService) {
    await custom.createNamespacedCustomObject({
      ...VIRTUALSERVICES,
      namespace,
      body: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: 'chat' },
        spec: {
          hosts: ['chat.example.com'],
          http: [
            ...(debugRoute ? [{ match: [{ headers: { 'x-debug-slot': { exact: 'green' } } }], route: [{ destination: { host: 'chat-green' } }] }] : []),
            {
              route:
                opts.virtualService === true
                  ? [
                      { destination: { host: 'chat' }, weight: 100 },
                      { destination: { host: 'chat-blue' }, weight: 0 },
                      { destination: { host: 'chat-green' }, weight: 0 },
                    ]
                  : opts.virtualService.weighted(namespace),
            },
          ],
        },
      },
    });
  }
  const read = httpRoute ? HTTPROUTES : VIRTUALSERVICES;
  const route = async () => (await custom.getNamespacedCustomObject({ ...read, namespace, name: 'chat' })) as RouteObject;
  return {
    kind: opts.virtualService ? 'istio' : 'gateway-api',
    router: opts.virtualService ? { kind: 'istio', name: 'chat', rule: debugRoute ? 1 : 0 } : { kind: 'gateway-api', name: 'chat' },
    httpRoute,
    route,
    async weights() {
      const { spec } = await route();
      if (httpRoute) return Object.fromEntries(spec.rules[0]!.backendRefs.map((b) => [b.name, b.weight]));
      const vs = spec.http as Array<{ route: Array<{ destination: { host: string }; weight?: number }> }>;
      return Object.fromEntries(vs.filter((r) => r.route.length === 3)[0]!.route.map((d) => [d.destination.host, d.weight]));
    },
  };
}

/** The data plane over the slot Services and the live Service chat; the rest of its options as given. */
export function slotTraffic(
  admin: Kube['admin'],
  namespace: string,
  servers: Record<'blue' | 'green', ModelServer>,
  opts: Omit<TrafficOptions, 'admin' | 'namespace' | 'route' | 'liveService' | 'slotKey' | 'slotServices' | 'selectorValues' | 'urls'>,
): Traffic {
  return startTraffic({
    admin,
    namespace,
    route: 'chat',
    liveService: 'chat',
    slotKey: SLOT_KEY,
    slotServices: { 'chat-blue': 'blue', 'chat-green': 'green' },
    selectorValues: { blue: 'blue', green: 'green' },
    urls: { blue: servers.blue.url, green: servers.green.url },
    ...opts,
  });
}

export type StandTraffic = Pick<TrafficOptions, 'ratePerSecond' | 'sessions' | 'turnsPerSession' | 'groups'>;

export interface StandOptions<T extends StandTraffic | false> extends RoutingOptions {
  /** The namespace's name prefix. */
  prefix: string;
  /** Extra keys of the deploy section blueGreen starts from (e.g. windows). */
  blueGreen?: { deploy?: Obj };
  green?: Behaviour;
  /** The data plane's load; false: none (and no wait for scrapes). */
  traffic: T;
  /** Scrapes of each server to wait for before returning (default 4). */
  scrapes?: number;
  /** Into the Prometheus provider (default: this stand's Prometheus, 0.5 s steps, a 2 s window). */
  provider?: { url?: string; stepSeconds?: number; window?: string };
  /** Into deploy.canary, after its router, services and provider. */
  canary?: Obj;
  /** Into deploy, after canary (e.g. drain). */
  deploy?: Obj;
}

export interface Stand<T extends Traffic | undefined = Traffic> extends Routing {
  namespace: string;
  bg: BlueGreen;
  /** The manifest's deploy section: the slots and a canary on this route and Prometheus. */
  deploy: Obj;
  servers: Record<'blue' | 'green', ModelServer>;
  prometheus: Prometheus;
  traffic: T;
  close(): Promise<void>;
}

/** The full stand: namespace, slots, routing, model servers, Prometheus and (unless false) the data plane. */
export async function startStand<T extends StandTraffic | false>(kube: Kube, opts: StandOptions<T>): Promise<Stand<T extends false ? undefined : Traffic>> {
  const bg = await restrictedBlueGreen(kube.admin, opts.prefix, opts.blueGreen ?? {});
  const { namespace } = bg;
  const routing = await slotRouting(kube, namespace, opts);
  const servers = {
    blue: await startModelServer({ delayMs: 2, errorRate: 0 }),
    green: await startModelServer(opts.green ?? { delayMs: 2, errorRate: 0 }),
  };
  let prometheus: Prometheus | undefined;
  let traffic: Traffic | undefined;
  const close = async () => {
    await traffic?.stop();
    await prometheus?.stop();
    await servers.blue.close();
    await servers.green.close();
  };
  try {
    prometheus = await startPrometheus([
      { url: servers.blue.url, labels: { namespace, slot: 'blue' } },
      { url: servers.green.url, labels: { namespace, slot: 'green' } },
    ]);
    if (opts.traffic !== false) {
      traffic = slotTraffic(kube.admin, namespace, servers, { ...opts.traffic, routeKind: routing.kind });
      await waitForScrapes(prometheus, `namespace="${namespace}"`, 2, opts.scrapes ?? 4);
    }
  } catch (e) {
    await close();
    throw e;
  }
  return {
    ...routing,
    namespace,
    bg,
    servers,
    prometheus,
    traffic: traffic as T extends false ? undefined : Traffic,
    deploy: {
      ...bg.deploy,
      canary: {
        router: { ...routing.router },
        services: { ...SLOT_SERVICES },
        provider: {
          kind: 'prometheus',
          url: opts.provider?.url ?? prometheus.url,
          stepSeconds: opts.provider?.stepSeconds ?? 0.5,
          window: opts.provider?.window ?? '2s',
        },
        ...opts.canary,
      },
      ...opts.deploy,
    },
    close,
  };
}
