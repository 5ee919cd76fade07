/**
 * Entry module of the blue-green commands (promote, rollback, status, lint). The command layer reaches it
 * only through `await import('../delivery/blue-green.ts')`, so PR evaluations never load @kubernetes/client-node.
 */
import { hostname } from 'node:os';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { connect, type KubeClients, type KubeConnectOptions } from '../kube/client.ts';
import { readLeaseOrUndefined, releaseLease, viewLease, type LeaseView } from '../kube/lease.ts';
import { lintDeployment, lintYamlFiles, type LintFinding } from '../kube/lint.ts';
import { lintSources, type FilesLintResult, type LintSource } from '../kube/lint-files.ts';
import { isKubeRefusal } from '../kube/refusal.ts';
import { otherSlot, parseDeployConfig, schemaDefault, SLOT_NAMES, type DeployConfig, type LintSettings, type Locate, type SlotName } from './deploy-config.ts';
import { describeIds, idsOf, releaseOnSlot, type HistoryEntry } from './history.ts';
import type { ReleaseIds } from '../versioning/release-ids.ts';
import { routerFor, type RouteSnapshot } from './router/router.ts';
import { requireKnownSlot, type FlipActor, type RevertOutcome, type ServiceSelectorRouter } from './router/service-selector.ts';
import {
  checkReadiness,
  finishMove,
  flipDraining,
  lintSlot,
  moveTraffic,
  realSleep,
  reportFindings,
  scaleUpStandby,
  slotContext,
  smokeCheck,
  standbyAfterMove,
  takeLease,
  warmUpSlot,
  watchWindow,
  type CheckOutcome,
  type SlotContext,
  type StageContext,
} from './stages.ts';
import { scaleUpLike, type ScaleUp } from './standby.ts';
import { awaitDeployWindow } from './windows.ts';
import { drainContext, drainReader, drainEnder, sessionDrain, type DrainOutcome, type DrainView } from './drain.ts';
import type { WarmupResult, WarmupTarget } from './warmup.ts';

export type { DeployConfig, SlotName } from './deploy-config.ts';
export { parseDeployConfig } from './deploy-config.ts';
export type { HistoryEntry, SlotRelease } from './history.ts';
export type { ReleaseIds } from '../versioning/release-ids.ts';
export { describeIds, idsOf, releaseOnSlot } from './history.ts';
export type { LeaseView } from '../kube/lease.ts';
export type { LintFinding } from '../kube/lint.ts';
export { readLintSources, STDIN_NAME, type LintSource } from '../kube/lint-files.ts';
export type { WarmupResult, WarmupTarget } from './warmup.ts';
export type { CheckOutcome, SlotContext } from './stages.ts';
export type { KubeClients } from '../kube/client.ts';
export { isKubeRefusal, KubeRefusal, REFUSAL_EXIT_CODES, type RefusalKind } from '../kube/refusal.ts';
export { parseDeployWindows, type DeployWindows } from './windows.ts';

export interface KubeCommandOptions extends KubeConnectOptions {
  /** The manifest's raw `deploy:` section; validated here. */
  deploy: unknown;
  /** Manifest path, for errors about the deploy section. */
  manifestFile: string;
  /** Maps a manifest path to its line, when the caller parsed the manifest with positions. */
  locate?: Locate;
  /** Identifies this run: Lease holder and history. Default: GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT or local-<host>-<pid>. */
  runId?: string;
  /** Link recorded in the history. Default: the GitHub Actions run URL when running in a workflow. */
  runUrl?: string;
  log: Log;
  /** Ready-made clients (tests, benchmarks); otherwise built from kubeconfig/context. */
  clients?: KubeClients;
}

export interface PromoteOptions extends KubeCommandOptions {
  /** Slot to move traffic to; default: the idle one. */
  to?: SlotName;
  /** Model/prompt/tool ids recorded with the flip. */
  ids?: ReleaseIds;
  /** Builds the warm-up sender for the target slot; none = skip warm-up. */
  warmupTarget?: (ctx: SlotContext) => WarmupTarget | undefined;
  /** Smoke/regression pass, target vs live (the shadow judge); none = skipped with a warning. */
  smoke?: (ctx: SlotContext) => Promise<CheckOutcome>;
  /** One active probe during the watch window (same judge); none = watch skipped with a warning. */
  probe?: (ctx: SlotContext) => Promise<CheckOutcome>;
  /** Repo manifest files to lint alongside the live Deployments. */
  lintFiles?: string[];
  /** Stop the promotion on lint errors (default: report them as warnings only). */
  strictLint?: boolean;
  /** Waits between watch probes (and for a deployment window); injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** The clock deployment windows are checked against; injectable for tests. */
  now?: () => Date;
}

