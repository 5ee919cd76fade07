import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  acquireLease,
  flipSelector,
  lintDeployment,
  lintYamlFiles,
  readLeaseOrUndefined,
  readLiveService,
  releaseLease,
  requireKnownSlot,
  revertPromotion,
  scanYamlText,
  viewLease
} from "./chunk-WTRLWS2R.js";
import {
  SLOT_NAMES,
  awaitDeployWindow,
  connect,
  deploySchema,
  otherSlot,
  parseDeployConfig,
  parseDeployWindows,
  scaleDown,
  scaleUpLike,
  slotReadiness
} from "./chunk-FUJS3E6X.js";
import "./chunk-KDMNMSVG.js";
import {
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  isKubeRefusal
} from "./chunk-WAVUZM5W.js";
import {
  describeIds,
  idsOf,
  releaseOnSlot
} from "./chunk-OY6OGDQR.js";
import "./chunk-2VFAZBQK.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-WRXJLZPW.js";
import {
  UserError
} from "./chunk-4HYHTPLW.js";
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
  if (stream.isTTY) throw new UserError("lint - reads the manifests from standard input, which is a terminal here", void 0, "pipe them in: helm template <chart> | shadowgate lint -");
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

// src/kube/warmup.ts
function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(p / 100 * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
function hasSettled(previousP95, lastP95, marginPercent) {
  if (!Number.isFinite(previousP95) || !Number.isFinite(lastP95)) return false;
  return Math.abs(lastP95 - previousP95) <= marginPercent / 100 * previousP95;
}
async function warmUp(target, settings, opts = {}) {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const windowP95s = [];
  let requests = 0;
  let failures = 0;
  let lastError = "";
  const outOfTime = () => now() - started >= settings.maxSeconds * 1e3;
  const result = (settled, reason) => ({ settled, requests, failures, windowP95s, elapsedMs: now() - started, reason });
  while (true) {
    const budget = Math.min(settings.windowSize, settings.maxRequests - requests);
    if (budget < settings.windowSize || outOfTime() || opts.signal?.aborted) break;
    const latencies = [];
    let next = 0;
    const worker = async () => {
      while (next < budget && !outOfTime() && !opts.signal?.aborted) {
        next++;
        requests++;
        try {
          latencies.push(await target.send());
        } catch (e) {
          failures++;
          lastError = e?.message ?? String(e);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, budget) }, worker));
    if (latencies.length < Math.ceil(budget / 2)) {
      if (outOfTime() || requests + settings.windowSize > settings.maxRequests) break;
      windowP95s.push(Number.NaN);
      continue;
    }
    const p95 = percentile(latencies, 95);
    const previous = windowP95s.at(-1);
    windowP95s.push(p95);
    if (previous !== void 0 && hasSettled(previous, p95, settings.marginPercent)) {
      return result(true, `p95 settled at ${p95.toFixed(1)} ms (previous window ${previous.toFixed(1)} ms, margin ${settings.marginPercent} %) after ${requests} requests`);
    }
  }
  const limit = outOfTime() ? `${settings.maxSeconds} s` : `${settings.maxRequests} requests`;
  const tail = windowP95s.slice(-3).map((v) => Number.isFinite(v) ? `${v.toFixed(1)} ms` : "failed").join(", ");
  const failed = failures > 0 ? `; ${failures} of ${requests} requests failed (last: ${lastError})` : "";
  return result(false, `latency did not settle within ${limit} (last window p95: ${tail || "none"})${failed}`);
}

