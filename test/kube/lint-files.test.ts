// lint of repository files, offline: which files the arguments name (paths, folders, globs, standard input)
// and where each finding lands (file:line, also inside kind: List and helm template output).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { isUserError } from '../../src/errors.ts';
import { memoryLog } from '../../src/log.ts';
import { lint } from '../../src/delivery/blue-green.ts';
import { lintSources, readLintSources, readStdin, STDIN_NAME } from '../../src/kube/lint-files.ts';
import { LINT_SETTINGS, SAFE_DEPLOYMENT } from './support/lint-fixtures.ts';

/** The safe Deployment with a short grace period (one error, on that line). */
const SHORT_GRACE = SAFE_DEPLOYMENT.replace('chat-blue', 'chat-green').replace('terminationGracePeriodSeconds: 600', 'terminationGracePeriodSeconds: 30');

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: chat
spec:
  selector: { app: chat }
`;

/** 1-based line of the n-th (1-based) line of `text` containing `needle`. */
function lineOf(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === nth) return i + 1;
  throw new Error(`"${needle}" #${nth} is not in the text`);
}

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-lint-files-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('paths, folders and globs expand to files in order, each once, named relative to the base', async () => {
  const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Service', metadata: { name: 'x' } }] }, null, 2);
  const root = repo({
    'k8s/blue.yaml': SAFE_DEPLOYMENT,
    'k8s/green.yaml': `${SERVICE}---\n${SHORT_GRACE}`,
    'k8s/svc.yml': SERVICE,
    'k8s/sub/list.json': list,
    'k8s/README.md': 'not a manifest',
    'k8s/node_modules/dep/x.yaml': SHORT_GRACE,
  });
  const sources = await readLintSources(['k8s/g*.yaml', 'k8s', 'k8s/blue.yaml'], { base: root });
  assert.deepEqual(
    sources.map((s) => s.file),
    ['k8s/green.yaml', 'k8s/blue.yaml', 'k8s/sub/list.json', 'k8s/svc.yml'],
  );
  const absolute = await readLintSources([join(root, 'k8s/blue.yaml')], { base: join(root, 'k8s') });
  assert.deepEqual(
    absolute.map((s) => s.file),
    ['blue.yaml'],
    'an absolute path inside the base is shown relative to it',
  );
});

test('findings carry file:line in multi-document YAML, kind: List (JSON) and helm template output on stdin', async () => {
  const list = JSON.stringify(
    { apiVersion: 'v1', kind: 'List', items: [{ kind: 'Service', metadata: { name: 's' } }, deploymentAsJson(SHORT_GRACE)] },
    null,
    2,
  );
  const helm = `---\n# Source: support-bot/templates/service.yaml\n${SERVICE}---\n# Source: support-bot/templates/deployment.yaml\n${SHORT_GRACE}`;
  const root = repo({ 'k8s/green.yaml': `${SERVICE}---\n${SHORT_GRACE}`, 'k8s/list.json': list });
  const sources = await readLintSources(['k8s/green.yaml', 'k8s/list.json', '-'], { base: root, stdin: async () => helm });
  const result = lintSources(sources, LINT_SETTINGS);
  assert.deepEqual(result.deployments, ['k8s/green.yaml: chat-green', 'k8s/list.json: chat-green', `${STDIN_NAME}: chat-green`]);
  const where = result.findings.map((f) => `${f.location?.file}:${f.location?.line} ${f.rule} ${f.subject}`);
  assert.deepEqual(where, [
    `k8s/green.yaml:${lineOf(`${SERVICE}---\n${SHORT_GRACE}`, 'terminationGracePeriodSeconds')} grace-period Deployment chat-green`,
    `k8s/list.json:${lineOf(list, 'terminationGracePeriodSeconds')} grace-period Deployment chat-green`,
    `${STDIN_NAME}:${lineOf(helm, 'terminationGracePeriodSeconds')} grace-period Deployment chat-green (support-bot/templates/deployment.yaml)`,
  ]);
});

/** The Deployment as JSON (what kubectl get -o json would list), written out by hand from the YAML's values. */
function deploymentAsJson(yamlText: string): unknown {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: /name: (\S+)/.exec(yamlText)![1] },
    spec: {
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        spec: {
          terminationGracePeriodSeconds: Number(/terminationGracePeriodSeconds: (\d+)/.exec(yamlText)![1]),
          containers: [
            {
              name: 'model',
              image: 'vllm:1',
              readinessProbe: { httpGet: { path: '/ready', port: 8000 } },
              startupProbe: { httpGet: { path: '/ready', port: 8000 }, failureThreshold: 120 },
              lifecycle: { preStop: { sleep: { seconds: 20 } } },
            },
          ],
        },
      },
    },
  };
}