export type PromoteStage = 'lease' | 'readiness' | 'lint' | 'warmup' | 'smoke' | 'flip' | 'watch' | 'done';

export interface PromoteResult {
  /** promoted: traffic is on the target; stopped: a check failed before the flip, nothing changed;
   *  rolled-back: the watch window breached and traffic went back; breached: the watch window breached but
   *  the slot traffic came from is not ready, so traffic stays on the target; unchanged: the target was already live. */
  outcome: 'promoted' | 'stopped' | 'rolled-back' | 'breached' | 'unchanged';
  stage: PromoteStage;
  reason: string;
  from: SlotName;
  to: SlotName;
  warmup?: WarmupResult;
  lint: LintFinding[];
  /** The recorded flip (and the automatic flip back, if any). */
  /** patchedAt: performance.now() when the API server accepted the patch (same process clock as callers). */
  flip?: { entry: HistoryEntry; patchMs: number; patchedAt: number; conflicts: number };
  rollback?: { entry: HistoryEntry; patchMs: number; patchedAt: number };
  /** Standby scaling (deploy.standby): the target scaled up before the warm-up, the old slot scaled down after the rollback window. */
  standby?: { scaledUp?: ScaleUp; scaledDown?: { slot: SlotName; from: number[]; to: number[] }; kept?: string };
  /** Session draining (deploy.drain): when the old slot's sessions were marked, the gateway flipped, and the drain ended. */
  drain?: DrainOutcome;
}

export function defaultRunId(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_REPOSITORY ?? 'github'}/${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return `local-${hostname()}-${process.pid}`;
}

export function defaultRunUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return undefined;
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

interface Prepared {
  config: DeployConfig;
  clients: KubeClients;
  runId: string;
  runUrl: string | undefined;
}

function prepare(opts: KubeCommandOptions): Prepared {
  const config = parseDeployConfig(opts.deploy, opts.manifestFile, opts.locate);
  const clients = opts.clients ?? connect(opts);
  return { config, clients, runId: opts.runId ?? defaultRunId(), runUrl: opts.runUrl ?? defaultRunUrl() };
}

async function lintLiveSlot(ctx: StageContext, slot: SlotName): Promise<LintFinding[]> {
  const { deployments } = await checkReadiness(ctx, slot);
  return deployments.flatMap((d) => lintDeployment(d, ctx.config.lint));
}

/** Blue-green is the one-rung ladder: the target slot goes from 0 % straight to 100 % of the live Service. */
export const BLUE_GREEN_RUNGS: readonly number[] = [100];

/** The service-selector router for this run: flips are recorded in the Service's history under `runId`. */
export function selectorRouter(clients: KubeClients, config: DeployConfig, actor: FlipActor): ServiceSelectorRouter {
  return routerFor(clients, { kind: 'service-selector', config, actor });
}

/**
 * Moves the Service's traffic to the idle slot by advancing the one-rung ladder [100] over the
 * service-selector router: lease → readiness → lint → warm-up → smoke → flip → watch.
 * Stops at the first failing check with a clear reason (outcome `stopped`, nothing changed). Config, RBAC,
 * lease and unresolvable-conflict problems throw UserError.
 */
