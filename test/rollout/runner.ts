// Runs the templates' jobs the way the runner does, one job at a time: the job's `with:` (and a reusable
// workflow's inputs with their defaults) evaluated from the workflow file, every action.yml input with a
// default set as INPUT_*, the GITHUB_* variables and the event payload of the trigger (GitHub's own examples
// from @octokit/webhooks-examples), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the action's entry run
// as a child process. The cluster credentials step (GitHub's OIDC token) is the one part replaced: the job
// gets the test cluster's restricted kubeconfig, which holds exactly the shipped Role (the step itself runs
// against a real JWT authenticator in oidc-credentials.test.ts).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionFiles } from '../github/action-files.ts';
import type { GitHubStandin } from '../support/github-standin.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WORKFLOWS = join(ROOT, 'workflows');

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = {
  uses?: string;
  needs?: string | string[];
  if?: string;
  environment?: string | { name: string; deployment?: boolean };
  with?: Record<string, unknown>;
  steps?: Step[];
};
type Workflow = { on: Record<string, any>; jobs: Record<string, Job> };

const loadWorkflow = (file: string) => parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
const actionInputs = (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;

type Example = { name: string; examples: Record<string, any>[] };
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as Example[];

/** A copy of GitHub's example payload for the event (the first example, or the one matching `pick`). */
export function examplePayload(name: string, pick: (e: Record<string, any>) => boolean = () => true): Record<string, any> {
  const event = webhooks.find((w) => w.name === name)?.examples.find(pick);
  assert.ok(event, `@octokit/webhooks-examples has a ${name} payload`);
  return structuredClone(event);
}

// ─────────────── GitHub expressions: the subset the templates use, anything else fails the test ───────────────

type Ctx = Record<string, unknown>;
const FUNCTIONS: Record<string, (...a: never[]) => unknown> = {
  format: (f: string, ...args: unknown[]) => f.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])),
  fromJSON: (s: string) => JSON.parse(s),
  toJSON: (v: unknown) => JSON.stringify(v),
};

export function evaluate(expression: string, ctx: Ctx, status: Record<string, boolean> = {}): unknown {
  const token = /\s+|'((?:[^']|'')*)'|(\d+(?:\.\d+)?)|(==|!=|&&|\|\||!|\(|\)|,)|([A-Za-z_][\w-]*(?:\.[\w-]+)*)(\s*\()?/y;
  let js = '';
  let at = 0;
  while (at < expression.length) {
    token.lastIndex = at;
    const m = token.exec(expression);
    if (!m) throw new Error(`expression not understood by the test runner: ${expression} (at ${at})`);
    at = token.lastIndex;
    if (m[1] !== undefined) js += JSON.stringify(m[1].replace(/''/g, "'"));
    else if (m[2] !== undefined) js += m[2];
    else if (m[3] !== undefined) js += m[3] === '==' ? '===' : m[3] === '!=' ? '!==' : m[3];
    else if (m[4] !== undefined && m[5] !== undefined) {
      if (!(m[4] in FUNCTIONS) && !(m[4] in status)) throw new Error(`function ${m[4]}() is not known to the test runner`);
      js += `fns[${JSON.stringify(m[4])}](`;
    } else if (m[4] !== undefined) js += `lookup(${JSON.stringify(m[4])})`;
    else js += ' ';
  }
  const lookup = (path: string) => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Ctx)[k] : undefined), ctx) ?? '';
  const fns = { ...FUNCTIONS, ...Object.fromEntries(Object.entries(status).map(([k, v]) => [k, () => v])) };
  return new Function('fns', 'lookup', `return (${js});`)(fns, lookup);
}

/** Replaces every `${{ … }}` in a value; a value that is one whole expression keeps its type. */
export function interpolate(value: unknown, ctx: Ctx): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\$\{\{\s*([\s\S]*?)\s*\}\}$/.exec(value);
  if (whole) return evaluate(whole[1]!, ctx);
  return value.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_m, e: string) => String(evaluate(e, ctx)));
}

// ─────────────── one workflow run ───────────────

export interface RepoSetup {
  owner: string;
  repo: string;
  sha: string;
  repoDir: string;
  apiUrl: string;
  kubeconfig: string;
  token: string;
  /** The stand-in, on which GitHub Actions' own doings (a job's environment deployment) are recorded. */
  standin?: GitHubStandin;
}

export interface JobResult {
  code: number | null;
  outputs: Record<string, string>;
  summary: string;
  stderr: string;
  stdout: string;
  /** The environment the job is bound to (what a reviewer approves), if any. */
  environment?: string;
}

export class WorkflowRun {
  readonly wf: Workflow;
  readonly runId: number;
  private readonly eventPath: string;

  readonly setup: RepoSetup;
  readonly file: string;
  readonly event: { name: 'push' | 'workflow_dispatch'; payload: Record<string, any> };
  readonly actor: string;

  constructor(setup: RepoSetup, file: string, event: { name: 'push' | 'workflow_dispatch'; payload: Record<string, any> }, actor: string, runId: number) {
    this.setup = setup;
    this.file = file;
    this.event = event;
    this.actor = actor;
    this.wf = loadWorkflow(file);
    this.runId = runId;
    assert.ok(event.name in this.wf.on, `${file} is started by ${event.name}`);
    this.eventPath = join(mkdtempSync(join(tmpdir(), 'sg-event-')), 'event.json');
    writeFileSync(this.eventPath, JSON.stringify(event.payload));
  }

