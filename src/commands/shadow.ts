// `shadow`: resolve both sides → validate the dataset → paired replay → metrics → judge → reports.
// Shared by the CLI, the action and the demo; everything it needs arrives as options.
// Three steps, so a run can be spread over shards: evaluateShard (replay one shard → its partial result),
// mergePartials (src/shadow/merge.ts), finishShadow (finish the metrics, judge once, write the reports).
// runShadow is the one-shard case of the same path.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join, isAbsolute, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';
import { resolveSide } from '../manifest/resolve.ts';
import { buildRequest } from '../surfaces/request.ts';
import { diffSurfaces } from '../surfaces/diff.ts';
import { readDataset, validateDataset, type DatasetSummary, type Sampling } from '../replay/dataset.ts';
import { endpointFromSurface, resolveHeaders, type EndpointLocations } from '../replay/endpoint.ts';
import { checkDestinations, describePlan, endpointChanges, parseAllowedEndpoints, planEgress, splitList, type EgressPlan } from '../replay/egress.ts';
import { redactDeep, redactError, redactingLog, redactor, type Redact } from '../replay/secrets.ts';
import type { CallTarget } from '../replay/call.ts';
import { replay } from '../replay/engine.ts';
import { createEmbedder, type Embedder } from '../replay/adapters/embeddings.ts';
import { MetricSet, type ShadowMetric } from '../metrics/index.ts';
import { describeDivergence, describeFailures, judge } from '../judge/judge.ts';
import type { ReportPaths } from '../report/write.ts';
import type { Judgement, MetricContext, ReplayRecord, ReplayStats, ResolvedSide, ShadowReport, ShadowSettings, WorstExample } from '../types.ts';
import type { LlmContext } from '../metrics/llm/context.ts';
import { WorstExamples } from '../metrics/worst-examples.ts';
import { checkLockOf } from '../versioning/lockfile.ts';
import { ReplayedCalls } from '../versioning/replayed-calls.ts';
import { addedPinText, addReplayEvidence, applyReview, loweringText, reviewVersions, withIds } from '../versioning/review.ts';
import { buildLlmContext, judgeSample, withLlmGates } from './llm.ts';
import { JudgeAdmission, type JudgeCutoff, type PairJudge } from '../replay/adapters/judge-model.ts';
import { SegmentCount, SplitMetrics } from '../judge/splits.ts';
import { mergePartials, WORST_EXAMPLES, type MergedResult } from '../shadow/merge.ts';
import type { PartialResult } from '../shadow/partial.ts';
import { describeShard, shardFilter, WHOLE, type Shard } from '../shadow/shard.ts';

export interface ShadowOptions {
  /** Candidate manifest, relative to repoRoot. */
  manifestPath: string;
  /** Git ref of the baseline (the PR's base). */
  baseRef?: string | undefined;
  /** Or a second manifest in the working tree as the baseline. */
  baselineManifestPath?: string | undefined;
  /** Candidate at a git ref instead of the working tree. */
  headRef?: string | undefined;
  baselineEndpoint?: string | undefined;
  candidateEndpoint?: string | undefined;
  noiseFloor?: boolean | undefined;
  sampleRate?: number | undefined;
  /** Cap on replayed records (overrides shadow.sample.max), e.g. for smoke passes. */
  sampleMax?: number | undefined;
  concurrency?: number | undefined;
  outDir: string;
  repoRoot: string;
  runUrl?: string | undefined;
  /** Link for the truncation note of the Markdown report (e.g. the run's artifacts). */
  fullReportUrl?: string | undefined;
  /** Cancels the run (SIGINT/SIGTERM): stop sending, then write partial reports over what completed. */
  signal?: AbortSignal | undefined;
  /** Abandons the requests still in flight after `signal` (a second signal). */
  abandonSignal?: AbortSignal | undefined;
  env?: Record<string, string | undefined>;
  /** Sides already resolving (see startResolving), e.g. by the action's relevance check, instead of resolving them again. */
  sides?: ShadowSides | undefined;
  /**
   * Destinations the workflow allows besides the base manifest's endpoints (origins, hosts, `*.domain`);
   * SHADOWGATE_ALLOWED_ENDPOINTS adds more.
   */
  allowedEndpoints?: readonly string[] | undefined;
  /** Called with each credential value before it is used, e.g. to mask it in the runner's log. */
  onSecret?: ((value: string) => void) | undefined;
  /** The part of the dataset to replay (evaluateShard); default the whole dataset. */
  shard?: Shard | undefined;
}

