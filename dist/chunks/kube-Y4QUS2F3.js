import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand,
  runKubeCommand
} from "./chunk-3W2G4CVE.js";
import "./chunk-V5SZQCUM.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-YTIUNF5S.js";
import "./chunk-2IWPWALY.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-QINDDRBP.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-A7OMMFT7.js";
export {
  executeKubeCommand,
  runKubeCommand
};
