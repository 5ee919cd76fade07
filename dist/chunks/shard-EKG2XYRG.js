import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MAX_SHARDS,
  WHOLE,
  describeShard,
  parseShard,
  shardFilter,
  shardOfIndex
} from "./chunk-QSZ4LTE2.js";
import "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";
export {
  MAX_SHARDS,
  WHOLE,
  describeShard,
  parseShard,
  shardFilter,
  shardOfIndex
};
