import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  resolveSides,
  runShadow
} from "./chunk-ZH2Q2FVI.js";
import "./chunk-BLET3OQ3.js";
import "./chunk-ZLGQUGOI.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-A7OMMFT7.js";
export {
  resolveSides,
  runShadow
};
