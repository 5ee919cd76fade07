import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_CHARS,
  MIN_MAX_CHARS,
  markerLine,
  mermaidEffectsChart,
  renderMarkdown
} from "./chunk-KPJPFKBF.js";
import "./chunk-V3J77E6H.js";
import "./chunk-6HG2IZNQ.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";
export {
  DEFAULT_MAX_CHARS,
  MIN_MAX_CHARS,
  markerLine,
  mermaidEffectsChart,
  renderMarkdown
};
