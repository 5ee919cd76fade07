// The one test command (README, .ci/run): type-check, lint and format check, prove dist/ is a fresh build, then run every test.
import { spawn, spawnSync } from 'node:child_process';

function step(title, cmd, args, opts = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

// A test that hangs is cancelled after this long (its after() hooks still run), so one stuck test costs a red
// test, not the whole run. The whole run has a deadline too: a file whose event loop never drains (a child
// process left running) is stopped with everything it started, and the run fails saying so.
const TEST_TIMEOUT_MS = 30 * 60_000;
const RUN_DEADLINE_MS = Number(process.env.SHADOWGATE_TEST_DEADLINE_MIN ?? 60) * 60_000;

function runTests(args) {
  console.log('\n▶ tests');
  const started = Date.now();
  // Its own process group, so the deadline stops the test files' children (etcd, kube-apiserver, prometheus) too.
  const child = spawn(process.execPath, args, { stdio: 'inherit', detached: true });
  const stopGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  let overdue = false;
  const deadline = setTimeout(() => {
    overdue = true;
    console.error(
      `\n✖ tests still running after ${(RUN_DEADLINE_MS / 60_000).toFixed(1)} min: stopped (the runner names the file under "Interrupted while running").`,
    );
    stopGroup('SIGTERM');
    setTimeout(() => stopGroup('SIGKILL'), 10_000).unref();
  }, RUN_DEADLINE_MS);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopGroup(signal);
      setTimeout(() => stopGroup('SIGKILL'), 10_000).unref();
    });
  }
  child.on('exit', (code, signal) => {
    clearTimeout(deadline);
    // Whatever a test file left behind goes with the run.
    stopGroup('SIGKILL');
    if (overdue) process.exit(124);
    if (code !== 0) {
      console.error(`✖ tests failed (exit ${code ?? signal}) after ${((Date.now() - started) / 60_000).toFixed(1)} min`);
      process.exit(code ?? 1);
    }
  });
}

const only = process.argv.slice(2);
if (only.length === 0) {
  step('type-check', 'tsc', ['--noEmit', '-p', '.']);
  // Formatting and lint (Biome): `npm run format` fixes what it can.
  step('lint and format (Biome)', 'biome', ['check', '--error-on-warnings', '.']);
}
runTests(['--test', '--test-reporter=spec', '--test-concurrency=2', `--test-timeout=${TEST_TIMEOUT_MS}`, ...(only.length ? only : ['test/**/*.test.ts'])]);
