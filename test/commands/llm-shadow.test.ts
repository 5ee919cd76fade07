// End to end on the TypeScript sources: a prompt change that makes a chat assistant flatter, refuse
// more, break a downstream check at long contexts and cost more is caught by runShadow with `shadow.llm`,
// and the PR comment says so with numbers; a re-run pays no judge call. Model and judge are real HTTP
// servers on loopback.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runShadow, type ShadowOptions } from '../../src/commands/shadow.ts';
import { UserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { parseManifest } from '../../src/manifest/load.ts';
import { withLlmGates } from '../../src/commands/llm.ts';
import { jsonl, lineOf, removeAll, tempDir, tempRepo, type Repo } from '../cli/helpers.ts';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { startJudgeServer, type JudgeServer } from '../replay/judge-server.ts';
import { helperBotManifest } from './helper-bot-manifest.ts';

const FLATTERY = 'What a brilliant question!';
const WARM = 'Be warm and encouraging.';
const RECORDS = 240;

/** Prompt tokens of record i: half short, a quarter mid-length, a quarter long. */
function promptTokens(i: number): number {
  return i % 4 < 2 ? 1_000 + i : i % 4 === 2 ? 12_000 + i : 40_000 + i;
}

function systemOf(body: Record<string, unknown>): string {
  const messages = body.messages as Array<{ role: string; content: string }>;
  return messages.find((m) => m.role === 'system')?.content ?? '';
}

/**
 * Baseline prompt: `Answer: <2i>`. The warm prompt flatters on every 5th record, refuses on every
 * 10th (+3), and at long contexts drops the `Answer:` line downstream code parses on every other
 * record; it also writes twice as many tokens.
 */
function answer(body: Record<string, unknown>) {
  const [, id, tokens] = /\[r-(\d+)\] .* tokens=(\d+)/.exec(lastUserMessage(body)) ?? [];
  const i = Number(id);
  const warm = systemOf(body).includes(WARM);
  const usage = (completion: number) => ({ prompt_tokens: Number(tokens), completion_tokens: completion, total_tokens: Number(tokens) + completion });
  if (!warm) return { content: `Answer: ${i * 2}`, usage: usage(200) };
  if (i % 10 === 3) return { content: "I'm sorry, but I can't help with that.", usage: usage(1200) };
  if (Number(tokens) >= 32_000 && i % 8 === 3 + 4) return { content: `It is ${i * 2}, I believe.`, usage: usage(1200) };
  return { content: `${i % 5 === 0 ? `${FLATTERY} ` : ''}Answer: ${i * 2}`, usage: usage(1200) };
}

function manifest(endpoint: string, judgeUrl: string, system: string): string {
  return helperBotManifest({
    endpoint,
    system,
    minSamples: 50,
    shadowTail: `  llm:
    tasks:
      - id: answer-line
        regex: 'Answer: [0-9]+$'
    prices:
      helper-model-1: { input: 1, output: 4 }
    split:
      promptTokens: [8000, 32000]
      segmentField: meta.plan
      minPairs: 30
    judge:
      endpoint: ${judgeUrl}
      model: judge-1
      rubrics:
        - id: flattery
          text: flatters the user more
      concurrency: 4
      sample: { max: 500 }
      cacheDir: .cache/judge
  gates:
    # Refusals only warn by default; this service treats them as critical. The other LLM metrics keep
    # their default gates (task checks critical, judge and cost warn).
    - metric: llm.refusal_rate
      critical: true
`,
  });
}

describe('default gates of shadow.llm', () => {
  test('each configured metric is gated; a manifest gate overrides field by field or mutes it', () => {
    const settings = {
      tasks: [{ id: 't', regex: 'x' }],
      prices: { m: { input: 1, output: 1 } },
      moderation: { endpoint: 'http://127.0.0.1:1/v1' },
      judge: { endpoint: 'http://127.0.0.1:1/v1', model: 'j', rubrics: [{ id: 'helpful', text: 'is more helpful', badDirection: 'decrease' as const }] },
    };
    const gates = withLlmGates(
      [
        { metric: 'latency.ms', threshold: 1.5 },
        { metric: 'cost.per_1k_requests', threshold: 1.1 },
        { metric: 'llm.refusal_rate', muted: true },
      ],
      settings,
    )!;
    const by = new Map(gates.map((g) => [g.metric, g]));
    assert.deepEqual(by.get('latency.ms'), { metric: 'latency.ms', threshold: 1.5 });
    assert.deepEqual(by.get('task.success'), { metric: 'task.success', direction: 'decrease', critical: true });
    assert.deepEqual(by.get('llm.moderation_flag_rate'), { metric: 'llm.moderation_flag_rate', direction: 'increase', critical: true });
    assert.deepEqual(by.get('cost.per_1k_requests'), { metric: 'cost.per_1k_requests', direction: 'increase', critical: false, threshold: 1.1 });
    assert.deepEqual(by.get('judge.helpful'), { metric: 'judge.helpful', direction: 'decrease', critical: false });
    assert.equal(by.get('llm.refusal_rate')?.muted, true);
    assert.equal(gates.length, 6, 'one gate per metric');
    assert.equal(withLlmGates(undefined, undefined), undefined);
    assert.deepEqual(withLlmGates(undefined, { refusals: { enabled: false } }), []);
  });
});

describe('runShadow with shadow.llm', () => {
  let model: ModelServer;
  let judgeServer: JudgeServer;
  before(async () => {
    model = await startOpenAIServer({ answer: (body) => answer(body) });
    judgeServer = await startJudgeServer({ marker: FLATTERY });
  });
  after(async () => {
    await model?.close();
    await judgeServer?.close();
    removeAll();
  });

  function service(): Repo {
    const repo = tempRepo();
    repo.write('shadowgate.yaml', manifest(model.url, judgeServer.url, 'prompts/warm.md'));
    repo.write('baseline.yaml', manifest(model.url, judgeServer.url, 'prompts/concise.md'));
    repo.write('prompts/concise.md', 'Be concise.\n');
    repo.write('prompts/warm.md', `${WARM}\n`);
    repo.write('prompts/user.md', '[{{ id }}] {{ question }} tokens={{ tokens }}\n');
    repo.write(
      'data/requests.jsonl',
      jsonl(RECORDS, (i) => ({ question: `What is twice ${i}?`, tokens: promptTokens(i), meta: { plan: i % 3 ? 'free' : 'team' } })),
    );
    return repo;
  }

  function options(repo: Repo): ShadowOptions {
    return { manifestPath: 'shadowgate.yaml', baselineManifestPath: 'baseline.yaml', repoRoot: repo.root, outDir: join(tempDir(), 'report'), env: {} };
  }

  test('flattery, refusals, a broken downstream check at long contexts and the cost are in the verdict and the comment', async () => {
    const repo = service();
    const { report, paths } = await runShadow(options(repo), memoryLog());
    const metric = (id: string) => report.judgement.metrics.find((m) => m.metric.id === id)!;

    const refusals = metric('llm.refusal_rate');
    assert.equal(refusals.metric.baseline, 0);
    assert.equal(refusals.metric.candidate, RECORDS / 10 / RECORDS);
    assert.equal(refusals.verdict, 'fail');
    assert.equal(report.judgement.verdict, 'fail');

    const flattery = metric('judge.flattery');
    const flattering = Array.from({ length: RECORDS }, (_, i) => i).filter((i) => i % 5 === 0 && i % 10 !== 3 && !(i % 4 === 3 && i % 8 === 7)).length;
    assert.equal(flattery.metric.binary?.candidateOnly, flattering);
    assert.equal(flattery.metric.binary?.baselineOnly, 0);
    assert.equal(flattery.verdict, 'warn');

    const task = metric('task.success');
    const broken = Array.from({ length: RECORDS }, (_, i) => i).filter((i) => i % 10 === 3 || i % 8 === 7).length;
    assert.equal(task.metric.binary?.baselineOnly, broken, 'refusals and long-context answers fail the check');
    assert.equal(task.metric.binary?.candidateOnly, 0);
    assert.equal(task.verdict, 'fail', 'task checks are critical by default');
    assert.equal(task.gate?.critical, true);

    const cost = metric('cost.per_1k_requests');
    assert.equal(cost.verdict, 'warn');
    const details = cost.metric.details as { baseline: { mean: number }; candidate: { mean: number } };
    // Per request: prompt tokens × $1 + completion × $4 per million; the candidate writes 1,200 tokens, not 200.
    const meanPrompt = Array.from({ length: RECORDS }, (_, i) => promptTokens(i)).reduce((a, b) => a + b, 0) / RECORDS;
    assert.ok(Math.abs(details.baseline.mean - ((meanPrompt + 200 * 4) / 1e6) * 1000) < 1e-9);
    assert.ok(Math.abs(details.candidate.mean - ((meanPrompt + 1200 * 4) / 1e6) * 1000) < 1e-9);

    // The downstream check breaks only at long contexts, and the split shows where.
    const byLength = report.splits!.find((s) => s.by === 'prompt-tokens')!;
    const taskIn = (label: string) => byLength.groups.find((g) => g.label === label)!.cells.find((c) => c.metric === 'task.success')!;
    assert.deepEqual(
      byLength.groups.map((g) => [g.label, g.pairs]),
      [
        ['<8k', 120],
        ['8k–32k', 60],
        ['≥32k', 60],
      ],
    );
    assert.ok(taskIn('≥32k').candidate! < taskIn('<8k').candidate! - 0.3, 'long contexts lose the Answer: line far more often');
    assert.ok(report.splits!.some((s) => s.by === 'segment' && s.groups.some((g) => g.label === 'team')));

    // The judge's reasons sit next to the worst examples it judged.
    const judged = report.worst.filter((w) => w.judge?.length);
    assert.ok(judged.length > 0);
    assert.ok(judged.every((w) => w.judge!.every((v) => v.rubric === 'flattery' && v.reasons.length === 2)));
    // And the judge section quotes its reasons for pairs in which the candidate flattered.
    const examples = (flattery.metric.details as { examples: Array<{ recordId: string; reasons: string[] }> }).examples;
    assert.equal(examples.length, 3);
    assert.ok(examples.every((e) => Number(e.recordId.slice(2)) % 5 === 0 && e.reasons.every((r) => r.includes(FLATTERY))));

    const comment = readFileSync(paths.markdown, 'utf8');
    if (process.env.SHOW_COMMENT) console.log(comment);
    assert.match(comment, /#### Judge model/);
    assert.match(comment, /flatters the user more/);
    assert.match(comment, /#### By prompt length/);
    assert.match(comment, /≥32k \(60\)/);
    assert.match(comment, /\*\*Judge model\*\*/);
    assert.match(comment, /record `r-000` \(line 1\): “Answer [AB] says "What a brilliant question/);
    assert.match(comment, /llm\.refusal_rate/);
    assert.match(comment, /cost\.per\\?_1k\\?_requests|cost\.per_1k_requests/);
    const page = readFileSync(paths.html, 'utf8');
    assert.match(page, /<h2>Judge model<\/h2>/);
    assert.match(page, /<h2>By prompt length<\/h2>/);
    assert.match(page, /<th>≥32k \(60\)<\/th>/);
    assert.match(page, /<h3>Judge model<\/h3>/);
    const json = JSON.parse(readFileSync(paths.json, 'utf8')) as { splits: unknown[]; worst: Array<{ judge?: unknown[] }> };
    assert.equal(json.splits.length, 2);

    // Same pairs again: every vote comes from the cache.
    const calls = judgeServer.calls;
    const again = await runShadow(options(repo), memoryLog());
    assert.equal(judgeServer.calls, calls, 'a re-run makes 0 judge calls');
    assert.deepEqual(again.report.judgement.metrics.find((m) => m.metric.id === 'judge.flattery')!.metric.binary, flattery.metric.binary);
  });

  test('a bad regular expression is reported at its manifest line, before anything is sent', async () => {
    const repo = service();
    const text = manifest(model.url, judgeServer.url, 'prompts/warm.md').replace("regex: 'Answer: [0-9]+$'", () => "regex: 'Answer: ([0-9]+$'");
    repo.write('shadowgate.yaml', text);
    const before = model.count;
    const error = await runShadow(options(repo), memoryLog()).then(
      () => assert.fail('the run should fail'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof UserError);
    assert.match(error.message, /shadow\.llm\.tasks\[0\]\.regex is not a valid regular expression/);
    assert.deepEqual({ file: error.location?.file, line: error.location?.line }, { file: 'shadowgate.yaml', line: lineOf(text, 'regex:') });
    assert.equal(model.count, before);
  });

  test('a price table without the model, and an unset judge credential, name their lines', async () => {
    const repo = service();
    let text = manifest(model.url, judgeServer.url, 'prompts/warm.md').replace('helper-model-1: { input', 'other-model: { input');
    repo.write('shadowgate.yaml', text);
    let error = await runShadow(options(repo), memoryLog()).catch((e: unknown) => e);
    assert.ok(error instanceof UserError);
    assert.match(error.message, /no price for the candidate model "helper-model-1"/);
    assert.equal(error.location?.line, lineOf(text, 'other-model:'));

    text = manifest(model.url, judgeServer.url, 'prompts/warm.md').replace(
      '      model: judge-1\n',
      '      model: judge-1\n      auth: { env: JUDGE_API_KEY }\n',
    );
    repo.write('shadowgate.yaml', text);
    error = await runShadow(options(repo), memoryLog()).catch((e: unknown) => e);
    assert.ok(error instanceof UserError);
    assert.match(error.message, /JUDGE_API_KEY/);
    assert.equal(error.location?.line, lineOf(text, 'JUDGE_API_KEY'));
  });

  test('the schema rejects a task without a check and a judge endpoint that is not a URL, at file:line', () => {
    const base = manifest('http://127.0.0.1:1/v1', 'http://127.0.0.1:2/v1', 'prompts/warm.md');
    const noCheck = base.replace("      - id: answer-line\n        regex: 'Answer: [0-9]+$'\n", () => '      - id: answer-line\n');
    assert.throws(
      () => parseManifest(noCheck, 'shadowgate.yaml'),
      (e: unknown) =>
        e instanceof UserError &&
        /needs at least one of assert, schema, regex, command/.test(e.message) &&
        e.location?.line === lineOf(noCheck, 'id: answer-line'),
    );
    const badUrl = base.replace('endpoint: http://127.0.0.1:2/v1', 'endpoint: judge.internal');
    assert.throws(
      () => parseManifest(badUrl, 'shadowgate.yaml'),
      (e: unknown) =>
        e instanceof UserError && /shadow\.llm\.judge\.endpoint must be an http/.test(e.message) && e.location?.line === lineOf(badUrl, 'judge.internal'),
    );
  });
});
