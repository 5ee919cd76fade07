import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand
} from "./chunk-3W2G4CVE.js";
import {
  getInput,
  setFailed,
  setOutput
} from "./chunk-N6XIFHIZ.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-V5SZQCUM.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-YTIUNF5S.js";
import "./chunk-2IWPWALY.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-QINDDRBP.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-A7OMMFT7.js";

// src/commands/kube-action.ts
async function runKubeAction(command, log) {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const runId = getInput("run-id").trim() || void 0;
  const outcome = await executeKubeCommand(
    command,
    {
      manifestPath: getInput("manifest").trim() || "shadowgate.yaml",
      repoRoot,
      runId,
      // With an explicit run-id, undo exactly that run's promotion and free its lease; without, the latest one.
      promotionRunId: command === "rollback" ? runId : void 0,
      outDir: getInput("report-dir").trim() || void 0
    },
    log
  );
  setOutput("verdict", outcome.verdict);
  if (outcome.liveSlot) setOutput("live-slot", outcome.liveSlot);
  log.info(JSON.stringify(outcome.result, null, 2));
  if (outcome.exitCode !== 0) setFailed(`${command}: ${outcome.verdict}`);
}
export {
  runKubeAction
};
