// Replica ratio: for clusters with neither Gateway API nor Istio. While the candidate has a share, the live
// Service selects both slots' pods through the labels they share (its selector without the slot key), so
// every ready pod takes an equal part of the traffic and the candidate's share is its ready replicas over
// all ready replicas. The stable slot is never scaled: the candidate gets round(S·w / (100 − w)) replicas
// for a weight w against S stable ones, and the share reported is the one those ready replicas give.
// At weight 0 the selector names the stable slot again (traffic leaves the candidate at once, requests in
// flight finish), then the candidate is scaled to 0 in one guarded patch. The ladder's state lives in the
// live Service's annotations; every write carries the resourceVersion it was computed from.
import { PatchStrategy, setHeaderOptions, type V1Deployment, type V1Service } from '@kubernetes/client-node';
import { UserError } from '../../errors.ts';
import { call, statusOf, type KubeClients } from '../../kube/client.ts';
import { otherSlot, schemaDefault, SLOT_NAMES, type SlotName } from '../deploy-config.ts';
import type { SourceLocation } from '../../types.ts';
import type { RouteRef, SegmentRung } from '../config.ts';
import { RouteConflict, type RouteSnapshot, type RouterTarget, type StickySessions, type TrafficRouter } from './router.ts';

/** Percentage points a rung's achieved share may differ from the asked one (deploy.canary.router.tolerance). */
export const DEFAULT_RATIO_TOLERANCE: number = schemaDefault(['canary', 'router', 'tolerance']);
/** How long the candidate's replicas may take to become ready (deploy.canary.router.readyTimeoutSeconds). */
export const DEFAULT_RATIO_READY_TIMEOUT_SECONDS: number = schemaDefault(['canary', 'router', 'readyTimeoutSeconds']);

/** Candidate replicas giving the share closest to `percent` next to `stable` ready replicas. */
export function candidateReplicas(stable: number, percent: number): number {
  if (percent <= 0) return 0;
  return Math.round((stable * percent) / (100 - percent));
}

/** The share (percent, unrounded) `candidate` replicas take next to `stable` ones. */
export function ratioPercent(stable: number, candidate: number): number {
  return stable + candidate > 0 ? (100 * candidate) / (stable + candidate) : 0;
}

/**
 * Checks each rung against the stable slot's size: none at 0 candidate replicas, none further than
 * `tolerance` points from what it asks. Returns the index and message of the first that fails.
 */
export function unreachableRung(stable: number, rungs: readonly number[], tolerance: number): { index: number; message: string } | undefined {
  for (const [index, percent] of rungs.entries()) {
    const c = candidateReplicas(stable, percent);
    const achieved = ratioPercent(stable, c);
    if (c === 0 || Math.abs(achieved - percent) > tolerance) {
      const reachable = [1, 2, 3, 4, 5, 6].map((n) => `${Math.round(ratioPercent(stable, n))}`).join(', ');
      const what = c === 0 ? 'needs less than one candidate replica' : `gives ${achieved.toFixed(1)} % with ${c} candidate replica(s)`;
      return {
        index,
        message: `rung ${percent} % cannot be reached by replica counts next to ${stable} stable replica(s): it ${what}, more than ${tolerance} points off (with 1–6 candidate replicas the shares are ${reachable} %)`,
      };
    }
  }
  return undefined;
}

type Obj = Record<string, unknown>;

interface RatioObjects {
  service: V1Service;
  deployments: Record<SlotName, V1Deployment>;
}

export interface ReplicaRatioOptions {
  slotKey: string;
  slotValues: Record<SlotName, string>;
  /** Each slot's one Deployment. */
  deployments: Record<SlotName, string>;
  tolerance: number;
  readyTimeoutSeconds: number;
  /** Where deploy.canary.router is written (errors about the setup point there). */
  where?: SourceLocation;
  sleep?: (ms: number) => Promise<void>;
}

export class ReplicaRatioRouter implements TrafficRouter {
  readonly description: string;
  /** The ladder sizes the candidate through this router, and reads its achieved share from ready replicas. */
  readonly sharesLiveService = true;
  readonly #clients: KubeClients;
  readonly #target: RouterTarget;
  readonly #opts: ReplicaRatioOptions;

  constructor(clients: KubeClients, _ref: RouteRef, target: RouterTarget, opts: ReplicaRatioOptions) {
    this.#clients = clients;
    this.#target = target;
    this.#opts = opts;
    this.description = `replica ratio on Service ${target.namespace}/${target.stableService}`;
  }

  async #readDeployment(slot: SlotName): Promise<V1Deployment> {
    const { namespace } = this.#target;
    const name = this.#opts.deployments[slot];
    return call(`read Deployment ${namespace}/${name}`, () => this.#clients.apps.readNamespacedDeployment({ namespace, name }), { clients: this.#clients });
  }

