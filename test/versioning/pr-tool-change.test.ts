// End to end, as on a pull request: the PR makes a tool parameter required (and the prompt sends it),
// updating shadowgate.lock with the change. `shadowgate shadow` replays recorded requests against a
// loopback model server, and the report must say the tool change is BREAKING under the required FULL
// level, spell out the migration, count the replayed calls each schema rejects, and show the
// surfaces' ids old → new matching the two locks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../support/model-servers.ts';
import { jsonl, readJsonReport, recordIndexIn, removeAll, runCli, shown, skipWithoutBundle, tempDir, tempRepo, type Repo } from '../cli/helpers.ts';
import { validateJsonReport } from '../../src/report/json.ts';

const RECORDS = 120;
/** The baseline model answers without a call on these records. */
const noCall = (i: number) => i % 5 === 0;
/** The candidate model leaves out the new parameter on these records (calls its own schema rejects). */
const noReason = (i: number) => i % 3 === 0;

const refund = (properties: Record<string, unknown>, required: string[]) =>
  `${JSON.stringify({ type: 'function', function: { name: 'refund', description: 'Refund an order.', parameters: { type: 'object', properties, required, additionalProperties: false } } }, null, 2)}\n`;

function manifest(endpoint: string): string {
  return [
    'version: 1',
    'service: refunds',
    'model:',
    '  protocol: openai',
    `  endpoint: ${endpoint}`,
    '  id: refund-model-2026-01-15',
    'prompt:',
    '  system: prompts/system.md',
    '  user: prompts/user.md',
    'tools:',
    '  schemas: [tools/refund.json]',
    'output:',
    '  kind: tool-calls',
    'shadow:',
    '  dataset: data/requests.jsonl',
    '  concurrency: 8',
    '  timeoutMs: 5000',
    '  minSamples: 50',
    '',
  ].join('\n');
}

function systemOf(body: Record<string, unknown>): string {
  const messages = (body.messages ?? []) as Array<{ role: string; content: string }>;
  return messages.find((m) => m.role === 'system')?.content ?? '';
}

