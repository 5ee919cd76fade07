import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-3CBXG6MI.js";
import "./chunk-2VFAZBQK.js";
import {
  setFailed
} from "./chunk-P2KCAVGB.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-KO6JTM4W.js";
import "./chunk-ROTI4AFI.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-AGNCY5Z4.js";
import "./chunk-EY375UA5.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-S33SPVQ5.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";

// src/commands/check-action.ts
async function runCheckAction(inputs, log) {
  const baseBranch = process.env.GITHUB_BASE_REF;
  const code = await runCheck(
    {
      manifestPath: inputs.manifest,
      repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      baseRef: inputs.baseRef ?? (baseBranch ? `origin/${baseBranch}` : void 0),
      headRef: inputs.headRef
    },
    log
  );
  if (code !== 0) setFailed("shadowgate check failed: see the errors above");
}
export {
  runCheckAction
};
