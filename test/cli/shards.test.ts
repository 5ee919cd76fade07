// A sharded run as real processes: `shadow --shard I/N` per shard against a loopback model server, then
// `merge PARTS…` → the same report as one unsharded run, one sticky comment through the GitHub stand-in,
// and for every bad set of parts one error, exit 2, no report and no comment.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { commentMarker } from '../../src/github/sticky-comment.ts';
import type { JsonReport } from '../../src/report/json.ts';
import type { ModelServer } from '../support/model-servers.ts';
import { startHarness, type Harness } from '../github/harness.ts';
import { errorLines, readJsonReport, recordIndexIn, removeAll, runCli, shown, skipWithoutBundle, tempDir, tempRepo, type Repo } from './helpers.ts';
import { BREAKING_SYSTEM, startSupportModel, writeService } from './json-service.ts';

const RECORDS = 300;
const SHARDS = 3;

/** What may differ between two runs of the same data: when they ran, how long, and measured latencies. */
function comparable(report: JsonReport): unknown {
  return {
    ...report,
    generatedAt: undefined,
    replay: { ...report.replay, wallMs: undefined },
    metrics: report.metrics.filter((m) => m.id !== 'latency.ms'),
    reasons: report.reasons.filter((r) => !r.includes('latency')),
  };
}

