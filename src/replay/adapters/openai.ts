// OpenAI chat completions (and compatible servers: vLLM, TGI, Ollama, LiteLLM …).
import type { ModelOutput, ModelRequest, ToolCall } from '../../types.ts';
import { joinUrl, type Endpoint } from '../endpoint.ts';
import { badBody, errorBodyMessage, isObject, type ParseResult, type ProtocolAdapter } from './adapter.ts';

function parseToolCalls(raw: unknown): ToolCall[] | string {
  if (!Array.isArray(raw)) return 'message.tool_calls is not an array';
  const calls: ToolCall[] = [];
  for (const [i, call] of raw.entries()) {
    if (!isObject(call)) return `tool_calls[${i}] is not an object`;
    const id = typeof call.id === 'string' ? call.id : '';
    // Newer APIs add custom tools {type:"custom", custom:{name,input}}; keep them comparable.
    const fn = isObject(call.function) ? call.function : isObject(call.custom) ? call.custom : undefined;
    if (!fn || typeof fn.name !== 'string') return `tool_calls[${i}] has no function name`;
    const args = fn.arguments ?? fn.input ?? '';
    calls.push({ id, name: fn.name, arguments: typeof args === 'string' ? args : JSON.stringify(args) });
  }
  return calls;
}

export function parseUsage(raw: unknown): ModelOutput['usage'] | undefined {
  if (!isObject(raw)) return undefined;
  const usage: NonNullable<ModelOutput['usage']> = {};
  if (typeof raw.prompt_tokens === 'number') usage.promptTokens = raw.prompt_tokens;
  if (typeof raw.completion_tokens === 'number') usage.completionTokens = raw.completion_tokens;
  if (typeof raw.total_tokens === 'number') usage.totalTokens = raw.total_tokens;
  const details = raw.prompt_tokens_details;
  if (isObject(details) && typeof details.cached_tokens === 'number') usage.cachedPromptTokens = details.cached_tokens;
  return usage;
}

export function parseChatCompletion(json: unknown): ParseResult {
  if (!isObject(json)) return badBody('response is not a JSON object');
  // Some gateways answer 200 with an error object: a failure, never an answer.
  if (json.error !== undefined && json.error !== null) {
    return { ok: false, class: 'error-body', message: errorBodyMessage(json) ?? 'error object in a 200 response' };
  }
  if (!Array.isArray(json.choices)) return badBody('response has no choices array');
  const choice: unknown = json.choices[0];
  if (choice === undefined) return badBody('response has an empty choices array');
  if (!isObject(choice) || !isObject(choice.message)) return badBody('choices[0] has no message');
  const message = choice.message;
  const output: ModelOutput = {};
  if (typeof message.content === 'string') output.text = message.content;
  else if (message.content !== null && message.content !== undefined) {
    return badBody('choices[0].message.content is neither a string nor null');
  }
  if (typeof message.refusal === 'string') output.refusal = message.refusal;
  if (message.tool_calls !== undefined && message.tool_calls !== null) {
    const calls = parseToolCalls(message.tool_calls);
    if (typeof calls === 'string') return badBody(calls);
    if (calls.length > 0) output.toolCalls = calls;
  }
  if (typeof choice.finish_reason === 'string') output.finishReason = choice.finish_reason;
  const usage = parseUsage(json.usage);
  if (usage) output.usage = usage;
  return { ok: true, output };
}

export const openaiAdapter: ProtocolAdapter = {
  protocol: 'openai',
  url: (endpoint: Endpoint) => joinUrl(endpoint.url, 'chat/completions'),
  method: () => 'POST',
  toBody(request: ModelRequest, endpoint: Endpoint) {
    if (request.protocol !== 'openai') throw new Error(`openai adapter got a ${request.protocol} request`);
    // A streamed answer is reassembled from its events (./openai-stream.ts); usage comes in the last one.
    if (endpoint.stream) {
      return { model: endpoint.model, stream_options: { include_usage: true }, ...request.body, stream: true };
    }
    return { model: endpoint.model, ...request.body, stream: false };
  },
  parse: (json) => parseChatCompletion(json),
};
