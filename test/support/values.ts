// Metric results hold per-pair values as typed arrays; tests compare them with plain literals.
import type { MetricResult, NumberValues } from '../../src/types.ts';

export function plain(values: NumberValues | undefined): number[] | undefined {
  return values === undefined ? undefined : Array.from(values);
}

export function plainPaired(paired: MetricResult['paired']): { baseline: number[]; candidate: number[] } | undefined {
  return paired && { baseline: Array.from(paired.baseline), candidate: Array.from(paired.candidate) };
}
