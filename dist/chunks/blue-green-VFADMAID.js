import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  checkReadiness,
  connect,
  describeIds,
  drainContext,
  drainEnder,
  drainReader,
  finishMove,
  flipDraining,
  idsOf,
  lintDeployment,
  lintSlot,
  lintYamlFiles,
  moveTraffic,
  readLeaseOrUndefined,
  realSleep,
  releaseLease,
  releaseOnSlot,
  reportFindings,
  requireKnownSlot,
  routerFor,
  scaleUpLike,
  scaleUpStandby,
  scanYamlText,
  sessionDrain,
  slotContext,
  smokeCheck,
  standbyAfterMove,
  takeLease,
  viewLease,
  warmUpSlot,
  watchWindow
} from "./chunk-MQ3U55EA.js";
import {
  SLOT_NAMES,
  awaitDeployWindow,
  otherSlot,
  parseDeployConfig,
  parseDeployWindows,
  schemaDefault
} from "./chunk-P4BBUCTH.js";
import "./chunk-KDMNMSVG.js";
import {
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  isKubeRefusal
} from "./chunk-AZ7WLE3K.js";
import "./chunk-DHT7AAOE.js";
import "./chunk-2VFAZBQK.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-IY34TOV6.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-EVE2IKAV.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-5UUU4TCK.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// node-builtin:node:os?hostname
var builtin = process.getBuiltinModule("node:os");
var hostname = builtin.hostname;

// node-builtin:node:fs/promises?glob,readFile,stat
var builtin2 = process.getBuiltinModule("node:fs/promises");
var glob = builtin2.glob;
var readFile = builtin2.readFile;
var stat = builtin2.stat;

// node-builtin:node:path?isAbsolute,relative,resolve,sep
var builtin3 = process.getBuiltinModule("node:path");
var isAbsolute = builtin3.isAbsolute;
var relative = builtin3.relative;
var resolve = builtin3.resolve;
var sep = builtin3.sep;

