// A small OpenAI-compatible chat "model" for the demo, served on loopback.
// It is deterministic per request, but its behaviour follows the prompt it is given, the way a real model's
// does: the candidate's system prompt asks for a chattier persona, which shifts answers, sometimes wraps the
// JSON answer in prose (breaking the contract) and takes longer to generate.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface DemoServer {
  url: string;
  requests: () => number;
  close(): Promise<void>;
}

const INTENTS: Array<[string, RegExp]> = [
  ['refund', /refund|money back|charged twice|overcharged/i],
  ['return', /return|send (it )?back|exchange/i],
  ['shipping', /ship|deliver|tracking|arrive|package/i],
  ['account', /password|login|log in|account|email address/i],
  ['billing', /invoice|bill|payment|card/i],
];

const ANSWERS: Record<string, string> = {
  refund: 'Refunds are issued to the original payment method within 5 business days of approval.',
  return: 'You can return unused items within 30 days from the Orders page; the label is free.',
  shipping: 'Standard shipping takes 3 to 5 business days; the tracking link is in your confirmation email.',
  account: 'Use "Forgot password" on the sign-in page; the reset link is valid for 30 minutes.',
  billing: 'Invoices are under Account → Billing; cards can be updated there at any time.',
  other: 'I will pass this to a human agent, who will reply by email within one business day.',
};

/** Uniform [0,1) from a string, so every decision is reproducible per request. */
function unit(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

function classify(question: string): string {
  for (const [intent, pattern] of INTENTS) if (pattern.test(question)) return intent;
  return 'other';
}

interface ChatMessage {
  role: string;
  content?: string | null;
}

export function answerChat(body: { model?: string; messages?: ChatMessage[]; seed?: number }): {
  content: string;
  latencyMs: number;
} {
  const messages = body.messages ?? [];
  const system = messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content ?? '')
    .join('\n');
  const question = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const chatty = /friendly|enthusiastic|warm/i.test(system);
  const r = unit(`${question}|${system.length}`);
  // A tiny share of sampling noise that even identical prompts show (the A/A floor).
  const jitter = unit(`${question}|${Date.now() >> 14}|${Math.random()}`) < 0.02;

  let intent = classify(question);
  // The chattier persona over-reads returns as refunds and vague questions as shipping ones.
  if (chatty && intent === 'return' && r < 0.35) intent = 'refund';
  if (chatty && intent === 'other' && r < 0.5) intent = 'shipping';
  const escalate = intent === 'other' || /angry|lawyer|complain/i.test(question);
  let answer = ANSWERS[intent] ?? ANSWERS.other!;
  if (chatty) answer = `Happy to help! ${answer} Anything else I can do for you today?`;
  if (jitter) answer = answer.replace('within', 'in');
  const json = JSON.stringify({ intent, answer, escalate });
  // The chattier persona sometimes forgets the JSON-only instruction.
  const content = chatty && r > 0.9 ? `Sure! Here is what I found: ${json}` : json;
  const tokens = Math.ceil(content.length / 4);
  const latencyMs = Math.round((chatty ? 9 : 6) + tokens * (chatty ? 0.12 : 0.08) + r * 4);
  return { content, latencyMs };
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** On 127.0.0.1, at `port` (0: any free port). */
export async function startChatModel(port = 0): Promise<DemoServer> {
  let count = 0;
  const server: Server = createServer(async (req, res) => {
    count++;
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      return send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
    }
    let body: { model?: string; messages?: ChatMessage[] };
    try {
      body = (await readJson(req)) as typeof body;
    } catch {
      return send(res, 400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
    }
    const { content, latencyMs } = answerChat(body);
    const promptTokens = Math.ceil(JSON.stringify(body.messages ?? []).length / 4);
    const completionTokens = Math.ceil(content.length / 4);
    setTimeout(() => {
      send(res, 200, {
        id: `chatcmpl-${count}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model ?? 'demo',
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      });
    }, latencyMs);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/v1`,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
