// Class-label answers: per-pair agreement (flips, Cohen's κ, confusion) and drift of the label mix.

import type { MetricContext, MetricResult, Pair } from '../types.ts';
import { cohenKappa, confusionMarginals, jensenShannonDistance, populationStabilityIndex, type Confusion } from './distributions.ts';
import { extractLabel } from './extract.ts';
import { bothOk, finishAgreement, initAgreement, mergeAgreement, resultHeader, type AgreementState, type ShadowMetric } from './metric.ts';
import { addCounts, finiteOrNull } from './stats.ts';

/** Labels shown in the report's confusion matrix; the rest are summed as `(other)`. */
const CONFUSION_LABELS = 20;

function mergeConfusion(a: Confusion, b: Confusion): Confusion {
  const out: Confusion = {};
  for (const source of [a, b]) for (const [row, cells] of Object.entries(source)) out[row] = addCounts(out[row] ?? {}, cells);
  return out;
}

/** The confusion matrix restricted to the most frequent labels, for display. */
function displayConfusion(confusion: Confusion): { labels: string[]; matrix: number[][] } {
  const { baseline, candidate } = confusionMarginals(confusion);
  const totals = addCounts(addCounts({}, baseline), candidate);
  const ranked = Object.keys(totals).sort((x, y) => (totals[y] as number) - (totals[x] as number) || (x < y ? -1 : 1));
  const shown = ranked.slice(0, CONFUSION_LABELS);
  const labels = ranked.length > shown.length ? [...shown, '(other)'] : shown;
  const index = (label: string): number => {
    const i = shown.indexOf(label);
    return i >= 0 ? i : shown.length;
  };
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [b, row] of Object.entries(confusion)) {
    for (const [c, count] of Object.entries(row)) {
      const cells = matrix[index(b)] as number[];
      cells[index(c)] = (cells[index(c)] as number) + count;
    }
  }
  return { labels, matrix };
}

interface LabelAgreementState extends AgreementState {
  /** confusion[baselineLabel][candidateLabel] = pairs. */
  confusion: Confusion;
  /** Answers whose label is not among OutputSpec.labels, per side. */
  undeclared: { baseline: number; candidate: number };
}

const AGREEMENT = { id: 'label.agreement', title: 'Label agreement', unit: 'rate', badDirection: 'decrease' } as const;

function isUndeclared(label: string, ctx: MetricContext): boolean {
  return ctx.output.labels !== undefined && !ctx.output.labels.includes(label);
}

export const labelAgreement: ShadowMetric<LabelAgreementState> = {
  id: AGREEMENT.id,
  title: AGREEMENT.title,
  applies: (kind) => kind === 'label',
  init: (ctx) => ({ ...initAgreement(ctx), confusion: {}, undeclared: { baseline: 0, candidate: 0 } }),
  observe(state, pair: Pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const b = extractLabel(pair.baseline.output, ctx.output);
    const c = extractLabel(pair.candidate.output, ctx.output);
    state.values.push(b === c ? 1 : 0, pair.record.line);
    const row = (state.confusion[b] ??= {});
    row[c] = (row[c] ?? 0) + 1;
    if (isUndeclared(b, ctx)) state.undeclared.baseline++;
    if (isUndeclared(c, ctx)) state.undeclared.candidate++;
    if (pair.baselineRepeat?.ok) state.noise.push(extractLabel(pair.baselineRepeat.output, ctx.output) === b ? 1 : 0, pair.record.line);
  },
  merge: (a, b) => ({
    ...mergeAgreement(a, b),
    confusion: mergeConfusion(a.confusion, b.confusion),
    undeclared: { baseline: a.undeclared.baseline + b.undeclared.baseline, candidate: a.undeclared.candidate + b.undeclared.candidate },
  }),
  finish(state): MetricResult {
    const n = state.values.length;
    const agree = state.values.values().reduce((sum, v) => sum + v, 0);
    return finishAgreement(AGREEMENT, state, 1, {
      flipRate: n ? (n - agree) / n : null,
      cohenKappa: finiteOrNull(cohenKappa(state.confusion)),
      confusion: displayConfusion(state.confusion),
      undeclaredLabels: state.undeclared,
    });
  },
};

// ───────────── label mix drift ─────────────

interface MarginalState {
  baseline: Record<string, number>;
  candidate: Record<string, number>;
  excludedFailedPairs: number;
}

function shareTable(counts: Record<string, number>): Record<string, number> {
  const total = Object.values(counts).reduce((s, v) => s + v, 0);
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / total]));
}

function marginalMetric(spec: {
  id: string;
  title: string;
  threshold: number;
  distance: (b: Record<string, number>, c: Record<string, number>) => number;
}): ShadowMetric<MarginalState> {
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind) => kind === 'label',
    init: () => ({ baseline: {}, candidate: {}, excludedFailedPairs: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = extractLabel(pair.baseline.output, ctx.output);
      const c = extractLabel(pair.candidate.output, ctx.output);
      state.baseline[b] = (state.baseline[b] ?? 0) + 1;
      state.candidate[c] = (state.candidate[c] ?? 0) + 1;
    },
    merge: (a, b) => ({
      baseline: addCounts(addCounts({}, a.baseline), b.baseline),
      candidate: addCounts(addCounts({}, a.candidate), b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
    }),
    finish(state): MetricResult {
      const n = Object.values(state.baseline).reduce((s, v) => s + v, 0);
      const value = n ? spec.distance(state.baseline, state.candidate) : Number.NaN;
      return {
        ...resultHeader({ id: spec.id, title: spec.title, unit: 'distance', badDirection: 'increase' }),
        test: 'distance',
        n,
        ...(n ? { candidate: value, distance: { value, threshold: spec.threshold } } : {}),
        details: {
          baselineShares: n ? shareTable(state.baseline) : {},
          candidateShares: n ? shareTable(state.candidate) : {},
          excludedFailedPairs: state.excludedFailedPairs,
        },
      };
    },
  };
}

/** PSI of the candidate's label mix against the baseline's; Evidently's empty-bin epsilon; drift at ≥ 0.1. */
export const labelPsi = marginalMetric({ id: 'label.distribution_psi', title: 'Label mix drift (PSI)', threshold: 0.1, distance: populationStabilityIndex });

/** Jensen–Shannon distance (base 2) of the two label mixes; drift at ≥ 0.1. */
export const labelJs = marginalMetric({
  id: 'label.distribution_js',
  title: 'Label mix drift (Jensen–Shannon distance)',
  threshold: 0.1,
  distance: jensenShannonDistance,
});

export const labelMetrics: ShadowMetric[] = [labelAgreement, labelPsi, labelJs] as ShadowMetric[];
