// The judge model's cost cap in a sharded run: each shard spends its share of shadow.llm.judge.maxCostUsd
// (maxCostUsd ÷ the shard count) and stops starting judge calls once its calls cost that much, as an
// unsharded run does at maxCostUsd; the merged report counts the pairs the cap left unjudged as an
// unsharded capped run does. The spend is measured at a real loopback judge model: the calls it received
// and the usage it reported, at the manifest's price. One judge call per pair (order: random, one rubric)
// and one call at a time (concurrency 1), so the number of calls a share buys is exact.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runShadow, type ShadowOptions } from '../../src/commands/shadow.ts';
import { runMerge, runShard } from '../../src/commands/shards.ts';
import { memoryLog } from '../../src/log.ts';
import type { ShadowReport } from '../../src/types.ts';
import { jsonl, removeAll, tempDir, tempRepo, type Repo } from '../cli/helpers.ts';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { startJudgeServer, type JudgeServer } from '../replay/judge-server.ts';
import { helperBotManifest } from './helper-bot-manifest.ts';

/** The judge model's price, USD per million tokens: a call of 1,000 prompt tokens costs $0.001. */
const JUDGE_PRICE = { input: 1, output: 1 };
const MARKER = 'warmly';

function manifest(endpoint: string, system: string, judgeUrl: string, maxCostUsd: number, records: number): string {
  return helperBotManifest({
    endpoint,
    system,
    minSamples: 10,
    shadowTail: `  llm:
    prices:
      helper-model-1: { input: 1, output: 4 }
      judge-1: { input: ${JUDGE_PRICE.input}, output: ${JUDGE_PRICE.output} }
    judge:
      endpoint: ${judgeUrl}
      model: judge-1
      rubrics:
        - id: warmth
          text: answers warmly
      order: random
      sample: { max: ${records}, seed: cost }
      concurrency: 1
      maxCostUsd: ${maxCostUsd}
`,
  });
}

