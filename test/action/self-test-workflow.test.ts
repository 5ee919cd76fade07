// .github/workflows/self-test.yml, run step by step here as the runner would: `run:` steps through bash with
// GITHUB_ENV carried between steps, `uses: ./` steps as dist/index.js with their `with:` as INPUT_* and their
// outputs read back from GITHUB_OUTPUT, expressions (env, steps.*.outputs, runner.temp, github.run_id)
// filled in. What the runner provides itself is taken as given: actions/* steps (checkout, Node, Go, cache,
// artifacts) are skipped and `npm ci` is already done; the checkout is a git repository holding examples/.
// The workflow's own verification steps decide: they must exit 0.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { ensureBinaries } from '../kube/support/cluster.ts';
import { parseOutputs } from '../github/action-files.ts';
import { pullRequestEvent } from '../github/harness.ts';
import { ROOT } from './local-action-run.ts';

const ACTION = join(ROOT, 'dist', 'index.js');
const skip = existsSync(ACTION) ? false : 'dist/ is missing: run `npm run build`';

type Step = {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
};
const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'self-test.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };

const groups: number[] = [];
after(async () => {
  // Background processes the steps started (model servers, the cluster) stop with their process group.
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {}
  }
  for (const pgid of groups) {
    for (let i = 0; i < 150; i++) {
      try {
        process.kill(-pgid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

interface JobResult {
  ran: string[];
  outputs: Record<string, Record<string, string>>;
  logs: string;
}

/** Runs one job of the workflow in a fresh workspace: a git repository with examples/ as its first commit. */
async function runJob(name: string): Promise<JobResult> {
  const work = mkdtempSync(join(tmpdir(), `sg-self-test-${name}-`));
  const workspace = join(work, 'workspace');
  const runnerTemp = join(work, 'runner-temp');
  cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
  // The scripts the steps start (hack/*.ts) import the repository's sources, found through the link's target.
  symlinkSync(join(ROOT, 'hack'), join(workspace, 'hack'));
  mkdirSync(runnerTemp);
  await sh(['git init -q -b main', 'git add examples', 'git -c user.name=t -c user.email=t@example.invalid commit -q -m checkout'].join(' && '), workspace, {});

  const githubEnv = join(work, 'github-env');
  writeFileSync(githubEnv, '');
  const eventPath = join(work, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent()));
  const runner: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '9001',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ENV: githubEnv,
    RUNNER_TEMP: runnerTemp,
  };
  const outputs: Record<string, Record<string, string>> = {};
  const ran: string[] = [];
  let logs = '';
  const exported = () =>
    Object.fromEntries(
      readFileSync(githubEnv, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
  const expand = (value: string | number | boolean): string =>
    String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
      const env = /^env\.(\w+)$/.exec(expr);
      if (env) return exported()[env[1] as string] ?? '';
      const out = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
      if (out) return outputs[out[1] as string]?.[out[2] as string] ?? '';
      if (expr === 'runner.temp') return runnerTemp;
      if (expr === 'github.run_id') return runner.GITHUB_RUN_ID as string;
      throw new Error(`expression not emulated: ${expr}`);
    });

  for (const step of workflow.jobs[name]!.steps) {
    const label = step.name ?? step.uses ?? step.run ?? '';
    if (step.uses?.startsWith('actions/') || step.run?.startsWith('npm ci')) continue;
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    if (step.run) {
      const r = await sh(step.run, workspace, { ...runner, ...exported(), ...stepEnv });
      logs += `\n── ${label} (exit ${r.code})\n${r.output}`;
      assert.equal(r.code, 0, `step "${label}" failed:${logs}`);
    } else if (step.uses === './') {
      const outputFile = join(work, `output-${ran.length}`);
      writeFileSync(outputFile, '');
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, expand(v)]));
      const r = await runNode(ACTION, workspace, { ...runner, ...exported(), ...stepEnv, ...inputs, GITHUB_OUTPUT: outputFile });
      logs += `\n── ${label} (exit ${r.code})\n${r.output.slice(-3000)}`;
      if (step.id) outputs[step.id] = parseOutputs(readFileSync(outputFile, 'utf8'));
    } else {
      throw new Error(`step not emulated: ${label}`);
    }
    ran.push(label);
  }
  return { ran, outputs, logs };
}

function pathWithThisNode(): string {
  return [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? '/usr/bin:/bin'].join(delimiter);
}

/** A `run:` step: bash as GitHub runs it (-e, pipefail), in its own process group so background children can be stopped. */
function sh(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return capture(
    spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: { PATH: pathWithThisNode(), HOME: process.env.HOME ?? cwd, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    true,
  );
}

function runNode(entry: string, cwd: string, env: Record<string, string>) {
  return capture(
    spawn(process.execPath, [entry], { cwd, env: { PATH: pathWithThisNode(), HOME: process.env.HOME ?? cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
    false,
  );
}

function capture(child: ReturnType<typeof spawn>, group: boolean): Promise<{ code: number | null; output: string }> {
  if (group && child.pid) groups.push(child.pid);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (output += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  // A step whose background child keeps the pipes open is done when bash exits, not when the pipes close.
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      setTimeout(() => resolve({ code, output }), 50);
    }),
  );
}

describe('self-test.yml, step by step', { skip }, () => {
  test('shadow: both examples are evaluated from the committed candidates and get the demo verdicts', async () => {
    const job = await runJob('shadow');
    assert.ok(job.ran.includes("The verdicts are the demo's"), job.logs);
    assert.equal(job.outputs['support-bot']?.verdict, 'fail', job.logs);
    assert.equal(job.outputs.pricing?.verdict, 'warn', job.logs);
  });

  test('promote-rollback: blue, green after promote, blue again after rollback, on the real kube-apiserver', async () => {
    ensureBinaries();
    const job = await runJob('promote-rollback');
    assert.ok(job.ran.includes('Blue, then green, then blue again'), job.logs);
    assert.equal(job.outputs.promote?.verdict, 'promoted', job.logs);
  });
});
