// The README and docs/ are the user's reference: the README names the two set-up commands and links every
// page of docs/; together they name every manifest field the schema accepts (the reference is generated and
// must be current), every metric id and every action input and output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script shared with the reference generator, no type declarations
import { manifestFields, manifestReference } from '../scripts/manifest-reference.mjs';
import { knownMetricIds } from '../src/metrics/index.ts';

const readme = readFileSync('README.md', 'utf8');
const pages = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .sort();
const docs = pages.map((f) => readFileSync(join('docs', f), 'utf8')).join('\n');
const everything = `${readme}\n${docs}`;

test('the README stays short and links every page of docs/; every relative link resolves', () => {
  assert.ok(readme.length < 16_000, `README.md is ${readme.length} characters; move detail into docs/`);
  for (const page of pages) assert.ok(readme.includes(`](docs/${page}`), `README.md links docs/${page}`);
  for (const [file, text] of [['README.md', readme], ...pages.map((p) => [join('docs', p), readFileSync(join('docs', p), 'utf8')])] as const) {
    const dir = file === 'README.md' ? '.' : 'docs';
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      assert.ok(existsSync(join(dir, target!)), `${file} links ${target}, which does not exist`);
    }
  }
});

test('docs/manifest-reference.md is what the generator prints for the published schema', () => {
  assert.equal(readFileSync('docs/manifest-reference.md', 'utf8'), manifestReference(), 'run `node scripts/manifest-reference.mjs`');
});

test('README gives the demo and test commands, and .ci/run runs the same test command', () => {
  assert.match(readme, /npm ci && npm run demo/);
  assert.match(readme, /npm ci && npm test/);
  const ci = readFileSync('.ci/run', 'utf8');
  assert.match(ci, /npm ci\b/);
  assert.match(ci, /^npm test$/m);
});

test('the docs document every manifest field of the published schema', () => {
  const missing = (manifestFields() as Array<{ path: string }>).map((f) => f.path).filter((p) => !docs.includes(`\`${p}\``));
  assert.deepEqual(missing, [], 'run `node scripts/manifest-reference.mjs`');
});

test('the docs list every metric id', () => {
  const missing = knownMetricIds().filter((id) => !everything.includes(`\`${id}\``));
  assert.deepEqual(missing, []);
});

test('the docs document every action input and output', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const names = [...Object.keys(action.inputs), ...Object.keys(action.outputs)];
  const missing = names.filter((n) => !everything.includes(`\`${n}\``));
  assert.deepEqual(missing, []);
});
