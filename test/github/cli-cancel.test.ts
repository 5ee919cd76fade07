// A cancelled run still says something: the real CLI process gets SIGTERM / SIGINT in the middle of its
// replay (as GitHub cancels a job, or a user presses Ctrl-C), stops sending, writes its reports over what
// completed marked partial, updates the PR comment on the OpenAPI-checked stand-in, and exits 143 / 130.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { commentMarker } from '../../src/report/comment.ts';
import { startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { makeExampleRepo } from '../support/git-repo.ts';
import { startHarness, type Harness } from './harness.ts';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

describe('a cancelled shadow run', { skip: existsSync(cli) ? false : 'dist/cli.js missing' }, () => {
  let h: Harness;
  let model: ModelServer;
  let repo: string;

  before(async () => {
    h = await startHarness();
    // Slow enough that the 400-record example takes minutes: the signal always lands mid-replay.
    model = await startOpenAIServer({
      latencyMs: 400,
      keepRequests: false,
      answer: () => '{"intent": "shipping", "answer": "It is on its way.", "escalate": false}',
    });
    ({ dir: repo } = makeExampleRepo(join(root, 'examples', 'support-bot'), join(mkdtempSync(join(tmpdir(), 'sg-cancel-')), 'repo')));
  });
  after(async () => {
    await model?.close();
    await h?.close();
  });

  const env = () => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_API_URL: h.standin.apiUrl,
    GITHUB_TOKEN: 'user-token',
    SHADOWGATE_BASELINE_ENDPOINT: model.url,
    SHADOWGATE_CANDIDATE_ENDPOINT: model.url,
  });

  async function cancelMidRun(signal: 'SIGTERM' | 'SIGINT', pr: number | undefined, args: string[] = []) {
    const out = join(mkdtempSync(join(tmpdir(), 'sg-cancel-out-')), 'r');
    const target = pr === undefined ? [] : ['--pr', `Codertocat/Hello-World#${pr}`];
    const child = spawn(process.execPath, [cli, 'shadow', '--base-ref', 'HEAD~1', '--concurrency', '4', ...target, '--out', out, ...args], {
      cwd: repo,
      env: env(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const closed = new Promise<number | null>((done) => child.on('close', done));
    const start = model.count;
    while (model.count < start + 12) await sleep(20);
    child.kill(signal);
    const receivedAtSignal = model.count;
    const code = await closed;
    return { code, stdout, stderr, out, receivedAtSignal, received: model.count - start };
  }

  test('SIGTERM: stop sending, partial reports over what completed, the comment says so, exit 143', async () => {
    const run = await cancelMidRun('SIGTERM', 21);
    const shown = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.code, 143, shown);
    // Nothing new was sent after the signal: at most the 4 requests already on their way arrive.
    assert.ok(model.count <= run.receivedAtSignal + 4, `${model.count - run.receivedAtSignal} requests arrived after the signal`);

    const json = JSON.parse(readFileSync(join(run.out, 'shadowgate-report.json'), 'utf8'));
    assert.deepEqual(json.replay.interrupted, { by: 'signal', reason: 'cancelled (SIGTERM)' });
    assert.ok(json.replay.ok >= 8, `${json.replay.ok} requests completed`);
    assert.equal(json.replay.ok + json.replay.failed.cancelled, json.replay.requests);
    assert.equal(json.replay.sampled, 400, 'every sampled record is accounted for');

    const markdown = readFileSync(join(run.out, 'shadowgate-report.md'), 'utf8');
    assert.match(markdown, /Partial report: the replay stopped early — cancelled \(SIGTERM\)/);
    assert.match(run.stdout, /\(partial: cancelled \(SIGTERM\)\)/);
    assert.match(run.stderr, /SIGTERM received: stopping/);

    const comments = h.standin.commentsOn('Codertocat', 'Hello-World', 21);
    assert.equal(comments.length, 1);
    assert.equal(comments[0]!.body, markdown, 'the comment is the .md report');
    assert.ok(comments[0]!.body.includes(commentMarker('support-bot')));
  });

  test('SIGINT (Ctrl-C) exits 130 after the same partial report', async () => {
    const run = await cancelMidRun('SIGINT', 22);
    assert.equal(run.code, 130, `${run.stdout}\n${run.stderr}`);
    const json = JSON.parse(readFileSync(join(run.out, 'shadowgate-report.json'), 'utf8'));
    assert.deepEqual(json.replay.interrupted, { by: 'signal', reason: 'cancelled (SIGINT)' });
    assert.match(h.standin.commentsOn('Codertocat', 'Hello-World', 22)[0]?.body ?? '', /Partial report/);
  });

  test('SIGTERM on a shard job: its part is written marked partial, exit 143; the merged report says it is partial', async () => {
    const run = await cancelMidRun('SIGTERM', undefined, ['--shard', '1/2']);
    assert.equal(run.code, 143, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /support-bot: shard 1\/2 — \d+ pairs/);
    const other = spawn(process.execPath, [cli, 'shadow', '--base-ref', 'HEAD~1', '--concurrency', '64', '--shard', '2/2', '--out', run.out], {
      cwd: repo,
      env: env(),
    });
    assert.equal(await new Promise<number | null>((done) => other.on('close', done)), 0);
    const out = join(mkdtempSync(join(tmpdir(), 'sg-cancel-merged-')), 'r');
    const merge = spawn(process.execPath, [cli, 'merge', run.out, '--fail-on', 'never', '--out', out], { cwd: repo, env: env() });
    let stdout = '';
    merge.stdout.on('data', (d: Buffer) => (stdout += d));
    assert.equal(await new Promise<number | null>((done) => merge.on('close', done)), 0, stdout);
    const json = JSON.parse(readFileSync(join(out, 'shadowgate-report.json'), 'utf8'));
    assert.deepEqual(json.replay.interrupted, { by: 'signal', reason: 'cancelled (SIGTERM)' });
    assert.equal(json.replay.sampled, 400, 'every sampled record of both shards is accounted for');
    assert.match(readFileSync(join(out, 'shadowgate-report.md'), 'utf8'), /Partial report: the replay stopped early — cancelled \(SIGTERM\)/);
    assert.match(stdout, /\(partial: cancelled \(SIGTERM\)\)/);
  });
});
