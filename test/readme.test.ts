// The README is the user's reference: it must name the two set-up commands, every manifest field the
// schema accepts, every metric id and every action input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script shared with the README generator, no type declarations
import { manifestFields } from '../scripts/manifest-reference.mjs';
import { knownMetricIds } from '../src/metrics/index.ts';

const readme = readFileSync('README.md', 'utf8');
// Sections written for the README but not moved into it yet (docs/_pending/*.md) document fields too.
const pending = existsSync('docs/_pending') ? readdirSync('docs/_pending').filter((f) => f.endsWith('.md')).map((f) => readFileSync(`docs/_pending/${f}`, 'utf8')) : [];
const documented = [readme, ...pending].join('\n');

test('README gives the demo and test commands, and .ci/run runs the same test command', () => {
  assert.match(readme, /npm ci && npm run demo/);
  assert.match(readme, /npm ci && npm test/);
  const ci = readFileSync('.ci/run', 'utf8');
  assert.match(ci, /npm ci\b/);
  assert.match(ci, /^npm test$/m);
});

test('README documents every manifest field of the published schema', () => {
  const missing = (manifestFields() as Array<{ path: string }>).map((f) => f.path).filter((p) => !documented.includes(`\`${p}\``));
  assert.deepEqual(missing, [], 'run `node scripts/manifest-reference.mjs` and update the manifest reference');
});

test('README lists every metric id', () => {
  const missing = knownMetricIds().filter((id) => !readme.includes(`\`${id}\``));
  assert.deepEqual(missing, []);
});

test('README documents every action input and output', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const names = [...Object.keys(action.inputs), ...Object.keys(action.outputs)];
  const missing = names.filter((n) => !readme.includes(`\`${n}\``));
  assert.deepEqual(missing, []);
});
