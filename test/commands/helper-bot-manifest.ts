// The helper-bot service's manifest shared by the LLM-metric command tests: an OpenAI-compatible model whose
// system prompt is the change under test; each test adds its own `shadow` tail (llm settings, gates).
export function helperBotManifest(opts: { endpoint: string; system: string; minSamples: number; auth?: boolean; shadowTail: string }): string {
  return `version: 1
service: helper-bot
model:
  protocol: openai
  endpoint: ${opts.endpoint}
  id: helper-model-1
${opts.auth ? '  auth:\n    env: OPENAI_API_KEY\n' : ''}prompt:
  system: ${opts.system}
  user: prompts/user.md
output:
  kind: text
shadow:
  dataset: data/requests.jsonl
  concurrency: 8
  timeoutMs: 5000
  minSamples: ${opts.minSamples}
  retries: { max: 0 }
${opts.shadowTail}`;
}
