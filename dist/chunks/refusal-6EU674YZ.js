import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  isKubeRefusal
} from "./chunk-WAVUZM5W.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-A7OMMFT7.js";
export {
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  isKubeRefusal
};
