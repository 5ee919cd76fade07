import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand,
  runKubeCommand
} from "./chunk-2RQLOWSQ.js";
import "./chunk-STDFPN4C.js";
import "./chunk-ZH2Q2FVI.js";
import "./chunk-BLET3OQ3.js";
import "./chunk-ZLGQUGOI.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-A7OMMFT7.js";
export {
  executeKubeCommand,
  runKubeCommand
};
