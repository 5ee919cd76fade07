import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  cancelOnSignals
} from "./chunk-JF452ZQX.js";
import "./chunk-A7OMMFT7.js";
export {
  cancelOnSignals
};
