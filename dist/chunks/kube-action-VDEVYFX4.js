import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  getInput,
  setFailed,
  setOutput
} from "./chunk-WTAQ2QUZ.js";
import {
  executeKubeCommand
} from "./chunk-FLCOBNDL.js";
import "./chunk-STDFPN4C.js";
import "./chunk-2NBCZU3F.js";
import "./chunk-HH6K3V6D.js";
import "./chunk-P4SZAQJD.js";

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
      // In a rollback job of the same workflow run, undo exactly this run's promotion and free its lease.
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
