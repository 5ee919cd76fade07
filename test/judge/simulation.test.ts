// The judge's error rates, measured by simulation with fixed seeds (models in simulate.ts):
//   size  — an A/A run (candidate = baseline model) passes with probability ≥ 95 %, for every output kind,
//           with and without the noise floor;
//   power — a regression at a gate's threshold is not passed with probability ≥ 80 % at the pairs the judge
//           itself reports for that gate (read from a pilot run, as a user would read the report).
// Monte-Carlo error is allowed at the one-sided 1 % level: rate ≤ 5 % + 2.33·SE, power ≥ 80 % − 2.33·SE.
// Fast by default (npm test, ~15 s of CPU); SHADOWGATE_LONG_SIM=1 runs every default gate with more runs
// (1,000 each; 300 where the stated n passes 2,000 pairs), several minutes on an idle core.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../../src/judge/index.ts';
import type { OutputKind } from '../../src/types.ts';
import { AT_THRESHOLD, rng, simulateRun, type Scenario } from './simulate.ts';

const LONG = process.env.SHADOWGATE_LONG_SIM === '1';
const AA_RUNS = LONG ? 1000 : 120;
const powerRuns = (n: number): number => (LONG ? (n > 2000 ? 300 : 1000) : 200);
const KINDS: OutputKind[] = ['json', 'label', 'text', 'numeric', 'tool-calls'];
const Z99 = 2.326;

const se = (p: number, runs: number) => Math.sqrt((p * (1 - p)) / runs);

test('A/A runs pass at least 95 % of the time for every output kind, with and without the noise floor', () => {
  let pooledRuns = 0;
  let pooledAlarms = 0;
  const rows: string[] = [];
  let seed = 100;
  for (const kind of KINDS) {
    for (const noiseFloor of [false, true]) {
      for (const n of [80, 400]) {
        const r = rng(seed++);
        let alarms = 0;
        for (let i = 0; i < AA_RUNS; i++) {
          const verdict = judge(simulateRun({ kind, n, noiseFloor }, r), { outputKind: kind }).verdict;
          assert.notEqual(verdict, 'error', 'every simulated pair has both answers often enough');
          if (verdict === 'warn' || verdict === 'fail') alarms++;
        }
        const rate = alarms / AA_RUNS;
        rows.push(`${kind} floor=${noiseFloor} n=${n}: ${(rate * 100).toFixed(1)} %`);
        assert.ok(rate <= 0.05 + Z99 * se(0.05, AA_RUNS), `A/A false alarms ${kind} (noise floor ${noiseFloor}, n ${n}): ${rate}`);
        pooledRuns += AA_RUNS;
        pooledAlarms += alarms;
      }
    }
  }
  // Pooled over every kind and size the bound is tight.
  const pooled = pooledAlarms / pooledRuns;
  assert.ok(pooled <= 0.05 + Z99 * se(0.05, pooledRuns), `pooled A/A false alarms ${pooled}\n${rows.join('\n')}`);
});

interface PowerCase {
  kind: OutputKind;
  metric: string;
  noiseFloor: boolean;
  /** The threshold-sized regression as the report's `detectable` reads at the stated n (effect scale). */
  thresholdEffect: number;
}

