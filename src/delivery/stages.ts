// The stages every traffic move goes through, as functions both blue-green (promote: the one-rung ladder
// [100] over the service-selector router) and the canary ladder call: lease, readiness, lint, warm-up,
// smoke, the move itself (set weight, verify, finish), the watch window, and standby scaling around it.
// Nothing here knows the GitHub layer or the replay engine: warm-up senders, smoke checks and probes are
// handed in by the commands.
import type { Log } from '../log.ts';
import type { KubeClients } from '../kube/client.ts';
import { acquireLease, releaseLease, type LeaseView } from '../kube/lease.ts';
import { lintDeployment, lintYamlFiles, type LintFinding } from '../kube/lint.ts';
import { slotReadiness } from '../kube/readiness.ts';
import type { DeployConfig, SlotName, WatchSettings } from './deploy-config.ts';
import { requireSupportedWeight, verifyWeight, type RouteSnapshot, type TrafficRouter } from './router/router.ts';
import { scaleDown, scaleUpLike, type ScaleUp } from './standby.ts';
import { warmUp, type WarmupResult, type WarmupTarget } from './warmup.ts';
import type { SessionDrain } from './drain.ts';

/** What every stage needs: the cluster, the deploy settings, the log and a (test-injectable) sleep. */
export interface StageContext {
  clients: KubeClients;
  config: DeployConfig;
  log: Log;
  sleep: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What a slot-level check sees: which slot is live, which is the target, and their Service URLs. */
export interface SlotContext {
  config: DeployConfig;
  live: SlotName;
  target: SlotName;
  liveUrl: string | undefined;
  targetUrl: string | undefined;
}

export function slotContext(config: DeployConfig, live: SlotName, target: SlotName): SlotContext {
  return { config, live, target, liveUrl: config.slots[live].url, targetUrl: config.slots[target].url };
}

export interface CheckOutcome {
  pass: boolean;
  reason: string;
}

// ── lease ──────────────────────────────────────────────────────────────────────────────────────────────

export interface HeldLease {
  view: LeaseView;
  /** Renews now (a long wait between background renewals, or none). */
  renew(): Promise<void>;
  /** Stops background renewal and frees the Lease; a failure to free it is only a warning. */
  release(): Promise<void>;
}

/**
 * Takes the deploy Lease for `holder` (a Lease held by another live run is a KubeRefusal). With
 * `renewInBackground`, it is renewed every third of its duration until released.
 */
export async function takeLease(ctx: StageContext, holder: string, opts: { renewInBackground?: boolean } = {}): Promise<HeldLease> {
  const { clients, config, log } = ctx;
  const request = { namespace: config.namespace, name: config.lease.name, holder, durationSeconds: config.lease.durationSeconds };
  const view = await acquireLease(clients, request);
  let timer: NodeJS.Timeout | undefined;
  if (opts.renewInBackground) {
    timer = setInterval(
      () => {
        acquireLease(clients, request).catch((e: unknown) => log.warn(`could not renew lease: ${(e as Error).message}`));
      },
      Math.max(1000, (config.lease.durationSeconds * 1000) / 3),
    );
    timer.unref();
  }
  return {
    view,
    renew: () => acquireLease(clients, request).then(() => undefined),
    async release() {
      if (timer) clearInterval(timer);
      await releaseLease(clients, config.namespace, config.lease.name, holder).catch((e: unknown) =>
        log.warn(`could not release lease: ${(e as Error).message}`),
      );
    },
  };
}

/** Sleeps `ms`, renewing the Lease every third of its duration so a long wait keeps it. */
export async function sleepHoldingLease(ctx: StageContext, lease: Pick<HeldLease, 'renew'>, ms: number): Promise<void> {
  const chunk = (ctx.config.lease.durationSeconds * 1000) / 3;
  for (let left = ms; left > 0; left -= chunk) {
    await ctx.sleep(Math.min(left, chunk));
    if (left > chunk) await lease.renew();
  }
}

// ── readiness and lint ─────────────────────────────────────────────────────────────────────────────────

export type SlotReadiness = Awaited<ReturnType<typeof slotReadiness>>;

/** Every Deployment of the slot rolled out and ready (with the reasons when not). */
export function checkReadiness(ctx: StageContext, slot: SlotName): Promise<SlotReadiness> {
  return slotReadiness(ctx.clients, ctx.config.namespace, ctx.config.slots[slot].deployments);
}

/** Reports findings through the log: errors block only when asked to. */
export function reportFindings(findings: readonly LintFinding[], log: Log, asErrors: boolean): void {
  for (const f of findings) {
    const text = `[${f.rule}] ${f.subject}: ${f.message}`;
    if (f.severity === 'error' && asErrors) log.error(text, f.location);
    else log.warn(text, f.location);
  }
}

/**
 * LLM-safe serving lint of a slot's live Deployments (as read by the readiness check) and of repo files.
 * Findings are logged; with `strict` they are errors and `blocking` counts them, otherwise warnings.
 */
export async function lintSlot(
  ctx: StageContext,
  readiness: SlotReadiness,
  opts: { files?: readonly string[]; strict?: boolean } = {},
): Promise<{ findings: LintFinding[]; blocking: number }> {
  const findings = [
    ...readiness.deployments.flatMap((d) => lintDeployment(d, ctx.config.lint)),
    ...(opts.files?.length ? await lintYamlFiles(opts.files, ctx.config.lint) : []),
  ];
  reportFindings(findings, ctx.log, Boolean(opts.strict));
  const blocking = opts.strict ? findings.filter((f) => f.severity === 'error').length : 0;
  return { findings, blocking };
}

// ── warm-up and smoke ──────────────────────────────────────────────────────────────────────────────────

/** Recorded requests to the target slot until its p95 settles; undefined when skipped (no sender, or maxRequests 0). */
export async function warmUpSlot(ctx: StageContext, target: WarmupTarget | undefined): Promise<WarmupResult | undefined> {
  if (!target || ctx.config.warmup.maxRequests <= 0) {
    ctx.log.info('warm-up skipped (no warm-up target or maxRequests is 0)');
    return undefined;
  }
  const result = await warmUp(target, ctx.config.warmup);
  if (result.settled) ctx.log.info(`warm-up: ${result.reason}`);
  return result;
}

/** The smoke/regression pass, target vs live; undefined when no judge is wired (a warning). */
export async function smokeCheck(
  ctx: StageContext,
  smoke: ((slots: SlotContext) => Promise<CheckOutcome>) | undefined,
  slots: SlotContext,
): Promise<CheckOutcome | undefined> {
  if (!smoke) {
    ctx.log.warn('smoke check skipped: no judge wired');
    return undefined;
  }
  const outcome = await smoke(slots);
  if (outcome.pass) ctx.log.info(`smoke check passed: ${outcome.reason}`);
  return outcome;
}

// ── the move ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Sets the candidate's weight through the router (one guarded patch) and reads the route back to confirm
 * it. Returns the snapshot as written.
 */
export async function moveTraffic<S extends RouteSnapshot>(
  router: TrafficRouter & { setWeight(from: RouteSnapshot, candidate: SlotName, percent: number, annotations: Record<string, string | null>): Promise<S> },
  from: RouteSnapshot,
  candidate: SlotName,
  percent: number,
  annotations: Record<string, string | null> = {},
): Promise<S> {
  requireSupportedWeight(router, percent);
  const written = (await router.setWeight(from, candidate, percent, annotations)) as S;
  await verifyWeight(router, candidate, percent);
  return written;
}

/**
 * The flip of the live selector, with session draining (deploy.drain) when asked: the old slot's sessions
 * have been marked for markSeconds, `flip` moves the selector, and only then does the gateway's route follow
 * in one patch (new sessions to the new slot, marked ones stay). Promote and the ladder's hand-over both flip
 * through here; `drain.wait()` later ends the drain.
 */
export async function flipDraining<T>(drain: Pick<SessionDrain, 'beforeFlip' | 'flip'> | undefined, flip: () => Promise<T>): Promise<T> {
  await drain?.beforeFlip();
  const moved = await flip();
  await drain?.flip();
  return moved;
}

/** Once traffic stays where it is: the router winds down what it kept only for the move. */
export async function finishMove(router: TrafficRouter, snapshot: RouteSnapshot, candidate: SlotName): Promise<void> {
  await router.finish?.(snapshot, candidate);
}

// ── watch window ───────────────────────────────────────────────────────────────────────────────────────

export interface WatchOutcome {
  probes: number;
  failures: number;
  /** The last failed probe's reason once failures reached maxFailures. */
  breach?: string;
}

/**
 * Probes the new live slot for `watch.seconds` (one probe, then a pause of intervalSeconds); stops at
 * maxFailures failed probes. Undefined when skipped (no window, or no probe wired).
 */
export async function watchWindow(
  ctx: StageContext,
  settings: WatchSettings,
  probe: ((slots: SlotContext) => Promise<CheckOutcome>) | undefined,
  slots: SlotContext,
): Promise<WatchOutcome | undefined> {
  if (settings.seconds <= 0) return undefined;
  if (!probe) {
    ctx.log.warn('watch window skipped: no probe wired');
    return undefined;
  }
  const deadline = performance.now() + settings.seconds * 1000;
  const outcome: WatchOutcome = { probes: 0, failures: 0 };
  while (performance.now() < deadline) {
    const result = await probe(slots).catch((e: unknown): CheckOutcome => ({ pass: false, reason: `probe error: ${(e as Error).message}` }));
    outcome.probes++;
    if (!result.pass) {
      outcome.failures++;
      ctx.log.warn(`watch probe ${outcome.probes} failed (${outcome.failures}/${settings.maxFailures}): ${result.reason}`);
      if (outcome.failures >= settings.maxFailures) return { ...outcome, breach: result.reason };
    }
    const left = deadline - performance.now();
    if (left <= 0) break;
    await ctx.sleep(Math.min(left, settings.intervalSeconds * 1000));
  }
  ctx.log.info(`watch window passed: ${outcome.probes} probe(s), ${outcome.failures} failure(s)`);
  return outcome;
}

// ── standby scaling ────────────────────────────────────────────────────────────────────────────────────

/** Standby: the slot about to take traffic grows to the live slot's size (a KubeRefusal not-ready when it does not get ready in time). */
export async function scaleUpStandby(ctx: StageContext, slot: SlotName, like: SlotName): Promise<ScaleUp | undefined> {
  if (!ctx.config.standby) return undefined;
  return scaleUpLike(ctx.clients, ctx.config, slot, like, { settings: ctx.config.standby, log: ctx.log });
}

export interface StandbyAfterMove {
  scaledDown?: { slot: SlotName; from: number[]; to: number[] };
  kept?: string;
}

/**
 * Standby after traffic moved from `from` to `to`: the old slot stays at full size through the rollback
 * window (a rollback is then a flip only), then shrinks to its minimum unless traffic went back meanwhile.
 * `liveSlot` reads which slot the live Service selects now.
 */
export async function standbyAfterMove(
  ctx: StageContext,
  from: SlotName,
  to: SlotName,
  opts: { liveSlot: () => Promise<SlotName | undefined>; lease?: Pick<HeldLease, 'renew'> },
): Promise<StandbyAfterMove | undefined> {
  const standby = ctx.config.standby;
  if (!standby) return undefined;
  const { rollbackWindowSeconds, minReplicas } = standby;
  if (rollbackWindowSeconds > 0) {
    ctx.log.info(`standby: keeping ${from} at full size for the rollback window (${rollbackWindowSeconds} s)`);
    if (opts.lease) await sleepHoldingLease(ctx, opts.lease, rollbackWindowSeconds * 1000);
    else await ctx.sleep(rollbackWindowSeconds * 1000);
  }
  const live = await opts.liveSlot();
  if (live === to) {
    const down = await scaleDown(ctx.clients, ctx.config, from, minReplicas);
    ctx.log.info(`standby: ${from} scaled down from ${down.from.join('/')} to ${down.to.join('/')} replica(s)`);
    return { scaledDown: { slot: from, ...down } };
  }
  const kept = `${from} kept at full size: the live slot is ${live ?? 'unknown'} after the rollback window`;
  ctx.log.warn(`standby: ${kept}`);
  return { kept };
}
