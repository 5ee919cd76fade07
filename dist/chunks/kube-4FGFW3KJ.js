import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeKubeCommand,
  runKubeCommand
} from "./chunk-WZ55QMOS.js";
import "./chunk-STDFPN4C.js";
import "./chunk-XDYZU5C7.js";
import "./chunk-HH6K3V6D.js";
import "./chunk-P4SZAQJD.js";
export {
  executeKubeCommand,
  runKubeCommand
};