  /** The rung jobs in the order their `needs` chain them, then the rest. */
  jobOrder(): string[] {
    const names = Object.keys(this.wf.jobs);
    const needs = (n: string) => {
      const v = this.wf.jobs[n]!.needs;
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    };
    const order: string[] = [];
    while (order.length < names.length) {
      const next = names.find((n) => !order.includes(n) && needs(n).every((d) => order.includes(d)));
      assert.ok(next, `${this.file}: the needs graph has a cycle`);
      order.push(next);
    }
    return order;
  }

  private github(attempt: number): Ctx {
    return {
      token: this.setup.token,
      server_url: 'https://github.com',
      api_url: this.setup.apiUrl,
      repository: `${this.setup.owner}/${this.setup.repo}`,
      run_id: String(this.runId),
      run_attempt: String(attempt),
      sha: this.setup.sha,
      event_name: this.event.name,
      actor: this.actor,
      triggering_actor: this.actor,
      event: this.event.payload,
    };
  }

  /** Whether the job's `if:` lets it run, given which earlier jobs failed or were cancelled. */
  shouldRun(name: string, status: { failure: boolean; cancelled: boolean }): boolean {
    const job = this.wf.jobs[name]!;
    if (!job.if) return !status.failure && !status.cancelled;
    const condition = job.if.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    return Boolean(
      evaluate(
        condition,
        { github: this.github(1) },
        { failure: status.failure, cancelled: status.cancelled, success: !status.failure && !status.cancelled, always: true },
      ),
    );
  }

  /** The shadowgate step of a job (following a reusable workflow), with its inputs evaluated. */
  resolve(name: string, attempt = 1): { inputs: Record<string, string>; environment?: string; githubDeployment: boolean } {
    const job = this.wf.jobs[name];
    assert.ok(job, `${this.file} has a job ${name}`);
    const dispatch = (this.event.payload.inputs ?? {}) as Ctx;
    let ctx: Ctx = { inputs: dispatch, github: this.github(attempt), secrets: {} };
    let steps = job.steps ?? [];
    let environment = job.environment;
    if (job.uses) {
      assert.match(job.uses, /^\.\/\.github\/workflows\/(.+)$/);
      const called = loadWorkflow(job.uses.replace('./.github/workflows/', ''));
      const declared = called.on.workflow_call.inputs as Record<string, { default?: unknown; required?: boolean }>;
      const inputs: Ctx = {};
      for (const [k, d] of Object.entries(declared)) if (d.default !== undefined) inputs[k] = d.default;
      for (const [k, v] of Object.entries(job.with ?? {})) inputs[k] = interpolate(v, ctx);
      for (const [k, d] of Object.entries(declared)) assert.ok(!d.required || k in inputs, `${name}: required input ${k}`);
      const inner = Object.values(called.jobs);
      assert.equal(inner.length, 1, 'the rung workflow has one job');
      ctx = { inputs, github: this.github(attempt), secrets: {} };
      steps = inner[0]!.steps ?? [];
      environment = inner[0]!.environment;
    }
    const step = steps.find((s) => s.uses?.startsWith('shadowgate/shadowgate@'));
    assert.ok(step, `${name} runs the shadowgate action`);
    const inputs: Record<string, string> = {};
    for (const [k, d] of Object.entries(actionInputs)) if (d.default !== undefined) inputs[k] = String(interpolate(d.default, ctx));
    for (const [k, v] of Object.entries(step.with ?? {})) inputs[k] = String(interpolate(v, ctx));
    const envName = environment === undefined ? undefined : String(interpolate(typeof environment === 'string' ? environment : environment.name, ctx));
    // GitHub records a deployment for a job bound to an environment unless it says `deployment: false`.
    const githubDeployment = envName !== undefined && (typeof environment === 'string' || interpolate(environment?.deployment ?? true, ctx) !== false);
    return { inputs, ...(envName ? { environment: envName } : {}), githubDeployment };
  }

  /** Runs the job's shadowgate step as the runner would. */
  async runJob(name: string, attempt = 1): Promise<JobResult> {
    const { inputs, environment, githubDeployment } = this.resolve(name, attempt);
    const runUrl = `https://github.com/${this.setup.owner}/${this.setup.repo}/actions/runs/${this.runId}`;
    const own =
      githubDeployment && environment && this.setup.standin
        ? this.setup.standin.startJobDeployment(this.setup.owner, this.setup.repo, {
            sha: this.setup.sha,
            ref: this.event.payload.ref ?? 'refs/heads/main',
            environment,
            runUrl,
          })
        : undefined;
    const files = actionFiles();
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
    Object.assign(env, files.env, {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_REPOSITORY: `${this.setup.owner}/${this.setup.repo}`,
      GITHUB_REPOSITORY_OWNER: this.setup.owner,
      GITHUB_SHA: this.setup.sha,
      GITHUB_REF: this.event.payload.ref ?? 'refs/heads/main',
      GITHUB_EVENT_NAME: this.event.name,
      GITHUB_EVENT_PATH: this.eventPath,
      GITHUB_RUN_ID: String(this.runId),
      GITHUB_RUN_ATTEMPT: String(attempt),
      GITHUB_RUN_NUMBER: '7',
      GITHUB_JOB: name,
      GITHUB_ACTOR: this.actor,
      GITHUB_TRIGGERING_ACTOR: this.actor,
      GITHUB_WORKFLOW: this.file.replace(/\.yml$/, ''),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: this.setup.apiUrl,
      GITHUB_WORKSPACE: this.setup.repoDir,
      RUNNER_TEMP: files.dir,
      KUBECONFIG: this.setup.kubeconfig,
    });
    const child = spawn(process.execPath, [join(ROOT, 'src', 'index.ts')], { cwd: this.setup.repoDir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (own) this.setup.standin!.finishJobDeployment(own, code === 0);
    return { code, outputs: files.outputs(), summary: files.summary(), stdout, stderr, ...(environment ? { environment } : {}) };
  }
}
