import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  actionsLog,
  readActionInputs,
  runPullRequestAction
} from "./chunks/chunk-BNTRLBW7.js";
import "./chunks/chunk-5UISX7KB.js";
import {
  error,
  setFailed,
  setSecret
} from "./chunks/chunk-P2KCAVGB.js";
import "./chunks/chunk-ATF3SM7A.js";
import "./chunks/chunk-Z2SIB5EQ.js";
import "./chunks/chunk-BMBBCQGB.js";
import {
  renderComment
} from "./chunks/chunk-HDGSM4OR.js";
import "./chunks/chunk-7SLVE4GY.js";
import {
  cancelOnSignals
} from "./chunks/chunk-JF452ZQX.js";
import {
  runShadow,
  startResolving
} from "./chunks/chunk-UCFOYGNL.js";
import "./chunks/chunk-JMK6UP5D.js";
import "./chunks/chunk-TGHP6UX4.js";
import {
  dirname
} from "./chunks/chunk-IB2T7PNP.js";
import {
  lockPathFor,
  posix
} from "./chunks/chunk-KO6JTM4W.js";
import "./chunks/chunk-ROTI4AFI.js";
import "./chunks/chunk-GUYHFYEI.js";
import "./chunks/chunk-UN2DOSLZ.js";
import "./chunks/chunk-AGNCY5Z4.js";
import "./chunks/chunk-EY375UA5.js";
import "./chunks/chunk-WRXJLZPW.js";
import "./chunks/chunk-S33SPVQ5.js";
import "./chunks/chunk-KECYDWVI.js";
import {
  isUserError
} from "./chunks/chunk-4HYHTPLW.js";
import "./chunks/chunk-DLANUFUE.js";
import "./chunks/chunk-XWYCPJVT.js";
import "./chunks/chunk-HMS5PANT.js";
import "./chunks/chunk-A7OMMFT7.js";

// src/surfaces/changed.ts
function normal(path) {
  return posix.normalize(path.replace(/\\/g, "/").replace(/^\.\//, ""));
}
function filesOf(side) {
  const { manifest } = side;
  const out = [[side.manifestPath, "manifest"], [lockPathFor(side.manifestPath), "manifest"]];
  if (manifest.prompt?.system) out.push([manifest.prompt.system, "prompt"]);
  if (manifest.prompt?.user) out.push([manifest.prompt.user, "prompt"]);
  for (const schema of manifest.tools?.schemas ?? []) out.push([schema, "tools"]);
  if (manifest.output.schema) out.push([manifest.output.schema, "output"]);
  out.push([manifest.shadow.dataset, "dataset"]);
  return out;
}
function relevantChanges(changedPaths, sides) {
  const index = /* @__PURE__ */ new Map();
  for (const side of sides) {
    if (!side) continue;
    for (const [path, part] of filesOf(side)) {
      const key = normal(path);
      if (!index.has(key)) index.set(key, /* @__PURE__ */ new Set());
      index.get(key).add(part);
    }
  }
  const touched = [];
  for (const path of new Set(changedPaths.map(normal))) {
    const parts = index.get(path);
    if (parts) touched.push({ path, parts: [...parts].sort() });
  }
  return { relevant: touched.length > 0, touched };
}

// src/main.ts
async function loadedSides(resolving) {
  const settled = await Promise.allSettled([resolving.baseline, resolving.candidate]);
  return settled.map((s) => s.status === "fulfilled" ? s.value : void 0);
}
async function relevant(paths, resolving) {
  const sides = await loadedSides(resolving);
  if (sides.every((s) => s === void 0)) return true;
  const verdict = relevantChanges(paths, sides);
  return verdict.relevant ? [...new Set(verdict.touched.flatMap((t) => t.parts))] : [];
}
async function shadow(inputs, log) {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const cancellation = cancelOnSignals(log);
  const optionsFor = (ctx) => ({
    signal: cancellation.stop,
    abandonSignal: cancellation.abandon,
    manifestPath: inputs.manifest,
    baseRef: ctx.baseSha,
    headRef: inputs.headRef,
    baselineEndpoint: inputs.baselineEndpoint,
    candidateEndpoint: inputs.candidateEndpoint,
    allowedEndpoints: inputs.allowedEndpoints,
    onSecret: (value) => setSecret(value),
    noiseFloor: inputs.noiseFloor || void 0,
    outDir: inputs.reportDir,
    repoRoot,
    runUrl: ctx.runUrl,
    fullReportUrl: ctx.runUrl
  });
  const resolved = /* @__PURE__ */ new WeakMap();
  const sidesFor = (ctx) => {
    let sides = resolved.get(ctx);
    if (!sides) resolved.set(ctx, sides = startResolving(optionsFor(ctx)));
    return sides;
  };
  await runPullRequestAction({
    log,
    inputs,
    relevant: (paths, ctx) => relevant(paths, sidesFor(ctx)),
    services: async (ctx) => [...new Set((await loadedSides(sidesFor(ctx))).flatMap((side) => side ? [side.manifest.service] : []))],
    evaluate: async (ctx) => {
      const result = await runShadow({ ...optionsFor(ctx), sides: sidesFor(ctx) }, log);
      const markdown = renderComment(result.report, { fullReportUrl: ctx.runUrl });
      return {
        service: result.report.service,
        markdown,
        verdict: result.report.judgement.verdict,
        jsonPath: result.paths.json,
        reportDir: dirname(result.paths.json)
      };
    }
  });
  const cancelled = cancellation.exitCode();
  if (cancelled !== void 0) process.exitCode = cancelled;
}
var CANARY_STEPS = { "canary-advance": "advance", "canary-abort": "abort", "canary-status": "status" };
var ROLLOUT_STEPS = { "rollout-rung": "rung", "rollout-abort": "abort", "rollout-rollback": "rollback" };
async function run() {
  try {
    const inputs = readActionInputs();
    const log = actionsLog();
    if (inputs.command === "shadow" && inputs.shard) return await (await import("./chunks/shards-action-APKGNVYB.js")).runShardAction(inputs, inputs.shard, log);
    if (inputs.command === "shadow") return await shadow(inputs, log);
    if (inputs.command === "merge") return await (await import("./chunks/shards-action-APKGNVYB.js")).runMergeAction(inputs, log);
    if (inputs.command === "check") return await (await import("./chunks/check-action-3AB2EYEO.js")).runCheckAction(inputs, log);
    if (inputs.command === "canary-advance" || inputs.command === "canary-abort" || inputs.command === "canary-status") {
      const { runCanaryAction } = await import("./chunks/canary-action-65HR4EHV.js");
      return await runCanaryAction(CANARY_STEPS[inputs.command], inputs, log);
    }
    if (inputs.command === "rollout-rung" || inputs.command === "rollout-abort" || inputs.command === "rollout-rollback") {
      const { runRolloutAction } = await import("./chunks/rollout-action-EOMOVDBD.js");
      return await runRolloutAction(ROLLOUT_STEPS[inputs.command], inputs, log);
    }
    const { runKubeAction } = await import("./chunks/kube-action-VR3HOHBN.js");
    await runKubeAction(inputs.command, inputs, log);
  } catch (e) {
    if (isUserError(e)) {
      const where = e.location;
      error(e.format(), where ? { file: where.file, ...where.line ? { startLine: where.line } : {}, ...where.column ? { startColumn: where.column } : {} } : {});
      process.exitCode = 1;
    } else {
      setFailed(`shadowgate internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }
}

// src/index.ts
await run();
