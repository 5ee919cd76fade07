// The service-selector router: blue-green's traffic switch. The live Service's selector names one slot
// (`slotKey: <slot's value>`), so a slot takes all of the Service's traffic or none of it — weights 0 and
// 100 only. A move is ONE merge patch of that selector key plus the flip history, guarded by the
// resourceVersion it was computed from; a 409 re-reads and re-checks, never overwrites blindly.
import type { V1Service } from '@kubernetes/client-node';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { UserError } from '../../errors.ts';
import { call, statusOf, type KubeClients } from '../../kube/client.ts';
import { KubeRefusal } from '../../kube/refusal.ts';
import { otherSlot, slotOfSelector, type DeployConfig, type SlotName } from '../deploy-config.ts';
import { slotReadiness } from '../../kube/readiness.ts';
import { canaryPercent, type RouteSnapshot, type TrafficRouter } from './router.ts';
import {
  appendHistory,
  HISTORY_ANNOTATION,
  idsOf,
  LIVE_SLOT_ANNOTATION,
  parseHistory,
  promotionToRevert,
  releaseOnSlot,
  type FlipAction,
  type HistoryEntry,
  type SlotRelease,
} from '../history.ts';
import { RELEASE_ID_KEYS, type ReleaseIds } from '../../versioning/release-ids.ts';

export interface LiveService {
  service: V1Service;
  selector: Record<string, string>;
  /** The slot the selector points at, or undefined when the slot key is missing or has a foreign value. */
  live: SlotName | undefined;
  history: HistoryEntry[];
  resourceVersion: string;
}

export async function readLiveService(clients: KubeClients, config: DeployConfig): Promise<LiveService> {
  const { namespace, service: name } = config;
  const service = await call(`read Service ${namespace}/${name}`, () => clients.core.readNamespacedService({ namespace, name }), { clients });
  const selector = { ...(service.spec?.selector ?? {}) };
  return {
    service,
    selector,
    live: slotOfSelector(config, selector[config.slotKey]),
    history: parseHistory(service.metadata?.annotations),
    resourceVersion: service.metadata?.resourceVersion ?? '',
  };
}

/** Explains a Service whose selector is not (yet) under shadowgate's control. */
export function requireKnownSlot(config: DeployConfig, live: LiveService): SlotName {
  if (live.live) return live.live;
  const value = live.selector[config.slotKey];
  const where = `Service ${config.namespace}/${config.service}`;
  if (value === undefined) {
    throw new KubeRefusal(
      'service-state',
      `${where} has no "${config.slotKey}" key in its selector, so there is no slot to flip`,
      undefined,
      `label both slots' pods with ${config.slotKey}=<${config.slots.blue.selector}|${config.slots.green.selector}> and add the key to the Service selector`,
    );
  }
  throw new KubeRefusal(
    'service-state',
    `${where} selects ${config.slotKey}=${value}, which is neither blue ("${config.slots.blue.selector}") nor green ("${config.slots.green.selector}")`,
  );
}

export interface FlipRequest {
  to: SlotName;
  action: FlipAction;
  runId: string;
  runUrl?: string;
  ids?: ReleaseIds;
  reverts?: string;
  /** A forced flip onto a slot that was not ready: why it was not. */
  forced?: string;
  /**
   * Re-check after every re-read (and before the first patch): return a reason to stop, or undefined to go on.
   * Called with the fresh Service, so a concurrent writer's change is judged, never overwritten blindly.
   */
  recheck: (live: LiveService) => string | undefined;
  /** A Service read just before, to save one round trip on the first attempt. */
  initial?: LiveService;
  /** More annotations written in the same patch (null removes one). */
  annotations?: Record<string, string | null>;
  now?: () => Date;
}

export interface FlipResult {
  entry: HistoryEntry;
  /** When the patch was accepted (ms, performance clock) and how long it took. */
  patchedAt: number;
  patchMs: number;
  /** 409 conflicts met on the way (each followed by a re-read and re-check). */
  conflicts: number;
  service: V1Service;
}

const MAX_CONFLICTS = 5;

/**
 * The flip: ONE merge patch of spec.selector[slotKey] plus the history annotations, carrying the
 * resourceVersion it was computed from, so the API server rejects it (409) if anything changed since.
 * On 409 the Service is re-read and re-checked before another attempt; other selector keys are never sent.
 */
