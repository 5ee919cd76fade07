import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  PatchStrategy,
  V1MicroTime,
  call,
  otherSlot,
  setHeaderOptions,
  slotOfSelector,
  slotReadiness,
  statusOf
} from "./chunk-FUJS3E6X.js";
import {
  KubeRefusal
} from "./chunk-WAVUZM5W.js";
import {
  HISTORY_ANNOTATION,
  LIVE_SLOT_ANNOTATION,
  RELEASE_ID_KEYS,
  appendHistory,
  idsOf,
  parseHistory,
  promotionToRevert,
  releaseOnSlot
} from "./chunk-OY6OGDQR.js";
import {
  readFile,
  require_dist
} from "./chunk-WRXJLZPW.js";
import {
  UserError
} from "./chunk-4HYHTPLW.js";
import {
  __toESM
} from "./chunk-A7OMMFT7.js";

// src/kube/flip.ts
async function readLiveService(clients, config) {
  const { namespace, service: name } = config;
  const service = await call(`read Service ${namespace}/${name}`, () => clients.core.readNamespacedService({ namespace, name }), { clients });
  const selector = { ...service.spec?.selector ?? {} };
  return {
    service,
    selector,
    live: slotOfSelector(config, selector[config.slotKey]),
    history: parseHistory(service.metadata?.annotations),
    resourceVersion: service.metadata?.resourceVersion ?? ""
  };
}
function requireKnownSlot(config, live) {
  if (live.live) return live.live;
  const value = live.selector[config.slotKey];
  const where = `Service ${config.namespace}/${config.service}`;
  if (value === void 0) {
    throw new KubeRefusal(
      "service-state",
      `${where} has no "${config.slotKey}" key in its selector, so there is no slot to flip`,
      void 0,
      `label both slots' pods with ${config.slotKey}=<${config.slots.blue.selector}|${config.slots.green.selector}> and add the key to the Service selector`
    );
  }
  throw new KubeRefusal("service-state", `${where} selects ${config.slotKey}=${value}, which is neither blue ("${config.slots.blue.selector}") nor green ("${config.slots.green.selector}")`);
}
var MAX_CONFLICTS = 5;
async function flipSelector(clients, config, req) {
  const { namespace, service: name } = config;
  const now = req.now ?? (() => /* @__PURE__ */ new Date());
  let conflicts = 0;
  let faults = 0;
  let cached = req.initial;
  let sent;
  while (true) {
    const live = cached ?? await readLiveService(clients, config);
    cached = void 0;
    if (sent && live.history.some((e) => e.id === sent.entry.id)) {
      const patchedAt = performance.now();
      return { entry: sent.entry, patchedAt, patchMs: patchedAt - sent.started, conflicts, service: live.service };
    }
    const reason = req.recheck(live);
    if (reason) throw new KubeRefusal("service-state", `flip to ${req.to} stopped: ${reason}`);
    const at = now();
    const value = config.slots[req.to].selector;
    const entry = {
      id: `${req.runId}#${req.action}@${at.getTime()}`,
      action: req.action,
      from: live.live ?? null,
      to: req.to,
      previousSelector: live.selector,
      newSelector: { ...live.selector, [config.slotKey]: value },
      at: at.toISOString(),
      runId: req.runId,
      ...req.runUrl ? { runUrl: req.runUrl } : {},
      ...Object.fromEntries(RELEASE_ID_KEYS.flatMap((key) => req.ids?.[key] ? [[key, req.ids[key]]] : [])),
      ...req.reverts ? { reverts: req.reverts } : {},
      ...req.forced ? { forced: req.forced } : {}
    };
    const history = appendHistory(live.history, entry, config.historyLimit);
    const body = {
      metadata: {
        resourceVersion: live.resourceVersion,
        annotations: { [HISTORY_ANNOTATION]: JSON.stringify(history), [LIVE_SLOT_ANNOTATION]: req.to }
      },
      spec: { selector: { [config.slotKey]: value } }
    };
    const started = performance.now();
    try {
      const service = await clients.core.patchNamespacedService(
        { namespace, name, body, fieldManager: "shadowgate" },
        setHeaderOptions("Content-Type", PatchStrategy.MergePatch)
      );
      const patchedAt = performance.now();
      return { entry, patchedAt, patchMs: patchedAt - started, conflicts, service };
    } catch (e) {
      if (statusOf(e) === 409 && ++conflicts <= MAX_CONFLICTS) continue;
      if (statusOf(e) === 409) {
        throw new KubeRefusal("service-state", `Service ${namespace}/${name} kept changing (${conflicts} conflicts) while shadowgate tried to flip it to ${req.to}`);
      }
      const status = statusOf(e);
      if ((status === void 0 || status === 429 || status >= 500) && !(e instanceof UserError) && ++faults <= 3) {
        sent = { entry, started };
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** faults));
        continue;
      }
      return call(`patch Service ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
    }
  }
}
function nothingOfRun(history, runId, live) {
  const latest = promotionToRevert(history);
  const other = latest && latest.runId !== runId ? `; the latest promotion (${latest.id}) belongs to another run and is left alone \u2014 undo it by naming that run (promotion-run-id ${latest.runId})` : "";
  return `run ${runId} has no promotion in place to undo, so nothing was changed; live slot stays ${live}${other}`;
}
async function revertPromotion(clients, config, opts) {
  let target;
  let noOp;
  const pick = (live2) => {
    target = opts.promotion ?? promotionToRevert(live2.history, opts.promotionRunId);
    if (opts.promotion && live2.history.some((e) => e.reverts === opts.promotion.id)) target = void 0;
    if (!target) {
      const slot = live2.live ?? "unknown";
      noOp = opts.promotionRunId ? nothingOfRun(live2.history, opts.promotionRunId, slot) : `no promotion left to undo; live slot stays ${slot}`;
      return void 0;
    }
    const back2 = target.from ?? otherSlot(target.to);
    if (live2.live === back2) {
      noOp = `live slot is already ${back2}`;
      target = void 0;
      return void 0;
    }
    if (live2.live !== target.to) return `the selector points at ${live2.live ?? `"${live2.selector[config.slotKey]}"`}, not at ${target.to} as promoted by ${target.runId}; not touching it`;
    noOp = void 0;
    return void 0;
  };
  const live = await readLiveService(clients, config);
  const problem = pick(live);
  if (problem) throw new KubeRefusal("service-state", `rollback stopped: ${problem}`);
  if (!target) return { changed: false, message: noOp ?? "nothing to roll back" };
  const promotion = target;
  const back = promotion.from ?? otherSlot(promotion.to);
  await opts.beforeReadiness?.(back, promotion.to);
  const readiness = await slotReadiness(clients, config.namespace, config.slots[back].deployments);
  let forcedPast;
  if (!readiness.ready) {
    if (!opts.force) {
      throw new KubeRefusal(
        "not-ready",
        `rollback refused: ${back} is not ready (${readiness.reasons.join("; ")}); traffic stays on ${promotion.to}`,
        void 0,
        `wait until ${back} is rolled out, or, in an emergency, force the flip onto the unready slot (--force, or the action input force: true)`
      );
    }
    forcedPast = readiness.reasons;
  }
  const restores = releaseOnSlot(live.history, back);
  const undoes = idsOf(promotion);
  let skipped;
  try {
    const flip = await flipSelector(clients, config, {
      to: back,
      action: opts.action,
      runId: opts.runId,
      ...opts.runUrl ? { runUrl: opts.runUrl } : {},
      ...restores ? { ids: restores.ids } : {},
      reverts: promotion.id,
      ...forcedPast ? { forced: forcedPast.join("; ") } : {},
      initial: live,
      ...opts.now ? { now: opts.now } : {},
      recheck: (fresh) => {
        const reason = pick(fresh);
        if (reason) return reason;
        if (!target) {
          skipped = noOp;
          return "nothing left to undo";
        }
        return void 0;
      }
    });
    const forced = forcedPast ? ` \u2014 FORCED onto ${back}, which is not ready: ${forcedPast.join("; ")}` : "";
    return {
      changed: true,
      message: `rolled back ${config.service} from ${promotion.to} to ${back} (undoing ${promotion.id})${forced}`,
      flip,
      from: promotion.to,
      to: back,
      ...forcedPast ? { forcedPast } : {},
      ...restores ? { restores } : {},
      ...undoes ? { undoes } : {}
    };
  } catch (e) {
    if (skipped) return { changed: false, message: skipped };
    throw e;
  }
}

// src/kube/lease.ts
function viewLease(lease, now) {
  const spec = lease.spec ?? {};
  const renewedAt = spec.renewTime ? new Date(spec.renewTime) : void 0;
  const durationSeconds = spec.leaseDurationSeconds;
  const live = Boolean(spec.holderIdentity) && renewedAt !== void 0 && durationSeconds !== void 0 && renewedAt.getTime() + durationSeconds * 1e3 > now.getTime();
  return {
    name: lease.metadata?.name ?? "",
    holder: spec.holderIdentity || void 0,
    acquiredAt: spec.acquireTime ? new Date(spec.acquireTime) : void 0,
    renewedAt,
    durationSeconds,
    live
  };
}
async function acquireLease(clients, req) {
  const now = req.now ?? (() => /* @__PURE__ */ new Date());
  const { namespace, name } = req;
  for (let attempt = 0; attempt < 5; attempt++) {
    const at = now();
    const existing = await readLeaseOrUndefined(clients, namespace, name);
    if (!existing) {
      try {
        const created = await clients.coordination.createNamespacedLease({
          namespace,
          body: {
            metadata: { name, labels: { "app.kubernetes.io/managed-by": "shadowgate" } },
            spec: { holderIdentity: req.holder, leaseDurationSeconds: req.durationSeconds, acquireTime: new V1MicroTime(at), renewTime: new V1MicroTime(at), leaseTransitions: 0 }
          }
        });
        return viewLease(created, at);
      } catch (e) {
        if (statusOf(e) === 409) continue;
        return call(`create Lease ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
      }
    }
    const view = viewLease(existing, at);
    if (view.live && view.holder !== req.holder) {
      const until = new Date(view.renewedAt.getTime() + view.durationSeconds * 1e3);
      throw new KubeRefusal(
        "lease-held",
        `Lease ${namespace}/${name} is held by "${view.holder}" until ${until.toISOString()}; another promotion or rollback is running`,
        void 0,
        "wait for it to finish, or let the lease expire if that run died"
      );
    }
    const takenOver = view.holder !== req.holder;
    const body = {
      ...existing,
      spec: {
        ...existing.spec,
        holderIdentity: req.holder,
        leaseDurationSeconds: req.durationSeconds,
        acquireTime: takenOver ? new V1MicroTime(at) : new V1MicroTime(existing.spec?.acquireTime ?? at),
        renewTime: new V1MicroTime(at),
        leaseTransitions: (existing.spec?.leaseTransitions ?? 0) + (takenOver ? 1 : 0)
      }
    };
    try {
      const replaced = await clients.coordination.replaceNamespacedLease({ namespace, name, body });
      return viewLease(replaced, at);
    } catch (e) {
      if (statusOf(e) === 409) continue;
      return call(`update Lease ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
    }
  }
  throw new KubeRefusal("lease-held", `Lease ${namespace}/${name} kept changing while shadowgate tried to take it; another run is competing for it`);
}
async function releaseLease(clients, namespace, name, holder) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await readLeaseOrUndefined(clients, namespace, name);
    if (!existing || existing.spec?.holderIdentity !== holder) return;
    const body = { ...existing, spec: { ...existing.spec, holderIdentity: void 0, renewTime: void 0, acquireTime: void 0 } };
    try {
      await clients.coordination.replaceNamespacedLease({ namespace, name, body });
      return;
    } catch (e) {
      if (statusOf(e) === 409) continue;
      await call(`release Lease ${namespace}/${name}`, () => Promise.reject(e), { attempts: 1, clients });
    }
  }
}
async function readLeaseOrUndefined(clients, namespace, name) {
  return call(`read Lease ${namespace}/${name}`, async () => {
    try {
      return await clients.coordination.readNamespacedLease({ namespace, name });
    } catch (e) {
      if (statusOf(e) === 404) return void 0;
      throw e;
    }
  }, { clients });
}

// src/kube/lint.ts
var import_yaml = __toESM(require_dist(), 1);
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
function preStopSeconds(preStop) {
  const hook = obj(preStop);
  if (!hook) return void 0;
  const sleep = obj(hook.sleep);
  if (sleep && typeof sleep.seconds === "number") return sleep.seconds;
  const exec = obj(hook.exec);
  if (exec && Array.isArray(exec.command)) {
    const match = /\bsleep\s+(\d+(?:\.\d+)?)/.exec(exec.command.map(String).join(" "));
    return match ? Number(match[1]) : "unknown";
  }
  return hook.httpGet || hook.tcpSocket ? "unknown" : void 0;
}
function lintDeployment(deployment, settings, locate = () => void 0) {
  const d = obj(deployment) ?? {};
  const meta = obj(d.metadata) ?? {};
  const subject = `Deployment ${meta.namespace ? `${String(meta.namespace)}/` : ""}${String(meta.name ?? "?")}`;
  const findings = [];
  const add = (rule, severity, path, message, who = subject) => {
    const location = locate(path);
    findings.push({ rule, severity, subject: who, message, ...location ? { location } : {} });
  };
  const spec = obj(d.spec) ?? {};
  const podPath = ["spec", "template", "spec"];
  const pod = obj(obj(spec.template)?.spec) ?? {};
  const grace = typeof pod.terminationGracePeriodSeconds === "number" ? pod.terminationGracePeriodSeconds : 30;
  if (grace < settings.minGracePeriodSeconds) {
    add(
      "grace-period",
      "error",
      [...podPath, "terminationGracePeriodSeconds"],
      `terminationGracePeriodSeconds is ${grace}${pod.terminationGracePeriodSeconds === void 0 ? " (default)" : ""}; streaming LLM responses need at least ${settings.minGracePeriodSeconds} s to finish before the pod is killed`
    );
  }
  const strategy = obj(spec.strategy) ?? {};
  if (strategy.type === "Recreate") {
    add("max-unavailable", "error", ["spec", "strategy", "type"], "strategy Recreate stops every replica before starting new ones; use RollingUpdate with maxUnavailable: 0");
  } else {
    const maxUnavailable = obj(strategy.rollingUpdate)?.maxUnavailable;
    if (maxUnavailable !== 0 && maxUnavailable !== "0%") {
      add(
        "max-unavailable",
        "error",
        ["spec", "strategy", "rollingUpdate", "maxUnavailable"],
        `rollingUpdate.maxUnavailable is ${maxUnavailable === void 0 ? "25% (default)" : String(maxUnavailable)}; set 0 so capacity never drops while slow model servers start`
      );
    }
  }
  const containers = Array.isArray(pod.containers) ? pod.containers : [];
  containers.forEach((c, i) => {
    const container = obj(c) ?? {};
    const who = `${subject} container ${String(container.name ?? i)}`;
    const path = [...podPath, "containers", i];
    const delay = preStopSeconds(obj(container.lifecycle)?.preStop);
    if (delay === void 0) {
      add("pre-stop", "error", [...path, "lifecycle"], `no preStop hook; add a sleep of at least ${settings.minPreStopSeconds} s so endpoints deregister before SIGTERM`, who);
    } else if (delay === "unknown") {
      add("pre-stop", "warning", [...path, "lifecycle", "preStop"], "preStop hook delay cannot be read; make sure it waits for endpoints to deregister", who);
    } else if (delay < settings.minPreStopSeconds) {
      add("pre-stop", "error", [...path, "lifecycle", "preStop"], `preStop delays only ${delay} s; use at least ${settings.minPreStopSeconds} s`, who);
    } else if (delay >= grace) {
      add("pre-stop", "error", [...path, "lifecycle", "preStop"], `preStop delay (${delay} s) uses up the whole grace period (${grace} s), leaving no time to finish streams`, who);
    }
    if (!container.readinessProbe) {
      add("readiness-probe", "error", path, "no readinessProbe; traffic would reach the model server before the model is loaded", who);
    }
    if (settings.requireStartupProbe && !container.startupProbe) {
      add("startup-probe", "warning", path, "no startupProbe; a slow model load can trip the liveness probe and restart the pod", who);
    }
  });
  return findings;
}
function locatorFor(doc, lines, file) {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const last = path[depth - 1];
      const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : void 0;
      let node = void 0;
      if ((0, import_yaml.isMap)(parent) && typeof last === "string") {
        node = parent.items.find((pair) => (0, import_yaml.isScalar)(pair.key) && pair.key.value === last)?.key;
      } else {
        node = doc.getIn(path.slice(0, depth), true);
      }
      if ((0, import_yaml.isNode)(node) && node.range) {
        const pos = lines.linePos(node.range[0]);
        return { file, line: pos.line, column: pos.col };
      }
    }
    return { file };
  };
}
function helmSource(doc) {
  const comment = [doc.commentBefore, (0, import_yaml.isNode)(doc.contents) ? doc.contents.commentBefore : void 0].filter(Boolean).join("\n");
  return /^\s*Source:\s*(\S+)/m.exec(comment)?.[1];
}
function scanYamlText(text, file, settings) {
  const lines = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines });
  const result = { findings: [], deployments: [] };
  if (!Array.isArray(docs)) return result;
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const pos = lines.linePos(error.pos[0]);
      const template = text.includes("{{") ? "a template is not YAML until rendered: helm template <chart> | shadowgate lint -" : void 0;
      throw new UserError(`invalid YAML: ${error.message.split("\n")[0]}`, { file, line: pos.line, column: pos.col }, template);
    }
    const value = obj(doc.toJS());
    if (!value) continue;
    const source = helmSource(doc);
    const locate = locatorFor(doc, lines, file);
    const items = value.kind === "List" && Array.isArray(value.items) ? value.items.map((item, i) => ({ value: item, prefix: ["items", i] })) : [{ value, prefix: [] }];
    for (const item of items) {
      if (obj(item.value)?.kind !== "Deployment") continue;
      const found = lintDeployment(item.value, settings, (path) => locate([...item.prefix, ...path]));
      const name = String(obj(obj(item.value)?.metadata)?.name ?? "?");
      result.deployments.push(name);
      result.findings.push(...source ? found.map((f) => ({ ...f, subject: `${f.subject} (${source})` })) : found);
    }
  }
  return result;
}
function lintYamlText(text, file, settings) {
  return scanYamlText(text, file, settings).findings;
}
async function lintYamlFiles(files, settings) {
  const findings = [];
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      throw new UserError(`cannot read ${file}: ${e.code ?? e.message}`, { file });
    }
    findings.push(...lintYamlText(text, file, settings));
  }
  return findings;
}

export {
  readLiveService,
  requireKnownSlot,
  flipSelector,
  revertPromotion,
  viewLease,
  acquireLease,
  releaseLease,
  readLeaseOrUndefined,
  lintDeployment,
  scanYamlText,
  lintYamlFiles
};
