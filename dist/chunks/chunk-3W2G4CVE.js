import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  buildRequest,
  callModel,
  createTransport,
  endpointFromSurface,
  loadManifestFile,
  readDataset,
  resolveHeaders,
  resolveSide,
  runShadow
} from "./chunk-V5SZQCUM.js";
import {
  EXIT
} from "./chunk-2IWPWALY.js";
import {
  UserError
} from "./chunk-4HYHTPLW.js";

// node-builtin:node:path?isAbsolute,join
var builtin = process.getBuiltinModule("node:path");
var isAbsolute = builtin.isAbsolute;
var join = builtin.join;

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
function warmupSender(side, url, repoRoot) {
  const auth = side.locate?.(["model", "auth", "env"]);
  const endpoint = endpointFromSurface("warm-up", { ...side.manifest.model, endpoint: url }, side.manifest.shadow, auth ? { auth } : void 0);
  const headers = resolveHeaders(endpoint);
  const transport = createTransport({ concurrency: 8 });
  const dataset = side.manifest.shadow.dataset;
  const records = cycle(isAbsolute(dataset) ? dataset : join(repoRoot, dataset));
  return {
    async send() {
      const next = await records.next();
      if (next.done) throw new UserError("the dataset has no records to warm up with", { file: dataset });
      const result = await callModel(transport, { endpoint, headers }, buildRequest(side, next.value));
      if (!result.ok) throw new Error(`${result.error?.class}: ${result.error?.message}`);
      return result.latencyMs;
    }
  };
}
function releaseIds(side) {
  return { model: `${side.manifest.model.id}${side.manifest.model.version ? `@${side.manifest.model.version}` : ""}`, prompt: side.digests.prompt, tools: side.digests.tools };
}
async function runKubeCommand(command, input, log) {
  const outcome = await executeKubeCommand(command, input, log);
  process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}
`);
  return outcome.exitCode;
}
async function executeKubeCommand(command, input, log) {
  const manifestFile = isAbsolute(input.manifestPath) ? input.manifestPath : join(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(manifestFile, input.manifestPath);
  if (!loaded.manifest.deploy) {
    throw new UserError("the manifest has no deploy: section, which promote, rollback, status and lint need", { file: input.manifestPath, line: 1 }, 'see README: "Blue-green on Kubernetes"');
  }
  const kube = await import("./commands-6Q6HT5FW.js");
  const common = {
    deploy: loaded.manifest.deploy,
    manifestFile: input.manifestPath,
    locate: (path) => loaded.locate(["deploy", ...path]),
    ...input.runId ? { runId: input.runId } : {},
    log
  };
  switch (command) {
    case "status": {
      const result = await kube.status(common);
      return { exitCode: EXIT.ok, result, verdict: "status", liveSlot: result.live };
    }
    case "rollback": {
      const result = await kube.rollback({ ...common, ...input.promotionRunId ? { promotionRunId: input.promotionRunId } : {} });
      const live = result.changed ? result.to : (await kube.status(common)).live;
      return { exitCode: EXIT.ok, result, verdict: result.changed ? "rolled-back" : "unchanged", liveSlot: live };
    }
    case "lint": {
      const result = await kube.lint({ ...common, ...input.lintFiles ? { files: input.lintFiles } : {} });
      const failed = result.findings.some((f) => f.severity === "error");
      return { exitCode: failed ? EXIT.policy : EXIT.ok, result, verdict: failed ? "fail" : "pass" };
    }
    case "promote": {
      const side = await resolveSide({ label: "candidate", ref: "worktree", manifestPath: input.manifestPath, repoRoot: input.repoRoot });
      const sample = input.smokeSample ?? 200;
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
            manifestPath: input.manifestPath,
            baselineManifestPath: input.manifestPath,
            baselineEndpoint: baselineUrl,
            candidateEndpoint: candidateUrl,
            repoRoot: input.repoRoot,
            outDir: join(input.outDir ?? "shadowgate-report", label),
            sampleMax: max
          },
          log
        );
        const verdict = result2.report.judgement.verdict;
        return { pass: verdict !== "fail", reason: `${label}: ${result2.summaryLine}` };
      };
      const result = await kube.promote({
        ...common,
        ids: releaseIds(side),
        warmupTarget: (ctx) => ctx.targetUrl ? warmupSender(side, ctx.targetUrl, input.repoRoot) : void 0,
        smoke: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, "smoke", sample),
        // After the flip the target is live; probe it against the slot it replaced, on a small sample.
        probe: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, "watch", Math.max(20, Math.round(sample / 4))),
        ...input.lintFiles ? { lintFiles: input.lintFiles } : {}
      });
      const ok = result.outcome === "promoted" || result.outcome === "unchanged";
      const live = result.outcome === "promoted" || result.outcome === "unchanged" ? result.to : result.from;
      return { exitCode: ok ? EXIT.ok : EXIT.policy, result, verdict: result.outcome, liveSlot: live };
    }
  }
}

export {
  runKubeCommand,
  executeKubeCommand
};
