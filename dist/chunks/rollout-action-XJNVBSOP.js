import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  executeCanary
} from "./chunk-EC3ONMZH.js";
import {
  sameRelease,
  surfaceChanges
} from "./chunk-BWL5YPHN.js";
import {
  parseCanaryConfig,
  parseDeployConfig
} from "./chunk-P4BBUCTH.js";
import "./chunk-AZ7WLE3K.js";
import {
  releaseIds
} from "./chunk-DHT7AAOE.js";
import {
  isAbsolute,
  join
} from "./chunk-TGHP6UX4.js";
import {
  resolveSide
} from "./chunk-6YVPLQAN.js";
import {
  loadManifestFile
} from "./chunk-56KD5MON.js";
import "./chunk-IY34TOV6.js";
import "./chunk-QINDDRBP.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-FWXRZIWZ.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import {
  fitSummary,
  readFileSync
} from "./chunk-6ZCFDVAX.js";
import "./chunk-Z2SIB5EQ.js";
import "./chunk-XRHLV2TT.js";
import {
  setFailed,
  setOutput,
  summary
} from "./chunk-74Q4WRCN.js";
import "./chunk-DZ7WR4OL.js";
import {
  upsertStickyComment
} from "./chunk-TQGFGFG3.js";
import "./chunk-JK77RRRX.js";
import {
  createGitHubClient,
  describeGitHubError,
  errorStatus
} from "./chunk-DLANUFUE.js";
import {
  EXIT
} from "./chunk-5UUU4TCK.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// src/github/approval.ts
async function changeAuthor(octokit, opts) {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: opts.owner, repo: opts.repo, commit_sha: opts.sha, per_page: 30 });
  const pulls = data;
  const pull = pulls.find((p) => p.merged_at) ?? pulls[0];
  if (!pull) return {};
  return { pullNumber: pull.number, ...pull.html_url ? { pullUrl: pull.html_url } : {}, ...pull.user?.login ? { login: pull.user.login } : {} };
}
async function environmentApprover(octokit, opts) {
  const { data } = await octokit.rest.actions.getReviewsForRun({ owner: opts.owner, repo: opts.repo, run_id: opts.runId });
  const wanted = opts.environment.toLowerCase();
  const approvals = data.filter((r) => r.state === "approved" && r.environments.some((e) => e.name?.toLowerCase() === wanted));
  return approvals.at(-1)?.user.login;
}
var WRITE_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function checkDispatchApproval(octokit, check) {
  let role;
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: check.owner, repo: check.repo, username: check.actor });
    role = data.role_name ?? data.permission;
  } catch (e) {
    if (errorStatus(e) === 404) role = "none";
    else throw new UserError(`could not check ${check.actor}'s access to ${check.owner}/${check.repo}: ${describeGitHubError(e)}`);
  }
  if (!WRITE_ROLES.has(role)) {
    throw new UserError(
      `${check.actor} has ${role} access to ${check.owner}/${check.repo}; starting a rung by hand counts as its approval, which needs write access`
    );
  }
  if (check.preventSelfApproval && check.author.login && check.author.login.toLowerCase() === check.actor.toLowerCase()) {
    throw new UserError(
      `${check.actor} wrote this change${check.author.pullNumber ? ` (pull request #${check.author.pullNumber})` : ""} and cannot approve its rollout (prevent-self-approval is on)`,
      void 0,
      "ask another maintainer to run the rung"
    );
  }
}

