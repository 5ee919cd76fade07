// action.yml is what the runner reads before any of our code runs: it must parse, run on node24 from the
// committed bundle, and declare every input the code reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync('action.yml', 'utf8'), { prettyErrors: true }) as ActionMetadata;

test('action.yml runs the committed bundle on node24', () => {
  assert.equal(action.runs.using, 'node24');
  assert.equal(action.runs.main, 'dist/index.js');
  assert.ok(existsSync(action.runs.main));
});

test('every input and output is described, and every input the code reads is declared', () => {
  for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description?.length > 10, `input ${name} has a description`);
  for (const [name, output] of Object.entries(action.outputs)) assert.ok(output.description?.length > 10, `output ${name} has a description`);
  const sources = ['src/main.ts', 'src/github/action.ts', 'src/commands/kube-action.ts', 'src/commands/canary-action.ts', 'src/commands/rollout-action.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
  const read = [...sources.matchAll(/get(?:Boolean)?Input\('([a-z-]+)'/g), ...sources.matchAll(/optional\('([a-z-]+)'\)/g)].map((m) => m[1]!);
  const undeclared = [...new Set(read)].filter((name) => !(name in action.inputs));
  assert.deepEqual(undeclared, [], 'inputs read by the code but missing from action.yml');
  const set = [...sources.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
  const flowOutputs = [...readFileSync('src/github/pr-flow.ts', 'utf8').matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
  const undeclaredOutputs = [...new Set([...set, ...flowOutputs])].filter((name) => !(name in action.outputs));
  assert.deepEqual(undeclaredOutputs, [], 'outputs set by the code but missing from action.yml');
});
