import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand,
  manifestRepository,
  promoteExitCode,
  runKubeCommand
} from "./chunk-H27YFZTM.js";
import "./chunk-FFISNJ3L.js";
import "./chunk-QV6DZFWH.js";
import "./chunk-FHZB4CZC.js";
import "./chunk-V3J77E6H.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-6HG2IZNQ.js";
import "./chunk-XY3XVYQN.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";
export {
  executeKubeCommand,
  manifestRepository,
  promoteExitCode,
  runKubeCommand
};
