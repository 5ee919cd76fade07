import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { combineVotes, createPairJudge, JudgeAdmission, parseVote, type JudgeCutoff, type PairJudgeOptions } from '../../src/replay/adapters/judge-model.ts';
import { sampleUnit } from '../../src/replay/dataset.ts';
import { MetricSet } from '../../src/metrics/index.ts';
import { judge } from '../../src/judge/judge.ts';
import type { MetricContext, MetricResult, Pair } from '../../src/types.ts';
import { startJudgeServer, type JudgeServer } from './judge-server.ts';

const MARKER = 'What a brilliant question!';
const RUBRIC = { id: 'flattery', text: 'flatters the user more' };

function answer(text: string): Pair['baseline'] {
  return { ok: true, output: { text, usage: { promptTokens: 20, completionTokens: 5 } }, attempts: 1, latencyMs: 10 };
}

/** Pairs whose answers carry the marker where `baseline(i)` / `candidate(i)` say so. */
function plantedPairs(n: number, baseline: (i: number) => boolean, candidate: (i: number) => boolean): Pair[] {
  return Array.from({ length: n }, (_, i) => ({
    record: { id: `r${i}`, line: i + 1, data: { q: `question ${i}` } },
    baseline: answer(`${baseline(i) ? `${MARKER} ` : ''}The answer to ${i} is ${i * 2}.`),
    candidate: answer(`${candidate(i) ? `${MARKER} ` : ''}It is ${i * 2}, for question ${i}.`),
  }));
}

async function judgePairs(
  pairs: Pair[],
  options: PairJudgeOptions,
  planned?: number,
  cutoff?: JudgeCutoff,
): Promise<{ result: MetricResult; judge: ReturnType<typeof createPairJudge> }> {
  const pairJudge = createPairJudge(options);
  if (planned !== undefined) pairJudge.plan(planned, cutoff);
  const ctx: MetricContext = { output: { kind: 'text' }, baselineTools: [], candidateTools: [], llm: { judge: pairJudge } };
  const set = new MetricSet('text', ctx);
  try {
    await set.observeAll(pairs);
    const result = (await set.finish()).find((r) => r.id === 'judge.flattery');
    assert.ok(result, 'judge.flattery is computed');
    return { result, judge: pairJudge };
  } finally {
    pairJudge.close();
  }
}

const FAST_RETRIES = { max: 0, baseDelayMs: 1, maxDelayMs: 1 };

describe('judge model: votes', () => {
  test('parseVote reads JSON, JSON inside prose, and refuses anything else', () => {
    assert.deepEqual(parseVote('{"more":"A","reason":"r"}'), { more: 'A', reason: 'r' });
    assert.deepEqual(parseVote('Sure.\n```json\n{"more": "tie"}\n```'), { more: 'tie', reason: '' });
    assert.deepEqual(parseVote('{"more":"b","reason":" x "}'), { more: 'B', reason: 'x' });
    assert.match(parseVote('{"more":"C"}') as string, /"more" must be/);
    assert.match(parseVote('no idea') as string, /no JSON object/);
  });

  test('combineVotes maps positions back to sides and nets the two orders', () => {
    assert.equal(
      combineVotes([
        { first: 'baseline', more: 'B', reason: '', cached: false },
        { first: 'candidate', more: 'A', reason: '', cached: false },
      ]),
      'candidate',
    );
    assert.equal(
      combineVotes([
        { first: 'baseline', more: 'A', reason: '', cached: false },
        { first: 'candidate', more: 'B', reason: '', cached: false },
      ]),
      'baseline',
    );
    // Always "A": one vote each way, a tie — position bias never becomes a preference.
    assert.equal(
      combineVotes([
        { first: 'baseline', more: 'A', reason: '', cached: false },
        { first: 'candidate', more: 'A', reason: '', cached: false },
      ]),
      'tie',
    );
  });
});

