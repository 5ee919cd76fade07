import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-FRJMSYF5.js";
import "./chunk-2VFAZBQK.js";
import {
  setFailed
} from "./chunk-LKFKMF4K.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-64F4QPAH.js";
import "./chunk-XY3XVYQN.js";
import "./chunk-ASXTQ7CI.js";
import "./chunk-6HG2IZNQ.js";
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
