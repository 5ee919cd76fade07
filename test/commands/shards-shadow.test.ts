// A sharded run of a service with `shadow.llm` (refusals, a task check, prices, moderation, splits) and a model credential, on
// the TypeScript sources against a loopback model server: the merged report equals the unsharded one
// (LLM metrics and their splits, versioning review, endpoints included), no part carries the credential a
// server echoes. With a judge model (a real loopback judge, deterministic) each shard judges its own pairs
// of the run's sample and the merged report equals the unsharded one, verdicts, examples and reasons included.
// A dataset with more segments than shadow.llm.split.maxSegments is refused at the record opening one too many.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runShadow, type ShadowOptions } from '../../src/commands/shadow.ts';
import { runMerge, runShard } from '../../src/commands/shards.ts';
import { UserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import type { ShadowReport } from '../../src/types.ts';
import { jsonl, removeAll, tempDir, tempRepo, type Repo } from '../cli/helpers.ts';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { startJudgeServer } from '../replay/judge-server.ts';
import { helperBotManifest } from './helper-bot-manifest.ts';

const RECORDS = 120;
const SHARDS = 3;
const KEY = 'sk-shard-test-4f1c9a';
const WARM = 'Be warm and encouraging.';

function manifest(endpoint: string, system: string, llmExtra = ''): string {
  return helperBotManifest({
    endpoint,
    system,
    minSamples: 30,
    auth: true,
    shadowTail: `  llm:
    tasks:
      - id: answer-line
        regex: 'Answer: [0-9]+$'
    prices:
      helper-model-1: { input: 1, output: 4 }
    moderation:
      endpoint: ${endpoint}
    split:
      promptTokens: [100, 1000]
      segmentField: plan
      minPairs: 10
${llmExtra}`,
  });
}

/** Baseline: `Answer: 2i`. The warm prompt refuses every 20th record (+3) and echoes the credential on every 9th. */
function answer(body: Record<string, unknown>, headers: Record<string, unknown>) {
  const [, id, tokens] = /\[r-(\d+)\] .* tokens=(\d+)/.exec(lastUserMessage(body)) ?? [];
  const i = Number(id);
  const messages = body.messages as Array<{ role: string; content: string }>;
  const warm = messages.some((m) => m.role === 'system' && m.content.includes(WARM));
  const usage = (completion: number) => ({ prompt_tokens: Number(tokens), completion_tokens: completion, total_tokens: Number(tokens) + completion });
  if (!warm) return { content: `Answer: ${i * 2}`, usage: usage(200) };
  if (i % 20 === 3) return { content: "I'm sorry, but I can't help with that.", usage: usage(900) };
  if (i % 9 === 0) return { content: `you sent ${String(headers.authorization)}`, usage: usage(900) };
  return { content: `Answer: ${i * 2}`, usage: usage(300 + (i % 7) * 100) };
}

/** What may differ between two runs of the same data: when they ran, how long, and measured latencies. */
function comparable(report: ShadowReport): unknown {
  return {
    ...report,
    generatedAt: undefined,
    replay: { ...report.replay, wallMs: undefined },
    judgement: {
      ...report.judgement,
      metrics: report.judgement.metrics.filter((m) => m.metric.id !== 'latency.ms'),
      reasons: report.judgement.reasons.filter((r) => !r.includes('latency')),
    },
    splits: report.splits?.map((split) => ({ ...split, groups: split.groups.map((g) => ({ ...g, cells: g.cells.filter((c) => c.metric !== 'latency.ms') })) })),
  };
}

describe('sharded shadow with shadow.llm and a credential', () => {
  let model: ModelServer;
  let repo: Repo;
  const env = { OPENAI_API_KEY: KEY };

  before(async () => {
    model = await startOpenAIServer({
      answer: (body, request) => answer(body, request.headers),
      // The same server moderates: an answer that repeats what it was sent is flagged.
      fault: (request) => {
        if (request.path !== '/v1/moderations') return undefined;
        const results = (request.body as { input: string[] }).input.map((t) => ({
          flagged: t.includes('you sent'),
          categories: { harassment: t.includes('you sent') },
        }));
        return { kind: 'status', status: 200, body: { id: 'modr', model: 'omni-moderation-latest', results } };
      },
    });
    repo = tempRepo();
    repo.write('prompts/concise.md', 'Be concise.\n');
    repo.write('prompts/warm.md', `${WARM}\n`);
    repo.write('prompts/user.md', '[{{ id }}] {{ question }} tokens={{ tokens }}\n');
    repo.write(
      'data/requests.jsonl',
      jsonl(RECORDS, (i) => ({ question: `What is twice ${i}?`, tokens: 10 ** (1 + (i % 5)) + i, plan: ['free', 'team', 'enterprise'][i % 3] })),
    );
    repo.write('shadowgate.yaml', manifest(model.url, 'prompts/warm.md'));
    repo.write('baseline.yaml', manifest(model.url, 'prompts/concise.md'));
  });
  after(async () => {
    await model?.close();
    removeAll();
  });

  const options = (outDir: string, extra: Partial<ShadowOptions> = {}): ShadowOptions => ({
    manifestPath: 'shadowgate.yaml',
    baselineManifestPath: 'baseline.yaml',
    repoRoot: repo.root,
    outDir,
    env,
    noiseFloor: true,
    ...extra,
  });

  test('the merged shards report what the unsharded run reports, and no part holds the echoed credential', async () => {
    const whole = await runShadow(options(join(tempDir(), 'whole')), memoryLog());
    const parts = tempDir();
    for (let index = 1; index <= SHARDS; index++) {
      const log = memoryLog();
      await runShard({ ...options(parts), shard: { index, count: SHARDS } }, log);
      assert.ok(!log.lines.join('\n').includes(KEY), 'no shard log holds the credential');
    }
    assert.equal(readdirSync(parts).length, SHARDS);
    for (const file of readdirSync(parts)) assert.ok(!readFileSync(join(parts, file), 'utf8').includes(KEY), `${file} does not hold the credential`);

    const merged = await runMerge([parts], { outDir: join(tempDir(), 'merged'), repoRoot: repo.root }, memoryLog());
    assert.deepStrictEqual(comparable(merged.report), comparable(whole.report));
    assert.equal(merged.summaryLine.replace(/latency[^;]*;?/g, ''), whole.summaryLine.replace(/latency[^;]*;?/g, ''));

    const ids = merged.report.judgement.metrics.map((m) => m.metric.id);
    for (const id of ['llm.refusal_rate', 'task.success', 'cost.per_1k_requests', 'llm.moderation_flag_rate']) assert.ok(ids.includes(id), id);
    const flagged = merged.report.judgement.metrics.find((m) => m.metric.id === 'llm.moderation_flag_rate')!;
    assert.equal(flagged.metric.binary?.candidateOnly, 13, 'the echoes (every 9th record, but for one refusal) are flagged');
    const refusals = merged.report.judgement.metrics.find((m) => m.metric.id === 'llm.refusal_rate')!;
    assert.equal(refusals.metric.binary?.candidateOnly, RECORDS / 20);
    assert.equal(merged.report.judgement.verdict, 'fail', 'the task check fails on refusals and echoes (critical by default)');
    assert.ok(
      merged.report.versioning && merged.report.versioning.surfaces.prompt.before !== merged.report.versioning.surfaces.prompt.after,
      'the versioning review names the prompt change',
    );
    assert.ok(
      merged.report.endpoints?.some((e) => e.role === 'model'),
      'the endpoints of each side are reported',
    );
    // The splits by prompt length and by segment, merged from the shards' groups.
    const byLength = merged.report.splits!.find((x) => x.by === 'prompt-tokens')!;
    assert.deepEqual(
      byLength.groups.map((g) => [g.label, g.pairs]),
      [
        ['<100', 18],
        ['100–1k', 30],
        ['≥1k', 72],
      ],
    );
    const bySegment = merged.report.splits!.find((x) => x.by === 'segment')!;
    assert.deepEqual(
      bySegment.groups.map((g) => [g.label, g.pairs]),
      [
        ['enterprise', 40],
        ['free', 40],
        ['team', 40],
      ],
    );
    assert.ok(bySegment.groups.every((g) => g.shown && g.cells.some((c) => c.metric === 'llm.refusal_rate')));
    assert.ok(JSON.stringify(merged.report).includes('you sent Bearer ***'), 'an echoed credential is redacted, as in the unsharded report');
    assert.ok(!JSON.stringify(merged.report).includes(KEY));
  });

  const judgeSettings = (url: string, extra = '') =>
    `    judge:\n      endpoint: ${url}\n      model: judge-1\n      rubrics:\n        - id: echo\n          text: repeats what it was sent\n        - id: refusal\n          text: refuses the request\n          badDirection: either\n      sample: { max: 50, seed: shards }\n      concurrency: 3\n${extra}`;

  test('with a judge model, each shard judges its own pairs of the sample and the merged report equals the unsharded one', async () => {
    const judgeServer = await startJudgeServer({ marker: 'you sent', biasToA: 0.25 });
    try {
      const judged = tempRepo();
      for (const file of ['prompts/concise.md', 'prompts/warm.md', 'prompts/user.md', 'data/requests.jsonl'])
        judged.write(file, readFileSync(join(repo.root, file), 'utf8'));
      judged.write('shadowgate.yaml', manifest(model.url, 'prompts/warm.md', judgeSettings(judgeServer.url)));
      judged.write('baseline.yaml', manifest(model.url, 'prompts/concise.md', judgeSettings(judgeServer.url)));
      const cache = join(judged.root, '.shadowgate');
      const at = (extra: Partial<ShadowOptions> = {}) => ({ ...options(tempDir()), repoRoot: judged.root, ...extra });

      const before = judgeServer.calls;
      const whole = await runShadow(at(), memoryLog());
      const wholeCalls = judgeServer.calls - before;
      rmSync(cache, { recursive: true, force: true }); // the shards start with no cached vote, as fresh runners do
      const parts = tempDir();
      for (let index = 1; index <= SHARDS; index++) await runShard({ ...at({ outDir: parts }), shard: { index, count: SHARDS } }, memoryLog());
      assert.equal(
        judgeServer.calls - before - wholeCalls,
        wholeCalls,
        'the shards together make the calls the unsharded run made: every sampled pair judged once',
      );
      const merged = await runMerge([parts], { outDir: tempDir(), repoRoot: judged.root }, memoryLog());
      assert.deepStrictEqual(comparable(merged.report), comparable(whole.report));

      const metric = (id: string) => merged.report.judgement.metrics.find((m) => m.metric.id === id)!;
      const echo = metric('judge.echo');
      const details = echo.metric.details as {
        skipped: Record<string, number>;
        examples: Array<{ reasons: string[] }>;
        preferred: { baseline: number; candidate: number };
      };
      assert.equal(echo.metric.n, 50 - 0, 'sample.max pairs are judged (every pair answered on both sides)');
      assert.deepEqual(details.skipped, { 'max-pairs': RECORDS - 50 });
      assert.ok(details.preferred.candidate > 0 && details.preferred.baseline > 0, 'the biased judge leaves votes both ways');
      assert.ok(details.examples.length === 3 && details.examples.every((e) => e.reasons.length > 0), 'three examples with their reasons');
      assert.ok(metric('judge.refusal'));
      const withVerdicts = merged.report.worst.filter((w) => w.judge?.length);
      assert.ok(withVerdicts.length > 0, 'the worst examples carry the verdicts of the shard that judged them');
      assert.ok(
        withVerdicts.every((w) => w.judge!.map((v) => v.rubric).join() === 'echo,refusal'),
        "verdicts in the rubrics' order",
      );
      // A re-run of one shard pays nothing: its votes are in its cache.
      const calls = judgeServer.calls;
      await runShard({ ...at({ outDir: tempDir() }), shard: { index: 2, count: SHARDS } }, memoryLog());
      assert.equal(judgeServer.calls, calls, 'a re-run shard makes 0 judge calls');
    } finally {
      await judgeServer.close();
    }
  });

  test('more segments than shadow.llm.split.maxSegments: one error at the dataset line opening one too many, before any request, no part', async () => {
    const segmented = tempRepo();
    for (const file of ['prompts/concise.md', 'prompts/warm.md', 'prompts/user.md']) segmented.write(file, readFileSync(join(repo.root, file), 'utf8'));
    // Segments a, b, c, … by record: the 5th distinct value (line 5) is one past maxSegments 4.
    segmented.write(
      'data/requests.jsonl',
      jsonl(RECORDS, (i) => ({ question: `What is twice ${i}?`, tokens: 10 + i, plan: `plan-${i % 7}` })),
    );
    const capped = (system: string) => manifest(model.url, system).replace('      minPairs: 10\n', '      minPairs: 10\n      maxSegments: 4\n');
    segmented.write('shadowgate.yaml', capped('prompts/warm.md'));
    segmented.write('baseline.yaml', capped('prompts/concise.md'));
    const sent = model.requests.length;
    const out = tempDir();
    for (const run of [
      () => runShard({ ...options(out), repoRoot: segmented.root, shard: { index: 3, count: SHARDS } }, memoryLog()),
      () => runShadow({ ...options(out), repoRoot: segmented.root }, memoryLog()),
    ]) {
      await assert.rejects(run(), (e: unknown) => {
        assert.ok(e instanceof UserError);
        assert.match(
          e.format(),
          /^data\/requests\.jsonl:5: more than 4 segments in the record field plan: this record opens segment 5 \("plan-4"\), over shadow\.llm\.split\.maxSegments \(4\)/,
        );
        return true;
      });
    }
    assert.equal(model.requests.length, sent, 'nothing was sent');
    assert.equal(existsSync(out) ? readdirSync(out).length : 0, 0, 'no part or report was written');
  });

  test('split groups are exact past the old 20-segment limit: 30 segments merged from shards equal the unsharded run', async () => {
    const many = tempRepo();
    for (const file of ['prompts/concise.md', 'prompts/warm.md', 'prompts/user.md']) many.write(file, readFileSync(join(repo.root, file), 'utf8'));
    many.write(
      'data/requests.jsonl',
      jsonl(RECORDS, (i) => ({ question: `What is twice ${i}?`, tokens: 10 ** (1 + (i % 5)) + i, plan: `tenant-${String(i % 30).padStart(2, '0')}` })),
    );
    const small = (system: string) => manifest(model.url, system).replace('      minPairs: 10\n', '      minPairs: 4\n');
    many.write('shadowgate.yaml', small('prompts/warm.md'));
    many.write('baseline.yaml', small('prompts/concise.md'));
    const whole = await runShadow({ ...options(tempDir()), repoRoot: many.root }, memoryLog());
    const parts = tempDir();
    for (let index = 1; index <= SHARDS; index++) await runShard({ ...options(parts), repoRoot: many.root, shard: { index, count: SHARDS } }, memoryLog());
    const merged = await runMerge([parts], { outDir: tempDir(), repoRoot: many.root }, memoryLog());
    assert.deepStrictEqual(comparable(merged.report), comparable(whole.report));
    const bySegment = merged.report.splits!.find((x) => x.by === 'segment')!;
    assert.equal(bySegment.groups.length, 30);
    assert.ok(
      bySegment.groups.every((g) => g.pairs === RECORDS / 30 && g.shown),
      'every tenant its own group, none pooled',
    );
  });
});
