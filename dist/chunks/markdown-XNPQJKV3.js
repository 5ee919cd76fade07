import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_CHARS,
  MIN_MAX_CHARS,
  markerLine,
  mermaidEffectsChart,
  renderMarkdown
} from "./chunk-JYAE4WAB.js";
import "./chunk-A7OMMFT7.js";
export {
  DEFAULT_MAX_CHARS,
  MIN_MAX_CHARS,
  markerLine,
  mermaidEffectsChart,
  renderMarkdown
};
