// What the Kubernetes end-to-end tests share: running the real bundle (dist/cli.js, dist/index.js) as a
// process, a throwaway service repo whose manifest has a `deploy:` section pointing at two real loopback
// model servers, and reading the live Service back through the admin identity.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { KubeClients } from '../../../src/kube/client.ts';
import { parseHistory, type HistoryEntry } from '../../../src/delivery/history.ts';
import { readLeaseOrUndefined } from '../../../src/kube/lease.ts';
import { lastUserMessage, startOpenAIServer, type ModelServer } from '../../support/model-servers.ts';
import { after, before } from 'node:test';
import { REPO, startCluster, type Cluster } from '../../kube/support/cluster.ts';
import { adminClients, applyShippedRole, blueGreen, freshNamespace, SLOT_KEY } from '../../kube/support/fixtures.ts';

export const CLI = join(REPO, 'dist', 'cli.js');
export const ACTION = join(REPO, 'dist', 'index.js');
/** Without the bundle there is nothing to run as a process (build it with `node scripts/build.mjs`). */
export const skipWithoutBundle = existsSync(CLI) && existsSync(ACTION) ? false : 'dist/ is missing: run `node scripts/build.mjs`';

export const RECORDS = 80;
export const MODEL_ID = 'support-model';
export const MODEL_VERSION = '2026-11-01';

export interface ProcessRun {
  code: number | null;
  /** Set when the process was killed (e.g. SIGKILL through `abort`). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a bundle entry with this Node (24, under the test runner). Asynchronous on purpose: the model
 * servers live in this process and must keep answering. The environment is built from scratch so nothing
 * from the caller's shell (kubeconfig, GitHub variables, endpoint overrides) leaks into the run.
 */
export function runBundle(
  entry: string,
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    /** SIGKILLs the process, as a runner losing the job would. */
    abort?: AbortSignal;
    /** Written to standard input (e.g. helm template output piped in); otherwise stdin is closed. */
    input?: string;
  },
): Promise<ProcessRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: options.cwd, CI: 'true', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(options.abort ? { signal: options.abort, killSignal: 'SIGKILL' as const } : {}),
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
    child.on('error', (e) => {
      if (e.name !== 'AbortError') reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, stdout, stderr });
    });
  });
}

export function shown(run: ProcessRun): string {
  return `exit ${run.code ?? run.signal}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** Lines that look like a stack frame (`    at fn (file:1:2)`). */
export function hasStackTrace(text: string): boolean {
  return text.split('\n').some((l) => /^\s+at .+[:(]/.test(l));
}

/** The JSON result the CLI prints on stdout for the Kubernetes commands. */
export function stdoutJson<T = Record<string, unknown>>(run: ProcessRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not one JSON document\n${shown(run)}`);
  }
}

/** Step outputs written by @actions/core to the GITHUB_OUTPUT file (`name<<DELIM` … `DELIM` blocks). */
export function readStepOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  if (!existsSync(file)) return outputs;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (open) {
      const name = open[1]!;
      const delimiter = open[2]!;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      outputs[name] = value.join('\n');
      continue;
    }
    const simple = /^([^=]+)=(.*)$/.exec(lines[i]!);
    if (simple) outputs[simple[1]!] = simple[2]!;
  }
  return outputs;
}

const created: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface E2eCluster {
  /** The real kube-apiserver + etcd, started before the suite's first test. */
  readonly cluster: Cluster;
  /** Clients as the cluster admin, for arranging state and reading it back. */
  readonly admin: ReturnType<typeof adminClients>;
  /** Model servers the tests start; closed after the suite. */
  readonly servers: ModelServer[];
}

/**
 * Called inside a describe(): starts a cluster before its tests, and afterwards closes the model servers,
 * stops the cluster and removes the temporary directories.
 */
export function useE2eCluster(): E2eCluster {
  let cluster: Cluster | undefined;
  let admin: ReturnType<typeof adminClients> | undefined;
  const servers: ModelServer[] = [];
  before(
    async () => {
      cluster = await startCluster();
      admin = adminClients(cluster.adminKubeconfig);
    },
    { timeout: 180_000 },
  );
  after(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await cluster?.stop();
    removeTempDirs();
  });
  return {
    get cluster() {
      if (!cluster) throw new Error('the cluster is started in before()');
      return cluster;
    },
    get admin() {
      if (!admin) throw new Error('the cluster is started in before()');
      return admin;
    },
    servers,
  };
}

