import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MAX_SHARDS,
  WHOLE,
  describeShard,
  parseShard,
  shardFilter,
  shardOfIndex
} from "./chunk-KECYDWVI.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-A7OMMFT7.js";
export {
  MAX_SHARDS,
  WHOLE,
  describeShard,
  parseShard,
  shardFilter,
  shardOfIndex
};
