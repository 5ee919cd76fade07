import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { MANIFEST_DEFAULTS, MANIFEST_SCHEMA, defaultsTable, loadManifestFile, parseManifest } from '../../src/manifest/load.ts';
import { FIXTURE_REPO } from './git-repo.ts';

const FILE = 'shadowgate.yaml';
const BASE = `version: 1
service: support-bot
model:
  protocol: openai
  endpoint: https://api.example.test/v1
  id: gpt-4.1-mini
  auth: { env: OPENAI_API_KEY }
output:
  kind: json
  schema: schemas/answer.json
shadow:
  dataset: data.jsonl
`;

/** Exactly one UserError, at the expected place, with the expected words. */
function rejects(text: string, where: { line: number; column: number }, message: RegExp): UserError {
  let caught: unknown;
  try {
    parseManifest(text, FILE);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof UserError, `expected a UserError, got ${String(caught)}`);
  assert.deepEqual(caught.location, { file: FILE, ...where }, caught.format());
  assert.match(caught.message, message);
  assert.doesNotMatch(caught.format(), /\n\s+at /, 'no stack trace in what the user sees');
  return caught;
}

test('a valid manifest loads with every default applied', () => {
  const { manifest } = parseManifest(BASE, FILE);
  assert.equal(manifest.model.protocol, 'openai');
  assert.equal(manifest.shadow.concurrency, 8);
  assert.equal(manifest.shadow.timeoutMs, 60_000);
  assert.equal(manifest.shadow.retries?.max, 3);
  assert.equal(manifest.shadow.minSamples, 50);
  assert.equal(manifest.shadow.sample?.rate, 1);
  assert.equal(manifest.shadow.alpha, 0.05);
  assert.equal(manifest.shadow.confidence, 0.95);
  assert.deepEqual(manifest.model.auth, { env: 'OPENAI_API_KEY', header: 'Authorization', scheme: 'Bearer' });
});

test('values the user set win over defaults, and a non-Authorization header gets no scheme', () => {
  const text = `${BASE.replace('auth: { env: OPENAI_API_KEY }', 'auth: { env: AZURE_KEY, header: api-key }')}  concurrency: 3\n  retries: { max: 0 }\n`;
  const { manifest } = parseManifest(text, FILE);
  assert.equal(manifest.shadow.concurrency, 3);
  assert.deepEqual(manifest.shadow.retries, { ...MANIFEST_DEFAULTS.shadow.retries, max: 0 });
  assert.deepEqual(manifest.model.auth, { env: 'AZURE_KEY', header: 'api-key', scheme: '' });
});

test('the schema documents the same defaults the loader applies', () => {
  const defs = (MANIFEST_SCHEMA as unknown as { $defs: Record<string, { properties: Record<string, { default?: unknown; $ref?: string }> }> }).$defs;
  const shadow = defs.shadow!.properties;
  const d = MANIFEST_DEFAULTS.shadow;
  for (const key of ['concurrency', 'timeoutMs', 'deadlineSeconds', 'minSamples', 'alpha', 'confidence', 'noiseFloor'] as const) {
    assert.equal(shadow[key]!.default, d[key], `shadow.${key}`);
  }
  const sample = (shadow.sample as unknown as { properties: Record<string, { default: unknown }> }).properties;
  assert.equal(sample.rate!.default, d.sample.rate);
  assert.equal(sample.seed!.default, d.sample.seed);
  const retries = defs.retries!.properties;
  for (const key of ['max', 'baseDelayMs', 'maxDelayMs'] as const) assert.equal(retries[key]!.default, d.retries[key], `retries.${key}`);
  assert.equal(defs.auth!.properties.header!.default, MANIFEST_DEFAULTS.auth.header);
  assert.equal(defs.output!.properties.rtol!.default, MANIFEST_DEFAULTS.output.rtol);
  assert.equal(defs.output!.properties.atol!.default, MANIFEST_DEFAULTS.output.atol);
});

