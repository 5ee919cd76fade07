// action.yml is what the runner reads before any of our code runs: it must parse, run on node24 from the
// committed bundle, and declare every input the code reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, RUNNER_DEFAULTED_INPUTS } from '../src/action/inputs.ts';

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
  // Every input is read in one module; each name it reads must be declared, and each declared one read.
  const inputsModule = readFileSync('src/action/inputs.ts', 'utf8');
  const read = new Set([...inputsModule.matchAll(/(?:raw|optional)\('([a-z-]+)'\)/g)].map((m) => m[1]!));
  assert.deepEqual(
    [...read].filter((name) => !(name in action.inputs)),
    [],
    'inputs read by the code but missing from action.yml',
  );
  assert.deepEqual(
    Object.keys(action.inputs).filter((name) => !read.has(name)),
    [],
    'inputs declared in action.yml but never read',
  );
  const sources = ['src/main.ts', 'src/github/action.ts', 'src/commands/kube-action.ts', 'src/commands/canary-action.ts', 'src/commands/rollout-action.ts']
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  assert.doesNotMatch(sources, /get(?:Boolean|Multiline)?Input\(/, 'inputs are read only by src/action/inputs.ts');
  const set = [...sources.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
  const flowOutputs = [...readFileSync('src/github/pr-flow.ts', 'utf8').matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
  const undeclaredOutputs = [...new Set([...set, ...flowOutputs])].filter((name) => !(name in action.outputs));
  assert.deepEqual(undeclaredOutputs, [], 'outputs set by the code but missing from action.yml');
});

test('the defaults the code applies to a missing input are the ones action.yml declares', () => {
  const declared = Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([name, input]) => input.default !== undefined && !RUNNER_DEFAULTED_INPUTS.includes(name))
      .map(([name, input]) => [name, String(input.default)]),
  );
  assert.deepEqual(INPUT_DEFAULTS, declared);
});
