import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  sameRelease,
  surfaceChanges
} from "./chunk-BWL5YPHN.js";
import {
  DRAIN_ANNOTATION,
  RouteConflict,
  canaryPercent,
  checkReadiness,
  connect,
  describeMove,
  drainContext,
  drainEnder,
  drainReader,
  finishMove,
  flipDraining,
  lintSlot,
  moveTraffic,
  parseDrain,
  parseDrainState,
  providerFor,
  realSleep,
  releaseOnSlot,
  requireKnownSlot,
  requireSupportedWeight,
  routerFor,
  scaleUpStandby,
  sessionDrain,
  sleepHoldingLease,
  standbyAfterMove,
  takeLease
} from "./chunk-MQ3U55EA.js";
import {
  awaitDeployWindow,
  fillTemplate,
  otherSlot,
  parseCanaryConfig,
  parseDeployConfig,
  windowMs
} from "./chunk-P4BBUCTH.js";
import {
  isKubeRefusal
} from "./chunk-AZ7WLE3K.js";
import {
  hodgesLehmannTwoSample,
  mannWhitneyU,
  median,
  normQuantile,
  normSf,
  wilsonInterval
} from "./chunk-VUOFWVZ7.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// src/delivery/proportions.ts
function newcombeIndependentInterval(x1, n1, x2, n2, confLevel = 0.95) {
  const z = normQuantile(1 - (1 - confLevel) / 2);
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p2 = n2 > 0 ? x2 / n2 : 0;
  const [l1, u1] = wilsonInterval(x1, n1, z);
  const [l2, u2] = wilsonInterval(x2, n2, z);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

// src/delivery/analysis.ts
function confirmableSamples(confidence, overlap = 1) {
  const critical = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(Math.max(1, overlap));
  let n = 2;
  while (n * n / 2 - 1.5 < critical * Math.sqrt(n * n * (2 * n + 1) / 12)) n++;
  return n;
}
function inflatedConfidence(confidence, overlap) {
  if (overlap <= 1) return confidence;
  const z = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(overlap);
  return Math.min(1 - 1e-12, 1 - 2 * normSf(z));
}
function judgeProportion(spec, stable, candidate, settings) {
  const rate = (c) => c.total > 0 ? c.failed / c.total : null;
  const base = {
    name: spec.name,
    critical: spec.critical,
    stable: { n: stable.total, dropped: 0, median: rate(stable) },
    candidate: { n: candidate.total, dropped: 0, median: rate(candidate) }
  };
  const minRequests = settings.minRequests ?? 50;
  for (const [side, counts] of [
    ["stable", stable],
    ["candidate", candidate]
  ]) {
    if (counts.error) return { ...base, verdict: "nodata", reason: `${side} slot: ${counts.error}` };
    if (counts.total < minRequests)
      return { ...base, verdict: "nodata", reason: `${side} slot: ${counts.total} requests, fewer than minRequests ${minRequests}` };
  }
  const p1 = candidate.failed / candidate.total;
  const p2 = stable.failed / stable.total;
  const interval = newcombeIndependentInterval(candidate.failed, candidate.total, stable.failed, stable.total, settings.confidence);
  const unit = spec.scale === "relative" ? p2 : 1;
  const tolerance = spec.tolerance * unit;
  const threshold = spec.threshold * unit;
  const sign = spec.direction === "increase" ? 1 : -1;
  const worseLow = sign > 0 ? interval[0] : -interval[1];
  const regressed = worseLow > tolerance && sign * (p1 - p2) >= threshold;
  const shift = { estimate: p1 - p2, interval, confidence: settings.confidence };
  const describe = `${stable.failed}/${stable.total} \u2192 ${candidate.failed}/${candidate.total} (shift ${fmt(p1 - p2)}, ${Math.round(settings.confidence * 100)}% CI [${fmt(interval[0])}, ${fmt(interval[1])}])`;
  if (regressed) {
    return {
      ...base,
      verdict: spec.critical ? "fail" : "warn",
      shift,
      tolerance,
      threshold,
      reason: `${spec.name} ${sign > 0 ? "rose" : "fell"}: ${describe}; interval beyond \xB1${fmt(tolerance)} and shift past ${fmt(threshold)}`
    };
  }
  return { ...base, verdict: "pass", shift, tolerance, threshold, reason: `${spec.name}: ${describe}` };
}
function fmt(value) {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  return abs >= 100 || abs < 1e-3 ? value.toPrecision(3) : String(Number(value.toFixed(4)));
}
function judgeMetric(spec, stable, candidate, settings) {
  const base = {
    name: spec.name,
    critical: spec.critical,
    stable: { n: stable.values.length, dropped: stable.dropped, median: stable.values.length ? median(stable.values) : null },
    candidate: { n: candidate.values.length, dropped: candidate.dropped, median: candidate.values.length ? median(candidate.values) : null }
  };
  for (const [side, sample] of [
    ["stable", stable],
    ["candidate", candidate]
  ]) {
    if (sample.error) return { ...base, verdict: "nodata", reason: `${side} slot: ${sample.error}` };
    if (sample.values.length < settings.minSamples) {
      const nan = sample.dropped ? ` (${sample.dropped} NaN/Inf points dropped)` : "";
      return { ...base, verdict: "nodata", reason: `${side} slot: ${sample.values.length} points, fewer than minSamples ${settings.minSamples}${nan}` };
    }
  }
  const overlap = settings.overlap ?? 1;
  const hl = hodgesLehmannTwoSample(candidate.values, stable.values, { confLevel: inflatedConfidence(settings.confidence, overlap) });
  const mw = mannWhitneyU(candidate.values, stable.values);
  const unit = spec.scale === "relative" ? Math.abs(base.stable.median ?? 0) : 1;
  const tolerance = spec.tolerance * unit;
  const threshold = spec.threshold * unit;
  const sign = spec.direction === "increase" ? 1 : -1;
  const worse = sign * hl.estimate;
  const [lo, hi] = hl.interval;
  const worseLow = sign > 0 ? lo : -hi;
  const regressed = worseLow > tolerance && worse >= threshold;
  const shift = { estimate: hl.estimate, interval: hl.interval, confidence: settings.confidence };
  const describe = `${fmt(base.stable.median)} \u2192 ${fmt(base.candidate.median)} (shift ${fmt(hl.estimate)}, ${Math.round(settings.confidence * 100)}% CI [${fmt(lo)}, ${fmt(hi)}], p=${mw.pValue.toPrecision(2)})`;
  if (regressed) {
    return {
      ...base,
      verdict: spec.critical ? "fail" : "warn",
      shift,
      pValue: mw.pValue,
      tolerance,
      threshold,
      reason: `${spec.name} ${spec.direction === "increase" ? "rose" : "fell"}: ${describe}; interval beyond \xB1${fmt(tolerance)} and shift past ${fmt(threshold)}`
    };
  }
  const decisive = Math.max(settings.minSamples, settings.decisiveSamples ?? confirmableSamples(settings.confidence, overlap));
  const points = Math.min(candidate.values.length, stable.values.length);
  const bound = hodgesLehmannTwoSample(candidate.values, stable.values, { confLevel: inflatedConfidence(2 * settings.confidence - 1, overlap) }).interval;
  const worseHigh = sign > 0 ? bound[1] : -bound[0];
  if (points < decisive && worseHigh >= threshold) {
    return {
      ...base,
      verdict: "nodata",
      undecided: true,
      shift,
      pValue: mw.pValue,
      tolerance,
      threshold,
      reason: `${spec.name}: ${describe}; too uncertain to decide on ${points} points (fewer than ${decisive}): the interval reaches a shift of ${fmt(sign * worseHigh)}, past the threshold ${fmt(threshold)}, so a regression is neither confirmed nor ruled out`
    };
  }
  return { ...base, verdict: "pass", shift, pValue: mw.pValue, tolerance, threshold, reason: `${spec.name}: ${describe}` };
}
function judgeRung(metrics) {
  const failed = metrics.filter((m) => m.verdict === "fail");
  if (failed.length) return { verdict: "fail", reason: failed.map((m) => m.reason).join("; "), metrics };
  const nodata = metrics.filter((m) => m.verdict === "nodata");
  if (nodata.length) return { verdict: "inconclusive", reason: nodata.map((m) => `${m.name}: ${m.reason}`).join("; "), metrics };
  const warned = metrics.filter((m) => m.verdict === "warn");
  if (warned.length) return { verdict: "warn", reason: warned.map((m) => m.reason).join("; "), metrics };
  return { verdict: "pass", reason: `${metrics.length} metric(s) within tolerance`, metrics };
}

// src/delivery/ladder.ts
function rungWeight(step) {
  return typeof step === "number" ? step : 0;
}
function rungLabel(step) {
  return typeof step === "string" ? `segment ${step}` : `${step ?? 0}%`;
}
function ladderSteps(canary) {
  return [...canary.segments.map((s) => s.segment), ...canary.rungs];
}
function segmentsIn(canary, state) {
  if (state.phase === "aborted" || state.phase === "promoted") return [];
  return canary.segments.slice(0, Math.max(0, state.rung + 1));
}
var LADDER_ANNOTATION = "shadowgate.dev/canary";
function actorOf(opts, ids) {
  return { runId: opts.runId, ...opts.runUrl ? { runUrl: opts.runUrl } : {}, ...ids ? { ids } : {}, ...opts.now ? { now: opts.now } : {} };
}
function prepare(opts) {
  const config = parseDeployConfig(opts.deploy, opts.manifestFile, opts.locate);
  const canary = parseCanaryConfig(opts.deploy, config, opts.manifestFile, opts.locate);
  const clients = opts.clients ?? connect(opts);
  const router = routerFor(clients, canary.router, {
    namespace: config.namespace,
    stableService: config.service,
    ...canary.services ? { slotServices: canary.services } : {},
    slotLabel: { key: config.slotKey, values: { blue: config.slots.blue.selector, green: config.slots.green.selector } },
    slotDeployments: { blue: config.slots.blue.deployments, green: config.slots.green.deployments },
    ...opts.locate?.(["canary", "router"]) ? { where: opts.locate(["canary", "router"]) } : {}
  });
  const selector = routerFor(clients, { kind: "service-selector", config, actor: actorOf(opts) });
  const stage = { clients, config, log: opts.log, sleep: opts.sleep ?? realSleep };
  const drain = parseDrain(opts.deploy, config, opts.manifestFile, opts.locate) ? drainContext(opts, config, clients, opts.runId) : void 0;
  return {
    config,
    canary,
    clients,
    router,
    selector,
    stage,
    provider: providerFor(canary.provider),
    opts,
    now: opts.now ?? (() => /* @__PURE__ */ new Date()),
    conflicts: 0,
    patchMs: [],
    ...drain ? { drain } : {}
  };
}
function sharedStable(ctx, live, state) {
  if (!ctx.router.sharesLiveService || live.selector[ctx.config.slotKey] !== void 0 || !state) return void 0;
  return state.phase === "promoted" || state.phase === "aborted" ? void 0 : state.stable;
}
function parseLadderState(annotations) {
  const raw = annotations?.[LADDER_ANNOTATION];
  if (!raw) return void 0;
  try {
    const state = JSON.parse(raw);
    if (typeof state === "object" && state && Array.isArray(state.rungs) && typeof state.phase === "string") return state;
  } catch {
  }
  throw new UserError(`the route annotation ${LADDER_ANNOTATION} is not a ladder state shadowgate wrote; remove it to start a new ladder`);
}
async function withLease(ctx, fn) {
  ctx.lease = await takeLease(ctx.stage, ctx.opts.runId);
  try {
    return await fn();
  } finally {
    await ctx.lease.release();
    delete ctx.lease;
  }
}
async function writeStep(ctx, snap, candidate, weight, next) {
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
        segmentsIn(ctx.canary, next)
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
          void 0,
          "run `canary status` and re-run advance"
        );
      }
      const now = canaryPercent(snap, candidate);
      if (now !== weightBefore) {
        throw new UserError(
          `${ctx.router.description}: the ${candidate} weight was edited to ${now}% (the ladder set ${weightBefore}%); not overwriting someone else's change`,
          void 0,
          "restore the weight, or abort the ladder"
        );
      }
    }
  }
}
async function requireStillHandingOver(ctx, written, runId) {
  const now = await ctx.router.read();
  const drain = parseDrainState(now.annotations);
  if (now.annotations[LADDER_ANNOTATION] !== written.annotations[LADDER_ANNOTATION] || drain?.runId !== runId) {
    throw new UserError(
      `${ctx.router.description}: the ladder or its hand-over drain was changed by another run (an abort?) while sessions were being marked; not flipping`,
      void 0,
      "run `canary status`"
    );
  }
}
async function judge(ctx, state, start, end, probe) {
  const { canary, config, provider } = ctx;
  const settled = new Date(start.getTime() + windowMs(canary.provider.window));
  const window = { start: settled < end ? settled : start, end, stepSeconds: canary.provider.stepSeconds };
  const fill = (query, slot) => fillTemplate(query, { namespace: config.namespace, service: config.service, slot: config.slots[slot].selector, window: canary.provider.window });
  const settings = {
    minSamples: canary.minSamples,
    minRequests: canary.minRequests,
    confidence: canary.confidence,
    ...canary.decisiveSamples !== void 0 ? { decisiveSamples: canary.decisiveSamples } : {},
    overlap: Math.max(1, windowMs(canary.provider.window) / (canary.provider.stepSeconds * 1e3))
  };
  const range = `${Math.max(1, Math.round((end.getTime() - start.getTime()) / 1e3))}s`;
  const counts = async (spec, slot) => {
    const [failed, total] = await Promise.all([
      provider.value(`sum(increase(${fill(spec.failed, slot)}[${range}])) or vector(0)`, end),
      provider.value(`sum(increase(${fill(spec.total, slot)}[${range}]))`, end)
    ]);
    const error = total.error ?? failed.error;
    if (error) return { failed: 0, total: 0, error };
    const all = Math.round(total.value);
    return { failed: Math.min(all, Math.round(failed.value)), total: all };
  };
  const metrics = await Promise.all(
    canary.metrics.map(async (spec) => {
      if (spec.failed !== void 0) {
        const [stable2, candidate2] = await Promise.all([counts(spec, state.stable), counts(spec, state.candidate)]);
        return judgeProportion(spec, stable2, candidate2, settings);
      }
      const [stable, candidate] = await Promise.all([
        provider.sample(fill(spec.query, state.stable), window),
        provider.sample(fill(spec.query, state.candidate), window)
      ]);
      return judgeMetric(spec, stable, candidate, settings);
    })
  );
  if (probe) {
    const target = {
      stable: state.stable,
      candidate: state.candidate,
      stableUrl: config.slots[state.stable].url,
      candidateUrl: config.slots[state.candidate].url,
      rung: state.rung
    };
    const outcome = await probe(target).catch(
      (e) => ({ verdict: "inconclusive", reason: `the probe failed to run: ${e.message}` })
    );
    metrics.push({
      name: "probe",
      verdict: outcome.verdict === "inconclusive" ? "nodata" : outcome.verdict,
      critical: true,
      reason: outcome.reason,
      stable: { n: 0, dropped: 0, median: null },
      candidate: { n: 0, dropped: 0, median: null }
    });
  }
  return judgeRung(metrics);
}
function record(ctx, state, rung, verdict, reason, weight = state.weight) {
  return {
    rung,
    weight,
    ...typeof state.rungs[rung] === "string" ? { segment: state.rungs[rung] } : {},
    verdict,
    reason: reason.length > 400 ? `${reason.slice(0, 397)}...` : reason,
    at: ctx.now().toISOString(),
    runId: ctx.opts.runId,
    ...ctx.opts.runUrl ? { runUrl: ctx.opts.runUrl } : {}
  };
}
async function advance(opts) {
  const ctx = prepare(opts);
  return withLease(ctx, () => advanceLocked(ctx, opts));
}
async function advanceLocked(ctx, opts) {
  const started = performance.now();
  let bakeMs = 0;
  const { config, canary, router, log } = { ...ctx, log: opts.log };
  const selected = await ctx.selector.read();
  const live = selected.live;
  let snap = await router.read();
  let state = parseLadderState(snap.annotations);
  const drainOnRoute = parseDrainState(snap.annotations);
  if (drainOnRoute && !(drainOnRoute.move === "hand-over" && state?.phase === "handing-over")) {
    throw new UserError(
      `${router.description} carries a session drain (${describeMove(drainOnRoute)}); a ladder cannot start or move until it ends`,
      void 0,
      "wait for the drain to end (`status` shows its deadline), or roll back"
    );
  }
  const liveSlot = sharedStable(ctx, live, state) ?? requireKnownSlot(config, live);
  const result = (outcome, reason, s, extra = {}) => ({
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
    ...extra
  });
  if (state?.phase === "promoted" || state?.phase === "aborted") {
    if (sameRelease(state.ids, opts.ids)) {
      if (state.phase === "promoted") return result("unchanged", `the ladder already finished: ${state.candidate} is live`, state);
      throw new UserError(
        `the ladder was aborted at ${state.weight === 0 && state.rung >= 0 ? `rung ${state.rung + 1} (${rungLabel(state.rungs[state.rung])})` : "its start"}: ${state.reason ?? "no reason recorded"}`,
        void 0,
        "fix the candidate and ship it as a new release (new model, prompt or tools), which starts a new ladder"
      );
    }
    state = void 0;
  }
  if (!state) {
    const stableIds = releaseOnSlot(selected.live.history, liveSlot)?.ids;
    state = {
      candidate: otherSlot(liveSlot),
      stable: liveSlot,
      rungs: ladderSteps(canary),
      rung: -1,
      phase: "passed",
      weight: 0,
      runId: opts.runId,
      ...opts.ids ? { ids: opts.ids } : {},
      ...stableIds ? { stableIds } : {},
      verdicts: []
    };
    const inRoute2 = canaryPercent(snap, state.candidate);
    if (inRoute2 !== 0) {
      throw new UserError(
        `${router.description} already sends ${inRoute2}% to the ${state.candidate} slot, but no ladder is recorded; set that weight to 0 before starting one`
      );
    }
  }
  if (JSON.stringify(state.rungs) !== JSON.stringify(ladderSteps(canary))) {
    throw new UserError(
      `deploy.canary.rungs changed mid-ladder (${state.rungs.join(", ")} \u2192 ${ladderSteps(canary).join(", ")})`,
      opts.locate?.(["canary", "rungs"]) ?? { file: opts.manifestFile },
      "restore the rungs this ladder started with, or abort it and start again"
    );
  }
  const { candidate } = state;
  const handingOver = state.phase === "handing-over" || state.phase === "passed" && state.rung === state.rungs.length - 1;
  if (!handingOver && liveSlot !== state.stable) {
    throw new UserError(
      `Service ${config.namespace}/${config.service} now selects ${liveSlot}, but this ladder moves traffic from ${state.stable}; someone promoted or rolled back mid-ladder`,
      void 0,
      "abort the ladder"
    );
  }
  const inRoute = canaryPercent(snap, candidate);
  if (!handingOver && inRoute !== state.weight && router.sharesLiveService) {
    throw new UserError(
      `${router.description}: the ready replicas now give ${candidate} ${inRoute}%, not the ${state.weight}% this rung was judged at (a pod not ready, or a Deployment scaled by someone else); the ladder will not go on from a share it did not set`,
      void 0,
      "wait until both slots have their replicas ready again, or abort the ladder"
    );
  }
  if (!handingOver && inRoute !== state.weight) {
    throw new UserError(
      `${router.description} sends ${inRoute}% to ${candidate}, but the ladder set ${state.weight}%; it was edited by someone else, so the ladder will not steer it`,
      void 0,
      "restore the weight, or abort the ladder"
    );
  }
  const rung = handingOver ? state.rung : state.phase === "passed" ? state.rung + 1 : state.rung;
  if (opts.expectWeight !== void 0) {
    const next = handingOver ? 100 : state.rungs[rung];
    if (next !== opts.expectWeight) {
      throw new UserError(
        `refusing to move ${candidate} to ${opts.expectWeight}%: the next step is ${handingOver ? "the hand-over (100%)" : `rung ${rung + 1} of ${state.rungs.length} (${rungLabel(next)})`}; rungs cannot be skipped`
      );
    }
  }
  if (router.checkRungs && !handingOver) {
    router.checkRungs(snap, candidate, canary.rungs, (i) => opts.locate?.(["canary", "rungs", canary.segments.length + i]) ?? { file: opts.manifestFile });
  }
  const starting = handingOver ? state.phase !== "handing-over" : state.phase === "passed";
  if (starting && config.windows) {
    const { waitedMs } = await awaitDeployWindow({
      windows: config.windows,
      action: handingOver ? `canary hand-over to ${candidate}` : `canary rung ${rung + 1} (${rungLabel(state.rungs[rung])})`,
      now: ctx.now,
      sleep: ctx.stage.sleep,
      onWait: () => ctx.lease.renew(),
      log
    });
    if (waitedMs > 0) return advanceLocked(ctx, opts);
  }
  if (state.rung === -1 && state.phase === "passed") await scaleUpStandby(ctx.stage, candidate, state.stable);
  const readiness = await checkReadiness(ctx.stage, candidate);
  if (!readiness.ready && !router.sharesLiveService) throw new UserError(`the ${candidate} slot is not ready: ${readiness.reasons.join("; ")}`);
  await lintSlot(ctx.stage, readiness);
  if (handingOver) {
    if (state.phase !== "handing-over") {
      const next = { ...state, phase: "handing-over", runId: opts.runId };
      snap = await writeStep(ctx, snap, candidate, state.weight, next);
      state = next;
    }
    const from = state.stable;
    const drain = ctx.drain ? sessionDrain({ ...ctx.drain, runId: opts.runId }, from, candidate, "hand-over") : void 0;
    let drained;
    try {
      const resumed = await drain?.resume();
      if (liveSlot !== candidate) {
        await router.beforeHandOver?.(snap, candidate);
        if (drain && !resumed) {
          if (!canary.sessionAffinity)
            log.warn(
              `drain: without deploy.canary.sessionAffinity the sessions already on ${candidate} are not known; while marking, every session outside a segment goes to ${from}`
            );
          await drain.mark();
        }
        await flipDraining(drain, async () => {
          if (drain) await requireStillHandingOver(ctx, snap, opts.runId);
          try {
            await moveTraffic(routerFor(ctx.clients, { kind: "service-selector", config, actor: actorOf(opts, state.ids) }), selected, candidate, 100);
          } catch (e) {
            if (!isKubeRefusal(e) || e.kind !== "service-state" || (await ctx.selector.read()).live.live !== candidate) throw e;
          }
        });
        if (router.sharesLiveService) snap = await router.read();
      } else {
        await drain?.flip();
      }
      const renewal = drain ? setInterval(
        () => ctx.lease?.renew().catch((e) => log.warn(`could not renew lease: ${e.message}`)),
        Math.max(1e3, config.lease.durationSeconds * 1e3 / 3)
      ) : void 0;
      const waited = await drain?.wait().finally(() => clearInterval(renewal));
      if (waited?.ended) {
        drained = waited;
        snap = await router.read();
        if (drained.ended === "ended-elsewhere" && (await ctx.selector.read()).live.live !== candidate) {
          throw new UserError(
            `the hand-over's drain was ended by another run and Service ${config.namespace}/${config.service} selects ${from} again (a rollback); the ladder stays at its last rung`,
            void 0,
            "advance hands over again, or abort the ladder"
          );
        }
      }
    } catch (e) {
      await drain?.end("the hand-over stopped before the drain ended").catch((err) => log.error(`drain: could not end it: ${err.message}`));
      throw e;
    }
    const done = { ...state, phase: "promoted", weight: 0, runId: opts.runId, reason: `${candidate} is live` };
    snap = await writeStep(ctx, snap, candidate, 0, done);
    log.info(`canary: hand-over done \u2014 Service ${config.service} selects ${candidate}; ${candidate}'s own weight is back to 0`);
    await finishMove(ctx.router, snap, candidate);
    await standbyAfterMove(ctx.stage, from, candidate, { liveSlot: async () => (await ctx.selector.read()).live.live, lease: ctx.lease });
    return result("promoted", `${candidate} is live after ${state.rungs.length} rung(s)`, done, drained ? { drain: drained } : {});
  }
  const offline = await ctx.provider.online();
  if (offline) throw new UserError(`cannot judge the rung: ${offline}`, void 0, "check deploy.canary.provider.url; the weight was not changed");
  let bakeStartedAt;
  let bakeUntil;
  if (state.phase === "baking" && state.bakeStartedAt) {
    bakeStartedAt = new Date(state.bakeStartedAt);
    bakeUntil = new Date(state.bakeUntil ?? bakeStartedAt.getTime() + canary.bakeSeconds * 1e3);
    log.info(`canary: resuming rung ${rung + 1} (${rungLabel(state.rungs[rung])}) baking since ${state.bakeStartedAt}`);
  } else {
    const now = ctx.now();
    bakeStartedAt = state.phase === "held" && state.bakeStartedAt ? new Date(state.bakeStartedAt) : now;
    bakeUntil = new Date(now.getTime() + canary.bakeSeconds * 1e3);
    const weight = router.plannedWeight ? await router.plannedWeight(snap, candidate, rungWeight(state.rungs[rung])) : rungWeight(state.rungs[rung]);
    const next = {
      ...state,
      rung,
      phase: "baking",
      weight,
      bakeStartedAt: bakeStartedAt.toISOString(),
      bakeUntil: bakeUntil.toISOString(),
      runId: opts.runId,
      ...opts.runUrl ? { runUrl: opts.runUrl } : {}
    };
    delete next.reason;
    snap = await writeStep(ctx, snap, candidate, rungWeight(state.rungs[rung]), next);
    state = next;
    const step = state.rungs[rung];
    const what = typeof step === "string" ? `takes segment ${step} (segments on it: ${segmentsIn(canary, state).map((s) => s.segment).join(", ")})` : `at ${state.weight}%`;
    log.info(`canary: ${candidate} ${what} (rung ${rung + 1} of ${state.rungs.length}); baking ${canary.bakeSeconds} s`);
  }
  const bakeStarted = performance.now();
  await sleepHoldingLease(ctx.stage, ctx.lease, bakeUntil.getTime() - ctx.now().getTime());
  bakeMs = performance.now() - bakeStarted;
  const judgement = await judge(ctx, state, bakeStartedAt, ctx.now(), opts.probe);
  const achieved = router.sharesLiveService ? canaryPercent(await router.read(), candidate) : state.weight;
  const entry = record(ctx, state, rung, judgement.verdict, judgement.reason, achieved);
  if (judgement.verdict === "fail") {
    const aborted = { ...state, phase: "aborted", weight: 0, reason: entry.reason, verdicts: [...state.verdicts, entry] };
    snap = await writeStep(ctx, snap, candidate, 0, aborted);
    log.error(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) failed; ${candidate} back to 0%: ${judgement.reason}`);
    return result("aborted", judgement.reason, aborted, { judgement });
  }
  if (judgement.verdict === "inconclusive") {
    const held = { ...state, phase: "held", reason: entry.reason, verdicts: [...state.verdicts, entry] };
    snap = await writeStep(ctx, snap, candidate, state.weight, held);
    log.warn(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) inconclusive, ladder held at ${state.weight}%: ${judgement.reason}`);
    return result("held", judgement.reason, held, { judgement });
  }
  const passed = { ...state, phase: "passed", verdicts: [...state.verdicts, entry] };
  delete passed.reason;
  snap = await writeStep(ctx, snap, candidate, state.weight, passed);
  log.info(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) ${judgement.verdict}: ${judgement.reason}`);
  return result("passed", judgement.reason, passed, { judgement });
}
async function abort(opts) {
  const ctx = prepare(opts);
  return (async () => {
    const snap = await ctx.router.read();
    const state = parseLadderState(snap.annotations);
    if (!state) return { outcome: "unchanged", reason: "no ladder is recorded on the route", weight: 0, conflicts: 0, patchMs: [] };
    const weight = canaryPercent(snap, state.candidate);
    if (state.phase === "aborted" && weight === 0)
      return { outcome: "unchanged", reason: `already aborted: ${state.reason ?? ""}`, weight, state, conflicts: 0, patchMs: [] };
    const flipped = state.phase === "handing-over" && ((await ctx.selector.read()).live.live ?? state.stable) !== state.stable;
    if (state.phase === "promoted" || flipped) {
      throw new UserError(
        `the ladder ${state.phase === "promoted" ? "finished" : "is handing over"}: ${state.candidate} is live`,
        void 0,
        "use `rollback` to return to the previous slot"
      );
    }
    const reason = opts.reason ?? `aborted by ${opts.runId}`;
    const aborted = { ...state, phase: "aborted", weight: 0, reason, runId: opts.runId };
    let from = snap;
    if (parseDrainState(snap.annotations)?.move === "hand-over" && ctx.drain) {
      await drainEnder(ctx.drain)?.();
      from = await ctx.router.read();
    }
    const written = await writeStep(ctx, from, state.candidate, 0, aborted);
    return { outcome: "aborted", reason, weight: canaryPercent(written, state.candidate), state: aborted, conflicts: ctx.conflicts, patchMs: ctx.patchMs };
  })();
}
async function ladderStatus(opts) {
  const ctx = prepare({ ...opts, runId: opts.runId ?? "status" });
  const [selected, snap] = await Promise.all([ctx.selector.read(), ctx.router.read()]);
  const live = selected.live;
  const state = parseLadderState(snap.annotations);
  const weight = state ? canaryPercent(snap, state.candidate) : void 0;
  const liveSlot = live.live ?? sharedStable(ctx, live, state);
  let next;
  if (!state)
    next = `advance starts a ladder: ${ctx.canary.segments.length === 0 ? `${ctx.canary.rungs.join(" \u2192 ")} %` : ladderSteps(ctx.canary).map(rungLabel).join(" \u2192 ")}`;
  else if (state.phase === "promoted") next = "finished; a new release starts a new ladder";
  else if (state.phase === "aborted") next = "aborted; a new release starts a new ladder";
  else if (state.phase === "passed" && state.rung === state.rungs.length - 1) next = "advance hands over (flip the selector, then weight 0)";
  else if (state.phase === "passed") next = `advance moves to ${rungLabel(state.rungs[state.rung + 1])}`;
  else if (state.phase === "held") next = `advance re-bakes and re-judges ${state.weight}%`;
  else next = `advance resumes ${state.phase === "baking" ? "the bake" : "the hand-over"}`;
  const drain = ctx.drain && snap.annotations[DRAIN_ANNOTATION] ? await drainReader(ctx.drain)?.() : void 0;
  if (drain && state?.phase === "handing-over") {
    next = drain.overdue ? `the hand-over's drain is OVERDUE (its run is gone): advance resumes and ends it` : `the hand-over is ${drain.phase === "draining" ? `draining sessions on ${drain.from} until ${drain.deadline}` : `marking sessions on ${drain.from}`}; a re-run advance resumes it`;
  }
  return {
    route: ctx.router.description,
    live: liveSlot,
    weight,
    segments: snap.segments,
    state,
    ...state ? { surfaces: surfaceChanges(state.stableIds, state.ids) } : {},
    ...drain ? { drain } : {},
    next
  };
}

export {
  rungWeight,
  rungLabel,
  ladderSteps,
  segmentsIn,
  LADDER_ANNOTATION,
  parseLadderState,
  advance,
  abort,
  ladderStatus
};