  async #objects(): Promise<RatioObjects> {
    const { namespace, stableService } = this.#target;
    const [service, blue, green] = await Promise.all([
      call(`read Service ${namespace}/${stableService}`, () => this.#clients.core.readNamespacedService({ namespace, name: stableService }), {
        clients: this.#clients,
      }),
      this.#readDeployment('blue'),
      this.#readDeployment('green'),
    ]);
    return { service, deployments: { blue, green } };
  }

  /** The labels both slots share in the Service's selector; a setup without them is a UserError. */
  #sharedLabels(objects: RatioObjects): Record<string, string> {
    const selector = { ...(objects.service.spec?.selector ?? {}) };
    delete selector[this.#opts.slotKey];
    const fix = `keep a label both slots' pods carry (e.g. app: chat) in the selector of Service ${this.#target.stableService} beside ${this.#opts.slotKey}`;
    if (Object.keys(selector).length === 0) {
      throw new UserError(
        `${this.description}: the Service selects by ${this.#opts.slotKey} only, so there is no shared label through which it could select both slots' pods`,
        this.#opts.where,
        fix,
      );
    }
    for (const slot of SLOT_NAMES) {
      const labels = objects.deployments[slot].spec?.template?.metadata?.labels ?? {};
      const missing = Object.entries(selector)
        .filter(([k, v]) => labels[k] !== v)
        .map(([k, v]) => `${k}=${v}`);
      if (missing.length > 0) {
        throw new UserError(
          `${this.description}: the ${slot} slot's pods (Deployment ${this.#opts.deployments[slot]}) lack the shared label ${missing.join(', ')} the Service selects both slots by`,
          this.#opts.where,
          fix,
        );
      }
      if (labels[this.#opts.slotKey] !== this.#opts.slotValues[slot]) {
        throw new UserError(
          `${this.description}: the ${slot} slot's pods (Deployment ${this.#opts.deployments[slot]}) are not labelled ${this.#opts.slotKey}=${this.#opts.slotValues[slot]}`,
          this.#opts.where,
          fix,
        );
      }
    }
    return selector;
  }

  #snapshot(objects: RatioObjects): RouteSnapshot {
    this.#sharedLabels(objects);
    const value = objects.service.spec?.selector?.[this.#opts.slotKey];
    const ready = (slot: SlotName) => objects.deployments[slot].status?.readyReplicas ?? 0;
    const narrowOn = SLOT_NAMES.find((slot) => this.#opts.slotValues[slot] === value);
    if (value !== undefined && !narrowOn) {
      throw new UserError(`${this.description}: the Service selects ${this.#opts.slotKey}=${value}, neither slot`, this.#opts.where);
    }
    return {
      resourceVersion: objects.service.metadata?.resourceVersion ?? '',
      // Narrow: the live selection takes all. Shared: each slot's ready pods take their part.
      stableWeight: narrowOn ? ready(narrowOn) : 0,
      slotWeights: narrowOn ? { blue: 0, green: 0 } : { blue: ready('blue'), green: ready('green') },
      annotations: { ...objects.service.metadata?.annotations },
      object: objects as unknown as Obj,
      segments: [],
    };
  }

  async read(): Promise<RouteSnapshot> {
    return this.#snapshot(await this.#objects());
  }

  /** The share a rung will show once its replicas are ready: what the ladder records, never the asked one. */
  async plannedWeight(snap: RouteSnapshot, candidate: SlotName, percent: number): Promise<number> {
    const stable = (snap.object as unknown as RatioObjects).deployments[otherSlot(candidate)];
    return Math.round(ratioPercent(stable.spec?.replicas ?? 1, candidateReplicas(stable.spec?.replicas ?? 1, percent)));
  }

  /** The rungs, checked against the stable slot's size before anything is written. */
  checkRungs(snap: RouteSnapshot, candidate: SlotName, rungs: readonly number[], locate: (index: number) => SourceLocation | undefined): void {
    const stable = (snap.object as unknown as RatioObjects).deployments[otherSlot(candidate)];
    const bad = unreachableRung(stable.spec?.replicas ?? 1, rungs, this.#opts.tolerance);
    if (bad) {
      throw new UserError(
        `deploy.canary.rungs.${bad.index}: ${bad.message}`,
        locate(bad.index),
        `choose rungs the replica counts reach, raise deploy.canary.router.tolerance, or use a router that weights requests (gateway-api, istio)`,
      );
    }
  }

  /** Before the hand-over's flip: the candidate grows to the stable slot's size, so the flip moves no capacity away. */
  async beforeHandOver(snap: RouteSnapshot, candidate: SlotName): Promise<void> {
    const objects = snap.object as unknown as RatioObjects;
    const size = objects.deployments[otherSlot(candidate)].spec?.replicas ?? 1;
    await this.#scale(candidate, size, objects.deployments[candidate]);
  }

  /**
   * Guarded scale of one slot's Deployment (its resourceVersion as read), then a wait until exactly that
   * many replicas exist and are ready. A candidate not ready in time is scaled back and the step refused.
   */
  async #scale(slot: SlotName, replicas: number, from: V1Deployment): Promise<void> {
    const { namespace } = this.#target;
    const name = this.#opts.deployments[slot];
    const before = from.spec?.replicas ?? 1;
    if (before !== replicas) await this.#patchReplicas(slot, from, replicas);
    if (replicas === 0) return;
    const deadline = Date.now() + this.#opts.readyTimeoutSeconds * 1000;
    const sleep = this.#opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (;;) {
      const d = await this.#readDeployment(slot);
      const s = d.status ?? {};
      if ((s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0) && (s.readyReplicas ?? 0) === replicas && (s.replicas ?? 0) === replicas) return;
      if (Date.now() > deadline) {
        if (before !== replicas) await this.#patchReplicas(slot, d, before).catch(() => undefined);
        throw new UserError(
          `Deployment ${namespace}/${name} did not reach ${replicas} ready replica(s) within ${this.#opts.readyTimeoutSeconds} s (ready ${s.readyReplicas ?? 0} of ${s.replicas ?? 0}); scaled back to ${before}, the share was not changed`,
          undefined,
          'check the candidate pods, or raise deploy.canary.router.readyTimeoutSeconds',
        );
      }
      await sleep(100);
    }
  }

  /**
   * One merge patch of the scale subresource carrying the Deployment's resourceVersion. On a 409 the
   * Deployment is read again: a status update (the controller's) is retried from the fresh version; a
   * replica count someone else changed is a RouteConflict, never overwritten.
   */
  async #patchReplicas(slot: SlotName, from: V1Deployment, replicas: number): Promise<void> {
    const { namespace } = this.#target;
    const name = this.#opts.deployments[slot];
    let current = from;
    for (let attempt = 0; ; attempt++) {
      const body = { metadata: { resourceVersion: current.metadata?.resourceVersion }, spec: { replicas } };
      try {
        // Through the scale subresource (the Role's deployments/scale patch); its resourceVersion is the Deployment's.
        await this.#clients.apps.patchNamespacedDeploymentScale(
          { namespace, name, body, fieldManager: 'shadowgate' },
          setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
        );
        return;
      } catch (e) {
        if (statusOf(e) !== 409) return call(`scale Deployment ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients: this.#clients });
        const fresh = await this.#readDeployment(slot);
        if ((fresh.spec?.replicas ?? 1) !== (from.spec?.replicas ?? 1) || attempt >= 4) throw new RouteConflict(`Deployment ${namespace}/${name}`);
        current = fresh;
      }
    }
  }

  async #patchService(from: RouteSnapshot, selectorValue: string | null | undefined, annotations: Record<string, string | null>): Promise<void> {
    const { namespace, stableService: name } = this.#target;
    const body: Obj = { metadata: { resourceVersion: from.resourceVersion, annotations } };
    if (selectorValue !== undefined) body.spec = { selector: { [this.#opts.slotKey]: selectorValue } };
    try {
      await this.#clients.core.patchNamespacedService(
        { namespace, name, body, fieldManager: 'shadowgate' },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
    } catch (e) {
      if (statusOf(e) === 409) throw new RouteConflict(this.description);
      return call(`patch Service ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients: this.#clients });
    }
  }

  async setWeight(
    from: RouteSnapshot,
    candidate: SlotName,
    percent: number,
    annotations: Record<string, string | null>,
    _sticky?: StickySessions,
    segments: readonly SegmentRung[] = [],
  ): Promise<RouteSnapshot> {
    if (segments.length > 0) throw new UserError(`${this.description}: segment rungs need a router that matches headers or cookies`);
    const objects = from.object as unknown as RatioObjects;
    const stable = otherSlot(candidate);
    const value = objects.service.spec?.selector?.[this.#opts.slotKey];
    if (percent > 0) {
      if (value === this.#opts.slotValues[candidate])
        throw new UserError(`${this.description}: the Service already selects only ${candidate}; there is no share to set`);
      // Sized (and ready) before the Service selects it: the first rung never sees more candidate pods than it asked for.
      const stableSize = objects.deployments[stable].spec?.replicas ?? 1;
      // A share recorded by the ladder (already rounded from the replicas) keeps the replicas that gave it.
      const current = objects.deployments[candidate].spec?.replicas ?? 1;
      const keep = value === undefined && current > 0 && Math.round(ratioPercent(stableSize, current)) === percent;
      await this.#scale(candidate, keep ? current : candidateReplicas(stableSize, percent), objects.deployments[candidate]);
      await this.#patchService(from, value === undefined ? undefined : null, annotations);
    } else if (value === this.#opts.slotValues[candidate]) {
      // The hand-over flipped the selector to the candidate: it is live, nothing to take away.
      await this.#patchService(from, undefined, annotations);
    } else {
      // Traffic back to the stable slot first (in-flight requests finish), then the candidate goes in one patch.
      await this.#patchService(from, this.#opts.slotValues[stable], annotations);
      const current = await this.#readDeployment(candidate);
      if ((current.spec?.replicas ?? 1) !== 0 && value === undefined) await this.#patchReplicas(candidate, current, 0);
    }
    return this.read();
  }
}