test('every field in the schema is documented', () => {
  const undocumented: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
    for (const [name, sub] of Object.entries(props ?? {})) {
      const documented = typeof sub.description === 'string' || typeof sub.$ref === 'string' || typeof sub.$comment === 'string';
      if (!documented) undocumented.push(`${path}.${name}`);
      visit(sub, `${path}.${name}`);
    }
    // Conditional branches restate fields to constrain them; the field itself is documented above.
    for (const [k, v] of Object.entries(node)) if (k !== 'properties' && k !== 'allOf' && typeof v === 'object') visit(v, `${path}/${k}`);
  };
  visit(MANIFEST_SCHEMA, '');
  assert.deepEqual(undocumented, []);
});

test('the fixture manifest (with its yaml-language-server line) is valid', async () => {
  const path = join(FIXTURE_REPO, 'service', 'shadowgate.yaml');
  assert.match(readFileSync(path, 'utf8'), /^# yaml-language-server: \$schema=/);
  const { manifest } = await loadManifestFile(path, 'service/shadowgate.yaml');
  assert.equal(manifest.tools?.schemas.length, 2);
});

test('wrong enum value: names the field, the choices and what was given, at the value', () => {
  rejects(
    BASE.replace('protocol: openai', 'protocol: grpc'),
    { line: 4, column: 13 },
    /^model\.protocol must be one of openai, kserve-v2, http \(got "grpc"\)$/,
  );
});

test('a near-miss enum value gets a suggestion', () => {
  rejects(
    BASE.replace('kind: json', 'kind: jsn'),
    { line: 9, column: 9 },
    /must be one of text, json, tool-calls, label, numeric \(got "jsn"\); did you mean "json"\?/,
  );
});

test('unknown key: points at the key and suggests the closest field', () => {
  rejects(
    BASE.replace('  dataset: data.jsonl', '  dataset: data.jsonl\n  concurency: 4'),
    { line: 13, column: 3 },
    /^shadow\.concurency is not a known field of shadow \(did you mean "concurrency"\?\)/,
  );
});

test('wrong type: says what was expected and what was given', () => {
  rejects(`${BASE}  concurrency: eight\n`, { line: 13, column: 16 }, /^shadow\.concurrency must be an integer \(got "eight"\)$/);
});

test('missing required field: reported at the object that lacks it', () => {
  rejects(BASE.replace('  id: gpt-4.1-mini\n', ''), { line: 3, column: 1 }, /^model\.id is required$/);
  rejects(BASE.replace(/shadow:\n {2}dataset: data.jsonl\n/, ''), { line: 1, column: 1 }, /^shadow is required$/);
});

test('protocol kserve-v2 requires model.kserve, http requires model.http', () => {
  rejects(BASE.replace('protocol: openai', 'protocol: kserve-v2'), { line: 3, column: 1 }, /^model\.kserve is required when model\.protocol is kserve-v2/);
  rejects(BASE.replace('protocol: openai', 'protocol: http'), { line: 3, column: 1 }, /^model\.http is required when model\.protocol is http/);
});

test('model.stream goes with protocol openai only, and is off by default', () => {
  rejects(
    BASE.replace('protocol: openai', 'protocol: http\n  stream: true\n  http: { body: {}, output: /answer }'),
    { line: 4, column: 13 },
    /^model\.protocol must be openai when model\.stream is true/,
  );
  assert.equal(parseManifest(BASE.replace('protocol: openai', 'protocol: openai\n  stream: true'), FILE).manifest.model.stream, true);
  assert.equal(parseManifest(BASE, FILE).manifest.model.stream, undefined);
});

test('output.schema only goes with kind json', () => {
  rejects(BASE.replace('kind: json', 'kind: text'), { line: 10, column: 11 }, /^output\.schema is only used with output\.kind json/);
});

test('broken YAML: a syntax error with its position', () => {
  const e = rejects(BASE.replace('kind: json', 'kind: [json'), { line: 10, column: 3 }, /^YAML syntax error: /);
  assert.doesNotMatch(e.message, /\n/);
  rejects(`${BASE}service: again\n`, { line: 13, column: 1 }, /^YAML syntax error: Map keys must be unique/);
});

test('a literal secret is rejected without echoing it', () => {
  const secret = 'sk-abcdefghijklmnopqrstuvwx';
  const byName = rejects(
    BASE.replace('auth: { env: OPENAI_API_KEY }', `api_key: ${secret}`),
    { line: 7, column: 3 },
    /^model\.api_key would hold a credential/,
  );
  assert.match(byName.hint ?? '', /auth: \{ env: OPENAI_API_KEY \}/);
  assert.ok(!byName.format().includes(secret));
  const byValue = rejects(BASE.replace('env: OPENAI_API_KEY', `env: ${secret}`), { line: 7, column: 16 }, /^model\.auth\.env looks like a literal credential/);
  assert.ok(!byValue.format().includes(secret));
  rejects(
    BASE.replace('  auth: { env: OPENAI_API_KEY }', '  headers:\n    Authorization: Bearer abcdefghijkl'),
    { line: 8, column: 5 },
    /^model\.headers\.Authorization would hold a credential/,
  );
});

test('auth.env must look like an environment variable name', () => {
  rejects(BASE.replace('env: OPENAI_API_KEY', 'env: my key'), { line: 7, column: 16 }, /^model\.auth\.env must be the NAME of an environment variable/);
});

test('numbers out of range and the wrong version', () => {
  rejects(`${BASE}  sample: { rate: 1.5 }\n`, { line: 13, column: 19 }, /^shadow\.sample\.rate must be <= 1 \(got 1\.5\)$/);
  rejects(BASE.replace('version: 1', 'version: 2'), { line: 1, column: 10 }, /^version must be 1/);
});

test('fields shadowgate builds itself cannot be smuggled in through params', () => {
  rejects(
    BASE.replace('  auth: { env: OPENAI_API_KEY }', '  params:\n    temperature: 0\n    messages: []'),
    { line: 9, column: 5 },
    /^model\.params\.messages is built by shadowgate/,
  );
});

test('of several problems the first in the file is reported', () => {
  const text = BASE.replace('protocol: openai', 'protocol: grpc').replace('kind: json', 'kind: jsn');
  rejects(text, { line: 4, column: 13 }, /^model\.protocol/);
});

test('an empty manifest and a manifest that is not a mapping', () => {
  rejects('', { line: 1, column: 1 }, /^manifest is empty$/);
  rejects('- a\n', { line: 1, column: 1 }, /^manifest must be a mapping \(got a list of 1\)$/);
});

test('a missing manifest file is a UserError naming it', async () => {
  await assert.rejects(
    loadManifestFile('/nonexistent/shadowgate.yaml', 'shadowgate.yaml'),
    (e: unknown) => e instanceof UserError && /manifest not found: shadowgate\.yaml/.test(e.message),
  );
});

test('locate() points at a field for errors raised by later stages', () => {
  const loaded = parseManifest(BASE, FILE);
  assert.deepEqual(loaded.locate(['output', 'schema']), { file: FILE, line: 10, column: 11 });
  assert.deepEqual(loaded.locate(['output', 'schema'], true), { file: FILE, line: 10, column: 3 });
});

test('words like "token" are fine as field names of an http request body', () => {
  const text = BASE.replace('protocol: openai', 'protocol: http').replace(
    '  auth: { env: OPENAI_API_KEY }',
    '  auth: { env: RANKER_KEY }\n  http:\n    body: { token: "{{ token }}" }\n    output: /answer',
  );
  const { manifest } = parseManifest(text.replace('  schema: schemas/answer.json\n', ''), FILE);
  assert.deepEqual(manifest.model.http?.body, { token: '{{ token }}' });
  assert.equal(manifest.model.http?.method, 'POST');
});

test('the defaults table lists each default once, by its dotted field', () => {
  const rows = new Map(defaultsTable());
  assert.equal(rows.get('shadow.concurrency'), 8);
  assert.equal(rows.get('shadow.retries.max'), 3);
  assert.equal(rows.get('shadow.sample.rate'), 1);
  assert.equal(rows.size, defaultsTable().length);
});