export async function promote(opts: PromoteOptions): Promise<PromoteResult> {
  const { config, clients, runId, runUrl } = prepare(opts);
  const { log } = opts;
  const ctx: StageContext = { clients, config, log, sleep: opts.sleep ?? realSleep };
  const where = `${config.namespace}/${config.service}`;
  const router = selectorRouter(clients, config, { runId, ...(runUrl ? { runUrl } : {}), ...(opts.ids ? { ids: opts.ids } : {}) });

  const initial = await router.read();
  const from = requireKnownSlot(config, initial.live);
  const to = opts.to ?? otherSlot(from);
  const base = { from, to, lint: [] as LintFinding[] };
  if (from === to) {
    log.info(`${where}: ${to} is already live; nothing to promote`);
    return { ...base, outcome: 'unchanged', stage: 'done', reason: `${to} is already live` };
  }
  // Outside a deployment window nothing is taken, not even the Lease.
  await awaitDeployWindow({ windows: config.windows, action: `promote of ${where} to ${to}`, now: opts.now ?? (() => new Date()), sleep: ctx.sleep, log });
  const slots = slotContext(config, from, to);
  // Session draining (deploy.drain), checked before anything is written.
  const drain = sessionDrain(drainContext(opts, config, clients, runId), from, to);
  const stop = (stage: PromoteStage, reason: string, extra: Partial<PromoteResult> = {}): PromoteResult => {
    log.error(`promotion of ${where} to ${to} stopped at ${stage}: ${reason}`);
    return { ...base, ...extra, outcome: 'stopped', stage, reason };
  };

  const lease = await takeLease(ctx, runId, { renewInBackground: true });
  log.info(`lease ${config.namespace}/${config.lease.name} taken by ${runId} for ${lease.view.durationSeconds} s`);
  const standby: NonNullable<PromoteResult['standby']> = {};
  try {
    await drain?.mark();
    // Standby scaling: the idle slot grows to the live slot's size before it is checked and warmed up.
    try {
      const up = await scaleUpStandby(ctx, to, from);
      if (up) standby.scaledUp = up;
    } catch (e) {
      if (!isKubeRefusal(e) || e.kind !== 'not-ready') throw e;
      return stop('readiness', e.message, { standby });
    }
    const withStandby = config.standby ? { standby } : {};

    let snapshot: RouteSnapshot = initial;
    let flipInfo: PromoteResult['flip'];
    let warmup: WarmupResult | undefined;
    for (const weight of BLUE_GREEN_RUNGS) {
      const readiness = await checkReadiness(ctx, to);
      if (!readiness.ready) return stop('readiness', `target slot ${to} is not ready: ${readiness.reasons.join('; ')}`);
      log.info(`slot ${to} ready (${config.slots[to].deployments.join(', ')})`);

      const lint = await lintSlot(ctx, readiness, { ...(opts.lintFiles ? { files: opts.lintFiles } : {}), strict: Boolean(opts.strictLint) });
      base.lint = lint.findings;
      if (lint.blocking > 0) return stop('lint', `${lint.blocking} LLM-safe serving lint error(s)`);

      // The sender is built only when warm-up will run (it opens the dataset and a transport).
      warmup = await warmUpSlot(ctx, config.warmup.maxRequests > 0 ? opts.warmupTarget?.(slots) : undefined);
      if (warmup && !warmup.settled) return stop('warmup', warmup.reason, { warmup });
      const withWarmup = warmup ? { warmup } : {};

      const smoke = await smokeCheck(ctx, opts.smoke, slots);
      if (smoke && !smoke.pass) return stop('smoke', `smoke check failed: ${smoke.reason}`, withWarmup);

      // The flip: one guarded patch of the selector, read back; with a drain, the gateway's route follows in one patch.
      const moved = await flipDraining(drain, () => moveTraffic(router, snapshot, to, weight));
      snapshot = moved;
      const flip = moved.flip!;
      if (flip.conflicts > 0) log.info(`flip met ${flip.conflicts} conflict(s); re-read and re-checked each time`);
      log.info(`flipped ${where} selector ${config.slotKey}: ${config.slots[from].selector} → ${config.slots[to].selector} in ${flip.patchMs.toFixed(0)} ms`);
      flipInfo = { entry: flip.entry, patchMs: flip.patchMs, patchedAt: flip.patchedAt, conflicts: flip.conflicts };

      // The rung's judgement: the watch window; a breach flips back to where traffic came from.
      const watch = await watchWindow(ctx, config.watch, opts.probe, slots);
      if (watch?.breach !== undefined) {
        let back: RevertOutcome;
        try {
          back = await router.revert({ action: 'auto-rollback', promotion: flip.entry });
        } catch (e) {
          // The slot traffic came from is no longer ready: flipping back would make things worse.
          if (!isKubeRefusal(e) || e.kind !== 'not-ready') throw e;
          const reason = `watch window breached: ${watch.breach}; not flipped back: ${e.message}`;
          log.error(`promotion of ${where} to ${to} failed and traffic stays on ${to}: ${reason}`);
          return { ...base, ...withWarmup, outcome: 'breached', stage: 'watch', reason, flip: flipInfo };
        }
        const reason = `watch window breached: ${watch.breach}; ${back.message}`;
        log.error(`promotion of ${where} to ${to} rolled back: ${reason}`);
        if (back.changed && back.restores)
          log.info(`brings back on ${from}: ${describeIds(back.restores.ids, back.undoes)} (recorded by ${back.restores.entry.id})`);
        return {
          ...base,
          ...withWarmup,
          outcome: 'rolled-back',
          stage: 'watch',
          reason,
          flip: flipInfo,
          ...(back.flip ? { rollback: { entry: back.flip.entry, patchMs: back.flip.patchMs, patchedAt: back.flip.patchedAt } } : {}),
        };
      }
    }
    await finishMove(router, snapshot, to);
    if (drain) await drain.wait();
    const after = await standbyAfterMove(ctx, from, to, { liveSlot: async () => (await router.read()).live.live });
    if (after?.scaledDown) standby.scaledDown = after.scaledDown;
    if (after?.kept) standby.kept = after.kept;
    return {
      ...base,
      ...(warmup ? { warmup } : {}),
      ...withStandby,
      outcome: 'promoted',
      stage: 'done',
      reason: `${to} is live`,
      flip: flipInfo!,
      ...(drain ? { drain: drain.outcome } : {}),
    };
  } finally {
    // A promotion that stopped, rolled back or failed ends its drain: all traffic follows the live Service.
    await drain?.end('promote ended before the drain did').catch((e: unknown) => log.error(`drain: could not end it: ${(e as Error).message}`));
    await lease.release();
  }
}

