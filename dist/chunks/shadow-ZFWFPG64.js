import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  describeRun,
  runShadow,
  startResolving
} from "./chunk-YCVYTUWT.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-LPHO6TWJ.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-ZFEKMUSQ.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-Y7TY4L4C.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-LGJ5C7XN.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";
export {
  describeRun,
  runShadow,
  startResolving
};
