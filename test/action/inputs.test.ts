// The action's inputs: read once, defaults as action.yml declares them, every bad value one clear UserError.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTION_COMMANDS, readActionInputs } from '../../src/action/inputs.ts';
import { UserError } from '../../src/errors.ts';

function rejects(env: NodeJS.ProcessEnv, message: RegExp) {
  assert.throws(
    () => readActionInputs(env),
    (e: unknown) => e instanceof UserError && message.test(e.message) && e.hint !== undefined,
  );
}

test('an environment without any INPUT_ variable gives the documented defaults, not an error', () => {
  assert.deepEqual(readActionInputs({}), {
    command: 'shadow',
    manifest: 'shadowgate.yaml',
    noiseFloor: false,
    failOn: 'fail',
    reportDir: 'shadowgate-report',
    comment: true,
    allowedEndpoints: [],
    force: false,
    gate: 'environment',
    preventSelfApproval: false,
    files: [],
  });
});

test('inputs are read from INPUT_<NAME> with hyphens kept, trimmed, and the command case-insensitively', () => {
  const inputs = readActionInputs({
    INPUT_COMMAND: ' Promote ',
    INPUT_MANIFEST: 'services/bot/shadowgate.yaml',
    'INPUT_BASE-REF': 'main',
    'INPUT_HEAD-REF': 'feature',
    'INPUT_BASELINE-ENDPOINT': 'http://127.0.0.1:8080/v1',
    'INPUT_CANDIDATE-ENDPOINT': 'https://preview.example.com/v1',
    'INPUT_NOISE-FLOOR': 'TRUE',
    'INPUT_FAIL-ON': 'warn',
    'INPUT_REPORT-DIR': 'out',
    INPUT_COMMENT: 'False',
    'INPUT_GITHUB-TOKEN': 'ghs_x',
    'INPUT_RUN-ID': 'deploy-7',
    'INPUT_ALLOWED-ENDPOINTS': 'https://preview.example.com, models.internal:8443\n*.corp.example',
    'INPUT_PROMOTION-RUN-ID': 'latest',
    INPUT_FORCE: 'true',
    INPUT_FILES: 'k8s/*.yaml\n\n  deploy/blue.yaml  \n',
  });
  assert.deepEqual(inputs, {
    command: 'promote',
    manifest: 'services/bot/shadowgate.yaml',
    baseRef: 'main',
    headRef: 'feature',
    baselineEndpoint: 'http://127.0.0.1:8080/v1',
    candidateEndpoint: 'https://preview.example.com/v1',
    noiseFloor: true,
    failOn: 'warn',
    reportDir: 'out',
    comment: false,
    githubToken: 'ghs_x',
    runId: 'deploy-7',
    allowedEndpoints: ['https://preview.example.com', 'models.internal:8443', '*.corp.example'],
    promotionRunId: 'latest',
    force: true,
    gate: 'environment',
    preventSelfApproval: false,
    files: ['k8s/*.yaml', 'deploy/blue.yaml'],
  });
});

test('an empty input counts as not given (the runner sets unset optional inputs to "")', () => {
  const inputs = readActionInputs({ INPUT_COMMAND: '', 'INPUT_FAIL-ON': '  ', 'INPUT_BASE-REF': '', 'INPUT_NOISE-FLOOR': '' });
  assert.equal(inputs.command, 'shadow');
  assert.equal(inputs.failOn, 'fail');
  assert.equal(inputs.baseRef, undefined);
  assert.equal(inputs.noiseFloor, false);
});

test('the token falls back to GITHUB_TOKEN, then GH_TOKEN; endpoints to SHADOWGATE_*_ENDPOINT', () => {
  assert.equal(readActionInputs({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b' }).githubToken, 'a');
  assert.equal(readActionInputs({ GH_TOKEN: 'b' }).githubToken, 'b');
  assert.equal(readActionInputs({ 'INPUT_GITHUB-TOKEN': 'c', GITHUB_TOKEN: 'a' }).githubToken, 'c');
  const env = {
    SHADOWGATE_BASELINE_ENDPOINT: 'http://127.0.0.1:1/v1',
    'INPUT_CANDIDATE-ENDPOINT': 'http://127.0.0.1:2/v1',
    SHADOWGATE_CANDIDATE_ENDPOINT: 'http://127.0.0.1:3/v1',
  };
  const inputs = readActionInputs(env);
  assert.equal(inputs.baselineEndpoint, 'http://127.0.0.1:1/v1');
  assert.equal(inputs.candidateEndpoint, 'http://127.0.0.1:2/v1', 'the input wins over the variable');
});

test('each bad input is refused by name, with the value given and a hint', () => {
  rejects({ INPUT_COMMAND: 'deploy' }, new RegExp(`^input command must be one of ${ACTION_COMMANDS.join(', ')} \\(got "deploy"\\)$`));
  rejects({ 'INPUT_FAIL-ON': 'always' }, /^input fail-on must be one of fail, warn, never \(got "always"\)$/);
  rejects({ 'INPUT_NOISE-FLOOR': 'yes' }, /^input noise-floor must be true or false \(got "yes"\)$/);
  rejects({ 'INPUT_CANARY-WEIGHT': '0' }, /^input canary-weight must be a whole percentage 1\.\.100 \(got "0"\)$/);
  rejects({ 'INPUT_CANARY-WEIGHT': '2.5' }, /^input canary-weight must be a whole percentage 1\.\.100 \(got "2\.5"\)$/);
  rejects({ INPUT_GATE: 'vote' }, /^input gate must be one of environment, dispatch \(got "vote"\)$/);
  rejects({ INPUT_FORCE: 'yes' }, /^input force must be true or false \(got "yes"\)$/);
  rejects({ INPUT_COMMENT: '1' }, /^input comment must be true or false \(got "1"\)$/);
  rejects({ 'INPUT_BASELINE-ENDPOINT': 'localhost:8080' }, /^input baseline-endpoint must be an http or https URL \(got "localhost:8080"\)$/);
  rejects({ 'INPUT_CANDIDATE-ENDPOINT': 'not a url' }, /^input candidate-endpoint is not a URL \(got "not a url"\)$/);
  rejects({ INPUT_SHARD: '9/8' }, /^input shard must be I\/N with 1 ≤ I ≤ N ≤ 256 \(got "9\/8"\)$/);
});

test('shard and parts: a shard as I/N, parts one per line; both absent when empty', () => {
  const inputs = readActionInputs({ INPUT_COMMAND: 'merge', INPUT_SHARD: ' 2/8 ', INPUT_PARTS: 'parts/a.json\n\n  downloaded/  \n' });
  assert.equal(inputs.command, 'merge');
  assert.deepEqual(inputs.shard, { index: 2, count: 8 });
  assert.deepEqual(inputs.parts, ['parts/a.json', 'downloaded/']);
  const empty = readActionInputs({ INPUT_SHARD: '', INPUT_PARTS: '\n' });
  assert.equal('shard' in empty, false);
  assert.equal('parts' in empty, false);
});
