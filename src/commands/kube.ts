// promote | rollback | status | lint: the Kubernetes commands, whose smoke pass and watch window run the shadow judge.
// Warm-up sends the manifest's recorded requests to the target slot; the smoke pass and the watch probes run
// the paired judge (live slot = baseline, target slot = candidate) on a sample of the same dataset.
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { repoTopLevel } from '../manifest/git.ts';
import { loadManifestFile } from '../manifest/load.ts';
import { isKubeRefusal, REFUSAL_EXIT_CODES } from '../kube/refusal.ts';
import { resolveSide } from '../manifest/resolve.ts';
import { buildRequest } from '../surfaces/request.ts';
import { readDataset } from '../replay/dataset.ts';
import { endpointFromSurface, resolveHeaders } from '../replay/endpoint.ts';
import { callModel } from '../replay/call.ts';
import { createTransport } from '../replay/transport.ts';
import { checkDestinations, declaredDestination, describePlan, parseAllowedEndpoints, splitList, type Destination } from '../replay/egress.ts';
import { redactor } from '../replay/secrets.ts';
import type { SlotName } from '../delivery/deploy-config.ts';
import type { ReplayRecord, ResolvedSide, SourceLocation } from '../types.ts';
import { EXIT } from '../core/exit.ts';
import { runShadow } from './shadow.ts';
import { releaseIds } from '../versioning/release-ids.ts';

