import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import type { KserveInputSpec, ModelRequest, ReplayRecord, ResolvedSide } from '../types.ts';
import { MANIFEST_DEFAULTS } from '../core/defaults.ts';
import {
  compileJsonTemplate,
  compileTemplate,
  lookup,
  renderJsonTemplate,
  renderTemplate,
  type CompiledTemplate,
  type JsonTemplate,
  type RecordPlace,
} from '../core/template.ts';

export interface ChatMessage {
  role: string;
  content: unknown;
  [extra: string]: unknown;
}

interface Compiled {
  system?: CompiledTemplate;
  user?: CompiledTemplate;
  body?: JsonTemplate;
}

// Templates are compiled once per side, not once per record.
const compiledBySide = new WeakMap<ResolvedSide, Compiled>();

function compiled(side: ResolvedSide): Compiled {
  let c = compiledBySide.get(side);
  if (!c) {
    const { prompt } = side.manifest;
    const { http } = side.manifest.model;
    c = {
      ...(side.systemTemplate !== undefined ? { system: compileTemplate(side.systemTemplate, prompt?.system ?? 'prompt.system') } : {}),
      ...(side.userTemplate !== undefined ? { user: compileTemplate(side.userTemplate, prompt?.user ?? 'prompt.user') } : {}),
      ...(http ? { body: compileJsonTemplate(http.body, `${side.manifestPath} (model.http.body)`) } : {}),
    };
    compiledBySide.set(side, c);
  }
  return c;
}

function placeOf(side: ResolvedSide, record: ReplayRecord): RecordPlace {
  return { file: side.manifest.shadow.dataset, line: record.line };
}

function recordError(place: RecordPlace, message: string, hint?: string): UserError {
  return new UserError(message, { file: place.file, line: place.line }, hint);
}

function field(record: ReplayRecord, path: string): { found: boolean; value?: unknown } {
  return lookup(record.data, path.split('.'));
}

/** Retrieved documents as one block: header, then `[n] title` and text, cut at maxChars. */
function documentsBlock(side: ResolvedSide, record: ReplayRecord, place: RecordPlace): string | undefined {
  const spec = side.manifest.context?.documents;
  if (!spec) return undefined;
  const { found, value } = field(record, spec.field);
  if (!found || value === null) return undefined;
  if (!Array.isArray(value)) throw recordError(place, `field "${spec.field}" (context.documents) must be a list of documents (got ${typeof value})`);
  const texts = value.map((doc, i) => {
    if (typeof doc === 'string') return `[${i + 1}] ${doc}`;
    if (doc !== null && typeof doc === 'object' && typeof (doc as { text?: unknown }).text === 'string') {
      const { title, text } = doc as { title?: unknown; text: string };
      return typeof title === 'string' && title ? `[${i + 1}] ${title}\n${text}` : `[${i + 1}] ${text}`;
    }
    throw recordError(place, `field "${spec.field}" entry ${i} (context.documents) must be a string or {title, text}`);
  });
  if (texts.length === 0) return undefined;
  const maxChars = spec.maxChars ?? MANIFEST_DEFAULTS.context.documents.maxChars;
  let joined = texts.join('\n\n');
  if (joined.length > maxChars) joined = joined.slice(0, maxChars);
  return `${spec.header ?? MANIFEST_DEFAULTS.context.documents.header}\n\n${joined}`;
}

function asMessages(value: unknown, what: string, place: RecordPlace): ChatMessage[] {
  if (!Array.isArray(value)) throw recordError(place, `${what} must be a list of {role, content} (got ${value === null ? 'null' : typeof value})`);
  return value.map((m, i) => {
    if (m === null || typeof m !== 'object' || typeof (m as { role?: unknown }).role !== 'string') {
      throw recordError(place, `${what} entry ${i} must be a {role, content} object`);
    }
    return m as ChatMessage;
  });
}

function historyTurns(side: ResolvedSide, record: ReplayRecord, place: RecordPlace): ChatMessage[] {
  const spec = side.manifest.context?.history;
  if (!spec) return [];
  const { found, value } = field(record, spec.field);
  if (!found || value === null) return [];
  const turns = asMessages(value, `field "${spec.field}" (context.history)`, place);
  const keep = spec.maxTurns ?? MANIFEST_DEFAULTS.context.history.maxTurns;
  return turns.slice(Math.max(0, turns.length - keep));
}

function responseFormatName(side: ResolvedSide): string {
  const title = side.outputSchema?.title;
  const base = typeof title === 'string' && title ? title : posix.basename(side.manifest.output.schema ?? 'answer').replace(/\.[^.]*$/, '');
  return base.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'answer';
}

