// Shared data shapes that flow between the stages:
// manifest → surfaces → replay → metrics → judge → report → github | kube.
// Each stage owns its folder; only the shapes that cross a stage boundary live here.

// ───────────────────────────── manifest ─────────────────────────────

export type Protocol = 'openai' | 'kserve-v2' | 'http';
export type OutputKind = 'text' | 'json' | 'tool-calls' | 'label' | 'numeric';
export type Direction = 'increase' | 'decrease' | 'either';

export interface AuthConfig {
  /** Name of the environment variable that holds the credential; never the secret itself. */
  env: string;
  /** Header to send it in (default `Authorization`). */
  header?: string;
  /** Prefix such as `Bearer` (default `Bearer` for Authorization, none otherwise). */
  scheme?: string;
}

export interface KserveInputSpec {
  name: string;
  datatype: string; // BOOL, INT64, FP32, BYTES …
  /** Shape; a -1 entry is filled from the data length. */
  shape?: number[];
  /** Dot path into the replay record (e.g. `features.sqft`). */
  from: string;
}

export interface ModelSurface {
  protocol: Protocol;
  /** Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, full URL for http. */
  endpoint: string;
  /** Pinned model id, e.g. `gpt-4.1-mini-2025-04-14` or the KServe model name. */
  id: string;
  version?: string;
  auth?: AuthConfig;
  /** Extra request parameters passed through verbatim (temperature, seed, max_tokens …). */
  params?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** openai: call with `stream: true` and measure time to first token and inter-token latency. */
  stream?: boolean;
  kserve?: { inputs: KserveInputSpec[]; output: { name: string; index?: number } };
  http?: { method?: 'POST' | 'PUT'; body: unknown; output: string /* JSON Pointer */ };
}

export interface PromptSurface {
  /** Template files, relative to the manifest's folder; `{{ path.to.var }}` is filled from the record. */
  system?: string;
  user?: string;
}

export interface ToolsSurface {
  /** JSON files relative to the manifest's folder, each an OpenAI function definition {name, description, parameters}. */
  schemas: string[];
  choice?: 'auto' | 'required' | 'none' | { name: string };
  parallel?: boolean;
}

export interface ContextSurface {
  /** Record field holding prior turns [{role, content}], and how many to keep (newest last). */
  history?: { field: string; maxTurns?: number };
  /** Record field holding retrieved documents (strings or {title, text}), joined into the system message. */
  documents?: { field: string; maxChars?: number; header?: string };
}

export interface OutputSpec {
  kind: OutputKind;
  /** JSON Schema file the answer must satisfy (kind json). */
  schema?: string;
  /** JSON Pointer into a JSON answer selecting the label/number (kinds label, numeric, when the answer is JSON). */
  pointer?: string;
  labels?: string[];
  rtol?: number;
  atol?: number;
}

export interface GateSpec {
  /** Metric id, e.g. `json.schema_pass`, `latency.ms`, `text.similarity`. */
  metric: string;
  /** Which way is bad. Defaults come from the metric (e.g. latency: increase, schema pass: decrease). */
  direction?: Direction;
  /** Practical-equivalence band: the interval must leave it before anything can fail. */
  tolerance?: number;
  /** Effect threshold: Δ for rates/scores, ratio for continuous metrics (e.g. 1.2 = +20 %). */
  threshold?: number;
  /** A critical gate fails the whole verdict; a non-critical breach only warns. */
  critical?: boolean;
  muted?: boolean;
}

