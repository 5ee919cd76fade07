import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  readFileSync,
  writeJobSummary
} from "./chunk-6ZCFDVAX.js";
import {
  promisify
} from "./chunk-XRHLV2TT.js";
import {
  core_exports,
  debug,
  error,
  info,
  notice,
  setFailed,
  setOutput,
  warning
} from "./chunk-74Q4WRCN.js";
import {
  parseShard
} from "./chunk-QSZ4LTE2.js";
import {
  updateStickyCommentIfPresent,
  upsertStickyComment
} from "./chunk-TQGFGFG3.js";
import {
  createGitHubClient,
  describeGitHubError
} from "./chunk-DLANUFUE.js";
import {
  parseFailOn,
  verdictFails
} from "./chunk-5UUU4TCK.js";
import {
  UserError,
  isUserError
} from "./chunk-ZZ5I4CYG.js";

// src/github/context.ts
var SUPPORTED = ["pull_request", "pull_request_target", "workflow_dispatch"];
async function readPullRequestContext(options = {}) {
  const env = options.env ?? process.env;
  const eventName = required(env, "GITHUB_EVENT_NAME");
  if (!SUPPORTED.includes(eventName)) {
    throw new UserError(
      `event '${eventName}' is not supported by the pull request flow`,
      void 0,
      "trigger the workflow on pull_request, or on workflow_dispatch with pr-number or base-ref/head-ref"
    );
  }
  const [owner, repo] = splitRepository(required(env, "GITHUB_REPOSITORY"));
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const apiUrl = (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const payload = readEvent(required(env, "GITHUB_EVENT_PATH"));
  const common = { owner, repo, serverUrl, apiUrl, runUrl };
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = payload.pull_request;
    if (!pr?.base || !pr.head) {
      throw new UserError(`the ${eventName} payload has no pull_request object`, { file: env.GITHUB_EVENT_PATH ?? "" });
    }
    const baseRef2 = options.dispatch?.baseRef?.trim();
    const headRef2 = options.dispatch?.headRef?.trim();
    return { eventName, ...common, ...fromPull(pr), ...baseRef2 ? { baseRef: baseRef2, baseSha: baseRef2 } : {}, ...headRef2 ? { headRef: headRef2, headSha: headRef2 } : {} };
  }
  const payloadInputs = payload.inputs ?? {};
  const pick = (given, key) => given?.trim() || (typeof payloadInputs[key] === "string" ? payloadInputs[key].trim() : "") || void 0;
  const prInput = pick(options.dispatch?.prNumber, "pr-number");
  if (prInput) {
    const prNumber = Number(prInput);
    if (!Number.isInteger(prNumber) || prNumber <= 0) {
      throw new UserError(`pr-number must be a positive integer, got '${prInput}'`);
    }
    if (!options.octokit) throw new UserError(`a GitHub token is needed to look up pull request #${prNumber}`);
    const { data } = await options.octokit.rest.pulls.get({ owner, repo, pull_number: prNumber });
    return { eventName: "workflow_dispatch", ...common, ...fromPull(data) };
  }
  const baseRef = pick(options.dispatch?.baseRef, "base-ref");
  if (!baseRef) {
    throw new UserError(
      "workflow_dispatch needs either pr-number or base-ref",
      void 0,
      "add `pr-number` or `base-ref` to the workflow_dispatch inputs and pass them to the action"
    );
  }
  const headRef = pick(options.dispatch?.headRef, "head-ref") ?? env.GITHUB_SHA ?? "HEAD";
  return { eventName: "workflow_dispatch", ...common, baseRef, baseSha: baseRef, headSha: headRef, headRef, isFork: false };
}
function fromPull(pr) {
  return {
    prNumber: pr.number,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    isFork: isForkPull(pr),
    changedFilesCount: pr.changed_files
  };
}
function isForkPull(pr) {
  return !pr.head.repo || pr.head.repo.full_name.toLowerCase() !== pr.base.repo.full_name.toLowerCase();
}
function required(env, name) {
  const value = env[name];
  if (!value) throw new UserError(`${name} is not set`, void 0, "run inside GitHub Actions, or set it (e.g. in the .env of @github/local-action)");
  return value;
}
function splitRepository(value) {
  const parts = value.split("/");
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UserError(`GITHUB_REPOSITORY must be owner/repo, got '${value}'`);
  return [parts[0], parts[1]];
}
function readEvent(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UserError(`cannot read the event payload: ${e.message}`, { file: path });
  }
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not a JSON object");
    return parsed;
  } catch (e) {
    throw new UserError(`the event payload is not valid JSON: ${e.message}`, { file: path, line: 1 });
  }
}

