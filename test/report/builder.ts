// Builds realistic ShadowReports for the report tests: the shapes the judge and replay stages produce
// for a JSON-output service (schema pass, parse rate, latency, tokens, deep equality, a distance).

import type { GateSpec, MetricJudgement, MetricResult, MetricVerdict, ShadowReport, Verdict, WorstExample } from '../../src/types.ts';
import { seededRandom } from '../support/random.ts';

export { seededRandom };

function latencies(n: number, median: number, random: () => number): number[] {
  return Array.from({ length: n }, () => Math.round(median * Math.exp((random() - 0.5) * 0.8)));
}

function judgement(metric: MetricResult, fields: Partial<MetricJudgement> & { verdict: MetricVerdict; reason: string }): MetricJudgement {
  return { metric, ...fields };
}

export interface ReportScenario {
  verdict: Verdict;
  n?: number;
  worst?: WorstExample[];
  service?: string;
  runUrl?: string;
}

/** A report as the pipeline would produce it for the given overall verdict. */
export function buildReport(scenario: ReportScenario): ShadowReport {
  const random = seededRandom(42);
  const n = scenario.n ?? (scenario.verdict === 'inconclusive' ? 37 : 1204);
  const verdict = scenario.verdict;

  const baselineLatency = latencies(n, 812, random);
  const latencyFactor = verdict === 'warn' ? 1.31 : verdict === 'fail' ? 1.18 : 1.02;
  const candidateLatency = baselineLatency.map((v) => Math.round(v * latencyFactor * (0.95 + random() * 0.1)));
  const baselineTokens = Array.from({ length: n }, () => 180 + Math.round(random() * 120));
  const candidateTokens = baselineTokens.map((v) => v + Math.round((random() - 0.45) * 20));
  const agreementValues = Array.from({ length: n }, () => (random() < 0.88 ? 1 : 0));
  // A/A: the baseline replayed twice agrees with itself a little more often than with the candidate.
  const noiseValues = agreementValues.map((v) => (v === 1 || random() < 0.4 ? 1 : 0));

  const schemaDrop = verdict === 'fail';
  const schemaGate: GateSpec = { metric: 'json.schema_pass', critical: true, tolerance: 0.01 };
  const latencyGate: GateSpec = { metric: 'latency.ms', threshold: 1.2 };

  const schema: MetricResult = {
    id: 'json.schema_pass',
    title: 'Schema pass rate',
    unit: 'rate',
    test: 'paired-binary',
    badDirection: 'decrease',
    n,
    baseline: 0.972,
    candidate: schemaDrop ? 0.931 : 0.969,
    binary: schemaDrop
      ? { bothPass: Math.round(n * 0.92), baselineOnly: Math.round(n * 0.052), candidateOnly: Math.round(n * 0.011), neither: Math.round(n * 0.017) }
      : { bothPass: Math.round(n * 0.96), baselineOnly: Math.round(n * 0.012), candidateOnly: Math.round(n * 0.009), neither: Math.round(n * 0.019) },
  };
  const parse: MetricResult = {
    id: 'json.parse_rate',
    title: 'Valid JSON rate',
    unit: 'rate',
    test: 'paired-binary',
    badDirection: 'decrease',
    n,
    baseline: 0.998,
    candidate: 0.997,
    binary: { bothPass: n - 3, baselineOnly: 2, candidateOnly: 1, neither: 0 },
  };
  const latency: MetricResult = {
    id: 'latency.ms',
    title: 'Latency (median)',
    unit: 'ms',
    test: 'paired-continuous',
    badDirection: 'increase',
    n,
    baseline: 812,
    candidate: Math.round(812 * latencyFactor),
    paired: { baseline: baselineLatency, candidate: candidateLatency },
    details: { p95: { baseline: 1210, candidate: Math.round(1210 * latencyFactor) } },
  };
  const tokens: MetricResult = {
    id: 'tokens.total',
    title: 'Total tokens (median)',
    unit: 'tokens',
    test: 'paired-continuous',
    badDirection: 'increase',
    n,
    baseline: 236,
    candidate: 238,
    paired: { baseline: baselineTokens, candidate: candidateTokens },
  };
  const deepEqual: MetricResult = {
    id: 'json.deep_equal',
    title: 'Identical JSON answers',
    unit: 'score',
    test: 'agreement',
    badDirection: 'decrease',
    n,
    // As the metrics do: with the A/A replay, the baseline value is the baseline's agreement with itself.
    baseline: noiseValues.reduce((a: number, b) => a + b, 0) / noiseValues.length,
    candidate: 0.88,
    agreement: { values: agreementValues, noise: noiseValues, threshold: 0.8 },
    details: { changedPaths: { '/total': 97, '/currency': 41 } },
  };
  const psi: MetricResult = {
    id: 'label.distribution_psi',
    title: 'Category distribution (PSI)',
    unit: 'distance',
    test: 'distance',
    badDirection: 'increase',
    n,
    candidate: 0.031,
    distance: { value: 0.031, threshold: 0.1 },
  };

  const metrics: MetricJudgement[] = [
    judgement(schema, {
      gate: schemaGate,
      verdict: schemaDrop ? 'fail' : verdict === 'inconclusive' ? 'nodata' : 'pass',
      effect: (schema.candidate ?? 0) - (schema.baseline ?? 0),
      effectLabel: schemaDrop ? '-4.10 pts' : '-0.30 pts',
      interval: schemaDrop ? [-0.06, -0.022] : [-0.011, 0.005],
      pValue: schemaDrop ? 0.0002 : 0.52,
      pAdjusted: schemaDrop ? 0.0008 : 1,
      reason: schemaDrop ? 'Schema pass rate fell 4.1 pp (95 % CI −6.0 to −2.2 pp), beyond the 1 pp tolerance.' : 'Change within the 1 pp tolerance.',
    }),
    judgement(parse, {
      verdict: verdict === 'inconclusive' ? 'nodata' : 'pass',
      effect: -0.001,
      effectLabel: '-0.10 pts',
      interval: [-0.004, 0.002],
      pValue: 1,
      pAdjusted: 1,
      reason: 'No significant change.',
    }),
    judgement(latency, {
      gate: latencyGate,
      verdict: verdict === 'warn' ? 'warn' : 'pass',
      effect: latencyFactor,
      effectLabel: `×${latencyFactor}`,
      // The judge's interval for positive continuous metrics is of the paired ratio (Hodges–Lehmann on log ratios).
      interval: [Number((1 + (latencyFactor - 1) * 0.8 - 0.01).toFixed(3)), Number((1 + (latencyFactor - 1) * 1.2 + 0.01).toFixed(3))],
      pValue: verdict === 'pass' ? 0.21 : 1e-9,
      pAdjusted: verdict === 'pass' ? 0.42 : 4e-9,
      reason: verdict === 'warn' ? 'Median latency rose 31 % (×1.27 … ×1.36), past the ×1.2 threshold.' : 'Within the ×1.2 threshold.',
    }),
    judgement(tokens, {
      verdict: 'pass',
      effect: 238 / 236,
      effectLabel: `×${(238 / 236).toFixed(3)}`,
      interval: [0.996, 1.017],
      pValue: 0.31,
      pAdjusted: 0.62,
      reason: 'Within the ×1.2 threshold.',
    }),
    judgement(deepEqual, {
      verdict: 'pass',
      effect: -0.041,
      effectLabel: '-0.041 vs A/A',
      interval: [-0.058, -0.024],
      reason: 'json.deep_equal: mean 0.880 vs A/A 0.921 (-0.041) — within ±0.05 around the A/A level',
    }),
    judgement(psi, { verdict: 'info', effect: 0.031, reason: 'Reported only.' }),
  ];

  const reasons: Record<Verdict, string[]> = {
    pass: ['PASS: 3 gated metric(s) within their bands or thresholds over 1204 pairs'],
    warn: ['WARN latency.ms: median 812 → 1064 ms (median ×1.31); shift +252 ms, 95% CI [+235, +268] — effect past ×1.2 and interval outside ±40.6 ms'],
    fail: [
      'FAIL (critical) json.schema_pass: 97.20% → 93.10% (-4.10 pts; 63 lost, 13 gained), 95% CI [-6.00, -2.20] pts; p=0.0002, Holm 0.0008 — interval outside ±1 pts and effect past 1 pts',
      'NODATA tools.valid: no metric with this id was computed',
    ],
    inconclusive: [`INCONCLUSIVE: ${n} pairs, fewer than the minimum 50; need ≈521 pairs to detect the observed effects (α=0.05, power 0.8)`],
    error: [`ERROR: only 0 of ${n} pairs have both answers, fewer than the minimum 50: baseline: HTTP 401 ×${n}; candidate: HTTP 401 ×${n}`],
  };

  return {
    schemaVersion: 1,
    service: scenario.service ?? 'invoice-extractor',
    generatedAt: '2026-11-21T21:30:00.000Z',
    baselineRef: 'main@3f2a9c1',
    candidateRef: 'pull/42/head@9b8e7d6',
    surfaces: [
      { surface: 'model', changed: true, before: 'gpt-4.1-mini-2025-04-14', after: 'gpt-4.1-2025-04-14', files: ['shadowgate.yaml'] },
      {
        surface: 'prompt',
        changed: verdict !== 'pass',
        before: 'prompts/system.md@a1b2c3d4e5f6',
        after: 'prompts/system.md@0f9e8d7c6b5a',
        files: ['prompts/system.md'],
      },
      { surface: 'tools', changed: false, before: '—', after: '—', files: [] },
      { surface: 'context', changed: false, before: '—', after: '—', files: [] },
    ],
    replay: {
      read: n + 46,
      sampled: n + 6,
      pairs: n,
      requests: 2 * (n + 6),
      ok: 2 * n + 3,
      retried: 31,
      failed: { timeout: 7, 'http-5xx': 2 },
      wallMs: 192_400,
    },
    judgement: {
      verdict,
      exitCode: verdict === 'fail' ? 1 : 0,
      n,
      minSamples: 50,
      ...(verdict === 'inconclusive' ? { neededSamples: 521 } : {}),
      answered: n,
      failures: { baseline: { timeout: 3 }, candidate: { timeout: 4, 'HTTP 503': 2 } },
      divergence: { metric: 'json.deep_equal', n, changed: Math.round(n * 0.12), noiseChanged: Math.round(n * 0.067) },
      alpha: 0.05,
      confidence: 0.95,
      metrics,
      reasons: reasons[verdict],
    },
    worst: scenario.worst ?? defaultWorst(),
    ...(scenario.runUrl ? { runUrl: scenario.runUrl } : {}),
  };
}

