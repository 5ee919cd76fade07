// A local stand-in for the GitHub REST API (plus the one GraphQL mutation shadowgate uses), on 127.0.0.1.
//
// Every request is checked against GitHub's own OpenAPI description (@octokit/openapi, api.github.com):
// the path must match a documented path template and method, path and query parameters must have the
// documented names and types, and a JSON body must satisfy the operation's request schema (Ajv, $refs
// resolved against the description's components). A request that does not → 400/404/422 AND an entry in
// `failures`, which every test asserts is empty. The stand-in's own JSON answers are checked against the
// documented response schema the same way, so they look like GitHub's.
//
// It keeps state (issue comments with ids, authors and apps; PR files; pull requests; tokens → identities;
// repositories with their visibility and plan; environments with their protection rules; deployments and
// their statuses, with GitHub's `auto_inactive` rule; collaborators' permissions; run approvals), paginates with `Link` headers like GitHub, caps the PR files listing at 3,000, and injects faults on demand.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (a: Ajv) => Ajv;

type Json = Record<string, unknown>;

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: (OpenApiParameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> };
  responses: Record<string, { content?: Record<string, { schema?: Json }> } | { $ref: string }>;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  operation: OpenApiOperation;
}

interface Spec {
  routes: Route[];
  components: Json & { parameters: Record<string, OpenApiParameter>; responses: Record<string, Json> };
  ajv: Ajv;
  cache: Map<string, ValidateFunction>;
}

let loaded: Spec | undefined;

/** The description is 13 MB; parse it once per test process. */
function spec(): Spec {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, OpenApiOperation>>; components: Spec['components'] };
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const names: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
      routes.push({ method: method.toUpperCase(), template, regex: new RegExp(`^${pattern}$`), names, operation });
    }
  }
  // Literal segments beat parameters (`/repos/{o}/{r}/issues/comments` before `/issues/{issue_number}`).
  routes.sort((a, b) => a.names.length - b.names.length);
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'binary', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint']) ajv.addFormat(f, true);
  ajv.addSchema({ $id: 'gh', components: doc.components });
  loaded = { routes, components: doc.components, ajv, cache: new Map() };
  return loaded;
}

/** Points local `#/components/...` references at the registered description. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(schema as Json)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rebase(v);
    }
    return out;
  }
  return schema;
}

function validator(key: string, schema: Json): ValidateFunction {
  const s = spec();
  let fn = s.cache.get(key);
  if (!fn) {
    fn = s.ajv.compile(rebase(schema) as Json);
    s.cache.set(key, fn);
  }
  return fn;
}

function deref<T>(value: T | { $ref: string }): T {
  const s = spec();
  if (value && typeof value === 'object' && '$ref' in value) {
    const parts = value.$ref.replace(/^#\/components\//, '').split('/');
    let node: unknown = s.components;
    for (const p of parts) node = (node as Json)[p];
    return node as T;
  }
  return value as T;
}

// ───────────────────────────── state ─────────────────────────────

export interface StandinUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface TokenIdentity {
  user: StandinUser;
  /** App the token acts through (GitHub Actions' token: `github-actions`). */
  app?: string;
  /** Whether GET /user answers; installation tokens get 403 "Resource not accessible by integration". */
  canGetUser: boolean;
  /** False for a token without `pull-requests: write`: writes get 403 "Resource not accessible by integration". */
  canWrite?: boolean;
  /** Admin rights on every repository (environments can be written); default false. */
  admin?: boolean;
  /**
   * The token of an organization owner, or of the personal account that owns the repository: GitHub then
   * shows the plan (`plan` in GET /orgs/{org}, and in GET /user for the account's own token); others see none.
   */
  readsPlan?: boolean;
}

/** A repository as `GET /repos/{o}/{r}` describes it; plans other than enterprise cannot protect private environments. */
export interface StandinRepo {
  owner: string;
  repo: string;
  private: boolean;
  /** Internal repositories exist only in organizations on GitHub Enterprise (and are also `private: true`). */
  internal?: boolean;
  plan: 'free' | 'pro' | 'team' | 'enterprise';
  /** Who owns it: an organization (default) or a personal account. */
  ownerType: 'User' | 'Organization';
  defaultBranch: string;
}

export interface StoredEnvironment {
  id: number;
  name: string;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: { type: 'User' | 'Team'; id: number }[];
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branchPolicies: { id: number; name: string; type: 'branch' | 'tag' }[];
  createdAt: string;
  updatedAt: string;
}

export interface StoredDeploymentStatus {
  id: number;
  state: 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';
  description: string;
  logUrl: string;
  environmentUrl: string;
  creator: StandinUser;
  createdAt: string;
}

export interface StoredDeployment {
  id: number;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: Json;
  description: string | null;
  production: boolean;
  transient: boolean;
  creator: StandinUser;
  createdAt: string;
  statuses: StoredDeploymentStatus[];
}

export interface StandinTeam {
  org: string;
  slug: string;
  id: number;
}

export interface RunApproval {
  user: StandinUser;
  environments: string[];
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
}

export interface StoredComment {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: StandinUser;
  app?: string;
  createdAt: string;
  updatedAt: string;
  minimizedReason?: string;
}

