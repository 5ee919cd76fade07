// The data plane of the canary tests: a weight-honouring sender that watches the HTTPRoute and the live
// Service through the API (as a gateway would) and sends each request to the slot they choose. The stable
// backend is the live Service, so it reaches whichever slot the selector names at that moment.
import { Agent, request } from 'node:http';
import { Watch } from '@kubernetes/client-node';
import type { KubeClients } from '../../../src/kube/client.ts';
import type { SlotName } from '../../../src/delivery/deploy-config.ts';

export interface TrafficOptions {
  admin: KubeClients;
  namespace: string;
  route: string;
  liveService: string;
  slotKey: string;
  /** Route backend name → slot, for the slot Services; selector value → slot for the live Service. */
  slotServices: Record<string, SlotName>;
  selectorValues: Record<string, SlotName>;
  urls: Record<SlotName, string>;
  ratePerSecond: number;
  /** Sessions with a cookie jar each, taking turns; each request's slot is recorded per session. */
  sessions?: number;
  /**
   * Groups of users by the request headers they send (e.g. a segment header or cookie), taking turns with
   * each other; each request's slot is recorded per group.
   */
  groups?: Array<Record<string, string>>;
  /** The route kind followed: an HTTPRoute (default) or an Istio VirtualService of that name. */
  routeKind?: 'gateway-api' | 'istio';
  /**
   * Conversations: after this many turns a session ends and a new one (empty cookie jar) takes its place;
   * every conversation is kept in `sessions`. The first conversations are staggered (seat k's first one
   * has 1 + k·turns/sessions turns), so conversations start and end all the time. Default: sessions never end.
   */
  turnsPerSession?: number;
}

type Obj = Record<string, unknown>;
interface Backend {
  name: string;
  weight?: number;
  filters?: Obj[];
}
interface Rule {
  matches?: Array<{ headers?: Array<{ name: string; type?: string; value: string }> }>;
  backendRefs: Backend[];
}

/**
 * The rule a gateway picks for a request with this Cookie header (and other headers, lower-case names):
 * among rules with a matching match, the one with the most header matches (Gateway API precedence, paths
 * being equal here); ties go to the first.
 */
export function pickRule(rules: Rule[], cookie: string, headers: Record<string, string> = {}): Rule | undefined {
  let best: Rule | undefined;
  let bestHeaders = -1;
  for (const rule of rules) {
    for (const match of rule.matches ?? [{}]) {
      const matched = match.headers ?? [];
      const ok = matched.every((h) => {
        const sent = h.name.toLowerCase() === 'cookie' ? cookie : headers[h.name.toLowerCase()];
        if (sent === undefined) return false;
        return h.type === 'RegularExpression' ? new RegExp(h.value).test(sent) : h.value === sent;
      });
      if (ok && matched.length > bestHeaders) {
        best = rule;
        bestHeaders = matched.length;
      }
    }
  }
  return best;
}

/** The cookie ("name=value") a backend's ResponseHeaderModifier would set, if any. */
function setCookieOf(backend: Backend): string | undefined {
  for (const f of backend.filters ?? []) {
    const add = ((f.responseHeaderModifier as Obj | undefined)?.add ?? []) as Array<{ name: string; value: string }>;
    const header = add.find((h) => h.name === 'Set-Cookie');
    if (header) return header.value.split(';')[0];
  }
  return undefined;
}

/** One weighted destination, whatever the route kind: the Service it names, its weight, the cookie its responses set. */
interface Destination {
  service: string | undefined;
  weight: number;
  setCookie: string | undefined;
}

/** Istio's StringMatch: exact, prefix, or an RE2 regex matched against the whole value. */
function istioStringMatch(match: Obj, sent: string | undefined): boolean {
  if (sent === undefined) return false;
  if (typeof match.exact === 'string') return sent === match.exact;
  if (typeof match.prefix === 'string') return sent.startsWith(match.prefix);
  if (typeof match.regex === 'string') return new RegExp(`^(?:${match.regex})$`).test(sent);
  return false;
}

/**
 * The destinations a VirtualService sends a request to (Istio semantics): the first http route with a
 * matching match (matches are ORed, header conditions ANDed; no match = all requests); a destination's weight
 * defaults to 100 when it is alone, else 0; `headers.response.add["set-cookie"]` is the cookie it sets.
 */