describe('a PR that makes a tool parameter required', { skip: skipWithoutBundle }, () => {
  let model: ModelServer;
  let repo: Repo;
  let baseLock: { surfaces: Record<string, string> };
  let headLock: { surfaces: Record<string, string> };

  before(async () => {
    model = await startOpenAIServer({
      answer: (body) => {
        const i = recordIndexIn(lastUserMessage(body));
        const withReason = systemOf(body).includes('reason');
        if (!withReason && noCall(i)) return 'Nothing to refund.';
        const args = withReason && !noReason(i) ? { orderId: `o-${i}`, reason: 'damaged' } : { orderId: `o-${i}` };
        return { toolCalls: [{ name: 'refund', arguments: JSON.stringify(args) }] };
      },
    });
    repo = tempRepo();
    repo.write('shadowgate.yaml', manifest(model.url));
    repo.write('prompts/system.md', 'Refund the order the customer names.\n');
    repo.write('prompts/user.md', '[{{ id }}] {{ question }}\n');
    repo.write('tools/refund.json', refund({ orderId: { type: 'string' } }, ['orderId']));
    repo.write(
      'data/requests.jsonl',
      jsonl(RECORDS, (i) => ({ question: `Please refund order o-${i}.` })),
    );
    assert.equal((await runCli(['lock'], { cwd: repo.root })).code, 0);
    baseLock = JSON.parse(repo.read('shadowgate.lock'));
    repo.commit('refunds service');

    // The PR: a required `reason`, the prompt that asks for it, and the updated lock.
    repo.write('tools/refund.json', refund({ orderId: { type: 'string' }, reason: { type: 'string' } }, ['orderId', 'reason']));
    repo.write('prompts/system.md', 'Refund the order the customer names, with the reason they give.\n');
    assert.equal((await runCli(['lock'], { cwd: repo.root })).code, 0);
    headLock = JSON.parse(repo.read('shadowgate.lock'));
    repo.commit('require a refund reason');
  });
  after(async () => {
    await model?.close();
    removeAll();
  });

  test('BREAKING below FULL fails the run, with the migration path and the replayed calls each schema rejects', async () => {
    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out], { cwd: repo.root });
    assert.equal(run.code, 1, shown(run));
    const report = readJsonReport(out);
    assert.deepEqual(validateJsonReport(report), []);
    assert.equal(report.verdict, 'fail');
    assert.match(report.reasons[0]!, /^FAIL \(versioning\) tool refund: BREAKING change, below the required FULL/);

    const v = report.versioning!;
    assert.equal(v.lock, 'shadowgate.lock');
    assert.equal(v.tools.length, 1);
    const tool = v.tools[0]!;
    assert.equal(tool.tool, 'refund');
    assert.equal(tool.change, 'changed');
    assert.equal(tool.class, 'BREAKING');
    assert.equal(tool.required, 'FULL');
    assert.equal(tool.ok, false);
    assert.deepEqual(
      tool.backward.map((p) => [p.rule, p.path]),
      [['required-added', 'reason']],
    );
    assert.deepEqual(
      tool.forward.map((p) => [p.rule, p.path]),
      [['property-not-allowed', 'reason']],
    );
    assert.equal(
      tool.migration,
      'expand, migrate, contract: 1) add `reason` as an optional property (old and new calls both pass), 2) roll out the prompt that sends it until no old prompt is live, 3) make it required in a later change',
    );

    // Counted from the records: every old call lacks `reason` (the new schema rejects it); every new
    // call that its own schema accepts carries `reason` (the old, closed schema rejects it).
    const indexes = Array.from({ length: RECORDS }, (_, i) => i);
    const oldCalls = indexes.filter((i) => !noCall(i)).length;
    const newCalls = indexes.filter((i) => !noReason(i)).length;
    assert.equal(report.replay.pairs, RECORDS);
    assert.deepEqual(
      {
        oldCalls: tool.replayed?.oldCalls,
        oldRejectedByNew: tool.replayed?.oldRejectedByNew,
        newCalls: tool.replayed?.newCalls,
        newRejectedByOld: tool.replayed?.newRejectedByOld,
      },
      { oldCalls, oldRejectedByNew: oldCalls, newCalls, newRejectedByOld: newCalls },
    );
    const examples = tool.replayed!.examples;
    assert.deepEqual(examples.map((x) => x.side).sort(), ['baseline', 'baseline', 'baseline', 'candidate', 'candidate', 'candidate']);
    for (const x of examples) {
      const i = recordIndexIn(x.recordId);
      assert.equal(x.line, i + 1, 'the example names the dataset line of its record');
      assert.deepEqual(JSON.parse(x.arguments), x.side === 'baseline' ? { orderId: `o-${i}` } : { orderId: `o-${i}`, reason: 'damaged' });
    }
    assert.match(examples.find((x) => x.side === 'baseline')!.reason, /^required/);
    assert.match(examples.find((x) => x.side === 'candidate')!.reason, /^additionalProperties/);

    // Ids old → new, as the two locks recorded them.
    const surfaces = Object.fromEntries(report.surfaces.map((s) => [s.surface, s]));
    for (const s of ['prompt', 'tools'] as const) {
      assert.equal(surfaces[s]?.changed, true);
      assert.deepEqual(surfaces[s]?.ids, { before: baseLock.surfaces[s], after: headLock.surfaces[s] });
    }
    assert.equal(surfaces.model?.changed, false);
    assert.equal(v.pin.pinned, true);

    const markdown = readFileSync(join(out, 'shadowgate-report.md'), 'utf8');
    const short = (id: string) => id.slice(0, 12);
    assert.ok(
      markdown.includes(
        `| tools | \`refund\` | \`refund\` | \`${short(baseLock.surfaces.tools!)}\` → \`${short(headLock.surfaces.tools!)}\` | \`tools/refund.json\` |`,
      ),
      markdown,
    );
    assert.ok(
      markdown.includes(
        `| \`refund\` | changed | 💥 BREAKING | ❌ FULL | old calls rejected by the new schema: ${oldCalls} of ${oldCalls} · new calls rejected by the old schema: ${newCalls} of ${newCalls} |`,
      ),
      markdown,
    );
    assert.ok(markdown.includes('**Migration:** expand, migrate, contract: 1) add `reason` as an optional property'), markdown);
    const html = readFileSync(join(out, 'shadowgate-report.html'), 'utf8');
    assert.ok(
      html.includes(
        `<tr><td><code>refund</code></td><td>changed</td><td>💥 BREAKING</td><td>❌ FULL</td><td>old calls rejected by the new schema: ${oldCalls} of ${oldCalls} · new calls rejected by the old schema: ${newCalls} of ${newCalls}</td>`,
      ),
      html,
    );
    assert.ok(
      html.includes('<strong>Migration:</strong> expand, migrate, contract: 1) add `reason` as an optional property'),
      'the HTML report spells out the migration',
    );
    assert.match(markdown, /### ❌ Shadowgate: FAIL for `refunds`\n\n\*\*FAIL\*\* \\\(versioning\) tool refund: BREAKING change/);
  });

  test('an optional parameter added to an open schema is FULL: the run is not failed for it, and no replayed call is rejected', async () => {
    const open = (properties: Record<string, unknown>) =>
      `${JSON.stringify({ name: 'refund', parameters: { type: 'object', properties, required: ['orderId'] } }, null, 2)}\n`;
    const other = tempRepo();
    other.write('shadowgate.yaml', manifest(model.url));
    other.write('prompts/system.md', 'Refund the order the customer names.\n');
    other.write('prompts/user.md', '[{{ id }}] {{ question }}\n');
    other.write('tools/refund.json', open({ orderId: { type: 'string' } }));
    other.write(
      'data/requests.jsonl',
      jsonl(RECORDS, (i) => ({ question: `Please refund order o-${i}.` })),
    );
    other.commit('refunds service');
    other.write('tools/refund.json', open({ orderId: { type: 'string' }, note: { type: 'string', description: 'Free text for the agent.' } }));
    other.commit('an optional note');

    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out, '--fail-on', 'never'], { cwd: other.root });
    assert.equal(run.code, 0, shown(run));
    const report = readJsonReport(out);
    const v = report.versioning!;
    assert.equal(v.lock, undefined, 'no lock in this repository: none is required');
    assert.deepEqual(
      v.tools.map((t) => [t.tool, t.change, t.class, t.required, t.ok]),
      [['refund', 'changed', 'FULL', 'FULL', true]],
    );
    const oldCalls = Array.from({ length: RECORDS }, (_, i) => i).filter((i) => !noCall(i)).length;
    const r = v.tools[0]!.replayed!;
    assert.deepEqual([r.oldCalls, r.oldRejectedByNew, r.newCalls, r.newRejectedByOld], [oldCalls, 0, oldCalls, 0]);
    assert.deepEqual(v.failures, []);
    assert.ok(!report.reasons.some((reason) => reason.includes('(versioning)')), report.reasons.join('\n'));
  });

  test("a PR that lowers its own required level still meets the base branch's: check and shadow fail, and flag the lowering", async () => {
    const other = tempRepo();
    other.write('shadowgate.yaml', manifest(model.url));
    other.write('prompts/system.md', 'Refund the order the customer names.\n');
    other.write('prompts/user.md', '[{{ id }}] {{ question }}\n');
    other.write('tools/refund.json', refund({ orderId: { type: 'string' } }, ['orderId']));
    other.write(
      'data/requests.jsonl',
      jsonl(RECORDS, (i) => ({ question: `Please refund order o-${i}.` })),
    );
    other.commit('refunds service');
    // The PR: a breaking tool change, and a manifest edit that would wave it through.
    other.write('tools/refund.json', refund({ orderId: { type: 'string' }, reason: { type: 'string' } }, ['orderId', 'reason']));
    other.write('prompts/system.md', 'Refund the order the customer names, with the reason they give.\n');
    other.write('shadowgate.yaml', `${manifest(model.url)}versioning:\n  toolCompatibility: NONE\n`);
    other.commit('require a refund reason, require nothing of tools');

    const check = await runCli(['check', '--base-ref', 'HEAD~1'], { cwd: other.root });
    assert.equal(check.code, 1, shown(check));
    assert.match(
      check.stderr,
      /^warning: shadowgate\.yaml:20:22: the pull request lowers versioning\.toolCompatibility from FULL to NONE; the base branch's FULL still applies to this pull request/m,
    );
    assert.match(
      check.stderr,
      /^error: tools\/refund\.json: tool refund: BREAKING change, below the required FULL of the base branch \(the pull request's NONE applies only once merged\): /m,
    );

    const out = tempDir();
    const run = await runCli(['shadow', '--base-ref', 'HEAD~1', '--out', out], { cwd: other.root });
    assert.equal(run.code, 1, shown(run));
    assert.match(run.stderr, /warning: shadowgate\.yaml:20:22: refunds: the pull request lowers versioning\.toolCompatibility from FULL to NONE/);
    const report = readJsonReport(out);
    assert.deepEqual(validateJsonReport(report), []);
    assert.equal(report.verdict, 'fail');
    assert.match(report.reasons[0]!, /^FAIL \(versioning\) tool refund: BREAKING change, below the required FULL of the base branch/);
    const v = report.versioning!;
    assert.deepEqual(v.loweredLevels, [{ setting: 'versioning.toolCompatibility', before: 'FULL', after: 'NONE' }]);
    assert.deepEqual(
      v.tools.map((t) => [t.tool, t.class, t.required, t.candidateLevel, t.ok]),
      [['refund', 'BREAKING', 'FULL', 'NONE', false]],
    );
    const markdown = readFileSync(join(out, 'shadowgate-report.md'), 'utf8');
    assert.ok(
      markdown.includes(
        "⚠️ **Required compatibility lowered:** `versioning.toolCompatibility` FULL → NONE. The base branch's FULL still applies to this pull request",
      ),
      markdown,
    );
    assert.ok(markdown.includes('| `refund` | changed | 💥 BREAKING | ❌ FULL (base; PR: NONE) |'), markdown);
    const html = readFileSync(join(out, 'shadowgate-report.html'), 'utf8');
    assert.ok(
      html.includes('<strong>Required compatibility lowered:</strong> <code>versioning.toolCompatibility</code> FULL → NONE.'),
      'the HTML report flags it too',
    );
  });

  test('`check --base-ref` says the same without calling the model', async () => {
    const before = model.count;
    const run = await runCli(['check', '--base-ref', 'HEAD~1'], { cwd: repo.root });
    assert.equal(run.code, 1, shown(run));
    assert.match(
      run.stderr,
      /^error: tools\/refund\.json: tool refund: BREAKING change, below the required FULL: neither side accepts the other's calls: `reason` is required by the new schema, and old calls may leave it out; `reason` is not allowed by the old schema \(additionalProperties: false\), and new calls may send it$/m,
    );
    assert.match(run.stderr, /hint: migration: expand, migrate, contract: 1\) add `reason` as an optional property/);
    assert.match(run.stdout, /^ok: shadowgate\.lock is current/m);
    const short = (id: string) => id.slice(0, 12);
    assert.match(
      run.stdout,
      new RegExp(`^changed: prompt ${short(baseLock.surfaces.prompt!)} → ${short(headLock.surfaces.prompt!)} \\(prompts/system\\.md\\)$`, 'm'),
    );
    assert.match(
      run.stdout,
      new RegExp(`^changed: tools ${short(baseLock.surfaces.tools!)} → ${short(headLock.surfaces.tools!)} \\(tools/refund\\.json\\)$`, 'm'),
    );
    assert.doesNotMatch(run.stdout, /^changed: (model|context)/m);
    assert.equal(model.count, before);
  });
});
