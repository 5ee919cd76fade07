import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runShadow,
  startResolving
} from "./chunk-MVSNLZP4.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-YTIUNF5S.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-QINDDRBP.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-A7OMMFT7.js";
export {
  runShadow,
  startResolving
};
