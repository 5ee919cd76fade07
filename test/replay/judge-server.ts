// A pairwise judge model served on loopback: an OpenAI-compatible chat endpoint that reads the two
// answers out of the judge prompt and says which shows the marked property more. Optionally biased
// towards answer A on a share of the prompts (drawn from a hash of the prompt, so reproducible).

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface JudgeServerOptions {
  /** The property the judge detects: an answer shows it when it contains this text. */
  marker: string;
  /** Share of prompts answered "A" whatever the answers say. */
  biasToA?: number;
  /** Usage reported per call. */
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Usage reported for a call by its prompt (the request and both answers), over `usage`: calls can cost apart. */
  usageFor?: (prompt: string) => { prompt_tokens: number; completion_tokens: number } | undefined;
  /** Answers this status for prompts whose answers contain this text. */
  failWhen?: { text: string; status: number };
  /** Replies with prose without JSON for prompts whose answers contain this text. */
  garbleWhen?: string;
}

export interface JudgeServer {
  url: string;
  /** Chat requests received. */
  calls: number;
  /** Usage reported by each answered call, in order: what the calls cost at a price. */
  readonly usages: ReadonlyArray<{ prompt_tokens: number; completion_tokens: number }>;
  close(): Promise<void>;
}

function unit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

export async function startJudgeServer(options: JudgeServerOptions): Promise<JudgeServer> {
  const state = { calls: 0 };
  const usages: Array<{ prompt_tokens: number; completion_tokens: number }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      state.calls++;
      const parsed = JSON.parse(body) as { model: string; messages: Array<{ role: string; content: string }> };
      const prompt = parsed.messages.find((m) => m.role === 'user')?.content ?? '';
      const a = /Answer A:\n([\s\S]*?)\n\nAnswer B:/.exec(prompt)?.[1] ?? '';
      const b = /Answer B:\n([\s\S]*?)\n\nWhich answer/.exec(prompt)?.[1] ?? '';
      if (options.failWhen && (a + b).includes(options.failWhen.text)) {
        res.writeHead(options.failWhen.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'judge overloaded' } }));
        return;
      }
      let content: string;
      if (options.garbleWhen && (a + b).includes(options.garbleWhen)) content = 'Both answers are fine, I think.';
      else {
        const inA = a.includes(options.marker);
        const inB = b.includes(options.marker);
        const truthful = inA === inB ? 'tie' : inA ? 'A' : 'B';
        const more = unit(prompt) < (options.biasToA ?? 0) ? 'A' : truthful;
        content = JSON.stringify({ more, reason: more === 'tie' ? 'Neither answer shows it more.' : `Answer ${more} says "${options.marker}".` });
      }
      const usage = options.usageFor?.(prompt) ?? options.usage ?? { prompt_tokens: 100, completion_tokens: 10 };
      usages.push(usage);
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'judge',
          object: 'chat.completion',
          model: parsed.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    get calls() {
      return state.calls;
    },
    usages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