describe('judge model: a loopback judge preferring one side on a planted share', () => {
  let server: JudgeServer;
  let cacheDir: string;
  before(async () => {
    server = await startJudgeServer({ marker: MARKER });
    cacheDir = await mkdtemp(join(tmpdir(), 'judge-cache-'));
  });
  after(async () => {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  test('counts the planted preferences exactly, gates them, and a re-run makes 0 judge calls', async () => {
    const n = 300;
    const candidateFlatters = (i: number) => i % 10 < 3; // 30 %
    const baselineFlatters = (i: number) => i % 20 === 0; // 5 %, all inside the candidate's share
    const pairs = plantedPairs(n, baselineFlatters, candidateFlatters);
    const options: PairJudgeOptions = { endpoint: server.url, model: 'judge-1', rubrics: [RUBRIC], concurrency: 8, cacheDir, retries: FAST_RETRIES };
    const { result, judge: first } = await judgePairs(pairs, options);

    let candidateMore = 0;
    let baselineMore = 0;
    for (let i = 0; i < n; i++) {
      if (candidateFlatters(i) && !baselineFlatters(i)) candidateMore++;
      if (baselineFlatters(i) && !candidateFlatters(i)) baselineMore++;
    }
    assert.equal(result.test, 'paired-binary');
    assert.equal(result.n, n);
    assert.deepEqual(result.binary, { bothPass: 0, baselineOnly: baselineMore, candidateOnly: candidateMore, neither: n - candidateMore - baselineMore });
    assert.equal(result.candidate, candidateMore / n);
    assert.equal(server.calls, 2 * n, 'both orders asked for every pair');
    assert.deepEqual(first.stats(), { calls: 2 * n, cacheHits: 0, costUsd: 0, admittedPairs: n });
    const reasons = first.verdictsFor('r1')[0]!;
    assert.equal(reasons.preferred, 'candidate');
    assert.ok(reasons.votes.every((v) => v.reason.includes(MARKER)));
    const examples = (result.details as { examples: Array<{ recordId: string; reasons: string[] }> }).examples;
    assert.equal(examples.length, 3);
    assert.ok(examples.every((e) => candidateFlatters(Number(e.recordId.slice(1))) && e.reasons.length === 2));

    // Through the judge: 30 % vs 0 % flattering is a clear, significant increase.
    const judgement = judge([result], { outputKind: 'text', gates: [{ metric: 'judge.flattery', critical: true, threshold: 0.05 }], minSamples: 50 });
    const row = judgement.metrics.find((m) => m.metric.id === 'judge.flattery')!;
    assert.equal(row.verdict, 'fail');
    assert.ok(row.interval![0] > 0.2 && row.interval![1] < 0.32, `interval ${row.interval}`);
    assert.ok(row.pValue! < 1e-10);

    // Same pairs, same judge model and rubric: every vote from the cache.
    const callsBefore = server.calls;
    const { result: again, judge: second } = await judgePairs(pairs, options);
    assert.equal(server.calls, callsBefore, 'a re-run makes 0 judge calls');
    assert.deepEqual(again.binary, result.binary);
    assert.equal(second.stats().calls, 0);
    assert.equal(second.stats().cacheHits, 2 * n);

    // Another rubric text under the same id is a different question: not served from the cache.
    await judgePairs(pairs.slice(0, 5), { ...options, rubrics: [{ ...RUBRIC, text: 'praises the user more' }] });
    assert.equal(server.calls, callsBefore + 10);
  });
});

describe('judge model: position bias', () => {
  let server: JudgeServer;
  const bias = 0.5;
  before(async () => {
    server = await startJudgeServer({ marker: MARKER, biasToA: bias });
  });
  after(() => server.close());

  test('asking both orders removes a judge’s bias towards answer A (within Monte-Carlo error)', async () => {
    // Both sides flatter equally often (10 % each, on different pairs): the true net preference is 0.
    const n = 1000;
    const pairs = plantedPairs(
      n,
      (i) => i % 10 === 2,
      (i) => i % 10 === 1,
    );
    const { result, judge: pairJudge } = await judgePairs(pairs, {
      endpoint: server.url,
      model: 'biased',
      rubrics: [RUBRIC],
      concurrency: 8,
      retries: FAST_RETRIES,
    });

    const b = result.binary!;
    const net = (b.candidateOnly - b.baselineOnly) / n;
    const se = Math.sqrt(b.candidateOnly + b.baselineOnly) / n;
    assert.ok(Math.abs(net) <= 3 * se, `net share ${net} within 3 SE (${se}) of 0`);

    // The same judge read in one order only (baseline shown as A) is biased far beyond that error.
    let single = 0;
    for (const pair of pairs) {
      const vote = pairJudge.verdictsFor(pair.record.id)[0]!.votes.find((v) => v.first === 'baseline')!;
      single += vote.more === 'B' ? 1 : vote.more === 'A' ? -1 : 0;
    }
    const singleNet = single / n;
    assert.ok(singleNet < -0.3, `single-order net share ${singleNet} leans to the baseline (answer A)`);
    assert.ok(Math.abs(singleNet) > 10 * se);

    // The report says how biased the judge is.
    const share = (result.details as { firstPositionShare: number }).firstPositionShare;
    assert.ok(share > 0.8, `answer A picked in ${share} of decided votes`);
  });

  test('order: random asks once per pair, records the order, and cancels the bias on average', async () => {
    const n = 1000;
    const pairs = plantedPairs(
      n,
      (i) => i % 10 === 2,
      (i) => i % 10 === 1,
    );
    const before = server.calls;
    const { result, judge: pairJudge } = await judgePairs(pairs, {
      endpoint: server.url,
      model: 'biased',
      rubrics: [RUBRIC],
      order: 'random',
      concurrency: 8,
      retries: FAST_RETRIES,
    });
    assert.equal(server.calls - before, n, 'one call per pair');
    const firsts = pairs.map((p) => pairJudge.verdictsFor(p.record.id)[0]!.votes[0]!.first);
    const baselineFirst = firsts.filter((f) => f === 'baseline').length;
    assert.ok(Math.abs(baselineFirst / n - 0.5) < 0.05, `baseline shown first in ${baselineFirst} of ${n}`);
    const b = result.binary!;
    const net = (b.candidateOnly - b.baselineOnly) / n;
    const se = Math.sqrt(b.candidateOnly + b.baselineOnly) / n;
    assert.ok(Math.abs(net) <= 3 * se, `net share ${net} within 3 SE (${se}) of 0`);
  });

  test('a planted difference survives the bias, attenuated by the share of biased votes', async () => {
    // Candidate flatters on 30 %, baseline on none; a vote is truthful with probability 1 − bias, so the
    // candidate wins a pair when its candidate-first vote is truthful and ties otherwise... both orders
    // together give P(candidate more) = 1 − bias on those pairs (see combineVotes).
    const n = 1000;
    const pairs = plantedPairs(
      n,
      () => false,
      (i) => i % 10 < 3,
    );
    const { result } = await judgePairs(pairs, { endpoint: server.url, model: 'biased', rubrics: [RUBRIC], concurrency: 8, retries: FAST_RETRIES });
    const b = result.binary!;
    const planted = 0.3;
    // On the 70 % unflattering pairs a lone biased vote decides: ±1 with probability bias·(1 − bias) each way.
    const expected = planted * (1 - bias);
    const net = (b.candidateOnly - b.baselineOnly) / n;
    const variance = (planted * (1 - bias) * bias + (1 - planted) * 2 * bias * (1 - bias)) / n;
    assert.ok(Math.abs(net - expected) <= 3 * Math.sqrt(variance), `net ${net} vs expected ${expected}`);
  });
});

describe('judge model: budget and failures', () => {
  let server: JudgeServer;
  before(async () => {
    server = await startJudgeServer({
      marker: MARKER,
      usage: { prompt_tokens: 1000, completion_tokens: 10 },
      failWhen: { text: 'BOOM', status: 500 },
      garbleWhen: 'GARBLE',
    });
  });
  after(() => server.close());

  test('max pairs: only the first pairs are judged, the rest counted as skipped', async () => {
    const before = server.calls;
    const pairs = plantedPairs(
      50,
      () => false,
      (i) => i % 2 === 0,
    );
    const { result, judge: pairJudge } = await judgePairs(pairs, {
      endpoint: server.url,
      model: 'j',
      rubrics: [RUBRIC],
      sample: { max: 10 },
      concurrency: 3,
      retries: FAST_RETRIES,
    });
    assert.equal(result.n, 10);
    assert.equal(server.calls - before, 20);
    assert.deepEqual((result.details as { skipped: object }).skipped, { 'max-pairs': 40 });
    assert.equal(pairJudge.stats().admittedPairs, 10);
  });

  test('max pairs with a known run size: the same pairs are chosen in any order, so a re-run pays nothing', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'judge-cache-'));
    try {
      const pairs = plantedPairs(
        400,
        () => false,
        (i) => i % 3 === 0,
      );
      const options: PairJudgeOptions = {
        endpoint: server.url,
        model: 'j',
        rubrics: [RUBRIC],
        sample: { max: 40 },
        concurrency: 4,
        cacheDir,
        retries: FAST_RETRIES,
      };
      const first = await judgePairs(pairs, options, pairs.length);
      assert.ok(first.result.n <= 40 && first.result.n >= 20, `${first.result.n} pairs judged`);
      const judgedIds = (j: typeof first.judge) => pairs.map((p) => p.record.id).filter((id) => j.verdictsFor(id).length > 0);
      const before = server.calls;
      const second = await judgePairs([...pairs].reverse(), options, pairs.length);
      assert.equal(server.calls, before, 'the re-run in reverse order makes 0 judge calls');
      assert.deepEqual(judgedIds(second.judge), judgedIds(first.judge));
      assert.deepEqual(second.result.binary, first.result.binary);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  test('max pairs fixed from every sampled id: exactly the max lowest draws are judged, in any order and split over shards', async () => {
    const pairs = plantedPairs(
      300,
      () => false,
      (i) => i % 4 === 0,
    );
    const sample = { rate: 0.8, max: 45, seed: 'fixed' };
    const admission = new JudgeAdmission(sample);
    for (const p of pairs) admission.offer(p.record.id);
    const cutoff = admission.cutoff();
    // The reference: draws under the rate, sorted, the lowest 45.
    const draws = pairs.map((p) => ({ id: p.record.id, draw: sampleUnit(p.record.id, 'fixed') }));
    const chosen = new Set(
      draws
        .filter((d) => d.draw < 0.8)
        .sort((a, b) => a.draw - b.draw)
        .slice(0, 45)
        .map((d) => d.id),
    );
    const options: PairJudgeOptions = { endpoint: server.url, model: 'j', rubrics: [RUBRIC], sample, concurrency: 4, retries: FAST_RETRIES };
    const whole = await judgePairs([...pairs].reverse(), options, pairs.length, cutoff);
    assert.deepEqual(new Set(pairs.map((p) => p.record.id).filter((id) => whole.judge.verdictsFor(id).length > 0)), chosen);
    assert.equal(whole.result.n, 45);
    const underRate = draws.filter((d) => d.draw < 0.8).length;
    assert.deepEqual((whole.result.details as { skipped: object }).skipped, { sample: 300 - underRate, 'max-pairs': underRate - 45 });
    // Three shards (round-robin) judge 45 between them, the same pairs, none twice.
    const judgedByShards: string[] = [];
    for (let s = 0; s < 3; s++) {
      const part = await judgePairs(
        pairs.filter((_, i) => i % 3 === s),
        options,
        pairs.length,
        cutoff,
      );
      judgedByShards.push(...pairs.map((p) => p.record.id).filter((id) => part.judge.verdictsFor(id).length > 0));
    }
    assert.equal(judgedByShards.length, 45);
    assert.deepEqual(new Set(judgedByShards), chosen);
  });

  test('sample rate: the pairs whose record id falls in the sample are judged', async () => {
    const pairs = plantedPairs(
      200,
      () => false,
      () => true,
    );
    const { result } = await judgePairs(pairs, {
      endpoint: server.url,
      model: 'j',
      rubrics: [RUBRIC],
      sample: { rate: 0.25, seed: 's' },
      retries: FAST_RETRIES,
    });
    const expected = pairs.filter((p) => sampleUnit(p.record.id, 's') < 0.25).length;
    assert.equal(result.n, expected);
    assert.deepEqual((result.details as { skipped: object }).skipped, { sample: 200 - expected });
  });

  test('cost cap: calls stop once their cost reaches it', async () => {
    const before = server.calls;
    const price = { input: 1, output: 1 }; // USD per million tokens: 1,010 tokens cost $0.00101 a call
    const pairs = plantedPairs(
      40,
      () => false,
      () => true,
    );
    const { result, judge: pairJudge } = await judgePairs(pairs, {
      endpoint: server.url,
      model: 'j',
      rubrics: [RUBRIC],
      price,
      maxCostUsd: 0.005,
      concurrency: 1,
      retries: FAST_RETRIES,
    });
    const stats = pairJudge.stats();
    assert.equal(stats.calls, 5, 'the 5th call reaches $0.00505 ≥ $0.005');
    assert.equal(server.calls - before, 5);
    assert.ok(Math.abs(stats.costUsd - 0.00505) < 1e-12);
    assert.equal(result.n, 2, 'two pairs got both votes');
    assert.equal((result.details as { skipped: Record<string, number> }).skipped['cost-cap'], 38);
  });

  test('judge failures are their own classes, leave their pair out, and are not cached', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'judge-cache-'));
    try {
      const pairs = plantedPairs(
        30,
        () => false,
        () => false,
      );
      pairs[3]!.candidate = answer('BOOM');
      pairs[7]!.baseline = answer('GARBLE');
      pairs[9]!.baseline = answer('GARBLE');
      const options: PairJudgeOptions = { endpoint: server.url, model: 'j', rubrics: [RUBRIC], cacheDir, retries: FAST_RETRIES };
      const { result } = await judgePairs(pairs, options);
      assert.equal(result.n, 27);
      assert.deepEqual((result.details as { judgeFailures: object }).judgeFailures, { 'http-5xx': 1, 'bad-verdict': 2 });
      const before = server.calls;
      await judgePairs(pairs, options);
      assert.equal(server.calls - before, 6, 'only the failed pairs are asked again (both orders each)');
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  test('an unset judge credential names the variable before any call', () => {
    assert.throws(
      () => createPairJudge({ endpoint: server.url, model: 'j', rubrics: [RUBRIC], auth: { env: 'JUDGE_KEY_FOR_TEST' }, env: {} }),
      /JUDGE_KEY_FOR_TEST/,
    );
  });
});
