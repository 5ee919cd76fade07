import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CANARY_STEPS,
  canaryStep,
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
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";
export {
  CANARY_STEPS,
  canaryStep,
  executeCanary
};