export async function flipSelector(clients: KubeClients, config: DeployConfig, req: FlipRequest): Promise<FlipResult> {
  const { namespace, service: name } = config;
  const now = req.now ?? (() => new Date());
  let conflicts = 0;
  let faults = 0;
  let cached = req.initial;
  let sent: { entry: HistoryEntry; started: number } | undefined;
  while (true) {
    const live = cached ?? (await readLiveService(clients, config));
    cached = undefined;
    if (sent && live.history.some((e) => e.id === sent!.entry.id)) {
      // The patch whose reply we lost did land: done, without writing again.
      const patchedAt = performance.now();
      return { entry: sent.entry, patchedAt, patchMs: patchedAt - sent.started, conflicts, service: live.service };
    }
    const reason = req.recheck(live);
    if (reason) throw new KubeRefusal('service-state', `flip to ${req.to} stopped: ${reason}`);
    const at = now();
    const value = config.slots[req.to].selector;
    const entry: HistoryEntry = {
      id: `${req.runId}#${req.action}@${at.getTime()}`,
      action: req.action,
      from: live.live ?? null,
      to: req.to,
      previousSelector: live.selector,
      newSelector: { ...live.selector, [config.slotKey]: value },
      at: at.toISOString(),
      runId: req.runId,
      ...(req.runUrl ? { runUrl: req.runUrl } : {}),
      ...Object.fromEntries(RELEASE_ID_KEYS.flatMap((key) => (req.ids?.[key] ? [[key, req.ids[key]]] : []))),
      ...(req.reverts ? { reverts: req.reverts } : {}),
      ...(req.forced ? { forced: req.forced } : {}),
    };
    const history = appendHistory(live.history, entry, config.historyLimit);
    const body = {
      metadata: {
        resourceVersion: live.resourceVersion,
        annotations: { ...req.annotations, [HISTORY_ANNOTATION]: JSON.stringify(history), [LIVE_SLOT_ANNOTATION]: req.to },
      },
      spec: { selector: { [config.slotKey]: value } },
    };
    const started = performance.now();
    try {
      const service = await clients.core.patchNamespacedService(
        { namespace, name, body, fieldManager: 'shadowgate' },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      const patchedAt = performance.now();
      return { entry, patchedAt, patchMs: patchedAt - started, conflicts, service };
    } catch (e) {
      if (statusOf(e) === 409 && ++conflicts <= MAX_CONFLICTS) continue;
      if (statusOf(e) === 409) {
        throw new KubeRefusal(
          'service-state',
          `Service ${namespace}/${name} kept changing (${conflicts} conflicts) while shadowgate tried to flip it to ${req.to}`,
        );
      }
      const status = statusOf(e);
      if ((status === undefined || status === 429 || status >= 500) && !(e instanceof UserError) && ++faults <= 3) {
        // The write may or may not have landed: re-read; the history shows whether it did.
        sent = { entry, started };
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** faults));
        continue;
      }
      return call(`patch Service ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
    }
  }
}

export interface RevertOutcome {
  changed: boolean;
  message: string;
  flip?: FlipResult;
  from?: SlotName;
  to?: SlotName;
  /** Readiness problems of the slot returned to, when a forced rollback flipped regardless. */
  forcedPast?: string[];
  /** What the flip brings back: the ids last recorded on the slot returned to, when the history has them. */
  restores?: SlotRelease;
  /** The ids of the promotion undone, when it recorded them. */
  undoes?: ReleaseIds;
}

export interface RevertOptions {
  runId: string;
  runUrl?: string;
  action: 'rollback' | 'auto-rollback';
  /** Undo this run's promotion only; default: the newest promotion of any run. */
  promotionRunId?: string;
  /** Undo exactly this promotion (the watch window's automatic flip back). */
  promotion?: HistoryEntry;
  /** Flip even when the slot to return to is not ready: an emergency, recorded on the flip and said loudly. */
  force?: boolean;
  now?: () => Date;
  /** Runs once there is something to undo, before the readiness check of the slot returned to (standby scale-up). */
  beforeReadiness?: (back: SlotName, from: SlotName) => Promise<void>;
}

/** Why nothing is undone when the named run has no promotion in place, pointing at the one that is. */
function nothingOfRun(history: readonly HistoryEntry[], runId: string, live: string): string {
  const latest = promotionToRevert(history);
  const other =
    latest && latest.runId !== runId
      ? `; the latest promotion (${latest.id}) belongs to another run and is left alone — undo it by naming that run (promotion-run-id ${latest.runId})`
      : '';
  return `run ${runId} has no promotion in place to undo, so nothing was changed; live slot stays ${live}${other}`;
}

/**
 * Undoes a promotion recorded in the Service's history: flips back to the slot it came from, only after
 * checking that slot is ready (unless forced). Idempotent: when the promotion was already undone (or the
 * named run never flipped), nothing is written.
 */
export async function revertPromotion(clients: KubeClients, config: DeployConfig, opts: RevertOptions): Promise<RevertOutcome> {
  let target: HistoryEntry | undefined;
  let noOp: string | undefined;
  const pick = (live: LiveService): string | undefined => {
    target = opts.promotion ?? promotionToRevert(live.history, opts.promotionRunId);
    if (opts.promotion && live.history.some((e) => e.reverts === opts.promotion!.id)) target = undefined;
    if (!target) {
      const slot = live.live ?? 'unknown';
      noOp = opts.promotionRunId ? nothingOfRun(live.history, opts.promotionRunId, slot) : `no promotion left to undo; live slot stays ${slot}`;
      return undefined;
    }
    const back = target.from ?? otherSlot(target.to);
    if (live.live === back) {
      noOp = `live slot is already ${back}`;
      target = undefined;
      return undefined;
    }
    if (live.live !== target.to)
      return `the selector points at ${live.live ?? `"${live.selector[config.slotKey]}"`}, not at ${target.to} as promoted by ${target.runId}; not touching it`;
    noOp = undefined;
    return undefined;
  };
  // A dry read decides whether there is anything to do, so a second rollback writes nothing.
  const live = await readLiveService(clients, config);
  const problem = pick(live);
  if (problem) throw new KubeRefusal('service-state', `rollback stopped: ${problem}`);
  if (!target) return { changed: false, message: noOp ?? 'nothing to roll back' };
  const promotion: HistoryEntry = target;
  const back = promotion.from ?? otherSlot(promotion.to);
  await opts.beforeReadiness?.(back, promotion.to);

  // Never move traffic onto a slot that is not ready, unless the operator forces it.
  const readiness = await slotReadiness(clients, config.namespace, config.slots[back].deployments);
  let forcedPast: string[] | undefined;
  if (!readiness.ready) {
    if (!opts.force) {
      throw new KubeRefusal(
        'not-ready',
        `rollback refused: ${back} is not ready (${readiness.reasons.join('; ')}); traffic stays on ${promotion.to}`,
        undefined,
        `wait until ${back} is rolled out, or, in an emergency, force the flip onto the unready slot (--force, or the action input force: true)`,
      );
    }
    forcedPast = readiness.reasons;
  }

  // The rollback entry records what it brings back, so the history names what is live after it.
  const restores = releaseOnSlot(live.history, back);
  const undoes = idsOf(promotion);
  let skipped: string | undefined;
  try {
    const flip = await flipSelector(clients, config, {
      to: back,
      action: opts.action,
      runId: opts.runId,
      ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
      ...(restores ? { ids: restores.ids } : {}),
      reverts: promotion.id,
      ...(forcedPast ? { forced: forcedPast.join('; ') } : {}),
      initial: live,
      ...(opts.now ? { now: opts.now } : {}),
      recheck: (fresh) => {
        const reason = pick(fresh);
        if (reason) return reason;
        if (!target) {
          skipped = noOp;
          return 'nothing left to undo';
        }
        return undefined;
      },
    });
    const forced = forcedPast ? ` — FORCED onto ${back}, which is not ready: ${forcedPast.join('; ')}` : '';
    return {
      changed: true,
      message: `rolled back ${config.service} from ${promotion.to} to ${back} (undoing ${promotion.id})${forced}`,
      flip,
      from: promotion.to,
      to: back,
      ...(forcedPast ? { forcedPast } : {}),
      ...(restores ? { restores } : {}),
      ...(undoes ? { undoes } : {}),
    };
  } catch (e) {
    if (skipped) return { changed: false, message: skipped };
    throw e;
  }
}

/** Who moves traffic through the selector: recorded on every flip in the Service's history. */
export interface FlipActor {
  runId: string;
  runUrl?: string;
  /** Model/prompt/tool ids of the release a promotion puts live. */
  ids?: ReleaseIds;
  now?: () => Date;
}

/** The Service read as a route: the slot its selector names takes 100 %, the other 0 %. */
export interface SelectorSnapshot extends RouteSnapshot {
  live: LiveService;
  /** The flip that produced this snapshot, when it came from setWeight. */
  flip?: FlipResult;
}

export function selectorSnapshot(live: LiveService): SelectorSnapshot {
  const weight = (slot: SlotName) => (live.live === slot ? 100 : 0);
  return {
    resourceVersion: live.resourceVersion,
    stableWeight: 0,
    slotWeights: { blue: weight('blue'), green: weight('green') },
    annotations: { ...live.service.metadata?.annotations },
    object: live.service as unknown as Record<string, unknown>,
    segments: [],
    live,
  };
}

export class ServiceSelectorRouter implements TrafficRouter {
  readonly description: string;
  readonly weights = [0, 100] as const;
  readonly #clients: KubeClients;
  readonly #config: DeployConfig;
  readonly #actor: FlipActor;

  constructor(clients: KubeClients, config: DeployConfig, actor: FlipActor) {
    this.#clients = clients;
    this.#config = config;
    this.#actor = actor;
    this.description = `Service ${config.namespace}/${config.service} selector ${config.slotKey}`;
  }

  async read(): Promise<SelectorSnapshot> {
    return selectorSnapshot(await readLiveService(this.#clients, this.#config));
  }

  /**
   * 100: the selector names the candidate (a promotion, with the actor's ids); 0: it names the other slot.
   * The re-check after every re-read refuses when the selector no longer names the slot `from` saw.
   * Annotations go into the same patch.
   */
  async setWeight(from: RouteSnapshot, candidate: SlotName, percent: number, annotations: Record<string, string | null> = {}): Promise<SelectorSnapshot> {
    if (percent !== 0 && percent !== 100) throw new UserError(`${this.description} moves all traffic or none: ${percent}% cannot be set`);
    const initial = (from as SelectorSnapshot).live ?? (await readLiveService(this.#clients, this.#config));
    const to = percent === 100 ? candidate : otherSlot(candidate);
    const was = initial.live;
    if (was === to) return selectorSnapshot(initial);
    const flip = await flipSelector(this.#clients, this.#config, {
      to,
      action: percent === 100 ? 'promote' : 'rollback',
      runId: this.#actor.runId,
      ...(this.#actor.runUrl ? { runUrl: this.#actor.runUrl } : {}),
      ...(percent === 100 && this.#actor.ids ? { ids: this.#actor.ids } : {}),
      ...(this.#actor.now ? { now: this.#actor.now } : {}),
      initial,
      annotations,
      recheck: (fresh: LiveService) => {
        if (fresh.live === to) return `${to} became live meanwhile (changed by someone else)`;
        if (fresh.live !== was) return `the selector changed meanwhile to ${this.#config.slotKey}=${fresh.selector[this.#config.slotKey] ?? '(none)'}`;
        return undefined;
      },
    });
    const live: LiveService = {
      service: flip.service,
      selector: { ...(flip.service.spec?.selector ?? {}) },
      live: to,
      history: parseHistory(flip.service.metadata?.annotations),
      resourceVersion: flip.service.metadata?.resourceVersion ?? '',
    };
    return { ...selectorSnapshot(live), flip };
  }

  async verify(candidate: SlotName, percent: number): Promise<SelectorSnapshot> {
    const snapshot = await this.read();
    if (canaryPercent(snapshot, candidate) !== percent) {
      const names = snapshot.live.live ?? `"${snapshot.live.selector[this.#config.slotKey] ?? '(none)'}"`;
      throw new KubeRefusal(
        'service-state',
        `${this.description} names ${names} right after the flip to ${percent === 100 ? candidate : otherSlot(candidate)}; someone else is changing it`,
      );
    }
    return snapshot;
  }

  /** Undoes a recorded promotion (rollback, or the watch window's automatic flip back). */
  revert(opts: Omit<RevertOptions, 'runId' | 'runUrl' | 'now'>): Promise<RevertOutcome> {
    return revertPromotion(this.#clients, this.#config, {
      ...opts,
      runId: this.#actor.runId,
      ...(this.#actor.runUrl ? { runUrl: this.#actor.runUrl } : {}),
      ...(this.#actor.now ? { now: this.#actor.now } : {}),
    });
  }
}
