// Generates everything one bench scenario needs into a fresh folder: the dataset (JSONL, and the same
// records as CSV for promptfoo), prompt files, a shadowgate manifest pair that differs only in the
// system prompt, and the equivalent promptfoo config. Deterministic: the same size gives the same bytes.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';

export const BASELINE_SYSTEM = 'You are the support assistant of an online shop. Answer the customer in one or two sentences.';
export const CANDIDATE_SYSTEM =
  'You are the support assistant of an online shop. Answer the customer in one or two friendly sentences and suggest one next step.';
const USER_TEMPLATE = 'Customer question: {{ question }}';

const SUBJECTS = ['my order', 'the parcel', 'my refund', 'the invoice', 'my account', 'the discount code', 'the warranty', 'my subscription'];
const VERBS = ['has not arrived', 'was charged twice', 'shows the wrong address', 'cannot be found', 'expired early', 'is missing an item'];
const TAILS = ['since last week', 'after I paid', 'although tracking says delivered', 'and support did not reply', 'on the mobile app', 'for the second time'];
const ASKS = ['What should I do next?', 'Can you fix this today?', 'How long will it take?', 'Who do I contact?', 'Is there a fee for this?'];

/** A small deterministic PRNG (mulberry32) so fixtures never depend on Math.random. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

export function questionRecord(index, random) {
  const order = `A-${String(100000 + index)}`;
  const question = `Hello, ${pick(random, SUBJECTS)} (${order}) ${pick(random, VERBS)} ${pick(random, TAILS)}. ${pick(random, ASKS)}`;
  return { id: `q${String(index + 1).padStart(6, '0')}`, question };
}

function csvField(value) {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Streams both dataset files so a 100,000-record scenario never holds the dataset in memory. */
async function writeDatasets(dir, records) {
  const jsonl = createWriteStream(join(dir, 'data', 'questions.jsonl'));
  const csv = createWriteStream(join(dir, 'data', 'questions.csv'));
  csv.write('id,question\n');
  const random = prng(20260521);
  for (let i = 0; i < records; i++) {
    const record = questionRecord(i, random);
    const okJsonl = jsonl.write(`${JSON.stringify(record)}\n`);
    const okCsv = csv.write(`${csvField(record.id)},${csvField(record.question)}\n`);
    // Both listeners are attached before either wait: awaiting one stream's drain and only then listening
    // for the other's missed a drain that came meanwhile, and hung the 1,000,000-record scenario for good.
    const drains = [...(okJsonl ? [] : [once(jsonl, 'drain')]), ...(okCsv ? [] : [once(csv, 'drain')])];
    if (drains.length > 0) await Promise.all(drains);
  }
  jsonl.end();
  csv.end();
  await Promise.all([once(jsonl, 'finish'), once(csv, 'finish')]);
}

function manifestYaml({ service, modelId, endpoint, systemPrompt, concurrency, timeoutMs }) {
  return [
    'version: 1',
    `service: ${service}`,
    'model:',
    '  protocol: openai',
    `  endpoint: ${endpoint}`,
    `  id: ${modelId}`,
    '  params:',
    '    temperature: 0',
    'prompt:',
    `  system: ${systemPrompt}`,
    '  user: prompts/user.md',
    'output:',
    '  kind: text',
    'shadow:',
    '  dataset: data/questions.jsonl',
    `  concurrency: ${concurrency}`,
    `  timeoutMs: ${timeoutMs}`,
    // The bench measures throughput and memory; one slow request must not stretch the run by a whole default deadline.
    '  retries:',
    '    max: 2',
    '    baseDelayMs: 50',
    '    maxDelayMs: 500',
    '',
  ].join('\n');
}

function promptfooChatPrompt(system) {
  // promptfoo fills {{question}} with nunjucks; the text around it equals shadowgate's user template.
  return `${JSON.stringify(
    [
      { role: 'system', content: system },
      { role: 'user', content: USER_TEMPLATE.replace('{{ question }}', '{{question}}') },
    ],
    null,
    2,
  )}\n`;
}

function promptfooConfig({ modelId, endpoint }) {
  return [
    'description: shadowgate bench (baseline vs candidate prompt)',
    'prompts:',
    '  - id: file://prompts/promptfoo-baseline.json',
    '    label: baseline',
    '  - id: file://prompts/promptfoo-candidate.json',
    '    label: candidate',
    'providers:',
    `  - id: openai:chat:${modelId}`,
    '    config:',
    `      apiBaseUrl: ${endpoint}`,
    '      temperature: 0',
    'tests: file://data/questions.csv',
    '',
  ].join('\n');
}

/**
 * Writes one scenario into `dir` and returns the paths the runners need.
 * @param {string} dir
 * @param {{ records: number, endpoint: string, concurrency: number, timeoutMs?: number, promptfoo?: boolean }} options
 */
export async function writeFixtures(dir, { records, endpoint, concurrency, timeoutMs = 30_000, promptfoo = true }) {
  await mkdir(join(dir, 'data'), { recursive: true });
  await mkdir(join(dir, 'prompts'), { recursive: true });
  const modelId = 'bench-model-2026-01-01';
  await Promise.all([
    writeDatasets(dir, records),
    writeFile(join(dir, 'prompts', 'system-baseline.md'), BASELINE_SYSTEM),
    writeFile(join(dir, 'prompts', 'system-candidate.md'), CANDIDATE_SYSTEM),
    writeFile(join(dir, 'prompts', 'user.md'), USER_TEMPLATE),
    writeFile(
      join(dir, 'baseline.yaml'),
      manifestYaml({ service: 'bench', modelId, endpoint, systemPrompt: 'prompts/system-baseline.md', concurrency, timeoutMs }),
    ),
    writeFile(
      join(dir, 'shadowgate.yaml'),
      manifestYaml({ service: 'bench', modelId, endpoint, systemPrompt: 'prompts/system-candidate.md', concurrency, timeoutMs }),
    ),
    ...(promptfoo
      ? [
          writeFile(join(dir, 'prompts', 'promptfoo-baseline.json'), promptfooChatPrompt(BASELINE_SYSTEM)),
          writeFile(join(dir, 'prompts', 'promptfoo-candidate.json'), promptfooChatPrompt(CANDIDATE_SYSTEM)),
          writeFile(join(dir, 'promptfooconfig.yaml'), promptfooConfig({ modelId, endpoint })),
        ]
      : []),
  ]);
  return {
    dir,
    dataset: join(dir, 'data', 'questions.jsonl'),
    candidateManifest: join(dir, 'shadowgate.yaml'),
    baselineManifest: join(dir, 'baseline.yaml'),
    promptfooConfig: join(dir, 'promptfooconfig.yaml'),
  };
}