/**
 * What an evaluation keeps beside its partial result for finishing in the same process: the judge-model
 * and moderation clients (the judge's preference metrics and verdicts read them), the per-bucket splits,
 * the metrics as run and the redaction of the run's credentials.
 */
export interface LiveEvaluation {
  ctx: MetricContext;
  metrics: ShadowMetric[];
  llm?: LlmContext;
  splits?: SplitMetrics;
  redact?: Redact;
  /** Closes the judge-model and moderation connections (after the metrics are finished). */
  close(): void;
}

/** One shard's partial result, and the sides it was evaluated with. */
export interface ShardEvaluation {
  partial: PartialResult;
  candidate: ResolvedSide;
  baseline: ResolvedSide;
  live: LiveEvaluation;
}

/** Both sides, resolved or resolving; a rejection is the side's error, reported by runShadow. */
export interface ShadowSides {
  baseline: ResolvedSide | Promise<ResolvedSide>;
  candidate: ResolvedSide | Promise<ResolvedSide>;
}

export interface ShadowResult {
  report: ShadowReport;
  paths: ReportPaths;
  /** One line for logs: service, verdict, pairs, reason. */
  summaryLine: string;
  candidate: ResolvedSide;
  baseline: ResolvedSide;
}

function toolPolicy(side: ResolvedSide): NonNullable<MetricContext['candidateToolPolicy']> {
  const tools = side.manifest.tools;
  return { ...(tools?.choice !== undefined ? { choice: tools.choice } : {}), ...(tools?.parallel !== undefined ? { parallel: tools.parallel } : {}) };
}

/** Starts resolving both sides as runShadow would with these options. */
export function startResolving(options: ShadowOptions): { baseline: Promise<ResolvedSide>; candidate: Promise<ResolvedSide> } {
  return { candidate: resolveCandidate(options), baseline: resolveBaseline(options) };
}

function resolveCandidate(options: ShadowOptions): Promise<ResolvedSide> {
  return resolveSide({
    label: 'candidate',
    ref: options.headRef ?? 'worktree',
    manifestPath: options.manifestPath,
    repoRoot: options.repoRoot,
    overrides: options.candidateEndpoint ? { endpoint: options.candidateEndpoint } : {},
    env: options.env ?? process.env,
  });
}

async function resolveBaseline(options: ShadowOptions): Promise<ResolvedSide> {
  const env = options.env ?? process.env;
  if (options.baselineManifestPath) {
    return resolveSide({
      label: 'baseline',
      ref: 'worktree',
      manifestPath: options.baselineManifestPath,
      repoRoot: options.repoRoot,
      overrides: options.baselineEndpoint ? { endpoint: options.baselineEndpoint } : {},
      env,
    });
  }
  if (options.baseRef) {
    return resolveSide({
      label: 'baseline',
      ref: options.baseRef,
      manifestPath: options.manifestPath,
      repoRoot: options.repoRoot,
      overrides: options.baselineEndpoint ? { endpoint: options.baselineEndpoint } : {},
      env,
    });
  }
  throw new UserError(
    'no baseline: give the base ref whose manifest is the baseline, or a baseline manifest file',
    undefined,
    'use --base-ref origin/main (CLI) or run on pull_request (action), or --baseline-manifest PATH',
  );
}

/**
 * Both sides are read at once (they are independent), but errors keep the order of a sequential
 * run: the candidate's problem is reported before the baseline's.
 */
