import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  releaseIds
} from "./chunk-DHT7AAOE.js";
import {
  isAbsolute,
  join
} from "./chunk-TGHP6UX4.js";
import {
  resolveSide
} from "./chunk-6YVPLQAN.js";
import {
  loadManifestFile
} from "./chunk-56KD5MON.js";
import {
  mkdir,
  writeFile
} from "./chunk-Z2SIB5EQ.js";
import {
  EXIT
} from "./chunk-5UUU4TCK.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// src/commands/canary.ts
var CANARY_STEPS = ["advance", "abort", "status"];
function canaryStep(raw) {
  if (!raw || !CANARY_STEPS.includes(raw)) {
    throw new UserError(`canary needs a step: ${CANARY_STEPS.join(", ")}${raw ? ` (got "${raw}")` : ""}`, void 0, "e.g. shadowgate canary advance");
  }
  return raw;
}
async function executeCanary(step, input, log) {
  const manifestFile = isAbsolute(input.manifestPath) ? input.manifestPath : join(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(manifestFile, input.manifestPath);
  if (!loaded.manifest.deploy) {
    throw new UserError(
      "the manifest has no deploy: section, which the canary commands need",
      { file: input.manifestPath, line: 1 },
      'see README: "Canary ladder"'
    );
  }
  const ladder = await import("./ladder-IK432R35.js");
  const { defaultRunId, defaultRunUrl } = await import("./blue-green-VFADMAID.js");
  const common = {
    deploy: loaded.manifest.deploy,
    manifestFile: input.manifestPath,
    locate: (path) => loaded.locate(["deploy", ...path]),
    runId: input.runId ?? defaultRunId(),
    ...input.runUrl ?? defaultRunUrl() ? { runUrl: input.runUrl ?? defaultRunUrl() } : {},
    log
  };
  switch (step) {
    case "status": {
      const result = await ladder.ladderStatus(common);
      if (result.surfaces) {
        const { describeSurfaceChanges } = await import("./surface-changes-SJ4V427V.js");
        log.info(`surfaces (${result.state.stable} \u2192 ${result.state.candidate}): ${describeSurfaceChanges(result.surfaces)}`);
      }
      return { exitCode: EXIT.ok, result, verdict: result.state?.phase ?? "none", weight: result.weight, liveSlot: result.live };
    }
    case "abort": {
      const result = await ladder.abort({ ...common, ...input.reason ? { reason: input.reason } : {} });
      return { exitCode: EXIT.ok, result, verdict: result.outcome, weight: result.weight };
    }
    case "advance": {
      const side = await resolveSide({ label: "candidate", ref: "worktree", manifestPath: input.manifestPath, repoRoot: input.repoRoot });
      const ids = releaseIds(side);
      const outDir = input.outDir ?? "shadowgate-report";
      const sample = input.probeSample ?? 50;
      let warned = false;
      const probe = async (target) => {
        if (!target.stableUrl || !target.candidateUrl) {
          const reason = "probe skipped: set deploy.slots.blue.url and deploy.slots.green.url so both slots can be sent the same requests";
          if (!warned) log.warn(reason);
          warned = true;
          return { verdict: "pass", reason };
        }
        const { runShadow } = await import("./shadow-LVCKDRWC.js");
        const shadow = await runShadow(
          {
            manifestPath: input.manifestPath,
            baselineManifestPath: input.manifestPath,
            baselineEndpoint: target.stableUrl,
            candidateEndpoint: target.candidateUrl,
            repoRoot: input.repoRoot,
            outDir: join(outDir, "canary", `probe-rung-${target.rung + 1}`),
            sampleMax: sample
          },
          log
        );
        const verdict = shadow.report.judgement.verdict;
        return { verdict: verdict === "error" ? "fail" : verdict, reason: `probe: ${shadow.summaryLine}` };
      };
      let result;
      try {
        result = await ladder.advance({ ...common, ids, probe, ...input.expectWeight !== void 0 ? { expectWeight: input.expectWeight } : {} });
      } catch (e) {
        const { isKubeRefusal } = await import("./refusal-MWFCUTLE.js");
        if (!isKubeRefusal(e) || e.kind !== "outside-window") throw e;
        log.error(e.format());
        return { exitCode: e.exitCode, result: { outcome: "outside-window", reason: e.message }, verdict: "outside-window" };
      }
      const { renderRungHtml, renderRungMarkdown } = await import("./report-P7RVFRXX.js");
      const markdown = renderRungMarkdown(loaded.manifest.service, result);
      const dir = join(outDir, "canary");
      await mkdir(dir, { recursive: true });
      const base = join(dir, result.rung >= 0 ? `rung-${result.rung + 1}` : "ladder");
      const paths = { json: `${base}.json`, markdown: `${base}.md`, html: `${base}.html` };
      await writeFile(paths.json, `${JSON.stringify(result, null, 2)}
`);
      await writeFile(paths.markdown, markdown);
      await writeFile(paths.html, renderRungHtml(loaded.manifest.service, result));
      const ok = result.outcome === "passed" || result.outcome === "promoted" || result.outcome === "unchanged";
      return {
        exitCode: ok ? EXIT.ok : EXIT.policy,
        result,
        verdict: result.outcome,
        weight: result.weight,
        liveSlot: result.outcome === "promoted" ? result.candidate : result.stable,
        paths,
        markdown
      };
    }
  }
}

export {
  CANARY_STEPS,
  canaryStep,
  executeCanary
};
