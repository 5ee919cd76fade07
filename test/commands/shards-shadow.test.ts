// A sharded run of a service with `shadow.llm` (refusals, a task check, prices, moderation, splits) and a model credential, on
// the TypeScript sources against a loopback model server: the merged report equals the unsharded one
// (LLM metrics and their splits, versioning review, endpoints included), no part carries the credential a
// server echoes, and the judge model, whose results do not merge across shards, is refused before anything is sent.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runShadow, type ShadowOptions } from '../../src/commands/shadow.ts';
import { runMerge, runShard } from '../../src/commands/shards.ts';
import { UserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import type { ShadowReport } from '../../src/types.ts';
import { jsonl, removeAll, tempDir, tempRepo, type Repo } from '../cli/helpers.ts';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';

const RECORDS = 120;
const SHARDS = 3;
const KEY = 'sk-shard-test-4f1c9a';
const WARM = 'Be warm and encouraging.';

function manifest(endpoint: string, system: string, llmExtra = ''): string {
  return `version: 1
service: helper-bot
model:
  protocol: openai
  endpoint: ${endpoint}
  id: helper-model-1
  auth:
    env: OPENAI_API_KEY
prompt:
  system: ${system}
  user: prompts/user.md
output:
  kind: text
shadow:
  dataset: data/requests.jsonl
  concurrency: 8
  timeoutMs: 5000
  minSamples: 30
  retries: { max: 0 }
  llm:
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
${llmExtra}`;
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
        const results = (request.body as { input: string[] }).input.map((t) => ({ flagged: t.includes('you sent'), categories: { harassment: t.includes('you sent') } }));
        return { kind: 'status', status: 200, body: { id: 'modr', model: 'omni-moderation-latest', results } };
      },
    });
    repo = tempRepo();
    repo.write('prompts/concise.md', 'Be concise.\n');
    repo.write('prompts/warm.md', `${WARM}\n`);
    repo.write('prompts/user.md', '[{{ id }}] {{ question }} tokens={{ tokens }}\n');
    repo.write('data/requests.jsonl', jsonl(RECORDS, (i) => ({ question: `What is twice ${i}?`, tokens: 10 ** (1 + (i % 5)) + i, plan: ['free', 'team', 'enterprise'][i % 3] })));
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
    assert.ok(merged.report.versioning && merged.report.versioning.surfaces.prompt.before !== merged.report.versioning.surfaces.prompt.after, 'the versioning review names the prompt change');
    assert.ok(merged.report.endpoints?.some((e) => e.role === 'model'), 'the endpoints of each side are reported');
    // The splits by prompt length and by segment, merged from the shards' groups.
    const byLength = merged.report.splits!.find((x) => x.by === 'prompt-tokens')!;
    assert.deepEqual(byLength.groups.map((g) => [g.label, g.pairs]), [['<100', 18], ['100–1k', 30], ['≥1k', 72]]);
    const bySegment = merged.report.splits!.find((x) => x.by === 'segment')!;
    assert.deepEqual(bySegment.groups.map((g) => [g.label, g.pairs]), [['enterprise', 40], ['free', 40], ['team', 40]]);
    assert.ok(bySegment.groups.every((g) => g.shown && g.cells.some((c) => c.metric === 'llm.refusal_rate')));
    assert.ok(JSON.stringify(merged.report).includes('you sent Bearer ***'), 'an echoed credential is redacted, as in the unsharded report');
    assert.ok(!JSON.stringify(merged.report).includes(KEY));
  });

  for (const [setting, extra] of [['judge', '    judge:\n      endpoint: http://127.0.0.1:9/v1\n      model: judge-1\n      rubrics:\n        - id: flattery\n          text: flatters the user more\n']] as const) {
    test(`shadow.llm.${setting} in a sharded run: one error at its manifest line, before any request, no part`, async () => {
      const sharded = tempRepo();
      for (const file of ['prompts/concise.md', 'prompts/warm.md', 'prompts/user.md', 'data/requests.jsonl']) sharded.write(file, readFileSync(join(repo.root, file), 'utf8'));
      sharded.write('shadowgate.yaml', manifest(model.url, 'prompts/warm.md', extra));
      sharded.write('baseline.yaml', manifest(model.url, 'prompts/concise.md', extra));
      const sent = model.requests.length;
      const out = tempDir();
      await assert.rejects(
        runShard({ ...options(out), repoRoot: sharded.root, shard: { index: 2, count: 3 } }, memoryLog()),
        (e: unknown) => {
          assert.ok(e instanceof UserError);
          assert.match(e.format(), new RegExp(`^shadowgate\\.yaml:33:\\d+: shadow\\.llm\\.${setting} is not supported in a sharded run \\(shard 2/3\\)`));
          return true;
        },
      );
      assert.equal(model.requests.length, sent, 'nothing was sent');
      assert.equal(existsSync(out) ? readdirSync(out).length : 0, 0, 'no part was written');
    });
  }
});
