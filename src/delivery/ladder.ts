// The canary ladder: the candidate slot takes live traffic in rungs (1 → 5 → 10 → 25 → 50 % by default),
// each rung judged on live metrics before the next. Every `advance` moves exactly one step and keeps the
// ladder's state in an annotation on the route, so a re-run resumes where the last one stopped and a
// finished step is never redone. After the last rung, `advance` hands over to blue-green: the live selector
// flips to the candidate first, and only then does the candidate's own weight go to 0 — both backends then
// reach the candidate, so no request ever lands on a slot that should not have it. With `deploy.drain`, the
// hand-over drains like promote's flip (drain.ts): conversations on the stable slot finish there, new ones
// start on the candidate, sticky candidate sessions stay on it; a run killed mid-drain is resumed.
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { connect, type KubeClients, type KubeConnectOptions } from '../kube/client.ts';
import { otherSlot, parseDeployConfig, type DeployConfig, type Locate, type SlotName } from './deploy-config.ts';
import { requireKnownSlot, type FlipActor, type ServiceSelectorRouter } from './router/service-selector.ts';
import { releaseOnSlot } from './history.ts';
import type { ReleaseIds } from '../versioning/release-ids.ts';
import { sameRelease, surfaceChanges, type SurfaceChange } from '../versioning/surface-changes.ts';
import { isKubeRefusal } from '../kube/refusal.ts';
import {
  checkReadiness,
  finishMove,
  flipDraining,
  lintSlot,
  moveTraffic,
  realSleep,
  scaleUpStandby,
  sleepHoldingLease,
  standbyAfterMove,
  takeLease,
  type HeldLease,
  type StageContext,
} from './stages.ts';
import { awaitDeployWindow } from './windows.ts';
import { judgeMetric, judgeProportion, judgeRung, type Counts, type RungJudgement, type RungVerdict } from './analysis.ts';
import type { MetricSpec } from './providers/presets.ts';
import { fillTemplate, parseCanaryConfig, windowMs, type CanaryConfig, type SegmentRung } from './config.ts';
import { providerFor, type MetricProvider } from './providers/provider.ts';
import {
  describeMove,
  drainContext,
  drainEnder,
  drainReader,
  parseDrain,
  parseDrainState,
  sessionDrain,
  DRAIN_ANNOTATION,
  type DrainContext,
  type DrainOutcome,
  type DrainView,
} from './drain.ts';
import { canaryPercent, requireSupportedWeight, RouteConflict, routerFor, type RouteSnapshot, type TrafficRouter } from './router/router.ts';

/** A rung's candidate weight: a segment rung moves no weighted share (its segment goes by match rule). */
export function rungWeight(step: number | string | undefined): number {
  return typeof step === 'number' ? step : 0;
}

/** "5%" or "segment internal". */
export function rungLabel(step: number | string | undefined): string {
  return typeof step === 'string' ? `segment ${step}` : `${step ?? 0}%`;
}

/** The steps of a configured ladder, as the state records them. */
export function ladderSteps(canary: Pick<CanaryConfig, 'rungs' | 'segments'>): Array<number | string> {
  return [...canary.segments.map((s) => s.segment), ...canary.rungs];
}

/**
 * The segments routed to the candidate in a state: those of the rungs reached so far (a segment stays on the
 * candidate for the rest of the ladder); none once the ladder is aborted or promoted.
 */
export function segmentsIn(canary: Pick<CanaryConfig, 'segments'>, state: Pick<LadderState, 'phase' | 'rung'>): SegmentRung[] {
  if (state.phase === 'aborted' || state.phase === 'promoted') return [];
  return canary.segments.slice(0, Math.max(0, state.rung + 1));
}

/** The route annotation holding the ladder's state (JSON). */
export const LADDER_ANNOTATION = 'shadowgate.dev/canary';

export type LadderPhase = 'baking' | 'passed' | 'held' | 'aborted' | 'handing-over' | 'promoted';

export interface RungRecord {
  rung: number;
  weight: number;
  /** The segment a segment rung sent to the candidate (its analysis is that segment's traffic). */
  segment?: string;
  verdict: RungVerdict;
  reason: string;
  at: string;
  runId: string;
  runUrl?: string;
}

export interface LadderState {
  candidate: SlotName;
  stable: SlotName;
  /** The ladder's steps: segment names (segment rungs) first, then candidate weights in percent. */
  rungs: Array<number | string>;
  /** Index of the rung being baked or last judged; -1 before the first. */
  rung: number;
  phase: LadderPhase;
  /** Candidate weight (percent) this state was written with. */
  weight: number;
  /** Start of the rung's judged window: when its weight was set (kept when a held rung bakes again). */
  bakeStartedAt?: string;
  /** When the current bake ends and the rung is judged. */
  bakeUntil?: string;
  reason?: string;
  /** The candidate's ids. */
  ids?: ReleaseIds;
  /** The stable slot's ids when the ladder started, from the Service's flip history (absent: never recorded). */
  stableIds?: ReleaseIds;
  runId: string;
  runUrl?: string;
  verdicts: RungRecord[];
}

