// A manifest with a canary ladder, written into a fresh folder the way a user's repository holds it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const DEFAULT_DEPLOY = {
  namespace: 'default',
  service: 'chat',
  slots: { blue: { selector: 'blue', deployments: ['chat-blue'] }, green: { selector: 'green', deployments: ['chat-green'] } },
  canary: {
    router: { kind: 'gateway-api', name: 'chat' },
    services: { blue: 'chat-blue', green: 'chat-green' },
    rungs: [1, 5, 25],
    provider: { kind: 'prometheus', url: 'http://127.0.0.1:9/' },
  },
};

/** Writes shadowgate.yaml (+ its dataset) into a new folder and returns the folder. */
export function writeManifest(
  deploy: Record<string, unknown> = DEFAULT_DEPLOY,
  modelId = 'chat-model-v2',
  dir = mkdtempSync(join(tmpdir(), 'sg-rollout-')),
): string {
  writeFileSync(join(dir, 'data.jsonl'), '{"input": "hi"}\n');
  writeFileSync(
    join(dir, 'shadowgate.yaml'),
    stringify({
      version: 1,
      service: 'chat',
      model: { protocol: 'openai', endpoint: 'http://127.0.0.1:1/v1', id: modelId },
      output: { kind: 'text' },
      shadow: { dataset: 'data.jsonl' },
      deploy,
    }),
  );
  return dir;
}
