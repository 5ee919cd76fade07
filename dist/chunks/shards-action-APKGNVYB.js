import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runMerge,
  runShard
} from "./chunk-VD3QFACJ.js";
import {
  readPullRequestContext,
  runPullRequestAction
} from "./chunk-BNTRLBW7.js";
import "./chunk-5UISX7KB.js";
import {
  notice,
  setOutput,
  setSecret
} from "./chunk-P2KCAVGB.js";
import "./chunk-ATF3SM7A.js";
import "./chunk-Z2SIB5EQ.js";
import "./chunk-BMBBCQGB.js";
import {
  renderComment
} from "./chunk-HDGSM4OR.js";
import "./chunk-7SLVE4GY.js";
import {
  cancelOnSignals
} from "./chunk-JF452ZQX.js";
import "./chunk-UCFOYGNL.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-TGHP6UX4.js";
import {
  dirname
} from "./chunk-IB2T7PNP.js";
import "./chunk-KO6JTM4W.js";
import "./chunk-ROTI4AFI.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-AGNCY5Z4.js";
import "./chunk-EY375UA5.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-S33SPVQ5.js";
import {
  describeShard
} from "./chunk-KECYDWVI.js";
import "./chunk-4HYHTPLW.js";
import {
  createGitHubClient
} from "./chunk-DLANUFUE.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
import "./chunk-A7OMMFT7.js";

// src/commands/shards-action.ts
var DEFAULT_PARTS_FOLDER = "shadowgate-parts";
async function runShardAction(inputs, shard, log, env = process.env) {
  const repoRoot = env.GITHUB_WORKSPACE ?? process.cwd();
  const octokit = inputs.githubToken ? createGitHubClient({ token: inputs.githubToken, log, env }) : void 0;
  const ctx = await readPullRequestContext({
    env,
    dispatch: { ...inputs.baseRef ? { baseRef: inputs.baseRef } : {}, ...inputs.headRef ? { headRef: inputs.headRef } : {} },
    ...octokit ? { octokit } : {}
  });
  if (ctx.isFork && ctx.eventName !== "workflow_dispatch") {
    const note = `Skipped: pull request #${ctx.prNumber} comes from a fork; a maintainer can run the workflow by hand (workflow_dispatch with pr-number: ${ctx.prNumber}) after reviewing it.`;
    log.info(note);
    notice(note);
    setOutput("skipped", "true");
    return;
  }
  const cancellation = cancelOnSignals(log);
  const part = await runShard(
    {
      signal: cancellation.stop,
      abandonSignal: cancellation.abandon,
      manifestPath: inputs.manifest,
      baseRef: ctx.baseSha,
      headRef: inputs.headRef,
      baselineEndpoint: inputs.baselineEndpoint,
      candidateEndpoint: inputs.candidateEndpoint,
      allowedEndpoints: inputs.allowedEndpoints,
      onSecret: (value) => setSecret(value),
      noiseFloor: inputs.noiseFloor || void 0,
      outDir: inputs.reportDir,
      repoRoot,
      env,
      shard
    },
    log
  );
  setOutput("skipped", "false");
  setOutput("part", part.path);
  setOutput("report-dir", dirname(part.path));
  log.info(`shard ${describeShard(shard)}: part ${part.path}; upload it for the merge job`);
  const cancelled = cancellation.exitCode();
  if (cancelled !== void 0) process.exitCode = cancelled;
  cancellation.dispose();
}
async function runMergeAction(inputs, log) {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  await runPullRequestAction({
    log,
    inputs,
    // The shard jobs already ran: the workflow's paths filter decided relevance before they started.
    relevant: () => true,
    evaluate: async (ctx) => {
      const result = await runMerge(inputs.parts ?? [DEFAULT_PARTS_FOLDER], { outDir: inputs.reportDir, repoRoot, runUrl: ctx.runUrl, fullReportUrl: ctx.runUrl }, log);
      const markdown = renderComment(result.report, { fullReportUrl: ctx.runUrl });
      return {
        service: result.report.service,
        markdown,
        verdict: result.report.judgement.verdict,
        jsonPath: result.paths.json,
        reportDir: dirname(result.paths.json)
      };
    }
  });
}
export {
  DEFAULT_PARTS_FOLDER,
  runMergeAction,
  runShardAction
};
