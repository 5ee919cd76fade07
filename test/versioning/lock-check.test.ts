// `shadowgate lock` and `shadowgate check` as a user runs them (the bundled CLI in a real git repo):
// lock then check passes; an edit a model could notice makes the lock stale and the error names the
// file; a formatting-only edit does not; a lock edited by hand or in a wrong format is one error at
// its file and line; a floating model alias fails with a hint; and `shadow` refuses a stale lock
// before it sends any request.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ModelServer } from '../support/model-servers.ts';
import { errorLines, lineOf, removeAll, runCli, shown, skipWithoutBundle, tempDir, tempRepo, type Repo } from '../cli/helpers.ts';
import { startSupportModel, writeService } from '../cli/json-service.ts';

const LOCK = 'shadowgate.lock';

describe('lock and check', { skip: skipWithoutBundle }, () => {
  let model: ModelServer;
  before(async () => {
    model = await startSupportModel();
  });
  after(async () => {
    await model?.close();
    removeAll();
  });

  /** A committed service with a fresh lock. */
  async function lockedRepo(): Promise<Repo> {
    const repo = tempRepo();
    writeService(repo, model.url, 60);
    const lock = await runCli(['lock'], { cwd: repo.root });
    assert.equal(lock.code, 0, shown(lock));
    assert.match(lock.stdout, /^shadowgate\.lock: model [0-9a-f]{12} · prompt [0-9a-f]{12} · tools [0-9a-f]{12} · context [0-9a-f]{12}$/m);
    repo.commit('service with its lock');
    return repo;
  }

  test('lock then check passes; the lock lists every artifact with its file and full id', async () => {
    const repo = await lockedRepo();
    const lock = JSON.parse(repo.read(LOCK)) as {
      lockfileVersion: number;
      service: string;
      model: unknown;
      artifacts: Record<string, { file: string; id: string }>;
    };
    assert.equal(lock.lockfileVersion, 1);
    assert.equal(lock.service, 'support-bot');
    assert.deepEqual(lock.model, { protocol: 'openai', ref: 'support-model-1', pinned: true });
    assert.deepEqual(Object.fromEntries(Object.entries(lock.artifacts).map(([k, v]) => [k, v.file])), {
      model: 'shadowgate.yaml',
      'prompt.system': 'prompts/system.md',
      'prompt.user': 'prompts/user.md',
    });
    for (const a of Object.values(lock.artifacts)) assert.match(a.id, /^[0-9a-f]{64}$/);

    const check = await runCli(['check'], { cwd: repo.root });
    assert.equal(check.code, 0, shown(check));
    assert.match(check.stdout, /^ok: shadowgate\.lock is current/m);
    assert.match(check.stdout, /^ok: model pinned: support-model-1 is not a known floating alias$/m);
    assert.equal(errorLines(check.stderr).errors.length, 0, shown(check));
  });

  test('an edited prompt makes the lock stale, naming the file; a formatting-only edit does not; lock again passes', async () => {
    const repo = await lockedRepo();
    const original = repo.read('prompts/system.md');
    repo.write('prompts/system.md', `${original.trimEnd()}   \r\n\r\n`);
    const formatting = await runCli(['check'], { cwd: repo.root });
    assert.equal(formatting.code, 0, `trailing whitespace and line endings only: ${shown(formatting)}`);

    repo.write('prompts/system.md', original.replace('Answer only', 'Always answer only'));
    const stale = await runCli(['check'], { cwd: repo.root });
    assert.equal(stale.code, 1, shown(stale));
    const { errors, stackTrace } = errorLines(stale.stderr);
    assert.equal(errors.length, 1, shown(stale));
    assert.equal(stackTrace, false);
    const line = lineOfArtifactId(repo.read(LOCK), 'prompt.system');
    assert.match(
      errors[0]!,
      new RegExp(
        `^error: shadowgate\\.lock:${line}:\\d+: shadowgate\\.lock is stale: prompts/system\\.md changed \\(prompt\\.system [0-9a-f]{12} → [0-9a-f]{12}\\)$`,
      ),
    );
    assert.match(stale.stderr, /hint: run `shadowgate lock` and commit shadowgate\.lock with the change/);

    assert.equal((await runCli(['lock'], { cwd: repo.root })).code, 0);
    const again = await runCli(['check'], { cwd: repo.root });
    assert.equal(again.code, 0, shown(again));
  });

  test('a new tool file is named as new; a model change names the manifest', async () => {
    const repo = await lockedRepo();
    repo.write('tools/lookup.json', JSON.stringify({ name: 'lookup', parameters: { type: 'object', properties: { id: { type: 'string' } } } }));
    repo.write(
      'shadowgate.yaml',
      repo
        .read('shadowgate.yaml')
        .replace('  id: support-model-1', '  id: support-model-2')
        .replace('prompt:', 'tools:\n  schemas: [tools/lookup.json]\nprompt:'),
    );
    const stale = await runCli(['check'], { cwd: repo.root });
    assert.equal(stale.code, 1, shown(stale));
    const { errors } = errorLines(stale.stderr);
    assert.equal(errors.length, 1, shown(stale));
    assert.match(
      errors[0]!,
      /shadowgate\.lock is stale: shadowgate\.yaml changed \(model [0-9a-f]{12} → [0-9a-f]{12}\); tools\/lookup\.json is new \(tool:lookup is not in the lock\)$/,
    );
  });

  test('check without a lock says to write one', async () => {
    const repo = tempRepo();
    writeService(repo, model.url, 10);
    const run = await runCli(['check'], { cwd: repo.root });
    assert.equal(run.code, 1, shown(run));
    assert.deepEqual(errorLines(run.stderr).errors, ['error: shadowgate.yaml: shadowgate.lock does not exist']);
    assert.match(run.stderr, /hint: run `shadowgate lock` and commit the lock with the manifest/);
  });

  test('a lock edited by hand is one error at its line', async () => {
    const repo = await lockedRepo();
    const text = repo.read(LOCK);
    const lock = JSON.parse(text) as { surfaces: Record<string, string> };
    repo.write(LOCK, text.replace(lock.surfaces.prompt!, 'f'.repeat(64)));
    const run = await runCli(['check'], { cwd: repo.root });
    assert.equal(run.code, 1, shown(run));
    const { errors } = errorLines(run.stderr);
    assert.equal(errors.length, 1, shown(run));
    assert.equal(
      errors[0],
      `error: shadowgate.lock:${lineOf(text, '"prompt": "')}:15: shadowgate.lock: surfaces.prompt does not match its artifacts (the lock was edited by hand)`,
    );
  });

  test('a hand-edited model reference in the lock is one error at its line', async () => {
    const repo = await lockedRepo();
    const text = repo.read(LOCK).replace('"ref": "support-model-1"', '"ref": "support-model-0"');
    repo.write(LOCK, text);
    const run = await runCli(['check'], { cwd: repo.root });
    assert.equal(run.code, 1, shown(run));
    assert.deepEqual(errorLines(run.stderr).errors, [
      `error: shadowgate.lock:${lineOf(text, '"ref"')}:12: shadowgate.lock: model.ref says "support-model-0", the manifest "support-model-1" (the lock was edited by hand)`,
    ]);
  });

  const wrongFormats: Array<[string, (text: string) => string, string, RegExp]> = [
    ['invalid JSON', (t) => t.replace('"service"', '"service",'), '"service"', /^error: shadowgate\.lock:\d+:\d+: invalid JSON/],
    [
      'an id that is not a SHA-256',
      (t) => t.replace(/("model": ")[0-9a-f]{64}/, '$1abc123'),
      '"model": "',
      /^error: shadowgate\.lock:\d+:\d+: shadowgate\.lock is not a shadowgate lock: surfaces\.model must be a full SHA-256 \(64 lower-case hex characters\) \(got "abc123"\)$/,
    ],
    // A missing key is placed at the object that lacks it: here the top level, line 1.
    [
      'a missing section',
      (t) => t.replace('"surfaces"', '"surface"'),
      '{',
      /^error: shadowgate\.lock:\d+:\d+: shadowgate\.lock is not a shadowgate lock: surfaces is required$/,
    ],
    [
      'a newer lockfile version',
      (t) => t.replace('"lockfileVersion": 1', '"lockfileVersion": 2'),
      '"lockfileVersion"',
      /^error: shadowgate\.lock:\d+:\d+: lockfileVersion 2 is not one this shadowgate reads \(1\)$/,
    ],
  ];
  for (const [what, edit, needle, message] of wrongFormats) {
    test(`a lock with ${what} is bad input: one error at its line, exit 2`, async () => {
      const repo = await lockedRepo();
      const text = edit(repo.read(LOCK));
      repo.write(LOCK, text);
      const run = await runCli(['check'], { cwd: repo.root });
      assert.equal(run.code, 2, shown(run));
      const { errors, stackTrace } = errorLines(run.stderr);
      assert.equal(errors.length, 1, shown(run));
      assert.equal(stackTrace, false);
      assert.match(errors[0]!, message);
      assert.equal(errors[0]!.split(':')[2], String(lineOf(text, needle)), `the error points at the line of ${needle}: ${errors[0]}`);
    });
  }

  test('a floating model alias fails check with the manifest line and a hint; an allowed pattern passes', async () => {
    const repo = await lockedRepo();
    repo.write('shadowgate.yaml', repo.read('shadowgate.yaml').replace('  id: support-model-1', '  id: gpt-4o'));
    assert.equal((await runCli(['lock'], { cwd: repo.root })).code, 0);
    const run = await runCli(['check'], { cwd: repo.root });
    assert.equal(run.code, 1, shown(run));
    const { errors } = errorLines(run.stderr);
    assert.deepEqual(errors, [
      `error: shadowgate.yaml:${lineOf(repo.read('shadowgate.yaml'), 'id: gpt-4o')}:7: model is not pinned: gpt-4o is a floating alias: the provider moves it to newer snapshots`,
    ]);
    assert.match(run.stderr, /hint: use the dated snapshot/);

    repo.write('shadowgate.yaml', `${repo.read('shadowgate.yaml')}versioning:\n  pins:\n    openai: ['^gpt-4o$']\n`);
    assert.equal((await runCli(['lock'], { cwd: repo.root })).code, 0);
    const allowed = await runCli(['check'], { cwd: repo.root });
    assert.equal(allowed.code, 0, shown(allowed));
    assert.match(allowed.stdout, /ok: model pinned: gpt-4o matches an allowed pattern \(openai: \^gpt-4o\$\)/);
  });

  test('with --base-ref, a pin pattern the pull request adds is flagged and does not pin its own alias until merged', async () => {
    const repo = await lockedRepo();
    repo.write(
      'shadowgate.yaml',
      `${repo.read('shadowgate.yaml').replace('  id: support-model-1', '  id: gpt-4o')}versioning:\n  pins:\n    openai: ['^gpt-4o$']\n`,
    );
    assert.equal((await runCli(['lock'], { cwd: repo.root })).code, 0);
    repo.commit('a floating alias, declared pinned by the same change');
    const text = repo.read('shadowgate.yaml');

    const run = await runCli(['check', '--base-ref', 'HEAD~1'], { cwd: repo.root });
    assert.equal(run.code, 1, shown(run));
    assert.match(
      run.stderr,
      new RegExp(
        `^warning: shadowgate\\.yaml:${lineOf(text, "openai: ['^gpt-4o$']")}:\\d+: the pull request adds to versioning\\.pins openai: \\^gpt-4o\\$; models it accepts as pinned are judged by the base branch's patterns until this is merged$`,
        'm',
      ),
      shown(run),
    );
    const { errors } = errorLines(run.stderr);
    assert.deepEqual(errors, [
      `error: shadowgate.yaml:${lineOf(text, 'id: gpt-4o')}:7: model is not pinned: gpt-4o is a floating alias: the provider moves it to newer snapshots (the pattern the pull request adds to versioning.pins applies only once merged)`,
    ]);

    // Once merged, the pattern is the base's: the next pull request's check passes.
    repo.write('README.md', 'unrelated\n');
    repo.commit('next change');
    const next = await runCli(['check', '--base-ref', 'HEAD~1'], { cwd: repo.root });
    assert.equal(next.code, 0, shown(next));
    assert.match(next.stdout, /ok: model pinned: gpt-4o matches an allowed pattern \(openai: \^gpt-4o\$\)/);
    assert.doesNotMatch(next.stderr, /versioning\.pins/);
  });

  test('shadow refuses a stale lock before sending any request', async () => {
    const repo = await lockedRepo();
    repo.write('prompts/user.md', 'Q: {{ question }} [{{ id }}]\n');
    const before = model.count;
    const run = await runCli(['shadow', '--base-ref', 'HEAD', '--out', tempDir()], { cwd: repo.root });
    assert.equal(run.code, 2, shown(run));
    const { errors } = errorLines(run.stderr);
    assert.equal(errors.length, 1, shown(run));
    assert.match(errors[0]!, /^error: shadowgate\.lock:\d+:\d+: shadowgate\.lock is stale: prompts\/user\.md changed/);
    assert.equal(model.count, before, 'no request reached the model');
  });
});

/** The line of an artifact's `"id"` in a lock: the first `"id"` after the artifact's key. */
function lineOfArtifactId(text: string, artifact: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(`"${artifact}": {`));
  const offset = lines.slice(start).findIndex((l) => l.includes('"id"'));
  return start + offset + 1;
}
