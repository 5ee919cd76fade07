import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  parseCanaryConfig,
  parseDeployConfig
} from "./chunk-P4BBUCTH.js";
import "./chunk-AZ7WLE3K.js";
import {
  isAbsolute,
  join
} from "./chunk-TGHP6UX4.js";
import {
  loadManifestFile
} from "./chunk-56KD5MON.js";
import "./chunk-IY34TOV6.js";
import "./chunk-QINDDRBP.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import {
  createGitHubClient,
  describeGitHubError,
  errorStatus,
  resolveToken
} from "./chunk-DLANUFUE.js";
import "./chunk-5UUU4TCK.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";
import "./chunk-A7OMMFT7.js";

// src/github/plan.ts
function planKind(name) {
  const n = (name ?? "").trim().toLowerCase();
  if (n === "free" || n === "pro" || n === "team") return n;
  if (n === "enterprise" || n === "business" || n === "business_plus" || n.startsWith("enterprise")) return "enterprise";
  return void 0;
}
function isEnterpriseHost(apiUrl) {
  if (!apiUrl) return false;
  try {
    const url = new URL(apiUrl);
    return /\/api\/v3\/?$/.test(url.pathname) || url.hostname.endsWith(".ghe.com");
  } catch {
    return false;
  }
}
async function readPlan(octokit, facts) {
  try {
    if (facts.ownerType === "Organization") {
      const { data: data2 } = await octokit.rest.orgs.get({ org: facts.owner });
      const name2 = data2.plan?.name;
      return name2 ? { plan: planKind(name2), name: name2 } : { plan: void 0, name: void 0, why: `GET /orgs/${facts.owner} shows the plan to organization owners only` };
    }
    const { data } = await octokit.rest.users.getAuthenticated();
    if (data.login.toLowerCase() !== facts.owner.toLowerCase())
      return { plan: void 0, name: void 0, why: `the token is ${data.login}'s, and only ${facts.owner}'s own token shows that account's plan` };
    const name = "plan" in data ? data.plan?.name : void 0;
    return name ? { plan: planKind(name), name } : { plan: void 0, name: void 0, why: `GET /user shows no plan for this token` };
  } catch (e) {
    const status = errorStatus(e);
    if (status === 403 || status === 404 || status === 401) {
      return {
        plan: void 0,
        name: void 0,
        why: `${facts.ownerType === "Organization" ? `GET /orgs/${facts.owner}` : "GET /user"} answered HTTP ${status} to this token`
      };
    }
    throw e;
  }
}
async function reviewerAvailability(octokit, facts, apiUrl) {
  const full = `${facts.owner}/${facts.repo}`;
  if (facts.visibility === "public")
    return { reviewers: true, environments: true, basis: `${full} is public, and public repositories have required reviewers on every GitHub plan` };
  if (isEnterpriseHost(apiUrl))
    return {
      reviewers: true,
      environments: true,
      plan: "enterprise",
      basis: `${full} is on GitHub Enterprise (${new URL(apiUrl).host}), which has required reviewers for ${facts.visibility} repositories`
    };
  if (facts.visibility === "internal")
    return {
      reviewers: true,
      environments: true,
      plan: "enterprise",
      basis: `${full} is internal, which only GitHub Enterprise organizations have, and GitHub Enterprise has required reviewers for them`
    };
  const read = await readPlan(octokit, facts);
  const account = `${facts.ownerType === "Organization" ? "organization" : "account"} ${facts.owner}`;
  switch (read.plan) {
    case "enterprise":
      return {
        reviewers: true,
        environments: true,
        plan: "enterprise",
        basis: `${full} is private and the ${account} is on GitHub Enterprise (plan "${read.name}"), which has required reviewers for private repositories`
      };
    case "team":
    case "pro":
      return {
        reviewers: false,
        environments: true,
        plan: read.plan,
        basis: `${full} is private and the ${account} is on GitHub ${read.plan === "pro" ? "Pro" : "Team"}, where required reviewers work on public repositories only (private ones need GitHub Enterprise)`
      };
    case "free":
      return {
        reviewers: false,
        environments: false,
        plan: "free",
        basis: `${full} is private and the ${account} is on GitHub Free, which has no environments for private repositories (they need GitHub Pro, Team or Enterprise; required reviewers need Enterprise)`
      };
    default:
      return {
        reviewers: void 0,
        environments: void 0,
        basis: read.name ? `${full} is private and the ${account}'s plan "${read.name}" is not one whose rules are known here` : `${full} is private and the token cannot read the ${account}'s plan (${read.why})`
      };
  }
}

