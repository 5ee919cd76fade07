// The action's entry: read the `command` input and hand over to the command. Kept thin on purpose —
// everything testable lives in src/commands, src/github and src/kube.
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { isUserError, UserError } from './errors.ts';
import { actionsLog, runPullRequestAction } from './github/action.ts';
import { commentMarker } from './github/sticky-comment.ts';
import type { PullRequestContext } from './github/context.ts';
import type { Relevance } from './github/pr-flow.ts';
import { renderMarkdown, DEFAULT_MAX_CHARS } from './report/markdown.ts';
import { relevantChanges } from './surfaces/changed.ts';
import { runShadow, startResolving, type ShadowOptions, type ShadowSides } from './commands/shadow.ts';
import type { ResolvedSide } from './types.ts';

const COMMANDS = ['shadow', 'promote', 'rollback', 'status', 'lint', 'canary-advance', 'canary-abort', 'canary-status', 'rollout-rung', 'rollout-abort', 'rollout-rollback'] as const;
type Command = (typeof COMMANDS)[number];

function commandInput(): Command {
  const value = (core.getInput('command') || 'shadow').trim().toLowerCase();
  if (!(COMMANDS as readonly string[]).includes(value)) {
    throw new UserError(`input command must be one of ${COMMANDS.join(', ')} (got "${value}")`);
  }
  return value as Command;
}

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

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
  const verdict = relevantChanges(paths, sides);
  return verdict.relevant ? [...new Set(verdict.touched.flatMap((t) => t.parts))] : [];
}

async function shadow(): Promise<void> {
  const log = actionsLog();
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const manifestPath = optional('manifest') ?? 'shadowgate.yaml';
  const reportDir = optional('report-dir') ?? 'shadowgate-report';
  const noiseFloor = core.getBooleanInput('noise-floor', { required: false });
  const optionsFor = (ctx: PullRequestContext): ShadowOptions => ({
    manifestPath,
    baseRef: ctx.baseSha,
    baselineEndpoint: optional('baseline-endpoint') ?? process.env.SHADOWGATE_BASELINE_ENDPOINT,
    candidateEndpoint: optional('candidate-endpoint') ?? process.env.SHADOWGATE_CANDIDATE_ENDPOINT,
    noiseFloor: noiseFloor || undefined,
    outDir: reportDir,
    repoRoot,
    runUrl: ctx.runUrl,
    fullReportUrl: ctx.runUrl,
  });
  // The relevance check and the evaluation share one resolution of each side (one read of each manifest).
  const resolved = new WeakMap<PullRequestContext, ShadowSides>();
  const sidesFor = (ctx: PullRequestContext): ShadowSides => {
    let sides = resolved.get(ctx);
    if (!sides) resolved.set(ctx, (sides = startResolving(optionsFor(ctx))));
    return sides;
  };
  await runPullRequestAction({
    log,
    relevant: (paths, ctx) => relevant(paths, sidesFor(ctx)),
    services: async (ctx) => [...new Set((await loadedSides(sidesFor(ctx))).flatMap((side) => (side ? [side.manifest.service] : [])))],
    evaluate: async (ctx) => {
      const result = await runShadow({ ...optionsFor(ctx), sides: sidesFor(ctx) }, log);
      const markdown = renderMarkdown(result.report, {
        marker: commentMarker(result.report.service),
        maxChars: DEFAULT_MAX_CHARS,
        ...(ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}),
      });
      return {
        service: result.report.service,
        markdown,
        verdict: result.report.judgement.verdict,
        jsonPath: result.paths.json,
        reportDir: dirname(result.paths.json),
      };
    },
  });
}

async function main(): Promise<void> {
  const command = commandInput();
  if (command === 'shadow') return shadow();
  if (command === 'canary-advance' || command === 'canary-abort' || command === 'canary-status') {
    const { runCanaryAction } = await import('./commands/canary-action.ts');
    return runCanaryAction(command === 'canary-advance' ? 'advance' : command === 'canary-abort' ? 'abort' : 'status', actionsLog());
  }
  if (command === 'rollout-rung' || command === 'rollout-abort' || command === 'rollout-rollback') {
    const { runRolloutAction } = await import('./commands/rollout-action.ts');
    return runRolloutAction(command === 'rollout-rung' ? 'rung' : command === 'rollout-abort' ? 'abort' : 'rollback', actionsLog());
  }
  const { runKubeAction } = await import('./commands/kube-action.ts');
  await runKubeAction(command, actionsLog());
}

try {
  await main();
} catch (e) {
  if (isUserError(e)) {
    const where = e.location;
    core.error(e.format(), where ? { file: where.file, ...(where.line ? { startLine: where.line } : {}), ...(where.column ? { startColumn: where.column } : {}) } : {});
    core.setFailed(e.message);
  } else {
    core.setFailed(`shadowgate internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
