import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand,
  manifestRepository,
  promoteExitCode,
  runKubeCommand
} from "./chunk-DDVS5ILI.js";
import "./chunk-FFISNJ3L.js";
import "./chunk-B7VN2JIZ.js";
import "./chunk-64F4QPAH.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-XY3XVYQN.js";
import "./chunk-ASXTQ7CI.js";
import "./chunk-6HG2IZNQ.js";
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
