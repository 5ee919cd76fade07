// Faults end to end: the CLI runs as a real process against a model server that answers some requests with
// 429 + Retry-After, 500/503, a hang past the timeout, a connection reset, malformed JSON or a 200 carrying an
// error. The run must complete, retry what is safe, classify what failed, and lose nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { validateJsonReport } from '../../src/report/json.ts';
import type { Fault, ModelServer, ReceivedRequest } from '../support/model-servers.ts';
import { lastUserMessage } from '../support/model-servers.ts';
import { readJsonReport, recordIndexIn, removeAll, runCli, shown, skipWithoutBundle, tempDir, type Repo } from './helpers.ts';
import { startSupportModel, manifestYaml, serviceRepo } from './json-service.ts';

const RECORDS = 60; // ten fault plans below, six records each
const RETRIES = 2;
const TIMEOUT_MS = 1000;
const RETRY_AFTER_S = 1;

type Side = 'baseline' | 'candidate';
interface Plan {
  sides: Side[];
  fault: Fault;
  /** Attempts that get the fault before the server answers normally (Infinity: every attempt). */
  times: number;
}

/** The fault plan for a record, by its index modulo 10. */
const PLANS: Record<number, Plan> = {
  1: { sides: ['candidate'], fault: { kind: 'status', status: 429, retryAfter: RETRY_AFTER_S }, times: 1 },
  2: { sides: ['baseline', 'candidate'], fault: { kind: 'status', status: 500 }, times: 1 },
  3: { sides: ['candidate'], fault: { kind: 'status', status: 500 }, times: Infinity },
  4: { sides: ['candidate'], fault: { kind: 'hang' }, times: Infinity },
  5: { sides: ['candidate'], fault: { kind: 'reset' }, times: Infinity },
  6: { sides: ['candidate'], fault: { kind: 'malformed' }, times: Infinity },
  7: { sides: ['candidate'], fault: { kind: 'error-body', message: 'the model is overloaded' }, times: Infinity },
  8: { sides: ['candidate'], fault: { kind: 'status', status: 429, retryAfter: 0 }, times: Infinity },
  9: { sides: ['baseline'], fault: { kind: 'status', status: 503, retryAfter: RETRY_AFTER_S }, times: 1 },
};

function sideOf(request: ReceivedRequest): Side {
  return (request.body as { model?: string } | undefined)?.model === 'support-model-2' ? 'candidate' : 'baseline';
}

function indexOf(request: ReceivedRequest): number {
  return recordIndexIn(lastUserMessage((request.body ?? {}) as Record<string, unknown>));
}

let server: ModelServer;
let repo: Repo;

before(async () => {
  const attempts = new Map<string, number>();
  server = await startSupportModel({
    fault: (request) => {
      const index = indexOf(request);
      const side = sideOf(request);
      const key = `${side}:${index}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const plan = PLANS[index % 10];
      if (!plan?.sides.includes(side) || attempt > plan.times) return undefined;
      return plan.fault;
    },
  });
  const retries = `  retries:\n    max: ${RETRIES}\n    baseDelayMs: 20\n    maxDelayMs: 100`;
  const manifest = manifestYaml({ endpoint: server.url, extra: retries }).replace('timeoutMs: 5000', `timeoutMs: ${TIMEOUT_MS}`);
  repo = serviceRepo(server.url, RECORDS, {
    base: (r) => r.write('shadowgate.yaml', manifest),
    head: (r) => r.write('shadowgate.yaml', manifest.replace('support-model-1', 'support-model-2')),
    commit: 'candidate: new model pin',
  });
});
after(async () => {
  await server?.close();
  removeAll();
});

test('under injected faults the run completes and every request is accounted for by class', { skip: skipWithoutBundle }, async () => {
  const out = tempDir();
  const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--fail-on', 'never'], { cwd: repo.root });
  assert.equal(run.code, 0, shown(run));
  const report = readJsonReport(out);
  assert.deepEqual(validateJsonReport(report), []);

  const perPlan = RECORDS / 10;
  const replay = report.replay;
  // Nothing lost: every sampled record became a pair, every request has an outcome.
  assert.equal(replay.sampled, RECORDS);
  assert.equal(replay.pairs, RECORDS);
  assert.equal(replay.requests, 2 * RECORDS);
  const failedTotal = Object.values(replay.failed).reduce((a, b) => a + (b ?? 0), 0);
  assert.equal(replay.ok + failedTotal, replay.requests);

  // Each failure class, counted once per request that ended in it; transient faults were retried away.
  assert.deepEqual(replay.failed, {
    'http-5xx': perPlan,
    timeout: perPlan,
    connect: perPlan,
    'bad-body': perPlan,
    'error-body': perPlan,
    'rate-limited': perPlan,
  });
  assert.equal(replay.ok, 2 * RECORDS - 6 * perPlan);
  // Retried: one extra attempt for plans 1 and 9 (one side) and 2 (both sides); RETRIES for the persistent
  // retryable faults (500, hang, reset, 429); none for bad bodies, which are not retried.
  const expectedRetried = perPlan * (1 + 2 + 1) + perPlan * RETRIES * 4;
  assert.equal(replay.retried, expectedRetried);
  assert.equal(server.count, replay.requests + replay.retried, 'the server saw every first attempt and every retry');

  // The success-rate metric attributes the failures to the side that had them.
  const success = report.metrics.find((m) => m.id === 'requests.success_rate');
  assert.ok(success);
  assert.deepEqual(success.details?.failures, { baseline: {}, candidate: replay.failed });
  assert.equal(success.verdict, 'fail');
  assert.equal(report.verdict, 'fail');

  // Retry-After was honoured: the retry of a 429/503 came no sooner than the server asked.
  for (const [plan, side] of [
    [1, 'candidate'],
    [9, 'baseline'],
  ] as const) {
    for (let index = plan; index < RECORDS; index += 10) {
      const attempts = server.requests.filter((r) => indexOf(r) === index && sideOf(r) === side);
      assert.equal(attempts.length, 2, `record ${index} (${side}) was sent twice`);
      const waited = attempts[1]!.at - attempts[0]!.at;
      assert.ok(waited >= RETRY_AFTER_S * 1000 - 50, `record ${index} (${side}) was retried after ${waited.toFixed(0)} ms, before Retry-After`);
    }
  }
  // Bad bodies are final: a malformed or error-carrying answer is not asked again.
  for (const plan of [6, 7]) {
    for (let index = plan; index < RECORDS; index += 10) {
      assert.equal(server.requests.filter((r) => indexOf(r) === index && sideOf(r) === 'candidate').length, 1);
    }
  }
  assert.match(run.stdout, new RegExp(`^support-bot: FAIL — ${RECORDS} pairs, ${failedTotal} failed requests`, 'm'));
});
