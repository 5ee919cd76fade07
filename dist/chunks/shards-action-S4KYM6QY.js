import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  runMerge,
  runShard
} from "./chunk-E336BYLP.js";
import {
  renderComment
} from "./chunk-MX75YYXH.js";
import "./chunk-LPFXKZIY.js";
import "./chunk-IJ4RZSE4.js";
import "./chunk-TGHP6UX4.js";
import "./chunk-Y6FMUFIB.js";
import "./chunk-6YVPLQAN.js";
import "./chunk-56KD5MON.js";
import "./chunk-JMK6UP5D.js";
import "./chunk-IY34TOV6.js";
import "./chunk-3SVHRZ5Y.js";
import "./chunk-QINDDRBP.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-CWVIZUTC.js";
import "./chunk-STODWVS3.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-FWXRZIWZ.js";
import "./chunk-VUOFWVZ7.js";
import "./chunk-Z6WQK6RA.js";
import "./chunk-EVE2IKAV.js";
import {
  readPullRequestContext,
  runPullRequestAction
} from "./chunk-P6Q524IW.js";
import "./chunk-6ZCFDVAX.js";
import "./chunk-Z2SIB5EQ.js";
import "./chunk-XRHLV2TT.js";
import {
  dirname
} from "./chunk-IB2T7PNP.js";
import {
  notice,
  setOutput,
  setSecret
} from "./chunk-74Q4WRCN.js";
import "./chunk-DZ7WR4OL.js";
import {
  describeShard
} from "./chunk-QSZ4LTE2.js";
import "./chunk-TQGFGFG3.js";
import "./chunk-JK77RRRX.js";
import {
  createGitHubClient
} from "./chunk-DLANUFUE.js";
import {
  cancelOnSignals
} from "./chunk-47ZDJA4P.js";
import "./chunk-5UUU4TCK.js";
import "./chunk-ZZ5I4CYG.js";
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
      const result = await runMerge(
        inputs.parts ?? [DEFAULT_PARTS_FOLDER],
        { outDir: inputs.reportDir, repoRoot, runUrl: ctx.runUrl, fullReportUrl: ctx.runUrl },
        log
      );
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