export interface RollbackOptions extends KubeCommandOptions {
  /** Undo the promotion of this run only (e.g. the one that died half-way); default: the latest promotion. */
  promotionRunId?: string;
  /** Flip back even when the slot returned to is not ready (an emergency; recorded and said loudly). */
  force?: boolean;
}

export interface RollbackResult {
  changed: boolean;
  message: string;
  from?: SlotName;
  to?: SlotName;
  entry?: HistoryEntry;
  /** Readiness problems of the slot returned to, when the rollback was forced past them. */
  forcedPast?: string[];
  /** The ids the rollback brings back (those last recorded on the slot returned to) and the flip that recorded them. */
  restores?: ReleaseIds;
  restoresRecordedBy?: string;
  /** The ids of the promotion undone. */
  undoes?: ReleaseIds;
  /** performance.now() when the flip back was sent and when the API server accepted it. */
  patchStartedAt?: number;
  patchedAt?: number;
  /** Standby: the slot returned to was scaled up first; `ms` is how long until it was ready. */
  scaledUp?: ScaleUp;
  elapsedMs: number;
}

/**
 * Flips back to the slot the last promotion (of `promotionRunId`, when given) came from, straight from the
 * history on the Service: one read, a readiness check of that slot, one guarded patch. Refuses (not-ready)
 * when the slot is not ready unless forced. Idempotent; needs no lease so it works while a dead run still
 * holds one, and frees that run's lease when `promotionRunId` names it.
 */
