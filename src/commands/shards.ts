// `shadow --shard I/N` (replay one shard, write its part) and `merge PARTS…` (check, merge exactly,
// judge once, write the reports): the two halves of a run spread over a workflow matrix.
import { isAbsolute, relative, resolve } from 'node:path';
import type { Log } from '../log.ts';
import { evaluateShard, finishShadow, settleHeapAfterReplay, type FinishedShadow, type FinishOptions, type ShadowOptions } from './shadow.ts';
import { mergePartials } from '../shadow/merge.ts';
import { partialFileName, readPartial, writePartial } from '../shadow/partial.ts';
import { describeShard, type Shard } from '../shadow/shard.ts';
import { expandPartPaths } from '../shadow/part-files.ts';

/** A part's path as errors show it: relative to the working folder when inside it. */
function shownPath(base: string, absolute: string): string {
  const rel = relative(base, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

export interface ShardRun {
  /** The part file written. */
  path: string;
  /** One line for logs: service, shard, pairs, failed requests. */
  summaryLine: string;
}

/** Replays one shard and writes its part into `options.outDir` (no judgement: that needs every shard). */
export async function runShard(options: ShadowOptions & { shard: Shard }, log: Log): Promise<ShardRun> {
  const { partial, live } = await evaluateShard(options, log);
  // The part holds the moderation results: their connections close now (a shard finishes no metric).
  live.close();
  // Encoding the part sorts and copies each column: let it reuse what the replay freed.
  settleHeapAfterReplay(partial.replay.pairs, log);
  const started = performance.now();
  const path = resolve(options.repoRoot, options.outDir, partialFileName(options.shard));
  await writePartial(partial, path);
  log.debug(`timing: write part ${Math.round(performance.now() - started)} ms (rss ${Math.round(process.memoryUsage().rss / 1048576)} MB)`);
  const failed = Object.values(partial.replay.failed).reduce((a, b) => a + (b ?? 0), 0);
  const summaryLine = `${partial.identity.service}: shard ${describeShard(options.shard)} — ${partial.replay.pairs} pairs, ${failed} failed requests; part written, merge all ${options.shard.count} parts for the verdict`;
  log.info(summaryLine);
  return { path, summaryLine };
}

/**
 * Reads every part (files, folders or globs; each problem a UserError naming its file), checks they make one whole run, merges
 * them and finishes like an unsharded run. Nothing is written unless every check passes.
 */
export async function runMerge(files: readonly string[], options: FinishOptions, log: Log): Promise<FinishedShadow> {
  const paths = await expandPartPaths(files, options.repoRoot);
  // One part in memory at a time: each is read, checked and folded in before the next is read.
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
