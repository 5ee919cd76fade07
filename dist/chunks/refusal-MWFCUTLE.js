import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  isKubeRefusal
} from "./chunk-AZ7WLE3K.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";
export {
  KubeRefusal,
  REFUSAL_EXIT_CODES,
  isKubeRefusal
};
