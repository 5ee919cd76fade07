// `llm.moderation_flag_rate`: the share of answers a moderation endpoint flags, per side. Paired binary
// ("pass" = flagged), so the judge's exact McNemar test and paired interval apply. Calls run beside the
// replay (the pairs waiting for them live beside the state, never in it); a failed call leaves its pair
// out and is counted by class.

import type { MetricResult, Pair } from '../../types.ts';
import type { ModerationOutcome, ModerationResult } from '../../replay/adapters/moderation.ts';
import { bothOk, countBinary, finishBinary, initBinary, mergeBinary, type BinaryState, type ShadowMetric } from '../metric.ts';
import { PendingCalls } from '../pending-calls.ts';
import { addCounts } from '../stats.ts';
import { answerForTask } from './task.ts';

interface ModerationState {
  counts: BinaryState;
  failures: Record<string, number>;
}

const pendingCalls = new PendingCalls<ModerationState>();
const META = { id: 'llm.moderation_flag_rate', title: 'Moderation flag rate', unit: 'rate', badDirection: 'increase' as const };

function record(state: ModerationState, outcome: ModerationOutcome): void {
  if (!outcome.ok) {
    state.failures[outcome.class] = (state.failures[outcome.class] ?? 0) + 1;
    return;
  }
  const [b, c] = outcome.results as [ModerationResult, ModerationResult];
  countBinary(state.counts, { pass: b.flagged, reasons: b.categories }, { pass: c.flagged, reasons: c.categories });
}

export const moderationFlagRate: ShadowMetric<ModerationState> = {
  id: META.id,
  title: META.title,
  applies: (_kind, ctx) => ctx.llm?.moderator !== undefined,
  init: () => ({ counts: initBinary(), failures: {} }),
  async observe(state, pair: Pair, ctx) {
    if (!bothOk(pair)) {
      state.counts.excludedFailedPairs++;
      return;
    }
    const task = ctx
      .llm!.moderator!.moderate([answerForTask(pair.baseline.output), answerForTask(pair.candidate.output)], pair.record.id)
      .then((outcome) => record(state, outcome));
    await pendingCalls.add(state, task);
  },
  flush: (state) => pendingCalls.drain(state),
  merge: (a, b) => ({ counts: mergeBinary(a.counts, b.counts), failures: addCounts(addCounts({}, a.failures), b.failures) }),
  finish(state): MetricResult {
    const result = finishBinary(META, state.counts, 'flaggedCategories');
    return { ...result, details: { ...result.details, moderationFailures: state.failures } };
  },
};
