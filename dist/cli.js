#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  EXIT,
  parseFailOn,
  policyExitCode
} from "./chunks/chunk-5UUU4TCK.js";
import {
  UserError,
  isUserError
} from "./chunks/chunk-ZZ5I4CYG.js";
import "./chunks/chunk-A7OMMFT7.js";

// node-builtin:node:module?enableCompileCache
var builtin = process.getBuiltinModule("node:module");
var enableCompileCache = builtin.enableCompileCache;

// node-builtin:node:util?parseArgs
var builtin2 = process.getBuiltinModule("node:util");
var parseArgs = builtin2.parseArgs;

// src/log.ts
function prefix(where) {
  if (!where) return "";
  return `${[where.file, where.line, where.column].filter((p) => p !== void 0).join(":")}: `;
}
function consoleLog(opts = {}) {
  const out = opts.stream ?? process.stderr;
  return {
    interactive: Boolean(out.isTTY) && !process.env.CI,
    info: (m) => out.write(`${m}
`),
    warn: (m, w) => out.write(`warning: ${prefix(w)}${m}
`),
    error: (m, w) => out.write(`error: ${prefix(w)}${m}
`),
    debug: (m) => {
      if (opts.verbose) out.write(`debug: ${m}
`);
    }
  };
}

// src/cli.ts
enableCompileCache();
var USAGE = `shadowgate \u2014 zero-downtime delivery of AI models and prompts

Usage:
  shadowgate demo [--out DIR]
      Start two embedded model servers (OpenAI-compatible chat, KServe v2 pricing), replay the bundled
      datasets against baseline and candidate, print the verdicts and the report paths.

  shadowgate shadow [options]
      Replay recorded requests against the baseline and the candidate and judge the divergence.
        --manifest PATH            manifest of the candidate (default shadowgate.yaml)
        --base-ref REF             git ref whose manifest and surfaces are the baseline
        --baseline-manifest PATH   or: a second manifest file as the baseline (no git needed)
        --head-ref REF             candidate at a git ref instead of the working tree
        --baseline-endpoint URL    override the baseline endpoint
        --candidate-endpoint URL   override the candidate endpoint (e.g. a preview slot)
        --allowed-endpoints LIST   more destinations the candidate may use besides the baseline's endpoints:
                                   origins, hosts or *.domain, comma-separated or repeated
        --noise-floor              replay the baseline twice (A/A) so only divergence above noise counts
        --sample-rate R            override shadow.sample.rate (0..1]
        --concurrency N            override shadow.concurrency
        --out DIR                  report folder (default shadowgate-report)
        --fail-on fail|warn|never  which verdicts exit non-zero (default fail)
        --pr OWNER/REPO#N          post or update the sticky PR comment (token from GITHUB_TOKEN or
                                   GH_TOKEN, API from GITHUB_API_URL for GitHub Enterprise Server)
        --shard I/N                replay only shard I of N (records dealt round-robin) and write its part,
                                   shadowgate-part-I-of-N.json, into --out; no verdict until merge

  shadowgate merge PART... [--out DIR] [--fail-on ...] [--pr OWNER/REPO#N]
      Check that the parts of a sharded run belong together (one evaluation, every shard once), merge them
      exactly, judge once, write the reports and post the one comment: the same report as an unsharded run.

  shadowgate lock [--manifest PATH]
      Write shadowgate.lock beside the manifest: the content id of the model block, each prompt
      template, each tool schema and the context settings. Commit it with the change.

  shadowgate check [--manifest PATH] [--base-ref REF] [--head-ref REF]
      Fail when the lock is stale (naming the file that changed) or the model is a floating alias;
      with --base-ref, also when a tool-schema change is below its required compatibility level.

  shadowgate promote|rollback|status|lint [--manifest PATH] [--run-id ID] [--promotion-run-id ID] [--force] [--out DIR]
                                          [--allowed-endpoints LIST]
  shadowgate lint [--manifest PATH] FILE|FOLDER|GLOB|- ...
      Blue-green on Kubernetes (kubeconfig from KUBECONFIG, ~/.kube/config or in-cluster).
        --run-id ID                holder of the deployment lease (default: the workflow run, or local-<host>-<pid>)
        --promotion-run-id ID      rollback: undo only that run's promotion (e.g. one that died half-way) and free
                                   its lease (default: the latest promotion of any run)
        --force                    rollback: flip back even when that slot is not ready (an emergency)
        --out DIR                  promote: where the smoke and watch reports go (default shadowgate-report)
        --allowed-endpoints LIST   promote: link-local or metadata IPs a slot URL may reach (refused otherwise)
        lint FILE ...              lint Deployment manifests in the repository instead of the live ones, offline:
                                   files, folders, globs, multi-document YAML, - for helm template / kustomize output

  shadowgate canary advance|abort|status [--manifest PATH] [--run-id ID] [--weight N] [--reason TEXT] [--out DIR]
      Canary ladder on Kubernetes (deploy.canary): advance bakes and judges the next rung, or hands over to
      blue-green after the last; abort sends the candidate's weight to 0; status shows the ladder.
        --weight N                 advance: refuse unless the next rung is N % (no rung is ever skipped)
        --reason TEXT              abort: recorded on the route
        --out DIR                  advance: where the rung's JSON and Markdown verdict go (default shadowgate-report)

  shadowgate init --repo OWNER/REPO --reviewers LIST [--wait-timer MIN|W=MIN,...] [--prevent-self-review] [--manifest PATH]
      Once, as a repository admin: create or update the rollout's GitHub environments (one per rung and
      <service>-production) with required reviewers and default-branch-only deployments; idempotent. On a
      private repository whose plan has no required reviewers it says so and sets up the dispatch gate.
        --reviewers LIST           users and org/team slugs, comma-separated (at most 6)
        --wait-timer               minutes before each rung may start, for all rungs or per weight (25=10,production=60)
        --prevent-self-review      whoever started the run cannot approve it

Every command: -v, --verbose   debug output (shadow and promote: the time and memory of each phase).

Exit codes: 0 success (or nothing to do), 1 a check failed: the verdict fails the --fail-on policy, promote's
            warm-up, smoke pass or watch window failed, lint found errors, 2 bad input (the message names the
            file and line), 3 a slot that would take traffic is not ready, 4 another run holds the deployment
            lease, 5 permission denied or credentials rejected by the Kubernetes API, 6 the Service changed
            meanwhile or is not under shadowgate's control, 7 the Kubernetes API is unreachable, 8 shadow: too few pairs had both answers (an outage;
            under every --fail-on), 9 outside the manifest's deployment windows, 70 internal error,
            130/143 stopped by SIGINT/SIGTERM (shadow writes its partial reports, and the --pr comment, first).`;