export async function rollback(opts: RollbackOptions): Promise<RollbackResult> {
  const started = performance.now();
  const { config, clients, runId, runUrl } = prepare(opts);
  let scaledUp: ScaleUp | undefined;
  const endDrain = drainEnder(drainContext(opts, config, clients, runId));
  const router = selectorRouter(clients, config, { runId, ...(runUrl ? { runUrl } : {}) });
  const outcome = await router.revert({
    action: 'rollback',
    // Standby: a slot scaled down after its rollback window grows back, and is ready, before traffic moves.
    ...(config.standby
      ? {
          beforeReadiness: async (back: SlotName, live: SlotName) => {
            scaledUp = await scaleUpLike(clients, config, back, live, { settings: config.standby!, log: opts.log });
          },
        }
      : {}),
    ...(opts.promotionRunId ? { promotionRunId: opts.promotionRunId } : {}),
    ...(opts.force ? { force: true } : {}),
  });
  // A drain under way ends after the flip back: every session follows the live Service, the old slot again.
  if (outcome.changed) await endDrain?.();
  const elapsedMs = performance.now() - started;
  const scaledNote = scaledUp
    ? `; ${scaledUp.slot} was scaled up from ${scaledUp.from.join('/')} to ${scaledUp.to.join('/')} replica(s) first, ready after ${(scaledUp.ms / 1000).toFixed(1)} s`
    : '';
  const line = `${config.namespace}/${config.service}: ${outcome.message}${scaledNote} (${elapsedMs.toFixed(0)} ms)`;
  if (outcome.forcedPast) opts.log.warn(line);
  else opts.log.info(line);
  if (outcome.changed && outcome.to) {
    opts.log.info(
      outcome.restores
        ? `brings back on ${outcome.to}: ${describeIds(outcome.restores.ids, outcome.undoes)} (recorded by ${outcome.restores.entry.id})`
        : `brings back on ${outcome.to}: ids unknown — no flip onto ${outcome.to} with ids is in the history`,
    );
  }
  if (opts.promotionRunId) {
    await releaseLease(clients, config.namespace, config.lease.name, opts.promotionRunId).catch((e: unknown) =>
      opts.log.warn(`could not release the lease of ${opts.promotionRunId}: ${(e as Error).message}`),
    );
  }
  return {
    changed: outcome.changed,
    message: outcome.message,
    ...(outcome.from ? { from: outcome.from } : {}),
    ...(outcome.to ? { to: outcome.to } : {}),
    ...(outcome.flip ? { entry: outcome.flip.entry, patchStartedAt: outcome.flip.patchedAt - outcome.flip.patchMs, patchedAt: outcome.flip.patchedAt } : {}),
    ...(outcome.forcedPast ? { forcedPast: outcome.forcedPast } : {}),
    ...(outcome.restores ? { restores: outcome.restores.ids, restoresRecordedBy: outcome.restores.entry.id } : {}),
    ...(outcome.undoes ? { undoes: outcome.undoes } : {}),
    ...(scaledUp ? { scaledUp } : {}),
    elapsedMs,
  };
}

export interface StatusResult {
  namespace: string;
  service: string;
  live: SlotName | undefined;
  selector: Record<string, string>;
  history: HistoryEntry[];
  lease: LeaseView | undefined;
  /** Per slot, the ids the history last recorded onto it (absent when it recorded none). */
  slots: Record<SlotName, SlotStatus>;
  /** Sessions still draining on the old slot after a flip (deploy.drain), when the route carries a drain. */
  drain?: DrainView;
}

export interface SlotStatus {
  live: boolean;
  ids?: ReleaseIds;
  /** The flip that recorded the ids, and when. */
  recordedBy?: string;
  at?: string;
}

/** Live slot, flip history and lease, printed and returned. */
export async function status(opts: KubeCommandOptions): Promise<StatusResult> {
  const { config, clients, runId } = prepare(opts);
  const readDrain = drainReader(drainContext(opts, config, clients, runId));
  // Both reads at once, but the Service's error wins: which reply comes first must not change the message.
  const [service, leaseRead] = await Promise.allSettled([
    selectorRouter(clients, config, { runId })
      .read()
      .then((snapshot) => snapshot.live),
    readLeaseOrUndefined(clients, config.namespace, config.lease.name),
  ]);
  if (service.status === 'rejected') throw service.reason;
  if (leaseRead.status === 'rejected') throw leaseRead.reason;
  const [live, lease] = [service.value, leaseRead.value];
  const leaseView = lease ? viewLease(lease, new Date()) : undefined;
  const { log } = opts;
  log.info(`${config.namespace}/${config.service}: live slot ${live.live ?? `unknown (${config.slotKey}=${live.selector[config.slotKey] ?? 'missing'})`}`);
  log.info(
    `selector: ${
      Object.entries(live.selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ') || '(none)'
    }`,
  );
  log.info(
    leaseView?.live ? `lease: held by ${leaseView.holder} (renewed ${leaseView.renewedAt?.toISOString()}, ${leaseView.durationSeconds} s)` : 'lease: free',
  );
  // Live slot first: what serves traffic is what an operator asks about.
  const slots = Object.fromEntries(
    SLOT_NAMES.map((slot): [SlotName, SlotStatus] => {
      const release = releaseOnSlot(live.history, slot);
      return [slot, { live: live.live === slot, ...(release ? { ids: release.ids, recordedBy: release.entry.id, at: release.entry.at } : {}) }];
    }),
  ) as Record<SlotName, SlotStatus>;
  for (const slot of [...SLOT_NAMES].sort((a, b) => Number(slots[b].live) - Number(slots[a].live))) {
    const s = slots[slot];
    const name = `slot ${slot}${s.live ? ' (live)' : ''}`;
    log.info(
      s.ids
        ? `${name}: ${describeIds(s.ids)} — recorded by ${s.recordedBy} at ${s.at}`
        : `${name}: ids unknown — no flip onto ${slot} with ids is in the history`,
    );
  }
  const drain = await readDrain?.();
  if (live.history.length === 0) log.info('history: none');
  for (let i = live.history.length - 1; i >= 0; i--) {
    const e = live.history[i]!;
    // Old → new per surface: the ids this flip put live against those on the slot it took traffic from.
    const now = idsOf(e);
    const before = e.from ? releaseOnSlot(live.history, e.from, i)?.ids : undefined;
    const ids = now ? describeIds(now, before) : '';
    const forced = e.forced ? ` FORCED onto an unready slot (${e.forced})` : '';
    log.info(`  ${e.at} ${e.action} ${e.from ?? '?'} → ${e.to} by ${e.runId}${ids ? ` (${ids})` : ''}${forced}${e.runUrl ? ` ${e.runUrl}` : ''}`);
  }
  return {
    namespace: config.namespace,
    service: config.service,
    live: live.live,
    selector: live.selector,
    history: live.history,
    lease: leaseView,
    slots,
    ...(drain ? { drain } : {}),
  };
}