// src/github/deployments.ts
var ROLLOUT_TASK = "deploy:shadowgate";
function shortDescription(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 140 ? flat : `${flat.slice(0, 139)}\u2026`;
}
async function startStep(octokit, opts) {
  const { data } = await octokit.rest.repos.createDeployment({
    owner: opts.owner,
    repo: opts.repo,
    ref: opts.sha,
    task: ROLLOUT_TASK,
    environment: opts.environment,
    // The commit is already on the default branch and its checks ran on the PR; a deployment record must not
    // wait for them again or merge anything.
    auto_merge: false,
    required_contexts: [],
    payload: opts.payload,
    description: shortDescription(opts.description),
    production_environment: opts.production ?? false
  });
  if (!("id" in data)) throw new Error(`GitHub did not create the deployment: ${data.message ?? "no reason given"}`);
  await setStepState(octokit, {
    owner: opts.owner,
    repo: opts.repo,
    id: data.id,
    state: "in_progress",
    description: opts.description,
    ...opts.logUrl ? { logUrl: opts.logUrl } : {},
    ...opts.environmentUrl ? { environmentUrl: opts.environmentUrl } : {}
  });
  return data.id;
}
async function setStepState(octokit, opts) {
  await octokit.rest.repos.createDeploymentStatus({
    owner: opts.owner,
    repo: opts.repo,
    deployment_id: opts.id,
    state: opts.state,
    description: shortDescription(opts.description),
    ...opts.logUrl ? { log_url: opts.logUrl } : {},
    ...opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}
  });
}
function asPayload(raw) {
  const p = typeof raw === "string" ? safeJson(raw) : raw;
  if (p?.shadowgate !== 1 || typeof p.service !== "string" || typeof p.weight !== "number" || typeof p.kind !== "string") return void 0;
  return p;
}
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
async function listSteps(octokit, opts) {
  const steps = [];
  const limit = opts.limit ?? 200;
  const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
    owner: opts.owner,
    repo: opts.repo,
    task: ROLLOUT_TASK,
    ...opts.sha ? { sha: opts.sha } : {},
    per_page: 100
  });
  outer: for await (const page of pages) {
    for (const d of page.data) {
      const payload = asPayload(d.payload);
      if (!payload || payload.service !== opts.service) continue;
      const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner: opts.owner, repo: opts.repo, deployment_id: d.id, per_page: 1 });
      const latest = statuses[0];
      steps.push({
        id: d.id,
        environment: d.environment,
        sha: d.sha,
        createdAt: d.created_at,
        payload,
        state: latest?.state,
        description: latest?.description ?? d.description ?? "",
        logUrl: latest?.log_url ?? latest?.target_url ?? void 0,
        environmentUrl: latest?.environment_url ?? void 0,
        statusAt: latest?.created_at
      });
      if (steps.length >= limit) break outer;
    }
  }
  return steps.sort((a, b) => a.id - b.id);
}
async function deactivate(octokit, opts) {
  const done = [];
  for (const step of opts.steps) {
    if (step.state !== "success") continue;
    await setStepState(octokit, {
      owner: opts.owner,
      repo: opts.repo,
      id: step.id,
      state: "inactive",
      description: opts.description,
      ...opts.logUrl ? { logUrl: opts.logUrl } : {}
    });
    done.push(step.id);
  }
  return done;
}

