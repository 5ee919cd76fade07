// `lint` of the Deployment manifests in a repository, as users run it on a pull request before anything
// reaches a cluster: the real CLI process (files, folders, globs, helm output piped in) and the bundled
// action (findings as annotations on their file and line). No kubeconfig exists in any of these runs.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  CLI,
  hasStackTrace,
  manifestYaml,
  removeTempDirs,
  runActionStep,
  runBundle,
  runnerEnv,
  serviceRepo,
  shown,
  skipWithoutBundle,
  stdoutJson,
  type ServiceRepo,
} from './support/e2e.ts';
import { lineOf } from '../cli/helpers.ts';
import { SAFE_DEPLOYMENT } from '../kube/support/lint-fixtures.ts';

const SAFE = SAFE_DEPLOYMENT.replace('chat-blue', 'support-bot-blue');
const UNSAFE = SAFE.replace('support-bot-blue', 'support-bot-green').replace('terminationGracePeriodSeconds: 600', 'terminationGracePeriodSeconds: 30');
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: support-bot\nspec:\n  selector: { app: support-bot }\n';
const GREEN_FILE = `${SERVICE}---\n${UNSAFE}`;

function repoWithManifests(): ServiceRepo {
  const repo = serviceRepo({ endpoint: 'http://127.0.0.1:1/v1' });
  repo.write('k8s/blue.yaml', SAFE);
  repo.write('k8s/green.yaml', GREEN_FILE);
  return repo;
}

describe('lint of repository files', { skip: skipWithoutBundle }, () => {
  after(() => removeTempDirs());

  const cli = (repo: ServiceRepo, args: string[], input?: string) =>
    runBundle(CLI, ['lint', ...args], { cwd: repo.root, ...(input !== undefined ? { input } : {}) });

  test('the CLI lints a folder offline: exit 1 and file:line:col per finding; a clean file exits 0', async () => {
    const repo = repoWithManifests();
    const run = await cli(repo, ['k8s']);
    assert.equal(run.code, 1, shown(run));
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.deepEqual(
      errors,
      [
        `error: k8s/green.yaml:${lineOf(GREEN_FILE, 'terminationGracePeriodSeconds')}:7: [grace-period] Deployment support-bot-green: terminationGracePeriodSeconds is 30; streaming LLM responses need at least 300 s to finish before the pod is killed`,
      ],
      shown(run),
    );
    const result = stdoutJson<{ errors: number; files: string[]; deployments: string[] }>(run);
    assert.equal(result.errors, 1);
    assert.deepEqual(result.files, ['k8s/blue.yaml', 'k8s/green.yaml']);
    assert.deepEqual(result.deployments, ['k8s/blue.yaml: support-bot-blue', 'k8s/green.yaml: support-bot-green']);

    const clean = await cli(repo, ['k8s/blue.yaml']);
    assert.equal(clean.code, 0, shown(clean));
    assert.equal(stdoutJson<{ errors: number }>(clean).errors, 0);
  });

  test("the manifest's deploy.lint thresholds apply; a broken manifest given with --manifest is bad input", async () => {
    const repo = repoWithManifests();
    const deploy = {
      namespace: 'ml',
      service: 'support-bot',
      slots: { blue: { selector: 'blue', deployments: ['support-bot-blue'] }, green: { selector: 'green', deployments: ['support-bot-green'] } },
      lint: { minGracePeriodSeconds: 30 },
    };
    repo.write('shadowgate.yaml', manifestYaml('http://127.0.0.1:1/v1', deploy));
    const relaxed = await cli(repo, ['k8s']);
    assert.equal(relaxed.code, 0, shown(relaxed));
    assert.equal(stdoutJson<{ errors: number }>(relaxed).errors, 0);

    repo.write('other.yaml', 'version: 1\nservice: [\n');
    const broken = await cli(repo, ['--manifest', 'other.yaml', 'k8s']);
    assert.equal(broken.code, 2, shown(broken));
    assert.match(broken.stderr, /^error: other\.yaml:\d+/m, shown(broken));
    const missing = await cli(repo, ['--manifest', 'nope.yaml', 'k8s']);
    assert.equal(missing.code, 2, shown(missing));
    assert.match(missing.stderr, /^error: .*nope\.yaml/m, shown(missing));
  });

  test('helm template output piped in (-) is linted with its line and the chart template it came from', async () => {
    const repo = repoWithManifests();
    const rendered = `---\n# Source: support-bot/templates/service.yaml\n${SERVICE}---\n# Source: support-bot/templates/deployment.yaml\n${UNSAFE}`;
    const run = await cli(repo, ['-'], rendered);
    assert.equal(run.code, 1, shown(run));
    assert.match(
      run.stderr,
      new RegExp(
        `^error: <stdin>:${lineOf(rendered, 'terminationGracePeriodSeconds')}:7: \\[grace-period\\] Deployment support-bot-green \\(support-bot/templates/deployment\\.yaml\\): `,
        'm',
      ),
      shown(run),
    );
  });

  test('a glob matching nothing and a missing file are bad input: exit 2, one error line, no stack trace', async () => {
    const repo = repoWithManifests();
    for (const [args, says] of [
      [['deploy/*.yaml'], /^error: no file matches deploy\/\*\.yaml$/],
      [['k8s/gren.yaml'], /^error: k8s\/gren\.yaml: no such file or folder$/],
    ] as const) {
      const run = await cli(repo, [...args]);
      assert.equal(run.code, 2, shown(run));
      const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
      assert.equal(errors.length, 1, shown(run));
      assert.match(errors[0]!, says);
      assert.equal(run.stdout, '');
      assert.equal(hasStackTrace(run.stderr), false, shown(run));
    }
  });

  test('the action lints the `files` input and annotates each finding on its file and line', async () => {
    const repo = repoWithManifests();
    const run = await runActionStep({ command: 'lint', files: 'k8s/*.yaml\n' }, runnerEnv('8001', repo.root));
    assert.equal(run.code, 1, shown(run));
    assert.equal(run.outputs.verdict, 'fail');
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.deepEqual(
      annotations,
      [
        `::error file=k8s/green.yaml,line=${lineOf(GREEN_FILE, 'terminationGracePeriodSeconds')},col=7::[grace-period] Deployment support-bot-green: terminationGracePeriodSeconds is 30; streaming LLM responses need at least 300 s to finish before the pod is killed`,
        '::error::lint: fail',
      ],
      shown(run),
    );

    const clean = await runActionStep({ command: 'lint', files: 'k8s/blue.yaml' }, runnerEnv('8002', repo.root));
    assert.equal(clean.code, 0, shown(clean));
    assert.equal(clean.outputs.verdict, 'pass');
  });
});
