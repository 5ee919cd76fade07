// Simulated runs for the judge: the metric results a replay of n pairs would produce for each output kind,
// under the A/A hypothesis (candidate = baseline model) or with one regression at a gate's threshold.
// Models: independent per-pair draws on each side (two calls of a sampled model), lognormal latency and
// tokens, 0/1 agreement scores with a self-agreement rate, graded text similarity.
import { AGREEMENT_FLOOR } from '../../src/judge/index.ts';
import type { MetricResult, OutputKind } from '../../src/types.ts';
import { seededRandom } from '../support/random.ts';

export interface Rng {
  uniform(): number;
  normal(): number;
  bernoulli(p: number): boolean;
}

export function rng(seed: number): Rng {
  const u = seededRandom(seed);
  return {
    uniform: u,
    normal: () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u()),
    bernoulli: (p) => u() < p,
  };
}

/** What one simulated run changes: nothing (A/A) or one metric, by the size of its default threshold. */
export interface Scenario {
  kind: OutputKind;
  n: number;
  /** Replay the baseline twice (agreement metrics carry A/A scores). */
  noiseFloor: boolean;
  /** The metric with a regression at its threshold; undefined for A/A. */
  regress?: string;
}

/** Baseline rates and spreads of the simulated service. */
export const WORLD = {
  successRate: 0.97,
  parseRate: 0.95,
  schemaRate: 0.93,
  validToolRate: 0.95,
  latencyMedian: 500,
  latencySigma: 0.4,
  tokensMedian: 300,
  tokensSigma: 0.25,
  /** Self-agreement of the sampled model (share of identical answers when asked twice). */
  selfAgreement: { withFloor: 0.7, withoutFloor: 0.96 },
  /** Graded similarity of two answers of the same model. */
  similarityMean: 0.6,
  similaritySpread: 0.15,
  numericMedian: 40,
  numericSigma: 0.3,
} as const;

/** The regression sizes at the default thresholds (gates.ts). */
export const AT_THRESHOLD = { rateDrop: 0.02, ratio: 1.2, agreementDrop: 0.05 } as const;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function binary(id: string, n: number, baselineRate: number, candidateRate: number, r: Rng): MetricResult {
  const counts = { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neither: 0 };
  for (let i = 0; i < n; i++) {
    const b = r.bernoulli(baselineRate);
    const c = r.bernoulli(candidateRate);
    if (b && c) counts.bothPass++;
    else if (b) counts.baselineOnly++;
    else if (c) counts.candidateOnly++;
    else counts.neither++;
  }
  return { id, title: id, unit: 'rate', test: 'paired-binary', badDirection: 'decrease', n, binary: counts };
}

function lognormalPairs(
  id: string,
  unit: string,
  n: number,
  median: number,
  sigma: number,
  factor: number,
  r: Rng,
  badDirection: MetricResult['badDirection'] = 'increase',
): MetricResult {
  const baseline = new Float64Array(n);
  const candidate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    baseline[i] = median * Math.exp(sigma * r.normal());
    candidate[i] = factor * median * Math.exp(sigma * r.normal());
  }
  return { id, title: id, unit, test: 'paired-continuous', badDirection, n, paired: { baseline, candidate } };
}

/**
 * 0/1 agreement: A/A pairs agree with probability q. A regression puts the candidate's agreement `drop` below
 * the reference the gate compares with: the A/A level with the floor, AGREEMENT_FLOOR without.
 */
function exactAgreement(id: string, n: number, q: number, drop: number, noiseFloor: boolean, r: Rng): MetricResult {
  const values = new Float64Array(n);
  const noise = noiseFloor ? new Float64Array(n) : undefined;
  const p = drop > 0 ? (noiseFloor ? q : AGREEMENT_FLOOR) - drop : q;
  for (let i = 0; i < n; i++) {
    values[i] = r.bernoulli(p) ? 1 : 0;
    if (noise) noise[i] = r.bernoulli(q) ? 1 : 0;
  }
  return { id, title: id, unit: 'score', test: 'agreement', badDirection: 'decrease', n, agreement: { values, ...(noise ? { noise } : {}), threshold: 1 } };
}