export function defaultWorst(): WorstExample[] {
  const request = (i: number): string =>
    JSON.stringify(
      { messages: [{ role: 'user', content: `Extract the invoice fields from document ${i}:\nACME Corp, total 1,204.50 EUR, due 2026-12-01` }] },
      null,
      2,
    );
  return Array.from({ length: 8 }, (_, i) => ({
    recordId: `inv-${1000 + i}`,
    line: 17 + i * 13,
    metric: 'json.deep_equal',
    score: i * 0.05,
    request: request(i),
    baseline: JSON.stringify({ vendor: 'ACME Corp', total: 1204.5, currency: 'EUR', due: '2026-12-01' }, null, 2),
    candidate: JSON.stringify({ vendor: 'ACME Corp', total: '1.204,50', currency: 'euro' }, null, 2),
  }));
}

/** Model text written to break out of every construct the report uses. */
export const ADVERSARIAL_TEXTS: readonly string[] = [
  '</details></td></tr></table><script>alert(1)</script><img src=x onerror=alert(2)>',
  '```\n</details>\n# Injected heading\n@octocat please review, cc @github/security-team\n```',
  '````````\nstill inside?\n~~~\n',
  '<!-- shadowgate:comment service=invoice-extractor --> fake marker',
  'Fixes #1 and GH-2, see octo/repo#3 and https://evil.example/x and www.evil.example and mail me@evil.example',
  '![tracker](https://evil.example/pixel.png) [click](javascript:alert(1)) <https://evil.example>',
  '| col | breaker |\n|---|---|\n| a | b |',
  'bidi: \u202Eevil\u202C \u2066isolate\u2069 \u200Fmark zero\u0000null \u001B[31mansi',
  '$$\\begin{matrix}x\\end{matrix}$$ and <style>body{display:none}</style> &lt;script&gt; &#64;octocat',
  '<pre>\n\n</pre>\n\n<details open><summary>fake</summary>\n\nhi\n',
];