export interface DiffFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface Fault {
  /** Match by operationId (`issues/update-comment`) and/or method; neither = every request. */
  operationId?: string;
  method?: string;
  /** `secondary` = 403 secondary rate limit with retry-after; `429` = too many requests with retry-after. */
  kind: 'secondary' | 'primary' | '429' | '502' | '500';
  /** For `primary`: seconds until x-ratelimit-reset (default 3600). */
  resetInSeconds?: number;
  retryAfterSeconds?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
}

export const ACTIONS_BOT: StandinUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: StandinUser = { login: 'octocat', id: 583231, type: 'User' };

/**
 * The REST API versions the stand-in answers as. @octokit/openapi's base description is the 2022-11-28 API;
 * later versions are only listed there as `x-github-breaking-changes` patches, which the stand-in does not apply.
 */
export const STANDIN_API_VERSIONS: readonly string[] = ['2022-11-28'];

export interface StandinOptions {
  /** REST prefix, e.g. `/api/v3` to look like GitHub Enterprise Server (GraphQL then lives at `/api/graphql`). */
  pathPrefix?: string;
}

export class GitHubStandin {
  /** Requests that broke GitHub's API description, or answers of ours that did; tests assert it stays empty. */
  readonly failures: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, StoredComment>();
  readonly tokens = new Map<string, TokenIdentity>();
  readonly pullFiles = new Map<string, DiffFile[]>();
  readonly pulls = new Map<string, Json>();
  readonly repos = new Map<string, StandinRepo>();
  /** An organization's plan: the plan last given explicitly for one of its repositories. */
  readonly orgPlans = new Map<string, StandinRepo['plan']>();
  readonly environments = new Map<string, StoredEnvironment>();
  readonly deployments = new Map<number, StoredDeployment>();
  readonly users = new Map<string, StandinUser>();
  readonly teams = new Map<string, StandinTeam>();
  /** `owner/repo/login` → permission; anyone not listed has `read`. */
  readonly permissions = new Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'>();
  /** `owner/repo@sha` → numbers of the pull requests that contain the commit. */
  readonly commitPulls = new Map<string, number[]>();
  /** `owner/repo/run_id` → environment reviews of that workflow run. */
  readonly runApprovals = new Map<string, RunApproval[]>();
  private readonly faults: (Fault & { left: number })[] = [];
  private readonly hooks: { operationId: string; run: (req: RecordedRequest) => void; left: number }[] = [];
  private nextId = 1000;
  private clock = Date.parse('2026-11-01T10:00:00Z');
  private server!: Server;
  private readonly prefix: string;
  origin = '';

  private constructor(options: StandinOptions) {
    this.prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
    this.tokens.set('actions-token', { user: ACTIONS_BOT, app: 'github-actions', canGetUser: false });
    this.tokens.set('user-token', { user: OCTOCAT, canGetUser: true });
    this.users.set(OCTOCAT.login, OCTOCAT);
  }

