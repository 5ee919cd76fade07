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
}

type Obj = Record<string, unknown>;
interface Backend { name: string; weight?: number; filters?: Obj[] }
interface Rule { matches?: Array<{ headers?: Array<{ name: string; type?: string; value: string }> }>; backendRefs: Backend[] }

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

export interface SessionRecord {
  /** Slot of each answered request, in sending order, with the time it was sent (performance clock). */
  history: Array<{ slot: SlotName; sentAt: number }>;
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
  rules: Rule[];
  live: SlotName | undefined;
  /** Weight of the slot-Service backends of the first rule (the canary), for grouping. */
  canaryPercent: number;
}

export function startTraffic(opts: TrafficOptions): Traffic {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const traffic: Traffic = { groups: (opts.groups ?? []).map(() => []), timeline: [], sessions: Array.from({ length: opts.sessions ?? 0 }, () => ({ history: [], cookie: '' })), perWeight: new Map(), sent: { blue: 0, green: 0 }, failed: { blue: 0, green: 0 }, failures: [], stop: async () => {} };
  let view: View | undefined;
  let running = true;

  // Watches on the route and the live Service, as a gateway follows its configuration.
  let rules: Rule[] | undefined;
  let selected: string | undefined;
  const update = () => {
    if (!rules || selected === undefined) return;
    const live = opts.selectorValues[selected];
    let canary = 0;
    let total = 0;
    for (const ref of rules[0]!.backendRefs) {
      const w = ref.weight ?? 1;
      total += w;
      if (ref.name !== opts.liveService && opts.slotServices[ref.name]) canary += w;
    }
    view = { rules, live, canaryPercent: total ? Math.round((canary / total) * 100) : 0 };
  };
  const aborts: AbortController[] = [];
  const follow = async (path: string, name: string, apply: (obj: Obj) => void): Promise<void> => {
    aborts.push(await new Watch(opts.admin.config).watch(path, { fieldSelector: `metadata.name=${name}`, allowWatchBookmarks: false }, (_phase, obj: Obj) => {
      apply(obj);
      update();
    }, () => {
      if (running) setTimeout(() => void follow(path, name, apply), 50); // the API server closes watches now and then
    }));
  };
  void follow(`/apis/gateway.networking.k8s.io/v1/namespaces/${opts.namespace}/httproutes`, opts.route, (obj) => (rules = (obj.spec as { rules: Rule[] }).rules));
  void follow(`/api/v1/namespaces/${opts.namespace}/services`, opts.liveService, (obj) => (selected = (obj.spec as { selector?: Record<string, string> }).selector?.[opts.slotKey] ?? ''));

  /** The slot a request with this cookie reaches now, and the cookie the answer sets. */
  const route = (cookie: string, headers: Record<string, string> = {}): { slot: SlotName; setCookie: string | undefined } | undefined => {
    const rule = view && pickRule(view.rules, cookie, headers);
    if (!view || !rule) return undefined;
    const total = rule.backendRefs.reduce((sum, b) => sum + (b.weight ?? 1), 0);
    if (total <= 0) return undefined;
    let pick = Math.random() * total;
    const backend = rule.backendRefs.find((b) => (pick -= b.weight ?? 1) < 0) ?? rule.backendRefs.at(-1)!;
    const slot = backend.name === opts.liveService ? view.live : opts.slotServices[backend.name];
    return slot ? { slot, setCookie: setCookieOf(backend) } : undefined;
  };


  const send = (slot: SlotName) => new Promise<void>((resolve) => {
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

  const inflight = new Set<Promise<void>>();
  const interval = 1000 / opts.ratePerSecond;
  const sender = (async () => {
    let next = performance.now();
    let turn = 0;
    while (running) {
      const session = traffic.sessions.length ? traffic.sessions[turn % traffic.sessions.length] : undefined;
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
          if (setCookie) session.cookie = setCookie;
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
