import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CANARY_STEPS,
  canaryStep,
  executeCanary
} from "./chunk-H7IGSBG5.js";
import "./chunk-OHZ3DRW4.js";
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
export {
  CANARY_STEPS,
  canaryStep,
  executeCanary
};
