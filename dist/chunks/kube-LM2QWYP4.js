import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand,
  manifestRepository,
  promoteExitCode,
  runKubeCommand,
  warmupSender
} from "./chunk-GW5377V4.js";
import "./chunk-KDMNMSVG.js";
import "./chunk-AZ7WLE3K.js";
import "./chunk-DHT7AAOE.js";
import "./chunk-IJ4RZSE4.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-Y6FMUFIB.js";
import "./chunk-6YVPLQAN.js";
import "./chunk-56KD5MON.js";
import "./chunk-JMK6UP5D.js";
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
import "./chunk-IB2T7PNP.js";
import "./chunk-QSZ4LTE2.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";
export {
  executeKubeCommand,
  manifestRepository,
  promoteExitCode,
  runKubeCommand,
  warmupSender
};