// src/github/environments.ts
function parseReviewers(raw) {
  if (!raw?.trim()) return [];
  const refs = raw.split(",").map((x) => x.trim().replace(/^@/, "")).filter(Boolean).map((name) => ({ type: name.includes("/") ? "Team" : "User", name }));
  for (const r of refs) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?$/.test(r.name))
      throw new UserError(`--reviewers: "${r.name}" is neither a user login nor an org/team slug`);
  }
  if (refs.length > 6) throw new UserError(`--reviewers: GitHub allows at most 6 required reviewers per environment (got ${refs.length})`);
  return refs;
}
function parseWaitTimers(raw) {
  if (!raw?.trim()) return () => 0;
  const check = (text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 43200) throw new UserError(`--wait-timer: "${text}" must be whole minutes 0..43200`);
    return n;
  };
  if (/^\d+$/.test(raw.trim())) {
    const all = check(raw.trim());
    return (w) => w === "production" ? 0 : all;
  }
  const table = /* @__PURE__ */ new Map();
  for (const part of raw.split(",")) {
    const m = /^\s*(\d+|production)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m) throw new UserError(`--wait-timer: "${part.trim()}" is not WEIGHT=MINUTES`, void 0, "e.g. --wait-timer 25=10,50=30,production=60");
    table.set(m[1], check(m[2]));
  }
  return (w) => table.get(String(w)) ?? 0;
}
function clusterSubjects(opts) {
  const workflow = (file) => `github:${opts.owner}/${opts.repo}/.github/workflows/${file}@refs/heads/${opts.defaultBranch}`;
  const rungs = opts.environments ? environmentNames(opts.service, opts.rungs).map((e) => `github:repo:${opts.owner}/${opts.repo}:environment:${e.name}`) : [workflow("rollout-rung.yml")];
  return [...rungs, workflow("rollout.yml"), workflow("rollback.yml")];
}
async function resolveReviewerIds(octokit, refs) {
  const out = [];
  for (const r of refs) {
    try {
      if (r.type === "User") {
        const { data } = await octokit.rest.users.getByUsername({ username: r.name });
        out.push({ type: "User", id: data.id, name: data.login });
      } else {
        const [org, slug] = r.name.split("/");
        const { data } = await octokit.rest.teams.getByName({ org, team_slug: slug });
        out.push({ type: "Team", id: data.id, name: `${org}/${data.slug}` });
      }
    } catch (e) {
      if (errorStatus(e) === 404)
        throw new UserError(
          `--reviewers: ${r.type === "User" ? "user" : "team"} "${r.name}" not found${r.type === "Team" ? " (or the token cannot read the organization's teams)" : ""}`
        );
      throw e;
    }
  }
  return out;
}
function describeDiff(current, spec, protect) {
  const rules = current?.protection_rules ?? [];
  const wait = rules.find((r) => r.type === "wait_timer")?.wait_timer ?? 0;
  const reviewersRule = rules.find((r) => r.type === "required_reviewers");
  const ids = new Set((reviewersRule?.reviewers ?? []).map((r) => `${r.type}:${r.reviewer?.id}`));
  const want = new Set(spec.reviewers.map((r) => `${r.type}:${r.id}`));
  const diff = [];
  if (protect) {
    if (ids.size !== want.size || [...want].some((x) => !ids.has(x)))
      diff.push(`required reviewers: ${spec.reviewers.map((r) => r.type === "Team" ? `team ${r.name}` : `@${r.name}`).join(", ") || "none"}`);
    if ((reviewersRule?.prevent_self_review ?? false) !== spec.preventSelfReview && spec.reviewers.length > 0)
      diff.push(`prevent self-review: ${spec.preventSelfReview ? "on" : "off"}`);
    if (wait !== spec.waitTimer) diff.push(`wait timer: ${spec.waitTimer} min`);
  }
  const policy = current?.deployment_branch_policy;
  if (!policy || policy.protected_branches || !policy.custom_branch_policies) diff.push("deployments from the default branch only");
  return diff;
}
async function getEnvironment(octokit, repo, name) {
  try {
    const { data } = await octokit.rest.repos.getEnvironment({ owner: repo.owner, repo: repo.repo, environment_name: name });
    return data;
  } catch (e) {
    if (errorStatus(e) === 404) return void 0;
    throw e;
  }
}
function isUnprocessable(e) {
  return errorStatus(e) === 422;
}
var DISPATCH_GATE = "Environment approvals cannot gate the rungs here, so the rollout uses the dispatch gate instead: each rung is started by hand (Actions \u2192 rollout-manual \u2192 Run workflow, with the rung), the person who starts it approves it and must have write access, rungs cannot be skipped, and with prevent-self-approval the author of the change cannot approve it.";
function adminError(repo, e) {
  return new UserError(
    `init needs admin rights on ${repo.owner}/${repo.repo} to write its environments${e ? ` (GitHub said ${describeGitHubError(e)})` : ""}`,
    void 0,
    'run it once as a repository admin: a fine-grained token with "Administration: write", or a classic token with repo scope, in GITHUB_TOKEN or GH_TOKEN'
  );
}
function environmentNames(service, rungs) {
  return [
    ...rungs.map((w) => ({ name: `${service}-canary-${w}`, weight: w })),
    { name: `${service}-production`, weight: "production" }
  ];
}
async function setupEnvironments(octokit, opts) {
  const repoRef = { owner: opts.owner, repo: opts.repo };
  let repoData;
  try {
    ({ data: repoData } = await octokit.rest.repos.get(repoRef));
  } catch (e) {
    if (errorStatus(e) === 404) throw new UserError(`repository ${opts.owner}/${opts.repo} not found, or the token cannot see it`);
    throw e;
  }
  if (repoData.permissions && repoData.permissions.admin === false) throw adminError(repoRef);
  if (opts.reviewers.length === 0)
    throw new UserError("--reviewers is required: who approves each rung (users, or org/team)", void 0, "e.g. --reviewers alice,my-org/ml-leads");
  const reviewers = await resolveReviewerIds(octokit, opts.reviewers);
  const visibility = repoData.visibility === "internal" ? "internal" : repoData.visibility === "public" || !repoData.private ? "public" : "private";
  const verdict = await reviewerAvailability(
    octokit,
    { ...repoRef, visibility, ownerType: repoData.owner.type },
    octokit.request.endpoint.DEFAULTS.baseUrl
  );
  let basis = verdict.basis;
  let protect = verdict.reviewers !== false;
  let environmentsAvailable = verdict.environments !== false;
  let notice;
  if (verdict.reviewers === void 0) {
    basis += "; assumed: required reviewers are available if GitHub accepts them, so init asks for them and GitHub's answer decides";
  }
  opts.log.info(`plan: ${basis}`);
  const fallBack = (why) => {
    protect = false;
    notice = `${why}. ${DISPATCH_GATE}`;
    opts.log.warn(notice);
  };
  if (!protect)
    fallBack(verdict.environments === false ? `${verdict.basis}; the environments are not created (the deployments are still recorded)` : verdict.basis);
  const changes = [];
  for (const { name, weight } of environmentNames(opts.service, opts.rungs)) {
    if (!environmentsAvailable) {
      changes.push({ environment: name, action: "unchanged", details: ["not available on this plan"] });
      continue;
    }
    const spec = { name, reviewers, preventSelfReview: opts.preventSelfReview, waitTimer: opts.waitTimer(weight) };
    const current = await getEnvironment(octokit, repoRef, name);
    let diff = describeDiff(current, spec, protect);
    if (diff.length > 0) {
      const body = {
        owner: opts.owner,
        repo: opts.repo,
        environment_name: name,
        deployment_branch_policy: { protected_branches: false, custom_branch_policies: true }
      };
      const protection = protect ? { reviewers: reviewers.map((r) => ({ type: r.type, id: r.id })), prevent_self_review: opts.preventSelfReview, wait_timer: spec.waitTimer } : {};
      try {
        await octokit.rest.repos.createOrUpdateEnvironment({ ...body, ...protection });
      } catch (e) {
        const status = errorStatus(e);
        if (status === 403 || status === 404) throw adminError(repoRef, e);
        if (!isUnprocessable(e) || !protect) throw e;
        if (verdict.reviewers === true) {
          throw new UserError(
            `GitHub refused the protection rules of ${name} (${describeGitHubError(e)}), although ${verdict.basis}`,
            void 0,
            "check the reviewers and the wait timer; GitHub's message says which it refused"
          );
        }
        try {
          await octokit.rest.repos.createOrUpdateEnvironment(body);
        } catch (e2) {
          if (!isUnprocessable(e2)) throw e2;
          basis = `${verdict.basis}; GitHub refused the environment even without protection rules (HTTP 422), which confirms a plan without environments for private repositories`;
          fallBack(`${basis}; the environments are not created (the deployments are still recorded)`);
          environmentsAvailable = false;
          changes.push({ environment: name, action: "unchanged", details: ["not available on this plan"] });
          continue;
        }
        basis = `${verdict.basis}; GitHub refused the required reviewers (HTTP 422) and accepted the environment without them, which confirms a plan without them`;
        fallBack(basis);
        diff = describeDiff(await getEnvironment(octokit, repoRef, name), spec, false);
        diff = diff.length > 0 ? diff : ["deployments from the default branch only"];
      }
    }
    const { data: policies } = await octokit.rest.repos.listDeploymentBranchPolicies({
      owner: opts.owner,
      repo: opts.repo,
      environment_name: name,
      per_page: 100
    });
    if (!policies.branch_policies.some((p) => p.name === repoData.default_branch)) {
      await octokit.rest.repos.createDeploymentBranchPolicy({
        owner: opts.owner,
        repo: opts.repo,
        environment_name: name,
        name: repoData.default_branch,
        type: "branch"
      });
      if (!diff.includes("deployments from the default branch only")) diff.push(`deployments from ${repoData.default_branch} allowed`);
    }
    changes.push({
      environment: name,
      action: diff.length === 0 ? "unchanged" : current ? "updated" : "created",
      details: diff.map((d) => d.replace("the default branch", repoData.default_branch))
    });
  }
  const subjects = clusterSubjects({
    ...repoRef,
    service: opts.service,
    rungs: opts.rungs,
    defaultBranch: repoData.default_branch,
    environments: environmentsAvailable
  });
  return { mode: protect ? "environment" : "dispatch", changes, basis, clusterSubjects: subjects, ...notice ? { notice } : {} };
}

