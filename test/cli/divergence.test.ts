// A candidate whose every JSON answer differs from the baseline's, with nothing broken (valid JSON, schema
// kept, same latency): the headline states how much changed and the deep-equal gate warns, so a person looks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { validateJsonReport } from '../../src/report/json.ts';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { readJsonReport, recordIndexIn, removeAll, runCli, shown, skipWithoutBundle, tempDir, type Repo } from './helpers.ts';
import { INTENTS, serviceRepo } from './json-service.ts';

const RECORDS = 120;

describe('a candidate that changes every answer', { skip: skipWithoutBundle }, () => {
  let server: ModelServer;
  let repo: Repo;

  before(async () => {
    // The baseline model answers tersely; support-model-2 answers every request in other words (still valid).
    server = await startOpenAIServer({
      keepRequests: false,
      latencyMs: 2,
      answer: (body) => {
        const index = recordIndexIn(lastUserMessage(body));
        const rewritten = (body as { model?: string }).model === 'support-model-2';
        const answer = rewritten ? `Good news about request ${index}: your parcel is on its way to you.` : `About request ${index}: it is on its way.`;
        return JSON.stringify({ intent: INTENTS[index % INTENTS.length], answer, escalate: index % 7 === 0 });
      },
    });
    repo = serviceRepo(server.url, RECORDS, {
      head: (r) => r.write('shadowgate.yaml', r.read('shadowgate.yaml').replace('support-model-1', 'support-model-2')),
      commit: 'candidate: new model pin',
    });
  });
  after(async () => {
    await server?.close();
    removeAll();
  });

  test('the headline states that every answer changed and the verdict warns, though nothing broke', async () => {
    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out], { cwd: repo.root });
    assert.equal(run.code, 0, shown(run));
    const report = readJsonReport(out);
    assert.deepEqual(validateJsonReport(report), []);
    assert.deepEqual(report.divergence, { metric: 'json.deep_equal', n: RECORDS, changed: RECORDS });
    assert.equal(report.verdict, 'warn');
    assert.equal(report.metrics.find((m) => m.id === 'json.deep_equal')?.verdict, 'warn');
    for (const id of ['requests.success_rate', 'json.parse_rate', 'json.schema_pass'])
      assert.equal(report.metrics.find((m) => m.id === id)?.verdict, 'pass', id);
    assert.match(
      run.stdout,
      new RegExp(
        `^support-bot: WARN — ${RECORDS} pairs, 0 failed requests; ${RECORDS} of ${RECORDS} answers differ \\(100 %, json\\.deep_equal\\); WARN json\\.deep_equal`,
        'm',
      ),
    );
    const markdown = readFileSync(join(out, 'shadowgate-report.md'), 'utf8');
    assert.ok(markdown.includes('**Changed:** 120 of 120 answers differ (100 %, json.deep\\_equal)'), 'the comment states the changed share');
  });
});
