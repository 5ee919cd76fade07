// The two demo models (OpenAI-compatible chat, KServe v2 pricing) on loopback until SIGINT/SIGTERM, for a
// local run of the action (.env.example) and the self-test workflow. The example manifests point at the
// default ports: 8080 (examples/support-bot) and 8081 (examples/pricing).
//
//   node hack/serve-demo-models.ts [--chat-port N] [--pricing-port N] [--urls-file FILE]
//
// Prints `SHADOWGATE_CHAT_URL=…` and `SHADOWGATE_PRICING_URL=…` once both listen, and appends the same lines
// to --urls-file (in a workflow: "$GITHUB_ENV", so later steps read the URLs).
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startChatModel } from '../src/demo/chat-model.ts';
import { startPricingModel } from '../src/demo/pricing-model.ts';

const { values } = parseArgs({
  options: { 'chat-port': { type: 'string', default: '8080' }, 'pricing-port': { type: 'string', default: '8081' }, 'urls-file': { type: 'string' } },
});
const port = (name: 'chat-port' | 'pricing-port'): number => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    process.stderr.write(`--${name} must be a port number 0..65535 (got "${values[name]}")\n`);
    process.exit(2);
  }
  return value;
};

const servers = [await startChatModel(port('chat-port')), await startPricingModel(port('pricing-port'))];
const lines = `SHADOWGATE_CHAT_URL=${servers[0]!.url}\nSHADOWGATE_PRICING_URL=${servers[1]!.url}\n`;
if (values['urls-file']) appendFileSync(values['urls-file'], lines);
process.stdout.write(lines);

const stop = async () => {
  await Promise.all(servers.map((s) => s.close()));
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
