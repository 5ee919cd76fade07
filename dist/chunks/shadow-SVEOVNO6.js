import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  describeRun,
  evaluateShard,
  finishShadow,
  runShadow,
  settleHeapAfterReplay,
  startResolving
} from "./chunk-UCFOYGNL.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-IB2T7PNP.js";
import "./chunk-KO6JTM4W.js";
import "./chunk-ROTI4AFI.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-AGNCY5Z4.js";
import "./chunk-EY375UA5.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-KECYDWVI.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";
export {
  describeRun,
  evaluateShard,
  finishShadow,
  runShadow,
  settleHeapAfterReplay,
  startResolving
};
