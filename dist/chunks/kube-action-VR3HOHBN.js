import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand
} from "./chunk-7TFG2DUD.js";
import "./chunk-KDMNMSVG.js";
import {
  isKubeRefusal
} from "./chunk-WAVUZM5W.js";
import "./chunk-OHZ3DRW4.js";
import {
  setFailed,
  setOutput,
  setSecret
} from "./chunk-P2KCAVGB.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-UCFOYGNL.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-IB2T7PNP.js";
import "./chunk-KO6JTM4W.js";
import "./chunk-ROTI4AFI.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-AGNCY5Z4.js";
import "./chunk-EY375UA5.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-S33SPVQ5.js";
import "./chunk-KECYDWVI.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";

// src/commands/kube-action.ts
var ANY_RUN = "latest";
async function runKubeAction(command, inputs, log) {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { runId } = inputs;
  const named = inputs.promotionRunId ?? "";
  const ownIdentity = runId ?? (await import("./commands-6KYOQZB3.js")).defaultRunId();
  const promotionRunId = command !== "rollback" ? void 0 : named === ANY_RUN ? void 0 : named || ownIdentity;
  try {
    const outcome = await executeKubeCommand(
      command,
      {
        manifestPath: inputs.manifest,
        repoRoot,
        runId,
        promotionRunId,
        force: inputs.force,
        allowedEndpoints: inputs.allowedEndpoints,
        // Masked before promote's warm-up, smoke and watch requests send it.
        onSecret: (value) => setSecret(value),
        lintArgs: command === "lint" ? inputs.files : void 0,
        outDir: inputs.reportDir
      },
      log
    );
    setOutput("verdict", outcome.verdict);
    if (outcome.liveSlot) setOutput("live-slot", outcome.liveSlot);
    log.info(JSON.stringify(outcome.result, null, 2));
    if (outcome.exitCode !== 0) setFailed(`${command}: ${outcome.verdict}`);
  } catch (e) {
    if (isKubeRefusal(e)) setOutput("verdict", e.kind);
    throw e;
  }
}
export {
  ANY_RUN,
  runKubeAction
};
