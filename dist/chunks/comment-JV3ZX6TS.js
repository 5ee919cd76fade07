import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  renderComment
} from "./chunk-MX75YYXH.js";
import "./chunk-LPFXKZIY.js";
import "./chunk-STODWVS3.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-FWXRZIWZ.js";
import "./chunk-VUOFWVZ7.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import {
  commentMarker
} from "./chunk-JK77RRRX.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";
export {
  commentMarker,
  renderComment
};
