import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runCheck,
  runLock
} from "./chunk-3CBXG6MI.js";
import "./chunk-2VFAZBQK.js";
import "./chunk-KO6JTM4W.js";
import "./chunk-ROTI4AFI.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-AGNCY5Z4.js";
import "./chunk-EY375UA5.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-S33SPVQ5.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";
export {
  runCheck,
  runLock
};
