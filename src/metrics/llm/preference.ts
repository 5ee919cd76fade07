// `judge.<rubric id>`: the share of pairs in which the judge model found the rubric's property more in
// the candidate, against the share in which it found it more in the baseline. Paired binary with
// "pass" = this side shows it more: a pair is at most one side's, ties count for neither. The judge's
// exact McNemar test on those discordant pairs is the sign test of the preference, and its paired
// interval bounds the net share (candidate − baseline).
//
// Judge calls run beside the replay, at most the judge's concurrency at a time; the pairs waiting for
// a verdict live beside the state (never in it), and flush waits for them before a merge or finish.

import type { MetricContext, MetricResult, Pair } from '../../types.ts';
import type { JudgeOutcome } from '../../replay/adapters/judge-model.ts';
import { bothOk, countBinary, finishBinary, initBinary, mergeBinary, type BinaryState, type ShadowMetric } from '../metric.ts';
import { PendingCalls } from '../pending-calls.ts';
import { addCounts } from '../stats.ts';
import type { JudgeRubric } from '../../manifest/llm-settings.ts';

interface PreferenceState {
  counts: BinaryState;
  /** Pairs whose verdict failed, by judge failure class. */
  judgeFailures: Record<string, number>;
  /** Pairs the budget left unjudged, by reason. */
  skipped: Record<string, number>;
  /** Votes by the position of the answer picked: a fair judge picks A and B alike over swapped orders. */
  positionVotes: { A: number; B: number; tie: number };
}

/** Judge verdicts awaited per state: at most 256 before observe waits. */
const pendingCalls = new PendingCalls<PreferenceState>(256);

function record(state: PreferenceState, outcome: JudgeOutcome): void {
  if (outcome.status === 'skipped') state.skipped[outcome.why] = (state.skipped[outcome.why] ?? 0) + 1;
  else if (outcome.status === 'failed') state.judgeFailures[outcome.class] = (state.judgeFailures[outcome.class] ?? 0) + 1;
  else {
    const preferred = outcome.verdict.preferred;
    countBinary(state.counts, { pass: preferred === 'baseline' }, { pass: preferred === 'candidate' });
    for (const vote of outcome.verdict.votes) state.positionVotes[vote.more]++;
  }
}

export function preferenceMetric(rubric: JudgeRubric): ShadowMetric<PreferenceState> {
  const meta = { id: `judge.${rubric.id}`, title: `Judge: ${rubric.text}`, unit: 'rate', badDirection: rubric.badDirection ?? ('increase' as const) };
  return {
    id: meta.id,
    title: meta.title,
    applies: (_kind, ctx) => ctx.llm?.judge?.rubrics.some((r) => r.id === rubric.id) ?? false,
    init: () => ({ counts: initBinary(), judgeFailures: {}, skipped: {}, positionVotes: { A: 0, B: 0, tie: 0 } }),
    async observe(state, pair: Pair, ctx: MetricContext) {
      if (!bothOk(pair)) {
        state.counts.excludedFailedPairs++;
        return;
      }
      const judge = ctx.llm!.judge!;
      const task: Promise<void> = judge.judge(pair, rubric.id).then(
        (outcome) => record(state, outcome),
        (e: unknown) => record(state, { status: 'failed', class: 'bad-body', message: String(e) }),
      );
      await pendingCalls.add(state, task);
    },
    flush: (state) => pendingCalls.drain(state),
    merge: (a, b) => ({
      counts: mergeBinary(a.counts, b.counts),
      judgeFailures: addCounts(addCounts({}, a.judgeFailures), b.judgeFailures),
      skipped: addCounts(addCounts({}, a.skipped), b.skipped),
      positionVotes: { A: a.positionVotes.A + b.positionVotes.A, B: a.positionVotes.B + b.positionVotes.B, tie: a.positionVotes.tie + b.positionVotes.tie },
    }),
    finish(state, ctx): MetricResult {
      const result = finishBinary(meta, state.counts);
      const judge = ctx.llm?.judge;
      const decided = state.positionVotes.A + state.positionVotes.B;
      return {
        ...result,
        details: {
          rubric: rubric.text,
          order: judge?.order,
          preferred: { baseline: state.counts.baselineOnly, candidate: state.counts.candidateOnly, tie: state.counts.neither },
          judgeFailures: state.judgeFailures,
          skipped: state.skipped,
          positionVotes: state.positionVotes,
          firstPositionShare: decided > 0 ? state.positionVotes.A / decided : null,
          excludedFailedPairs: state.counts.excludedFailedPairs,
          ...(judge ? { examples: judge.examples(rubric.id, meta.badDirection === 'decrease' ? 'baseline' : 'candidate', 3) } : {}),
        },
      };
    },
  };
}

/** One preference metric per rubric of the configured judge. */
export function preferenceMetrics(ctx: MetricContext): ShadowMetric[] {
  return (ctx.llm?.judge?.rubrics ?? []).map((r) => preferenceMetric(r) as ShadowMetric);
}