export function istioDestinations(http: Obj[], namespace: string, cookie: string, headers: Record<string, string> = {}): Destination[] | undefined {
  for (const route of http) {
    const matches = (route.match ?? [{}]) as Obj[];
    const hit = matches.some((m) =>
      Object.entries((m.headers ?? {}) as Record<string, Obj>).every(([name, sm]) =>
        istioStringMatch(sm, name.toLowerCase() === 'cookie' ? cookie || undefined : headers[name.toLowerCase()]),
      ),
    );
    if (!hit) continue;
    const dests = (route.route ?? []) as Obj[];
    return dests.map((d) => {
      const host = String((d.destination as Obj | undefined)?.host ?? '');
      const [name, ns] = host.split('.');
      const add = ((d.headers as Obj | undefined)?.response as Obj | undefined)?.add as Record<string, string> | undefined;
      const set = add?.['set-cookie'];
      return {
        service: ns === undefined || ns === namespace ? name : undefined,
        weight: (d.weight as number | undefined) ?? (dests.length === 1 ? 100 : 0),
        setCookie: set?.split(';')[0],
      };
    });
  }
  return undefined;
}

function gatewayDestinations(rules: Rule[], cookie: string, headers: Record<string, string>): Destination[] | undefined {
  const rule = pickRule(rules, cookie, headers);
  return rule?.backendRefs.map((b) => ({ service: b.name, weight: b.weight ?? 1, setCookie: setCookieOf(b) }));
}

/** A cookie jar of one: the cookies a session sends back, by name, as a Cookie header. */
function mergeCookie(jar: string, set: string): string {
  const [name] = set.split('=');
  const kept = jar ? jar.split('; ').filter((c) => c.split('=')[0] !== name) : [];
  return [...kept, set].join('; ');
}

export interface SessionRecord {
  /** Slot of each answered request, in sending order, with the time it was sent (performance clock). */
  history: Array<{ slot: SlotName; sentAt: number }>;
  /** The Cookie header the session sends: every cookie the answers set, latest value per name. */
  cookie: string;
}

export interface Traffic {
  sessions: SessionRecord[];
  /** Per group of TrafficOptions.groups: the slot of each request, with the time it was sent. */
  groups: Array<Array<{ slot: SlotName; sentAt: number }>>;
  /** Every request: when it was sent (performance clock) and the slot the route chose. */
  timeline: Array<{ sentAt: number; slot: SlotName }>;
  /** Requests per (candidate weight seen, slot that answered). */
  perWeight: Map<number, Record<SlotName, number>>;
  sent: Record<SlotName, number>;
  /** Non-200 answers and transport errors, per slot, and what each was. */
  failed: Record<SlotName, number>;
  failures: string[];
  stop(): Promise<void>;
}

interface View {
  destinations: (cookie: string, headers: Record<string, string>) => Destination[] | undefined;
  live: SlotName | undefined;
  /** Weight of the slot-Service backends of the first rule (the canary), for grouping. */
  canaryPercent: number;
}

