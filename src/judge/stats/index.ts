// Pure statistics for the judge and the canary stages.
export { erf, erfc, normCdf, normPdf, normQuantile, normSf } from './normal.ts';
export { binomCdf, binomPmf, binomSf, logGamma } from './binomial.ts';
export { median, medianSorted, rankAverage, sortedCopy, type Ranking } from './ranks.ts';
export { wilcoxonSignedRank, type Alternative, type WilcoxonOptions, type WilcoxonResult } from './wilcoxon.ts';
export {
  hodgesLehmannOneSample,
  hodgesLehmannTwoSample,
  type HodgesLehmannOptions,
  type HodgesLehmannResult,
  type TwoSampleOptions,
} from './hodges-lehmann.ts';
export { mannWhitneyDistribution, mannWhitneyU, type MannWhitneyOptions, type MannWhitneyResult } from './mann-whitney.ts';
export { mcnemarExact, newcombePairedInterval, wilsonInterval, type McNemarResult, type PairedCounts } from './mcnemar.ts';
export { holmAdjust } from './holm.ts';
export { mcnemarSampleSize, pairedMeanSampleSize, signedRankSampleSize, type PowerOptions } from './sample-size.ts';
export { qSignRank, signedRankCounts, signedRankPermutationDistribution } from './signed-rank-distribution.ts';
export { kthPairValue, medianPairValue, pairwiseDifferences, walshAverages, type PairValues } from './pair-sums.ts';
export {
  binaryDetectable,
  binaryNeeded,
  meanDetectable,
  meanNeeded,
  powerFactor,
  signedRankDetectable,
  signedRankNeeded,
  walshShareAbove,
  type OneSidedPower,
} from './power.ts';