/** Graded similarity around mean − drop (clipped to [0, 1]); A/A scores around the mean. */
function gradedAgreement(id: string, n: number, centre: number, drop: number, noiseFloor: boolean, r: Rng): MetricResult {
  const values = new Float64Array(n);
  const noise = noiseFloor ? new Float64Array(n) : undefined;
  for (let i = 0; i < n; i++) {
    values[i] = clamp01(centre - drop + WORLD.similaritySpread * r.normal());
    if (noise) noise[i] = clamp01(centre + WORLD.similaritySpread * r.normal());
  }
  return { id, title: id, unit: 'score', test: 'agreement', badDirection: 'decrease', n, agreement: { values, ...(noise ? { noise } : {}), threshold: 0.75 } };
}

/** The metric results of one simulated run under a scenario. */
export function simulateRun(scenario: Scenario, r: Rng): MetricResult[] {
  const { kind, n, noiseFloor, regress } = scenario;
  const drop = (id: string) => (regress === id ? AT_THRESHOLD.rateDrop : 0);
  const factor = (id: string) => (regress === id ? AT_THRESHOLD.ratio : 1);
  const agreementDrop = (id: string) => (regress === id ? AT_THRESHOLD.agreementDrop : 0);
  const q = noiseFloor ? WORLD.selfAgreement.withFloor : WORLD.selfAgreement.withoutFloor;
  const results: MetricResult[] = [
    binary('requests.success_rate', n, WORLD.successRate, WORLD.successRate - drop('requests.success_rate'), r),
    lognormalPairs('latency.ms', 'ms', n, WORLD.latencyMedian, WORLD.latencySigma, factor('latency.ms'), r),
  ];
  if (kind !== 'numeric' && kind !== 'label')
    results.push(lognormalPairs('tokens.total', 'tokens', n, WORLD.tokensMedian, WORLD.tokensSigma, factor('tokens.total'), r));
  switch (kind) {
    case 'json':
      results.push(
        binary('json.parse_rate', n, WORLD.parseRate, WORLD.parseRate - drop('json.parse_rate'), r),
        binary('json.schema_pass', n, WORLD.schemaRate, WORLD.schemaRate - drop('json.schema_pass'), r),
        exactAgreement('json.deep_equal', n, q, agreementDrop('json.deep_equal'), noiseFloor, r),
      );
      break;
    case 'label':
      results.push(exactAgreement('label.agreement', n, q, agreementDrop('label.agreement'), noiseFloor, r));
      break;
    case 'tool-calls':
      results.push(
        binary('tools.valid', n, WORLD.validToolRate, WORLD.validToolRate - drop('tools.valid'), r),
        exactAgreement('tools.name_f1', n, q, agreementDrop('tools.name_f1'), noiseFloor, r),
      );
      break;
    case 'numeric':
      results.push(
        lognormalPairs('numeric.value', 'value', n, WORLD.numericMedian, WORLD.numericSigma, factor('numeric.value'), r, 'either'),
        exactAgreement('numeric.within_tolerance', n, q, agreementDrop('numeric.within_tolerance'), noiseFloor, r),
      );
      break;
    case 'text':
      results.push(exactAgreement('text.exact_match', n, q, 0, noiseFloor, r));
      if (noiseFloor) results.push(gradedAgreement('text.rouge_l', n, WORLD.similarityMean, agreementDrop('text.rouge_l'), true, r));
      // Without the floor the reference is the metric's threshold (0.75): a regression sits `drop` below it.
      else results.push(gradedAgreement('text.rouge_l', n, regress === 'text.rouge_l' ? 0.75 : 0.9, agreementDrop('text.rouge_l'), false, r));
      break;
  }
  return results;
}
