import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeCanary
} from "./chunk-H7IGSBG5.js";
import "./chunk-OHZ3DRW4.js";
import {
  setFailed,
  setOutput,
  summary
} from "./chunk-P2KCAVGB.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-Z2SIB5EQ.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-AGNCY5Z4.js";
import "./chunk-EY375UA5.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-S33SPVQ5.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";

// src/commands/canary-action.ts
async function runCanaryAction(step, inputs, log) {
  const outcome = await executeCanary(step, {
    manifestPath: inputs.manifest,
    repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: inputs.runId,
    expectWeight: inputs.canaryWeight,
    outDir: inputs.reportDir
  }, log);
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