export interface LintOptions extends Omit<KubeCommandOptions, 'deploy'> {
  /** The manifest's deploy section; optional when only files are linted (default settings then). */
  deploy?: unknown;
  /** Repo YAML files to lint, by path (findings carry file:line). */
  files?: string[];
  /** Repo files already read (see readLintSources): paths, globs and standard input. */
  sources?: LintSource[];
  /** Lint the live Deployments of these slots (default: both when a deploy section is given). */
  slots?: SlotName[];
  /** Lint the live slot Deployments when a deploy section is given (default true); false lints files only, offline. */
  live?: boolean;
}

export interface LintResult {
  findings: LintFinding[];
  errors: number;
  warnings: number;
  /** With sources: the files read and the Deployments found in them (`file: name`). */
  files?: string[];
  deployments?: string[];
}

/** Lint settings of a manifest without a deploy section: the schema's defaults. */
export const DEFAULT_LINT_SETTINGS: LintSettings = {
  minGracePeriodSeconds: schemaDefault(['lint', 'minGracePeriodSeconds']),
  minPreStopSeconds: schemaDefault(['lint', 'minPreStopSeconds']),
  requireStartupProbe: schemaDefault(['lint', 'requireStartupProbe']),
};

/**
 * LLM-safe serving lint of live slot Deployments and/or repository manifests. Findings are logged with their
 * locations (file:line for files, so the action turns them into annotations).
 */
export async function lint(opts: LintOptions): Promise<LintResult> {
  const findings: LintFinding[] = [];
  let settings = DEFAULT_LINT_SETTINGS;
  const hasFiles = Boolean(opts.files?.length || opts.sources?.length);
  if (opts.deploy !== undefined && opts.live !== false) {
    const { config, clients } = prepare({ ...opts, deploy: opts.deploy });
    settings = config.lint;
    const ctx: StageContext = { clients, config, log: opts.log, sleep: realSleep };
    for (const slot of opts.slots ?? SLOT_NAMES) findings.push(...(await lintLiveSlot(ctx, slot)));
  } else if (opts.deploy !== undefined) {
    settings = parseDeployConfig(opts.deploy, opts.manifestFile, opts.locate).lint;
  } else if (!hasFiles) {
    throw new UserError('lint needs a deploy section (live Deployments) or manifest files', { file: opts.manifestFile });
  }
  if (opts.files?.length) findings.push(...(await lintYamlFiles(opts.files, settings)));
  let scanned: FilesLintResult | undefined;
  if (opts.sources?.length) {
    scanned = lintSources(opts.sources, settings);
    findings.push(...scanned.findings);
    opts.log.info(`lint: ${scanned.deployments.length} Deployment(s) in ${scanned.files.length} file(s)`);
  }
  reportFindings(findings, opts.log, true);
  const errors = findings.filter((f) => f.severity === 'error').length;
  opts.log.info(`lint: ${errors} error(s), ${findings.length - errors} warning(s)`);
  return { findings, errors, warnings: findings.length - errors, ...(scanned ? { files: scanned.files, deployments: scanned.deployments } : {}) };
}
