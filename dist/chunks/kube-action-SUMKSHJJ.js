import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand
} from "./chunk-DDVS5ILI.js";
import {
  isKubeRefusal
} from "./chunk-FFISNJ3L.js";
import {
  setFailed,
  setOutput
} from "./chunk-LKFKMF4K.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-B7VN2JIZ.js";
import "./chunk-64F4QPAH.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-XY3XVYQN.js";
import "./chunk-ASXTQ7CI.js";
import "./chunk-6HG2IZNQ.js";
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
  const ownIdentity = runId ?? (await import("./commands-J7PBWSPM.js")).defaultRunId();
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