// src/kube/lint-files.ts
var STDIN_NAME = "<stdin>";
var GLOB_CHARS = /[*?[\]{}]/;
var MANIFEST_FILES = ["**/*.yaml", "**/*.yml", "**/*.json"];
var SKIPPED_FOLDERS = /(^|[/\\])(node_modules|\.git)$/;
function shownPath(base, absolute) {
  const rel = relative(base, absolute);
  const inside = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  return (inside ? rel : absolute).split(sep).join("/");
}
async function matches(patterns, cwd) {
  const found = [];
  for await (const path of glob(patterns, { cwd, exclude: (p) => SKIPPED_FOLDERS.test(String(p)) })) found.push(resolve(cwd, path));
  return found.sort();
}
async function readText(absolute, shown) {
  try {
    return await readFile(absolute, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${shown}: ${e.code ?? e.message}`, { file: shown });
  }
}
async function readStdin(stream = process.stdin) {
  if (stream.isTTY)
    throw new UserError(
      "lint - reads the manifests from standard input, which is a terminal here",
      void 0,
      "pipe them in: helm template <chart> | shadowgate lint -"
    );
  let text = "";
  for await (const chunk of stream) text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
  return text;
}
async function readLintSources(args, opts) {
  const sources = [];
  const seen = /* @__PURE__ */ new Set();
  const add = async (absolute) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const file = shownPath(opts.base, absolute);
    sources.push({ file, text: await readText(absolute, file) });
  };
  for (const arg of args) {
    if (arg === "-") {
      if (seen.has(STDIN_NAME)) continue;
      seen.add(STDIN_NAME);
      sources.push({ file: STDIN_NAME, text: await (opts.stdin ?? (() => readStdin()))() });
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const found = await matches(arg, opts.base);
      if (found.length === 0) throw new UserError(`no file matches ${arg}`, void 0, `patterns are matched from ${opts.base}`);
      for (const path of found) await add(path);
      continue;
    }
    const absolute = resolve(opts.base, arg);
    const info = await stat(absolute).catch(() => void 0);
    if (!info) throw new UserError(`${arg}: no such file or folder`, void 0, `paths are taken from ${opts.base}`);
    if (info.isDirectory()) {
      const found = await matches(MANIFEST_FILES, absolute);
      if (found.length === 0) throw new UserError(`${arg} holds no .yaml, .yml or .json file`);
      for (const path of found) await add(path);
    } else {
      await add(absolute);
    }
  }
  return sources;
}
function lintSources(sources, settings) {
  const result = { findings: [], deployments: [], files: sources.map((s) => s.file) };
  for (const source of sources) {
    const scanned = scanYamlText(source.text, source.file, settings);
    result.findings.push(...scanned.findings);
    result.deployments.push(...scanned.deployments.map((name) => `${source.file}: ${name}`));
  }
  if (result.deployments.length === 0) {
    throw new UserError(
      `no Deployment in ${sources.length === 1 ? sources[0].file : `the ${sources.length} files given`}`,
      void 0,
      "lint checks kind: Deployment objects; give the files (or the helm template / kustomize build output) that define the slots"
    );
  }
  return result;
}

// src/delivery/blue-green.ts
function defaultRunId(env = process.env) {
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_REPOSITORY ?? "github"}/${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  return `local-${hostname()}-${process.pid}`;
}
function defaultRunUrl(env = process.env) {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return void 0;
  return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function prepare(opts) {
  const config = parseDeployConfig(opts.deploy, opts.manifestFile, opts.locate);
  const clients = opts.clients ?? connect(opts);
  return { config, clients, runId: opts.runId ?? defaultRunId(), runUrl: opts.runUrl ?? defaultRunUrl() };
}
async function lintLiveSlot(ctx, slot) {
  const { deployments } = await checkReadiness(ctx, slot);
  return deployments.flatMap((d) => lintDeployment(d, ctx.config.lint));
}
var BLUE_GREEN_RUNGS = [100];
function selectorRouter(clients, config, actor) {
  return routerFor(clients, { kind: "service-selector", config, actor });
}
async function promote(opts) {
  const { config, clients, runId, runUrl } = prepare(opts);
  const { log } = opts;
  const ctx = { clients, config, log, sleep: opts.sleep ?? realSleep };
  const where = `${config.namespace}/${config.service}`;
  const router = selectorRouter(clients, config, { runId, ...runUrl ? { runUrl } : {}, ...opts.ids ? { ids: opts.ids } : {} });
  const initial = await router.read();
  const from = requireKnownSlot(config, initial.live);
  const to = opts.to ?? otherSlot(from);
  const base = { from, to, lint: [] };
  if (from === to) {
    log.info(`${where}: ${to} is already live; nothing to promote`);
    return { ...base, outcome: "unchanged", stage: "done", reason: `${to} is already live` };
  }
  await awaitDeployWindow({ windows: config.windows, action: `promote of ${where} to ${to}`, now: opts.now ?? (() => /* @__PURE__ */ new Date()), sleep: ctx.sleep, log });
  const slots = slotContext(config, from, to);
  const drain = sessionDrain(drainContext(opts, config, clients, runId), from, to);
  const stop = (stage, reason, extra = {}) => {
    log.error(`promotion of ${where} to ${to} stopped at ${stage}: ${reason}`);
    return { ...base, ...extra, outcome: "stopped", stage, reason };
  };
  const lease = await takeLease(ctx, runId, { renewInBackground: true });
  log.info(`lease ${config.namespace}/${config.lease.name} taken by ${runId} for ${lease.view.durationSeconds} s`);
  const standby = {};
  try {
    await drain?.mark();
    try {
      const up = await scaleUpStandby(ctx, to, from);
      if (up) standby.scaledUp = up;
    } catch (e) {
      if (!isKubeRefusal(e) || e.kind !== "not-ready") throw e;
      return stop("readiness", e.message, { standby });
    }
    const withStandby = config.standby ? { standby } : {};
    let snapshot = initial;
    let flipInfo;
    let warmup;
    for (const weight of BLUE_GREEN_RUNGS) {
      const readiness = await checkReadiness(ctx, to);
      if (!readiness.ready) return stop("readiness", `target slot ${to} is not ready: ${readiness.reasons.join("; ")}`);
      log.info(`slot ${to} ready (${config.slots[to].deployments.join(", ")})`);
      const lint2 = await lintSlot(ctx, readiness, { ...opts.lintFiles ? { files: opts.lintFiles } : {}, strict: Boolean(opts.strictLint) });
      base.lint = lint2.findings;
      if (lint2.blocking > 0) return stop("lint", `${lint2.blocking} LLM-safe serving lint error(s)`);
      warmup = await warmUpSlot(ctx, config.warmup.maxRequests > 0 ? opts.warmupTarget?.(slots) : void 0);
      if (warmup && !warmup.settled) return stop("warmup", warmup.reason, { warmup });
      const withWarmup = warmup ? { warmup } : {};
      const smoke = await smokeCheck(ctx, opts.smoke, slots);
      if (smoke && !smoke.pass) return stop("smoke", `smoke check failed: ${smoke.reason}`, withWarmup);
      const moved = await flipDraining(drain, () => moveTraffic(router, snapshot, to, weight));
      snapshot = moved;
      const flip = moved.flip;
      if (flip.conflicts > 0) log.info(`flip met ${flip.conflicts} conflict(s); re-read and re-checked each time`);
      log.info(`flipped ${where} selector ${config.slotKey}: ${config.slots[from].selector} \u2192 ${config.slots[to].selector} in ${flip.patchMs.toFixed(0)} ms`);
      flipInfo = { entry: flip.entry, patchMs: flip.patchMs, patchedAt: flip.patchedAt, conflicts: flip.conflicts };
      const watch = await watchWindow(ctx, config.watch, opts.probe, slots);
      if (watch?.breach !== void 0) {
        let back;
        try {
          back = await router.revert({ action: "auto-rollback", promotion: flip.entry });
        } catch (e) {
          if (!isKubeRefusal(e) || e.kind !== "not-ready") throw e;
          const reason2 = `watch window breached: ${watch.breach}; not flipped back: ${e.message}`;
          log.error(`promotion of ${where} to ${to} failed and traffic stays on ${to}: ${reason2}`);
          return { ...base, ...withWarmup, outcome: "breached", stage: "watch", reason: reason2, flip: flipInfo };
        }
        const reason = `watch window breached: ${watch.breach}; ${back.message}`;
        log.error(`promotion of ${where} to ${to} rolled back: ${reason}`);
        if (back.changed && back.restores)
          log.info(`brings back on ${from}: ${describeIds(back.restores.ids, back.undoes)} (recorded by ${back.restores.entry.id})`);
        return {
          ...base,
          ...withWarmup,
          outcome: "rolled-back",
          stage: "watch",
          reason,
          flip: flipInfo,
          ...back.flip ? { rollback: { entry: back.flip.entry, patchMs: back.flip.patchMs, patchedAt: back.flip.patchedAt } } : {}
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
      ...warmup ? { warmup } : {},
      ...withStandby,
      outcome: "promoted",
      stage: "done",
      reason: `${to} is live`,
      flip: flipInfo,
      ...drain ? { drain: drain.outcome } : {}
    };
  } finally {
    await drain?.end("promote ended before the drain did").catch((e) => log.error(`drain: could not end it: ${e.message}`));
    await lease.release();
  }
}
async function rollback(opts) {
  const started = performance.now();
  const { config, clients, runId, runUrl } = prepare(opts);
  let scaledUp;
  const endDrain = drainEnder(drainContext(opts, config, clients, runId));
  const router = selectorRouter(clients, config, { runId, ...runUrl ? { runUrl } : {} });
  const outcome = await router.revert({
    action: "rollback",
    // Standby: a slot scaled down after its rollback window grows back, and is ready, before traffic moves.
    ...config.standby ? {
      beforeReadiness: async (back, live) => {
        scaledUp = await scaleUpLike(clients, config, back, live, { settings: config.standby, log: opts.log });
      }
    } : {},
    ...opts.promotionRunId ? { promotionRunId: opts.promotionRunId } : {},
    ...opts.force ? { force: true } : {}
  });
  if (outcome.changed) await endDrain?.();
  const elapsedMs = performance.now() - started;
  const scaledNote = scaledUp ? `; ${scaledUp.slot} was scaled up from ${scaledUp.from.join("/")} to ${scaledUp.to.join("/")} replica(s) first, ready after ${(scaledUp.ms / 1e3).toFixed(1)} s` : "";
  const line = `${config.namespace}/${config.service}: ${outcome.message}${scaledNote} (${elapsedMs.toFixed(0)} ms)`;
  if (outcome.forcedPast) opts.log.warn(line);
  else opts.log.info(line);
  if (outcome.changed && outcome.to) {
    opts.log.info(
      outcome.restores ? `brings back on ${outcome.to}: ${describeIds(outcome.restores.ids, outcome.undoes)} (recorded by ${outcome.restores.entry.id})` : `brings back on ${outcome.to}: ids unknown \u2014 no flip onto ${outcome.to} with ids is in the history`
    );
  }
  if (opts.promotionRunId) {
    await releaseLease(clients, config.namespace, config.lease.name, opts.promotionRunId).catch(
      (e) => opts.log.warn(`could not release the lease of ${opts.promotionRunId}: ${e.message}`)
    );
  }
  return {
    changed: outcome.changed,
    message: outcome.message,
    ...outcome.from ? { from: outcome.from } : {},
    ...outcome.to ? { to: outcome.to } : {},
    ...outcome.flip ? { entry: outcome.flip.entry, patchStartedAt: outcome.flip.patchedAt - outcome.flip.patchMs, patchedAt: outcome.flip.patchedAt } : {},
    ...outcome.forcedPast ? { forcedPast: outcome.forcedPast } : {},
    ...outcome.restores ? { restores: outcome.restores.ids, restoresRecordedBy: outcome.restores.entry.id } : {},
    ...outcome.undoes ? { undoes: outcome.undoes } : {},
    ...scaledUp ? { scaledUp } : {},
    elapsedMs
  };
}
async function status(opts) {
  const { config, clients, runId } = prepare(opts);
  const readDrain = drainReader(drainContext(opts, config, clients, runId));
  const [service, leaseRead] = await Promise.allSettled([
    selectorRouter(clients, config, { runId }).read().then((snapshot) => snapshot.live),
    readLeaseOrUndefined(clients, config.namespace, config.lease.name)
  ]);
  if (service.status === "rejected") throw service.reason;
  if (leaseRead.status === "rejected") throw leaseRead.reason;
  const [live, lease] = [service.value, leaseRead.value];
  const leaseView = lease ? viewLease(lease, /* @__PURE__ */ new Date()) : void 0;
  const { log } = opts;
  log.info(`${config.namespace}/${config.service}: live slot ${live.live ?? `unknown (${config.slotKey}=${live.selector[config.slotKey] ?? "missing"})`}`);
  log.info(
    `selector: ${Object.entries(live.selector).map(([k, v]) => `${k}=${v}`).join(", ") || "(none)"}`
  );
  log.info(
    leaseView?.live ? `lease: held by ${leaseView.holder} (renewed ${leaseView.renewedAt?.toISOString()}, ${leaseView.durationSeconds} s)` : "lease: free"
  );
  const slots = Object.fromEntries(
    SLOT_NAMES.map((slot) => {
      const release = releaseOnSlot(live.history, slot);
      return [slot, { live: live.live === slot, ...release ? { ids: release.ids, recordedBy: release.entry.id, at: release.entry.at } : {} }];
    })
  );
  for (const slot of [...SLOT_NAMES].sort((a, b) => Number(slots[b].live) - Number(slots[a].live))) {
    const s = slots[slot];
    const name = `slot ${slot}${s.live ? " (live)" : ""}`;
    log.info(
      s.ids ? `${name}: ${describeIds(s.ids)} \u2014 recorded by ${s.recordedBy} at ${s.at}` : `${name}: ids unknown \u2014 no flip onto ${slot} with ids is in the history`
    );
  }
  const drain = await readDrain?.();
  if (live.history.length === 0) log.info("history: none");
  for (let i = live.history.length - 1; i >= 0; i--) {
    const e = live.history[i];
    const now = idsOf(e);
    const before = e.from ? releaseOnSlot(live.history, e.from, i)?.ids : void 0;
    const ids = now ? describeIds(now, before) : "";
    const forced = e.forced ? ` FORCED onto an unready slot (${e.forced})` : "";
    log.info(`  ${e.at} ${e.action} ${e.from ?? "?"} \u2192 ${e.to} by ${e.runId}${ids ? ` (${ids})` : ""}${forced}${e.runUrl ? ` ${e.runUrl}` : ""}`);
  }
  return {
    namespace: config.namespace,
    service: config.service,
    live: live.live,
    selector: live.selector,
    history: live.history,
    lease: leaseView,
    slots,
    ...drain ? { drain } : {}
  };
}
var DEFAULT_LINT_SETTINGS = {
  minGracePeriodSeconds: schemaDefault(["lint", "minGracePeriodSeconds"]),
  minPreStopSeconds: schemaDefault(["lint", "minPreStopSeconds"]),
  requireStartupProbe: schemaDefault(["lint", "requireStartupProbe"])
};
async function lint(opts) {
  const findings = [];
  let settings = DEFAULT_LINT_SETTINGS;
  const hasFiles = Boolean(opts.files?.length || opts.sources?.length);
  if (opts.deploy !== void 0 && opts.live !== false) {
    const { config, clients } = prepare({ ...opts, deploy: opts.deploy });
    settings = config.lint;
    const ctx = { clients, config, log: opts.log, sleep: realSleep };
    for (const slot of opts.slots ?? SLOT_NAMES) findings.push(...await lintLiveSlot(ctx, slot));
  } else if (opts.deploy !== void 0) {
    settings = parseDeployConfig(opts.deploy, opts.manifestFile, opts.locate).lint;
  } else if (!hasFiles) {
    throw new UserError("lint needs a deploy section (live Deployments) or manifest files", { file: opts.manifestFile });
  }
  if (opts.files?.length) findings.push(...await lintYamlFiles(opts.files, settings));
  let scanned;
  if (opts.sources?.length) {
    scanned = lintSources(opts.sources, settings);
    findings.push(...scanned.findings);
    opts.log.info(`lint: ${scanned.deployments.length} Deployment(s) in ${scanned.files.length} file(s)`);
  }
  reportFindings(findings, opts.log, true);
  const errors = findings.filter((f) => f.severity === "error").length;
  opts.log.info(`lint: ${errors} error(s), ${findings.length - errors} warning(s)`);
  return { findings, errors, warnings: findings.length - errors, ...scanned ? { files: scanned.files, deployments: scanned.deployments } : {} };
}
export {
  BLUE_GREEN_RUNGS,
  DEFAULT_LINT_SETTINGS,
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  STDIN_NAME,
  defaultRunId,
  defaultRunUrl,
  describeIds,
  idsOf,
  isKubeRefusal,
  lint,
  parseDeployConfig,
  parseDeployWindows,
  promote,
  readLintSources,
  releaseOnSlot,
  rollback,
  selectorRouter,
  status
};