// src/commands/init.ts
async function runInit(input, log) {
  const env = input.env ?? process.env;
  const repository = input.repository ?? env.GITHUB_REPOSITORY;
  const [owner, repo, extra] = (repository ?? "").split("/");
  if (!owner || !repo || extra !== void 0)
    throw new UserError(`--repo must be OWNER/REPO (got "${repository ?? ""}")`, void 0, "e.g. shadowgate init --repo my-org/chat --reviewers alice");
  const reviewers = parseReviewers(input.reviewers);
  const waitTimer = parseWaitTimers(input.waitTimer);
  const file = isAbsolute(input.manifestPath) ? input.manifestPath : join(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(file, input.manifestPath);
  const deploy = loaded.manifest.deploy;
  if (!deploy)
    throw new UserError("the manifest has no deploy: section; init sets up the environments of its canary ladder", { file: input.manifestPath, line: 1 });
  const locate = (path) => loaded.locate(["deploy", ...path]);
  const canary = parseCanaryConfig(deploy, parseDeployConfig(deploy, input.manifestPath, locate), input.manifestPath, locate);
  let octokit = input.octokit;
  if (!octokit) {
    const token = resolveToken(void 0, env);
    if (!token) throw new UserError("init needs a token of a repository admin in GITHUB_TOKEN or GH_TOKEN");
    octokit = createGitHubClient({ token, log, env });
  }
  const result = await setupEnvironments(octokit, {
    owner,
    repo,
    service: loaded.manifest.service,
    rungs: canary.rungs,
    reviewers,
    preventSelfReview: input.preventSelfReview ?? false,
    waitTimer,
    log
  });
  const lines = result.changes.map((c) => `${c.action.padEnd(9)} ${c.environment}${c.details.length ? `: ${c.details.join("; ")}` : ""}`);
  lines.push(
    "",
    `plan: ${result.basis}`,
    result.mode === "environment" ? `gate: environment \u2014 each rung waits for one of its required reviewers (use workflows/rollout.yml)` : `gate: dispatch \u2014 ${result.notice ?? "each rung is started by hand"} (use workflows/rollout-manual.yml)`
  );
  lines.push(
    "",
    "cluster: bind deploy/rbac/role.yaml to these users (deploy/rbac/github-actions-bindings.yaml; authenticator: deploy/auth/github-actions-authentication.yaml):",
    ...result.clusterSubjects.map((s) => `  ${s}`)
  );
  return { result, text: `${lines.join("\n")}
` };
}
export {
  runInit
};