/** USD of the judge calls answered from `from` on, by the usage the judge reported and the manifest's price. */
function spentSince(judge: JudgeServer, from: number): number[] {
  return judge.usages.slice(from).map((u) => (u.prompt_tokens * JUDGE_PRICE.input + u.completion_tokens * JUDGE_PRICE.output) / 1e6);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

interface JudgeDetails {
  skipped: Record<string, number>;
  excludedFailedPairs: number;
}

function warmth(report: ShadowReport) {
  const metric = report.judgement.metrics.find((m) => m.metric.id === 'judge.warmth');
  assert.ok(metric, 'the report has the judge metric');
  return { n: metric.metric.n, details: metric.metric.details as unknown as JudgeDetails };
}

describe('the judge cost cap in a sharded run', () => {
  let model: ModelServer;
  let judge: JudgeServer;

  before(async () => {
    model = await startOpenAIServer({
      answer: (body) => {
        const i = Number(/\[r-(\d+)\]/.exec(lastUserMessage(body))?.[1]);
        const warm = (body.messages as Array<{ role: string; content: string }>).some((m) => m.role === 'system' && m.content.includes('warm'));
        const usage = { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 };
        return { content: warm && i % 3 === 0 ? `Answer: ${i * 2}, ${MARKER}!` : `Answer: ${i * 2}`, usage };
      },
    });
    // Records marked "essay" (the even ones below, when asked) cost three times as much to judge.
    judge = await startJudgeServer({
      marker: MARKER,
      usage: { prompt_tokens: 1000, completion_tokens: 0 },
      usageFor: (prompt) => (prompt.includes('"essay"') ? { prompt_tokens: 3000, completion_tokens: 0 } : undefined),
    });
  });
  after(async () => {
    await model?.close();
    await judge?.close();
    removeAll();
  });

  function service(records: number, maxCostUsd: number, topic: (i: number) => string): Repo {
    const repo = tempRepo();
    repo.write('prompts/concise.md', 'Be concise.\n');
    repo.write('prompts/warm.md', 'Be warm.\n');
    repo.write('prompts/user.md', '[{{ id }}] {{ question }}\n');
    repo.write(
      'data/requests.jsonl',
      jsonl(records, (i) => ({ question: `What is twice ${i}?`, topic: topic(i) })),
    );
    repo.write('shadowgate.yaml', manifest(model.url, 'prompts/warm.md', judge.url, maxCostUsd, records));
    repo.write('baseline.yaml', manifest(model.url, 'prompts/concise.md', judge.url, maxCostUsd, records));
    return repo;
  }

  const options = (repo: Repo, extra: Partial<ShadowOptions> = {}): ShadowOptions => ({
    manifestPath: 'shadowgate.yaml',
    baselineManifestPath: 'baseline.yaml',
    repoRoot: repo.root,
    outDir: tempDir(),
    env: {},
    ...extra,
  });

  /** Each shard from an empty vote cache (fresh runners); the judge calls and their costs per shard. */
  async function runShards(repo: Repo, count: number): Promise<{ parts: string; spent: number[][] }> {
    const parts = tempDir();
    const spent: number[][] = [];
    for (let index = 1; index <= count; index++) {
      rmSync(join(repo.root, '.shadowgate'), { recursive: true, force: true });
      const from = judge.usages.length;
      const calls = judge.calls;
      await runShard({ ...options(repo, { outDir: parts }), shard: { index, count } }, memoryLog());
      assert.equal(judge.calls - calls, judge.usages.length - from, 'every call received was answered with its usage');
      spent.push(spentSince(judge, from));
    }
    return { parts, spent };
  }

  test('each shard stops at its share of maxCostUsd, and the merged report counts the capped pairs as an unsharded run does', async () => {
    const RECORDS = 60;
    const SHARDS = 3;
    const CAP = 0.0225; // a share of $0.0075: 7 calls at $0.001 stay under it, the 8th reaches it
    const repo = service(RECORDS, CAP, () => 'short');

    const from = judge.usages.length;
    const whole = await runShadow(options(repo), memoryLog());
    const wholeCalls = judge.usages.length - from;
    assert.equal(wholeCalls, 23, 'unsharded: 22 calls cost $0.022 < $0.0225, the 23rd reaches the cap, then no call starts');
    assert.equal(warmth(whole.report).n, wholeCalls);
    assert.deepEqual(warmth(whole.report).details.skipped, { 'cost-cap': RECORDS - wholeCalls });

    const { parts, spent } = await runShards(repo, SHARDS);
    const share = CAP / SHARDS;
    for (const [i, costs] of spent.entries()) {
      assert.equal(costs.length, 8, `shard ${i + 1}: 8 calls, the last one the call that reached $${share}`);
      assert.ok(sum(costs.slice(0, -1)) < share, `shard ${i + 1} started every call while under its share`);
      assert.ok(sum(costs) >= share, `shard ${i + 1} stopped because its calls reached its share`);
      assert.ok(sum(costs) - share < Math.max(...costs), `shard ${i + 1} passed its share by less than one call (one call in flight at a time)`);
    }
    const calls = spent.flat().length;
    assert.ok(sum(spent.flat()) < CAP + SHARDS * 0.001, 'the run passes maxCostUsd by less than one call per shard');

    const merged = await runMerge([parts], { outDir: tempDir(), repoRoot: repo.root }, memoryLog());
    const { n, details } = warmth(merged.report);
    assert.equal(n, calls, 'every call judged its pair (one call per pair)');
    assert.deepEqual(
      details.skipped,
      { 'cost-cap': RECORDS - calls },
      'the pairs no shard could afford are counted under cost-cap, and nothing else is skipped',
    );
    assert.equal(details.excludedFailedPairs, 0);
    // The PR comment says it in the same words for both runs.
    const note = (markdownPath: string) => /`judge\.warmth`: not judged \(budget\): cost-cap (\d+)/.exec(readFileSync(markdownPath, 'utf8'))?.[1];
    assert.equal(note(whole.paths.markdown), String(RECORDS - wholeCalls));
    assert.equal(note(merged.paths.markdown), String(RECORDS - calls));
  });

  test('the share binds: a shard whose pairs cost more stops at its share though the whole run would judge them all', async () => {
    const RECORDS = 40;
    const SHARDS = 2;
    const CAP = 0.1;
    // Records are dealt round-robin: shard 1 gets the even ones, here every one an essay ($0.003 a call),
    // shard 2 the odd ones ($0.001): $0.06 + $0.02 = $0.08 for all 40 pairs, under the cap of $0.10.
    const repo = service(RECORDS, CAP, (i) => (i % 2 === 0 ? 'essay' : 'short'));

    const from = judge.usages.length;
    const whole = await runShadow(options(repo), memoryLog());
    const wholeCosts = spentSince(judge, from);
    assert.equal(wholeCosts.length, RECORDS, 'unsharded: the cap lets every sampled pair be judged');
    assert.ok(Math.abs(sum(wholeCosts) - 0.08) < 1e-9);
    assert.equal(warmth(whole.report).n, RECORDS);
    assert.deepEqual(warmth(whole.report).details.skipped, {});

    const { parts, spent } = await runShards(repo, SHARDS);
    const share = CAP / SHARDS;
    const [first, second] = spent as [number[], number[]];
    assert.ok(
      first.every((c) => Math.abs(c - 0.003) < 1e-12),
      'shard 1 asked about its essays only',
    );
    assert.equal(first.length, 17, 'shard 1: 16 calls cost $0.048 < $0.05, the 17th reaches its share, the other 3 pairs are not asked');
    assert.ok(sum(first) >= share && sum(first.slice(0, -1)) < share);
    assert.equal(second.length, RECORDS / SHARDS, 'shard 2 judges all its pairs, far under its share');
    assert.ok(sum(second) < share);

    const merged = await runMerge([parts], { outDir: tempDir(), repoRoot: repo.root }, memoryLog());
    const { n, details } = warmth(merged.report);
    assert.equal(n, first.length + second.length);
    assert.deepEqual(details.skipped, { 'cost-cap': RECORDS / SHARDS - first.length }, "the pairs over shard 1's share are counted as capped");
    assert.match(readFileSync(merged.paths.markdown, 'utf8'), /`judge\.warmth`: not judged \(budget\): cost-cap 3\b/);
  });
});