// src/github/rollout-comment.ts
function rolloutMarker(service) {
  const safe = encodeURIComponent(service).replace(/-(?=-)/g, "%2D");
  return `<!-- shadowgate:rollout service=${safe} -->`;
}
var STATE_TEXT = {
  success: "\u2705 passed",
  failure: "\u274C failed",
  error: "\u23F8\uFE0F held",
  inactive: "\u2796 inactive",
  in_progress: "\u23F3 baking",
  pending: "\u23F3 pending",
  queued: "\u23F3 queued"
};
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function when(iso) {
  if (!iso) return "\u2014";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
function rolloutPhase(steps) {
  const last = steps.at(-1);
  if (!last) return "waiting for approval";
  if (last.payload.kind === "rollback") return "rolled back";
  if (last.payload.kind === "abort" || last.state === "failure") return "aborted";
  if (last.state === "error") return "held";
  if (last.payload.kind === "flip" && last.state === "success") return "flipped";
  if (last.state === "success") return "waiting for approval";
  return "in progress";
}
function releaseSurfaces(input) {
  if (input.surfaces?.length) return input.surfaces;
  const withBoth = [...input.steps].reverse().find((s) => s.payload.ids && s.payload.stableIds);
  const withIds = withBoth ?? [...input.steps].reverse().find((s) => s.payload.ids);
  return withIds ? surfaceChanges(withIds.payload.stableIds, withIds.payload.ids) : void 0;
}
function idCode(id) {
  return id ? `\`${cell(id)}\`` : "unknown";
}
function whatChanged(surfaces, model) {
  const lines = ["**What changed** (stable \u2192 candidate):", "", "| surface | stable | candidate | |", "|---|---|---|---|"];
  for (const c of surfaces) {
    const label = c.surface === "model" && model ? `model \`${cell(model)}\`` : c.surface;
    const mark = c.change === "changed" ? "changed" : c.change === "unchanged" ? "unchanged" : "not recorded";
    lines.push(`| ${label} | ${idCode(c.old)} | ${idCode(c.new)} | ${mark} |`);
  }
  return lines;
}
function rowIds(step) {
  if (!step) return "\u2014";
  const p = step.payload;
  const parts = [];
  if (p.runId !== void 0)
    parts.push(p.runUrl ? `run [${p.runId}](${p.runUrl})${p.runAttempt && p.runAttempt > 1 ? ` \xB7 attempt ${p.runAttempt}` : ""}` : `run ${p.runId}`);
  if (p.rung !== void 0) parts.push(`rung ${p.rung}`);
  parts.push(`deployment ${step.id}`);
  return parts.join(" \xB7 ");
}
function renderRolloutComment(input) {
  const phase = rolloutPhase(input.steps);
  const icon = phase === "flipped" ? "\u2705" : phase === "aborted" || phase === "rolled back" ? "\u{1F6D1}" : phase === "held" ? "\u23F8\uFE0F" : "\u23F3";
  const lines = [rolloutMarker(input.service), `### ${icon} Rollout of \`${input.service}\`: ${phase}`, ""];
  lines.push(`Release \`${input.sha.slice(0, 12)}\`. Each rung is approved in its GitHub environment; its deployment links to the rung's report.`, "");
  const surfaces = releaseSurfaces(input);
  if (surfaces) {
    const model = [...input.steps].reverse().find((s) => s.payload.ids?.model)?.payload.ids?.model;
    lines.push(...whatChanged(surfaces, model), "");
  }
  lines.push("| step | weight | verdict | approved / run by | time | ids | report |", "|---|---|---|---|---|---|---|");
  const byWeight = /* @__PURE__ */ new Map();
  for (const s of input.steps) if (s.payload.kind === "rung" || s.payload.kind === "flip") byWeight.set(`${s.payload.kind}:${s.payload.weight}`, s);
  const row = (label, weight, step) => {
    const verdict = step ? STATE_TEXT[step.state ?? ""] ?? step.state ?? "\u2014" : "\xB7 not yet";
    const detail = step?.description ? ` \u2014 ${cell(step.description)}` : "";
    const report = step?.logUrl ? `[report](${step.logUrl})` : "\u2014";
    lines.push(
      `| ${label} | ${weight} | ${verdict}${detail} | ${step?.payload.actor ? `@${cell(step.payload.actor)}` : "\u2014"} | ${when(step?.statusAt ?? step?.createdAt)} | ${rowIds(step)} | ${report} |`
    );
  };
  input.rungs.forEach((w, i) => {
    row(`rung ${i + 1}`, `${w} %`, byWeight.get(`rung:${w}`));
  });
  row("flip", "100 %", byWeight.get("flip:100"));
  for (const s of input.steps.filter((x) => x.payload.kind === "abort" || x.payload.kind === "rollback")) {
    row(s.payload.kind === "abort" ? "abort" : "rollback", "0 %", s);
    if (s.payload.reason)
      lines.push("", `${s.payload.kind === "abort" ? "Aborted" : "Rolled back"} by @${cell(s.payload.actor ?? "unknown")}: ${cell(s.payload.reason)}`);
  }
  if (input.runUrl) lines.push("", `Last update from [this run](${input.runUrl}).`);
  return `${lines.join("\n")}
`;
}
async function updateRolloutComment(octokit, opts) {
  return upsertStickyComment(octokit, {
    owner: opts.owner,
    repo: opts.repo,
    issueNumber: opts.pullNumber,
    service: opts.input.service,
    marker: rolloutMarker(opts.input.service),
    body: renderRolloutComment(opts.input),
    log: opts.log
  });
}

// src/commands/rollout.ts
function readRunnerContext(env = process.env) {
  const need = (name) => {
    const v = env[name]?.trim();
    if (!v) throw new UserError(`${name} is not set; the rollout commands run inside a GitHub Actions job`);
    return v;
  };
  const [owner, repo] = need("GITHUB_REPOSITORY").split("/");
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY must be owner/repo (got "${env.GITHUB_REPOSITORY}")`);
  const runId = Number(need("GITHUB_RUN_ID"));
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  let actor = env.GITHUB_TRIGGERING_ACTOR?.trim() || env.GITHUB_ACTOR?.trim();
  if (!actor && env.GITHUB_EVENT_PATH) {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    actor = event.sender?.login;
  }
  if (!actor) throw new UserError("GITHUB_TRIGGERING_ACTOR is not set; cannot tell who started the step");
  return {
    owner,
    repo,
    sha: need("GITHUB_SHA"),
    eventName: need("GITHUB_EVENT_NAME"),
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? "1"),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    actor
  };
}
var DEFAULT_RUNG_ENVIRONMENT = "{service}-canary-{weight}";
var DEFAULT_PRODUCTION_ENVIRONMENT = "{service}-production";
function environmentName(template, service, weight) {
  return template.replace(/\{service\}/g, service).replace(/\{weight\}/g, weight === void 0 ? "" : String(weight));
}
async function loadLadder(opts) {
  const file = isAbsolute(opts.manifestPath) ? opts.manifestPath : join(opts.repoRoot, opts.manifestPath);
  const loaded = await loadManifestFile(file, opts.manifestPath);
  const deploy = loaded.manifest.deploy;
  if (!deploy)
    throw new UserError(
      "the manifest has no deploy: section, which the rollout needs",
      { file: opts.manifestPath, line: 1 },
      'see README: "Rollout through GitHub environments"'
    );
  const locate = (path) => loaded.locate(["deploy", ...path]);
  const config = parseDeployConfig(deploy, opts.manifestPath, locate);
  const canary = parseCanaryConfig(deploy, config, opts.manifestPath, locate);
  return { service: loaded.manifest.service, rungs: canary.rungs, deploy, manifestFile: opts.manifestPath };
}
async function candidateIds(opts) {
  const side = await resolveSide({ label: "candidate", ref: "worktree", manifestPath: opts.manifestPath, repoRoot: opts.repoRoot });
  return releaseIds(side);
}
function sameIds(a, b) {
  return sameRelease(a, b);
}
async function ladderView(opts, log) {
  const status = await executeCanary("status", { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner) }, log);
  const result = status.result;
  return { phase: result.state?.phase, rung: result.state?.rung ?? -1, weight: result.weight, ids: result.state?.ids, stableIds: result.state?.stableIds };
}
function runIdOf(runner) {
  return `${runner.owner}/${runner.repo}/${runner.runId}-${runner.runAttempt}`;
}
function planRung(weight, rungs, view, ids) {
  const sameRelease2 = view.phase !== void 0 && sameIds(view.ids, ids);
  const finishedOther = view.phase === void 0 || (view.phase === "promoted" || view.phase === "aborted") && !sameRelease2;
  const describe = (w) => w === 100 ? "the flip (100 %)" : `rung ${rungs.indexOf(w) + 1} (${w} %)`;
  let next;
  if (finishedOther) next = rungs[0];
  else if (view.phase === "promoted")
    return weight === 100 || rungs.includes(weight) ? { kind: "done", why: "the ladder already finished: the candidate is live" } : { kind: "run" };
  else if (view.phase === "aborted")
    throw new UserError(
      `the ladder of this release was aborted; ${describe(weight)} cannot run`,
      void 0,
      "ship a fixed candidate as a new release, which starts a new ladder"
    );
  else if (view.phase === "handing-over") next = 100;
  else if (view.phase === "passed") next = view.rung + 1 >= rungs.length ? 100 : rungs[view.rung + 1];
  else next = rungs[view.rung] ?? rungs[0];
  if (weight === next) return { kind: "run" };
  const index = weight === 100 ? rungs.length : rungs.indexOf(weight);
  const nextIndex = next === 100 ? rungs.length : rungs.indexOf(next);
  if (!finishedOther && index >= 0 && index < nextIndex) return { kind: "done", why: `${describe(weight)} already passed for this release` };
  const unfinished = !finishedOther && (view.phase === "held" || view.phase === "baking") ? ` (${describe(next)} is ${view.phase}, not passed)` : "";
  throw new UserError(
    `refusing to run ${describe(weight)}: the ladder's next step is ${describe(next)}${unfinished}; rungs cannot be skipped`,
    void 0,
    `run ${describe(next)} first`
  );
}
function stateFor(outcome) {
  switch (outcome.verdict) {
    case "passed":
    case "promoted":
    case "unchanged":
      return "success";
    case "aborted":
      return "failure";
    default:
      return "error";
  }
}
function weightWord(weight) {
  return weight === 100 ? "flip to 100 %" : `${weight} %`;
}
async function refreshComment(opts, service, rungs, sha, author, surfaces) {
  if (!author.pullNumber) {
    opts.log.info(`no pull request contains ${sha.slice(0, 12)}; the rollout progress is in the deployments view only`);
    return void 0;
  }
  const steps = await listSteps(opts.octokit, { owner: opts.runner.owner, repo: opts.runner.repo, service, sha });
  const result = await updateRolloutComment(opts.octokit, {
    owner: opts.runner.owner,
    repo: opts.runner.repo,
    pullNumber: author.pullNumber,
    input: { service, rungs, steps, sha, runUrl: opts.runner.runUrl, ...surfaces ? { surfaces } : {} },
    log: opts.log
  });
  return result.url;
}
async function runRung(opts) {
  const { runner, octokit, log } = opts;
  const ladder = await loadLadder(opts);
  const { service, rungs } = ladder;
  if (opts.weight !== 100 && !rungs.includes(opts.weight)) {
    throw new UserError(`${opts.weight} % is not a rung of this ladder (deploy.canary.rungs: ${rungs.join(", ")}; 100 is the flip)`);
  }
  const environment = opts.weight === 100 ? environmentName(opts.productionEnvironment ?? DEFAULT_PRODUCTION_ENVIRONMENT, service) : environmentName(opts.rungEnvironment ?? DEFAULT_RUNG_ENVIRONMENT, service, opts.weight);
  const ids = await candidateIds(opts);
  const view = await ladderView(opts, log);
  const plan = planRung(opts.weight, rungs, view, ids);
  const startsLadder = plan.kind === "run" && opts.weight === rungs[0] && (view.phase === void 0 || view.phase === "promoted" || view.phase === "aborted");
  const latest = startsLadder ? void 0 : (await listSteps(octokit, { owner: runner.owner, repo: runner.repo, service, limit: 1 })).at(-1);
  const sha = latest?.sha ?? runner.sha;
  const author = await changeAuthor(octokit, { owner: runner.owner, repo: runner.repo, sha });
  let approver;
  if (opts.gate === "dispatch") {
    if (runner.eventName !== "workflow_dispatch") {
      throw new UserError(
        `with gate: dispatch a rung runs only when started by hand (workflow_dispatch), not on ${runner.eventName}`,
        void 0,
        "Actions \u2192 rollout \u2192 Run workflow, with the rung"
      );
    }
    await checkDispatchApproval(octokit, {
      owner: runner.owner,
      repo: runner.repo,
      actor: runner.actor,
      author,
      preventSelfApproval: opts.preventSelfApproval ?? false
    });
    approver = runner.actor;
  } else {
    approver = await environmentApprover(octokit, { owner: runner.owner, repo: runner.repo, runId: runner.runId, environment }) ?? runner.actor;
  }
  if (plan.kind === "done") {
    log.info(`nothing to do: ${plan.why}`);
    const summary2 = `### Rollout of \`${service}\`: ${weightWord(opts.weight)} \u2014 nothing to do

${plan.why}.
`;
    return { exitCode: EXIT.ok, verdict: "unchanged", summary: summary2 };
  }
  const logUrl = opts.reportUrl ?? runner.runUrl;
  const kind = opts.weight === 100 ? "flip" : "rung";
  const deploymentId = await startStep(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    sha,
    environment,
    production: opts.weight === 100,
    payload: {
      shadowgate: 1,
      service,
      kind,
      weight: opts.weight,
      actor: approver,
      runUrl: runner.runUrl,
      runId: runner.runId,
      runAttempt: runner.runAttempt,
      rung: opts.weight === 100 ? rungs.length + 1 : rungs.indexOf(opts.weight) + 1,
      ids,
      ...!startsLadder && view.stableIds && sameIds(view.ids, ids) ? { stableIds: view.stableIds } : {}
    },
    description: `${weightWord(opts.weight)}: baking, approved by ${approver}`,
    logUrl,
    ...opts.environmentUrl ? { environmentUrl: opts.environmentUrl } : {}
  });
  let canary;
  try {
    canary = await executeCanary(
      "advance",
      {
        manifestPath: opts.manifestPath,
        repoRoot: opts.repoRoot,
        runId: runIdOf(runner),
        runUrl: runner.runUrl,
        expectWeight: opts.weight,
        ...opts.probeSample !== void 0 ? { probeSample: opts.probeSample } : {},
        ...opts.outDir ? { outDir: opts.outDir } : {}
      },
      log
    );
  } catch (e) {
    await setStepState(octokit, {
      owner: runner.owner,
      repo: runner.repo,
      id: deploymentId,
      state: "error",
      description: `${weightWord(opts.weight)}: ${e.message}`,
      logUrl
    });
    await refreshComment(opts, service, rungs, sha, author).catch((c) => log.warn(`could not update the rollout comment: ${c.message}`));
    throw e;
  }
  const state = stateFor(canary);
  const reason = canary.result.reason ?? canary.verdict;
  await setStepState(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    id: deploymentId,
    state,
    description: `${weightWord(opts.weight)} ${canary.verdict}: ${reason}`,
    logUrl,
    ...opts.environmentUrl ? { environmentUrl: opts.environmentUrl } : {}
  });
  const commentUrl = await refreshComment(opts, service, rungs, sha, author, canary.result.surfaces);
  const lines = [
    `## Rollout of \`${service}\`: ${weightWord(opts.weight)} \u2014 ${canary.verdict}`,
    "",
    `Approved by @${approver} (${opts.gate === "dispatch" ? "started by hand" : `environment \`${environment}\``}). Weight now ${canary.weight ?? "\u2014"} %.`,
    "",
    `[Full report](${logUrl})${commentUrl ? ` \xB7 [progress on the pull request](${commentUrl})` : ""}`,
    "",
    canary.markdown ?? ""
  ];
  if (canary.verdict === "passed") {
    const next = rungs.indexOf(opts.weight) + 1 < rungs.length ? `${rungs[rungs.indexOf(opts.weight) + 1]} %` : "the flip";
    lines.push("", `**Next:** approve ${next} if this rung's numbers look right; reject to abort the ladder.`);
  }
  return {
    exitCode: canary.exitCode,
    verdict: canary.verdict,
    weight: canary.weight,
    deploymentId,
    ...commentUrl ? { commentUrl } : {},
    summary: `${lines.join("\n")}
`,
    canary
  };
}
async function recordStop(opts, kind, loaded, outcome) {
  const { runner, octokit } = opts;
  const all = await listSteps(octokit, { owner: runner.owner, repo: runner.repo, service: loaded.service });
  const sha = all.at(-1)?.sha ?? runner.sha;
  const steps = all.filter((s) => s.sha === sha);
  const logUrl = opts.reportUrl ?? runner.runUrl;
  for (const s of steps.filter((x) => x.state === "in_progress" || x.state === "pending" || x.state === "queued")) {
    await setStepState(octokit, {
      owner: runner.owner,
      repo: runner.repo,
      id: s.id,
      state: "failure",
      description: `${kind === "abort" ? "aborted" : "rolled back"}: ${opts.reason ?? "no reason given"}`,
      logUrl
    });
  }
  const lastRung = [...steps].reverse().find((s) => s.payload.kind === "rung");
  const environment = kind === "rollback" || !lastRung ? environmentName(opts.productionEnvironment ?? DEFAULT_PRODUCTION_ENVIRONMENT, loaded.service) : lastRung.environment;
  const reason = opts.reason ?? (kind === "abort" ? "the ladder failed or a rung was rejected" : "no reason given");
  const deploymentId = await startStep(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    sha,
    environment,
    production: kind === "rollback",
    payload: {
      shadowgate: 1,
      service: loaded.service,
      kind,
      weight: 0,
      actor: runner.actor,
      reason,
      runUrl: runner.runUrl,
      runId: runner.runId,
      runAttempt: runner.runAttempt
    },
    description: `${kind} by ${runner.actor}: ${reason}`,
    logUrl
  });
  await setStepState(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    id: deploymentId,
    state: "success",
    description: `${outcome.description} \u2014 by ${runner.actor}: ${reason}`,
    logUrl
  });
  await deactivate(octokit, {
    owner: runner.owner,
    repo: runner.repo,
    steps: (await listSteps(octokit, { owner: runner.owner, repo: runner.repo, service: loaded.service, sha })).filter((s) => s.id !== deploymentId),
    description: `${kind === "abort" ? "aborted" : "rolled back"} by ${runner.actor}`,
    logUrl
  });
  const author = await changeAuthor(octokit, { owner: runner.owner, repo: runner.repo, sha });
  const commentUrl = await refreshComment(opts, loaded.service, loaded.rungs, sha, author, outcome.surfaces);
  return { deploymentId, sha, ...commentUrl ? { commentUrl } : {} };
}
async function runAbort(opts) {
  const loaded = await loadLadder(opts);
  const reason = opts.reason ?? "a rung failed or was rejected";
  const canary = await executeCanary(
    "abort",
    { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner), reason: `${reason} (by ${opts.runner.actor})` },
    opts.log
  );
  const state = canary.result.state;
  const recorded = await recordStop({ ...opts, reason }, "abort", loaded, {
    verdict: canary.verdict,
    description: `candidate weight ${canary.weight ?? 0} %`,
    ...state?.ids ? { surfaces: surfaceChanges(state.stableIds, state.ids) } : {}
  });
  const summary2 = `## Rollout of \`${loaded.service}\`: aborted

By @${opts.runner.actor}: ${reason}. The candidate's weight is ${canary.weight ?? 0} %${canary.verdict === "unchanged" ? " (it already was)" : ""}.
`;
  return {
    exitCode: EXIT.ok,
    verdict: canary.verdict === "unchanged" ? "unchanged" : "aborted",
    weight: canary.weight,
    deploymentId: recorded.deploymentId,
    ...recorded.commentUrl ? { commentUrl: recorded.commentUrl } : {},
    summary: summary2,
    canary
  };
}
async function runRollback(opts) {
  const loaded = await loadLadder(opts);
  if (opts.service && opts.service !== loaded.service) {
    throw new UserError(
      `the rollback names service "${opts.service}", but ${opts.manifestPath} is the manifest of "${loaded.service}"`,
      { file: opts.manifestPath, line: 1 },
      "pass the manifest of that service (input manifest)"
    );
  }
  const reason = opts.reason ?? "no reason given";
  const view = await ladderView(opts, opts.log);
  let description;
  let verdict;
  let liveSlot;
  if (view.phase === "baking" || view.phase === "passed" || view.phase === "held") {
    const canary = await executeCanary(
      "abort",
      { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner), reason: `rollback by ${opts.runner.actor}: ${reason}` },
      opts.log
    );
    description = `ladder stopped, candidate weight ${canary.weight ?? 0} %`;
    verdict = "rolled-back";
  } else {
    const { executeKubeCommand } = await import("./kube-LM2QWYP4.js");
    const kube = await executeKubeCommand("rollback", { manifestPath: opts.manifestPath, repoRoot: opts.repoRoot, runId: runIdOf(opts.runner) }, opts.log);
    liveSlot = kube.liveSlot;
    verdict = kube.verdict;
    description = kube.verdict === "rolled-back" ? `live slot back to ${kube.liveSlot}` : `nothing to roll back; ${kube.liveSlot ?? "the recorded slot"} is live`;
  }
  const recorded = await recordStop({ ...opts, reason }, "rollback", loaded, { verdict, description });
  const summary2 = `## Rollback of \`${loaded.service}\`

By @${opts.runner.actor}: ${reason}.

${description}.
`;
  return {
    exitCode: EXIT.ok,
    verdict,
    deploymentId: recorded.deploymentId,
    ...recorded.commentUrl ? { commentUrl: recorded.commentUrl } : {},
    summary: summary2,
    ...liveSlot ? { weight: 0 } : {}
  };
}

