// A traffic router moves a share of the live traffic to the candidate slot. The ladder reads the route,
// sets weights with ONE patch guarded by the resourceVersion it read (so a route edited by someone else is
// re-read, never overwritten), and keeps its own state in the route's annotations.
import { CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { UserError } from '../../errors.ts';
import { call, statusOf, type KubeClients } from '../../kube/client.ts';
import type { DeployConfig, SlotName } from '../deploy-config.ts';
import type { SourceLocation } from '../../types.ts';
import type { RouteRef, SegmentRung } from '../config.ts';
import { applySticky, GATEWAY_API } from './gateway-api.ts';
import { FlagdRouter } from './flagd.ts';
import { DEFAULT_RATIO_READY_TIMEOUT_SECONDS, DEFAULT_RATIO_TOLERANCE, ReplicaRatioRouter } from './replica-ratio.ts';
import { applyIstioSticky, ISTIO, istioSubsetShape, slotSubsets } from './istio.ts';
import { ServiceSelectorRouter, type FlipActor } from './service-selector.ts';

export interface RouteSnapshot {
  resourceVersion: string;
  /** Relative weight of the stable backend (the live Service). */
  stableWeight: number;
  /** Relative weight of each slot's own Service backend; undefined when the rule has no backend for it. */
  slotWeights: Record<SlotName, number | undefined>;
  annotations: Record<string, string>;
  object: Record<string, unknown>;
  /** Segments whose match rule sends them to a slot Service, as installed by the ladder. */
  segments: string[];
}

/** Rules the ladder adds for segment rungs are named so, and found again by that name. */
export const SEGMENT_RULE_PREFIX = 'shadowgate-segment-';

/** The candidate's share in percent, rounded as traffic would see it. */
export function canaryPercent(snapshot: RouteSnapshot, candidate: SlotName): number {
  const canary = snapshot.slotWeights[candidate] ?? 0;
  // The other slot's own backend counts in the total too (replica ratio: the stable slot's ready pods).
  const total = snapshot.stableWeight + (snapshot.slotWeights.blue ?? 0) + (snapshot.slotWeights.green ?? 0);
  return total > 0 ? Math.round((canary / total) * 100) : 0;
}

/**
 * One adapter per kind of traffic steering, in the style of Flagger's pkg/router and Argo Rollouts' one
 * reconciler per router: the ladder, blue-green and the hand-over between them drive every kind through
 * these methods only.
 */
export interface TrafficRouter {
  readonly description: string;
  /**
   * The candidate weights this router can set, in percent; absent: any whole percentage 0–100. The
   * service-selector router moves all traffic or none: [0, 100].
   */
  readonly weights?: readonly number[];
  /** Reads the route's weighted backends; a rule without the live Service as a backend is a UserError. */
  read(): Promise<RouteSnapshot>;
  /**
   * Sets the candidate's weight to `percent` (stable gets the rest) and the given annotations (null
   * removes one) in one patch carrying `from.resourceVersion`. A 409 throws RouteConflict; a rule without a
   * backend for the candidate's Service is a UserError.
   */
  setWeight(
    from: RouteSnapshot,
    candidate: SlotName,
    percent: number,
    annotations: Record<string, string | null>,
    sticky?: StickySessions,
    segments?: readonly SegmentRung[],
  ): Promise<RouteSnapshot>;
  /**
   * Replica ratio: the route is the live Service itself, whose selector spans both slots mid-ladder (so it
   * names no slot), and which the hand-over's flip writes too.
   */
  readonly sharesLiveService?: boolean;
  /** The share a rung will actually have (recorded instead of the asked one) when the router cannot set it exactly. */
  plannedWeight?(snap: RouteSnapshot, candidate: SlotName, percent: number): Promise<number>;
  /** Refuses, before anything is written, rungs the router cannot reach (a UserError at the rung's line). */
  checkRungs?(snap: RouteSnapshot, candidate: SlotName, rungs: readonly number[], locate: (index: number) => SourceLocation | undefined): void;
  /** Runs before the hand-over flips the live selector (replica ratio: the candidate grows to full size). */
  beforeHandOver?(snap: RouteSnapshot, candidate: SlotName): Promise<void>;
  /**
   * Reads the route back and confirms it sends `percent` to the candidate; throws when it does not.
   * Absent: `verifyWeight` reads the route and compares the candidate's share.
   */
  verify?(candidate: SlotName, percent: number): Promise<RouteSnapshot>;
  /**
   * Ends a move once traffic is where it should stay: whatever the router keeps only while traffic is
   * moving (a drain of sessions on the old side, say) is wound down. Absent: nothing to wind down.
   */
  finish?(snapshot: RouteSnapshot, candidate: SlotName): Promise<void>;
}

/** Refuses a weight the router cannot set, before anything is written. */
export function requireSupportedWeight(router: TrafficRouter, percent: number): void {
  const ok = router.weights ? router.weights.includes(percent) : Number.isInteger(percent) && percent >= 0 && percent <= 100;
  if (!ok) {
    throw new UserError(
      `${router.description} cannot send ${percent}% to a slot (it can set: ${router.weights ? router.weights.map((w) => `${w}%`).join(', ') : 'whole percentages 0–100'})`,
    );
  }
}

/** The route as the API server now has it, confirmed to send `percent` to the candidate. */
export async function verifyWeight(router: TrafficRouter, candidate: SlotName, percent: number): Promise<RouteSnapshot> {
  if (router.verify) return router.verify(candidate, percent);
  const snapshot = await router.read();
  const now = canaryPercent(snapshot, candidate);
  if (now !== percent)
    throw new UserError(`${router.description} sends ${now}% to ${candidate} right after it was set to ${percent}%; someone else is changing it`);
  return snapshot;
}

/**
 * Sticky sessions (Gateway API, Istio): while the candidate has weight, its responses set a cookie and a rule
 * matching that cookie sends the session to the candidate for the rest of the ladder; at weight 0 (abort,
 * hand-over) both are removed in the same patch, so those sessions return to the stable backend.
 */
export interface StickySessions {
  cookieName: string;
  maxAgeSeconds: number;
}

export class RouteConflict extends Error {
  constructor(what: string) {
    super(`${what} changed since it was read (409 Conflict)`);
    this.name = 'RouteConflict';
  }
}

export interface RouterTarget {
  namespace: string;
  /** The live Service: the stable backend. */
  stableService: string;
  /** Each slot's own Service: the candidate backend (replica ratio has none: it steers the live Service). */
  slotServices?: Record<SlotName, string>;
  /** The live Service's slot key and each slot's value of it (Istio subsets pick their subset by it). */
  slotLabel?: { key: string; values: Record<SlotName, string> };
  /** Each slot's Deployments (replica ratio sizes the candidate's one Deployment). */
  slotDeployments?: Record<SlotName, string[]>;
  /** Where deploy.canary.router is written. */
  where?: SourceLocation;
}

/** A target whose slots have their own Services (every router but replica ratio). */
export type SlotServicesTarget = RouterTarget & { slotServices: Record<SlotName, string> };

function withSlotServices(target: RouterTarget, kind: string): SlotServicesTarget {
  if (!target.slotServices) throw new Error(`the ${kind} router needs the slot Services (deploy.canary.services)`);
  return target as SlotServicesTarget;
}

/** Where the weighted list lives in a route kind, and how an entry names its Service. */
export interface RouteShape {
  group: string;
  version: string;
  plural: string;
  kind: string;
  /** spec key holding the rules, and the key of the weighted list inside one rule. */
  rulesKey: string;
  backendsKey: string;
  serviceOf(entry: Record<string, unknown>, namespace: string): string | undefined;
  /** Weight when the field is absent (Gateway API: 1; Istio: a lone destination takes all). */
  defaultWeight(entries: number): number;
  /**
   * The rule sending one segment to the candidate: the weighted rule's matches plus the segment's header or
   * cookie, and the candidate backend alone. `name` marks it as the ladder's.
   */
  segmentRule(weighted: Record<string, unknown>, candidate: Record<string, unknown>, segment: SegmentRung, name: string): Record<string, unknown>;
  /** Istio takes the first matching route, so segment routes go before the weighted one; Gateway API picks the most specific match. */
  segmentsFirst: boolean;
}

const isIstioStickyRule = (rule: Record<string, unknown>) => typeof rule.name === 'string' && rule.name.startsWith('shadowgate-sticky');
const isSegmentRule = (rule: Record<string, unknown>) => typeof rule.name === 'string' && rule.name.startsWith(SEGMENT_RULE_PREFIX);

/** Rules shadowgate adds by name (segments; Istio's sticky route; the drain rule at a flip) and removes again. */
export const OWNED_RULE_PREFIXES = [SEGMENT_RULE_PREFIX, 'shadowgate-sticky', 'shadowgate-drain'];
export const isOwnedRule = (rule: Record<string, unknown>) =>
  typeof rule.name === 'string' && OWNED_RULE_PREFIXES.some((p) => (rule.name as string).startsWith(p));

/** The position of the configured rule, counting only rules that are not added by shadowgate. */
export function ruleIndex(rules: ReadonlyArray<Record<string, unknown>>, configured: number): number {
  let seen = -1;
  for (let i = 0; i < rules.length; i++) {
    if (isOwnedRule(rules[i]!)) continue;
    if (++seen === configured) return i;
  }
  return -1;
}

/** One router for every route kind whose weights are a list inside a rule: Gateway API and Istio. */
export class CustomRouteRouter implements TrafficRouter {
  readonly description: string;
  readonly #api: CustomObjectsApi;
  readonly #clients: KubeClients;
  #shape: RouteShape;
  readonly #ref: RouteRef;
  readonly #target: SlotServicesTarget;
  /** Re-derives the shape from other objects on every read (Istio subsets: the DestinationRule). */
  readonly #resolveShape: ((api: CustomObjectsApi) => Promise<RouteShape>) | undefined;

  constructor(
    clients: KubeClients,
    shape: RouteShape,
    ref: RouteRef,
    target: SlotServicesTarget,
    resolveShape?: (api: CustomObjectsApi) => Promise<RouteShape>,
  ) {
    this.#clients = clients;
    this.#api = clients.config.makeApiClient(CustomObjectsApi);
    this.#shape = shape;
    this.#ref = ref;
    this.#target = target;
    this.#resolveShape = resolveShape;
    this.description = `${shape.kind} ${target.namespace}/${ref.name}`;
  }

  #params() {
    return { group: this.#shape.group, version: this.#shape.version, namespace: this.#target.namespace, plural: this.#shape.plural, name: this.#ref.name };
  }

  async read(): Promise<RouteSnapshot> {
    if (this.#resolveShape) this.#shape = await this.#resolveShape(this.#api);
    const object = (await call(`read ${this.description}`, () => this.#api.getNamespacedCustomObject(this.#params()), { clients: this.#clients })) as Record<
      string,
      unknown
    >;
    return this.#snapshot(object);
  }

  #entries(object: Record<string, unknown>): Array<Record<string, unknown>> {
    const rules = ((object.spec as Record<string, unknown> | undefined)?.[this.#shape.rulesKey] ?? []) as Array<Record<string, unknown>>;
    const rule = rules[ruleIndex(rules, this.#ref.rule)];
    if (!rule) {
      const own = rules.filter((r) => !isOwnedRule(r)).length;
      throw new UserError(
        `${this.description} has ${own} ${this.#shape.rulesKey} entr${own === 1 ? 'y' : 'ies'}; deploy.canary.router.rule ${this.#ref.rule} does not exist`,
      );
    }
    return (rule[this.#shape.backendsKey] ?? []) as Array<Record<string, unknown>>;
  }

  #index(entries: Array<Record<string, unknown>>, service: string, role: string): number {
    const names = entries.map((e) => this.#shape.serviceOf(e, this.#target.namespace));
    const index = names.indexOf(service);
    if (index < 0) {
      throw new UserError(
        `${this.description} rule ${this.#ref.rule} has no backend for the ${role} Service "${service}" (backends: ${names.map((n) => n ?? '<other>').join(', ') || 'none'})`,
        undefined,
        `list the live Service "${this.#target.stableService}" and both slot Services (${this.#target.slotServices.blue}, ${this.#target.slotServices.green}) as backends of that rule, the slot Services with weight 0`,
      );
    }
    return index;
  }

  #snapshot(object: Record<string, unknown>): RouteSnapshot {
    const entries = this.#entries(object);
    const weightOf = (i: number) => (entries[i]!.weight as number | undefined) ?? this.#shape.defaultWeight(entries.length);
    const stableWeight = weightOf(this.#index(entries, this.#target.stableService, 'live (stable)'));
    const names = entries.map((e) => this.#shape.serviceOf(e, this.#target.namespace));
    const slotWeight = (slot: SlotName) => {
      const i = names.indexOf(this.#target.slotServices[slot]);
      return i < 0 ? undefined : weightOf(i);
    };
    // Weights elsewhere in the rule would take a share the ladder neither sets nor judges.
    const ours = new Set([this.#target.stableService, this.#target.slotServices.blue, this.#target.slotServices.green]);
    const foreign = entries.flatMap((e, i) =>
      ours.has(names[i] ?? '') || weightOf(i) === 0 ? [] : [`${names[i] ?? JSON.stringify(e.destination ?? e.name)} (weight ${weightOf(i)})`],
    );
    if (foreign.length > 0) {
      throw new UserError(
        `${this.description} rule ${this.#ref.rule} also sends traffic to ${foreign.join(', ')}; the weights would not sum to what the ladder sets`,
        undefined,
        `keep only the live Service "${this.#target.stableService}" and the slot Services in that rule, or give the others weight 0`,
      );
    }
    const metadata = (object.metadata ?? {}) as { resourceVersion?: string; annotations?: Record<string, string> };
    const rules = ((object.spec as Record<string, unknown> | undefined)?.[this.#shape.rulesKey] ?? []) as Array<Record<string, unknown>>;
    return {
      segments: rules.filter(isSegmentRule).map((r) => String(r.name).slice(SEGMENT_RULE_PREFIX.length)),
      resourceVersion: metadata.resourceVersion ?? '',
      stableWeight,
      slotWeights: { blue: slotWeight('blue'), green: slotWeight('green') },
      annotations: { ...metadata.annotations },
      object,
    };
  }

  async setWeight(
    from: RouteSnapshot,
    candidate: SlotName,
    percent: number,
    annotations: Record<string, string | null>,
    sticky?: StickySessions,
    segments: readonly SegmentRung[] = [],
  ): Promise<RouteSnapshot> {
    const spec = structuredClone((from.object.spec ?? {}) as Record<string, unknown>);
    // The segment rules are rebuilt on every write: those of the previous step go, the requested ones come back.
    const rules = (spec[this.#shape.rulesKey] as Array<Record<string, unknown>>).filter((r) => !isSegmentRule(r) && !isIstioStickyRule(r));
    const weightedIndex = ruleIndex(rules, this.#ref.rule);
    const weighted = rules[weightedIndex]!;
    const entries = weighted[this.#shape.backendsKey] as Array<Record<string, unknown>>;
    const stable = this.#index(entries, this.#target.stableService, 'live (stable)');
    const canary = this.#index(entries, this.#target.slotServices[candidate], `${candidate} slot's`);
    // Other backends (e.g. the idle slot's Service) keep what they had; the two weights are explicit.
    entries[stable]!.weight = 100 - percent;
    entries[canary]!.weight = percent;
    if (this.#shape === GATEWAY_API && sticky) applySticky(rules, weightedIndex, canary, this.#target.slotServices[candidate], sticky, percent > 0);
    if (segments.length > 0) {
      const added = segments.map((seg) => this.#shape.segmentRule(rules[weightedIndex]!, entries[canary]!, seg, `${SEGMENT_RULE_PREFIX}${seg.segment}`));
      if (this.#shape.segmentsFirst) rules.splice(weightedIndex, 0, ...added);
      else rules.push(...added);
    }
    if (this.#shape === ISTIO && sticky) applyIstioSticky(rules, rules.indexOf(weighted), canary, this.#target.slotServices[candidate], sticky, percent > 0);
    // A merge patch replaces lists whole; the resourceVersion makes that safe: the list is the one just read.
    const body = {
      metadata: { resourceVersion: from.resourceVersion, annotations },
      spec: { [this.#shape.rulesKey]: rules },
    };
    try {
      const patched = (await this.#api.patchNamespacedCustomObject(
        { ...this.#params(), body, fieldManager: 'shadowgate' },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      )) as Record<string, unknown>;
      return this.#snapshot(patched);
    } catch (e) {
      if (statusOf(e) === 409) throw new RouteConflict(this.description);
      return call(`patch ${this.description}`, () => Promise.reject(e), { attempts: 1, clients: this.#clients });
    }
  }
}

/** The blue-green router: the live Service's selector names one slot (see service-selector.ts). */
export interface SelectorRouteRef {
  kind: 'service-selector';
  config: DeployConfig;
  /** Who moves traffic: recorded in the Service's flip history. */
  actor: FlipActor;
}

export function routerFor(clients: KubeClients, ref: RouteRef, target: RouterTarget): TrafficRouter;
export function routerFor(clients: KubeClients, ref: SelectorRouteRef): ServiceSelectorRouter;
export function routerFor(clients: KubeClients, ref: RouteRef | SelectorRouteRef, target?: RouterTarget): TrafficRouter {
  if (ref.kind === 'service-selector') return new ServiceSelectorRouter(clients, ref.config, ref.actor);
  if (!target) throw new Error(`the ${ref.kind} router needs its Services`);
  switch (ref.kind) {
    case 'gateway-api':
      return new CustomRouteRouter(clients, GATEWAY_API, ref, withSlotServices(target, ref.kind));
    case 'istio': {
      const withServices = withSlotServices(target, ref.kind);
      if (ref.destinationRule)
        return new CustomRouteRouter(clients, ISTIO, ref, withServices, (api) => subsetShape(clients, api, ref.destinationRule!, withServices));
      return new CustomRouteRouter(clients, ISTIO, ref, withServices);
    }
    case 'flagd':
      return new FlagdRouter(clients, ref, withSlotServices(target, ref.kind));
    case 'replica-ratio':
      if (!target.slotLabel || !target.slotDeployments) throw new Error('the replica-ratio router needs the slot label and Deployments');
      return new ReplicaRatioRouter(clients, ref, target, {
        slotKey: target.slotLabel.key,
        slotValues: target.slotLabel.values,
        deployments: { blue: target.slotDeployments.blue[0]!, green: target.slotDeployments.green[0]! },
        tolerance: ref.tolerance ?? DEFAULT_RATIO_TOLERANCE,
        readyTimeoutSeconds: ref.readyTimeoutSeconds ?? DEFAULT_RATIO_READY_TIMEOUT_SECONDS,
        ...(target.where ? { where: target.where } : {}),
      });
  }
}

/** Reads the DestinationRule and derives the subset shape from it (a missing one is a UserError naming it). */
async function subsetShape(clients: KubeClients, api: CustomObjectsApi, name: string, target: SlotServicesTarget): Promise<RouteShape> {
  const { namespace } = target;
  const rule = (await call(
    `read DestinationRule ${namespace}/${name} (deploy.canary.router.destinationRule)`,
    () => api.getNamespacedCustomObject({ group: ISTIO.group, version: ISTIO.version, namespace, plural: 'destinationrules', name }),
    { clients },
  )) as Record<string, unknown>;
  if (!target.slotLabel) throw new Error('Istio subsets need the slot label');
  return istioSubsetShape(slotSubsets(rule, namespace, target.slotLabel.key, target.slotLabel.values), target.slotServices);
}