// src/action/inputs.ts
var ACTION_COMMANDS = [
  "shadow",
  "merge",
  "check",
  "promote",
  "rollback",
  "status",
  "lint",
  "canary-advance",
  "canary-abort",
  "canary-status",
  "rollout-rung",
  "rollout-abort",
  "rollout-rollback"
];
var INPUT_DEFAULTS = {
  command: "shadow",
  manifest: "shadowgate.yaml",
  "noise-floor": "false",
  "fail-on": "fail",
  "report-dir": "shadowgate-report",
  comment: "true",
  force: "false",
  gate: "environment",
  "prevent-self-approval": "false"
};
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function readActionInputs(env = process.env) {
  const raw = (name) => (env[inputVariable(name)] ?? "").trim() || INPUT_DEFAULTS[name] || "";
  const optional = (name) => raw(name) || void 0;
  const command = raw("command").toLowerCase();
  if (!ACTION_COMMANDS.includes(command)) {
    throw new UserError(
      `input command must be one of ${ACTION_COMMANDS.join(", ")} (got "${raw("command")}")`,
      void 0,
      "set `command:` under `with:` of the shadowgate step"
    );
  }
  return {
    command,
    manifest: raw("manifest"),
    ...defined("baseRef", optional("base-ref")),
    ...defined("headRef", optional("head-ref")),
    ...defined("baselineEndpoint", endpoint("baseline-endpoint", optional("baseline-endpoint") ?? env.SHADOWGATE_BASELINE_ENDPOINT?.trim())),
    ...defined("candidateEndpoint", endpoint("candidate-endpoint", optional("candidate-endpoint") ?? env.SHADOWGATE_CANDIDATE_ENDPOINT?.trim())),
    noiseFloor: boolean("noise-floor", raw("noise-floor")),
    failOn: parseFailOn(raw("fail-on"), "input fail-on"),
    reportDir: raw("report-dir"),
    comment: boolean("comment", raw("comment")),
    ...defined("githubToken", [optional("github-token"), env.GITHUB_TOKEN?.trim(), env.GH_TOKEN?.trim()].find(Boolean)),
    ...defined("runId", optional("run-id")),
    allowedEndpoints: raw("allowed-endpoints").split(/[\s,]+/).filter(Boolean),
    ...defined("promotionRunId", optional("promotion-run-id")),
    force: boolean("force", raw("force")),
    ...defined("canaryWeight", percentage("canary-weight", optional("canary-weight"))),
    gate: oneOf("gate", raw("gate").toLowerCase(), ["environment", "dispatch"]),
    preventSelfApproval: boolean("prevent-self-approval", raw("prevent-self-approval")),
    ...defined("environment", optional("environment")),
    ...defined("environmentUrl", optional("environment-url")),
    ...defined("reason", optional("reason")),
    ...defined("service", optional("service")),
    files: lines(raw("files")),
    ...defined("shard", optional("shard") === void 0 ? void 0 : parseShard(raw("shard"), "input shard")),
    ...defined("parts", lines(raw("parts")).length ? lines(raw("parts")) : void 0)
  };
}
function lines(value) {
  return value.split(/\r?\n/).map((f) => f.trim()).filter(Boolean);
}
function defined(key, value) {
  return value === void 0 || value === "" ? {} : { [key]: value };
}
function boolean(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UserError(`input ${name} must be true or false (got "${value}")`, void 0, `set \`${name}: true\` or \`${name}: false\``);
}
function oneOf(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UserError(`input ${name} must be one of ${allowed.join(", ")} (got "${value}")`, void 0, `set \`${name}: ${allowed[0]}\``);
}
function percentage(name, value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new UserError(`input ${name} must be a whole percentage 1..100 (got "${value}")`, void 0, `e.g. \`${name}: 5\``);
  }
  return n;
}
function endpoint(name, value) {
  if (!value) return void 0;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`input ${name} is not a URL (got "${value}")`, void 0, "give the full URL, e.g. https://models.example.com/v1");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(`input ${name} must be an http or https URL (got "${value}")`, void 0, `write the scheme too, e.g. http://${value}`);
  }
  return value;
}