// src/commands/rollout-action.ts
async function runRolloutAction(step, inputs, log, env = process.env) {
  const token = inputs.githubToken;
  if (!token) throw new UserError("the rollout commands need a token (input github-token) to record deployments and the progress comment");
  const { environment } = inputs;
  const common = {
    manifestPath: inputs.manifest,
    repoRoot: env.GITHUB_WORKSPACE ?? process.cwd(),
    octokit: createGitHubClient({ token, log, env }),
    runner: readRunnerContext(env),
    log,
    outDir: inputs.reportDir,
    ...inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {},
    ...environment ? { rungEnvironment: environment, productionEnvironment: environment } : {},
    env
  };
  let outcome;
  if (step === "rung") {
    const weight = inputs.canaryWeight;
    if (weight === void 0) throw new UserError("rollout-rung needs input canary-weight, a whole percentage 1..100");
    outcome = await runRung({ ...common, weight, gate: inputs.gate, preventSelfApproval: inputs.preventSelfApproval });
  } else if (step === "abort") {
    outcome = await runAbort({ ...common, ...inputs.reason ? { reason: inputs.reason } : {} });
  } else {
    outcome = await runRollback({ ...common, ...inputs.reason ? { reason: inputs.reason } : {}, ...inputs.service ? { service: inputs.service } : {} });
  }
  setOutput("verdict", outcome.verdict);
  if (outcome.weight !== void 0) setOutput("canary-weight", String(outcome.weight));
  if (outcome.commentUrl) setOutput("comment-url", outcome.commentUrl);
  if (outcome.deploymentId !== void 0) setOutput("deployment-id", String(outcome.deploymentId));
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(fitSummary(outcome.summary), true).write();
  if (outcome.exitCode !== 0) setFailed(`rollout ${step}: ${outcome.verdict}`);
}
export {
  runRolloutAction
};
