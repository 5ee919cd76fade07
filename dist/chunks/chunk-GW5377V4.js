import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  existsSync
} from "./chunk-KDMNMSVG.js";
import {
  REFUSAL_EXIT_CODES,
  isKubeRefusal
} from "./chunk-AZ7WLE3K.js";
import {
  releaseIds
} from "./chunk-DHT7AAOE.js";
import {
  buildRequest,
  callModel,
  checkDestinations,
  createTransport,
  declaredDestination,
  describePlan,
  endpointFromSurface,
  parseAllowedEndpoints,
  readDataset,
  redactor,
  resolveHeaders,
  runShadow,
  splitList
} from "./chunk-IJ4RZSE4.js";
import {
  repoTopLevel,
  resolveSide
} from "./chunk-6YVPLQAN.js";
import {
  loadManifestFile
} from "./chunk-56KD5MON.js";
import {
  EXIT
} from "./chunk-5UUU4TCK.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// node-builtin:node:fs/promises?realpath
var builtin = process.getBuiltinModule("node:fs/promises");
var realpath = builtin.realpath;

// node-builtin:node:path?dirname,isAbsolute,join,relative,resolve,sep
var builtin2 = process.getBuiltinModule("node:path");
var dirname = builtin2.dirname;
var isAbsolute = builtin2.isAbsolute;
var join = builtin2.join;
var relative = builtin2.relative;
var resolve = builtin2.resolve;
var sep = builtin2.sep;

