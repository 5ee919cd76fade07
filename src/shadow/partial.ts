// The partial result of one shard: everything merging, judging and reporting need, and nothing else
// (no model texts beyond the worst-examples candidates). On disk it is two lines:
//   1. a header: {"format":"shadowgate-partial","version":1,"bytes":N,"sha256":"…"}
//   2. the body: JSON, whose per-pair number columns are base64 of deflated little-endian Float64 values,
//      with their keys (dataset lines, ascending) as deflated Uint32 steps from one to the next: scores of
//      0 and 1 and constant token counts shrink to almost nothing, and keys to about a byte each.
// The header's length and digest of line 2 turn a truncated or corrupted upload into one clear error.
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readFile, writeFile, rename, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.ts';
import { NumberColumn } from '../metrics/column.ts';
import type { JudgeSettings } from '../judge/judge.ts';
import type { EndpointChange, OutputSpec, ReplayStats, SurfaceChange, SurfaceName, WorstExample } from '../types.ts';
import type { VersioningReview } from '../versioning/review.ts';
import type { SplitPart } from '../judge/splits.ts';
import type { ReplayedCallCounts } from '../versioning/replayed-calls.ts';
import type { Shard } from './shard.ts';
import type { JudgeRecord } from '../replay/adapters/judge-model.ts';

export const PARTIAL_FORMAT = 'shadowgate-partial';
export const PARTIAL_VERSION = 3;

/** What makes two shards parts of the same evaluation: every field must be equal across parts. */
export interface PartialIdentity {
  service: string;
  baselineRef: string;
  candidateRef: string;
  /** The commit the run checked out (GITHUB_SHA), when known. */
  commit?: string;
  /** Content digests of each side's surfaces. */
  baselineDigests: Record<SurfaceName, string>;
  candidateDigests: Record<SurfaceName, string>;
  /** sha256 of the dataset file. */
  datasetSha256: string;
  sampling: { rate: number; seed?: string; max?: number };
  noiseFloor: boolean;
  output: OutputSpec;
  judge: JudgeSettings;
  /** Metric ids, in report order. */
  metrics: string[];
  /** The manifest's `shadow.llm` settings (refusal patterns, tasks, prices, moderation). */
  llm?: unknown;
}

export interface PartialResult {
  shard: Shard;
  identity: PartialIdentity;
  surfaces: SurfaceChange[];
  /** This shard's replay; `read` is the whole file's record count (every shard reads it all). */
  replay: ReplayStats;
  /** Pairs the metrics observed. */
  pairs: number;
  /** Metric states by id; number columns are NumberColumn objects in memory. */
  states: Record<string, unknown>;
  /** The shard's own worst examples: the merged top K is the top K of their union. */
  worst: WorstExample[];
  /** The versioning review of both sides, before replay evidence (the same in every shard). */
  versioning?: VersioningReview;
  /** Tool calls this shard replayed, checked against both schemas (counts add across shards). */
  toolCalls?: ReplayedCallCounts[];
  /** Endpoint hosts per side (the same in every shard). */
  endpoints?: EndpointChange[];
  /** The metric states of each split group (`shadow.llm.split`); number columns as in `states`. */
  splits?: SplitPart[];
  /**
   * The judge model's verdicts the merged report shows (`shadow.llm.judge`): the first examples per rubric
   * and side, and those of this shard's worst-example candidates. Its counts are in `states`.
   */
  judge?: JudgeRecord[];
}

interface EncodedColumn {
  $column: { values: string; keys?: string };
}

function isEncodedColumn(value: unknown): value is EncodedColumn {
  return value !== null && typeof value === 'object' && '$column' in value;
}

function packed(view: ArrayBufferView): string {
  return deflateRawSync(Buffer.from(view.buffer, view.byteOffset, view.byteLength)).toString('base64');
}

/** Ascending keys as the step from the previous key (the first from 0): small numbers that deflate well. */
function keySteps(keys: Uint32Array): Uint32Array {
  const steps = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) steps[i] = keys[i]! - (i > 0 ? keys[i - 1]! : 0);
  return steps;
}

function keysFromSteps(steps: Uint32Array): Uint32Array {
  const keys = new Uint32Array(steps.length);
  let key = 0;
  for (let i = 0; i < steps.length; i++) keys[i] = key = (key + steps[i]!) >>> 0;
  return keys;
}

