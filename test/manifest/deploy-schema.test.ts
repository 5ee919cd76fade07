// The published manifest schema carries the deploy: section for editors; the Kubernetes stage validates
// it with its own copy at run time. Both must accept and reject the same documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deploySchema } from '../../src/delivery/deploy-config.ts';
import { parseManifest } from '../../src/manifest/load.ts';
import { isUserError } from '../../src/errors.ts';

function withoutDocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDocs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'description' && k !== '$comment')
        .map(([k, v]) => [k, withoutDocs(v)]),
    );
  }
  return value;
}

test('manifest.schema.json embeds exactly the deploy schema of src/kube/config.ts', () => {
  const schema = JSON.parse(readFileSync('src/manifest/manifest.schema.json', 'utf8'));
  const { $defs, ...rest } = structuredClone(deploySchema) as Record<string, unknown> & { $defs: { deploySlot: unknown } };
  assert.deepEqual(withoutDocs(schema.properties.deploy), withoutDocs(rest));
  assert.deepEqual(withoutDocs(schema.$defs.deploySlot), withoutDocs($defs.deploySlot));
});

const base = `version: 1
service: support-bot
model: { protocol: openai, endpoint: "http://127.0.0.1:1/v1", id: m }
output: { kind: text }
shadow: { dataset: data.jsonl }
`;

test('a valid deploy section loads; a misspelt key is reported on its line', () => {
  const ok = parseManifest(
    `${base}deploy:\n  service: support-bot\n  slots:\n    blue: { selector: blue, deployments: [bot-blue], url: "http://bot-blue.ml:8080/v1" }\n    green: { selector: green, deployments: [bot-green] }\n`,
    'shadowgate.yaml',
  );
  assert.equal((ok.manifest.deploy as { service: string }).service, 'support-bot');
  assert.throws(
    () => parseManifest(`${base}deploy:\n  service: support-bot\n  slotz: {}\n`, 'shadowgate.yaml'),
    (e: unknown) => isUserError(e) && e.location?.file === 'shadowgate.yaml' && e.location.line === 8 && /slotz|slots/.test(e.message),
  );
});
