// The manifest's `shadow.llm` section: refusal detection, task checks, prices, splits, and the pairwise
// judge model. Shapes only; manifest.schema.json validates them and resolve.ts checks what a schema cannot.

import type { AuthConfig } from '../types.ts';

export interface RefusalSettings {
  /** Case-insensitive regular expressions; an answer matching any of them is a refusal. Replace the defaults. */
  patterns?: string[];
  /** Off to leave the metric out. */
  enabled?: boolean;
}

/** One JSON Pointer assertion on a JSON answer. */
export interface PointerAssertion {
  pointer: string;
  /** Deep-equal to this value. */
  equals?: unknown;
  /** The pointer resolves (true) or does not (false). */
  exists?: boolean;
  /** The value is a string matching this regular expression. */
  matches?: string;
  /** The value has this JSON type: string, number, integer, boolean, object, array, null. */
  type?: string;
}

export interface TaskCheck {
  /** Names the check in reasons and the report. */
  id: string;
  /** JSON Pointer assertions on the answer parsed as JSON. */
  assert?: PointerAssertion[];
  /** Inline JSON Schema the parsed answer must satisfy. */
  schema?: Record<string, unknown>;
  /** Regular expression the answer text must match. */
  regex?: string;
  /** argv of a command that reads the answer on stdin and exits 0 when downstream logic accepts it. */
  command?: string[];
  /** Milliseconds before the command is killed and the check fails (default 10,000). */
  timeoutMs?: number;
}

/** USD per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
  /** Price of prompt tokens served from the provider's cache; defaults to `input`. */
  cachedInput?: number;
}

export interface SplitSettings {
  /** Upper edges (exclusive) of the prompt-token buckets, ascending. */
  promptTokens?: number[];
  /** Dot path of a record field naming the request's segment (e.g. `meta.tenant`; default `segment`). */
  segmentField?: string;
  /** A split group is judged and shown only from this many pairs on. */
  minPairs?: number;
  /** Most distinct segments a run may have (default 100); a dataset with more is refused before its replay. */
  maxSegments?: number;
}

export interface JudgeRubric {
  /** Short id; the metric is `judge.<id>` and the cache is keyed on it. */
  id: string;
  /** What the judge looks for, e.g. "more flattering towards the user". */
  text: string;
  /** Which way is bad: the candidate showing it more (increase, default) or less (decrease). */
  badDirection?: 'increase' | 'decrease' | 'either';
}

export interface JudgeModelSettings {
  /** Base URL of an OpenAI-compatible API. */
  endpoint: string;
  model: string;
  auth?: AuthConfig;
  rubrics: JudgeRubric[];
  /** `both`: each pair is judged in both orders; `random`: in one order drawn from the record id. */
  order?: 'both' | 'random';
  /** Share of pairs judged (keyed on the record id) and a cap on judged pairs. */
  sample?: { rate?: number; max?: number; seed?: string };
  /** Judge calls in flight. */
  concurrency?: number;
  /** Stop starting judge calls once their cost (from `llm.prices` for the judge model) reaches this, USD. */
  maxCostUsd?: number;
  timeoutMs?: number;
  /** Folder of cached verdicts, relative to the repository root. */
  cacheDir?: string;
}

export interface ModerationSettings {
  /** Base URL of an OpenAI-compatible API with POST /moderations. */
  endpoint: string;
  model?: string;
  auth?: AuthConfig;
  concurrency?: number;
  timeoutMs?: number;
}

export interface LlmSettings {
  refusals?: RefusalSettings;
  tasks?: TaskCheck[];
  /** Prices per model id. */
  prices?: Record<string, ModelPrice>;
  split?: SplitSettings;
  judge?: JudgeModelSettings;
  moderation?: ModerationSettings;
}
