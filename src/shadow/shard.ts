// Which shard of a run a record belongs to: decided by its place among the sampled records of the dataset,
// so every shard job of a run (and every re-run) splits it the same way, the shards are disjoint, and
// together they hold every record.
import { UserError } from '../errors.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The whole dataset as one shard: the unsharded run. */
export const WHOLE: Shard = { index: 1, count: 1 };

/** More shards than this would leave most of them with next to nothing to do. */
export const MAX_SHARDS = 256;

/** `I/N` as a user writes it (`--shard 3/8`, the action's `shard` input). */
export function parseShard(value: string, name = '--shard'): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UserError(
      `${name} must be I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (got "${value}")`,
      undefined,
      'e.g. 3/8 for the third of eight shards (a matrix job passes ${{ matrix.shard }}/${{ strategy.job-total }})',
    );
  }
  return { index, count };
}

export function describeShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * The shard (1-based) of the k-th sampled record (0-based, in dataset order), out of `count`: the records
 * are dealt round-robin. Every shard job reads the same dataset (merge checks its digest), so the split is
 * the same in every job and on every re-run; and the shards differ by at most one record, so none of them
 * runs longer than the others (a split by a hash of the id leaves them √n apart: 4.6 % at 1,000 records each).
 */
export function shardOfIndex(k: number, count: number): number {
  return (k % count) + 1;
}

/** A predicate keeping the records of one shard, or undefined for the whole dataset. */
export function shardFilter(shard: Shard): ((sampledIndex: number) => boolean) | undefined {
  if (shard.count === 1) return undefined;
  return (k) => shardOfIndex(k, shard.count) === shard.index;
}
