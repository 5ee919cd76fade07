// Bad input to the rollout commands in a workflow: one clear error annotation, a failed step, and not a
// single request to GitHub or the cluster.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { actionFiles } from '../github/action-files.ts';
import { startHarness, type Harness } from '../github/harness.ts';
import { writeManifest } from './manifest.ts';

let h: Harness;
let dir: string;
before(async () => {
  h = await startHarness();
  dir = writeManifest();
});
after(async () => h.close());

async function step(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const files = actionFiles();
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(GITHUB_|INPUT_)/.test(k)) base[k] = v;
  const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'src', 'index.ts')], {
    cwd: dir,
    env: {
      ...base,
      ...files.env,
      GITHUB_REPOSITORY: 'acme/chat',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '5',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_ACTOR: 'alice',
      GITHUB_API_URL: h.standin.apiUrl,
      GITHUB_WORKSPACE: dir,
      KUBECONFIG: join(dir, 'no-such-kubeconfig'),
      'INPUT_GITHUB-TOKEN': 'actions-token',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env,
    },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const errors = [...out.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => m[1]!.replace(/%0A/g, '\n').replace(/%25/g, '%'));
  return { code, errors };
}

test('rollout-rung without a valid canary-weight', async () => {
  const r = await step({ command: 'rollout-rung', 'canary-weight': '7x' });
  assert.equal(r.code, 1);
  assert.match(r.errors[0] ?? '', /input canary-weight must be a whole percentage 1\.\.100 \(got "7x"\)/);
});

test('an unknown gate', async () => {
  const r = await step({ command: 'rollout-rung', 'canary-weight': '5', gate: 'vote' });
  assert.equal(r.code, 1);
  assert.match(r.errors[0] ?? '', /input gate must be one of environment, dispatch \(got "vote"\)/);
});

test('prevent-self-approval that is not a boolean', async () => {
  const r = await step({ command: 'rollout-rung', 'canary-weight': '5', gate: 'dispatch', 'prevent-self-approval': 'yes' });
  assert.equal(r.code, 1);
  assert.match(r.errors[0] ?? '', /input prevent-self-approval must be true or false \(got "yes"\)/);
});

test("a weight that is not a rung of the manifest's ladder names the rungs", async () => {
  h.standin.addRepo({ owner: 'acme', repo: 'chat' });
  const r = await step({ command: 'rollout-rung', 'canary-weight': '7' });
  assert.equal(r.code, 1);
  assert.match(r.errors[0] ?? '', /7 % is not a rung of this ladder \(deploy\.canary\.rungs: 1, 5, 25; 100 is the flip\)/);
});

test('rollback of a service the manifest does not describe', async () => {
  const r = await step({ command: 'rollout-rollback', service: 'pricing', reason: 'x' });
  assert.equal(r.code, 1);
  assert.match(r.errors[0] ?? '', /the rollback names service "pricing", but shadowgate\.yaml is the manifest of "chat"/);
});

test('outside a workflow run (no GITHUB_RUN_ID)', async () => {
  const r = await step({ command: 'rollout-abort' }, { GITHUB_RUN_ID: '' });
  assert.equal(r.code, 1);
  assert.match(r.errors[0] ?? '', /GITHUB_RUN_ID is not set; the rollout commands run inside a GitHub Actions job/);
});

test('none of them sent a request', () => {
  assert.deepEqual(h.standin.requests, []);
});