async function settleInOrder(candidate: Promise<ResolvedSide>, baseline: Promise<ResolvedSide>): Promise<{ baseline: ResolvedSide; candidate: ResolvedSide }> {
  const [c, b] = await Promise.allSettled([candidate, baseline]);
  if (c.status === 'rejected') throw c.reason;
  if (b.status === 'rejected') throw b.reason;
  return { candidate: c.value, baseline: b.value };
}

function checkSameKind({ baseline, candidate }: { baseline: ResolvedSide; candidate: ResolvedSide }): { baseline: ResolvedSide; candidate: ResolvedSide } {
  if (baseline.manifest.output.kind !== candidate.manifest.output.kind) {
    throw new UserError(
      `output.kind differs between baseline (${baseline.manifest.output.kind}) and candidate (${candidate.manifest.output.kind}): answers of different kinds cannot be compared pair by pair`,
      { file: candidate.manifestPath },
    );
  }
  return { baseline, candidate };
}

/** Where a section of the side's manifest (`model`, `shadow.embeddings`) sets its URL and credential. */
function locationsIn(side: ResolvedSide, section: string[]): EndpointLocations {
  const at = (field: string[]) => side.locate?.([...section, ...field]) ?? { file: side.manifestPath };
  return { url: at(['endpoint']), auth: at(['auth', 'env']) };
}

/** One side's model endpoint with its headers: throws when its URL is unusable or its credential unset. */
function modelTarget(side: ResolvedSide, shadow: ShadowSettings, env: Record<string, string | undefined>, plan: EgressPlan): CallTarget {
  const endpoint = endpointFromSurface(side.label, side.manifest.model, shadow, locationsIn(side, ['model']));
  const checkAddress = plan.destinations.find((d) => d.label === side.label)?.checkAddress;
  return { endpoint: { ...endpoint, ...(checkAddress ? { checkAddress } : {}) }, headers: resolveHeaders(endpoint, env) };
}

/**
 * Where the run may send, checked before anything is sent (see src/replay/egress.ts), and printed:
 * a reviewer dispatching a fork's pull request sees the endpoints and credential names in the log.
 * The credentials' values are handed to `onSecret` and to the redactor.
 */
async function checkEgress(
  sides: { baseline: ResolvedSide; candidate: ResolvedSide },
  options: ShadowOptions,
  log: Log,
  secrets: Set<string>,
): Promise<EgressPlan> {
  const env = options.env ?? process.env;
  const allowed = parseAllowedEndpoints([...(options.allowedEndpoints ?? []), ...splitList(env.SHADOWGATE_ALLOWED_ENDPOINTS)]);
  const plan = planEgress({ ...sides, allowed });
  for (const d of plan.destinations) {
    const value = d.credential ? env[d.credential] : undefined;
    if (value) {
      secrets.add(value);
      options.onSecret?.(value);
    }
  }
  log.info(`${sides.candidate.manifest.service}: requests will go to:\n${describePlan(plan).join('\n')}`);
  await checkDestinations(plan);
  return plan;
}

/**
 * Validates the candidate's dataset (the PR's shadow settings govern) under the run's sampling. The same
 * pass decides what depends on every sampled record of the run, shard or not: the pairs the judge model
 * judges (their sample draws) and the split's segments (refused past `maxSegments`).
 */