var OPTIONS = {
  manifest: { type: "string" },
  "base-ref": { type: "string" },
  "baseline-manifest": { type: "string" },
  "head-ref": { type: "string" },
  "baseline-endpoint": { type: "string" },
  "candidate-endpoint": { type: "string" },
  "allowed-endpoints": { type: "string", multiple: true },
  "noise-floor": { type: "boolean" },
  "sample-rate": { type: "string" },
  concurrency: { type: "string" },
  out: { type: "string" },
  "fail-on": { type: "string" },
  pr: { type: "string" },
  shard: { type: "string" },
  "run-id": { type: "string" },
  "promotion-run-id": { type: "string" },
  force: { type: "boolean" },
  weight: { type: "string" },
  reason: { type: "string" },
  repo: { type: "string" },
  reviewers: { type: "string" },
  "wait-timer": { type: "string" },
  "prevent-self-review": { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function numberOption(name, raw, range) {
  if (raw === void 0) return void 0;
  const value = Number(raw);
  const aboveMin = range.minExclusive ? value > range.min : value >= range.min;
  if (raw.trim() === "" || !Number.isFinite(value) || !aboveMin || value > range.max) {
    const lower = range.minExclusive ? `greater than ${range.min}` : `at least ${range.min}`;
    throw new UserError(`--${name} must be a number ${lower} and at most ${range.max} (got "${raw}")`);
  }
  return value;
}
function failOnOption(raw) {
  return parseFailOn(raw, "--fail-on");
}
async function run(argv, log2) {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(`${USAGE}
`);
    return command || values.help ? EXIT.ok : EXIT.badInput;
  }
  if (positionals.length > (command === "canary" ? 2 : 1) && command !== "lint" && command !== "merge")
    throw new UserError(`unexpected argument "${positionals[1]}"`, void 0, "see shadowgate --help");
  switch (command) {
    case "demo": {
      const { runDemo } = await import("./chunks/run-EIU6LCFM.js");
      return runDemo({ outDir: values.out ?? "shadowgate-demo", log: log2 });
    }
    case "shadow": {
      const { runShadow } = await import("./chunks/shadow-LVCKDRWC.js");
      const failOn = failOnOption(values["fail-on"]);
      const shard = values.shard !== void 0 ? (await import("./chunks/shard-EKG2XYRG.js")).parseShard(values.shard) : void 0;
      if (shard && values.pr)
        throw new UserError(
          "--pr goes with merge, not with --shard: a shard has no verdict of its own",
          void 0,
          "shadowgate merge PARTS\u2026 --pr OWNER/REPO#N"
        );
      const comment = values.pr ? await import("./chunks/pr-comment-GGSX6LW3.js") : void 0;
      const pullRequest = comment && values.pr ? comment.parsePullRequestTarget(values.pr) : void 0;
      comment?.checkCommentPrerequisites();
      const { cancelOnSignals } = await import("./chunks/cancel-V32ZPZ4O.js");
      const cancellation = cancelOnSignals(log2);
      const shadowOptions = {
        manifestPath: values.manifest ?? "shadowgate.yaml",
        baseRef: values["base-ref"],
        baselineManifestPath: values["baseline-manifest"],
        headRef: values["head-ref"],
        baselineEndpoint: values["baseline-endpoint"] ?? process.env.SHADOWGATE_BASELINE_ENDPOINT,
        candidateEndpoint: values["candidate-endpoint"] ?? process.env.SHADOWGATE_CANDIDATE_ENDPOINT,
        allowedEndpoints: (values["allowed-endpoints"] ?? []).flatMap((v) => v.split(/[\s,]+/).filter(Boolean)),
        noiseFloor: values["noise-floor"],
        sampleRate: numberOption("sample-rate", values["sample-rate"], { min: 0, max: 1, minExclusive: true }),
        concurrency: numberOption("concurrency", values.concurrency, { min: 1, max: 1024 }),
        outDir: values.out ?? "shadowgate-report",
        repoRoot: process.cwd(),
        signal: cancellation.stop,
        abandonSignal: cancellation.abandon
      };
      if (shard) {
        const { runShard } = await import("./chunks/shards-H3FDXFIL.js");
        const part = await runShard({ ...shadowOptions, shard }, log2);
        process.stdout.write(`${part.summaryLine}
  part     ${part.path}
`);
        cancellation.dispose();
        return cancellation.exitCode() ?? EXIT.ok;
      }
      const result = await runShadow(shadowOptions, log2);
      process.stdout.write(`${result.summaryLine}
`);
      for (const [kind, path] of Object.entries(result.paths)) process.stdout.write(`  ${kind.padEnd(8)} ${path}
`);
      if (comment && pullRequest) {
        const url = await comment.commentOnPullRequest(result.report, pullRequest, log2);
        if (url) process.stdout.write(`  comment  ${url}
`);
      }
      cancellation.dispose();
      return cancellation.exitCode() ?? policyExitCode(result.report.judgement.verdict, failOn);
    }
    case "merge": {
      const { runMerge } = await import("./chunks/shards-H3FDXFIL.js");
      const failOn = failOnOption(values["fail-on"]);
      const comment = values.pr ? await import("./chunks/pr-comment-GGSX6LW3.js") : void 0;
      const pullRequest = comment && values.pr ? comment.parsePullRequestTarget(values.pr) : void 0;
      comment?.checkCommentPrerequisites();
      const result = await runMerge(positionals.slice(1), { outDir: values.out ?? "shadowgate-report", repoRoot: process.cwd() }, log2);
      process.stdout.write(`${result.summaryLine}
`);
      for (const [kind, path] of Object.entries(result.paths)) process.stdout.write(`  ${kind.padEnd(8)} ${path}
`);
      if (comment && pullRequest) {
        const url = await comment.commentOnPullRequest(result.report, pullRequest, log2);
        if (url) process.stdout.write(`  comment  ${url}
`);
      }
      return policyExitCode(result.report.judgement.verdict, failOn);
    }
    case "lock":
    case "check": {
      const { runLock, runCheck } = await import("./chunks/versioning-CSDKTERJ.js");
      const options = { manifestPath: values.manifest ?? "shadowgate.yaml", repoRoot: process.cwd(), baseRef: values["base-ref"], headRef: values["head-ref"] };
      return command === "lock" ? runLock(options, log2) : runCheck(options, log2);
    }
    case "promote":
    case "rollback":
    case "status":
    case "lint": {
      const { runKubeCommand } = await import("./chunks/kube-LM2QWYP4.js");
      return runKubeCommand(
        command,
        {
          manifestPath: values.manifest ?? "shadowgate.yaml",
          manifestGiven: values.manifest !== void 0,
          runId: values["run-id"],
          promotionRunId: values["promotion-run-id"],
          force: values.force,
          allowedEndpoints: (values["allowed-endpoints"] ?? []).flatMap((v) => v.split(/[\s,]+/).filter(Boolean)),
          lintArgs: positionals.slice(1),
          outDir: values.out,
          repoRoot: process.cwd()
        },
        log2
      );
    }
    case "canary": {
      const { canaryStep, executeCanary } = await import("./chunks/canary-QCAZKTMO.js");
      const outcome = await executeCanary(
        canaryStep(positionals[1]),
        {
          manifestPath: values.manifest ?? "shadowgate.yaml",
          runId: values["run-id"],
          expectWeight: numberOption("weight", values.weight, { min: 1, max: 100 }),
          reason: values.reason,
          outDir: values.out,
          repoRoot: process.cwd()
        },
        log2
      );
      process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}
`);
      if (outcome.paths) log2.info(`canary: verdict in ${outcome.paths.markdown} and ${outcome.paths.json}`);
      return outcome.exitCode;
    }
    case "init": {
      const { runInit } = await import("./chunks/init-RHRQF2ND.js");
      const { text } = await runInit(
        {
          manifestPath: values.manifest ?? "shadowgate.yaml",
          repoRoot: process.cwd(),
          repository: values.repo,
          reviewers: values.reviewers,
          waitTimer: values["wait-timer"],
          preventSelfReview: values["prevent-self-review"]
        },
        log2
      );
      process.stdout.write(text);
      return EXIT.ok;
    }
    default:
      throw new UserError(
        `unknown command "${command}"`,
        void 0,
        "commands: demo, shadow, merge, lock, check, promote, rollback, status, lint, canary, init"
      );
  }
}
var log = consoleLog({ verbose: process.argv.includes("--verbose") || process.argv.includes("-v") });
try {
  process.exitCode = await run(process.argv.slice(2), log);
} catch (e) {
  if (isUserError(e)) {
    log.error(e.format());
    process.exitCode = EXIT.badInput;
  } else if (e instanceof TypeError && e.code?.startsWith("ERR_PARSE_ARGS")) {
    log.error(`${e.message}
  hint: see shadowgate --help`);
    process.exitCode = EXIT.badInput;
  } else {
    log.error(`internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    process.exitCode = EXIT.internal;
  }
}
