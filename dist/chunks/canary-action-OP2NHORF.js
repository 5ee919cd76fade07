import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeCanary
} from "./chunk-EC3ONMZH.js";
import "./chunk-DHT7AAOE.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-6YVPLQAN.js";
import "./chunk-56KD5MON.js";
import "./chunk-IY34TOV6.js";
import "./chunk-QINDDRBP.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-FWXRZIWZ.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import "./chunk-Z2SIB5EQ.js";
import "./chunk-XRHLV2TT.js";
import {
  setFailed,
  setOutput,
  summary
} from "./chunk-74Q4WRCN.js";
import "./chunk-DZ7WR4OL.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// src/commands/canary-action.ts
async function runCanaryAction(step, inputs, log) {
  const outcome = await executeCanary(
    step,
    {
      manifestPath: inputs.manifest,
      repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      runId: inputs.runId,
      expectWeight: inputs.canaryWeight,
      outDir: inputs.reportDir
    },
    log
  );
  setOutput("verdict", outcome.verdict);
  if (outcome.weight !== void 0) setOutput("canary-weight", String(outcome.weight));
  if (outcome.liveSlot) setOutput("live-slot", outcome.liveSlot);
  if (outcome.markdown) await summary.addRaw(outcome.markdown).write();
  log.info(JSON.stringify(outcome.result, null, 2));
  if (outcome.exitCode !== 0) setFailed(`canary ${step}: ${outcome.verdict}`);
}
export {
  runCanaryAction
};