export interface KubeCommandInput {
  manifestPath: string;
  /** Where relative paths (manifest, lint files, --out) are taken from: the CLI's cwd, the action's workspace. */
  repoRoot: string;
  /** The manifest path was given explicitly (lint of files then requires it to exist). */
  manifestGiven?: boolean | undefined;
  runId?: string | undefined;
  /** rollback: undo this run's promotion only (e.g. one that died half-way) and free its lease. */
  promotionRunId?: string | undefined;
  /** rollback: flip back even when the slot returned to is not ready. */
  force?: boolean | undefined;
  /** lint: repository files (paths, folders, globs, `-` for standard input) instead of the live Deployments. */
  lintArgs?: string[] | undefined;
  /** Repo YAML files to lint besides the live Deployments (promote). */
  lintFiles?: string[] | undefined;
  /** promote: link-local or metadata IPs the slot URLs may reach (see README "Security"); SHADOWGATE_ALLOWED_ENDPOINTS adds more. */
  allowedEndpoints?: readonly string[] | undefined;
  /** promote: called with each credential value before it is sent, e.g. to mask it in the runner's log. */
  onSecret?: ((value: string) => void) | undefined;
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

/**
 * Where promote's warm-up, smoke and watch requests go: each slot URL of the deploy section, judged
 * like every other destination (src/replay/egress.ts) before anything is sent. A refused address is
 * one error at the `url` line (exit 2), before the lease is taken.
 */
async function slotDestinations(
  deploy: unknown,
  loaded: { locate: (path: readonly (string | number)[]) => SourceLocation | undefined },
  manifestPath: string,
  side: ResolvedSide,
  allowedEntries: readonly string[],
  log: Log,
): Promise<Partial<Record<SlotName, Destination>>> {
  const { parseDeployConfig } = await import('../delivery/blue-green.ts');
  const config = parseDeployConfig(deploy, manifestPath, (path) => loaded.locate(['deploy', ...path]));
  const allowed = parseAllowedEndpoints([...allowedEntries, ...splitList(process.env.SHADOWGATE_ALLOWED_ENDPOINTS)]);
  const credential = side.manifest.model.auth?.env;
  const destinations: Partial<Record<SlotName, Destination>> = {};
  for (const slot of ['blue', 'green'] as const) {
    const url = config.slots[slot].url;
    if (!url) continue;
    const location = loaded.locate(['deploy', 'slots', slot, 'url']) ?? { file: manifestPath };
    const place = [location.file, location.line].filter((p) => p !== undefined).join(':');
    destinations[slot] = declaredDestination({
      label: slot,
      url,
      ...(credential ? { credential } : {}),
      location,
      by: `deploy.slots.${slot}.url (${place})`,
      allowed,
    });
  }
  const plan = { destinations: Object.values(destinations) };
  if (plan.destinations.length > 0) {
    log.info(`${side.manifest.service}: warm-up, smoke and watch requests will go to:\n${describePlan(plan).join('\n')}`);
    await checkDestinations(plan);
  }
  return destinations;
}

export function warmupSender(side: ResolvedSide, destination: Destination, repoRoot: string) {
  const auth = side.locate?.(['model', 'auth', 'env']);
  const url = destination.url;
  const surface = endpointFromSurface('warm-up', { ...side.manifest.model, endpoint: url }, side.manifest.shadow, {
    ...(destination.location ? { url: destination.location } : {}),
    ...(auth ? { auth } : {}),
  });
  // Every connection is judged after DNS resolution, as the replay's are: a slot name that resolves
  // to a metadata or link-local address later is refused then too.
  const endpoint = { ...surface, checkAddress: destination.checkAddress };
  const headers = resolveHeaders(endpoint);
  // A server that echoes the credential back must not put it into the warm-up's reason.
  const credential = destination.credential ? process.env[destination.credential] : undefined;
  const redact = redactor(credential ? [credential] : []);
  const transport = createTransport({ concurrency: 8 });
  const dataset = side.manifest.shadow.dataset;
  const records = cycle(isAbsolute(dataset) ? dataset : join(repoRoot, dataset));
  return {
    async send(): Promise<number> {
      const next = await records.next();
      if (next.done) throw new UserError('the dataset has no records to warm up with', { file: dataset });
      const result = await callModel(transport, { endpoint, headers }, buildRequest(side, next.value));
      if (!result.ok) throw new Error(redact(`${result.error?.class}: ${result.error?.message}`));
      return result.latencyMs;
    },
  };
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
  try {
    const outcome = await executeKubeCommand(command, input, log);
    process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}\n`);
    return outcome.exitCode;
  } catch (e) {
    // Each kind of refusal has its own exit code; other user errors are bad input (exit 2, by the caller).
    if (!isKubeRefusal(e)) throw e;
    log.error(e.format());
    return e.exitCode;
  }
}

/** The exit code of a promotion outcome: a slot that is not ready is a refusal of its own, not a failed check. */
export function promoteExitCode(outcome: string, stage: string): number {
  if (outcome === 'promoted' || outcome === 'unchanged') return EXIT.ok;
  if (outcome === 'stopped' && stage === 'readiness') return REFUSAL_EXIT_CODES['not-ready'];
  return EXIT.policy;
}

const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The repository a manifest belongs to: the git top folder of the manifest's own folder, wherever the
 * command runs; outside git, the given root when the manifest is in it, else the manifest's folder.
 */
export async function manifestRepository(manifestFile: string, givenRoot: string): Promise<{ root: string; manifest: string }> {
  const file = await realpath(manifestFile).catch(() => manifestFile);
  let root: string;
  try {
    root = await repoTopLevel(dirname(file));
  } catch {
    const given = await realpath(givenRoot).catch(() => givenRoot);
    root = inside(given, file) ? given : dirname(file);
  }
  return { root, manifest: relative(root, file).split(sep).join('/') };
}

async function lintFiles(input: KubeCommandInput, args: string[], log: Log): Promise<KubeCommandOutcome> {
  const blueGreen = await import('../delivery/blue-green.ts');
  const manifestFile = resolve(input.repoRoot, input.manifestPath);
  let deploy: unknown;
  let locate: ((path: readonly (string | number)[]) => SourceLocation | undefined) | undefined;
  if (input.manifestGiven || existsSync(manifestFile)) {
    // The manifest's deploy.lint settings apply when there is one; without a manifest, the defaults.
    const loaded = await loadManifestFile(manifestFile, input.manifestPath);
    deploy = loaded.manifest.deploy;
    locate = (path) => loaded.locate(['deploy', ...path]);
  }
  const sources = await blueGreen.readLintSources(args, { base: input.repoRoot });
  const result = await blueGreen.lint({
    ...(deploy !== undefined ? { deploy } : {}),
    ...(locate ? { locate } : {}),
    manifestFile: input.manifestPath,
    sources,
    live: false,
    log,
  });
  return { exitCode: result.errors > 0 ? EXIT.policy : EXIT.ok, result, verdict: result.errors > 0 ? 'fail' : 'pass' };
}

export async function executeKubeCommand(command: KubeCommand, input: KubeCommandInput, log: Log): Promise<KubeCommandOutcome> {
  // An option the command would ignore is a mistake worth saying: `promote --force` must not look forced.
  if (input.force && command !== 'rollback') throw new UserError(`force applies to rollback only, not to ${command}`);
  if (input.promotionRunId && command !== 'rollback') throw new UserError(`promotion-run-id applies to rollback only, not to ${command}`);
  if (command === 'lint' && input.lintArgs?.length) return lintFiles(input, input.lintArgs, log);
  const manifestFile = resolve(input.repoRoot, input.manifestPath);
  const loaded = await loadManifestFile(manifestFile, input.manifestPath);
  if (!loaded.manifest.deploy) {
    throw new UserError(
      'the manifest has no deploy: section, which promote, rollback, status and lint need',
      { file: input.manifestPath, line: 1 },
      'see README: "Blue-green on Kubernetes"',
    );
  }
  const blueGreen = await import('../delivery/blue-green.ts');
  const common = {
    deploy: loaded.manifest.deploy,
    manifestFile: input.manifestPath,
    locate: (path: readonly (string | number)[]) => loaded.locate(['deploy', ...path]),
    ...(input.runId ? { runId: input.runId } : {}),
    log,
  };

  switch (command) {
    case 'status': {
      const result = await blueGreen.status(common);
      return { exitCode: EXIT.ok, result, verdict: 'status', liveSlot: result.live };
    }
    case 'rollback': {
      const result = await blueGreen.rollback({
        ...common,
        ...(input.promotionRunId ? { promotionRunId: input.promotionRunId } : {}),
        ...(input.force ? { force: true } : {}),
      });
      const live = result.changed ? result.to : (await blueGreen.status(common)).live;
      return { exitCode: EXIT.ok, result, verdict: result.changed ? 'rolled-back' : 'unchanged', liveSlot: live };
    }
    case 'lint': {
      const result = await blueGreen.lint({ ...common, ...(input.lintFiles ? { files: input.lintFiles } : {}) });
      const failed = result.findings.some((f: { severity?: string }) => f.severity === 'error');
      return { exitCode: failed ? EXIT.policy : EXIT.ok, result, verdict: failed ? 'fail' : 'pass' };
    }
    case 'promote': {
      // The manifest's own repository, so promote works from any folder (e.g. --manifest /abs/path/shadowgate.yaml).
      const repo = await manifestRepository(manifestFile, input.repoRoot);
      const outDir = resolve(input.repoRoot, input.outDir ?? 'shadowgate-report');
      const side = await resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: repo.manifest, repoRoot: repo.root });
      const sample = input.smokeSample ?? 200;
      const destinations = await slotDestinations(loaded.manifest.deploy, loaded, input.manifestPath, side, input.allowedEndpoints ?? [], log);
      // Once per value: the smoke pass and every watch probe report the same credential again.
      const masked = new Set<string>();
      const onSecret =
        input.onSecret &&
        ((value: string) => {
          if (!masked.has(value)) input.onSecret?.(value);
          masked.add(value);
        });
      const credential = side.manifest.model.auth?.env ? process.env[side.manifest.model.auth.env] : undefined;
      if (credential && Object.keys(destinations).length > 0) onSecret?.(credential);
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
            manifestPath: repo.manifest,
            baselineManifestPath: repo.manifest,
            baselineEndpoint: baselineUrl,
            candidateEndpoint: candidateUrl,
            repoRoot: repo.root,
            outDir: join(outDir, label),
            sampleMax: max,
            ...(input.allowedEndpoints ? { allowedEndpoints: input.allowedEndpoints } : {}),
            ...(onSecret ? { onSecret } : {}),
          },
          log,
        );
        const verdict = result.report.judgement.verdict;
        // An outage (`error`: too few pairs had both answers) vouches for nothing: it stops the flip too.
        return { pass: verdict !== 'fail' && verdict !== 'error', reason: `${label}: ${result.summaryLine}` };
      };
      const result = await blueGreen.promote({
        ...common,
        ids: releaseIds(side),
        warmupTarget: (ctx) => {
          const destination = destinations[ctx.target];
          return destination ? warmupSender(side, destination, repo.root) : undefined;
        },
        smoke: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, 'smoke', sample),
        // After the flip the target is live; probe it against the slot it replaced, on a small sample.
        probe: (ctx) => judgeSlots(ctx.liveUrl, ctx.targetUrl, 'watch', Math.max(20, Math.round(sample / 4))),
        ...(input.lintFiles ? { lintFiles: input.lintFiles } : {}),
      });
      const onTarget = result.outcome === 'promoted' || result.outcome === 'unchanged' || result.outcome === 'breached';
      return { exitCode: promoteExitCode(result.outcome, result.stage), result, verdict: result.outcome, liveSlot: onTarget ? result.to : result.from };
    }
  }
}