function openaiRequest(side: ResolvedSide, record: ReplayRecord): ModelRequest {
  const place = placeOf(side, record);
  const templates = compiled(side);
  const { model, tools, output } = side.manifest;

  const systemParts: string[] = [];
  if (templates.system) systemParts.push(renderTemplate(templates.system, record.data, place));
  const documents = documentsBlock(side, record, place);
  if (documents) systemParts.push(documents);

  const messages: ChatMessage[] = [];
  if (systemParts.length) messages.push({ role: 'system', content: systemParts.join('\n\n') });
  if (templates.user) {
    messages.push(...historyTurns(side, record, place));
    messages.push({ role: 'user', content: renderTemplate(templates.user, record.data, place) });
  } else {
    const own = field(record, 'messages');
    if (!own.found) {
      throw recordError(
        place,
        'record has no "messages" list and the manifest has no prompt.user template',
        'add prompt.user to the manifest, or record the chat messages in each line',
      );
    }
    const recorded = asMessages(own.value, 'field "messages"', place);
    // The manifest's system prompt is the surface under test: it replaces the recorded one.
    messages.push(...(systemParts.length ? recorded.filter((m) => m.role !== 'system') : recorded));
  }

  const body: Record<string, unknown> = { ...model.params, model: model.id, messages };
  if (side.tools.length) {
    body.tools = side.tools.map((fn) => ({ type: 'function', function: fn }));
    const choice = tools?.choice;
    if (choice !== undefined) body.tool_choice = typeof choice === 'string' ? choice : { type: 'function', function: { name: choice.name } };
    if (tools?.parallel !== undefined) body.parallel_tool_calls = tools.parallel;
  }
  if (output.kind === 'json' && side.outputSchema) {
    body.response_format = { type: 'json_schema', json_schema: { name: responseFormatName(side), schema: side.outputSchema } };
  }
  return { protocol: 'openai', body };
}

const INTEGER_RANGES: Record<string, [number, number]> = {
  INT8: [-128, 127],
  INT16: [-32768, 32767],
  INT32: [-2147483648, 2147483647],
  INT64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  UINT8: [0, 255],
  UINT16: [0, 65535],
  UINT32: [0, 4294967295],
  UINT64: [0, Number.MAX_SAFE_INTEGER],
};

function elementProblem(datatype: string, v: unknown): string | undefined {
  if (datatype === 'BOOL') return typeof v === 'boolean' ? undefined : 'true or false';
  if (datatype === 'BYTES') return typeof v === 'string' ? undefined : 'strings';
  const range = INTEGER_RANGES[datatype];
  if (range) return typeof v === 'number' && Number.isInteger(v) && v >= range[0] && v <= range[1] ? undefined : `integers in [${range[0]}, ${range[1]}]`;
  return typeof v === 'number' && Number.isFinite(v) ? undefined : 'finite numbers';
}

/** A (nested) list flattened row-major, with its shape; ragged lists are rejected. */
function flatten(value: unknown, what: string, place: RecordPlace): { data: unknown[]; shape: number[] } {
  if (!Array.isArray(value)) return { data: [value], shape: [1] };
  if (value.length === 0 || !Array.isArray(value[0])) {
    if (value.some(Array.isArray)) throw recordError(place, `${what} mixes lists and single values`);
    return { data: value, shape: [value.length] };
  }
  if (value.some((row) => !Array.isArray(row))) throw recordError(place, `${what} mixes lists and single values`);
  const rows = value.map((row) => flatten(row, what, place));
  const inner = rows[0]!.shape;
  if (rows.some((r) => r.shape.join() !== inner.join())) {
    throw recordError(place, `${what} is a ragged list; a tensor needs rows of equal length`);
  }
  return { data: rows.flatMap((r) => r.data), shape: [value.length, ...inner] };
}

function kserveInput(spec: KserveInputSpec, record: ReplayRecord, place: RecordPlace) {
  const what = `field "${spec.from}" (KServe input "${spec.name}")`;
  const { found, value } = field(record, spec.from);
  if (!found) throw recordError(place, `record has no field "${spec.from}" for KServe input "${spec.name}"`);
  const { data, shape: natural } = flatten(value, what, place);
  const badIndex = data.findIndex((v) => elementProblem(spec.datatype, v) !== undefined);
  if (badIndex !== -1) {
    throw recordError(
      place,
      `${what} must hold ${elementProblem(spec.datatype, data[badIndex])} for datatype ${spec.datatype} (element ${badIndex} is ${JSON.stringify(data[badIndex])})`,
    );
  }
  let shape = natural;
  if (spec.shape) {
    const known = spec.shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const free = spec.shape.includes(-1);
    if (free ? known === 0 || data.length % known !== 0 : known !== data.length) {
      throw recordError(place, `${what} has ${data.length} values, which does not fit shape [${spec.shape.join(', ')}]`);
    }
    shape = spec.shape.map((d) => (d === -1 ? data.length / known : d));
  }
  return { name: spec.name, shape, datatype: spec.datatype, data };
}

function kserveRequest(side: ResolvedSide, record: ReplayRecord): ModelRequest {
  const spec = side.manifest.model.kserve;
  if (!spec) throw new UserError('model.kserve is required when model.protocol is kserve-v2', { file: side.manifestPath });
  const place = placeOf(side, record);
  const params = side.manifest.model.params;
  return {
    protocol: 'kserve-v2',
    body: {
      id: record.id,
      inputs: spec.inputs.map((input) => kserveInput(input, record, place)),
      outputs: [{ name: spec.output.name }],
      ...(params && Object.keys(params).length ? { parameters: params } : {}),
    },
  };
}

function httpRequest(side: ResolvedSide, record: ReplayRecord): ModelRequest {
  const http = side.manifest.model.http;
  if (!http) throw new UserError('model.http is required when model.protocol is http', { file: side.manifestPath });
  const body = renderJsonTemplate(compiled(side).body!, record.data, placeOf(side, record));
  return { protocol: 'http', method: http.method ?? MANIFEST_DEFAULTS.http.method, body };
}

/** The request one side sends for one recorded record, in that side's protocol. */
export function buildRequest(side: ResolvedSide, record: ReplayRecord): ModelRequest {
  switch (side.manifest.model.protocol) {
    case 'openai':
      return openaiRequest(side, record);
    case 'kserve-v2':
      return kserveRequest(side, record);
    case 'http':
      return httpRequest(side, record);
  }
}