test('mistakes in the arguments are one clear error each, naming the argument', async () => {
  const root = repo({ 'k8s/svc.yaml': SERVICE, 'docs/readme.md': 'x', 'k8s/broken.yaml': 'kind: Deployment\nspec:\n  template: [\n' });
  const refused = async (args: string[], pattern: RegExp) => {
    await assert.rejects(
      async () => lintSources(await readLintSources(args, { base: root }), LINT_SETTINGS),
      (e: unknown) => {
        assert.ok(isUserError(e), String(e));
        assert.match(e.message, pattern);
        return true;
      },
      args.join(' '),
    );
  };
  await refused(['k8s/*.yml'], /^no file matches k8s\/\*\.yml$/);
  await refused(['k8s/missing.yaml'], /^k8s\/missing\.yaml: no such file or folder$/);
  await refused(['docs'], /^docs holds no \.yaml, \.yml or \.json file$/);
  await refused(['k8s/svc.yaml'], /^no Deployment in k8s\/svc\.yaml$/);
  await assert.rejects(
    async () => lintSources(await readLintSources(['k8s/broken.yaml'], { base: root }), LINT_SETTINGS),
    (e: unknown) => {
      assert.ok(isUserError(e));
      assert.equal(e.location?.file, 'k8s/broken.yaml');
      assert.equal(e.location?.line, 4);
      assert.equal(e.hint, undefined);
      return true;
    },
  );
  // An unrendered chart template: the error says how to lint it.
  const chart = repo({
    'templates/deployment.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "support-bot.fullname" . }}',
      '  labels:',
      '    {{- include "support-bot.labels" . | nindent 4 }}',
      '',
    ].join('\n'),
  });
  await assert.rejects(
    async () => lintSources(await readLintSources(['templates'], { base: chart }), LINT_SETTINGS),
    (e: unknown) => {
      assert.ok(isUserError(e));
      assert.equal(e.location?.file, 'templates/deployment.yaml');
      assert.match(e.hint ?? '', /helm template <chart> \| shadowgate lint -/);
      return true;
    },
  );
});

test("lint of sources needs no cluster and applies the manifest's deploy.lint settings", async () => {
  const root = repo({ 'k8s/green.yaml': SHORT_GRACE });
  const sources = await readLintSources(['k8s'], { base: root });
  const strict = memoryLog();
  const failing = await lint({ sources, live: false, manifestFile: 'shadowgate.yaml', log: strict });
  assert.equal(failing.errors, 1);
  assert.ok(
    strict.lines.includes(
      `error: k8s/green.yaml:${lineOf(SHORT_GRACE, 'terminationGracePeriodSeconds')}:7: [grace-period] Deployment chat-green: terminationGracePeriodSeconds is 30; streaming LLM responses need at least 300 s to finish before the pod is killed`,
    ),
    strict.lines.join('\n'),
  );

  // A deploy: section whose lint settings accept 30 s: no cluster is contacted (the kubeconfig does not exist).
  const deploy = {
    namespace: 'ml',
    service: 'chat',
    slots: { blue: { selector: 'blue', deployments: ['chat-blue'] }, green: { selector: 'green', deployments: ['chat-green'] } },
    lint: { minGracePeriodSeconds: 30 },
  };
  const relaxed = await lint({ deploy, sources, live: false, manifestFile: 'shadowgate.yaml', kubeconfig: join(root, 'no-such-kubeconfig'), log: memoryLog() });
  assert.equal(relaxed.errors, 0);
  assert.deepEqual(relaxed.deployments, ['k8s/green.yaml: chat-green']);
});

test('standard input is read whole; a terminal there is refused instead of waiting forever', async () => {
  assert.equal(await readStdin(Readable.from([Buffer.from('kind: Deploy'), Buffer.from('ment\n')])), 'kind: Deployment\n');
  await assert.rejects(
    readStdin(Object.assign(Readable.from([]), { isTTY: true })),
    (e: unknown) => isUserError(e) && /standard input, which is a terminal/.test(e.message),
  );
});