async function checkDataset(
  candidate: ResolvedSide,
  options: ShadowOptions,
  select: ((sampledIndex: number) => boolean) | undefined,
): Promise<{ datasetPath: string; sampling: Sampling; summary: DatasetSummary; judgeCutoff?: JudgeCutoff }> {
  const shadow = candidate.manifest.shadow;
  const datasetPath = isAbsolute(shadow.dataset) ? shadow.dataset : join(options.repoRoot, shadow.dataset);
  const sampling: Sampling = {
    rate: options.sampleRate ?? shadow.sample?.rate ?? 1,
    ...(shadow.sample?.seed !== undefined ? { seed: shadow.sample.seed } : {}),
    ...((options.sampleMax ?? shadow.sample?.max) !== undefined ? { max: options.sampleMax ?? shadow.sample?.max } : {}),
  };
  const judgeSettings = shadow.llm?.judge;
  const admission = judgeSettings ? new JudgeAdmission(judgeSample(judgeSettings)) : undefined;
  const segments = shadow.llm?.split ? new SegmentCount(shadow.llm.split) : undefined;
  const onSampled =
    admission || segments
      ? (record: ReplayRecord) => {
          admission?.offer(record.id);
          segments?.offer(record, datasetPath);
        }
      : undefined;
  const summary = await validateDataset(datasetPath, sampling, select, onSampled).catch((e: unknown) => {
    // Errors name the dataset as the manifest does (repo-relative), so annotations land on the file.
    if (e instanceof UserError && e.location?.file === datasetPath) throw new UserError(e.message, { ...e.location, file: shadow.dataset }, e.hint);
    throw e;
  });
  return { datasetPath, sampling, summary, ...(admission ? { judgeCutoff: admission.cutoff() } : {}) };
}

/** Wall time of each phase, logged with --verbose: where a run's time goes besides the replay. */
function phaseTimer(log: Log): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    const m = process.memoryUsage();
    log.debug(
      `timing: ${phase} ${Math.round(now - last)} ms (rss ${Math.round(m.rss / 1048576)} MB heap ${Math.round(m.heapTotal / 1048576)}/${Math.round(m.heapUsed / 1048576)} ext ${Math.round(m.external / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)})`,
    );
    last = now;
  };
}

/**
 * Bounds the heap of a long replay. It keeps thousands of short-lived objects in flight, and with V8's
 * defaults each scavenge of a young generation grown to 3 × 16 MB promotes megabytes of them, which
 * the old generation then accumulates up to twice its live size before a full GC: 100,000 pairs
 * peaked near 400 MB RSS. Keeping the young generation at its initial 1 MB (cheap, mostly-dead
 * scavenges) and starting full GCs at 1.2 × the live size holds it flat (~120 MB at 20,000 pairs).
 * Cost, measured: none on a 1,000-pair run, ~+35 % CPU on a zero-latency 20,000-pair run. Both flags
 * are read at each GC, so setting them at run time works (unlike --max-semi-space-size).
 */
function boundHeapForReplay(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
}

/**
 * After the replay, metrics, judge and reports allocate copies of every per-pair array (sorting,
 * ranks): short bursts of large objects that only a full GC frees. Collecting at 1.05 × the live size
 * keeps that burst from setting the run's peak (100,000 pairs: 155 → 146 MB), at no measurable cost.
 */
function boundHeapForAnalysis(): void {
  setFlagsFromString('--heap-growing-percent=5');
}

/** From this many pairs on, the memory the replay leaves behind is worth a GC to give back. */
const LARGE_RUN_PAIRS = 10_000;

/**
 * Gives back the heap pages the replay freed. V8 keeps freed pages resident for reuse and returns
 * them only on a memory-reducing GC, which it starts by itself when the process idles — a replay
 * never does. At 100,000 pairs that was ~30 MB carried into the analysis, whose own allocations then
 * set the run's peak: a "last resort" full GC here took the bench's from 145–152 to ~129 MB for ~30 ms. The
 * gc() V8 exposes with --expose-gc is reached through a fresh context, as the flag only applies to
 * contexts created after it is set.
 */