// node-builtin:node:path?isAbsolute,relative
var builtin = process.getBuiltinModule("node:path");
var isAbsolute = builtin.isAbsolute;
var relative = builtin.relative;

// src/github/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
function createAnnotator(sink = core_exports, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
  const sent = { error: 0, warning: 0, notice: 0 };
  const overflow = { error: 0, warning: 0, notice: 0 };
  const annotate = (level, message, where) => {
    if (sent[level] < ANNOTATIONS_PER_TYPE - 1) {
      sent[level]++;
      sink[level](message, where ? properties(where, workspace) : void 0);
      return;
    }
    overflow[level]++;
    const text = `${where ? `${formatWhere(where, workspace)}: ` : ""}${message}`;
    sink.info(`${level}: ${text}`);
    if (sent[level] === ANNOTATIONS_PER_TYPE - 1) {
      sent[level]++;
      sink[level](
        `${message}${where ? ` (${formatWhere(where, workspace)})` : ""} \u2014 further ${level}s are in the log only (GitHub shows ${ANNOTATIONS_PER_TYPE} per step)`
      );
    }
  };
  return {
    annotate,
    userError: (e) => annotate("error", e.hint ? `${e.message}
hint: ${e.hint}` : e.message, e.location),
    overflow
  };
}
function properties(where, workspace) {
  const props = { file: repoPath(where.file, workspace) };
  if (where.line !== void 0) props.startLine = where.line;
  if (where.column !== void 0) props.startColumn = where.column;
  return props;
}
function formatWhere(where, workspace) {
  return [repoPath(where.file, workspace), where.line, where.column].filter((p) => p !== void 0).join(":");
}
function repoPath(file, workspace) {
  if (!isAbsolute(file)) return file;
  const rel = relative(workspace, file);
  return rel.startsWith("..") ? file : rel;
}

// node-builtin:node:path?join,resolve
var builtin2 = process.getBuiltinModule("node:path");
var join = builtin2.join;
var resolve = builtin2.resolve;

// src/github/artifact.ts
function artifactHint(runUrl) {
  return runUrl ? `The full JSON and HTML reports are in the run's artifacts: ${runUrl}` : "The full reports are in the report-dir folder.";
}

// node-builtin:node:child_process?execFile
var builtin3 = process.getBuiltinModule("node:child_process");
var execFile = builtin3.execFile;

// src/github/changed-files.ts
var run = promisify(execFile);
var PULL_FILES_CAP = 3e3;
async function listChangedFiles(octokit, opts) {
  const paths = [];
  let entries = 0;
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
    owner: opts.owner,
    repo: opts.repo,
    pull_number: opts.prNumber,
    per_page: 100
  });
  for await (const page of pages) {
    for (const file of page.data) {
      entries++;
      paths.push(file.filename);
      if (file.previous_filename) paths.push(file.previous_filename);
    }
  }
  const capped = entries >= PULL_FILES_CAP || opts.expectedCount !== void 0 && entries < opts.expectedCount;
  if (!capped) return { paths: unique(paths), source: "api" };
  opts.log.info(
    `GitHub lists at most ${PULL_FILES_CAP} changed files per pull request (got ${entries}${opts.expectedCount !== void 0 ? ` of ${opts.expectedCount}` : ""}); using git diff ${opts.baseSha}...${opts.headSha} instead`
  );
  return { paths: await gitChangedFiles(opts.baseSha, opts.headSha, opts.cwd), source: "git", capped: true };
}
async function gitChangedFiles(base, head, cwd) {
  const { stdout } = await run("git", ["diff", "--name-status", "-z", "-M", `${base}...${head}`], {
    cwd,
    maxBuffer: 256 * 1024 * 1024
  });
  const fields = stdout.split("\0").filter((f) => f !== "");
  const paths = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    const count = status.startsWith("R") || status.startsWith("C") ? 2 : 1;
    for (let k = 0; k < count && i < fields.length; k++) paths.push(fields[i++]);
  }
  return unique(paths);
}
function unique(paths) {
  return [...new Set(paths)];
}

