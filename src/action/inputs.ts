// Every input of the action, read and checked once before any work starts. A missing input takes the default
// action.yml declares (the runner always sets them, but a wrapper, a test or a hand-made environment may not),
// and a bad one is a UserError naming the input, never a stack trace from deep inside a command.
import { UserError } from '../errors.ts';
import { parseFailOn, type FailOn } from '../core/exit.ts';
import { parseShard, type Shard } from '../shadow/shard.ts';

export const ACTION_COMMANDS = [
  'shadow',
  'merge',
  'check',
  'promote',
  'rollback',
  'status',
  'lint',
  'canary-advance',
  'canary-abort',
  'canary-status',
  'rollout-rung',
  'rollout-abort',
  'rollout-rollback',
] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** How a rollout rung is approved: a GitHub environment's reviewers, or a manual dispatch (src/github/approval.ts). */
export type GateKind = 'environment' | 'dispatch';

export interface ActionInputs {
  command: ActionCommand;
  /** Manifest path relative to the repository root. */
  manifest: string;
  baseRef?: string;
  headRef?: string;
  baselineEndpoint?: string;
  candidateEndpoint?: string;
  noiseFloor: boolean;
  failOn: FailOn;
  reportDir: string;
  comment: boolean;
  /** Absent when neither the input nor GITHUB_TOKEN / GH_TOKEN holds one. */
  githubToken?: string;
  runId?: string;
  /** Hosts (scheme://host[:port] or an exact IP) a candidate may send requests and credentials to, beyond those the base branch declares. */
  allowedEndpoints: string[];
  /** rollback: whose promotion to undo (`latest` for any run's); empty means this run's own. */
  promotionRunId?: string;
  /** rollback: flip back even onto a slot that is not ready. */
  force: boolean;
  /** canary-advance: the weight in percent the next rung must have (a rung is never skipped). */
  canaryWeight?: number;
  /** rollout-rung: how a rung is approved (a GitHub environment's reviewers, or a manual dispatch). */
  gate: GateKind;
  /** rollout-rung with gate dispatch: refuse a rung started by the author of the change. */
  preventSelfApproval: boolean;
  /** rollout-*: the GitHub environment of the step, and the service URL shown on each deployment. */
  environment?: string;
  environmentUrl?: string;
  /** rollout-abort / rollout-rollback: why, recorded on the route, the deployment and the PR. */
  reason?: string;
  /** rollout-rollback: the service to roll back (must be the manifest's). */
  service?: string;
  /** lint: repository files (paths, folders, globs) instead of the live Deployments. */
  files: string[];
  /** shadow: replay only this shard of the dataset and write its part (no verdict, no comment). */
  shard?: Shard;
  /** merge: the part files (paths, folders, globs); absent means the folder shadowgate-parts. */
  parts?: string[];
}

/** The defaults of action.yml (a test keeps the two equal), for inputs the environment does not carry. */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  command: 'shadow',
  manifest: 'shadowgate.yaml',
  'noise-floor': 'false',
  'fail-on': 'fail',
  'report-dir': 'shadowgate-report',
  comment: 'true',
  force: 'false',
  gate: 'environment',
  'prevent-self-approval': 'false',
};

/** Inputs whose default in action.yml is an expression the runner evaluates (`${{ github.token }}`). */
export const RUNNER_DEFAULTED_INPUTS: readonly string[] = ['github-token'];

/** The variable the runner sets for an input: `INPUT_` + the name upper-cased, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Reads and validates every input; throws one UserError for the first bad one. */
export function readActionInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const raw = (name: string): string => (env[inputVariable(name)] ?? '').trim() || INPUT_DEFAULTS[name] || '';
  const optional = (name: string): string | undefined => raw(name) || undefined;

  const command = raw('command').toLowerCase();
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new UserError(
      `input command must be one of ${ACTION_COMMANDS.join(', ')} (got "${raw('command')}")`,
      undefined,
      'set `command:` under `with:` of the shadowgate step',
    );
  }
  return {
    command: command as ActionCommand,
    manifest: raw('manifest'),
    ...defined('baseRef', optional('base-ref')),
    ...defined('headRef', optional('head-ref')),
    ...defined('baselineEndpoint', endpoint('baseline-endpoint', optional('baseline-endpoint') ?? env.SHADOWGATE_BASELINE_ENDPOINT?.trim())),
    ...defined('candidateEndpoint', endpoint('candidate-endpoint', optional('candidate-endpoint') ?? env.SHADOWGATE_CANDIDATE_ENDPOINT?.trim())),
    noiseFloor: boolean('noise-floor', raw('noise-floor')),
    failOn: parseFailOn(raw('fail-on'), 'input fail-on'),
    reportDir: raw('report-dir'),
    comment: boolean('comment', raw('comment')),
    ...defined('githubToken', [optional('github-token'), env.GITHUB_TOKEN?.trim(), env.GH_TOKEN?.trim()].find(Boolean)),
    ...defined('runId', optional('run-id')),
    allowedEndpoints: raw('allowed-endpoints')
      .split(/[\s,]+/)
      .filter(Boolean),
    ...defined('promotionRunId', optional('promotion-run-id')),
    force: boolean('force', raw('force')),
    ...defined('canaryWeight', percentage('canary-weight', optional('canary-weight'))),
    gate: oneOf('gate', raw('gate').toLowerCase(), ['environment', 'dispatch'] as const),
    preventSelfApproval: boolean('prevent-self-approval', raw('prevent-self-approval')),
    ...defined('environment', optional('environment')),
    ...defined('environmentUrl', optional('environment-url')),
    ...defined('reason', optional('reason')),
    ...defined('service', optional('service')),
    files: lines(raw('files')),
    ...defined('shard', optional('shard') === undefined ? undefined : parseShard(raw('shard'), 'input shard')),
    ...defined('parts', lines(raw('parts')).length ? lines(raw('parts')) : undefined),
  };
}

/** A multi-line input: one entry per non-blank line, trimmed. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((f) => f.trim())
    .filter(Boolean);
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function boolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`input ${name} must be true or false (got "${value}")`, undefined, `set \`${name}: true\` or \`${name}: false\``);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`, undefined, `set \`${name}: ${allowed[0]}\``);
}

function percentage(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new UserError(`input ${name} must be a whole percentage 1..100 (got "${value}")`, undefined, `e.g. \`${name}: 5\``);
  }
  return n;
}

function endpoint(name: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`input ${name} is not a URL (got "${value}")`, undefined, 'give the full URL, e.g. https://models.example.com/v1');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`input ${name} must be an http or https URL (got "${value}")`, undefined, `write the scheme too, e.g. http://${value}`);
  }
  return value;
}