export interface LadderOptions extends KubeConnectOptions {
  /** The manifest's raw `deploy:` section. */
  deploy: unknown;
  manifestFile: string;
  locate?: Locate;
  runId: string;
  runUrl?: string;
  log: Log;
  clients?: KubeClients;
  /** Model/prompt/tool ids of the candidate, recorded in the state and the selector history. */
  ids?: ReleaseIds;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

/** What an active probe is told: which slot is stable, which is the candidate, and their own URLs. */
export interface ProbeTarget {
  stable: SlotName;
  candidate: SlotName;
  stableUrl: string | undefined;
  candidateUrl: string | undefined;
  /** 0-based rung being judged. */
  rung: number;
}

export interface ProbeOutcome {
  verdict: RungVerdict;
  reason: string;
}

export interface AdvanceOptions extends LadderOptions {
  /** Refuse unless the next rung carries this weight: a step that would skip a rung is refused. */
  expectWeight?: number;
  /**
   * The active probe, run after the bake beside the live metrics: the same recorded requests sent to both
   * slots and judged paired (the caller wires the replay engine and the shadow judge). Its verdict counts
   * as one critical metric named `probe`.
   */
  probe?: (target: ProbeTarget) => Promise<ProbeOutcome>;
}

export type AdvanceOutcome = 'passed' | 'held' | 'aborted' | 'promoted' | 'unchanged';

export interface AdvanceResult {
  outcome: AdvanceOutcome;
  reason: string;
  candidate: SlotName;
  stable: SlotName;
  /** Rung index (0-based) judged or handed over; -1 when nothing ran. */
  rung: number;
  /** Candidate weight in the route after this step (as read back from the API server). */
  weight: number;
  judgement?: RungJudgement;
  state: LadderState;
  /** Per surface, the stable slot's id → the candidate's. */
  surfaces: SurfaceChange[];
  /** 409 conflicts met (each followed by a re-read and a re-check). */
  conflicts: number;
  /** Session draining at the hand-over (deploy.drain): when marking began, the gateway flipped, and the drain ended. */
  drain?: DrainOutcome;
  timings: { overheadMs: number; bakeMs: number; patchMs: number[] };
}

interface Context {
  config: DeployConfig;
  canary: CanaryConfig;
  clients: KubeClients;
  router: TrafficRouter;
  /** The live Service's selector: the hand-over flips it, as promote does. */
  selector: ServiceSelectorRouter;
  stage: StageContext;
  /** Held while advancing (abort and status take none). */
  lease?: HeldLease;
  provider: MetricProvider;
  opts: LadderOptions;
  now: () => Date;
  conflicts: number;
  patchMs: number[];
  /** What session draining (deploy.drain) needs, when the manifest asks for it. */
  drain?: DrainContext;
}

/** Who flips the selector: this run, putting the ladder's candidate ids live. */
function actorOf(opts: LadderOptions, ids?: ReleaseIds): FlipActor {
  return { runId: opts.runId, ...(opts.runUrl ? { runUrl: opts.runUrl } : {}), ...(ids ? { ids } : {}), ...(opts.now ? { now: opts.now } : {}) };
}

function prepare(opts: LadderOptions): Context {
  const config = parseDeployConfig(opts.deploy, opts.manifestFile, opts.locate);
  const canary = parseCanaryConfig(opts.deploy, config, opts.manifestFile, opts.locate);
  const clients = opts.clients ?? connect(opts);
  const router = routerFor(clients, canary.router, {
    namespace: config.namespace,
    stableService: config.service,
    ...(canary.services ? { slotServices: canary.services } : {}),
    slotLabel: { key: config.slotKey, values: { blue: config.slots.blue.selector, green: config.slots.green.selector } },
    slotDeployments: { blue: config.slots.blue.deployments, green: config.slots.green.deployments },
    ...(opts.locate?.(['canary', 'router']) ? { where: opts.locate(['canary', 'router'])! } : {}),
  });
  const selector = routerFor(clients, { kind: 'service-selector', config, actor: actorOf(opts) });
  const stage: StageContext = { clients, config, log: opts.log, sleep: opts.sleep ?? realSleep };
  // deploy.drain is checked now, before anything is written.
  const drain: DrainContext | undefined = parseDrain(opts.deploy, config, opts.manifestFile, opts.locate)
    ? drainContext(opts, config, clients, opts.runId)
    : undefined;
  return {
    config,
    canary,
    clients,
    router,
    selector,
    stage,
    provider: providerFor(canary.provider),
    opts,
    now: opts.now ?? (() => new Date()),
    conflicts: 0,
    patchMs: [],
    ...(drain ? { drain } : {}),
  };
}

/**
 * Replica ratio mid-ladder: the live Service selects both slots (no slot key), so the live slot is the
 * ladder's stable one. Undefined whenever the selector names a slot, or for other routers.
 */
function sharedStable(ctx: Context, live: { selector: Record<string, string> }, state: LadderState | undefined): SlotName | undefined {
  if (!ctx.router.sharesLiveService || live.selector[ctx.config.slotKey] !== undefined || !state) return undefined;
  return state.phase === 'promoted' || state.phase === 'aborted' ? undefined : state.stable;
}

export function parseLadderState(annotations: Record<string, string> | undefined): LadderState | undefined {
  const raw = annotations?.[LADDER_ANNOTATION];
  if (!raw) return undefined;
  try {
    const state = JSON.parse(raw) as LadderState;
    if (typeof state === 'object' && state && Array.isArray(state.rungs) && typeof state.phase === 'string') return state;
  } catch {
    // fall through
  }
  throw new UserError(`the route annotation ${LADDER_ANNOTATION} is not a ladder state shadowgate wrote; remove it to start a new ladder`);
}

async function withLease<T>(ctx: Context, fn: () => Promise<T>): Promise<T> {
  ctx.lease = await takeLease(ctx.stage, ctx.opts.runId);
  try {
    return await fn();
  } finally {
    await ctx.lease.release();
    delete ctx.lease;
  }
}

/**
 * Writes weight + state in one guarded patch. On 409 the route is re-read: if the ladder state or the
 * candidate's weight changed under us, someone else is steering it and we stop; otherwise (an unrelated
 * edit) the patch is recomputed from the fresh route and sent again.
 */
async function writeStep(ctx: Context, snap: RouteSnapshot, candidate: SlotName, weight: number, next: LadderState): Promise<RouteSnapshot> {
  requireSupportedWeight(ctx.router, weight);
  const basedOn = snap.annotations[LADDER_ANNOTATION];
  const weightBefore = canaryPercent(snap, candidate);
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const written = await ctx.router.setWeight(
        snap,
        candidate,
        weight,
        { [LADDER_ANNOTATION]: JSON.stringify(next) },
        ctx.canary.sessionAffinity,
        segmentsIn(ctx.canary, next),
      );
      ctx.patchMs.push(performance.now() - started);
      return written;
    } catch (e) {
      if (!(e instanceof RouteConflict)) throw e;
      ctx.conflicts++;
      if (attempt >= 4) throw new UserError(`${ctx.router.description} kept changing (${ctx.conflicts} conflicts); not writing`);
      snap = await ctx.router.read();
      if (snap.annotations[LADDER_ANNOTATION] !== basedOn) {
        throw new UserError(
          `${ctx.router.description}: the ladder state was changed by another run since it was read; not overwriting it`,
          undefined,
          'run `canary status` and re-run advance',
        );
      }
      const now = canaryPercent(snap, candidate);
      if (now !== weightBefore) {
        throw new UserError(
          `${ctx.router.description}: the ${candidate} weight was edited to ${now}% (the ladder set ${weightBefore}%); not overwriting someone else's change`,
          undefined,
          'restore the weight, or abort the ladder',
        );
      }
    }
  }
}