  static async start(options: StandinOptions = {}): Promise<GitHubStandin> {
    spec();
    const standin = new GitHubStandin(options);
    standin.server = createServer((req, res) => {
      standin.handle(req, res).catch((e: unknown) => {
        standin.failures.push(`stand-in crashed on ${req.method} ${req.url}: ${(e as Error).stack}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => standin.server.listen(0, '127.0.0.1', resolve));
    standin.origin = `http://127.0.0.1:${(standin.server.address() as AddressInfo).port}`;
    return standin;
  }

  /** What GITHUB_API_URL should be. */
  get apiUrl(): string {
    return this.origin + this.prefix;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addComment(owner: string, repo: string, issue: number, body: string, user: StandinUser, app?: string): StoredComment {
    const id = this.nextId++;
    const at = this.tick();
    const comment: StoredComment = {
      id,
      nodeId: `IC_kwDO${Buffer.from(`comment:${id}`).toString('base64url')}`,
      owner,
      repo,
      issue,
      body,
      user,
      createdAt: at,
      updatedAt: at,
      ...(app ? { app } : {}),
    };
    this.comments.set(id, comment);
    return comment;
  }

  commentsOn(owner: string, repo: string, issue: number): StoredComment[] {
    return [...this.comments.values()].filter((c) => c.owner === owner && c.repo === repo && c.issue === issue).sort((a, b) => a.id - b.id);
  }

  setPullFiles(owner: string, repo: string, pull: number, files: DiffFile[]): void {
    this.pullFiles.set(`${owner}/${repo}#${pull}`, files);
  }

  setPull(owner: string, repo: string, pull: Json): void {
    this.pulls.set(`${owner}/${repo}#${pull.number as number}`, pull);
  }

  addRepo(repo: Partial<StandinRepo> & { owner: string; repo: string }): StandinRepo {
    const r: StandinRepo = { private: false, plan: 'free', ownerType: 'Organization', defaultBranch: 'main', ...repo };
    if (r.internal) r.private = true;
    if (repo.plan && r.ownerType === 'Organization') this.orgPlans.set(r.owner, repo.plan);
    this.repos.set(`${r.owner}/${r.repo}`, r);
    return r;
  }

  addUser(login: string, type: 'User' | 'Bot' = 'User'): StandinUser {
    const user: StandinUser = { login, id: 7000 + this.users.size, type };
    this.users.set(login, user);
    return user;
  }

  environment(owner: string, repo: string, name: string): StoredEnvironment | undefined {
    return this.environments.get(`${owner}/${repo}/${name}`.toLowerCase());
  }

  deploymentsIn(owner: string, repo: string, environment?: string): StoredDeployment[] {
    return [...this.deployments.values()]
      .filter((d) => d.owner === owner && d.repo === repo && (!environment || d.environment === environment))
      .sort((a, b) => a.id - b.id);
  }

  /**
   * What GitHub Actions itself does for a job bound to an environment (unless the job says
   * `deployment: false`): once the protection rules pass it records a deployment of the run's commit in that
   * environment (task `deploy`, no payload, created by github-actions[bot]), in progress while the job runs.
   */
  startJobDeployment(owner: string, repo: string, job: { sha: string; ref: string; environment: string; runUrl: string }): StoredDeployment {
    const d: StoredDeployment = {
      id: this.nextId++,
      owner,
      repo,
      sha: job.sha,
      ref: job.ref,
      task: 'deploy',
      environment: job.environment,
      payload: {},
      description: null,
      production: false,
      transient: false,
      creator: ACTIONS_BOT,
      createdAt: this.tick(),
      statuses: [],
    };
    d.statuses.push({
      id: this.nextId++,
      state: 'in_progress',
      description: '',
      logUrl: job.runUrl,
      environmentUrl: '',
      creator: ACTIONS_BOT,
      createdAt: this.tick(),
    });
    this.deployments.set(d.id, d);
    return d;
  }

  /** The job finished: GitHub Actions marks its deployment success or failure. */
  finishJobDeployment(d: StoredDeployment, succeeded: boolean): void {
    d.statuses.push({
      id: this.nextId++,
      state: succeeded ? 'success' : 'failure',
      description: '',
      logUrl: d.statuses[0]?.logUrl ?? '',
      environmentUrl: '',
      creator: ACTIONS_BOT,
      createdAt: this.tick(),
    });
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Runs `run` just before the next request for `operationId` is served (e.g. delete the comment it targets). */
  before(operationId: string, run: (req: RecordedRequest) => void): void {
    this.hooks.push({ operationId, run, left: 1 });
  }

  /** Writes (non-GET requests) received, optionally for one operation. */
  writes(operationId?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && (!operationId || r.operationId === operationId));
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  // ───────────────────────────── request handling ─────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path: url.pathname + url.search, status: 0 };
    this.requests.push(record);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}), 'x-github-media-type': 'github.v3', ...headers });
      res.end(text);
    };
    const invalid = (status: number, message: string) => {
      this.failures.push(`${method} ${url.pathname}${url.search}: ${message}`);
      send(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });
    };

    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const identity = token ? this.tokens.get(token) : undefined;
    if (!identity) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });

    if (method === 'POST' && (url.pathname === '/graphql' || url.pathname === '/api/graphql')) {
      record.operationId = 'graphql';
      return this.graphql(raw, send, invalid, record);
    }

    // REST requests must pin the API version (GitHub recommends it; without it GitHub silently picks its
    // default). The stand-in speaks only the version its description (@octokit/openapi's base schema) is.
    const version = req.headers['x-github-api-version'];
    if (version === undefined) return invalid(400, 'no X-GitHub-Api-Version header: pin the REST API version the client is written against');
    if (!STANDIN_API_VERSIONS.includes(String(version)))
      return invalid(400, `Unsupported 'X-GitHub-Api-Version': '${String(version)}' (the stand-in speaks ${STANDIN_API_VERSIONS.join(', ')})`);

    if (!url.pathname.startsWith(`${this.prefix}/`)) return invalid(404, `not under the API prefix '${this.prefix}'`);
    const path = url.pathname.slice(this.prefix.length);
    const candidates = spec().routes.filter((r) => r.regex.test(path));
    if (candidates.length === 0) return invalid(404, 'no such path in the GitHub REST API description');
    const route = candidates.find((r) => r.method === method);
    if (!route) return invalid(404, `method ${method} is not documented for ${candidates[0]?.template}`);
    const op = route.operation;
    record.operationId = op.operationId;

    // Path and query parameters: names and types as documented.
    const match = route.regex.exec(path) as RegExpExecArray;
    const pathParams: Record<string, string> = {};
    route.names.forEach((n, i) => {
      pathParams[n] = decodeURIComponent(match[i + 1] as string);
    });
    const params = (op.parameters ?? []).map((p) => deref<OpenApiParameter>(p));
    const problems: string[] = [];
    const query: Record<string, unknown> = {};
    for (const p of params.filter((x) => x.in === 'path' || x.in === 'query')) {
      const rawValue = p.in === 'path' ? pathParams[p.name] : (url.searchParams.get(p.name) ?? undefined);
      if (rawValue === undefined) {
        if (p.required) problems.push(`missing required ${p.in} parameter '${p.name}'`);
        continue;
      }
      const value = coerce(rawValue, p.schema);
      const check = validator(`${op.operationId}:param:${p.name}`, p.schema ?? {});
      if (!check(value)) problems.push(`${p.in} parameter '${p.name}'=${JSON.stringify(rawValue)}: ${spec().ajv.errorsText(check.errors)}`);
      if (p.in === 'query') query[p.name] = value;
    }
    const known = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of url.searchParams.keys()) if (!known.has(name)) problems.push(`undocumented query parameter '${name}'`);
    if (problems.length) return invalid(400, problems.join('; '));

    // Request body against the operation's JSON Schema.
    let body: unknown;
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    if (raw.length) {
      try {
        body = JSON.parse(raw);
      } catch {
        return invalid(400, 'Problems parsing JSON');
      }
      if (!op.requestBody) return invalid(400, 'this operation takes no request body');
    }
    record.body = body;
    if (op.requestBody?.required && body === undefined) return invalid(400, 'request body is required');
    if (bodySchema && body !== undefined) {
      const check = validator(`${op.operationId}:body`, bodySchema);
      if (!check(body)) return invalid(422, `Invalid request: ${spec().ajv.errorsText(check.errors)}`);
    }

    const fault = this.takeFault(op.operationId, method);
    if (fault) return this.sendFault(fault, send);
    for (const hook of this.hooks) {
      if (hook.left > 0 && hook.operationId === op.operationId) {
        hook.left--;
        hook.run(record);
      }
    }

    if (method !== 'GET' && identity.canWrite === false) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    const reply = this.serve(op.operationId, pathParams, query, body as Json | undefined, identity, url);
    if (reply.status < 300 && reply.body !== undefined && reply.validate !== false) {
      const responseSpec = deref<{ content?: Record<string, { schema?: Json }> }>(op.responses[String(reply.status)] ?? { content: {} });
      const schema = responseSpec.content?.['application/json']?.schema;
      if (schema) {
        const check = validator(`${op.operationId}:response:${reply.status}`, schema);
        if (!check(reply.body))
          this.failures.push(`stand-in answer to ${op.operationId} does not match GitHub's schema: ${spec().ajv.errorsText(check.errors)}`);
      }
    }
    send(reply.status, reply.body, reply.headers);
  }

  private takeFault(operationId: string, method: string): Fault | undefined {
    const fault = this.faults.find((f) => f.left > 0 && (!f.operationId || f.operationId === operationId) && (!f.method || f.method === method));
    if (fault) fault.left--;
    return fault;
  }

  private sendFault(fault: Fault, send: (s: number, b?: unknown, h?: Record<string, string>) => void): void {
    const retryAfter = String(fault.retryAfterSeconds ?? 1);
    const doc = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
    switch (fault.kind) {
      case 'secondary':
        send(
          403,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: doc, status: '403' },
          { 'retry-after': retryAfter },
        );
        return;
      case 'primary': {
        const reset = String(Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 3600));
        send(
          403,
          { message: 'API rate limit exceeded for installation ID 1.', documentation_url: doc, status: '403' },
          { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': reset, 'x-ratelimit-resource': 'core' },
        );
        return;
      }
      case '429':
        send(429, { message: 'Too Many Requests', documentation_url: doc, status: '429' }, { 'retry-after': retryAfter });
        return;
      case '502':
        send(502, { message: 'Server Error' });
        return;
      case '500':
        send(500, { message: 'Server Error' });
        return;
    }
  }

  private serve(
    operationId: string,
    p: Record<string, string>,
    query: Record<string, unknown>,
    body: Json | undefined,
    identity: TokenIdentity,
    url: URL,
  ): { status: number; body?: unknown; headers?: Record<string, string>; validate?: boolean } {
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    const forbidden = (message: string) => ({ status: 403, body: { message, documentation_url: 'https://docs.github.com/rest', status: '403' } });
    const owner = p.owner ?? '';
    const repo = p.repo ?? '';
    switch (operationId) {
      case 'users/get-authenticated': {
        if (!identity.canGetUser) {
          return {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
              status: '403',
            },
          };
        }
        // The account's own plan, for a token of the account that owns repositories here.
        const own = [...this.repos.values()].find((r) => r.ownerType === 'User' && r.owner === identity.user.login);
        const plan = own && identity.readsPlan ? { plan: { name: own.plan, space: 976562499, private_repos: 9999, collaborators: 0 } } : {};
        return { status: 200, body: { ...this.publicUser(identity.user), ...plan } };
      }
      case 'orgs/get': {
        const repos = [...this.repos.values()].filter((r) => r.ownerType === 'Organization' && r.owner === p.org);
        if (repos.length === 0) return notFound;
        const org = example('organization-full');
        const account = this.orgAccount(String(p.org));
        Object.assign(org, {
          login: account.login,
          id: account.id,
          url: `${this.apiUrl}/orgs/${account.login}`,
          html_url: `${this.origin}/${account.login}`,
          archived_at: null,
        });
        // Only an owner sees the plan (and the other billing fields).
        if (identity.readsPlan)
          org.plan = { name: this.orgPlans.get(account.login) ?? repos[0]!.plan, space: 976562499, private_repos: 999999, filled_seats: 4, seats: 5 };
        else
          for (const k of [
            'plan',
            'total_private_repos',
            'owned_private_repos',
            'private_gists',
            'disk_usage',
            'collaborators',
            'billing_email',
            'default_repository_permission',
            'members_can_create_repositories',
            'two_factor_requirement_enabled',
          ])
            delete org[k];
        return { status: 200, body: org };
      }
      case 'issues/list-comments': {
        const all = this.commentsOn(owner, repo, Number(p.issue_number)).map((c) => this.commentJson(c));
        return this.page(all, query, url);
      }
      case 'issues/create-comment': {
        const c = this.addComment(owner, repo, Number(p.issue_number), String(body?.body), identity.user, identity.app);
        return { status: 201, body: this.commentJson(c), headers: { location: this.commentJson(c).url as string } };
      }
      case 'issues/get-comment':
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const c = this.comments.get(Number(p.comment_id));
        if (!c || c.owner !== owner || c.repo !== repo) return notFound;
        if (operationId === 'issues/get-comment') return { status: 200, body: this.commentJson(c) };
        if (c.user.login !== identity.user.login)
          return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };
        if (operationId === 'issues/delete-comment') {
          this.comments.delete(c.id);
          return { status: 204 };
        }
        c.body = String(body?.body);
        c.updatedAt = this.tick();
        return { status: 200, body: this.commentJson(c) };
      }
      case 'pulls/list-files': {
        const files = this.pullFiles.get(`${owner}/${repo}#${p.pull_number}`);
        if (!files) return notFound;
        // GitHub lists at most 3,000 files for a pull request.
        return this.page(
          files.slice(0, 3000).map((f) => this.diffEntry(owner, repo, f)),
          query,
          url,
        );
      }
      case 'pulls/get': {
        const pull = this.pulls.get(`${owner}/${repo}#${p.pull_number}`);
        // Seeded from webhook payloads, whose pull_request objects differ from REST in minor fields.
        return pull ? { status: 200, body: pull, validate: false } : notFound;
      }
      case 'repos/get': {
        const r = this.repos.get(`${owner}/${repo}`);
        if (!r) return notFound;
        return { status: 200, body: this.repoJson(r, identity) };
      }
      case 'users/get-by-username': {
        const u = this.users.get(p.username ?? '');
        return u ? { status: 200, body: this.publicUser(u) } : notFound;
      }
      case 'teams/get-by-name': {
        const t = this.teams.get(`${p.org}/${p.team_slug}`);
        if (!t) return notFound;
        const team = example('team-full');
        // The description's own example lacks fields its schema requires (type, organization.archived_at).
        (team.organization as Json).archived_at = null;
        Object.assign(team, {
          type: 'organization',
          id: t.id,
          slug: t.slug,
          name: t.slug,
          url: `${this.apiUrl}/orgs/${t.org}/teams/${t.slug}`,
          html_url: `${this.origin}/orgs/${t.org}/teams/${t.slug}`,
        });
        return { status: 200, body: team };
      }
      case 'repos/get-collaborator-permission-level': {
        const u = this.users.get(p.username ?? '');
        if (!u) return notFound;
        const permission = this.permissions.get(`${owner}/${repo}/${u.login}`) ?? 'read';
        const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
        return {
          status: 200,
          body: {
            permission: legacy,
            role_name: permission,
            user: {
              ...this.simpleUser(u),
              permissions: {
                admin: permission === 'admin',
                maintain: permission === 'maintain' || permission === 'admin',
                push: ['admin', 'maintain', 'write'].includes(permission),
                triage: permission !== 'read' && permission !== 'none',
                pull: permission !== 'none',
              },
              role_name: permission,
            },
          },
        };
      }
      case 'repos/get-environment': {
        const env = this.environment(owner, repo, p.environment_name ?? '');
        return env ? { status: 200, body: this.environmentJson(owner, repo, env) } : notFound;
      }
      case 'repos/create-or-update-environment': {
        const r = this.repos.get(`${owner}/${repo}`);
        if (!r) return notFound;
        if (!identity.admin) return forbidden('Resource not accessible by integration');
        const wantsRules = (Array.isArray(body?.reviewers) && body.reviewers.length > 0) || Number(body?.wait_timer ?? 0) > 0;
        if (r.private && r.plan !== 'enterprise' && wantsRules) {
          return {
            status: 422,
            body: {
              message: 'Failed to create the environment protection rule. Please ensure the billing plan supports the required reviewers protection rule.',
              documentation_url: 'https://docs.github.com/rest/deployments/environments#create-or-update-an-environment',
              status: '422',
            },
          };
        }
        if (r.private && r.plan === 'free') {
          return {
            status: 422,
            body: {
              message: 'Environments are not available for private repositories on this plan.',
              documentation_url: 'https://docs.github.com/rest/deployments/environments#create-or-update-an-environment',
              status: '422',
            },
          };
        }
        const key = `${owner}/${repo}/${p.environment_name}`.toLowerCase();
        const at = this.tick();
        const old = this.environments.get(key);
        const env: StoredEnvironment = old ?? {
          id: this.nextId++,
          name: p.environment_name ?? '',
          waitTimer: 0,
          preventSelfReview: false,
          reviewers: [],
          branchPolicy: null,
          branchPolicies: [],
          createdAt: at,
          updatedAt: at,
        };
        if (body && 'wait_timer' in body) env.waitTimer = Number(body.wait_timer ?? 0);
        if (body && 'prevent_self_review' in body) env.preventSelfReview = Boolean(body.prevent_self_review);
        if (body && 'reviewers' in body) {
          const reviewers = (body.reviewers as { type: 'User' | 'Team'; id: number }[] | null) ?? [];
          if (reviewers.length > 6)
            return {
              status: 422,
              body: { message: 'Validation Failed: reviewers can have at most 6 entries', documentation_url: 'https://docs.github.com/rest', status: '422' },
            };
          env.reviewers = reviewers.map((x) => ({ type: x.type, id: x.id }));
        }
        if (body && 'deployment_branch_policy' in body) env.branchPolicy = (body.deployment_branch_policy as StoredEnvironment['branchPolicy']) ?? null;
        env.updatedAt = at;
        this.environments.set(key, env);
        return { status: 200, body: this.environmentJson(owner, repo, env) };
      }
      case 'repos/list-deployment-branch-policies': {
        const env = this.environment(owner, repo, p.environment_name ?? '');
        if (!env) return notFound;
        return { status: 200, body: { total_count: env.branchPolicies.length, branch_policies: env.branchPolicies.map((b) => this.branchPolicyJson(b)) } };
      }
      case 'repos/create-deployment-branch-policy': {
        const env = this.environment(owner, repo, p.environment_name ?? '');
        if (!env) return notFound;
        if (!identity.admin) return forbidden('Resource not accessible by integration');
        if (!env.branchPolicy?.custom_branch_policies)
          return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
        const name = String(body?.name);
        if (env.branchPolicies.some((b) => b.name === name)) return { status: 303, body: undefined };
        const policy = { id: this.nextId++, name, type: (body?.type as 'branch' | 'tag' | undefined) ?? 'branch' };
        env.branchPolicies.push(policy);
        return { status: 200, body: this.branchPolicyJson(policy) };
      }
      case 'repos/list-deployments': {
        const all = this.deploymentsIn(owner, repo)
          .filter(
            (d) =>
              (query.sha === undefined || d.sha === query.sha) &&
              (query.ref === undefined || d.ref === query.ref) &&
              (query.task === undefined || d.task === query.task) &&
              (query.environment === undefined || d.environment === query.environment),
          )
          .reverse()
          .map((d) => this.deploymentJson(d));
        return this.page(all, query, url);
      }
      case 'repos/get-deployment': {
        const d = this.deployments.get(Number(p.deployment_id));
        return d && d.owner === owner && d.repo === repo ? { status: 200, body: this.deploymentJson(d) } : notFound;
      }
      case 'repos/create-deployment': {
        if (!this.repos.get(`${owner}/${repo}`)) return notFound;
        const environment = String(body?.environment ?? 'production');
        const d: StoredDeployment = {
          id: this.nextId++,
          owner,
          repo,
          sha: /^[0-9a-f]{40}$/.test(String(body?.ref)) ? String(body?.ref) : 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
          ref: String(body?.ref),
          task: String(body?.task ?? 'deploy'),
          environment,
          payload: typeof body?.payload === 'object' && body.payload ? (body.payload as Json) : {},
          description: (body?.description as string | null | undefined) ?? '',
          production: body?.production_environment === undefined ? environment === 'production' : Boolean(body.production_environment),
          transient: Boolean(body?.transient_environment),
          creator: identity.user,
          createdAt: this.tick(),
          statuses: [],
        };
        this.deployments.set(d.id, d);
        return { status: 201, body: this.deploymentJson(d) };
      }
      case 'repos/list-deployment-statuses': {
        const d = this.deployments.get(Number(p.deployment_id));
        if (!d || d.owner !== owner || d.repo !== repo) return notFound;
        return this.page(
          [...d.statuses].reverse().map((st) => this.deploymentStatusJson(d, st)),
          query,
          url,
        );
      }
      case 'repos/create-deployment-status': {
        const d = this.deployments.get(Number(p.deployment_id));
        if (!d || d.owner !== owner || d.repo !== repo) return notFound;
        const st: StoredDeploymentStatus = {
          id: this.nextId++,
          state: body?.state as StoredDeploymentStatus['state'],
          description: String(body?.description ?? ''),
          logUrl: String(body?.log_url ?? body?.target_url ?? ''),
          environmentUrl: String(body?.environment_url ?? ''),
          creator: identity.user,
          createdAt: this.tick(),
        };
        d.statuses.push(st);
        // GitHub: a success marks earlier successful, non-transient, non-production deployments of the same
        // environment inactive, unless auto_inactive is false.
        if (st.state === 'success' && body?.auto_inactive !== false) {
          for (const other of this.deploymentsIn(owner, repo, d.environment)) {
            if (other.id >= d.id || other.transient || other.production) continue;
            if (other.statuses.at(-1)?.state !== 'success') continue;
            other.statuses.push({
              id: this.nextId++,
              state: 'inactive',
              description: '',
              logUrl: '',
              environmentUrl: '',
              creator: identity.user,
              createdAt: this.tick(),
            });
          }
        }
        return { status: 201, body: this.deploymentStatusJson(d, st) };
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const numbers = this.commitPulls.get(`${owner}/${repo}@${p.commit_sha}`) ?? [];
        const pulls = numbers.map((n) => this.pulls.get(`${owner}/${repo}#${n}`)).filter((x): x is Json => Boolean(x));
        // Seeded from webhook payloads, whose pull_request objects differ from REST in minor fields.
        return { ...this.page(pulls, query, url), validate: false };
      }
      case 'actions/get-reviews-for-run': {
        const reviews = this.runApprovals.get(`${owner}/${repo}/${p.run_id}`) ?? [];
        return {
          status: 200,
          body: reviews.map((r) => ({
            state: r.state,
            comment: r.comment,
            user: this.simpleUser(r.user),
            environments: r.environments.map((name) => {
              const env = this.environment(owner, repo, name);
              return {
                id: env?.id ?? 1,
                node_id: `EN_${env?.id ?? 1}`,
                name,
                url: `${this.apiUrl}/repos/${owner}/${repo}/environments/${name}`,
                html_url: `${this.origin}/${owner}/${repo}/deployments/activity_log?environments_filter=${name}`,
                created_at: env?.createdAt ?? '2026-11-01T10:00:00Z',
                updated_at: env?.updatedAt ?? '2026-11-01T10:00:00Z',
              };
            }),
          })),
        };
      }
      default:
        this.failures.push(`stand-in does not implement ${operationId} (the request itself was valid)`);
        return { status: 501, body: { message: `${operationId} is not implemented by the stand-in` } };
    }
  }

  private page(items: unknown[], query: Record<string, unknown>, url: URL) {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Math.max(Number(query.page ?? 1), 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number, rel: string) => {
      const u = new URL(url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'));
    if (page < last) links.push(link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
  }

  private graphql(raw: string, send: (s: number, b?: unknown) => void, invalid: (s: number, m: string) => void, record: RecordedRequest): void {
    let request: { query?: unknown; variables?: Record<string, unknown> };
    try {
      request = JSON.parse(raw) as typeof request;
    } catch {
      invalid(400, 'Problems parsing JSON');
      return;
    }
    record.body = request;
    const fault = this.takeFault('graphql', 'POST');
    if (fault) {
      this.sendFault(fault, send);
      return;
    }
    const query = typeof request.query === 'string' ? request.query : '';
    // Only the mutation shadowgate sends is understood; anything else is a test failure.
    const mutation =
      /^\s*mutation\s*\(\s*\$(\w+)\s*:\s*ID!\s*\)\s*\{\s*minimizeComment\s*\(\s*input\s*:\s*\{\s*subjectId\s*:\s*\$(\w+)\s*,\s*classifier\s*:\s*(\w+)\s*\}\s*\)\s*\{\s*minimizedComment\s*\{\s*isMinimized\s*\}\s*\}\s*\}\s*$/.exec(
        query,
      );
    if (!mutation || mutation[1] !== mutation[2]) {
      invalid(400, `unsupported GraphQL document: ${query}`);
      return;
    }
    const classifier = mutation[3] as string;
    if (!['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'].includes(classifier)) {
      invalid(400, `classifier ${classifier} is not a ReportedContentClassifiers value`);
      return;
    }
    const subjectId = request.variables?.[mutation[1] as string];
    const comment = [...this.comments.values()].find((c) => c.nodeId === subjectId);
    if (!comment) {
      send(200, {
        data: { minimizeComment: null },
        errors: [{ type: 'NOT_FOUND', path: ['minimizeComment'], message: `Could not resolve to a node with the global id of '${String(subjectId)}'` }],
      });
      return;
    }
    comment.minimizedReason = classifier.toLowerCase();
    send(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
  }

  // ───────────────────────────── GitHub-shaped objects ─────────────────────────────

  private simpleUser(u: StandinUser): Json {
    const api = this.apiUrl;
    const web = this.origin;
    const base = `${api}/users/${encodeURIComponent(u.login)}`;
    return {
      login: u.login,
      id: u.id,
      node_id: `${u.type === 'Bot' ? 'BOT' : 'U'}_kgDO${Buffer.from(String(u.id)).toString('base64url')}`,
      avatar_url: `${web}/avatars/u/${u.id}?v=4`,
      gravatar_id: '',
      url: base,
      html_url: u.type === 'Bot' ? `${web}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${web}/${u.login}`,
      followers_url: `${base}/followers`,
      following_url: `${base}/following{/other_user}`,
      gists_url: `${base}/gists{/gist_id}`,
      starred_url: `${base}/starred{/owner}{/repo}`,
      subscriptions_url: `${base}/subscriptions`,
      organizations_url: `${base}/orgs`,
      repos_url: `${base}/repos`,
      events_url: `${base}/events{/privacy}`,
      received_events_url: `${base}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  private publicUser(u: StandinUser): Json {
    return {
      ...this.simpleUser(u),
      name: u.login,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 2,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2011-01-25T18:44:36Z',
      updated_at: '2026-01-01T00:00:00Z',
    };
  }

  private app(slug: string): Json {
    const web = this.origin;
    return {
      id: 15368,
      slug,
      node_id: 'MDM6QXBwMTUzNjg=',
      client_id: 'Iv1.05c79e9ad1f6bdfa',
      owner: { ...this.simpleUser({ login: 'github', id: 9919, type: 'User' }), type: 'Organization' },
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: `${web}/features/actions`,
      html_url: `${web}/apps/${slug}`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { issues: 'write', pull_requests: 'write', metadata: 'read' },
      events: ['issue_comment', 'pull_request'],
    };
  }

  private commentJson(c: StoredComment): Json {
    const api = this.apiUrl;
    const json: Json = {
      id: c.id,
      node_id: c.nodeId,
      url: `${api}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: `${this.origin}/${c.owner}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.simpleUser(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${api}/repos/${c.owner}/${c.repo}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: c.app ? this.app(c.app) : null,
      reactions: {
        url: `${api}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    };
    if (c.minimizedReason) json.minimized = { reason: c.minimizedReason };
    return json;
  }

  private orgAccount(login: string): StandinUser {
    return { login, id: 7_000_000 + ([...login].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) % 1_000_000), type: 'Organization' };
  }

  private repoJson(r: StandinRepo, identity: TokenIdentity): Json {
    const repo = example('full-repository-default-response');
    const ownerUser =
      r.ownerType === 'Organization' ? this.orgAccount(r.owner) : (this.users.get(r.owner) ?? { login: r.owner, id: 9000, type: 'User' as const });
    Object.assign(repo, {
      name: r.repo,
      full_name: `${r.owner}/${r.repo}`,
      owner: this.simpleUser(ownerUser),
      private: r.private,
      visibility: r.internal ? 'internal' : r.private ? 'private' : 'public',
      default_branch: r.defaultBranch,
      url: `${this.apiUrl}/repos/${r.owner}/${r.repo}`,
      html_url: `${this.origin}/${r.owner}/${r.repo}`,
      language: 'Python',
      permissions: { admin: Boolean(identity.admin), maintain: Boolean(identity.admin), push: identity.canWrite !== false, triage: true, pull: true },
    });
    // Installation tokens (the Actions token) get no `permissions` block: only a write tells what they may do.
    if (identity.app) delete repo.permissions;
    delete repo.organization;
    delete repo.parent;
    delete repo.source;
    delete repo.template_repository;
    return repo;
  }

  private environmentJson(owner: string, repo: string, env: StoredEnvironment): Json {
    const rules: Json[] = [];
    if (env.waitTimer > 0) rules.push({ id: env.id * 10 + 1, node_id: `GA_${env.id}1`, type: 'wait_timer', wait_timer: env.waitTimer });
    if (env.reviewers.length > 0) {
      rules.push({
        id: env.id * 10 + 2,
        node_id: `GA_${env.id}2`,
        type: 'required_reviewers',
        prevent_self_review: env.preventSelfReview,
        reviewers: env.reviewers.map((x) => {
          if (x.type === 'User') {
            const u = [...this.users.values()].find((y) => y.id === x.id) ?? { login: `user-${x.id}`, id: x.id, type: 'User' as const };
            return { type: 'User', reviewer: this.simpleUser(u) };
          }
          const t = [...this.teams.values()].find((y) => y.id === x.id);
          const team = example('team-full');
          return {
            type: 'Team',
            reviewer: {
              id: x.id,
              node_id: team.node_id,
              url: team.url,
              html_url: team.html_url,
              name: t?.slug ?? 'team',
              slug: t?.slug ?? 'team',
              description: null,
              privacy: 'closed',
              notification_setting: 'notifications_enabled',
              permission: 'pull',
              members_url: team.members_url,
              repositories_url: team.repositories_url,
              parent: null,
              type: 'team',
            },
          };
        }),
      });
    }
    if (env.branchPolicy) rules.push({ id: env.id * 10 + 3, node_id: `GA_${env.id}3`, type: 'branch_policy' });
    return {
      id: env.id,
      node_id: `EN_${env.id}`,
      name: env.name,
      url: `${this.apiUrl}/repos/${owner}/${repo}/environments/${encodeURIComponent(env.name)}`,
      html_url: `${this.origin}/${owner}/${repo}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
      created_at: env.createdAt,
      updated_at: env.updatedAt,
      protection_rules: rules,
      deployment_branch_policy: env.branchPolicy,
    };
  }

  private branchPolicyJson(b: { id: number; name: string; type: string }): Json {
    return { id: b.id, node_id: `GBP_${b.id}`, name: b.name, type: b.type };
  }

  private deploymentJson(d: StoredDeployment): Json {
    const api = `${this.apiUrl}/repos/${d.owner}/${d.repo}`;
    return {
      url: `${api}/deployments/${d.id}`,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: this.simpleUser(d.creator),
      created_at: d.createdAt,
      updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
      statuses_url: `${api}/deployments/${d.id}/statuses`,
      repository_url: api,
      transient_environment: d.transient,
      production_environment: d.production,
    };
  }

  private deploymentStatusJson(d: StoredDeployment, st: StoredDeploymentStatus): Json {
    const api = `${this.apiUrl}/repos/${d.owner}/${d.repo}`;
    return {
      url: `${api}/deployments/${d.id}/statuses/${st.id}`,
      id: st.id,
      node_id: `DES_${st.id}`,
      state: st.state,
      creator: this.simpleUser(st.creator),
      description: st.description,
      environment: d.environment,
      // GitHub leaves target_url empty without a log URL, which its own schema (format uri) rejects.
      target_url: st.logUrl || `${this.origin}/${d.owner}/${d.repo}/deployments`,
      ...(st.logUrl ? { log_url: st.logUrl } : {}),
      ...(st.environmentUrl ? { environment_url: st.environmentUrl } : {}),
      created_at: st.createdAt,
      updated_at: st.createdAt,
      deployment_url: `${api}/deployments/${d.id}`,
      repository_url: api,
    };
  }

  private diffEntry(owner: string, repo: string, f: DiffFile): Json {
    const sha = 'bbcd538c8e72b8c175046e27cc8f907076331401';
    return {
      sha,
      filename: f.filename,
      status: f.status ?? (f.previous_filename ? 'renamed' : 'modified'),
      additions: 1,
      deletions: 1,
      changes: 2,
      blob_url: `${this.origin}/${owner}/${repo}/blob/${sha}/${encodeURI(f.filename)}`,
      raw_url: `${this.origin}/${owner}/${repo}/raw/${sha}/${encodeURI(f.filename)}`,
      contents_url: `${this.apiUrl}/repos/${owner}/${repo}/contents/${encodeURI(f.filename)}?ref=${sha}`,
      patch: '@@ -1 +1 @@\n-old\n+new',
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    };
  }
}

/** A copy of one of the description's own examples, the base of an answer whose shape is large. */
function example(name: string): Json {
  const require = createRequire(import.meta.url);
  const doc = require('@octokit/openapi/generated/api.github.com.json') as { components: { examples: Record<string, { value: Json }> } };
  return structuredClone(doc.components.examples[name]!.value);
}

/** Query and path values arrive as text; convert them to the documented type before validating. */
function coerce(value: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (type === 'array') return value.split(',');
  return value;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
