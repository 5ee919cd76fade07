// A support-bot style service whose answers must be JSON objects matching a schema, written into a
// throwaway repo, and the OpenAI-compatible model server behind it.
import { lastUserMessage, startOpenAIServer, type ModelServer, type OpenAIServerOptions } from '../support/model-servers.ts';
import { jsonl, recordIndexIn, tempRepo, type Repo } from './helpers.ts';

export const INTENTS = ['refund', 'return', 'shipping', 'account', 'billing', 'other'] as const;

export const ANSWER_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['intent', 'answer', 'escalate'],
  additionalProperties: false,
  properties: {
    intent: { enum: INTENTS },
    answer: { type: 'string', minLength: 1 },
    escalate: { type: 'boolean' },
  },
};

export const BASELINE_SYSTEM = 'Answer only with a JSON object {"intent", "answer", "escalate"}.\n';
/** The candidate prompt invites an intent outside the schema's enum. */
export const BREAKING_SYSTEM = 'Answer only with a JSON object {"intent", "answer", "escalate"}. Be playful: use intent "chitchat" for small talk.\n';

/** Every `BREAK_EVERY`-th record is "small talk", which the breaking prompt answers outside the contract. */
export const BREAK_EVERY = 4;

export function manifestYaml(options: { endpoint: string; service?: string; system?: string; extra?: string; auth?: string }): string {
  return [
    '# yaml-language-server: $schema=../src/manifest/manifest.schema.json',
    'version: 1',
    `service: ${options.service ?? 'support-bot'}`,
    'model:',
    '  protocol: openai',
    `  endpoint: ${options.endpoint}`,
    '  id: support-model-1',
    ...(options.auth ? ['  auth:', `    env: ${options.auth}`] : []),
    '  params:',
    '    temperature: 0',
    'prompt:',
    `  system: ${options.system ?? 'prompts/system.md'}`,
    '  user: prompts/user.md',
    'output:',
    '  kind: json',
    '  schema: schemas/answer.json',
    'shadow:',
    '  dataset: data/requests.jsonl',
    '  concurrency: 8',
    '  timeoutMs: 5000',
    '  minSamples: 50',
    ...(options.extra ? [options.extra] : []),
    '',
  ].join('\n');
}

export function datasetText(records: number): string {
  return jsonl(records, (i) => ({ question: `Question ${i}: where is my parcel?`, customer: { tier: i % 2 ? 'plus' : 'basic' } }));
}

/** Writes the baseline files of the service (not committed). */
export function writeService(repo: Repo, endpoint: string, records: number): void {
  repo.write('shadowgate.yaml', manifestYaml({ endpoint }));
  repo.write('prompts/system.md', BASELINE_SYSTEM);
  repo.write('prompts/user.md', '[{{ id }}] {{ question }} (tier {{ customer.tier }})\n');
  repo.write('schemas/answer.json', `${JSON.stringify(ANSWER_SCHEMA, null, 2)}\n`);
  repo.write('data/requests.jsonl', datasetText(records));
}

/**
 * The service in a fresh repo (removed by `removeAll`): its baseline files, changed by `base`, committed;
 * then `head` changes the candidate, committed as `commit` or, without it, left in the working tree.
 */
export function serviceRepo(endpoint: string, records: number, change: { base?: (repo: Repo) => void; head?: (repo: Repo) => void; commit?: string }): Repo {
  const repo = tempRepo();
  writeService(repo, endpoint, records);
  change.base?.(repo);
  repo.commit('baseline');
  change.head?.(repo);
  if (change.commit !== undefined) repo.commit(change.commit);
  return repo;
}

function systemMessage(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? (body.messages as Array<{ role?: string; content?: unknown }>) : [];
  const system = messages.find((m) => m.role === 'system');
  return typeof system?.content === 'string' ? system.content : '';
}

/**
 * A deterministic support model: the answer depends only on the record and the system prompt, so an
 * unchanged prompt gives identical answers, and the breaking prompt leaves the schema on every
 * BREAK_EVERY-th record (still valid JSON, so only the schema metric moves).
 */
export function startSupportModel(options: Omit<OpenAIServerOptions, 'answer'> = {}): Promise<ModelServer> {
  return startOpenAIServer({
    latencyMs: 2,
    ...options,
    answer: (body) => {
      const index = recordIndexIn(lastUserMessage(body));
      const playful = systemMessage(body).includes('chitchat');
      const intent = playful && index % BREAK_EVERY === 0 ? 'chitchat' : (INTENTS[index % INTENTS.length] ?? 'other');
      return JSON.stringify({ intent, answer: `About request ${index}: it is on its way.`, escalate: index % 7 === 0 });
    },
  });
}
