// The Kubernetes commands inside a workflow: dist/index.js run as the runner runs it (INPUT_* variables with
// action.yml's defaults, GITHUB_OUTPUT file, GITHUB_WORKSPACE), as the restricted user of the shipped Role.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { JSON_REPORT_FILE } from '../../src/report/json.ts';
import { ensureBinaries, REPO } from '../kube/support/cluster.ts';
import {
  ACTION,
  blueGreenService,
  hasStackTrace,
  liveState,
  manifestYaml,
  readStepOutputs,
  runActionStep,
  runBundle,
  runnerEnv,
  shown,
  skipWithoutBundle,
  tempDir,
  type BlueGreenService,
  type ProcessRun,
  useE2eCluster,
} from './support/e2e.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

const GITHUB = { server: 'https://github.example', repository: 'acme/support-bot', runId: '7001' };

/** INPUT_* for every input action.yml gives a plain default, as the runner sets them. */
function defaultInputs(): Record<string, string> {
  const meta = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(meta.inputs)) {
    if (input.default !== undefined && !String(input.default).includes('${{')) env[`INPUT_${name.toUpperCase()}`] = String(input.default);
  }
  return env;
}

describe('promote / status / rollback through dist/index.js (the action)', { skip: skipWithoutBundle }, () => {
  const e2e = useE2eCluster();

  interface StepRun extends ProcessRun {
    outputs: Record<string, string>;
  }

  /** One workflow step: the action with `inputs`, its outputs read back from the GITHUB_OUTPUT file. */
  async function step(service: BlueGreenService, inputs: Record<string, string>): Promise<StepRun> {
    const outputFile = join(tempDir('sg-kube-e2e-gh-'), 'output');
    writeFileSync(outputFile, '');
    const env: Record<string, string> = {
      ...defaultInputs(),
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: service.repo.root,
      GITHUB_OUTPUT: outputFile,
      GITHUB_SERVER_URL: GITHUB.server,
      GITHUB_REPOSITORY: GITHUB.repository,
      GITHUB_RUN_ID: GITHUB.runId,
      GITHUB_RUN_ATTEMPT: '1',
      KUBECONFIG: e2e.cluster.restrictedKubeconfig,
    };
    // The runner starts the step in the workspace; a different cwd proves GITHUB_WORKSPACE is honoured.
    const run = await runBundle(ACTION, [], { cwd: tempDir('sg-kube-e2e-cwd-'), env, timeoutMs: 60_000 });
    return { ...run, outputs: readStepOutputs(outputFile) };
  }

  test('status and rollback write live-slot and verdict; the rollback undoes exactly the named run', async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);

    const initial = await step(service, { command: 'status' });
    assert.equal(initial.code, 0, shown(initial));
    assert.equal(initial.outputs['live-slot'], 'blue', shown(initial));
    assert.equal(initial.outputs.verdict, 'status');

    const promoted = await step(service, { command: 'promote', 'run-id': 'deploy-42', 'report-dir': 'promote-reports' });
    assert.equal(promoted.code, 0, shown(promoted));
    assert.equal(promoted.outputs.verdict, 'promoted');
    assert.equal(promoted.outputs['live-slot'], 'green');
    assert.ok(existsSync(join(service.repo.root, 'promote-reports', 'smoke', JSON_REPORT_FILE)), 'the smoke report lands in report-dir inside the workspace');
    const [promotion] = (await liveState(e2e.admin, service.namespace, service.service)).history;
    assert.equal(promotion?.runId, 'deploy-42', 'the run-id input holds the lease and signs the flip');
    assert.equal(promotion?.runUrl, `${GITHUB.server}/${GITHUB.repository}/actions/runs/${GITHUB.runId}`, 'the flip links the workflow run');

    const status = await step(service, { command: 'status' });
    assert.equal(status.code, 0, shown(status));
    assert.equal(status.outputs['live-slot'], 'green');
    assert.equal(status.outputs.verdict, 'status');

    // A rollback of another run's promotion finds nothing to undo and leaves traffic where it is.
    const other = await step(service, { command: 'rollback', 'run-id': 'deploy-41' });
    assert.equal(other.code, 0, shown(other));
    assert.equal(other.outputs.verdict, 'unchanged');
    assert.equal(other.outputs['live-slot'], 'green');
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'green');

    const rolledBack = await step(service, { command: 'rollback', 'run-id': 'deploy-42' });
    assert.equal(rolledBack.code, 0, shown(rolledBack));
    assert.equal(rolledBack.outputs.verdict, 'rolled-back');
    assert.equal(rolledBack.outputs['live-slot'], 'blue');
    const live = await liveState(e2e.admin, service.namespace, service.service);
    assert.equal(live.slot, 'blue');
    assert.equal(live.history.at(-1)?.action, 'rollback');
    assert.equal(live.history.at(-1)?.reverts, promotion?.id);

    const again = await step(service, { command: 'rollback', 'run-id': 'deploy-42' });
    assert.equal(again.code, 0, shown(again));
    assert.equal(again.outputs.verdict, 'unchanged');
    assert.equal(again.outputs['live-slot'], 'blue');
  });

  test("rollback undoes this run's promotion by default; another run's takes promotion-run-id (its id, or latest)", async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);
    const env = (runId: string) => ({ ...runnerEnv(runId, service.repo.root), KUBECONFIG: e2e.cluster.restrictedKubeconfig });
    const promoted = await runActionStep({ command: 'promote' }, env('7101'));
    assert.equal(promoted.code, 0, shown(promoted));
    const [promotion] = (await liveState(e2e.admin, service.namespace, service.service)).history;
    assert.equal(promotion?.runId, 'acme/support-bot/7101-1', 'without run-id the workflow run is the identity');

    const otherRun = await runActionStep({ command: 'rollback' }, env('7102'));
    assert.equal(otherRun.code, 0, shown(otherRun));
    assert.equal(otherRun.outputs.verdict, 'unchanged');
    assert.match(
      otherRun.stdout,
      /the latest promotion \(acme\/support-bot\/7101-1#promote@\d+\) belongs to another run and is left alone — undo it by naming that run \(promotion-run-id acme\/support-bot\/7101-1\)/,
      shown(otherRun),
    );
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'green');

    const named = await runActionStep({ command: 'rollback', 'promotion-run-id': 'acme/support-bot/7101-1' }, env('7102'));
    assert.equal(named.code, 0, shown(named));
    assert.equal(named.outputs.verdict, 'rolled-back');
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'blue');

    assert.equal((await runActionStep({ command: 'promote' }, env('7103'))).code, 0);
    const latest = await runActionStep({ command: 'rollback', 'promotion-run-id': 'latest' }, env('7104'));
    assert.equal(latest.code, 0, shown(latest));
    assert.equal(latest.outputs.verdict, 'rolled-back');
    const live = await liveState(e2e.admin, service.namespace, service.service);
    assert.equal(live.slot, 'blue');
    assert.equal(live.history.at(-1)?.runId, 'acme/support-bot/7104-1', 'the rollback is signed by the run that did it');
  });

  test('a refusal fails the step with an annotation and names its kind in the verdict output', async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);
    const run = await runActionStep({ command: 'status' }, { ...runnerEnv('7201', service.repo.root), KUBECONFIG: e2e.cluster.nobodyKubeconfig });
    assert.equal(run.code, 1, shown(run));
    assert.equal(run.outputs.verdict, 'permission');
    // status reads the Service and the Lease at once; whichever answers first names the refusal.
    assert.match(run.stdout, /^::error::read (Service|Lease) .*permission denied/m, shown(run));
    assert.equal(hasStackTrace(run.stdout + run.stderr), false, shown(run));
  });

  test('a manifest without deploy: fails the step with an annotation on the manifest', async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);
    service.repo.write('shadowgate.yaml', manifestYaml(service.blue.url, undefined));
    const run = await step(service, { command: 'promote' });
    assert.equal(run.code, 1, shown(run));
    assert.match(run.stdout, /^::error file=shadowgate\.yaml,line=1::.*no deploy: section/m, shown(run));
    assert.equal(hasStackTrace(run.stdout + run.stderr), false, shown(run));
    assert.equal(service.blue.count + service.green.count, 0, 'no model request');
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).history.length, 0);
  });

  test('a promote stopped by the smoke pass fails the step, with verdict and live-slot still written', async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers, { greenBrokenTenths: 3 });
    const run = await step(service, { command: 'promote', 'run-id': 'deploy-43' });
    assert.equal(run.code, 1, shown(run));
    assert.equal(run.outputs.verdict, 'stopped');
    assert.equal(run.outputs['live-slot'], 'blue');
    assert.match(run.stdout, /^::error::promote: stopped/m, 'the step is marked failed with the outcome');
    assert.match(run.stdout, /stopped at smoke/);
    assert.equal(hasStackTrace(run.stdout + run.stderr), false, shown(run));
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'blue');
  });
});