function releaseFreedHeapPages(log: Log): void {
  try {
    setFlagsFromString('--expose-gc');
    const vm = process.getBuiltinModule('node:vm') as typeof import('node:vm');
    const gc = vm.runInNewContext('gc') as (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
    gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } catch (e) {
    // Only memory is at stake: a Node without this gc() runs on with the pages it keeps.
    log.debug(`freed heap pages not released: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The judge model's verdicts, with its reasons, beside the worst examples it judged. */
function withJudgeVerdicts(examples: WorstExample[], judge: PairJudge | undefined): WorstExample[] {
  if (!judge) return examples;
  return examples.map((example) => {
    const verdicts = judge.verdictsFor(example.recordId);
    if (verdicts.length === 0) return example;
    return {
      ...example,
      judge: verdicts.map((v) => ({ rubric: v.rubric, preferred: v.preferred, reasons: v.votes.map((vote) => vote.reason).filter(Boolean) })),
    };
  });
}

/** The run's credentials as they are found, and a redactor over them (rebuilt only when one is added). */
function secretRedaction(): { secrets: Set<string>; redact: Redact } {
  const secrets = new Set<string>();
  let cached: { size: number; redact: Redact } | undefined;
  const redact: Redact = (text) => {
    if (secrets.size === 0) return text;
    if (cached?.size !== secrets.size) cached = { size: secrets.size, redact: redactor(secrets) };
    return cached.redact(text);
  };
  return { secrets, redact };
}

/**
 * Evaluates one shard (by default the whole dataset): resolves both sides, validates the dataset, replays
 * the shard's records and returns its partial result — everything merging, judging and reporting need.
 * No credential value the run sends appears in its logs, partial result or errors.
 */
export async function evaluateShard(options: ShadowOptions, log: Log): Promise<ShardEvaluation> {
  const { secrets, redact } = secretRedaction();
  try {
    return await evaluate(options, redactingLog(log, redact), secrets, redact);
  } catch (e) {
    throw redactError(e, redact);
  }
}

async function evaluate(options: ShadowOptions, log: Log, secrets: Set<string>, redact: Redact): Promise<ShardEvaluation> {
  boundHeapForReplay();
  const phase = phaseTimer(log);
  log.debug(`timing: shadow started ${Math.round(performance.now())} ms after process start`);
  const shard = options.shard ?? WHOLE;
  const select = shardFilter(shard);
  const candidateSide = Promise.resolve(options.sides?.candidate ?? resolveCandidate(options));
  const baselineSide = Promise.resolve(options.sides?.baseline ?? resolveBaseline(options));
  // Bad dataset lines must stop the run before the first request is sent. The check reads the file
  // while the baseline resolves; its error counts only after the manifests' and credentials' errors.
  const dataset = candidateSide.then((side) => checkDataset(side, options, select));
  dataset.catch(() => {}); // awaited below, unless an earlier error ends the run first
  const { baseline, candidate } = checkSameKind(await settleInOrder(candidateSide, baselineSide));
  // A stale lock stops the run before any request, like `npm ci` with an outdated package lock.
  const lock = await checkLockOf(candidate, options.repoRoot);
  phase('resolve manifests');
  const plan = await checkEgress({ baseline, candidate }, options, log, secrets);
  const manifest = candidate.manifest;
  const shadow = manifest.shadow;
  // The PR's shadow settings govern the evaluation; each side keeps its own model surface. URLs and
  // credentials are checked here, candidate first, so their errors come before the dataset's.
  const env = options.env ?? process.env;
  const candidateTarget = modelTarget(candidate, shadow, env, plan);
  const embeddingsCheck = plan.destinations.find((d) => d.label === 'embeddings')?.checkAddress;
  const embedder: Embedder | undefined = shadow.embeddings
    ? createEmbedder({
        endpoint: shadow.embeddings.endpoint,
        model: shadow.embeddings.model,
        ...(shadow.embeddings.auth ? { auth: shadow.embeddings.auth } : {}),
        env,
        locations: locationsIn(candidate, ['shadow', 'embeddings']),
        ...(embeddingsCheck ? { checkAddress: embeddingsCheck } : {}),
        // Cancelled: the batches still to embed go unscored (counted) rather than hold up the partial report.
        ...(options.signal ? { signal: options.signal } : {}),
      })
    : undefined;
  const baselineTarget = modelTarget(baseline, shadow, env, plan);
  const checkOf = (label: string) => plan.destinations.find((d) => d.label === label)?.checkAddress;
  const llm = await buildLlmContext(baseline, candidate, options.repoRoot, env, { judge: checkOf('judge'), moderation: checkOf('moderation') }, shard.count);
  const close = () => {
    llm?.judge?.close();
    llm?.moderator?.close();
  };
  try {
    const review = reviewVersions(baseline, candidate, lock ? { lock } : {});
    for (const l of review.loweredLevels ?? []) log.warn(`${manifest.service}: ${loweringText(l)}`, candidate.locate?.(l.setting.split('.')));
    if (review.pin.addedPatterns) log.warn(`${manifest.service}: ${addedPinText(review.pin.addedPatterns)}`, candidate.locate?.(['versioning', 'pins']));
    const surfaces = withIds(diffSurfaces(baseline, candidate), review, { base: baseline, head: candidate });
    const changed = surfaces.filter((s) => s.changed).map((s) => s.surface);
    log.info(`${manifest.service}: surfaces changed: ${changed.length ? changed.join(', ') : 'none'}`);

    const { datasetPath, sampling, summary, judgeCutoff } = await dataset;
    const sharded = shard.count > 1;
    log.info(
      `${manifest.service}: dataset ${shadow.dataset}: ${summary.records} records, ${summary.sampled} sampled` +
        (sharded ? `, ${summary.selected} in shard ${describeShard(shard)}` : ''),
    );
    phase('validate dataset');
    // Which dataset the shards read: parts of different datasets must not merge.
    const datasetSha256 = sharded ? fileSha256(datasetPath) : Promise.resolve('');
    datasetSha256.catch(() => {});

    const ctx: MetricContext = {
      output: manifest.output,
      baselineTools: baseline.tools,
      candidateTools: candidate.tools,
      ...(candidate.outputSchema ? { outputSchema: candidate.outputSchema } : {}),
      baselineToolPolicy: toolPolicy(baseline),
      candidateToolPolicy: toolPolicy(candidate),
      ...(embedder ? { embed: (texts: string[]) => embedder.embed(texts) } : {}),
      expectedPairs: summary.selected,
      ...(llm ? { llm } : {}),
    };
    llm?.judge?.plan(summary.sampled, judgeCutoff);
    const metrics = new MetricSet(manifest.output.kind, ctx);
    const splits = shadow.llm?.split ? new SplitMetrics(manifest.output.kind, ctx, shadow.llm.split) : undefined;
    const worst = new WorstExamples(WORST_EXAMPLES, ctx);
    const toolCalls = new ReplayedCalls(baseline.tools, candidate.tools);

    const { records, counts } = readDataset(datasetPath, sampling, select);
    const noiseFloor = options.noiseFloor ?? shadow.noiseFloor ?? false;
    let stats: ReplayStats;
    try {
      stats = await replay({
        records,
        counts,
        baseline: baselineTarget,
        candidate: candidateTarget,
        buildRequest: (side, record) => buildRequest(side === 'baseline' ? baseline : candidate, record),
        concurrency: options.concurrency ?? shadow.concurrency ?? 8,
        ...(shadow.deadlineSeconds ? { deadlineMs: shadow.deadlineSeconds * 1000 } : {}),
        ...(shadow.answerBudgetMiB ? { answerBudgetBytes: shadow.answerBudgetMiB * 1024 * 1024 } : {}),
        noiseFloor,
        onPair: async (pair) => {
          worst.offer(pair);
          const checking = toolCalls.observe(pair); // undefined when no side offers tools: no await per pair
          if (checking) await checking;
          await metrics.observe(pair);
          await splits?.observe(pair);
        },
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.abandonSignal ? { abandonSignal: options.abandonSignal } : {}),
        progress: { log, total: summary.selected },
      });
      // Pending embedding batches are scored while the embedder is still open.
      await metrics.flush();
    } finally {
      embedder?.close();
    }
    phase('replay');
    const states = await metrics.exportStates();
    // Split groups finish their queued pairs too (their judge-model metrics share the run's verdicts).
    const splitParts = sharded && splits ? await splits.exportStates() : undefined;
    const worstExamples = worst.examples();
    const commit = env.GITHUB_SHA?.trim();
    const gates = withLlmGates(shadow.gates, shadow.llm);
    const described: Omit<PartialResult, 'states'> = {
      shard,
      identity: {
        service: manifest.service,
        baselineRef: options.baselineManifestPath ? `file:${options.baselineManifestPath}` : (options.baseRef ?? 'unknown'),
        candidateRef: options.headRef ?? 'worktree',
        ...(commit ? { commit } : {}),
        baselineDigests: baseline.digests,
        candidateDigests: candidate.digests,
        datasetSha256: await datasetSha256,
        sampling: {
          rate: sampling.rate ?? 1,
          ...(sampling.seed !== undefined ? { seed: sampling.seed } : {}),
          ...(sampling.max !== undefined ? { max: sampling.max } : {}),
        },
        noiseFloor,
        output: manifest.output,
        judge: {
          ...(gates ? { gates } : {}),
          outputKind: manifest.output.kind,
          ...(shadow.alpha !== undefined ? { alpha: shadow.alpha } : {}),
          ...(shadow.confidence !== undefined ? { confidence: shadow.confidence } : {}),
          ...(shadow.minSamples !== undefined ? { minSamples: shadow.minSamples } : {}),
        },
        metrics: metrics.metrics.map((m) => m.id),
        ...(shadow.llm ? { llm: shadow.llm } : {}),
      },
      surfaces,
      replay: stats,
      pairs: metrics.pairs,
      worst: worstExamples,
      // The judge model's verdicts a merged report shows: the examples per rubric and those of the worst-example candidates.
      ...(llm?.judge ? { judge: llm.judge.records(worstExamples.map((w) => w.recordId)) } : {}),
      versioning: review,
      toolCalls: toolCalls.results(),
      endpoints: endpointChanges(plan, baseline),
    };
    // Only a shard's part carries the split groups (above): an unsharded run finishes its own (see runShadow).
    // A part leaves the job that wrote it (an artifact): an answer or error that echoes a credential is redacted here.
    const partial: PartialResult = { ...(secrets.size > 0 ? redactDeep(described, redact) : described), states, ...(splitParts ? { splits: splitParts } : {}) };
    return { partial, candidate, baseline, live: { ctx, metrics: metrics.metrics, ...(llm ? { llm } : {}), ...(splits ? { splits } : {}), redact, close } };
  } catch (e) {
    close();
    throw e;
  }
}

/** After a replay of `pairs` pairs: gives back the heap pages it freed (large runs) and tightens GC for what follows. */
export function settleHeapAfterReplay(pairs: number, log: Log): void {
  const phase = phaseTimer(log);
  if (pairs >= LARGE_RUN_PAIRS) {
    releaseFreedHeapPages(log);
    phase('release freed heap pages');
  }
  boundHeapForAnalysis();
}

/** sha256 of a file, streamed. */
async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface FinishOptions {
  outDir: string;
  repoRoot: string;
  runUrl?: string | undefined;
  /** Link for the truncation note of the Markdown report (e.g. the run's artifacts). */
  fullReportUrl?: string | undefined;
}

export interface FinishedShadow {
  report: ShadowReport;
  paths: ReportPaths;
  /** One line for logs: service, verdict, pairs, reason. */
  summaryLine: string;
}

/**
 * Finishes the metrics of merged shards, judges them once and writes the reports. `live` is the
 * evaluation of an unsharded run finishing in its own process (judge model, splits, redaction).
 */
export async function finishShadow(merged: MergedResult, options: FinishOptions, log: Log, live?: LiveEvaluation): Promise<FinishedShadow> {
  const phase = phaseTimer(log);
  const { identity } = merged;
  const stats = merged.replay;
  settleHeapAfterReplay(stats.pairs, log);
  const settings = identity.judge;
  const results = await merged.metrics.finish();
  // An unsharded run finishes its live splits (their judge-model metrics need its judge); a merge, the parts'.
  const splitReports = await (live?.splits ?? merged.splits)?.finish({
    ...(settings.gates ? { gates: settings.gates } : {}),
    ...(settings.alpha !== undefined ? { alpha: settings.alpha } : {}),
    ...(settings.confidence !== undefined ? { confidence: settings.confidence } : {}),
  });
  phase('finish metrics');
  const statistical = judge(results, settings);
  const review = merged.versioning ? addReplayEvidence(structuredClone(merged.versioning), merged.toolCalls) : undefined;
  for (const failure of review?.failures ?? []) log.warn(`${identity.service}: ${failure}`);
  const judgement = review ? applyReview(statistical, review) : statistical;
  phase('judge');
  const redact = live?.redact;
  const report: ShadowReport = {
    schemaVersion: 1,
    service: identity.service,
    generatedAt: new Date().toISOString(),
    baselineRef: identity.baselineRef,
    candidateRef: identity.candidateRef,
    surfaces: merged.surfaces,
    replay: stats,
    judgement,
    worst: withJudgeVerdicts(merged.worst, live?.llm?.judge ?? merged.judge),
    ...(splitReports ? { splits: splitReports } : {}),
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    ...(review ? { versioning: review } : {}),
    ...(merged.endpoints ? { endpoints: merged.endpoints } : {}),
  };
  // An answer or error body that echoes a credential (a server reflecting its headers) is redacted.
  const redacted = redact ? redactDeep(report, redact) : report;
  const outDir = resolve(options.repoRoot, options.outDir);
  // Loaded at the end: the renderers are not needed while requests are in flight.
  const { writeReports } = await import('../report/write.ts');
  const paths = await writeReports(redacted, outDir, options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {});
  phase('write reports');
  const summaryLine = describeRun(identity.service, stats, judgement);
  log.info(summaryLine);
  return { report: redacted, paths, summaryLine };
}

/** The unsharded run: the whole dataset as its one shard, merged and finished in this process. */
export async function runShadow(options: ShadowOptions, log: Log): Promise<ShadowResult> {
  if (options.shard && options.shard.count > 1) {
    throw new UserError(
      `a shard (${describeShard(options.shard)}) is judged only with the others: write its part and merge all parts`,
      undefined,
      'shadowgate shadow --shard I/N, then shadowgate merge PARTS…',
    );
  }
  const { secrets, redact } = secretRedaction();
  const redacting = redactingLog(log, redact);
  try {
    const { partial, candidate, baseline, live } = await evaluate(options, redacting, secrets, redact);
    try {
      // The same merge as a sharded run's, into a set with the run's live context (the judge model's metrics finish with it).
      const metrics = new MetricSet(partial.identity.output.kind, live.ctx, live.metrics);
      const merged = await mergePartials([{ partial, source: `shard ${describeShard(partial.shard)}` }], { metrics });
      const finished = await finishShadow(merged, options, redacting, live);
      return { ...finished, candidate, baseline };
    } finally {
      // Judge-model and moderation calls still in flight finish with the metrics; only then their connections close.
      live.close();
    }
  } catch (e) {
    throw redactError(e, redact);
  }
}

/**
 * The run's one line: `svc: ERROR — 60 pairs, 120 failed requests (baseline: HTTP 401 ×60; candidate: HTTP
 * 401 ×60); ERROR: …`, and how much changed when answers were compared. The verdict's first reason follows.
 */
export function describeRun(service: string, stats: Pick<ReplayStats, 'pairs' | 'failed' | 'interrupted'>, judgement: Judgement): string {
  const failed = Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
  const classes = describeFailures(judgement.failures);
  const changed = describeDivergence(judgement.divergence);
  return (
    `${service}: ${judgement.verdict.toUpperCase()}${stats.interrupted ? ` (partial: ${stats.interrupted.reason})` : ''} — ${stats.pairs} pairs, ${failed} failed requests` +
    (failed > 0 && classes ? ` (${classes})` : '') +
    (changed ? `; ${changed}` : '') +
    (judgement.reasons[0] ? `; ${judgement.reasons[0]}` : '')
  );
}