// src/kube/commands.ts
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
function slotContext(config, live, target) {
  return { config, live, target, liveUrl: config.slots[live].url, targetUrl: config.slots[target].url };
}
function reportFindings(findings, log, asErrors) {
  for (const f of findings) {
    const text = `[${f.rule}] ${f.subject}: ${f.message}`;
    if (f.severity === "error" && asErrors) log.error(text, f.location);
    else log.warn(text, f.location);
  }
}
async function lintLiveSlot(clients, config, slot, settings) {
  const { deployments } = await slotReadiness(clients, config.namespace, config.slots[slot].deployments);
  return deployments.flatMap((d) => lintDeployment(d, settings));
}
async function promote(opts) {
  const { config, clients, runId, runUrl } = prepare(opts);
  const { log } = opts;
  const sleep = opts.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
  const where = `${config.namespace}/${config.service}`;
  const initial = await readLiveService(clients, config);
  const from = requireKnownSlot(config, initial);
  const to = opts.to ?? otherSlot(from);
  const base = { from, to, lint: [] };
  if (from === to) {
    log.info(`${where}: ${to} is already live; nothing to promote`);
    return { ...base, outcome: "unchanged", stage: "done", reason: `${to} is already live` };
  }
  await awaitDeployWindow({ windows: config.windows, action: `promote of ${where} to ${to}`, now: opts.now ?? (() => /* @__PURE__ */ new Date()), sleep, log });
  const ctx = slotContext(config, from, to);
  const stop = (stage, reason, extra = {}) => {
    log.error(`promotion of ${where} to ${to} stopped at ${stage}: ${reason}`);
    return { ...base, ...extra, outcome: "stopped", stage, reason };
  };
  const lease = await acquireLease(clients, { namespace: config.namespace, name: config.lease.name, holder: runId, durationSeconds: config.lease.durationSeconds });
  log.info(`lease ${config.namespace}/${config.lease.name} taken by ${runId} for ${lease.durationSeconds} s`);
  const renewEvery = Math.max(1e3, config.lease.durationSeconds * 1e3 / 3);
  const renewal = setInterval(() => {
    acquireLease(clients, { namespace: config.namespace, name: config.lease.name, holder: runId, durationSeconds: config.lease.durationSeconds }).catch((e) => log.warn(`could not renew lease: ${e.message}`));
  }, renewEvery);
  renewal.unref();
  const standby = {};
  try {
    if (config.standby) {
      try {
        const up = await scaleUpLike(clients, config, to, from, { settings: config.standby, log });
        if (up) standby.scaledUp = up;
      } catch (e) {
        if (!isKubeRefusal(e) || e.kind !== "not-ready") throw e;
        return stop("readiness", e.message, { standby });
      }
    }
    const withStandby = config.standby ? { standby } : {};
    const readiness = await slotReadiness(clients, config.namespace, config.slots[to].deployments);
    if (!readiness.ready) return stop("readiness", `target slot ${to} is not ready: ${readiness.reasons.join("; ")}`);
    log.info(`slot ${to} ready (${config.slots[to].deployments.join(", ")})`);
    const lint2 = [
      ...readiness.deployments.flatMap((d) => lintDeployment(d, config.lint)),
      ...opts.lintFiles?.length ? await lintYamlFiles(opts.lintFiles, config.lint) : []
    ];
    base.lint = lint2;
    reportFindings(lint2, log, Boolean(opts.strictLint));
    const lintErrors = lint2.filter((f) => f.severity === "error");
    if (opts.strictLint && lintErrors.length > 0) return stop("lint", `${lintErrors.length} LLM-safe serving lint error(s)`);
    let warmup;
    const target = config.warmup.maxRequests > 0 ? opts.warmupTarget?.(ctx) : void 0;
    if (!target) {
      log.info("warm-up skipped (no warm-up target or maxRequests is 0)");
    } else {
      warmup = await warmUp(target, config.warmup);
      if (!warmup.settled) return stop("warmup", warmup.reason, { warmup });
      log.info(`warm-up: ${warmup.reason}`);
    }
    const withWarmup = warmup ? { warmup } : {};
    if (!opts.smoke) {
      log.warn("smoke check skipped: no judge wired");
    } else {
      const smoke = await opts.smoke(ctx);
      if (!smoke.pass) return stop("smoke", `smoke check failed: ${smoke.reason}`, withWarmup);
      log.info(`smoke check passed: ${smoke.reason}`);
    }
    const flip = await flipSelector(clients, config, {
      to,
      action: "promote",
      runId,
      ...runUrl ? { runUrl } : {},
      ...opts.ids ? { ids: opts.ids } : {},
      initial,
      recheck: (fresh) => {
        if (fresh.live === to) return `${to} became live meanwhile (changed by someone else)`;
        if (fresh.live !== from) return `the selector changed meanwhile to ${config.slotKey}=${fresh.selector[config.slotKey] ?? "(none)"}`;
        return void 0;
      }
    });
    if (flip.conflicts > 0) log.info(`flip met ${flip.conflicts} conflict(s); re-read and re-checked each time`);
    log.info(`flipped ${where} selector ${config.slotKey}: ${config.slots[from].selector} \u2192 ${config.slots[to].selector} in ${flip.patchMs.toFixed(0)} ms`);
    const flipInfo = { entry: flip.entry, patchMs: flip.patchMs, patchedAt: flip.patchedAt, conflicts: flip.conflicts };
    if (config.watch.seconds > 0) {
      if (!opts.probe) {
        log.warn("watch window skipped: no probe wired");
      } else {
        const deadline = performance.now() + config.watch.seconds * 1e3;
        let failures = 0;
        let probes = 0;
        while (performance.now() < deadline) {
          const outcome = await opts.probe(ctx).catch((e) => ({ pass: false, reason: `probe error: ${e.message}` }));
          probes++;
          if (!outcome.pass) {
            failures++;
            log.warn(`watch probe ${probes} failed (${failures}/${config.watch.maxFailures}): ${outcome.reason}`);
            if (failures >= config.watch.maxFailures) {
              let back;
              try {
                back = await revertPromotion(clients, config, { runId, ...runUrl ? { runUrl } : {}, action: "auto-rollback", promotion: flip.entry });
              } catch (e) {
                if (!isKubeRefusal(e) || e.kind !== "not-ready") throw e;
                const reason2 = `watch window breached: ${outcome.reason}; not flipped back: ${e.message}`;
                log.error(`promotion of ${where} to ${to} failed and traffic stays on ${to}: ${reason2}`);
                return { ...base, ...withWarmup, outcome: "breached", stage: "watch", reason: reason2, flip: flipInfo };
              }
              const reason = `watch window breached: ${outcome.reason}; ${back.message}`;
              log.error(`promotion of ${where} to ${to} rolled back: ${reason}`);
              if (back.changed && back.restores) log.info(`brings back on ${from}: ${describeIds(back.restores.ids, back.undoes)} (recorded by ${back.restores.entry.id})`);
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
          const left = deadline - performance.now();
          if (left <= 0) break;
          await sleep(Math.min(left, config.watch.intervalSeconds * 1e3));
        }
        log.info(`watch window passed: ${probes} probe(s), ${failures} failure(s)`);
      }
    }
    if (config.standby) {
      const { rollbackWindowSeconds, minReplicas } = config.standby;
      if (rollbackWindowSeconds > 0) {
        log.info(`standby: keeping ${from} at full size for the rollback window (${rollbackWindowSeconds} s)`);
        await sleep(rollbackWindowSeconds * 1e3);
      }
      const now = await readLiveService(clients, config);
      if (now.live === to) {
        const down = await scaleDown(clients, config, from, minReplicas);
        standby.scaledDown = { slot: from, ...down };
        log.info(`standby: ${from} scaled down from ${down.from.join("/")} to ${down.to.join("/")} replica(s)`);
      } else {
        standby.kept = `${from} kept at full size: the live slot is ${now.live ?? "unknown"} after the rollback window`;
        log.warn(`standby: ${standby.kept}`);
      }
    }
    return { ...base, ...withWarmup, ...withStandby, outcome: "promoted", stage: "done", reason: `${to} is live`, flip: flipInfo };
  } finally {
    clearInterval(renewal);
    await releaseLease(clients, config.namespace, config.lease.name, runId).catch((e) => log.warn(`could not release lease: ${e.message}`));
  }
}
async function rollback(opts) {
  const started = performance.now();
  const { config, clients, runId, runUrl } = prepare(opts);
  let scaledUp;
  const outcome = await revertPromotion(clients, config, {
    runId,
    ...runUrl ? { runUrl } : {},
    action: "rollback",
    // Standby: a slot scaled down after its rollback window grows back, and is ready, before traffic moves.
    ...config.standby ? { beforeReadiness: async (back, live) => {
      scaledUp = await scaleUpLike(clients, config, back, live, { settings: config.standby, log: opts.log });
    } } : {},
    ...opts.promotionRunId ? { promotionRunId: opts.promotionRunId } : {},
    ...opts.force ? { force: true } : {}
  });
  const elapsedMs = performance.now() - started;
  const scaledNote = scaledUp ? `; ${scaledUp.slot} was scaled up from ${scaledUp.from.join("/")} to ${scaledUp.to.join("/")} replica(s) first, ready after ${(scaledUp.ms / 1e3).toFixed(1)} s` : "";
  const line = `${config.namespace}/${config.service}: ${outcome.message}${scaledNote} (${elapsedMs.toFixed(0)} ms)`;
  if (outcome.forcedPast) opts.log.warn(line);
  else opts.log.info(line);
  if (outcome.changed && outcome.to) {
    opts.log.info(outcome.restores ? `brings back on ${outcome.to}: ${describeIds(outcome.restores.ids, outcome.undoes)} (recorded by ${outcome.restores.entry.id})` : `brings back on ${outcome.to}: ids unknown \u2014 no flip onto ${outcome.to} with ids is in the history`);
  }
  if (opts.promotionRunId) {
    await releaseLease(clients, config.namespace, config.lease.name, opts.promotionRunId).catch((e) => opts.log.warn(`could not release the lease of ${opts.promotionRunId}: ${e.message}`));
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
  const { config, clients } = prepare(opts);
  const [service, leaseRead] = await Promise.allSettled([
    readLiveService(clients, config),
    readLeaseOrUndefined(clients, config.namespace, config.lease.name)
  ]);
  if (service.status === "rejected") throw service.reason;
  if (leaseRead.status === "rejected") throw leaseRead.reason;
  const [live, lease] = [service.value, leaseRead.value];
  const leaseView = lease ? viewLease(lease, /* @__PURE__ */ new Date()) : void 0;
  const { log } = opts;
  log.info(`${config.namespace}/${config.service}: live slot ${live.live ?? `unknown (${config.slotKey}=${live.selector[config.slotKey] ?? "missing"})`}`);
  log.info(`selector: ${Object.entries(live.selector).map(([k, v]) => `${k}=${v}`).join(", ") || "(none)"}`);
  log.info(leaseView?.live ? `lease: held by ${leaseView.holder} (renewed ${leaseView.renewedAt?.toISOString()}, ${leaseView.durationSeconds} s)` : "lease: free");
  const slots = Object.fromEntries(SLOT_NAMES.map((slot) => {
    const release = releaseOnSlot(live.history, slot);
    return [slot, { live: live.live === slot, ...release ? { ids: release.ids, recordedBy: release.entry.id, at: release.entry.at } : {} }];
  }));
  for (const slot of [...SLOT_NAMES].sort((a, b) => Number(slots[b].live) - Number(slots[a].live))) {
    const s = slots[slot];
    const name = `slot ${slot}${s.live ? " (live)" : ""}`;
    log.info(s.ids ? `${name}: ${describeIds(s.ids)} \u2014 recorded by ${s.recordedBy} at ${s.at}` : `${name}: ids unknown \u2014 no flip onto ${slot} with ids is in the history`);
  }
  if (live.history.length === 0) log.info("history: none");
  for (let i = live.history.length - 1; i >= 0; i--) {
    const e = live.history[i];
    const now = idsOf(e);
    const before = e.from ? releaseOnSlot(live.history, e.from, i)?.ids : void 0;
    const ids = now ? describeIds(now, before) : "";
    const forced = e.forced ? ` FORCED onto an unready slot (${e.forced})` : "";
    log.info(`  ${e.at} ${e.action} ${e.from ?? "?"} \u2192 ${e.to} by ${e.runId}${ids ? ` (${ids})` : ""}${forced}${e.runUrl ? ` ${e.runUrl}` : ""}`);
  }
  return { namespace: config.namespace, service: config.service, live: live.live, selector: live.selector, history: live.history, lease: leaseView, slots };
}
var DEFAULT_LINT_SETTINGS = { minGracePeriodSeconds: 300, minPreStopSeconds: 5, requireStartupProbe: true };
async function lint(opts) {
  const findings = [];
  let settings = DEFAULT_LINT_SETTINGS;
  const hasFiles = Boolean(opts.files?.length || opts.sources?.length);
  if (opts.deploy !== void 0 && opts.live !== false) {
    const { config, clients } = prepare({ ...opts, deploy: opts.deploy });
    settings = config.lint;
    for (const slot of opts.slots ?? SLOT_NAMES) findings.push(...await lintLiveSlot(clients, config, slot, settings));
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
  DEFAULT_LINT_SETTINGS,
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  STDIN_NAME,
  defaultRunId,
  defaultRunUrl,
  deploySchema,
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
  status
};