const FAST_CASES: PowerCase[] = [
  { kind: 'json', metric: 'json.schema_pass', noiseFloor: false, thresholdEffect: AT_THRESHOLD.rateDrop },
  { kind: 'json', metric: 'latency.ms', noiseFloor: false, thresholdEffect: AT_THRESHOLD.ratio },
  { kind: 'numeric', metric: 'numeric.value', noiseFloor: false, thresholdEffect: AT_THRESHOLD.ratio },
  { kind: 'label', metric: 'label.agreement', noiseFloor: false, thresholdEffect: AT_THRESHOLD.agreementDrop },
  { kind: 'label', metric: 'label.agreement', noiseFloor: true, thresholdEffect: AT_THRESHOLD.agreementDrop },
  { kind: 'text', metric: 'text.rouge_l', noiseFloor: true, thresholdEffect: AT_THRESHOLD.agreementDrop },
];
const LONG_CASES: PowerCase[] = [
  { kind: 'json', metric: 'requests.success_rate', noiseFloor: false, thresholdEffect: AT_THRESHOLD.rateDrop },
  { kind: 'json', metric: 'json.parse_rate', noiseFloor: false, thresholdEffect: AT_THRESHOLD.rateDrop },
  { kind: 'json', metric: 'tokens.total', noiseFloor: false, thresholdEffect: AT_THRESHOLD.ratio },
  { kind: 'json', metric: 'json.deep_equal', noiseFloor: false, thresholdEffect: AT_THRESHOLD.agreementDrop },
  { kind: 'json', metric: 'json.deep_equal', noiseFloor: true, thresholdEffect: AT_THRESHOLD.agreementDrop },
  { kind: 'text', metric: 'text.rouge_l', noiseFloor: false, thresholdEffect: AT_THRESHOLD.agreementDrop },
  { kind: 'tool-calls', metric: 'tools.valid', noiseFloor: false, thresholdEffect: AT_THRESHOLD.rateDrop },
  { kind: 'tool-calls', metric: 'tools.name_f1', noiseFloor: true, thresholdEffect: AT_THRESHOLD.agreementDrop },
  { kind: 'numeric', metric: 'numeric.within_tolerance', noiseFloor: false, thresholdEffect: AT_THRESHOLD.agreementDrop },
];

for (const c of [...FAST_CASES, ...(LONG ? LONG_CASES : [])]) {
  test(`a regression at the threshold of ${c.metric} (${c.kind}, noise floor ${c.noiseFloor}) is found ≥ 80 % of the time at the pairs the judge asks for`, () => {
    const r = rng(7);
    const scenario = (n: number): Scenario => ({ kind: c.kind, n, noiseFloor: c.noiseFloor, regress: c.metric });
    // The pilot run: what a user reads in the report.
    const pilot = judge(simulateRun(scenario(200), r), { outputKind: c.kind }).metrics.find((m) => m.metric.id === c.metric);
    assert.ok(pilot?.neededSamples !== undefined, `${c.metric} states the pairs it needs`);
    const needed = pilot.neededSamples;
    const runs = powerRuns(needed);
    let caught = 0;
    let detectable: number | undefined;
    for (let i = 0; i < runs; i++) {
      const j = judge(simulateRun(scenario(needed), r), { outputKind: c.kind });
      const m = j.metrics.find((x) => x.metric.id === c.metric)!;
      detectable ??= m.detectable?.effect;
      if (m.verdict === 'warn' || m.verdict === 'fail') caught++;
    }
    const power = caught / runs;
    assert.ok(power >= 0.8 - Z99 * se(0.8, runs), `power ${power} at n=${needed} for ${c.metric}`);
    // At the stated n the report's smallest detectable regression is about the threshold, or smaller where
    // the pilot's uncertain spread made the stated n generous (rates: the discordant share at 200 pairs).
    assert.ok(detectable !== undefined, 'the report states the smallest detectable regression');
    const size = (x: number) => (c.thresholdEffect > 1 ? Math.log(x) : Math.abs(x));
    const ratio = size(detectable) / size(c.thresholdEffect);
    assert.ok(ratio > 0.5 && ratio < 1.25, `detectable ${detectable} vs threshold ${c.thresholdEffect}`);
  });
}

test('the old failure modes: a ×1.2 latency regression is no longer a coin flip, and a drop nobody sees is not "needed" for an unchanged rate', () => {
  const r = rng(11);
  const scenario: Scenario = { kind: 'json', n: 1000, noiseFloor: false, regress: 'latency.ms' };
  let caught = 0;
  for (let i = 0; i < 100; i++)
    if (judge(simulateRun(scenario, r), { outputKind: 'json' }).metrics.find((m) => m.metric.id === 'latency.ms')!.verdict !== 'pass') caught++;
  assert.ok(caught >= 95, `a ×1.2 regression at 1000 pairs is found in ${caught} of 100 runs`);
  // The success rate's need depends on what the run saw (its discordant pairs), not a constant.
  const quiet = judge(simulateRun({ kind: 'json', n: 400, noiseFloor: false }, r), { outputKind: 'json' });
  const rates = quiet.metrics.filter((m) => m.metric.test === 'paired-binary').map((m) => m.neededSamples);
  assert.equal(new Set(rates).size, rates.length, `different rates need different n: ${rates.join(', ')}`);
});
