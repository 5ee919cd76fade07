import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand
} from "./chunk-GW5377V4.js";
import "./chunk-KDMNMSVG.js";
import {
  isKubeRefusal
} from "./chunk-AZ7WLE3K.js";
import "./chunk-DHT7AAOE.js";
import "./chunk-IJ4RZSE4.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-Y6FMUFIB.js";
import "./chunk-6YVPLQAN.js";
import "./chunk-56KD5MON.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-IY34TOV6.js";
import "./chunk-3SVHRZ5Y.js";
import "./chunk-QINDDRBP.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-STODWVS3.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-FWXRZIWZ.js";
import "./chunk-VUOFWVZ7.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import "./chunk-XRHLV2TT.js";
import "./chunk-IB2T7PNP.js";
import {
  setFailed,
  setOutput,
  setSecret
} from "./chunk-74Q4WRCN.js";
import "./chunk-DZ7WR4OL.js";
import "./chunk-QSZ4LTE2.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// src/commands/kube-action.ts
var ANY_RUN = "latest";
async function runKubeAction(command, inputs, log) {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { runId } = inputs;
  const named = inputs.promotionRunId ?? "";
  const ownIdentity = runId ?? (await import("./blue-green-VFADMAID.js")).defaultRunId();
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
