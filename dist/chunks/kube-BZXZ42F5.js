import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand,
  runKubeCommand
} from "./chunk-FLCOBNDL.js";
import "./chunk-STDFPN4C.js";
import "./chunk-2NBCZU3F.js";
import "./chunk-HH6K3V6D.js";
import "./chunk-P4SZAQJD.js";
export {
  executeKubeCommand,
  runKubeCommand
};
