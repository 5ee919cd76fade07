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
} from "./chunk-VDC22AP6.js";
import "./chunk-BWL5YPHN.js";
import "./chunk-MQ3U55EA.js";
import "./chunk-P4BBUCTH.js";
import "./chunk-KDMNMSVG.js";
import "./chunk-AZ7WLE3K.js";
import "./chunk-DHT7AAOE.js";
import "./chunk-2VFAZBQK.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-IY34TOV6.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-VUOFWVZ7.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
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
