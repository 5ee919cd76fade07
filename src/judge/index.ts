// The statistical judge: metric results in, one verdict out.
export { judge, EXIT_CODES, type JudgeSettings } from './judge.ts';
export {
  defaultGates,
  effectiveGates,
  COMMON_DEFAULT_GATES,
  KIND_DEFAULT_GATES,
  AGREEMENT_DROP_THRESHOLD,
  AGREEMENT_TOLERANCE,
  RATE_THRESHOLD,
  RATE_TOLERANCE,
  RATIO_THRESHOLD,
  RATIO_TOLERANCE,
} from './gates.ts';
export { evaluateMetric, type Evaluation, type EvaluationSettings } from './evaluate.ts';
