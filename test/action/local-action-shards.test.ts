// A sharded evaluation as the workflow template runs it, each job under @github/local-action: `shadow` with
// `shard: I/N` per matrix job (a part each, no comment), then `merge` over the downloaded parts — one sticky
// comment and the outputs of an unsharded run; with a shard missing, one error and no comment.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startChatModel, type DemoServer } from '../../src/demo/chat-model.ts';
import { commentMarker } from '../../src/github/sticky-comment.ts';
import { makeExampleRepo } from '../support/git-repo.ts';
import { pullRequestRunnerEnv, startHarness, type Harness } from '../github/harness.ts';
import { ROOT, runLocalAction, shownRun } from './local-action-run.ts';

const [OWNER, REPO, PR] = ['Codertocat', 'Hello-World', 2];
const SHARDS = 2;

describe('local-action: shadow per shard, then merge', () => {
  let h: Harness;
  let chat: DemoServer;
  let repo: string;
  let base: string;
  let head: string;
  const work = mkdtempSync(join(tmpdir(), 'sg-local-action-shards-'));
  const downloaded = join(work, 'shadowgate-parts');

  before(async () => {
    h = await startHarness();
    chat = await startChatModel();
    ({ dir: repo, base, head } = makeExampleRepo(join(ROOT, 'examples', 'support-bot'), join(work, 'repo')));
  });
  after(async () => {
    await chat?.close();
    await h?.close();
  });

  function dotenv(inputs: Record<string, string>): Record<string, string> {
    h.standin.setPullFiles(OWNER, REPO, PR, [{ filename: 'prompts/system.md' }]);
    const eventPath = join(mkdtempSync(join(work, 'event-')), 'event.json');
    const summary = join(work, 'summary.md');
    writeFileSync(summary, '');
    return {
      ...pullRequestRunnerEnv(h, { eventPath, base, head, changedFiles: 1, repository: `${OWNER}/${REPO}`, runId: '5151', workspace: repo }),
      GITHUB_STEP_SUMMARY: summary,
      'INPUT_GITHUB-TOKEN': 'actions-token',
      'INPUT_BASELINE-ENDPOINT': chat.url,
      'INPUT_CANDIDATE-ENDPOINT': chat.url,
      'INPUT_FAIL-ON': 'never',
      ...inputs,
    };
  }

  test('each shard job writes its part and posts nothing; the merge job posts the one comment', async () => {
    for (let i = 1; i <= SHARDS; i++) {
      const run = await runLocalAction(dotenv({ INPUT_SHARD: `${i}/${SHARDS}`, 'INPUT_REPORT-DIR': join(work, `job-${i}`) }));
      assert.equal(run.code, 0, shownRun(run));
      assert.equal(run.errors.length, 0, shownRun(run));
      assert.equal(run.outputs.skipped, 'false', shownRun(run));
      assert.equal(basename(run.outputs.part ?? ''), `shadowgate-part-${i}-of-${SHARDS}.json`, shownRun(run));
      assert.equal(run.outputs.verdict, undefined, 'a shard has no verdict');
      // What actions/upload-artifact + download-artifact (merge-multiple) do between the jobs.
      mkdirSync(downloaded, { recursive: true });
      copyFileSync(run.outputs.part!, join(downloaded, basename(run.outputs.part!)));
    }
    assert.equal(h.standin.commentsOn(OWNER, REPO, PR).length, 0, 'no comment from the shard jobs');

    const merge = await runLocalAction(dotenv({ INPUT_COMMAND: 'merge', INPUT_PARTS: downloaded, 'INPUT_REPORT-DIR': join(work, 'merged') }));
    assert.equal(merge.code, 0, shownRun(merge));
    assert.equal(merge.outputs.skipped, 'false', shownRun(merge));
    assert.match(merge.outputs.verdict ?? '', /^(pass|warn|fail|inconclusive)$/);
    const report = JSON.parse(readFileSync(merge.outputs['report-json'] ?? '', 'utf8')) as { service: string; replay: { pairs: number; sampled: number } };
    assert.equal(report.service, 'support-bot');
    assert.equal(report.replay.pairs, report.replay.sampled);
    assert.ok(report.replay.pairs > 0);
    const comments = h.standin.commentsOn(OWNER, REPO, PR);
    assert.equal(comments.length, 1);
    assert.ok(comments[0]?.body.includes(commentMarker('support-bot')));
    assert.equal(merge.outputs['comment-url'], `${h.standin.origin}/${OWNER}/${REPO}/pull/${PR}#issuecomment-${comments[0]?.id}`);
  });

  test('a failed shard job leaves the merge job naming the missing shard: step failed, no report, no new comment', async () => {
    const onlyFirst = join(work, 'only-first');
    mkdirSync(onlyFirst, { recursive: true });
    copyFileSync(join(downloaded, `shadowgate-part-1-of-${SHARDS}.json`), join(onlyFirst, `shadowgate-part-1-of-${SHARDS}.json`));
    const writes = h.standin.writes().length;
    const merge = await runLocalAction(dotenv({ INPUT_COMMAND: 'merge', INPUT_PARTS: onlyFirst, 'INPUT_REPORT-DIR': join(work, 'merged-partial') }));
    assert.notEqual(merge.code, 0, shownRun(merge));
    assert.equal(merge.errors.length, 1, shownRun(merge));
    assert.match(merge.errors[0] ?? '', /shard 2\/2 is missing: 1 of 2 parts given/);
    assert.equal(merge.outputs.verdict, undefined);
    assert.equal(h.standin.writes().length, writes, 'nothing written to GitHub');
    assert.ok(!existsSync(join(work, 'merged-partial')), 'no report written');
  });
});
