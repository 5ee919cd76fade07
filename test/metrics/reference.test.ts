// Our statistics against independent implementations (SciPy, scikit-learn, rouge-score, RapidFuzz,
// Evidently, NumPy); the expected numbers come from test/fixtures/metrics/generate.py.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cohenKappa, jensenShannonDistance, ksTwoSample, populationStabilityIndex, wasserstein1, type Confusion } from '../../src/metrics/distributions.ts';
import { levenshtein } from '../../src/metrics/levenshtein.ts';
import { withinTolerance } from '../../src/metrics/numeric.ts';
import { percentile, stdPopulation } from '../../src/metrics/stats.ts';
import { rougeL } from '../../src/metrics/text-compare.ts';

interface Section<Case> {
  call: string;
  cases: Case[];
}
interface LabelCase {
  name: string;
  baseline: string[] | Record<string, number>;
  candidate: string[] | Record<string, number>;
  psi: number;
  js: number;
  js_scipy: number;
  kappa: number;
  labels: string[];
  confusion: number[][];
}
interface Reference {
  generator: { versions: Record<string, string> };
  levenshtein: Section<{ a: string; b: string; distance: number }>;
  rouge_l: Section<{ reference: string; candidate: string; fmeasure: number }>;
  ks: Section<{ name: string; a: number[]; b: number[]; statistic: number; pvalue: number }>;
  wasserstein: Section<{ name: string; a: number[] | string; b: number[] | string; wasserstein: number; normed: number }>;
  labels: Section<LabelCase>;
  isclose: Section<{ baseline: number; candidate: number; rtol: number; atol: number; close: boolean }>;
  percentiles: Section<{ values: number[]; p: number; value: number }>;
}

const reference = JSON.parse(readFileSync(new URL('../fixtures/metrics/reference.json', import.meta.url), 'utf8')) as Reference;

function close(actual: number, expected: number, relative: number, what: string): void {
  const tolerance = Math.max(relative * Math.abs(expected), 1e-15);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: got ${actual}, expected ${expected} (±${tolerance})`);
}

function counts(labels: string[] | Record<string, number>): Record<string, number> {
  if (!Array.isArray(labels)) return labels;
  const out: Record<string, number> = {};
  for (const l of labels) out[l] = (out[l] ?? 0) + 1;
  return out;
}

test('fixtures record the generator versions', () => {
  for (const pkg of ['scipy', 'scikit-learn', 'rouge-score', 'rapidfuzz', 'evidently', 'numpy']) assert.ok(reference.generator.versions[pkg], pkg);
});

test('Levenshtein distance equals RapidFuzz on code points', () => {
  assert.ok(reference.levenshtein.cases.length >= 10);
  for (const c of reference.levenshtein.cases)
    assert.equal(levenshtein(c.a, c.b), c.distance, `${JSON.stringify(c.a.slice(0, 20))} vs ${JSON.stringify(c.b.slice(0, 20))}`);
});

test('ROUGE-L F-measure equals rouge-score (ASCII text)', () => {
  for (const c of reference.rouge_l.cases) close(rougeL(c.reference, c.candidate), c.fmeasure, 1e-12, `${c.reference} | ${c.candidate}`);
});

test('two-sample KS statistic and p-value equal scipy.stats.ks_2samp', () => {
  for (const c of reference.ks.cases) {
    const ks = ksTwoSample(c.a, c.b);
    close(ks.statistic, c.statistic, 1e-12, `${c.name} D`);
    const large = Math.max(c.a.length, c.b.length) > 10_000;
    if (!large) close(ks.pValue, c.pvalue, 1e-8, `${c.name} p`);
    // Beyond 10,000 values SciPy's `auto` switches to its asymptotic kstwo law while ours stays exact when
    // affordable (test/judge/power.test.ts checks it against method='exact'): the two agree closely.
    else close(ks.pValue, c.pvalue, 0.01, `${c.name} p (SciPy asymptotic)`);
  }
});

test('Wasserstein-1 and normed W1 equal SciPy and Evidently', () => {
  for (const c of reference.wasserstein.cases) {
    const source = typeof c.a === 'string' ? reference.ks.cases.find((k) => k.name === c.name) : c;
    assert.ok(source);
    const a = source.a as number[];
    const b = source.b as number[];
    close(wasserstein1(a, b), c.wasserstein, 1e-9, `${c.name} W1`);
    close(wasserstein1(a, b) / Math.max(stdPopulation(a), 0.001), c.normed, 1e-9, `${c.name} normed`);
  }
});

test('PSI equals Evidently, JS distance equals Evidently and SciPy, κ and confusion equal scikit-learn', () => {
  for (const c of reference.labels.cases) {
    const b = counts(c.baseline);
    const k = counts(c.candidate);
    close(populationStabilityIndex(b, k), c.psi, 1e-9, `${c.name} PSI`);
    close(jensenShannonDistance(b, k), c.js, 1e-9, `${c.name} JS`);
    close(jensenShannonDistance(b, k), c.js_scipy, 1e-9, `${c.name} JS (scipy)`);
    const confusion: Confusion = {};
    c.labels.forEach((row, i) => {
      confusion[row] = {};
      c.labels.forEach((col, j) => {
        const n = c.confusion[i]?.[j] ?? 0;
        if (n) (confusion[row] as Record<string, number>)[col] = n;
      });
    });
    close(cohenKappa(confusion), c.kappa, 1e-9, `${c.name} kappa`);
  }
});

test('tolerance check equals numpy.isclose(candidate, baseline)', () => {
  for (const c of reference.isclose.cases) assert.equal(withinTolerance(c.baseline, c.candidate, c.rtol, c.atol), c.close, JSON.stringify(c));
});

test('percentiles equal numpy.percentile (linear)', () => {
  for (const c of reference.percentiles.cases) close(percentile(c.values, c.p), c.value, 1e-12, `p${c.p}`);
});
