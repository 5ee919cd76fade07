// Builds the LLM metrics' run-time context from the candidate's `shadow.llm` section (the PR's settings
// govern the evaluation, as for the rest of `shadow`): compiled checks, each side's price, and the
// judge-model and moderation clients, whose endpoints are reached through the replay's transport like the models'.

import { isAbsolute, join } from 'node:path';
import type { GateSpec, ResolvedSide } from '../types.ts';
import type { JudgeModelSettings, LlmSettings } from '../manifest/llm-settings.ts';
import type { LlmContext } from '../metrics/llm/context.ts';
import { compileLlmSettings, priceOf } from '../metrics/llm/compile.ts';
import { createPairJudge } from '../replay/adapters/judge-model.ts';
import { createModerator } from '../replay/adapters/moderation.ts';
import type { AddressCheck } from '../replay/transport.ts';

/** Address checks of the judge model and moderation endpoints, from the run's egress plan. */
export interface LlmAddressChecks {
  judge?: AddressCheck | undefined;
  moderation?: AddressCheck | undefined;
}

export const DEFAULT_JUDGE_CACHE_DIR = '.shadowgate/judge-cache';
export const DEFAULT_JUDGE_MAX_PAIRS = 200;

/** The judge model's sample as the run applies it (`max` defaults to DEFAULT_JUDGE_MAX_PAIRS). */
export function judgeSample(judge: JudgeModelSettings): { rate?: number; max?: number; seed?: string } {
  return { max: DEFAULT_JUDGE_MAX_PAIRS, ...judge.sample };
}

/**
 * `shards`: how many shards the run is split into. Each judges its own pairs and spends its share of
 * `maxCostUsd` (the pairs themselves are fixed for the whole run, see JudgeAdmission).
 */
export async function buildLlmContext(
  baseline: ResolvedSide,
  candidate: ResolvedSide,
  repoRoot: string,
  env: Record<string, string | undefined>,
  checks: LlmAddressChecks = {},
  shards = 1,
): Promise<LlmContext | undefined> {
  const settings = candidate.manifest.shadow.llm;
  if (!settings) return undefined;
  const locate = (path: Array<string | number>) => candidate.locate?.(path) ?? { file: candidate.manifestPath };
  const compiled = await compileLlmSettings(settings, locate, repoRoot);
  const ctx: LlmContext = { ...compiled };
  if (settings.prices) {
    ctx.prices = {
      candidate: priceOf(settings, candidate.manifest.model.id, 'candidate', locate),
      baseline: priceOf(settings, baseline.manifest.model.id, 'baseline', locate),
    };
  }
  const judge = settings.judge;
  if (judge) {
    const price = judge.maxCostUsd !== undefined || settings.prices?.[judge.model] ? priceOf(settings, judge.model, 'judge', locate) : undefined;
    const cacheDir = judge.cacheDir ?? DEFAULT_JUDGE_CACHE_DIR;
    ctx.judge = createPairJudge({
      endpoint: judge.endpoint,
      model: judge.model,
      ...(judge.auth ? { auth: judge.auth } : {}),
      rubrics: judge.rubrics,
      ...(judge.order ? { order: judge.order } : {}),
      sample: judgeSample(judge),
      ...(judge.concurrency !== undefined ? { concurrency: judge.concurrency } : {}),
      ...(judge.maxCostUsd !== undefined ? { maxCostUsd: judge.maxCostUsd / shards } : {}),
      ...(price ? { price } : {}),
      ...(judge.timeoutMs !== undefined ? { timeoutMs: judge.timeoutMs } : {}),
      cacheDir: isAbsolute(cacheDir) ? cacheDir : join(repoRoot, cacheDir),
      env,
      locations: { url: locate(['shadow', 'llm', 'judge', 'endpoint']), auth: locate(['shadow', 'llm', 'judge', 'auth', 'env']) },
      ...(checks.judge ? { checkAddress: checks.judge } : {}),
    });
  }
  const moderation = settings.moderation;
  if (moderation) {
    ctx.moderator = createModerator({
      endpoint: moderation.endpoint,
      ...(moderation.model !== undefined ? { model: moderation.model } : {}),
      ...(moderation.auth ? { auth: moderation.auth } : {}),
      ...(moderation.concurrency !== undefined ? { concurrency: moderation.concurrency } : {}),
      ...(moderation.timeoutMs !== undefined ? { timeoutMs: moderation.timeoutMs } : {}),
      env,
      locations: { url: locate(['shadow', 'llm', 'moderation', 'endpoint']), auth: locate(['shadow', 'llm', 'moderation', 'auth', 'env']) },
      ...(checks.moderation ? { checkAddress: checks.moderation } : {}),
    });
  }
  return ctx;
}

/**
 * Default gates of the metrics `shadow.llm` turns on, so configuring a check gates it without restating
 * it under `shadow.gates`: task checks and moderation flags are critical (downstream code or policy
 * breaks), refusals, judge preferences and cost warn. A manifest gate for the same metric overrides the
 * default field by field (`muted: true` drops it); tolerance and threshold come from the judge's
 * defaults for the metric's test (see src/judge/gates.ts).
 */
export function withLlmGates(gates: readonly GateSpec[] | undefined, settings: LlmSettings | undefined): GateSpec[] | undefined {
  if (!settings) return gates ? [...gates] : undefined;
  const defaults: GateSpec[] = [];
  if (settings.refusals?.enabled !== false) defaults.push({ metric: 'llm.refusal_rate', direction: 'increase', critical: false });
  if (settings.tasks?.length) defaults.push({ metric: 'task.success', direction: 'decrease', critical: true });
  if (settings.moderation) defaults.push({ metric: 'llm.moderation_flag_rate', direction: 'increase', critical: true });
  if (settings.prices) defaults.push({ metric: 'cost.per_1k_requests', direction: 'increase', critical: false });
  for (const rubric of settings.judge?.rubrics ?? [])
    defaults.push({ metric: `judge.${rubric.id}`, direction: rubric.badDirection ?? 'increase', critical: false });
  const given = new Map((gates ?? []).map((g) => [g.metric, g]));
  const merged = defaults.map((d) => {
    const override = given.get(d.metric);
    return override ? { ...d, ...Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined)) } : d;
  });
  const covered = new Set(defaults.map((d) => d.metric));
  return [...(gates ?? []).filter((g) => !covered.has(g.metric)), ...merged];
}