export const INTENTS = ['refund', 'return', 'shipping', 'account', 'billing', 'other'] as const;

const ANSWER_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['intent', 'answer'],
  additionalProperties: false,
  properties: { intent: { enum: INTENTS }, answer: { type: 'string', minLength: 1 } },
};

/** The record index carried in a request (`r-017` → 17), or -1. */
export function recordIndexIn(text: string): number {
  const match = /r-(\d{3})/.exec(text);
  return match ? Number(match[1]) : -1;
}

/**
 * A deterministic support model answering JSON per record. With `brokenTenths` n, the records whose index
 * ends in 0..n-1 (n tenths of the dataset, the same records every time) get prose instead of JSON, as a bad
 * model build would.
 */
export function startSupportModel(options: { brokenTenths?: number | (() => number) } = {}): Promise<ModelServer> {
  const broken = options.brokenTenths ?? 0;
  return startOpenAIServer({
    latencyMs: 3,
    answer: (body) => {
      const index = recordIndexIn(lastUserMessage(body));
      if (index % 10 < (typeof broken === 'function' ? broken() : broken)) return 'Sorry, I cannot help with that today.';
      return JSON.stringify({ intent: INTENTS[index % INTENTS.length] ?? 'other', answer: `Request ${index} is on its way.` });
    },
  });
}

export interface ServiceRepo {
  root: string;
  manifest: string;
  write(path: string, text: string): void;
}