/**
 * Right before the hand-over's selector flip (after the drain's marking): the ladder is still handing over as
 * this run wrote it, and the drain on the route is still this run's; an abort meanwhile stops the flip.
 */
async function requireStillHandingOver(ctx: Context, written: RouteSnapshot, runId: string): Promise<void> {
  const now = await ctx.router.read();
  const drain = parseDrainState(now.annotations);
  if (now.annotations[LADDER_ANNOTATION] !== written.annotations[LADDER_ANNOTATION] || drain?.runId !== runId) {
    throw new UserError(
      `${ctx.router.description}: the ladder or its hand-over drain was changed by another run (an abort?) while sessions were being marked; not flipping`,
      undefined,
      'run `canary status`',
    );
  }
}

async function judge(ctx: Context, state: LadderState, start: Date, end: Date, probe?: AdvanceOptions['probe']): Promise<RungJudgement> {
  const { canary, config, provider } = ctx;
  // Points whose rate window reaches back before the weight change would mix in the previous rung.
  const settled = new Date(start.getTime() + windowMs(canary.provider.window));
  const window = { start: settled < end ? settled : start, end, stepSeconds: canary.provider.stepSeconds };
  const fill = (query: string, slot: SlotName) =>
    fillTemplate(query, { namespace: config.namespace, service: config.service, slot: config.slots[slot].selector, window: canary.provider.window });
  const settings = {
    minSamples: canary.minSamples,
    minRequests: canary.minRequests,
    confidence: canary.confidence,
    ...(canary.decisiveSamples !== undefined ? { decisiveSamples: canary.decisiveSamples } : {}),
    overlap: Math.max(1, windowMs(canary.provider.window) / (canary.provider.stepSeconds * 1000)),
  };
  // Proportions count every request of the bake since the weight changed (whole seconds, at least one).
  const range = `${Math.max(1, Math.round((end.getTime() - start.getTime()) / 1000))}s`;
  const counts = async (spec: MetricSpec, slot: SlotName): Promise<Counts> => {
    const [failed, total] = await Promise.all([
      provider.value(`sum(increase(${fill(spec.failed!, slot)}[${range}])) or vector(0)`, end),
      provider.value(`sum(increase(${fill(spec.total!, slot)}[${range}]))`, end),
    ]);
    const error = total.error ?? failed.error;
    if (error) return { failed: 0, total: 0, error };
    // increase() extrapolates to the window's edges: whole requests, never more failed than sent.
    const all = Math.round(total.value!);
    return { failed: Math.min(all, Math.round(failed.value!)), total: all };
  };
  const metrics = await Promise.all(
    canary.metrics.map(async (spec) => {
      if (spec.failed !== undefined) {
        const [stable, candidate] = await Promise.all([counts(spec, state.stable), counts(spec, state.candidate)]);
        return judgeProportion(spec, stable, candidate, settings);
      }
      const [stable, candidate] = await Promise.all([
        provider.sample(fill(spec.query!, state.stable), window),
        provider.sample(fill(spec.query!, state.candidate), window),
      ]);
      return judgeMetric(spec, stable, candidate, settings);
    }),
  );
  if (probe) {
    const target: ProbeTarget = {
      stable: state.stable,
      candidate: state.candidate,
      stableUrl: config.slots[state.stable].url,
      candidateUrl: config.slots[state.candidate].url,
      rung: state.rung,
    };
    const outcome = await probe(target).catch(
      (e: unknown): ProbeOutcome => ({ verdict: 'inconclusive', reason: `the probe failed to run: ${(e as Error).message}` }),
    );
    metrics.push({
      name: 'probe',
      verdict: outcome.verdict === 'inconclusive' ? 'nodata' : outcome.verdict,
      critical: true,
      reason: outcome.reason,
      stable: { n: 0, dropped: 0, median: null },
      candidate: { n: 0, dropped: 0, median: null },
    });
  }
  return judgeRung(metrics);
}