// src/github/pr-flow.ts
function actionsIO(log) {
  return {
    setOutput: (name, value) => setOutput(name, value),
    setFailed: (message, annotated) => {
      if (!annotated) return setFailed(message);
      process.exitCode = 1;
      info(message);
    },
    notice: (message) => notice(message),
    writeSummary: (markdown, hint) => writeJobSummary(markdown, log, hint),
    annotator: createAnnotator()
  };
}
async function runPullRequestFlow(opts) {
  const { ctx, log } = opts;
  const io = opts.io ?? actionsIO(log);
  const warnings = [];
  const warn = (message) => {
    warnings.push(message);
    io.annotator.annotate("warning", message);
  };
  const skip = async (note, changedFiles2) => {
    log.info(note);
    io.notice(note);
    io.setOutput("skipped", "true");
    await io.writeSummary(`### shadowgate

${note}
`).catch((e) => warn(`job summary not written: ${describeGitHubError(e)}`));
    return { skipped: true, note, failed: false, warnings, ...changedFiles2 ? { changedFiles: changedFiles2 } : {} };
  };
  if (ctx.isFork && !(opts.allowForks ?? ctx.eventName === "workflow_dispatch")) {
    return skip(
      `Skipped: pull request #${ctx.prNumber} comes from a fork. The shadow evaluation calls the model endpoints with repository secrets, which fork pull requests do not get. A maintainer can run the workflow by hand (workflow_dispatch with pr-number: ${ctx.prNumber}) after reviewing the change.`
    );
  }
  const changedFiles = await findChangedFiles(opts, warn);
  if (changedFiles?.capped) {
    io.notice(
      `This pull request has more files than GitHub lists (${PULL_FILES_CAP}); changed files were taken from git diff ${ctx.baseSha}...${ctx.headSha}.`
    );
  }
  if (changedFiles) {
    const relevance = await opts.relevant(changedFiles.paths, ctx);
    const touched = Array.isArray(relevance) ? relevance.length > 0 : Boolean(relevance);
    if (!touched) {
      await markEarlierEvaluationsNotCurrent(opts, warn);
      return skip(
        `Skipped: none of the ${changedFiles.paths.length} changed files touches the model, prompts, tools, context settings, manifest or dataset.`,
        changedFiles
      );
    }
    if (Array.isArray(relevance)) log.info(`surfaces changed: ${relevance.join(", ")}`);
  }
  let outcome;
  try {
    outcome = await opts.evaluate(ctx);
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.annotator.userError(e);
    io.setOutput("skipped", "false");
    io.setFailed(e.format(), true);
    return { skipped: false, failed: true, warnings, ...changedFiles ? { changedFiles } : {} };
  }
  io.setOutput("skipped", "false");
  io.setOutput("verdict", outcome.verdict);
  io.setOutput("report-json", outcome.jsonPath);
  if (outcome.reportDir) io.setOutput("report-dir", outcome.reportDir);
  let commentUrl;
  if (opts.comment !== false && ctx.prNumber !== void 0) {
    if (!opts.octokit) {
      warn("no GitHub token: the pull request comment was not posted");
    } else {
      try {
        const sticky = await upsertStickyComment(opts.octokit, {
          owner: ctx.owner,
          repo: ctx.repo,
          issueNumber: ctx.prNumber,
          service: outcome.service,
          body: outcome.markdown,
          log,
          ...ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {},
          ...opts.commentAuthor ? { author: opts.commentAuthor } : {}
        });
        commentUrl = sticky.url;
        io.setOutput("comment-url", sticky.url);
      } catch (e) {
        warn(`the pull request comment could not be posted (${describeGitHubError(e)}); the report is in the job summary${permissionHint(e)}`);
      }
    }
  }
  try {
    const hint = artifactHint(ctx.runUrl);
    await io.writeSummary(`${outcome.markdown}

${hint}
`, hint);
  } catch (e) {
    warn(`job summary not written: ${e.message}`);
  }
  const failed = verdictFails(outcome.verdict, opts.failOn);
  if (failed) {
    const why = outcome.verdict === "error" ? "too few pairs had both answers (an outage; fails under every fail-on)" : `fail-on: ${opts.failOn}`;
    io.setFailed(`shadowgate verdict for ${outcome.service}: ${outcome.verdict} (${why})`);
  } else if (outcome.verdict !== "pass") {
    io.annotator.annotate("warning", `shadowgate verdict for ${outcome.service}: ${outcome.verdict} (fail-on: ${opts.failOn}, not failing the step)`);
  }
  return { skipped: false, verdict: outcome.verdict, failed, warnings, ...commentUrl ? { commentUrl } : {}, ...changedFiles ? { changedFiles } : {} };
}
async function findChangedFiles(opts, warn) {
  const { ctx, log } = opts;
  if (opts.octokit && ctx.prNumber !== void 0) {
    try {
      return await listChangedFiles(opts.octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        prNumber: ctx.prNumber,
        baseSha: ctx.baseSha,
        headSha: ctx.headSha,
        log,
        ...ctx.changedFilesCount !== void 0 ? { expectedCount: ctx.changedFilesCount } : {},
        ...opts.cwd ? { cwd: opts.cwd } : {}
      });
    } catch (e) {
      log.info(`listing the pull request's files failed (${describeGitHubError(e)}); trying git diff`);
    }
  }
  try {
    return { paths: await gitChangedFiles(ctx.baseSha, ctx.headSha, opts.cwd), source: "git" };
  } catch (e) {
    warn(
      `could not tell which files changed (git diff ${ctx.baseSha}...${ctx.headSha}: ${e.message.split("\n")[0]}); evaluating anyway. Check out with fetch-depth: 0 so both commits are present.`
    );
    return void 0;
  }
}
function permissionHint(e) {
  return /not accessible by integration/i.test(e instanceof Error ? e.message : "") ? ". Give the job `permissions: pull-requests: write`" : "";
}
async function markEarlierEvaluationsNotCurrent(opts, warn) {
  const { ctx, octokit } = opts;
  if (!octokit || opts.comment === false || ctx.prNumber === void 0 || !opts.services) return;
  let services;
  try {
    services = await opts.services(ctx);
  } catch {
    return;
  }
  for (const service of services) {
    try {
      await updateStickyCommentIfPresent(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: ctx.prNumber,
        service,
        body: notCurrentNote(service, ctx),
        log: opts.log,
        ...opts.commentAuthor ? { author: opts.commentAuthor } : {}
      });
    } catch (e) {
      warn(`the earlier shadowgate comment for ${service} could not be marked as outdated (${describeGitHubError(e)})`);
    }
  }
}
function notCurrentNote(service, ctx) {
  const name = service.replace(/`/g, "'");
  const revision = /^[0-9a-f]{40}$/.test(ctx.headSha) ? ctx.headSha.slice(0, 7) : ctx.headSha;
  const head = revision ? ` at \`${revision.replace(/`/g, "'")}\`` : "";
  return `### \u23ED\uFE0F shadowgate: \`${name}\` not evaluated${head}

This pull request no longer changes anything the evaluation of \`${name}\` depends on (model, prompts, tools, context settings, manifest, dataset), so nothing was replayed. The evaluation shown here before described an earlier revision and no longer applies.${ctx.runUrl ? ` [Run](${ctx.runUrl})` : ""}
`;
}