/** A service repo (manifest, prompts, schema, ~80 recorded requests); `deploy` becomes the manifest's deploy: section. */
export function serviceRepo(options: { endpoint: string; deploy?: Record<string, unknown> | undefined; manifest?: string }): ServiceRepo {
  const root = tempDir('sg-kube-e2e-repo-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const manifest = options.manifest ?? manifestYaml(options.endpoint, options.deploy);
  write('shadowgate.yaml', manifest);
  write('prompts/system.md', 'Answer only with a JSON object {"intent", "answer"}.\n');
  write('prompts/user.md', '[{{ id }}] {{ question }}\n');
  write('schemas/answer.json', `${JSON.stringify(ANSWER_SCHEMA, null, 2)}\n`);
  const records = Array.from({ length: RECORDS }, (_, i) =>
    JSON.stringify({ id: `r-${String(i).padStart(3, '0')}`, question: `Question ${i}: where is my parcel?` }),
  );
  write('data/requests.jsonl', `${records.join('\n')}\n`);
  return { root, manifest, write };
}

export function manifestYaml(endpoint: string, deploy: Record<string, unknown> | undefined): string {
  const lines = [
    'version: 1',
    'service: support-bot',
    'model:',
    '  protocol: openai',
    `  endpoint: ${endpoint}`,
    `  id: ${MODEL_ID}`,
    `  version: "${MODEL_VERSION}"`,
    '  params:',
    '    temperature: 0',
    'prompt:',
    '  system: prompts/system.md',
    '  user: prompts/user.md',
    'output:',
    '  kind: json',
    '  schema: schemas/answer.json',
    'shadow:',
    '  dataset: data/requests.jsonl',
    '  concurrency: 8',
    '  timeoutMs: 5000',
    '  minSamples: 20',
  ];
  return `${lines.join('\n')}\n${deploy ? stringify({ deploy }) : ''}`;
}

/** Warm-up and watch settings small enough for a test, large enough to exercise both. */
export const QUICK_SETTINGS = {
  lease: { durationSeconds: 30 },
  // A wide margin so a loaded CI machine still settles; two windows are the least a settled warm-up takes.
  warmup: { windowSize: 5, maxRequests: 200, maxSeconds: 20, marginPercent: 200, concurrency: 2 },
  watch: { seconds: 1, intervalSeconds: 0.3, maxFailures: 1 },
};

export interface LiveState {
  slot: string | undefined;
  selector: Record<string, string>;
  history: HistoryEntry[];
  resourceVersion: string | undefined;
  leaseHolder: string | undefined;
}

/** The live Service as the cluster holds it (read through the admin identity, not the code under test). */
export async function liveState(admin: KubeClients, namespace: string, service: string, leaseName = `shadowgate-${service}`): Promise<LiveState> {
  const svc = await admin.core.readNamespacedService({ namespace, name: service });
  const selector = svc.spec?.selector ?? {};
  const lease = await readLeaseOrUndefined(admin, namespace, leaseName);
  return {
    slot: selector[SLOT_KEY],
    selector,
    history: parseHistory(svc.metadata?.annotations),
    resourceVersion: svc.metadata?.resourceVersion,
    leaseHolder: lease?.spec?.holderIdentity ?? undefined,
  };
}

export interface BlueGreenService {
  repo: ServiceRepo;
  namespace: string;
  service: string;
  blue: ModelServer;
  green: ModelServer;
}

/**
 * Blue live and green idle (both ready) in a fresh namespace where the restricted user holds the shipped
 * Role; each slot is a real model server, and the repo's deploy: section points at both.
 * `deploy` replaces parts of the section; `greenBrokenTenths` breaks the green model (a function decides
 * per request, seeing the blue server).
 */
export async function blueGreenService(
  admin: ReturnType<typeof adminClients>,
  servers: ModelServer[],
  options: { greenBrokenTenths?: number | ((blue: ModelServer) => number); deploy?: Record<string, unknown> } = {},
): Promise<BlueGreenService> {
  const blue = await startSupportModel();
  const broken = options.greenBrokenTenths ?? 0;
  const green = await startSupportModel({ brokenTenths: typeof broken === 'function' ? () => broken(blue) : broken });
  servers.push(blue, green);
  const namespace = await freshNamespace(admin, 'e2e');
  await applyShippedRole(admin, namespace);
  const bg = await blueGreen(admin, namespace, {
    deploy: {
      ...QUICK_SETTINGS,
      slots: {
        blue: { selector: 'blue', deployments: ['chat-blue'], url: blue.url },
        green: { selector: 'green', deployments: ['chat-green'], url: green.url },
      },
      ...options.deploy,
    },
  });
  const repo = serviceRepo({ endpoint: blue.url, deploy: bg.deploy });
  return { repo, namespace, service: bg.service, blue, green };
}

/** Runs the CLI in the service repo with that identity's kubeconfig. */
export function cliAs(cluster: Cluster, kubeconfig: 'restrictedKubeconfig' | 'nobodyKubeconfig' | 'adminKubeconfig', repo: ServiceRepo) {
  return (args: string[], abort?: AbortSignal) =>
    runBundle(CLI, args, { cwd: repo.root, env: { KUBECONFIG: cluster[kubeconfig] }, timeoutMs: 60_000, ...(abort ? { abort } : {}) });
}

/** Polls until `ready` holds (polling every 25 ms rather than watching: plenty for a flip). */
export async function until(what: string, ready: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** INPUT_* for every input action.yml gives a plain default, as the runner sets them. */
export function actionDefaults(): Record<string, string> {
  const meta = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(meta.inputs)) {
    if (input.default !== undefined && !String(input.default).includes('${{')) env[`INPUT_${name.toUpperCase()}`] = String(input.default);
  }
  return env;
}

export interface StepRun extends ProcessRun {
  outputs: Record<string, string>;
}

/** The runner's variables for one workflow run of acme/support-bot. */
export function runnerEnv(runId: string, workspace: string): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/support-bot',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
  };
}

/**
 * One step of the bundled action (dist/index.js) as the runner runs it: action.yml's defaults and `inputs`
 * as INPUT_* variables, a fresh GITHUB_OUTPUT file read back as the step outputs, and the step's `env`.
 * The runner starts the step in the workspace; a different cwd here proves GITHUB_WORKSPACE is honoured.
 */
export async function runActionStep(inputs: Record<string, string>, env: Record<string, string>): Promise<StepRun> {
  const outputFile = join(tempDir('sg-kube-e2e-gh-'), 'output');
  writeFileSync(outputFile, '');
  const run = await runBundle(ACTION, [], {
    cwd: tempDir('sg-kube-e2e-cwd-'),
    env: {
      ...actionDefaults(),
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env,
      GITHUB_OUTPUT: outputFile,
    },
    timeoutMs: 60_000,
  });
  return { ...run, outputs: readStepOutputs(outputFile) };
}