export interface ShadowSettings {
  dataset: string;
  sample?: { rate?: number; seed?: string; max?: number };
  concurrency?: number;
  timeoutMs?: number;
  deadlineSeconds?: number;
  retries?: { max?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** Bytes of answers held at once (all requests in flight), MiB; over it an answer fails as `too-large`. */
  answerBudgetMiB?: number;
  minSamples?: number;
  alpha?: number;
  confidence?: number;
  /** Replay the baseline twice to measure the A/A noise floor. */
  noiseFloor?: boolean;
  embeddings?: { endpoint: string; model: string; auth?: AuthConfig };
  /** Refusals, task checks, prices, splits and the pairwise judge model (src/manifest/llm-settings.ts). */
  llm?: import('./manifest/llm-settings.ts').LlmSettings;
  gates?: GateSpec[];
}

/** Required tool-schema compatibility and accepted model pins (src/versioning). */
export interface VersioningSettings {
  toolCompatibility?: 'FULL' | 'BACKWARD' | 'FORWARD' | 'NONE';
  tools?: Record<string, 'FULL' | 'BACKWARD' | 'FORWARD' | 'NONE'>;
  pins?: Partial<Record<'openai' | 'kserve-v2' | 'http' | '*', string[]>>;
}

export interface Manifest {
  version: 1;
  service: string;
  model: ModelSurface;
  prompt?: PromptSurface;
  tools?: ToolsSurface;
  context?: ContextSurface;
  versioning?: VersioningSettings;
  output: OutputSpec;
  shadow: ShadowSettings;
  /** Deployment settings used by promote/rollback/canary (Kubernetes). */
  deploy?: Record<string, unknown>;
}

/** A position inside a source file, for errors and annotations. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export interface ToolDefinition {
  name: string;
  description?: string;
  parameters: Record<string, unknown>;
  strict?: boolean;
}

/**
 * One side (baseline or candidate) fully resolved: the manifest as it is at one git ref,
 * with every surface file read and the endpoint override applied.
 */
export interface ResolvedSide {
  label: 'baseline' | 'candidate';
  /** Git ref or 'worktree'. */
  ref: string;
  manifest: Manifest;
  manifestPath: string;
  systemTemplate?: string;
  userTemplate?: string;
  tools: ToolDefinition[];
  outputSchema?: Record<string, unknown>;
  /** Content digests per surface, to report what changed (sha256 hex, first 12 chars). */
  digests: Record<SurfaceName, string>;
  /** Where a manifest field is (as of this side's ref), for errors found after loading. */
  locate?: (path: Array<string | number>) => SourceLocation;
  /** model.endpoint as the manifest writes it, before an endpoint override replaced it (content ids use this one). */
  manifestEndpoint?: string;
  /** The endpoint given from outside the manifest (option, input, SHADOWGATE_*_ENDPOINT), when one was. */
  endpointOverride?: string;
}

export type SurfaceName = 'model' | 'prompt' | 'tools' | 'context';

export interface SurfaceChange {
  surface: SurfaceName;
  changed: boolean;
  /** Human summary, e.g. `gpt-4.1-mini-2025-04-14 → gpt-4.1-2025-04-14` or `prompts/system.md`. */
  before: string;
  after: string;
  files: string[];
  /** Full content ids of the surface on each side (src/versioning). */
  ids?: { before: string; after: string };
}

// ───────────────────────────── replay ─────────────────────────────

export interface ReplayRecord {
  /** Stable id: the record's `id` field, else a hash of the line. Sampling is keyed on it. */
  id: string;
  /** 1-based line in the dataset file. */
  line: number;
  data: Record<string, unknown>;
}

/** Protocol-specific request produced by surfaces and sent by a replay adapter. */
export type ModelRequest =
  | { protocol: 'openai'; body: Record<string, unknown> }
  | { protocol: 'kserve-v2'; body: { id?: string; inputs: unknown[]; outputs?: unknown[]; parameters?: unknown } }
  | { protocol: 'http'; method: 'POST' | 'PUT'; body: unknown };

/** How a streamed answer arrived, in ms of the final attempt: first token, mean gap between tokens. */
export interface StreamTiming {
  ttftMs?: number;
  interTokenMs?: number;
}

export type FailureClass =
  | 'timeout'
  | 'connect'
  | 'rate-limited' // 429 after retries ran out
  | 'http-4xx'
  | 'http-5xx'
  | 'bad-body' // body did not parse or did not have the protocol's shape
  | 'error-body' // HTTP 200 carrying an error object
  | 'deadline' // never sent/finished because the overall deadline passed
  | 'too-large' // the answer did not fit the byte budget for answers in flight
  | 'stream-broken' // a streamed answer broke off before its end
  | 'cancelled'; // never sent/finished because the run was cancelled (SIGINT/SIGTERM)

export interface ToolCall {
  id: string;
  name: string;
  /** Raw JSON string as the model produced it (may be invalid JSON). */
  arguments: string;
}

export interface Tensor {
  name: string;
  shape: number[];
  datatype: string;
  data: unknown[];
}

/** A model answer normalised across protocols. */
export interface ModelOutput {
  /** Text answer (chat content, or the http output when it is a string). */
  text?: string;
  toolCalls?: ToolCall[];
  finishReason?: string;
  refusal?: string;
  tensors?: Tensor[];
  /** The http protocol's value at the output JSON Pointer, or the kserve output tensor's selected element. */
  value?: unknown;
  usage?: { promptTokens?: number; completionTokens?: number; totalTokens?: number; cachedPromptTokens?: number };
}

export interface CallResult {
  ok: boolean;
  output?: ModelOutput;
  error?: { class: FailureClass; status?: number; message: string };
  /** Streamed calls: how the answer arrived. */
  stream?: StreamTiming;
  /** Attempts made (1 = no retry). */
  attempts: number;
  /** Wall time of the final attempt, ms. */
  latencyMs: number;
}

export interface Pair {
  record: ReplayRecord;
  baseline: CallResult;
  candidate: CallResult;
  /** A second baseline answer for the A/A noise floor, when enabled. */
  baselineRepeat?: CallResult;
}

export interface ReplayStats {
  /** Records read from the dataset / selected by sampling / finished as pairs. */
  read: number;
  sampled: number;
  pairs: number;
  requests: number;
  ok: number;
  /** Extra attempts beyond the first, summed over all requests (servers saw requests − unsent + retried). */
  retried: number;
  failed: Partial<Record<FailureClass, number>>;
  wallMs: number;
  /** Set when the replay stopped before every record was sent: the reports then cover what completed. */
  interrupted?: { by: 'deadline' | 'signal'; reason: string };
}

// ───────────────────────────── metrics ─────────────────────────────

export type TestKind =
  /** Per-pair numbers on both sides (latency, tokens, numeric output): Wilcoxon signed-rank + HL CI. */
  | 'paired-continuous'
  /** Per-pair pass/fail on both sides (valid JSON, schema pass, error): paired rate difference + CI on Δrate. */
  | 'paired-binary'
  /** Per-pair agreement score in [0,1] between the two answers (match, similarity, F1): against the A/A floor or a threshold. */
  | 'agreement'
  /** A distribution distance with a fixed threshold (PSI, JS, KS, W1): no p-value gate. */
  | 'distance'
  /** Reported only. */
  | 'info';

/** Per-pair values: typed when a metric produced them, plain when a test or a JSON snapshot did. */
export type NumberValues = Float64Array | readonly number[];

export interface MetricResult {
  id: string;
  title: string;
  /** How the value reads: `rate` (0..1), `ms`, `tokens`, `score` (0..1), `distance`, `count`, `value`. */
  unit: string;
  test: TestKind;
  /** Which way is bad by default. */
  badDirection: Direction;
  /** Pairs that contributed. */
  n: number;
  /** Summary on each side (rate, median …) and for agreement/distance the value itself in `candidate`. */
  baseline?: number;
  candidate?: number;
  paired?: { baseline: NumberValues; candidate: NumberValues };
  binary?: { bothPass: number; baselineOnly: number; candidateOnly: number; neither: number };
  agreement?: { values: NumberValues; noise?: NumberValues; threshold?: number };
  distance?: { value: number; threshold: number };
  /** Metric-specific extras for the report (percentiles, changed field paths, confusion matrix …). */
  details?: Record<string, unknown>;
}

export interface MetricContext {
  output: OutputSpec;
  /** Tool definitions of each side, for validating its tool calls. */
  baselineTools: ToolDefinition[];
  candidateTools: ToolDefinition[];
  outputSchema?: Record<string, unknown>;
  /** Present when an embeddings endpoint is configured. */
  embed?: (texts: string[]) => Promise<number[][]>;
  /** Each side's tool_choice / parallel_tool_calls, so a call's validity is judged against what was asked. */
  baselineToolPolicy?: { choice?: ToolsSurface['choice']; parallel?: boolean };
  candidateToolPolicy?: { choice?: ToolsSurface['choice']; parallel?: boolean };
  /** How many pairs the run expects (the sampled records): per-pair columns are sized for them once. */
  expectedPairs?: number;
  /** Refusal patterns, task checks, prices and the judge model, when the manifest has `shadow.llm`. */
  llm?: import('./metrics/llm/context.ts').LlmContext;
}

/**
 * One divergence metric. State is JSON data (number columns serialise as arrays, and merge accepts
 * either form) so partial results from shards merge exactly:
 * finish(merge(a, b)) === finish(state after observing a's and b's pairs).
 */
export interface Metric<State = unknown> {
  id: string;
  title: string;
  applies(kind: OutputKind, ctx: MetricContext): boolean;
  init(ctx: MetricContext): State;
  observe(state: State, pair: Pair, ctx: MetricContext): void | Promise<void>;
  merge(a: State, b: State): State;
  finish(state: State, ctx: MetricContext): MetricResult;
}

// ───────────────────────────── judge ─────────────────────────────

/** `error`: too few pairs had both answers to compare (an outage on one side or both), so nothing was judged. */
export type Verdict = 'pass' | 'warn' | 'fail' | 'inconclusive' | 'error';
export type MetricVerdict = 'pass' | 'warn' | 'fail' | 'nodata' | 'info';

export interface MetricJudgement {
  metric: MetricResult;
  gate?: GateSpec;
  verdict: MetricVerdict;
  /** Effect on the metric's natural scale: Δ for rates/scores, ratio for continuous. */
  effect?: number;
  effectLabel?: string;
  interval?: [number, number];
  pValue?: number;
  /** Holm-adjusted p-value among gating metrics. */
  pAdjusted?: number;
  /** Pairs at which a regression at the gate's threshold is found with power 0.8. */
  neededSamples?: number;
  /** The smallest regression found with power 0.8 at this run's n, on the effect's scale, and as read. */
  detectable?: { effect: number; label: string };
  reason: string;
}

/** Failed requests per side, by what a person would look for: `HTTP 401`, `connection refused`, `timeout` … */
export interface SideFailures {
  baseline: Record<string, number>;
  candidate: Record<string, number>;
}

/** How much the candidate's answers differ from the baseline's, by the output kind's main agreement metric. */
export interface Divergence {
  metric: string;
  /** Pairs compared and, of those, pairs whose answers differ. */
  n: number;
  changed: number;
  /** The same share for the baseline against itself, when the A/A noise floor ran. */
  noiseChanged?: number;
}

export interface Judgement {
  verdict: Verdict;
  exitCode: number;
  n: number;
  minSamples: number;
  /** Pairs at which every gate finds a regression at its threshold with power 0.8 (the largest gate's need). */
  neededSamples?: number;
  /** The gate that sets neededSamples. */
  neededFor?: string;
  /** Pairs in which both sides answered. */
  answered?: number;
  failures?: SideFailures;
  divergence?: Divergence;
  alpha: number;
  confidence: number;
  metrics: MetricJudgement[];
  reasons: string[];
}

// ───────────────────────────── report ─────────────────────────────

import type { VersioningReview } from './versioning/review.ts';

export interface WorstExample {
  recordId: string;
  line: number;
  metric: string;
  score: number;
  request: string;
  baseline: string;
  candidate: string;
  /** The judge model's verdicts on this pair, one per rubric, when it judged it. */
  judge?: Array<{ rubric: string; preferred: 'baseline' | 'candidate' | 'tie'; reasons: string[] }>;
}

/** Where one kind of endpoint points on each side (origins), and who allowed the candidate's. */
export interface EndpointChange {
  role: 'model' | 'embeddings' | 'judge' | 'moderation';
  /** `scheme://host:port`; '' when the side has no such endpoint. */
  baseline: string;
  candidate: string;
  changed: boolean;
  allowedBy: string;
}

export interface ShadowReport {
  schemaVersion: 1;
  service: string;
  generatedAt: string;
  baselineRef: string;
  candidateRef: string;
  surfaces: SurfaceChange[];
  replay: ReplayStats;
  judgement: Judgement;
  worst: WorstExample[];
  /** Metrics per prompt-token bucket and per segment, when `shadow.llm.split` asks for them. */
  splits?: import('./judge/splits.ts').SplitReport[];
  runUrl?: string;
  /** Content ids, the model pin and tool-schema compatibility (src/versioning/review.ts). */
  versioning?: VersioningReview;
  /** Endpoint hosts per side; a change is shown prominently under "What changed". */
  endpoints?: EndpointChange[];
}
