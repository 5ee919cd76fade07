import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-M4C4K4EH.js";
import "./chunk-NZZ72XO2.js";
import "./chunk-75ISTBKK.js";
import "./chunk-QINDDRBP.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-A7OMMFT7.js";
export default require_ajv();