// src/commands/kube.ts
async function* cycle(file) {
  for (; ; ) {
    let any = false;
    for await (const record of readDataset(file).records) {
      any = true;
      yield record;
    }
    if (!any) return;
  }
}
async function slotDestinations(deploy, loaded, manifestPath, side, allowedEntries, log) {
  const { parseDeployConfig } = await import("./blue-green-VFADMAID.js");
  const config = parseDeployConfig(deploy, manifestPath, (path) => loaded.locate(["deploy", ...path]));
  const allowed = parseAllowedEndpoints([...allowedEntries, ...splitList(process.env.SHADOWGATE_ALLOWED_ENDPOINTS)]);
  const credential = side.manifest.model.auth?.env;
  const destinations = {};
  for (const slot of ["blue", "green"]) {
    const url = config.slots[slot].url;
    if (!url) continue;
    const location = loaded.locate(["deploy", "slots", slot, "url"]) ?? { file: manifestPath };
    const place = [location.file, location.line].filter((p) => p !== void 0).join(":");
    destinations[slot] = declaredDestination({
      label: slot,
      url,
      ...credential ? { credential } : {},
      location,
      by: `deploy.slots.${slot}.url (${place})`,
      allowed
    });
  }
  const plan = { destinations: Object.values(destinations) };
  if (plan.destinations.length > 0) {
    log.info(`${side.manifest.service}: warm-up, smoke and watch requests will go to:
${describePlan(plan).join("\n")}`);
    await checkDestinations(plan);
  }
  return destinations;
}
function warmupSender(side, destination, repoRoot) {
  const auth = side.locate?.(["model", "auth", "env"]);
  const url = destination.url;
  const surface = endpointFromSurface("warm-up", { ...side.manifest.model, endpoint: url }, side.manifest.shadow, {
    ...destination.location ? { url: destination.location } : {},
    ...auth ? { auth } : {}
  });
  const endpoint = { ...surface, checkAddress: destination.checkAddress };
  const headers = resolveHeaders(endpoint);
  const credential = destination.credential ? process.env[destination.credential] : void 0;
  const redact = redactor(credential ? [credential] : []);
  const transport = createTransport({ concurrency: 8 });
  const dataset = side.manifest.shadow.dataset;
  const records = cycle(isAbsolute(dataset) ? dataset : join(repoRoot, dataset));
  return {
    async send() {
      const next = await records.next();
      if (next.done) throw new UserError("the dataset has no records to warm up with", { file: dataset });
      const result = await callModel(transport, { endpoint, headers }, buildRequest(side, next.value));
      if (!result.ok) throw new Error(redact(`${result.error?.class}: ${result.error?.message}`));
      return result.latencyMs;
    }
  };
}
async function runKubeCommand(command, input, log) {
  try {
    const outcome = await executeKubeCommand(command, input, log);
    process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}
`);
    return outcome.exitCode;
  } catch (e) {
    if (!isKubeRefusal(e)) throw e;
    log.error(e.format());
    return e.exitCode;
  }
}
function promoteExitCode(outcome, stage) {
  if (outcome === "promoted" || outcome === "unchanged") return EXIT.ok;
  if (outcome === "stopped" && stage === "readiness") return REFUSAL_EXIT_CODES["not-ready"];
  return EXIT.policy;
}
var inside = (folder, path) => {
  const rel = relative(folder, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
async function manifestRepository(manifestFile, givenRoot) {
  const file = await realpath(manifestFile).catch(() => manifestFile);
  let root;
  try {
    root = await repoTopLevel(dirname(file));
  } catch {
    const given = await realpath(givenRoot).catch(() => givenRoot);
    root = inside(given, file) ? given : dirname(file);
  }
  return { root, manifest: relative(root, file).split(sep).join("/") };
}
async function lintFiles(input, args, log) {
  const blueGreen = await import("./blue-green-VFADMAID.js");
  const manifestFile = resolve(input.repoRoot, input.manifestPath);
  let deploy;
  let locate;
  if (input.manifestGiven || existsSync(manifestFile)) {
    const loaded = await loadManifestFile(manifestFile, input.manifestPath);
    deploy = loaded.manifest.deploy;
    locate = (path) => loaded.locate(["deploy", ...path]);
  }
  const sources = await blueGreen.readLintSources(args, { base: input.repoRoot });
  const result = await blueGreen.lint({
    ...deploy !== void 0 ? { deploy } : {},
    ...locate ? { locate } : {},
    manifestFile: input.manifestPath,
    sources,
    live: false,
    log
  });
  return { exitCode: result.errors > 0 ? EXIT.policy : EXIT.ok, result, verdict: result.errors > 0 ? "fail" : "pass" };
}
async function executeKubeCommand(command, input, log) {
  if (input.force && command !== "rollback") throw new UserError(`force applies to rollback only, not to ${command}`);
  if (input.promotionRunId && command !== "rollback") throw new UserError(`promotion-run-id applies to rollback only, not to ${command}`);
  if (command === "lint" && input.lintArgs?.length) return lintFiles(input, input.lintArgs, log);
  const manifestFile = resolve(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(manifestFile, input.manifestPath);
  if (!loaded.manifest.deploy) {
    throw new UserError(
      "the manifest has no deploy: section, which promote, rollback, status and lint need",
      { file: input.manifestPath, line: 1 },
      'see README: "Blue-green on Kubernetes"'
    );
  }
  const blueGreen = await import("./blue-green-VFADMAID.js");
  const common = {
    deploy: loaded.manifest.deploy,
    manifestFile: input.manifestPath,
    locate: (path) => loaded.locate(["deploy", ...path]),
    ...input.runId ? { runId: input.runId } : {},
    log
  };
  switch (command) {
    case "status": {
      const result = await blueGreen.status(common);
      return { exitCode: EXIT.ok, result, verdict: "status", liveSlot: result.live };
    }
    case "rollback": {
      const result = await blueGreen.rollback({
        ...common,
        ...input.promotionRunId ? { promotionRunId: input.promotionRunId } : {},
        ...input.force ? { force: true } : {}
      });
      const live = result.changed ? result.to : (await blueGreen.status(common)).live;
      return { exitCode: EXIT.ok, result, verdict: result.changed ? "rolled-back" : "unchanged", liveSlot: live };
    }
    case "lint": {
      const result = await blueGreen.lint({ ...common, ...input.lintFiles ? { files: input.lintFiles } : {} });
      const failed = result.findings.some((f) => f.severity === "error");
      return { exitCode: failed ? EXIT.policy : EXIT.ok, result, verdict: failed ? "fail" : "pass" };
    }
    case "promote": {
      const repo = await manifestRepository(manifestFile, input.repoRoot);
      const outDir = resolve(input.repoRoot, input.outDir ?? "shadowgate-report");
      const side = await resolveSide({ label: "candidate", ref: "worktree", manifestPath: repo.manifest, repoRoot: repo.root });
      const sample = input.smokeSample ?? 200;
      const destinations = await slotDestinations(loaded.manifest.deploy, loaded, input.manifestPath, side, input.allowedEndpoints ?? [], log);
      const masked = /* @__PURE__ */ new Set();
      const onSecret = input.onSecret && ((value) => {
        if (!masked.has(value)) input.onSecret?.(value);
        masked.add(value);
      });
      const credential = side.manifest.model.auth?.env ? process.env[side.manifest.model.auth.env] : void 0;
      if (credential && Object.keys(destinations).length > 0) onSecret?.(credential);
      const warned = /* @__PURE__ */ new Set();
      const judgeSlots = async (baselineUrl, candidateUrl, label, max) => {
        if (!baselineUrl || !candidateUrl) {
          const reason = `${label} pass skipped: set deploy.slots.blue.url and deploy.slots.green.url so the slots can be compared`;
          if (!warned.has(label)) log.warn(reason);
          warned.add(label);
          return { pass: true, reason };
        }
        const result2 = await runShadow(
          {
            manifestPath: repo.manifest,
            baselineManifestPath: repo.manifest,
            baselineEndpoint: baselineUrl,
            candidateEndpoint: candidateUrl,
            repoRoot: repo.root,
            outDir: join(outDir, label),
            sampleMax: max,
            ...input.allowedEndpoints ? { allowedEndpoints: input.allowedEndpoints } : {},
            ...onSecret ? { onSecret } : {}
          },
          log
        );
        const verdict = result2.report.judgement.verdict;
        return { pass: verdict !== "fail" && verdict !== "error", reason: `${label}: ${result2.summaryLine}` };
      };
      const result = await blueGreen.promote({
        ...common,
        ids: releaseIds(side),
        warmupTarget: (ctx) => {
          const destination = destinations[ctx.target];
          return destination ? warmupSender(side, destination, repo.root) : void 0;
        },
        smoke: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, "smoke", sample),
        // After the flip the target is live; probe it against the slot it replaced, on a small sample.
        probe: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, "watch", Math.max(20, Math.round(sample / 4))),
        ...input.lintFiles ? { lintFiles: input.lintFiles } : {}
      });
      const onTarget = result.outcome === "promoted" || result.outcome === "unchanged" || result.outcome === "breached";
      return { exitCode: promoteExitCode(result.outcome, result.stage), result, verdict: result.outcome, liveSlot: onTarget ? result.to : result.from };
    }
  }
}

export {
  warmupSender,
  runKubeCommand,
  promoteExitCode,
  manifestRepository,
  executeKubeCommand
};
