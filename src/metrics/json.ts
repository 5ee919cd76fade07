// JSON answers: does each side parse, does it satisfy the output schema, do the two agree.

import type { MetricResult, Pair } from '../types.ts';
import { parseJsonText } from './extract.ts';
import { changedPaths } from './json-diff.ts';
import { binaryMetric, bothOk, finishAgreement, initAgreement, mergeAgreement, type AgreementState, type ShadowMetric } from './metric.ts';
import { schemaErrorReason, validatorFor, withAjv } from './schema.ts';
import { addCounts, topCounts } from './stats.ts';

export const parseRate = binaryMetric({
  id: 'json.parse_rate',
  title: 'Answer parses as JSON',
  unit: 'rate',
  badDirection: 'decrease',
  applies: (kind) => kind === 'json',
  check: (output) => (parseJsonText(output?.text).ok ? { pass: true } : { pass: false, reasons: [output?.text === undefined ? 'no text' : 'not JSON'] }),
});

export const schemaPass = withAjv(
  binaryMetric({
    id: 'json.schema_pass',
    title: 'Answer satisfies the output schema',
    unit: 'rate',
    badDirection: 'decrease',
    applies: (kind, ctx) => kind === 'json' && ctx.outputSchema !== undefined,
    check(output, _side, ctx) {
      const parsed = parseJsonText(output?.text);
      if (!parsed.ok) return { pass: false, reasons: ['not JSON'] };
      const validate = validatorFor(ctx.outputSchema as Record<string, unknown>, 'The output schema');
      return validate(parsed.value) ? { pass: true } : { pass: false, reasons: [schemaErrorReason(validate.errors)] };
    },
  }),
);

/** Field paths whose counts the report shows. */
const TOP_PATHS = 20;

interface DeepEqualState extends AgreementState {
  /** How many compared pairs changed each JSON Pointer. */
  paths: Record<string, number>;
  /** Pairs where a side's answer did not parse (they never agree). */
  unparsed: number;
}

const DEEP_EQUAL = { id: 'json.deep_equal', title: 'JSON answers are deep-equal', unit: 'rate', badDirection: 'decrease' } as const;

/** Agreement 1/0: both parse and are structurally equal (key order ignored). Invalid JSON never agrees. */
export const deepEqualMetric: ShadowMetric<DeepEqualState> = {
  id: DEEP_EQUAL.id,
  title: DEEP_EQUAL.title,
  applies: (kind) => kind === 'json',
  init: (ctx) => ({ ...initAgreement(ctx), paths: {}, unparsed: 0 }),
  observe(state, pair: Pair) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const b = parseJsonText(pair.baseline.output?.text);
    const c = parseJsonText(pair.candidate.output?.text);
    if (!b.ok || !c.ok) {
      state.unparsed++;
      state.values.push(0, pair.record.line);
    } else {
      const changed = changedPaths(b.value, c.value);
      for (const path of changed) state.paths[path] = (state.paths[path] ?? 0) + 1;
      state.values.push(changed.length === 0 ? 1 : 0, pair.record.line);
    }
    if (pair.baselineRepeat?.ok) {
      const r = parseJsonText(pair.baselineRepeat.output?.text);
      state.noise.push(b.ok && r.ok && changedPaths(b.value, r.value, 1).length === 0 ? 1 : 0, pair.record.line);
    }
  },
  merge: (a, b) => ({ ...mergeAgreement(a, b), paths: addCounts(addCounts({}, a.paths), b.paths), unparsed: a.unparsed + b.unparsed }),
  finish(state): MetricResult {
    return finishAgreement(DEEP_EQUAL, state, 1, {
      changedPaths: topCounts(state.paths, TOP_PATHS).map(({ key, count }) => ({ path: key, count })),
      distinctChangedPaths: Object.keys(state.paths).length,
      unparsedPairs: state.unparsed,
    });
  },
};

export const jsonMetrics: ShadowMetric[] = [parseRate, schemaPass, deepEqualMetric] as ShadowMetric[];