function record(ctx: Context, state: LadderState, rung: number, verdict: RungVerdict, reason: string, weight = state.weight): RungRecord {
  return {
    rung,
    weight,
    ...(typeof state.rungs[rung] === 'string' ? { segment: state.rungs[rung] as string } : {}),
    verdict,
    reason: reason.length > 400 ? `${reason.slice(0, 397)}...` : reason,
    at: ctx.now().toISOString(),
    runId: ctx.opts.runId,
    ...(ctx.opts.runUrl ? { runUrl: ctx.opts.runUrl } : {}),
  };
}

/** Moves the ladder exactly one step: bake and judge the next rung, or hand over after the last. */
export async function advance(opts: AdvanceOptions): Promise<AdvanceResult> {
  const ctx = prepare(opts);
  return withLease(ctx, () => advanceLocked(ctx, opts));
}

async function advanceLocked(ctx: Context, opts: AdvanceOptions): Promise<AdvanceResult> {
  const started = performance.now();
  let bakeMs = 0;
  const { config, canary, router, log } = { ...ctx, log: opts.log };
  const selected = await ctx.selector.read();
  const live = selected.live;
  let snap = await router.read();
  let state = parseLadderState(snap.annotations);
  // A drain on the route is promote's, or this ladder's own hand-over left by a run that died (resumed below).
  const drainOnRoute = parseDrainState(snap.annotations);
  if (drainOnRoute && !(drainOnRoute.move === 'hand-over' && state?.phase === 'handing-over')) {
    throw new UserError(
      `${router.description} carries a session drain (${describeMove(drainOnRoute)}); a ladder cannot start or move until it ends`,
      undefined,
      'wait for the drain to end (`status` shows its deadline), or roll back',
    );
  }
  const liveSlot = sharedStable(ctx, live, state) ?? requireKnownSlot(config, live);

  const result = (outcome: AdvanceOutcome, reason: string, s: LadderState, extra: Partial<AdvanceResult> = {}): AdvanceResult => ({
    outcome,
    reason,
    candidate: s.candidate,
    stable: s.stable,
    rung: s.rung,
    weight: canaryPercent(snap, s.candidate),
    state: s,
    surfaces: surfaceChanges(s.stableIds, s.ids),
    conflicts: ctx.conflicts,
    timings: { overheadMs: performance.now() - started - bakeMs, bakeMs, patchMs: ctx.patchMs },
    ...extra,
  });

  if (state?.phase === 'promoted' || state?.phase === 'aborted') {
    if (sameRelease(state.ids, opts.ids)) {
      if (state.phase === 'promoted') return result('unchanged', `the ladder already finished: ${state.candidate} is live`, state);
      throw new UserError(
        `the ladder was aborted at ${state.weight === 0 && state.rung >= 0 ? `rung ${state.rung + 1} (${rungLabel(state.rungs[state.rung])})` : 'its start'}: ${state.reason ?? 'no reason recorded'}`,
        undefined,
        'fix the candidate and ship it as a new release (new model, prompt or tools), which starts a new ladder',
      );
    }
    state = undefined; // a new release: a new ladder
  }
  if (!state) {
    const stableIds = releaseOnSlot(selected.live.history, liveSlot)?.ids;
    state = {
      candidate: otherSlot(liveSlot),
      stable: liveSlot,
      rungs: ladderSteps(canary),
      rung: -1,
      phase: 'passed',
      weight: 0,
      runId: opts.runId,
      ...(opts.ids ? { ids: opts.ids } : {}),
      ...(stableIds ? { stableIds } : {}),
      verdicts: [],
    };
    const inRoute = canaryPercent(snap, state.candidate);
    if (inRoute !== 0) {
      throw new UserError(
        `${router.description} already sends ${inRoute}% to the ${state.candidate} slot, but no ladder is recorded; set that weight to 0 before starting one`,
      );
    }
  }
  if (JSON.stringify(state.rungs) !== JSON.stringify(ladderSteps(canary))) {
    throw new UserError(
      `deploy.canary.rungs changed mid-ladder (${state.rungs.join(', ')} → ${ladderSteps(canary).join(', ')})`,
      opts.locate?.(['canary', 'rungs']) ?? { file: opts.manifestFile },
      'restore the rungs this ladder started with, or abort it and start again',
    );
  }
  const { candidate } = state;
  const handingOver = state.phase === 'handing-over' || (state.phase === 'passed' && state.rung === state.rungs.length - 1);
  if (!handingOver && liveSlot !== state.stable) {
    throw new UserError(
      `Service ${config.namespace}/${config.service} now selects ${liveSlot}, but this ladder moves traffic from ${state.stable}; someone promoted or rolled back mid-ladder`,
      undefined,
      'abort the ladder',
    );
  }
  const inRoute = canaryPercent(snap, candidate);
  if (!handingOver && inRoute !== state.weight && router.sharesLiveService) {
    throw new UserError(
      `${router.description}: the ready replicas now give ${candidate} ${inRoute}%, not the ${state.weight}% this rung was judged at (a pod not ready, or a Deployment scaled by someone else); the ladder will not go on from a share it did not set`,
      undefined,
      'wait until both slots have their replicas ready again, or abort the ladder',
    );
  }
  if (!handingOver && inRoute !== state.weight) {
    throw new UserError(
      `${router.description} sends ${inRoute}% to ${candidate}, but the ladder set ${state.weight}%; it was edited by someone else, so the ladder will not steer it`,
      undefined,
      'restore the weight, or abort the ladder',
    );
  }

  const rung = handingOver ? state.rung : state.phase === 'passed' ? state.rung + 1 : state.rung;
  if (opts.expectWeight !== undefined) {
    const next = handingOver ? 100 : state.rungs[rung];
    if (next !== opts.expectWeight) {
      throw new UserError(
        `refusing to move ${candidate} to ${opts.expectWeight}%: the next step is ${handingOver ? 'the hand-over (100%)' : `rung ${rung + 1} of ${state.rungs.length} (${rungLabel(next)})`}; rungs cannot be skipped`,
      );
    }
  }

  if (router.checkRungs && !handingOver) {
    router.checkRungs(snap, candidate, canary.rungs, (i) => opts.locate?.(['canary', 'rungs', canary.segments.length + i]) ?? { file: opts.manifestFile });
  }

  // A step that moves traffic towards the candidate starts only inside a deployment window; a resumed bake,
  // a held rung baked again and a hand-over already under way carry on. After a wait, everything is read
  // and checked again: the route may have changed meanwhile.
  const starting = handingOver ? state.phase !== 'handing-over' : state.phase === 'passed';
  if (starting && config.windows) {
    const { waitedMs } = await awaitDeployWindow({
      windows: config.windows,
      action: handingOver ? `canary hand-over to ${candidate}` : `canary rung ${rung + 1} (${rungLabel(state.rungs[rung])})`,
      now: ctx.now,
      sleep: ctx.stage.sleep,
      onWait: () => ctx.lease!.renew(),
      log,
    });
    if (waitedMs > 0) return advanceLocked(ctx, opts);
  }

  // Standby scaling: before its first rung, the candidate slot grows to the stable slot's size (a slot that
  // does not become ready in time is refused before any traffic moves).
  if (state.rung === -1 && state.phase === 'passed') await scaleUpStandby(ctx.stage, candidate, state.stable);

  // Preconditions: nothing changes in the cluster unless they hold.
  const readiness = await checkReadiness(ctx.stage, candidate);
  // Replica ratio sizes the candidate itself and waits for exactly the replicas a rung needs to be ready.
  if (!readiness.ready && !router.sharesLiveService) throw new UserError(`the ${candidate} slot is not ready: ${readiness.reasons.join('; ')}`);
  // LLM-safe serving lint, as promote reports it: warnings, since the slot already takes traffic.
  await lintSlot(ctx.stage, readiness);

  if (handingOver) {
    if (state.phase !== 'handing-over') {
      const next: LadderState = { ...state, phase: 'handing-over', runId: opts.runId };
      snap = await writeStep(ctx, snap, candidate, state.weight, next);
      state = next;
    }
    const from = state.stable;
    // Session draining (deploy.drain): a drain a killed run left is taken over, otherwise one starts here.
    const drain = ctx.drain ? sessionDrain({ ...ctx.drain, runId: opts.runId }, from, candidate, 'hand-over') : undefined;
    let drained: DrainOutcome | undefined;
    try {
      const resumed = await drain?.resume();
      if (liveSlot !== candidate) {
        // Replica ratio: the candidate grows to full size first.
        await router.beforeHandOver?.(snap, candidate);
        if (drain && !resumed) {
          if (!canary.sessionAffinity)
            log.warn(
              `drain: without deploy.canary.sessionAffinity the sessions already on ${candidate} are not known; while marking, every session outside a segment goes to ${from}`,
            );
          await drain.mark();
        }
        // The flip stage promote uses: the candidate takes the live Service's selector (weight 100). Under replica
        // ratio the selector spans both slots (no slot key) until this flip names the candidate.
        await flipDraining(drain, async () => {
          // While the drain was marking, an abort may have taken the ladder back: then nothing flips.
          if (drain) await requireStillHandingOver(ctx, snap, opts.runId);
          try {
            await moveTraffic(routerFor(ctx.clients, { kind: 'service-selector', config, actor: actorOf(opts, state!.ids) }), selected, candidate, 100);
          } catch (e) {
            // Someone put the candidate live meanwhile: the hand-over goes on from there.
            if (!isKubeRefusal(e) || e.kind !== 'service-state' || (await ctx.selector.read()).live.live !== candidate) throw e;
          }
        });
        // The flip wrote the route object itself: continue from what it left.
        if (router.sharesLiveService) snap = await router.read();
      } else {
        // Resumed after the selector flip: the gateway's route follows now (nothing when no drain is under way).
        await drain?.flip();
      }
      // The drain may outlast the Lease: it is renewed every third of its duration meanwhile.
      const renewal = drain
        ? setInterval(
            () => ctx.lease?.renew().catch((e: unknown) => log.warn(`could not renew lease: ${(e as Error).message}`)),
            Math.max(1000, (config.lease.durationSeconds * 1000) / 3),
          )
        : undefined;
      const waited = await drain?.wait().finally(() => clearInterval(renewal));
      if (waited?.ended) {
        drained = waited;
        snap = await router.read();
        if (drained.ended === 'ended-elsewhere' && (await ctx.selector.read()).live.live !== candidate) {
          throw new UserError(
            `the hand-over's drain was ended by another run and Service ${config.namespace}/${config.service} selects ${from} again (a rollback); the ladder stays at its last rung`,
            undefined,
            'advance hands over again, or abort the ladder',
          );
        }
      }
    } catch (e) {
      // A hand-over that stopped ends its drain: the route returns to the last rung's split (the live
      // Service selects whichever slot it now names).
      await drain?.end('the hand-over stopped before the drain ended').catch((err: unknown) => log.error(`drain: could not end it: ${(err as Error).message}`));
      throw e;
    }
    // The selector now sends the stable backend to the candidate too; only now may its own weight go.
    const done: LadderState = { ...state, phase: 'promoted', weight: 0, runId: opts.runId, reason: `${candidate} is live` };
    snap = await writeStep(ctx, snap, candidate, 0, done);
    log.info(`canary: hand-over done — Service ${config.service} selects ${candidate}; ${candidate}'s own weight is back to 0`);
    await finishMove(ctx.router, snap, candidate);
    // Standby, as after promote: the old slot stays at full size through the rollback window, then shrinks
    // to its minimum unless traffic went back to it meanwhile.
    await standbyAfterMove(ctx.stage, from, candidate, { liveSlot: async () => (await ctx.selector.read()).live.live, lease: ctx.lease! });
    return result('promoted', `${candidate} is live after ${state.rungs.length} rung(s)`, done, drained ? { drain: drained } : {});
  }

  const offline = await ctx.provider.online();
  if (offline) throw new UserError(`cannot judge the rung: ${offline}`, undefined, 'check deploy.canary.provider.url; the weight was not changed');

  let bakeStartedAt: Date;
  let bakeUntil: Date;
  if (state.phase === 'baking' && state.bakeStartedAt) {
    bakeStartedAt = new Date(state.bakeStartedAt); // resumed after a run died mid-rung
    bakeUntil = new Date(state.bakeUntil ?? bakeStartedAt.getTime() + canary.bakeSeconds * 1000);
    log.info(`canary: resuming rung ${rung + 1} (${rungLabel(state.rungs[rung])}) baking since ${state.bakeStartedAt}`);
  } else {
    const now = ctx.now();
    // A held rung bakes once more and is judged over both bakes: thin data accumulates instead of restarting.
    bakeStartedAt = state.phase === 'held' && state.bakeStartedAt ? new Date(state.bakeStartedAt) : now;
    bakeUntil = new Date(now.getTime() + canary.bakeSeconds * 1000);
    // The share the router will actually give (replica ratio: what the replica counts reach), never the asked one.
    const weight = router.plannedWeight ? await router.plannedWeight(snap, candidate, rungWeight(state.rungs[rung])) : rungWeight(state.rungs[rung]);
    const next: LadderState = {
      ...state,
      rung,
      phase: 'baking',
      weight,
      bakeStartedAt: bakeStartedAt.toISOString(),
      bakeUntil: bakeUntil.toISOString(),
      runId: opts.runId,
      ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    };
    delete next.reason;
    snap = await writeStep(ctx, snap, candidate, rungWeight(state.rungs[rung]), next);
    state = next;
    const step = state.rungs[rung];
    const what =
      typeof step === 'string'
        ? `takes segment ${step} (segments on it: ${segmentsIn(canary, state)
            .map((s) => s.segment)
            .join(', ')})`
        : `at ${state.weight}%`;
    log.info(`canary: ${candidate} ${what} (rung ${rung + 1} of ${state.rungs.length}); baking ${canary.bakeSeconds} s`);
  }
  const bakeStarted = performance.now();
  // The Lease is renewed every third of its duration, so a bake longer than the Lease keeps it.
  await sleepHoldingLease(ctx.stage, ctx.lease!, bakeUntil.getTime() - ctx.now().getTime());
  bakeMs = performance.now() - bakeStarted;

  const judgement = await judge(ctx, state, bakeStartedAt, ctx.now(), opts.probe);
  // Replica ratio: the share the ready replicas gave when the rung was judged.
  const achieved = router.sharesLiveService ? canaryPercent(await router.read(), candidate) : state.weight;
  const entry = record(ctx, state, rung, judgement.verdict, judgement.reason, achieved);
  // Written against the route as read before the bake: if anyone touched it meanwhile, the patch meets a
  // 409 and writeStep re-reads and re-checks (a changed weight or ladder state stops us).
  if (judgement.verdict === 'fail') {
    const aborted: LadderState = { ...state, phase: 'aborted', weight: 0, reason: entry.reason, verdicts: [...state.verdicts, entry] };
    snap = await writeStep(ctx, snap, candidate, 0, aborted);
    log.error(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) failed; ${candidate} back to 0%: ${judgement.reason}`);
    return result('aborted', judgement.reason, aborted, { judgement });
  }
  if (judgement.verdict === 'inconclusive') {
    const held: LadderState = { ...state, phase: 'held', reason: entry.reason, verdicts: [...state.verdicts, entry] };
    snap = await writeStep(ctx, snap, candidate, state.weight, held);
    log.warn(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) inconclusive, ladder held at ${state.weight}%: ${judgement.reason}`);
    return result('held', judgement.reason, held, { judgement });
  }
  const passed: LadderState = { ...state, phase: 'passed', verdicts: [...state.verdicts, entry] };
  delete passed.reason;
  snap = await writeStep(ctx, snap, candidate, state.weight, passed);
  log.info(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) ${judgement.verdict}: ${judgement.reason}`);
  return result('passed', judgement.reason, passed, { judgement });
}

export interface AbortResult {
  outcome: 'aborted' | 'unchanged';
  reason: string;
  weight: number;
  state?: LadderState;
  conflicts: number;
  patchMs: number[];
}

/**
 * Sends the candidate's weight to 0 in one patch and records why. Aborting an aborted ladder writes nothing.
 * No Lease: an abort must work while an advance is baking; that run's next write meets a 409, sees the
 * ladder state changed, and stops without touching the route.
 */
export async function abort(opts: LadderOptions & { reason?: string }): Promise<AbortResult> {
  const ctx = prepare(opts);
  return (async () => {
    const snap = await ctx.router.read();
    const state = parseLadderState(snap.annotations);
    if (!state) return { outcome: 'unchanged', reason: 'no ladder is recorded on the route', weight: 0, conflicts: 0, patchMs: [] };
    const weight = canaryPercent(snap, state.candidate);
    if (state.phase === 'aborted' && weight === 0)
      return { outcome: 'unchanged', reason: `already aborted: ${state.reason ?? ''}`, weight, state, conflicts: 0, patchMs: [] };
    // A hand-over whose flip has not happened yet can still be aborted; once the selector names the
    // candidate, going back is a rollback (the selector), not an abort (the weight).
    const flipped = state.phase === 'handing-over' && ((await ctx.selector.read()).live.live ?? state.stable) !== state.stable;
    if (state.phase === 'promoted' || flipped) {
      throw new UserError(
        `the ladder ${state.phase === 'promoted' ? 'finished' : 'is handing over'}: ${state.candidate} is live`,
        undefined,
        'use `rollback` to return to the previous slot',
      );
    }
    const reason = opts.reason ?? `aborted by ${opts.runId}`;
    const aborted: LadderState = { ...state, phase: 'aborted', weight: 0, reason, runId: opts.runId };
    let from = snap;
    // A hand-over still marking sessions (no flip yet): its drain ends first, returning the last rung's split.
    if (parseDrainState(snap.annotations)?.move === 'hand-over' && ctx.drain) {
      await drainEnder(ctx.drain)?.();
      from = await ctx.router.read();
    }
    const written = await writeStep(ctx, from, state.candidate, 0, aborted);
    return { outcome: 'aborted', reason, weight: canaryPercent(written, state.candidate), state: aborted, conflicts: ctx.conflicts, patchMs: ctx.patchMs };
  })();
}

export interface LadderStatus {
  route: string;
  live: SlotName | undefined;
  /** The candidate's weight as the route carries it now. */
  weight: number | undefined;
  /** Segment rules the route carries now (segment rungs reached). */
  segments: string[];
  state: LadderState | undefined;
  /** Per surface, the stable slot's id → the candidate's (with a ladder recorded). */
  surfaces?: SurfaceChange[];
  /** Sessions still draining on the stable slot during the hand-over (deploy.drain), when the route carries a drain. */
  drain?: DrainView;
  next: string;
}

export async function ladderStatus(opts: Omit<LadderOptions, 'runId'> & { runId?: string }): Promise<LadderStatus> {
  const ctx = prepare({ ...opts, runId: opts.runId ?? 'status' });
  const [selected, snap] = await Promise.all([ctx.selector.read(), ctx.router.read()]);
  const live = selected.live;
  const state = parseLadderState(snap.annotations);
  const weight = state ? canaryPercent(snap, state.candidate) : undefined;
  const liveSlot = live.live ?? sharedStable(ctx, live, state);
  let next: string;
  if (!state)
    next = `advance starts a ladder: ${ctx.canary.segments.length === 0 ? `${ctx.canary.rungs.join(' → ')} %` : ladderSteps(ctx.canary).map(rungLabel).join(' → ')}`;
  else if (state.phase === 'promoted') next = 'finished; a new release starts a new ladder';
  else if (state.phase === 'aborted') next = 'aborted; a new release starts a new ladder';
  else if (state.phase === 'passed' && state.rung === state.rungs.length - 1) next = 'advance hands over (flip the selector, then weight 0)';
  else if (state.phase === 'passed') next = `advance moves to ${rungLabel(state.rungs[state.rung + 1])}`;
  else if (state.phase === 'held') next = `advance re-bakes and re-judges ${state.weight}%`;
  else next = `advance resumes ${state.phase === 'baking' ? 'the bake' : 'the hand-over'}`;
  const drain = ctx.drain && snap.annotations[DRAIN_ANNOTATION] ? await drainReader(ctx.drain)?.() : undefined;
  if (drain && state?.phase === 'handing-over') {
    next = drain.overdue
      ? `the hand-over's drain is OVERDUE (its run is gone): advance resumes and ends it`
      : `the hand-over is ${drain.phase === 'draining' ? `draining sessions on ${drain.from} until ${drain.deadline}` : `marking sessions on ${drain.from}`}; a re-run advance resumes it`;
  }
  return {
    route: ctx.router.description,
    live: liveSlot,
    weight,
    segments: snap.segments,
    state,
    ...(state ? { surfaces: surfaceChanges(state.stableIds, state.ids) } : {}),
    ...(drain ? { drain } : {}),
    next,
  };
}