// src/github/action.ts
function actionsLog() {
  const props = (w) => w ? { file: w.file, ...w.line !== void 0 ? { startLine: w.line } : {}, ...w.column !== void 0 ? { startColumn: w.column } : {} } : void 0;
  return {
    interactive: false,
    info: (m) => info(m),
    warn: (m, w) => warning(m, props(w)),
    error: (m, w) => error(m, props(w)),
    debug: (m) => debug(m)
  };
}
async function runPullRequestAction(deps) {
  const env = deps.env ?? process.env;
  const io = actionsIO(deps.log);
  try {
    const { failOn, comment, githubToken: token, baseRef, headRef } = deps.inputs ?? readActionInputs(env);
    const octokit = token ? createGitHubClient({ token, log: deps.log, env }) : void 0;
    const ctx = await readPullRequestContext({
      env,
      dispatch: { ...baseRef ? { baseRef } : {}, ...headRef ? { headRef } : {} },
      ...octokit ? { octokit } : {}
    });
    return await runPullRequestFlow({
      ctx,
      ...octokit ? { octokit } : {},
      relevant: deps.relevant,
      evaluate: deps.evaluate,
      ...deps.services ? { services: deps.services } : {},
      failOn,
      comment,
      log: deps.log,
      io,
      ...env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {}
    });
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.annotator.userError(e);
    io.setFailed(e.format(), true);
    return void 0;
  }
}

export {
  readActionInputs,
  readPullRequestContext,
  actionsLog,
  runPullRequestAction
};
