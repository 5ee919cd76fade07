// The data plane of a Service that selects both slots' pods, as kube-proxy spreads it: every ready pod the
// selector matches takes an equal part. It watches the live Service and the two slot Deployments through the
// API; while the selector names a slot, that slot takes everything; while it spans both (the shared label
// only), each request goes to a slot with probability ready replicas / all ready replicas.
import { Agent, request } from 'node:http';
import { Watch } from '@kubernetes/client-node';
import type { KubeClients } from '../../../src/kube/client.ts';
import type { SlotName } from '../../../src/delivery/deploy-config.ts';

export interface EndpointsTrafficOptions {
  admin: KubeClients;
  namespace: string;
  liveService: string;
  slotKey: string;
  selectorValues: Record<string, SlotName>;
  deployments: Record<SlotName, string>;
  urls: Record<SlotName, string>;
  ratePerSecond: number;
}

export interface EndpointsTraffic {
  timeline: Array<{ sentAt: number; slot: SlotName }>;
  /** Requests per (green's share of ready pods in percent, as the data plane saw it, slot that answered). */
  perShare: Map<number, Record<SlotName, number>>;
  failed: Record<SlotName, number>;
  failures: string[];
  stop(): Promise<void>;
}

type Obj = Record<string, unknown>;

export function startEndpointsTraffic(opts: EndpointsTrafficOptions): EndpointsTraffic {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const out: EndpointsTraffic = { timeline: [], perShare: new Map(), failed: { blue: 0, green: 0 }, failures: [], stop: async () => {} };
  let running = true;
  let selected: string | undefined | null = null; // null: not seen yet; undefined: no slot key (both slots)
  const ready: Record<SlotName, number | undefined> = { blue: undefined, green: undefined };
  const aborts: AbortController[] = [];
  const follow = async (path: string, name: string, apply: (obj: Obj) => void): Promise<void> => {
    aborts.push(
      await new Watch(opts.admin.config).watch(
        path,
        { fieldSelector: `metadata.name=${name}`, allowWatchBookmarks: false },
        (_phase, obj: Obj) => apply(obj),
        () => {
          if (running) setTimeout(() => void follow(path, name, apply), 50);
        },
      ),
    );
  };
  void follow(
    `/api/v1/namespaces/${opts.namespace}/services`,
    opts.liveService,
    (obj) => (selected = (obj.spec as { selector?: Record<string, string> }).selector?.[opts.slotKey]),
  );
  for (const slot of ['blue', 'green'] as const) {
    void follow(
      `/apis/apps/v1/namespaces/${opts.namespace}/deployments`,
      opts.deployments[slot],
      (obj) => (ready[slot] = ((obj.status ?? {}) as { readyReplicas?: number }).readyReplicas ?? 0),
    );
  }

  const pick = (): { slot: SlotName; share: number } | undefined => {
    if (selected === null || ready.blue === undefined || ready.green === undefined) return undefined;
    if (selected !== undefined) {
      const slot = opts.selectorValues[selected];
      return slot ? { slot, share: slot === 'green' ? 100 : 0 } : undefined;
    }
    const total = ready.blue + ready.green;
    if (total === 0) return undefined;
    return { slot: Math.random() * total < ready.green ? 'green' : 'blue', share: Math.round((100 * ready.green) / total) };
  };

  const send = (slot: SlotName) =>
    new Promise<void>((resolve) => {
      const req = request(`${opts.urls[slot]}/v1/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) {
            out.failed[slot]++;
            out.failures.push(`${slot}: HTTP ${res.statusCode}`);
          }
          resolve();
        });
      });
      req.on('error', (e) => {
        out.failed[slot]++;
        out.failures.push(`${slot}: ${e.message}`);
        resolve();
      });
      req.end('{"messages":[{"role":"user","content":"hi"}]}');
    });

  const inflight = new Set<Promise<void>>();
  const interval = 1000 / opts.ratePerSecond;
  const sender = (async () => {
    let next = performance.now();
    while (running) {
      const chosen = pick();
      if (chosen) {
        out.timeline.push({ sentAt: performance.now(), slot: chosen.slot });
        const bucket = out.perShare.get(chosen.share) ?? { blue: 0, green: 0 };
        bucket[chosen.slot]++;
        out.perShare.set(chosen.share, bucket);
        const p = send(chosen.slot).finally(() => inflight.delete(p));
        inflight.add(p);
      }
      next += interval;
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else if (wait < -1000) next = performance.now();
    }
  })();
  out.stop = async () => {
    running = false;
    for (const a of aborts) a.abort();
    await sender;
    await Promise.all(inflight);
    agent.destroy();
  };
  return out;
}
