// The statistical judge: metric results in, one verdict out.
export { judge, describeDivergence, describeFailures, EXIT_CODES, HEADLINE_DIVERGENCE, type JudgeSettings } from './judge.ts';
export {
  agreementReference,
  defaultGates,
  effectiveGates,
  COMMON_DEFAULT_GATES,
  KIND_DEFAULT_GATES,
  AGREEMENT_DROP_THRESHOLD,
  AGREEMENT_FLOOR,
  EXACT_AGREEMENT_METRICS,
  AGREEMENT_TOLERANCE,
  RATE_THRESHOLD,
  RATE_TOLERANCE,
  RATIO_THRESHOLD,
  RATIO_TOLERANCE,
} from './gates.ts';
export { evaluateMetric, type Evaluation, type EvaluationSettings } from './evaluate.ts';
