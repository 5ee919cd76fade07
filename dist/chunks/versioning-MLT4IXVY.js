import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runCheck,
  runLock
} from "./chunk-LCMVBXS6.js";
import "./chunk-2VFAZBQK.js";
import "./chunk-FHZB4CZC.js";
import "./chunk-V3J77E6H.js";
import "./chunk-6HG2IZNQ.js";
import "./chunk-XY3XVYQN.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";
export {
  runCheck,
  runLock
};
