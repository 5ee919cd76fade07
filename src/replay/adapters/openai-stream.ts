// Streamed OpenAI-compatible chat completions (`stream: true`): server-sent events reassembled into the
// same answer a non-streamed call gives (text, refusal, tool calls joined by their `index`, finish
// reason, usage from the last chunk with `stream_options.include_usage`), plus how the stream felt to a
// user: time to the first token and the mean time between tokens, from when each body chunk arrived.
// A stream that ends before `data: [DONE]` or a finish reason is `stream-broken`.
import type { FailureClass, ModelOutput, StreamTiming, ToolCall } from '../../types.ts';
import { errorBodyMessage, isObject } from './adapter.ts';
import { parseUsage } from './openai.ts';

export type StreamParse =
  | { ok: true; output: ModelOutput; timing: StreamTiming }
  | { ok: false; class: Extract<FailureClass, 'bad-body' | 'error-body' | 'stream-broken'>; message: string };

/** Arrival of the body's chunks: byte offset where each ends, ms since the request started. */
export interface ChunkArrivals {
  ends: readonly number[];
  atMs: readonly number[];
}

interface PartialCall {
  id: string;
  name: string;
  arguments: string;
}

/** Is this body a stream of server-sent events (rather than one JSON completion)? */
export function looksLikeEventStream(contentType: string | undefined, body: string): boolean {
  return /text\/event-stream/i.test(contentType ?? '') || /^\s*(data|event|id|retry)?:/.test(body);
}

export function parseChatStream(body: string, arrivals?: ChunkArrivals): StreamParse {
  let text: string | undefined;
  let refusal: string | undefined;
  const calls: PartialCall[] = [];
  let finishReason: string | undefined;
  let usage: ModelOutput['usage'] | undefined;
  let done = false;
  const tokenTimes: number[] = [];

  // Time at which the byte at `offset` had arrived; chunks are in order, so the search only moves forward.
  let chunk = 0;
  const arrivedAt = (offset: number): number | undefined => {
    if (!arrivals) return undefined;
    while (chunk < arrivals.ends.length - 1 && (arrivals.ends[chunk] as number) < offset) chunk++;
    return arrivals.atMs[chunk];
  };

  let data: string[] = [];
  let offset = 0; // bytes of the body read so far
  const dispatch = (): StreamParse | undefined => {
    if (data.length === 0) return undefined;
    const payload = data.join('\n');
    data = [];
    if (payload.trim() === '[DONE]') {
      done = true;
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return { ok: false, class: 'bad-body', message: `stream event is not JSON: ${payload.slice(0, 80)}` };
    }
    if (!isObject(json)) return { ok: false, class: 'bad-body', message: 'stream event is not a JSON object' };
    if (json.error !== undefined && json.error !== null) {
      return { ok: false, class: 'error-body', message: errorBodyMessage(json) ?? 'error object in the stream' };
    }
    const eventUsage = parseUsage(json.usage);
    if (eventUsage) usage = eventUsage;
    // The first choice, as a non-streamed answer is read; with n > 1 each chunk names its choice's index.
    const choice: unknown = Array.isArray(json.choices) ? json.choices.find((c) => isObject(c) && (c.index ?? 0) === 0) : undefined;
    if (!isObject(choice)) return undefined; // e.g. the usage-only last chunk, or another choice's
    if (typeof choice.finish_reason === 'string') finishReason = choice.finish_reason;
    const delta = choice.delta;
    if (!isObject(delta)) return undefined;
    let token = false;
    if (typeof delta.content === 'string') {
      text = (text ?? '') + delta.content;
      token ||= delta.content !== '';
    }
    if (typeof delta.refusal === 'string') {
      refusal = (refusal ?? '') + delta.refusal;
      token ||= delta.refusal !== '';
    }
    if (Array.isArray(delta.tool_calls)) {
      for (const [position, raw] of delta.tool_calls.entries()) {
        if (!isObject(raw)) return { ok: false, class: 'bad-body', message: `delta.tool_calls[${position}] is not an object` };
        const index = typeof raw.index === 'number' ? raw.index : position;
        const call = (calls[index] ??= { id: '', name: '', arguments: '' });
        if (typeof raw.id === 'string' && raw.id !== '') call.id = raw.id;
        const fn = isObject(raw.function) ? raw.function : undefined;
        if (typeof fn?.name === 'string' && fn.name !== '') call.name = fn.name;
        if (typeof fn?.arguments === 'string') call.arguments += fn.arguments;
        token = true;
      }
    }
    if (token) {
      const at = arrivedAt(offset);
      if (at !== undefined) tokenTimes.push(at);
    }
    return undefined;
  };

  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const line = body.slice(start, end).replace(/\r$/, '');
    offset += Buffer.byteLength(body.slice(start, end)) + (newline === -1 ? 0 : 1);
    if (line === '') {
      const failed = dispatch();
      if (failed) return failed;
    } else if (line.startsWith('data:')) {
      data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
    } // `event:`, `id:`, `retry:` and `:` comments carry nothing an answer needs
    if (newline === -1) break;
    start = newline + 1;
  }
  const failed = dispatch(); // a last event without its blank line
  if (failed) return failed;

  if (!done && finishReason === undefined) {
    return { ok: false, class: 'stream-broken', message: 'the stream ended before data: [DONE] or a finish reason' };
  }
  const output: ModelOutput = {};
  if (text !== undefined) output.text = text;
  if (refusal !== undefined) output.refusal = refusal;
  const toolCalls: ToolCall[] = [];
  for (const [index, call] of calls.entries()) {
    if (!call) continue;
    if (call.name === '') return { ok: false, class: 'bad-body', message: `streamed tool call ${index} has no function name` };
    toolCalls.push(call);
  }
  if (toolCalls.length > 0) output.toolCalls = toolCalls;
  if (finishReason !== undefined) output.finishReason = finishReason;
  if (usage) output.usage = usage;
  const timing: StreamTiming = {};
  if (tokenTimes.length > 0) timing.ttftMs = tokenTimes[0] as number;
  if (tokenTimes.length > 1) timing.interTokenMs = ((tokenTimes.at(-1) as number) - (tokenTimes[0] as number)) / (tokenTimes.length - 1);
  return { ok: true, output, timing };
}
