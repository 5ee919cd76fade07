import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// src/shadow/shard.ts
var WHOLE = { index: 1, count: 1 };
var MAX_SHARDS = 256;
function parseShard(value, name = "--shard") {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UserError(
      `${name} must be I/N with 1 \u2264 I \u2264 N \u2264 ${MAX_SHARDS} (got "${value}")`,
      void 0,
      "e.g. 3/8 for the third of eight shards (a matrix job passes ${{ matrix.shard }}/${{ strategy.job-total }})"
    );
  }
  return { index, count };
}
function describeShard(shard) {
  return `${shard.index}/${shard.count}`;
}
function shardOfIndex(k, count) {
  return k % count + 1;
}
function shardFilter(shard) {
  if (shard.count === 1) return void 0;
  return (k) => shardOfIndex(k, shard.count) === shard.index;
}

export {
  WHOLE,
  MAX_SHARDS,
  parseShard,
  describeShard,
  shardOfIndex,
  shardFilter
};
