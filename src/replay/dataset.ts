// Streams a JSONL dataset of recorded production requests with constant memory.
// One line = one JSON object; a bad line is a UserError naming file:line:col.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UserError } from '../errors.ts';
import type { ReplayRecord } from '../types.ts';

export interface Sampling {
  /** Fraction of records kept, 0..1 (default 1). */
  rate?: number;
  /** Seed mixed into the per-record hash; the same seed keeps the same ids. */
  seed?: string;
  /** Stop after this many sampled records. */
  max?: number;
}

export interface DatasetSummary {
  /** Non-blank lines (= records) in the file. */
  records: number;
  /** Records the sampling would keep (respecting `max`). */
  sampled: number;
  /** Of those, the records `select` keeps (a shard's part); = sampled without it. */
  selected: number;
}

/** Counters a caller can read while (and after) `readDataset` is iterated. */
export interface DatasetCounts {
  read: number;
  sampled: number;
}

/** A stable id for a line without an `id` field: a digest of its text. */
export function hashId(lineText: string): string {
  return createHash('sha256').update(lineText).digest('hex').slice(0, 16);
}

/** Deterministic uniform [0,1) from (seed, id): the same pair always gives the same number. */
export function sampleUnit(id: string, seed: string): number {
  const digest = createHash('sha256').update(seed).update('\0').update(id).digest();
  // 48 bits are plenty and stay exact in a double.
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

export function isSampled(id: string, sampling: Sampling): boolean {
  const rate = sampling.rate ?? 1;
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  return sampleUnit(id, sampling.seed ?? '') < rate;
}

function checkSampling(file: string, sampling: Sampling): void {
  const { rate, max } = sampling;
  if (rate !== undefined && !(rate >= 0 && rate <= 1)) {
    throw new UserError(`sample rate must be between 0 and 1, got ${rate}`, { file });
  }
  if (max !== undefined && !(Number.isInteger(max) && max >= 0)) {
    throw new UserError(`sample max must be a non-negative integer, got ${max}`, { file });
  }
}

/** Index of the first `token` outside a string literal, or -1. */
function firstOutsideStrings(text: string, token: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === token) return i;
  }
  return -1;
}

/** Column (1-based) of a JSON.parse error: from V8's position, or by finding its unexpected token. */
function parseErrorColumn(message: string, text: string, offset: number): number | undefined {
  const lineCol = /line \d+ column (\d+)/.exec(message);
  if (lineCol?.[1]) return Number(lineCol[1]) + offset;
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return Number(position[1]) + 1 + offset;
  // V8 omits the position for "Unexpected token 'x', ... is not valid JSON".
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const at = token !== undefined ? firstOutsideStrings(text, token) : -1;
  return at >= 0 ? at + 1 + offset : undefined;
}

/** Parses one non-blank line into a record, or throws a UserError pointing at it. */
export function parseLine(file: string, lineNumber: number, raw: string): ReplayRecord {
  // Leading whitespace shifts the column V8 reports relative to the raw line.
  const text = raw.trim();
  const offset = raw.length - raw.trimStart().length;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const column = parseErrorColumn(message, text, offset);
    // V8 echoes the (possibly huge) line; the location already points at it.
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/, ".*" is not valid JSON$/s, '');
    throw new UserError(
      `dataset line is not valid JSON: ${reason}`,
      { file, line: lineNumber, ...(column !== undefined ? { column } : {}) },
      'each line must be one JSON object (JSON Lines)',
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new UserError(
      `dataset line must be a JSON object, got ${kind}`,
      { file, line: lineNumber, column: offset + 1 },
      'each line must be one JSON object (JSON Lines)',
    );
  }
  const data = value as Record<string, unknown>;
  const rawId = data.id;
  let id: string;
  if (typeof rawId === 'string' && rawId !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId === undefined || rawId === null) id = hashId(text);
  else {
    throw new UserError(`dataset field "id" must be a non-empty string or a number`, {
      file,
      line: lineNumber,
    });
  }
  return { id, line: lineNumber, data };
}

/** Yields [1-based line number, text] for each non-blank line; BOM and CR stripped. */
async function* lines(file: string): AsyncGenerator<[number, string]> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError('dataset is not a file', { file });
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read dataset: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (let text of reader) {
      lineNumber++;
      if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text.trim() === '') continue;
      yield [lineNumber, text];
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined || e instanceof UserError) throw e;
    throw new UserError(`cannot read dataset: ${code}`, { file, line: lineNumber + 1 });
  } finally {
    reader.close();
    input.destroy();
  }
}

function emptyError(file: string): UserError {
  return new UserError('dataset has no records', { file, line: 1 }, 'expected one JSON object per line');
}

/**
 * One streaming pass over the whole file: throws the first bad line as a UserError.
 * Run it before any request is sent so bad input has no side effect. `onSampled` sees every sampled
 * record of the run, a shard's or not (what a run decides over all its records is decided here, before
 * the replay, and the same way in every shard); an error it throws stops the validation.
 */
export async function validateDataset(
  file: string,
  sampling: Sampling = {},
  select?: (sampledIndex: number) => boolean,
  onSampled?: (record: ReplayRecord) => void,
): Promise<DatasetSummary> {
  checkSampling(file, sampling);
  let records = 0;
  let sampled = 0;
  let selected = 0;
  for await (const [lineNumber, text] of lines(file)) {
    const record = parseLine(file, lineNumber, text);
    records++;
    if ((sampling.max === undefined || sampled < sampling.max) && isSampled(record.id, sampling)) {
      if (!select || select(sampled)) selected++;
      sampled++;
      onSampled?.(record);
    }
  }
  if (records === 0) throw emptyError(file);
  return { records, sampled, selected };
}

/**
 * Streams the sampled records. Pulling is lazy, so a slow consumer keeps memory constant.
 * `counts` is updated as lines are read (read = records parsed, sampled = records yielded).
 */
export function readDataset(
  file: string,
  sampling: Sampling = {},
  /** Keeps only these of the sampled records, by their 0-based index among them (a shard's part); `max` still counts every sampled record. */
  select?: (sampledIndex: number) => boolean,
): { records: AsyncIterable<ReplayRecord>; counts: DatasetCounts } {
  const counts: DatasetCounts = { read: 0, sampled: 0 };
  async function* generate(): AsyncGenerator<ReplayRecord> {
    checkSampling(file, sampling);
    for await (const [lineNumber, text] of lines(file)) {
      if (sampling.max !== undefined && counts.sampled >= sampling.max) return;
      const record = parseLine(file, lineNumber, text);
      counts.read++;
      if (!isSampled(record.id, sampling)) continue;
      counts.sampled++;
      if (select && !select(counts.sampled - 1)) continue;
      yield record;
    }
    if (counts.read === 0) throw emptyError(file);
  }
  return { records: generate(), counts };
}
