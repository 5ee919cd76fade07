import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  LADDER_ANNOTATION,
  abort,
  advance,
  ladderStatus,
  ladderSteps,
  parseLadderState,
  rungLabel,
  rungWeight,
  segmentsIn
} from "./chunk-GPYSITVK.js";
import "./chunk-WJT4C4AW.js";
import "./chunk-F2EINJXL.js";
import "./chunk-WTRLWS2R.js";
import "./chunk-FUJS3E6X.js";
import "./chunk-KDMNMSVG.js";
import "./chunk-WAVUZM5W.js";
import "./chunk-OY6OGDQR.js";
import "./chunk-2VFAZBQK.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-A7OMMFT7.js";
export {
  LADDER_ANNOTATION,
  abort,
  advance,
  ladderStatus,
  ladderSteps,
  parseLadderState,
  rungLabel,
  rungWeight,
  segmentsIn
};
