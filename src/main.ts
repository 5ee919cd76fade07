// The action: run() reads every input once (src/action/inputs.ts) and hands over to the command. Kept thin
// on purpose — everything testable lives in src/action, src/commands, src/github and src/kube.
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { readActionInputs, type ActionInputs } from './action/inputs.ts';
import { isUserError } from './errors.ts';
import { actionsLog, runPullRequestAction } from './github/action.ts';
import type { PullRequestContext } from './github/context.ts';
import type { Relevance } from './github/pr-flow.ts';
import type { ShadowOptions, ShadowSides } from './commands/shadow.ts';
import type { Log } from './log.ts';
import { cancelOnSignals } from './commands/cancel.ts';
import type { ResolvedSide } from './types.ts';

/** Each side that loads; one that does not is left out here and reported by the evaluation itself. */
async function loadedSides(resolving: ShadowSides): Promise<Array<ResolvedSide | undefined>> {
  const settled = await Promise.allSettled([resolving.baseline, resolving.candidate]);
  return settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
}

/** Which surfaces the PR's changed paths touch, judged by both sides' manifests. */
async function relevant(paths: string[], resolving: ShadowSides): Promise<Relevance> {
  // A manifest that does not load on one side is itself a change worth evaluating: the evaluation
  // reports the error on the right file and line.
  const sides = await loadedSides(resolving);
  if (sides.every((s) => s === undefined)) return true;
  const { relevantChanges } = await import('./surfaces/changed.ts');
  const verdict = relevantChanges(paths, sides);
  return verdict.relevant ? [...new Set(verdict.touched.flatMap((t) => t.parts))] : [];
}

async function shadow(inputs: ActionInputs, log: Log): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const cancellation = cancelOnSignals(log);
  const optionsFor = (ctx: PullRequestContext): ShadowOptions => ({
    signal: cancellation.stop,
    abandonSignal: cancellation.abandon,
    manifestPath: inputs.manifest,
    baseRef: ctx.baseSha,
    headRef: inputs.headRef,
    baselineEndpoint: inputs.baselineEndpoint,
    candidateEndpoint: inputs.candidateEndpoint,
    allowedEndpoints: inputs.allowedEndpoints,
    onSecret: (value: string) => core.setSecret(value),
    noiseFloor: inputs.noiseFloor || undefined,
    outDir: inputs.reportDir,
    repoRoot,
    runUrl: ctx.runUrl,
    fullReportUrl: ctx.runUrl,
  });
  // The relevance check and the evaluation share one resolution of each side (one read of each manifest).
  // The evaluation's modules (manifest, replay, metrics, reports) load once the pull request's changed files
  // are asked for, not before: the first log line and the first request need none of them.
  const resolved = new WeakMap<PullRequestContext, Promise<ShadowSides>>();
  const sidesFor = (ctx: PullRequestContext): Promise<ShadowSides> => {
    let sides = resolved.get(ctx);
    if (!sides) resolved.set(ctx, (sides = import('./commands/shadow.ts').then(({ startResolving }) => startResolving(optionsFor(ctx)))));
    return sides;
  };
  await runPullRequestAction({
    log,
    inputs,
    relevant: async (paths, ctx) => relevant(paths, await sidesFor(ctx)),
    services: async (ctx) => [...new Set((await loadedSides(await sidesFor(ctx))).flatMap((side) => (side ? [side.manifest.service] : [])))],
    evaluate: async (ctx) => {
      const [{ runShadow }, { renderComment }] = await Promise.all([import('./commands/shadow.ts'), import('./report/comment.ts')]);
      const result = await runShadow({ ...optionsFor(ctx), sides: await sidesFor(ctx) }, log);
      // The same body as the report's .md file.
      const markdown = renderComment(result.report, { fullReportUrl: ctx.runUrl });
      return {
        service: result.report.service,
        markdown,
        verdict: result.report.judgement.verdict,
        jsonPath: result.paths.json,
        reportDir: dirname(result.paths.json),
      };
    },
  });
  // Cancelled: the partial reports and comment are out; exit as the signal asked (130/143).
  const cancelled = cancellation.exitCode();
  if (cancelled !== undefined) process.exitCode = cancelled;
}

/**
 * The action: every input read and checked first, then the command. The one place a failure becomes the step's
 * result: a user error is an annotation on its file and line, anything else an internal error with its stack.
 * @github/local-action calls this directly; the bundle's entry (src/index.ts) calls it on the runner.
 */
const CANARY_STEPS = { 'canary-advance': 'advance', 'canary-abort': 'abort', 'canary-status': 'status' } as const;
const ROLLOUT_STEPS = { 'rollout-rung': 'rung', 'rollout-abort': 'abort', 'rollout-rollback': 'rollback' } as const;

export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs();
    const log = actionsLog();
    if (inputs.command === 'shadow' && inputs.shard) return await (await import('./commands/shards-action.ts')).runShardAction(inputs, inputs.shard, log);
    if (inputs.command === 'shadow') return await shadow(inputs, log);
    if (inputs.command === 'merge') return await (await import('./commands/shards-action.ts')).runMergeAction(inputs, log);
    if (inputs.command === 'check') return await (await import('./commands/check-action.ts')).runCheckAction(inputs, log);
    if (inputs.command === 'canary-advance' || inputs.command === 'canary-abort' || inputs.command === 'canary-status') {
      const { runCanaryAction } = await import('./commands/canary-action.ts');
      return await runCanaryAction(CANARY_STEPS[inputs.command], inputs, log);
    }
    if (inputs.command === 'rollout-rung' || inputs.command === 'rollout-abort' || inputs.command === 'rollout-rollback') {
      const { runRolloutAction } = await import('./commands/rollout-action.ts');
      return await runRolloutAction(ROLLOUT_STEPS[inputs.command], inputs, log);
    }
    const { runKubeAction } = await import('./commands/kube-action.ts');
    await runKubeAction(inputs.command, inputs, log);
  } catch (e) {
    if (isUserError(e)) {
      const where = e.location;
      core.error(
        e.format(),
        where ? { file: where.file, ...(where.line ? { startLine: where.line } : {}), ...(where.column ? { startColumn: where.column } : {}) } : {},
      );
      // Failed without core.setFailed, which would add a second, location-less annotation for the same problem.
      process.exitCode = 1;
    } else {
      core.setFailed(`shadowgate internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}
