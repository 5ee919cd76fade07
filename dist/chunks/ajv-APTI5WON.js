import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-EXUZDMSU.js";
import "./chunk-II2JNEE6.js";
import "./chunk-ATN736FA.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";
export default require_ajv();
