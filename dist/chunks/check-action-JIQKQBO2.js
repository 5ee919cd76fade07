import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-GSRXLBX2.js";
import "./chunk-2VFAZBQK.js";
import "./chunk-Y6FMUFIB.js";
import "./chunk-6YVPLQAN.js";
import "./chunk-56KD5MON.js";
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
import {
  setFailed
} from "./chunk-74Q4WRCN.js";
import "./chunk-DZ7WR4OL.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
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
