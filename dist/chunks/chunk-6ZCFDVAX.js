import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  summary
} from "./chunk-74Q4WRCN.js";

// src/github/summary.ts
var STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
function fitSummary(markdown, limitBytes = STEP_SUMMARY_LIMIT_BYTES, fullReportHint) {
  const encoder = new TextEncoder();
  if (encoder.encode(markdown).length <= limitBytes) return markdown;
  const note = `

---
**Summary truncated** at GitHub's 1 MiB limit.${fullReportHint ? ` ${fullReportHint}` : ""}
`;
  const room = limitBytes - encoder.encode(note).length;
  let lo = 0;
  let hi = Math.min(markdown.length, room);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encoder.encode(markdown.slice(0, mid)).length <= room) lo = mid;
    else hi = mid - 1;
  }
  let cut = markdown.slice(0, lo);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastBreak = cut.lastIndexOf("\n");
  if (lastBreak > lo * 0.5) cut = cut.slice(0, lastBreak);
  return cut + note;
}
async function writeJobSummary(markdown, log, fullReportHint) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.debug("GITHUB_STEP_SUMMARY is not set; no job summary written");
    return false;
  }
  await summary.addRaw(fitSummary(markdown, STEP_SUMMARY_LIMIT_BYTES, fullReportHint), true).write();
  return true;
}

// node-builtin:node:fs?readFileSync
var builtin = process.getBuiltinModule("node:fs");
var readFileSync = builtin.readFileSync;

export {
  readFileSync,
  fitSummary,
  writeJobSummary
};