export function startTraffic(opts: TrafficOptions): Traffic {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const traffic: Traffic = {
    groups: (opts.groups ?? []).map(() => []),
    timeline: [],
    sessions: Array.from({ length: opts.sessions ?? 0 }, () => ({ history: [], cookie: '' })),
    perWeight: new Map(),
    sent: { blue: 0, green: 0 },
    failed: { blue: 0, green: 0 },
    failures: [],
    stop: async () => {},
  };
  let view: View | undefined;
  let running = true;

  // Watches on the route and the live Service, as a gateway follows its configuration.
  let spec: Obj | undefined;
  let selected: string | undefined;
  const istio = opts.routeKind === 'istio';
  const update = () => {
    if (!spec || selected === undefined) return;
    const live = opts.selectorValues[selected];
    const rules = (istio ? spec.http : spec.rules) as Obj[];
    const destinations = istio
      ? (cookie: string, headers: Record<string, string>) => istioDestinations(rules, opts.namespace, cookie, headers)
      : (cookie: string, headers: Record<string, string>) => gatewayDestinations(rules as unknown as Rule[], cookie, headers);
    // The canary share of the weighted rule (the last catch-all route on Istio, the first rule on Gateway API).
    const weighted = istio
      ? (istioDestinations(
          rules.filter((r) => !r.match),
          opts.namespace,
          '',
        ) ?? [])
      : (rules as unknown as Rule[])[0]!.backendRefs.map((b) => ({ service: b.name, weight: b.weight ?? 1 }));
    let canary = 0;
    let total = 0;
    for (const d of weighted) {
      total += d.weight;
      if (d.service !== opts.liveService && d.service && opts.slotServices[d.service]) canary += d.weight;
    }
    view = { destinations, live, canaryPercent: total ? Math.round((canary / total) * 100) : 0 };
  };
  const aborts: AbortController[] = [];
  const follow = async (path: string, name: string, apply: (obj: Obj) => void): Promise<void> => {
    aborts.push(
      await new Watch(opts.admin.config).watch(
        path,
        { fieldSelector: `metadata.name=${name}`, allowWatchBookmarks: false },
        (_phase, obj: Obj) => {
          apply(obj);
          update();
        },
        () => {
          if (running) setTimeout(() => void follow(path, name, apply), 50); // the API server closes watches now and then
        },
      ),
    );
  };
  const routePath = istio
    ? `/apis/networking.istio.io/v1/namespaces/${opts.namespace}/virtualservices`
    : `/apis/gateway.networking.k8s.io/v1/namespaces/${opts.namespace}/httproutes`;
  void follow(routePath, opts.route, (obj) => (spec = obj.spec as Obj));
  void follow(
    `/api/v1/namespaces/${opts.namespace}/services`,
    opts.liveService,
    (obj) => (selected = (obj.spec as { selector?: Record<string, string> }).selector?.[opts.slotKey] ?? ''),
  );

  /** The slot a request with this cookie reaches now, and the cookie the answer sets. */
  const route = (cookie: string, headers: Record<string, string> = {}): { slot: SlotName; setCookie: string | undefined } | undefined => {
    const destinations = view?.destinations(cookie, headers);
    if (!view || !destinations) return undefined;
    const total = destinations.reduce((sum, d) => sum + d.weight, 0);
    if (total <= 0) return undefined;
    let pick = Math.random() * total;
    const chosen = destinations.find((d) => (pick -= d.weight) < 0) ?? destinations.at(-1)!;
    const slot = chosen.service === opts.liveService ? view.live : chosen.service ? opts.slotServices[chosen.service] : undefined;
    return slot ? { slot, setCookie: chosen.setCookie } : undefined;
  };

  const send = (slot: SlotName) =>
    new Promise<void>((resolve) => {
      const req = request(`${opts.urls[slot]}/v1/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) {
            traffic.failed[slot]++;
            traffic.failures.push(`${slot}: HTTP ${res.statusCode}`);
          }
          resolve();
        });
      });
      req.on('error', (e) => {
        traffic.failed[slot]++;
        traffic.failures.push(`${slot}: ${e.message}`);
        resolve();
      });
      req.end('{"messages":[{"role":"user","content":"hi"}]}');
    });

  // The sessions talking now, one per seat; `traffic.sessions` keeps every conversation, ended ones too.
  const seats = [...traffic.sessions];
  const limits = seats.map((_, k) => 1 + Math.floor((k * (opts.turnsPerSession ?? 0)) / seats.length));
  const inflight = new Set<Promise<void>>();
  const interval = 1000 / opts.ratePerSecond;
  const sender = (async () => {
    let next = performance.now();
    let turn = 0;
    while (running) {
      const seat = opts.sessions ? turn % opts.sessions : undefined;
      if (seat !== undefined && opts.turnsPerSession && seats[seat]!.history.length >= limits[seat]!) {
        seats[seat] = { history: [], cookie: '' };
        limits[seat] = opts.turnsPerSession;
        traffic.sessions.push(seats[seat]!);
      }
      const session = seat === undefined ? undefined : seats[seat];
      const group = opts.groups?.length ? turn % opts.groups.length : undefined;
      const groupHeaders = group === undefined ? {} : opts.groups![group]!;
      const chosen = route(session?.cookie ?? groupHeaders.cookie ?? '', groupHeaders);
      if (chosen && view) {
        const { slot, setCookie } = chosen;
        traffic.sent[slot]++;
        traffic.timeline.push({ sentAt: performance.now(), slot });
        const bucket = traffic.perWeight.get(view.canaryPercent) ?? { blue: 0, green: 0 };
        bucket[slot]++;
        traffic.perWeight.set(view.canaryPercent, bucket);
        if (group !== undefined) traffic.groups[group]!.push({ slot, sentAt: performance.now() });
        if (session) {
          session.history.push({ slot, sentAt: performance.now() });
          if (setCookie) session.cookie = mergeCookie(session.cookie, setCookie);
        }
        const p = send(slot).finally(() => inflight.delete(p));
        inflight.add(p);
      }
      turn++;
      next += interval;
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else if (wait < -1000) next = performance.now(); // fell behind (busy machine): do not burst
    }
  })();

  traffic.stop = async () => {
    running = false;
    for (const a of aborts) a.abort();
    await sender;
    await Promise.all(inflight);
    agent.destroy();
  };
  return traffic;
}
