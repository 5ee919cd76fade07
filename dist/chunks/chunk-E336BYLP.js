import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  evaluateShard,
  finishShadow,
  mergePartials,
  partialFileName,
  readPartial,
  settleHeapAfterReplay,
  writePartial
} from "./chunk-IJ4RZSE4.js";
import {
  describeShard
} from "./chunk-QSZ4LTE2.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// node-builtin:node:path?isAbsolute,relative,resolve
var builtin = process.getBuiltinModule("node:path");
var isAbsolute = builtin.isAbsolute;
var relative = builtin.relative;
var resolve = builtin.resolve;

// node-builtin:node:fs/promises?glob,stat
var builtin2 = process.getBuiltinModule("node:fs/promises");
var glob = builtin2.glob;
var stat = builtin2.stat;

// node-builtin:node:path?resolve
var builtin3 = process.getBuiltinModule("node:path");
var resolve2 = builtin3.resolve;

// src/shadow/part-files.ts
var GLOB_CHARS = /[*?[\]{}]/;
var PART_FILES = "**/shadowgate-part-*-of-*.json";
async function matches(pattern, cwd) {
  const found = [];
  for await (const path of glob(pattern, { cwd })) found.push(resolve2(cwd, path));
  return found.sort();
}
async function expandPartPaths(args, cwd) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (absolute) => {
    if (!seen.has(absolute)) files.push(absolute);
    seen.add(absolute);
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const found2 = await matches(arg, cwd);
      if (found2.length === 0) throw new UserError(`no file matches ${arg}`, void 0, "give the part files, or the folder they were downloaded to");
      found2.forEach(add);
      continue;
    }
    const absolute = resolve2(cwd, arg);
    const info = await stat(absolute).catch(() => void 0);
    if (!info) throw new UserError(`part not found: ${arg}`, { file: arg }, "give the part files, or the folder they were downloaded to");
    if (!info.isDirectory()) {
      add(absolute);
      continue;
    }
    const found = await matches(PART_FILES, absolute);
    if (found.length === 0) {
      throw new UserError(
        `no part files (shadowgate-part-I-of-N.json) in the folder ${arg}`,
        { file: arg },
        "did the shard jobs upload their parts, and the merge job download them there?"
      );
    }
    found.forEach(add);
  }
  return files;
}

// src/commands/shards.ts
function shownPath(base, absolute) {
  const rel = relative(base, absolute);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}
async function runShard(options, log) {
  const { partial, live } = await evaluateShard(options, log);
  live.close();
  settleHeapAfterReplay(partial.replay.pairs, log);
  const started = performance.now();
  const path = resolve(options.repoRoot, options.outDir, partialFileName(options.shard));
  await writePartial(partial, path);
  log.debug(`timing: write part ${Math.round(performance.now() - started)} ms (rss ${Math.round(process.memoryUsage().rss / 1048576)} MB)`);
  const failed = Object.values(partial.replay.failed).reduce((a, b) => a + (b ?? 0), 0);
  const summaryLine = `${partial.identity.service}: shard ${describeShard(options.shard)} \u2014 ${partial.replay.pairs} pairs, ${failed} failed requests; part written, merge all ${options.shard.count} parts for the verdict`;
  log.info(summaryLine);
  return { path, summaryLine };
}
async function runMerge(files, options, log) {
  const paths = await expandPartPaths(files, options.repoRoot);
  async function* parts() {
    for (const path of paths) yield { partial: await readPartial(path), source: shownPath(options.repoRoot, path) };
  }
  const started = performance.now();
  const merged = await mergePartials(parts());
  const rss = Math.round(process.memoryUsage().rss / 1048576);
  log.debug(`timing: read and merge ${paths.length} parts ${Math.round(performance.now() - started)} ms (rss ${rss} MB)`);
  log.info(`${merged.identity.service}: merged ${merged.shards} shards, ${merged.replay.pairs} pairs`);
  return finishShadow(merged, options, log);
}

export {
  runShard,
  runMerge
};
