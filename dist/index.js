import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  actionsLog,
  readActionInputs,
  runPullRequestAction
} from "./chunks/chunk-P6Q524IW.js";
import "./chunks/chunk-6ZCFDVAX.js";
import "./chunks/chunk-Z2SIB5EQ.js";
import "./chunks/chunk-XRHLV2TT.js";
import {
  dirname
} from "./chunks/chunk-IB2T7PNP.js";
import {
  error,
  setFailed,
  setSecret
} from "./chunks/chunk-74Q4WRCN.js";
import "./chunks/chunk-DZ7WR4OL.js";
import "./chunks/chunk-QSZ4LTE2.js";
import "./chunks/chunk-TQGFGFG3.js";
import "./chunks/chunk-JK77RRRX.js";
import "./chunks/chunk-DLANUFUE.js";
import {
  cancelOnSignals
} from "./chunks/chunk-47ZDJA4P.js";
import "./chunks/chunk-5UUU4TCK.js";
import {
  isUserError
} from "./chunks/chunk-ZZ5I4CYG.js";
import "./chunks/chunk-A7OMMFT7.js";

// src/main.ts
async function loadedSides(resolving) {
  const settled = await Promise.allSettled([resolving.baseline, resolving.candidate]);
  return settled.map((s) => s.status === "fulfilled" ? s.value : void 0);
}
async function relevant(paths, resolving) {
  const sides = await loadedSides(resolving);
  if (sides.every((s) => s === void 0)) return true;
  const { relevantChanges } = await import("./chunks/changed-JRJ4HFPQ.js");
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
    if (!sides) resolved.set(ctx, sides = import("./chunks/shadow-LVCKDRWC.js").then(({ startResolving }) => startResolving(optionsFor(ctx))));
    return sides;
  };
  await runPullRequestAction({
    log,
    inputs,
    relevant: async (paths, ctx) => relevant(paths, await sidesFor(ctx)),
    services: async (ctx) => [...new Set((await loadedSides(await sidesFor(ctx))).flatMap((side) => side ? [side.manifest.service] : []))],
    evaluate: async (ctx) => {
      const [{ runShadow }, { renderComment }] = await Promise.all([import("./chunks/shadow-LVCKDRWC.js"), import("./chunks/comment-JV3ZX6TS.js")]);
      const result = await runShadow({ ...optionsFor(ctx), sides: await sidesFor(ctx) }, log);
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
    if (inputs.command === "shadow" && inputs.shard) return await (await import("./chunks/shards-action-S4KYM6QY.js")).runShardAction(inputs, inputs.shard, log);
    if (inputs.command === "shadow") return await shadow(inputs, log);
    if (inputs.command === "merge") return await (await import("./chunks/shards-action-S4KYM6QY.js")).runMergeAction(inputs, log);
    if (inputs.command === "check") return await (await import("./chunks/check-action-JIQKQBO2.js")).runCheckAction(inputs, log);
    if (inputs.command === "canary-advance" || inputs.command === "canary-abort" || inputs.command === "canary-status") {
      const { runCanaryAction } = await import("./chunks/canary-action-OP2NHORF.js");
      return await runCanaryAction(CANARY_STEPS[inputs.command], inputs, log);
    }
    if (inputs.command === "rollout-rung" || inputs.command === "rollout-abort" || inputs.command === "rollout-rollback") {
      const { runRolloutAction } = await import("./chunks/rollout-action-XJNVBSOP.js");
      return await runRolloutAction(ROLLOUT_STEPS[inputs.command], inputs, log);
    }
    const { runKubeAction } = await import("./chunks/kube-action-2MWVBFIL.js");
    await runKubeAction(inputs.command, inputs, log);
  } catch (e) {
    if (isUserError(e)) {
      const where = e.location;
      error(
        e.format(),
        where ? { file: where.file, ...where.line ? { startLine: where.line } : {}, ...where.column ? { startColumn: where.column } : {} } : {}
      );
      process.exitCode = 1;
    } else {
      setFailed(`shadowgate internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }
}

// src/index.ts
await run();