/** A plain-data copy of a state: number columns encoded, object keys sorted (a canonical form). */
function encodeState(value: unknown): unknown {
  if (value instanceof NumberColumn) {
    const values = value.values(); // in key order, so the keys below ascend
    const keys = value.keys();
    return { $column: { values: packed(values), ...(keys ? { keys: packed(keySteps(keys)) } : {}) } };
  }
  if (Array.isArray(value)) return value.map(encodeState);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = encodeState((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

class PartError extends Error {}

function decodeArray<T extends Float64Array | Uint32Array>(text: unknown, Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  if (typeof text !== 'string') throw new PartError('a number column is not base64 text');
  let bytes: Buffer;
  try {
    bytes = inflateRawSync(Buffer.from(text, 'base64'));
  } catch {
    throw new PartError('a number column does not inflate');
  }
  if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new PartError('a number column has a partial value');
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new Type(copy);
}

function decodeState(value: unknown): unknown {
  if (isEncodedColumn(value)) {
    const values = decodeArray(value.$column.values, Float64Array);
    if (value.$column.keys === undefined) return NumberColumn.from(values);
    return NumberColumn.withKeys(values, keysFromSteps(decodeArray(value.$column.keys, Uint32Array)));
  }
  if (Array.isArray(value)) return value.map(decodeState);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = decodeState(child);
    return out;
  }
  return value;
}

/** Deep copy with object keys sorted, number columns kept as they are: merged states in one canonical form. */
export function canonicalState(value: unknown): unknown {
  if (value instanceof NumberColumn || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonicalState);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = canonicalState((value as Record<string, unknown>)[key]);
  return out;
}

/** The part's file text (header line, body line). */
export function serializePartial(partial: PartialResult): string {
  const body = JSON.stringify({ ...partial, states: encodeState(partial.states), ...(partial.splits ? { splits: encodeState(partial.splits) } : {}) });
  const header = JSON.stringify({
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    bytes: Buffer.byteLength(body),
    sha256: createHash('sha256').update(body).digest('hex'),
  });
  return `${header}\n${body}\n`;
}

/** Writes the part atomically (a killed job leaves no half-written part behind under its name). */
export async function writePartial(partial: PartialResult, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serializePartial(partial));
  await rename(temporary, file);
}

/** The part's file name in a report folder. */
export function partialFileName(shard: Shard): string {
  return `shadowgate-part-${shard.index}-of-${shard.count}.json`;
}

const rerun = 're-run the shard jobs of this evaluation with the same shadowgate version, then merge their parts';

/** Reads and checks one part file; any problem is a UserError naming the file. */
export async function readPartial(file: string): Promise<PartialResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read part: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
  return parsePartial(text, file);
}

export function parsePartial(text: string, file: string): PartialResult {
  const newline = text.indexOf('\n');
  let header: { format?: unknown; version?: unknown; bytes?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as typeof header;
  } catch {
    throw new UserError(
      'not a shadowgate part file (its first line is not a part header)',
      { file, line: 1 },
      'merge takes the files `shadowgate shadow --shard I/N` writes',
    );
  }
  if (header === null || typeof header !== 'object' || header.format !== PARTIAL_FORMAT) {
    throw new UserError(
      'not a shadowgate part file (its first line is not a part header)',
      { file, line: 1 },
      'merge takes the files `shadowgate shadow --shard I/N` writes',
    );
  }
  if (header.version !== PARTIAL_VERSION) {
    throw new UserError(`part written in format version ${String(header.version)}; this shadowgate reads version ${PARTIAL_VERSION}`, { file, line: 1 }, rerun);
  }
  const body = newline < 0 ? '' : text.slice(newline + 1).replace(/\n$/, '');
  const bytes = Buffer.byteLength(body);
  if (typeof header.bytes !== 'number' || bytes < header.bytes) {
    throw new UserError(
      `part is truncated: ${bytes} of ${String(header.bytes)} bytes`,
      { file, line: 2 },
      'the upload or download of this part was cut short; re-run its shard job',
    );
  }
  if (bytes !== header.bytes || createHash('sha256').update(body).digest('hex') !== header.sha256) {
    throw new UserError(
      'part is corrupted: its content does not match the digest in its header',
      { file, line: 2 },
      'the file changed after its shard job wrote it; re-run that shard job',
    );
  }
  try {
    const raw = JSON.parse(body) as PartialResult;
    checkShape(raw);
    return { ...raw, states: decodeState(raw.states) as Record<string, unknown>, ...(raw.splits ? { splits: decodeState(raw.splits) as SplitPart[] } : {}) };
  } catch (e) {
    if (e instanceof PartError || e instanceof SyntaxError) throw new UserError(`part is malformed: ${e.message}`, { file, line: 2 }, rerun);
    throw e;
  }
}

function checkShape(raw: PartialResult): void {
  const problem = (what: string) => new PartError(what);
  if (raw === null || typeof raw !== 'object') throw problem('the body is not an object');
  const { shard, identity, replay, states, worst, surfaces } = raw;
  if (!shard || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || shard.index < 1 || shard.index > shard.count)
    throw problem('no valid shard I/N');
  if (!identity || typeof identity.service !== 'string' || !Array.isArray(identity.metrics)) throw problem('no identity');
  if (!replay || typeof replay.pairs !== 'number') throw problem('no replay counts');
  if (!states || typeof states !== 'object') throw problem('no metric states');
  for (const id of identity.metrics) if (!(id in states)) throw problem(`no state for metric ${id}`);
  if (!Array.isArray(worst) || !Array.isArray(surfaces) || typeof raw.pairs !== 'number') throw problem('no worst examples or surfaces');
  if (raw.splits !== undefined && (!Array.isArray(raw.splits) || raw.splits.some((s) => !s || !Array.isArray(s.groups))))
    throw problem('no valid split groups');
  if (raw.judge !== undefined && (!Array.isArray(raw.judge) || raw.judge.some((r) => !r || typeof r.recordId !== 'string' || !Array.isArray(r.verdicts))))
    throw problem('no valid judge verdicts');
}
