// canary advance | abort | status: the ladder commands, shared by the CLI and the action. The candidate's
// model/prompt/tool ids come from the manifest at the working tree, as for promote.
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { loadManifestFile } from '../manifest/load.ts';
import { resolveSide } from '../manifest/resolve.ts';
import { EXIT } from '../core/exit.ts';
import { releaseIds } from '../versioning/release-ids.ts';

export const CANARY_STEPS = ['advance', 'abort', 'status'] as const;
export type CanaryStep = (typeof CANARY_STEPS)[number];

export interface CanaryInput {
  manifestPath: string;
  repoRoot: string;
  runId?: string | undefined;
  runUrl?: string | undefined;
  /** advance: the weight the caller expects the next rung to have; anything else is refused. */
  expectWeight?: number | undefined;
  /** advance: recorded requests sent to both slots by the active probe (default 50). */
  probeSample?: number | undefined;
  /** abort: why, recorded on the route. */
  reason?: string | undefined;
  outDir?: string | undefined;
}

export interface CanaryOutcome {
  exitCode: number;
  result: unknown;
  verdict: string;
  weight?: number | undefined;
  liveSlot?: string | undefined;
  paths?: { json: string; markdown: string; html: string };
  markdown?: string;
}

export function canaryStep(raw: string | undefined): CanaryStep {
  if (!raw || !(CANARY_STEPS as readonly string[]).includes(raw)) {
    throw new UserError(`canary needs a step: ${CANARY_STEPS.join(', ')}${raw ? ` (got "${raw}")` : ''}`, undefined, 'e.g. shadowgate canary advance');
  }
  return raw as CanaryStep;
}

export async function executeCanary(step: CanaryStep, input: CanaryInput, log: Log): Promise<CanaryOutcome> {
  const manifestFile = isAbsolute(input.manifestPath) ? input.manifestPath : join(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(manifestFile, input.manifestPath);
  if (!loaded.manifest.deploy) {
    throw new UserError(
      'the manifest has no deploy: section, which the canary commands need',
      { file: input.manifestPath, line: 1 },
      'see README: "Canary ladder"',
    );
  }
  const ladder = await import('../delivery/ladder.ts');
  const { defaultRunId, defaultRunUrl } = await import('../delivery/blue-green.ts');
  const common = {
    deploy: loaded.manifest.deploy,
    manifestFile: input.manifestPath,
    locate: (path: readonly (string | number)[]) => loaded.locate(['deploy', ...path]),
    runId: input.runId ?? defaultRunId(),
    ...((input.runUrl ?? defaultRunUrl()) ? { runUrl: (input.runUrl ?? defaultRunUrl())! } : {}),
    log,
  };
  switch (step) {
    case 'status': {
      const result = await ladder.ladderStatus(common);
      if (result.surfaces) {
        const { describeSurfaceChanges } = await import('../versioning/surface-changes.ts');
        log.info(`surfaces (${result.state!.stable} → ${result.state!.candidate}): ${describeSurfaceChanges(result.surfaces)}`);
      }
      return { exitCode: EXIT.ok, result, verdict: result.state?.phase ?? 'none', weight: result.weight, liveSlot: result.live };
    }
    case 'abort': {
      const result = await ladder.abort({ ...common, ...(input.reason ? { reason: input.reason } : {}) });
      return { exitCode: EXIT.ok, result, verdict: result.outcome, weight: result.weight };
    }
    case 'advance': {
      const side = await resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: input.manifestPath, repoRoot: input.repoRoot });
      const ids = releaseIds(side);
      const outDir = input.outDir ?? 'shadowgate-report';
      const sample = input.probeSample ?? 50;
      let warned = false;
      // The active probe: a sample of the recorded dataset sent to both slots' own URLs, judged paired.
      const probe = async (target: { stableUrl: string | undefined; candidateUrl: string | undefined; rung: number }) => {
        if (!target.stableUrl || !target.candidateUrl) {
          const reason = 'probe skipped: set deploy.slots.blue.url and deploy.slots.green.url so both slots can be sent the same requests';
          if (!warned) log.warn(reason);
          warned = true;
          return { verdict: 'pass' as const, reason };
        }
        const { runShadow } = await import('./shadow.ts');
        const shadow = await runShadow(
          {
            manifestPath: input.manifestPath,
            baselineManifestPath: input.manifestPath,
            baselineEndpoint: target.stableUrl,
            candidateEndpoint: target.candidateUrl,
            repoRoot: input.repoRoot,
            outDir: join(outDir, 'canary', `probe-rung-${target.rung + 1}`),
            sampleMax: sample,
          },
          log,
        );
        // A slot that could not answer the probe (the judge's outage verdict) breaches the rung.
        const verdict = shadow.report.judgement.verdict;
        return { verdict: verdict === 'error' ? ('fail' as const) : verdict, reason: `probe: ${shadow.summaryLine}` };
      };
      let result: Awaited<ReturnType<typeof ladder.advance>>;
      try {
        result = await ladder.advance({ ...common, ids, probe, ...(input.expectWeight !== undefined ? { expectWeight: input.expectWeight } : {}) });
      } catch (e) {
        // Outside a deployment window is "run again later", not bad input: its own exit code, as for promote.
        const { isKubeRefusal } = await import('../kube/refusal.ts');
        if (!isKubeRefusal(e) || e.kind !== 'outside-window') throw e;
        log.error(e.format());
        return { exitCode: e.exitCode, result: { outcome: 'outside-window', reason: e.message }, verdict: 'outside-window' };
      }
      const { renderRungHtml, renderRungMarkdown } = await import('../delivery/report.ts');
      const markdown = renderRungMarkdown(loaded.manifest.service, result);
      const dir = join(outDir, 'canary');
      await mkdir(dir, { recursive: true });
      const base = join(dir, result.rung >= 0 ? `rung-${result.rung + 1}` : 'ladder');
      const paths = { json: `${base}.json`, markdown: `${base}.md`, html: `${base}.html` };
      await writeFile(paths.json, `${JSON.stringify(result, null, 2)}\n`);
      await writeFile(paths.markdown, markdown);
      await writeFile(paths.html, renderRungHtml(loaded.manifest.service, result));
      const ok = result.outcome === 'passed' || result.outcome === 'promoted' || result.outcome === 'unchanged';
      return {
        exitCode: ok ? EXIT.ok : EXIT.policy,
        result,
        verdict: result.outcome,
        weight: result.weight,
        liveSlot: result.outcome === 'promoted' ? result.candidate : result.stable,
        paths,
        markdown,
      };
    }
  }
}