describe('shadow --shard I/N and merge', { skip: skipWithoutBundle }, () => {
  let server: ModelServer;
  let repo: Repo;
  let h: Harness;
  let parts: string;
  let whole: JsonReport;
  const env = (): Record<string, string> => ({ GITHUB_API_URL: h.standin.apiUrl, GITHUB_TOKEN: 'user-token' });
  const shadowArgs = ['shadow', '--base-ref', 'HEAD~1', '--noise-floor', '--fail-on', 'never'];

  before(async () => {
    h = await startHarness();
    server = await startSupportModel({ latencyMs: 1 });
    repo = tempRepo();
    writeService(repo, server.url, RECORDS);
    repo.commit('baseline');
    repo.write('prompts/system.md', BREAKING_SYSTEM);
    repo.commit('candidate: playful prompt');

    const full = tempDir();
    const run = await runCli([...shadowArgs, '--out', full], { cwd: repo.root, env: env() });
    assert.equal(run.code, 0, shown(run));
    whole = readJsonReport(full);
    assert.equal(whole.verdict, 'fail', 'the breaking prompt fails, so the comparison covers a failing judgement');

    parts = tempDir();
    server.requests.length = 0;
    for (let i = 1; i <= SHARDS; i++) {
      const shard = await runCli([...shadowArgs, '--shard', `${i}/${SHARDS}`, '--out', parts], { cwd: repo.root, env: env() });
      assert.equal(shard.code, 0, shown(shard));
      assert.match(shard.stdout, new RegExp(`support-bot: shard ${i}/${SHARDS} — \\d+ pairs`));
      assert.match(shard.stdout, new RegExp(`part +.*shadowgate-part-${i}-of-${SHARDS}\\.json`));
    }
  });
  after(async () => {
    await server?.close();
    await h?.close();
    removeAll();
  });

  test('the shards replay every record exactly once between them, and write no report', () => {
    const perRecord = new Map<number, number>();
    for (const request of server.requests) {
      const index = recordIndexIn(JSON.stringify(request.body));
      perRecord.set(index, (perRecord.get(index) ?? 0) + 1);
    }
    assert.equal(perRecord.size, RECORDS);
    // baseline, candidate and the A/A repeat of the baseline: three requests per record, across all shards.
    for (const [index, n] of perRecord) assert.equal(n, 3, `record ${index}`);
    assert.deepEqual(
      readdirSync(parts).sort(),
      [1, 2, 3].map((i) => `shadowgate-part-${i}-of-3.json`),
    );
  });

  test('merge writes the report of the unsharded run — every number, verdict and example — and posts one comment', async () => {
    const out = tempDir();
    const files = [3, 1, 2].map((i) => join(parts, `shadowgate-part-${i}-of-3.json`));
    const merged = await runCli(['merge', ...files, '--out', out, '--pr', 'Codertocat/Hello-World#21'], { cwd: repo.root, env: env() });
    assert.equal(merged.code, 1, `fail verdict under the default --fail-on fail\n${shown(merged)}`);
    assert.match(merged.stdout, /^support-bot: FAIL — 300 pairs, 0 failed requests/m);
    const report = readJsonReport(out);
    assert.deepStrictEqual(comparable(report), comparable(whole));
    assert.equal(report.replay.pairs, RECORDS);
    assert.ok(
      report.metrics.some((m) => m.id === 'latency.ms' && m.n === RECORDS),
      'latency is merged too (its values are measured per run)',
    );
    assert.ok(report.worst.length > 0);
    assert.ok(existsSync(join(out, 'shadowgate-report.html')) && existsSync(join(out, 'shadowgate-report.md')));
    const comments = h.standin.commentsOn('Codertocat', 'Hello-World', 21);
    assert.equal(comments.length, 1);
    assert.ok(comments[0]!.body.startsWith(commentMarker('support-bot')));
  });

  test('under sampling (--sample-rate) the merged shards equal the unsharded run of the same sample', async () => {
    const sampled = [...shadowArgs, '--sample-rate', '0.5'];
    const full = tempDir();
    const one = await runCli([...sampled, '--out', full], { cwd: repo.root, env: env() });
    assert.equal(one.code, 0, shown(one));
    const sampledParts = tempDir();
    for (const i of [1, 2]) {
      const shard = await runCli([...sampled, '--shard', `${i}/2`, '--out', sampledParts], { cwd: repo.root, env: env() });
      assert.equal(shard.code, 0, shown(shard));
    }
    const out = tempDir();
    const merged = await runCli(['merge', sampledParts, '--out', out, '--fail-on', 'never'], { cwd: repo.root, env: env() });
    assert.equal(merged.code, 0, shown(merged));
    const whole = readJsonReport(full);
    assert.ok(whole.replay.sampled > 100 && whole.replay.sampled < 200, `about half of ${RECORDS}: ${whole.replay.sampled}`);
    assert.deepStrictEqual(comparable(readJsonReport(out)), comparable(whole));
    // Parts of another sample do not merge with these.
    await refused([join(sampledParts, 'shadowgate-part-1-of-2.json'), part(2)], /part belongs to another evaluation: its sampling is/);
  });

  async function refused(files: string[], pattern: RegExp): Promise<void> {
    const out = join(tempDir(), 'report');
    const writesBefore = h.standin.writes().length;
    const run = await runCli(['merge', ...files, '--out', out, '--pr', 'Codertocat/Hello-World#22'], { cwd: repo.root, env: env() });
    assert.equal(run.code, 2, shown(run));
    const { errors, stackTrace } = errorLines(run.stderr);
    assert.equal(errors.length, 1, shown(run));
    assert.match(errors[0]!, pattern);
    assert.ok(!stackTrace);
    assert.ok(!existsSync(out), 'no report written');
    assert.equal(h.standin.writes().length, writesBefore, 'no comment posted');
  }

  const part = (i: number) => join(parts, `shadowgate-part-${i}-of-3.json`);

  test('a missing shard: exit 2 naming it, no report, no comment', async () => {
    await refused([part(1), part(3)], /^error: shard 2\/3 is missing: 2 of 3 parts given/);
  });

  test('a duplicated shard: exit 2 naming both files', async () => {
    const copy = join(tempDir(), 'again.json');
    copyFileSync(part(2), copy);
    await refused(
      [part(1), part(2), copy, part(3)],
      new RegExp(`^error: ${copy.replace(/[.]/g, '\\.')}: shard 2/3 is given twice: here and in .*part-2-of-3\\.json`),
    );
  });

  test('truncated, corrupted and older-format parts: exit 2 naming the file', async () => {
    const dir = tempDir();
    const text = readFileSync(part(2), 'utf8');
    writeFileSync(join(dir, 'truncated.json'), text.slice(0, text.length - 1000));
    await refused([part(1), join(dir, 'truncated.json'), part(3)], /^error: .*truncated\.json:2: part is truncated/);
    const at = text.indexOf('"wallMs":') + 9;
    writeFileSync(join(dir, 'corrupted.json'), `${text.slice(0, at)}${text[at] === '9' ? '8' : '9'}${text.slice(at + 1)}`);
    await refused([part(1), join(dir, 'corrupted.json'), part(3)], /^error: .*corrupted\.json:2: part is corrupted/);
    writeFileSync(join(dir, 'older.json'), text.replace(/"version":\d+/, '"version":0'));
    await refused([part(1), join(dir, 'older.json'), part(3)], /^error: .*older\.json:1: part written in format version 0/);
  });

  test('a part from another PR head: exit 2 naming it', async () => {
    const other = tempDir();
    repo.write('prompts/system.md', `${BREAKING_SYSTEM}Sign every answer.\n`);
    repo.commit('candidate: another head');
    try {
      const run = await runCli([...shadowArgs, '--shard', '2/3', '--out', other], { cwd: repo.root, env: env() });
      assert.equal(run.code, 0, shown(run));
    } finally {
      repo.write('prompts/system.md', BREAKING_SYSTEM);
      repo.commit('candidate: back');
    }
    await refused(
      [part(1), join(other, 'shadowgate-part-2-of-3.json'), part(3)],
      /^error: .*part-2-of-3\.json: part belongs to another evaluation: its (baseline|candidate) surfaces is/,
    );
  });

  test('--shard is checked before any request, and --pr goes with merge only', async () => {
    const before = server.count;
    const bad = await runCli([...shadowArgs, '--shard', '4/3'], { cwd: repo.root, env: env() });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^error: --shard must be I\/N with 1 ≤ I ≤ N/m);
    const withPr = await runCli([...shadowArgs, '--shard', '1/3', '--pr', 'Codertocat/Hello-World#23'], { cwd: repo.root, env: env() });
    assert.equal(withPr.code, 2);
    assert.match(withPr.stderr, /--pr goes with merge, not with --shard/);
    assert.equal(server.count, before);
  });
});
