// The data plane of the canary tests: a weight-honouring sender that follows the HTTPRoute and the live
// Service through the API (as a gateway would) and sends each request to the slot they choose. The stable
// backend is the live Service, so it reaches whichever slot the selector names at that moment.
import { Agent, request } from 'node:http';
import { CustomObjectsApi } from '@kubernetes/client-node';
import type { KubeClients } from '../../../src/kube/client.ts';
import type { SlotName } from '../../../src/kube/config.ts';

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
}

export interface Traffic {
  /** Requests per (candidate weight seen, slot that answered). */
  perWeight: Map<number, Record<SlotName, number>>;
  sent: Record<SlotName, number>;
  /** Non-200 answers and transport errors, per slot. */
  failed: Record<SlotName, number>;
  stop(): Promise<void>;
}

interface View {
  /** Relative weight per slot, after resolving the live Service to its slot. */
  weights: Record<SlotName, number>;
  /** Weight of the backend that is a slot Service (the canary), for grouping. */
  canaryPercent: number;
}

export function startTraffic(opts: TrafficOptions): Traffic {
  const api = opts.admin.config.makeApiClient(CustomObjectsApi);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const traffic: Traffic = { perWeight: new Map(), sent: { blue: 0, green: 0 }, failed: { blue: 0, green: 0 }, stop: async () => {} };
  let view: View | undefined;
  let running = true;

  const refresh = async () => {
    const [route, service] = await Promise.all([
      api.getNamespacedCustomObject({ group: 'gateway.networking.k8s.io', version: 'v1', namespace: opts.namespace, plural: 'httproutes', name: opts.route }) as Promise<{ spec: { rules: Array<{ backendRefs: Array<{ name: string; weight?: number }> }> } }>,
      opts.admin.core.readNamespacedService({ namespace: opts.namespace, name: opts.liveService }),
    ]);
    const live = opts.selectorValues[service.spec?.selector?.[opts.slotKey] ?? ''];
    const weights: Record<SlotName, number> = { blue: 0, green: 0 };
    let canary = 0;
    let total = 0;
    for (const ref of route.spec.rules[0]!.backendRefs) {
      const w = ref.weight ?? 1;
      total += w;
      const slot = ref.name === opts.liveService ? live : opts.slotServices[ref.name];
      if (!slot) continue;
      weights[slot] += w;
      if (ref.name !== opts.liveService) canary += w;
    }
    view = { weights, canaryPercent: total ? Math.round((canary / total) * 100) : 0 };
  };

  const poller = (async () => {
    while (running) {
      await refresh().catch(() => {});
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  const send = (slot: SlotName) => new Promise<void>((resolve) => {
    const req = request(`${opts.urls[slot]}/v1/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== 200) traffic.failed[slot]++;
        resolve();
      });
    });
    req.on('error', () => {
      traffic.failed[slot]++;
      resolve();
    });
    req.end('{"messages":[{"role":"user","content":"hi"}]}');
  });

  const inflight = new Set<Promise<void>>();
  const interval = 1000 / opts.ratePerSecond;
  const sender = (async () => {
    let next = performance.now();
    while (running) {
      if (view) {
        const { weights, canaryPercent } = view;
        const total = weights.blue + weights.green;
        if (total > 0) {
          const slot: SlotName = Math.random() * total < weights.blue ? 'blue' : 'green';
          traffic.sent[slot]++;
          const bucket = traffic.perWeight.get(canaryPercent) ?? { blue: 0, green: 0 };
          bucket[slot]++;
          traffic.perWeight.set(canaryPercent, bucket);
          const p = send(slot).finally(() => inflight.delete(p));
          inflight.add(p);
        }
      }
      next += interval;
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else if (wait < -1000) next = performance.now(); // fell behind (busy machine): do not burst
    }
  })();

  traffic.stop = async () => {
    running = false;
    await Promise.all([poller, sender]);
    await Promise.all(inflight);
    agent.destroy();
  };
  return traffic;
}
