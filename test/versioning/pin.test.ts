// Model pin check: floating aliases, `latest` in any form, images without a digest, storage URIs
// without a version, and KServe models without a version fail; dated snapshots, versions and digests
// pass; a user's allowed pattern wins.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkImage, checkModelPin, checkStorageUri } from '../../src/versioning/pin.ts';
import type { Protocol } from '../../src/types.ts';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

const MODELS: Array<[Protocol, string, string | undefined, boolean, RegExp]> = [
  ['openai', 'gpt-4o', undefined, false, /floating alias: the provider moves it/],
  ['openai', 'gpt-4.1-mini', undefined, false, /floating alias/],
  ['openai', 'o3', undefined, false, /floating alias/],
  ['openai', 'o4-mini', undefined, false, /floating alias/],
  ['openai', 'claude-sonnet-4-5', undefined, false, /floating alias/],
  ['openai', 'gemini-2.5-pro', undefined, false, /floating alias/],
  ['openai', 'chatgpt-4o-latest', undefined, false, /"latest" moves/],
  ['openai', 'claude-3-5-sonnet-latest', undefined, false, /"latest" moves/],
  ['openai', 'llama3:latest', undefined, false, /"latest" moves/],
  ['openai', 'gpt-4o-2024-08-06', undefined, true, /names a snapshot/],
  ['openai', 'gpt-4-0613', undefined, true, /names a snapshot/],
  ['openai', 'claude-sonnet-4-5-20250929', undefined, true, /names a snapshot/],
  ['openai', 'gemini-1.5-pro-002', undefined, true, /names a snapshot/],
  ['openai', 'mistral-large-2411', undefined, true, /names a snapshot/],
  ['openai', 'ft:gpt-4o-mini-2024-07-18:acme::abc123', undefined, true, /fine-tuned/],
  ['openai', 'support-model-1', undefined, true, /not a known floating alias/],
  ['kserve-v2', 'pricing', undefined, false, /has no version: the server answers with whichever version/],
  ['kserve-v2', 'pricing', '3', true, /names a version/],
  ['kserve-v2', 'pricing', 'latest', false, /"latest" moves/],
  ['http', 'gs://models/pricing', undefined, false, /no version or digest/],
  ['http', 'gs://models/pricing/v3', undefined, true, /version folder/],
  ['http', 's3://bucket/pricing/2026-01-15', undefined, true, /version folder/],
  ['http', `oci://ghcr.io/acme/pricing@${DIGEST}`, undefined, true, /pinned by digest/],
  ['http', 'ghcr.io/acme/pricing:latest', undefined, false, /tagged :latest/],
  ['http', 'ghcr.io/acme/pricing', undefined, false, /no tag, which means :latest/],
  ['http', `ghcr.io/acme/pricing@${DIGEST}`, undefined, true, /pinned by digest/],
];

describe('model pins', () => {
  for (const [protocol, id, version, pinned, reason] of MODELS) {
    test(`${protocol} ${id}${version !== undefined ? `@${version}` : ''} → ${pinned ? 'pinned' : 'floating'}`, () => {
      const verdict = checkModelPin({ protocol, id, ...(version !== undefined ? { version } : {}) });
      assert.equal(verdict.pinned, pinned, verdict.reason);
      assert.match(verdict.reason, reason);
      if (!pinned) assert.ok(verdict.hint && verdict.hint.length > 10, 'a floating reference comes with the form that pins it');
    });
  }

  test("allowed patterns per protocol win over the rules; another protocol's patterns do not apply", () => {
    assert.equal(checkModelPin({ protocol: 'openai', id: 'gpt-4o' }, { openai: ['^gpt-4o$'] }).pinned, true);
    assert.equal(checkModelPin({ protocol: 'openai', id: 'gpt-4o' }, { 'kserve-v2': ['^gpt-4o$'] }).pinned, false);
    assert.equal(checkModelPin({ protocol: 'kserve-v2', id: 'pricing' }, { '*': ['^pricing$'] }).pinned, true);
  });

  test('images and storage URIs can be checked on their own (deployment specs)', () => {
    assert.equal(checkImage('registry.example.test:5000/ml/vllm:v0.6.3').pinned, true);
    assert.match(checkImage('registry.example.test:5000/ml/vllm:v0.6.3').reason, /a tag can be moved; a digest cannot/);
    assert.equal(checkImage('vllm/vllm-openai:latest').pinned, false);
    assert.match(checkImage('vllm/vllm-openai').hint!, /vllm\/vllm-openai@sha256:<digest>/);
    assert.equal(checkStorageUri('hf://meta-llama/Llama-3.1-8B-Instruct').pinned, false);
    assert.equal(checkStorageUri(`hf://meta-llama/Llama-3.1-8B-Instruct@${'0123456789abcdef0123'.repeat(2)}`).pinned, true);
    assert.equal(checkStorageUri('pvc://models/pricing/latest').pinned, false);
  });
});
