// promote | rollback | status | lint: the Kubernetes commands with their checks wired to the shadow core.
// Warm-up sends the manifest's recorded requests to the target slot; the smoke pass and the watch probes run
// the paired judge (live slot = baseline, target slot = candidate) on a sample of the same dataset.
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { loadManifestFile } from '../manifest/load.ts';
import { resolveSide } from '../manifest/resolve.ts';
import { buildRequest } from '../surfaces/request.ts';
import { readDataset } from '../replay/dataset.ts';
import { endpointFromSurface, resolveHeaders } from '../replay/endpoint.ts';
import { callModel } from '../replay/call.ts';
import { createTransport } from '../replay/transport.ts';
import type { ReplayRecord, ResolvedSide } from '../types.ts';
import { EXIT } from './exit.ts';
import { runShadow } from './shadow.ts';

export interface KubeCommandInput {
  manifestPath: string;
  repoRoot: string;
  runId?: string | undefined;
  /** rollback: undo this run's promotion (e.g. one that died half-way) and free its lease. */
  promotionRunId?: string | undefined;
  /** Repo YAML files to lint besides the live Deployments. */
  lintFiles?: string[] | undefined;
  /** Records replayed by the smoke pass and by each watch probe. */
  smokeSample?: number | undefined;
  outDir?: string | undefined;
}

export type KubeCommand = 'promote' | 'rollback' | 'status' | 'lint';

/** Cycles through the dataset forever (warm-up needs as many requests as it takes to settle). */
async function* cycle(file: string): AsyncGenerator<ReplayRecord> {
  for (;;) {
    let any = false;
    for await (const record of readDataset(file).records) {
      any = true;
      yield record;
    }
    if (!any) return;
  }
}

function warmupSender(side: ResolvedSide, url: string, repoRoot: string) {
  const auth = side.locate?.(['model', 'auth', 'env']);
  const endpoint = endpointFromSurface('warm-up', { ...side.manifest.model, endpoint: url }, side.manifest.shadow, auth ? { auth } : undefined);
  const headers = resolveHeaders(endpoint);
  const transport = createTransport({ concurrency: 8 });
  const dataset = side.manifest.shadow.dataset;
  const records = cycle(isAbsolute(dataset) ? dataset : join(repoRoot, dataset));
  return {
    async send(): Promise<number> {
      const next = await records.next();
      if (next.done) throw new UserError('the dataset has no records to warm up with', { file: dataset });
      const result = await callModel(transport, { endpoint, headers }, buildRequest(side, next.value));
      if (!result.ok) throw new Error(`${result.error?.class}: ${result.error?.message}`);
      return result.latencyMs;
    },
  };
}

function releaseIds(side: ResolvedSide) {
  return { model: `${side.manifest.model.id}${side.manifest.model.version ? `@${side.manifest.model.version}` : ''}`, prompt: side.digests.prompt, tools: side.digests.tools };
}

export interface KubeCommandOutcome {
  exitCode: number;
  /** The command's full result, printed as JSON by the CLI. */
  result: unknown;
  /** One line for logs and the action's `verdict` output. */
  verdict: string;
  liveSlot?: string | undefined;
}

export async function runKubeCommand(command: KubeCommand, input: KubeCommandInput, log: Log): Promise<number> {
  const outcome = await executeKubeCommand(command, input, log);
  process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}\n`);
  return outcome.exitCode;
}

export async function executeKubeCommand(command: KubeCommand, input: KubeCommandInput, log: Log): Promise<KubeCommandOutcome> {
  const manifestFile = isAbsolute(input.manifestPath) ? input.manifestPath : join(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(manifestFile, input.manifestPath);
  if (!loaded.manifest.deploy) {
    throw new UserError('the manifest has no deploy: section, which promote, rollback, status and lint need', { file: input.manifestPath, line: 1 }, 'see README: "Blue-green on Kubernetes"');
  }
  const kube = await import('../kube/commands.ts');
  const common = {
    deploy: loaded.manifest.deploy,
    manifestFile: input.manifestPath,
    locate: (path: readonly (string | number)[]) => loaded.locate(['deploy', ...path]),
    ...(input.runId ? { runId: input.runId } : {}),
    log,
  };

  switch (command) {
    case 'status': {
      const result = await kube.status(common);
      return { exitCode: EXIT.ok, result, verdict: 'status', liveSlot: result.live };
    }
    case 'rollback': {
      const result = await kube.rollback({ ...common, ...(input.promotionRunId ? { promotionRunId: input.promotionRunId } : {}) });
      const live = result.changed ? result.to : (await kube.status(common)).live;
      return { exitCode: EXIT.ok, result, verdict: result.changed ? 'rolled-back' : 'unchanged', liveSlot: live };
    }
    case 'lint': {
      const result = await kube.lint({ ...common, ...(input.lintFiles ? { files: input.lintFiles } : {}) });
      const failed = result.findings.some((f: { severity?: string }) => f.severity === 'error');
      return { exitCode: failed ? EXIT.policy : EXIT.ok, result, verdict: failed ? 'fail' : 'pass' };
    }
    case 'promote': {
      const side = await resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: input.manifestPath, repoRoot: input.repoRoot });
      const sample = input.smokeSample ?? 200;
      // The judge compares the slot taking traffic (candidate) with the slot giving it up (baseline).
      const warned = new Set<string>();
      const judgeSlots = async (baselineUrl: string | undefined, candidateUrl: string | undefined, label: string, max: number) => {
        if (!baselineUrl || !candidateUrl) {
          // Not a failure (the slots may be unreachable from the runner), but the user must see nothing was checked.
          const reason = `${label} pass skipped: set deploy.slots.blue.url and deploy.slots.green.url so the slots can be compared`;
          if (!warned.has(label)) log.warn(reason); // once, not once per watch probe
          warned.add(label);
          return { pass: true, reason };
        }
        const result = await runShadow(
          {
            manifestPath: input.manifestPath,
            baselineManifestPath: input.manifestPath,
            baselineEndpoint: baselineUrl,
            candidateEndpoint: candidateUrl,
            repoRoot: input.repoRoot,
            outDir: join(input.outDir ?? 'shadowgate-report', label),
            sampleMax: max,
          },
          log,
        );
        const verdict = result.report.judgement.verdict;
        // An outage (`error`: too few pairs had both answers) vouches for nothing: it stops the flip too.
        return { pass: verdict !== 'fail' && verdict !== 'error', reason: `${label}: ${result.summaryLine}` };
      };
      const result = await kube.promote({
        ...common,
        ids: releaseIds(side),
        warmupTarget: (ctx) => (ctx.targetUrl ? warmupSender(side, ctx.targetUrl, input.repoRoot) : undefined),
        smoke: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, 'smoke', sample),
        // After the flip the target is live; probe it against the slot it replaced, on a small sample.
        probe: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, 'watch', Math.max(20, Math.round(sample / 4))),
        ...(input.lintFiles ? { lintFiles: input.lintFiles } : {}),
      });
      const ok = result.outcome === 'promoted' || result.outcome === 'unchanged';
      const live = result.outcome === 'promoted' || result.outcome === 'unchanged' ? result.to : result.from;
      return { exitCode: ok ? EXIT.ok : EXIT.policy, result, verdict: result.outcome, liveSlot: live };
    }
  }
}
