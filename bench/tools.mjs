// How the bench runs each tool as a real process: shadowgate from the built bundle (dist/cli.js) and
// promptfoo from its own pinned install in bench/promptfoo/ (never a project dependency).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(BENCH_DIR, '..');
const PROMPTFOO_DIR = join(BENCH_DIR, 'promptfoo');
const PROMPTFOO_ENTRY = join(PROMPTFOO_DIR, 'node_modules', 'promptfoo', 'dist', 'src', 'entrypoint.js');
// SHADOWGATE_BENCH_CLI benches another build of the CLI (e.g. a stash of the previous release) on the same fixtures.
export const SHADOWGATE_CLI = process.env.SHADOWGATE_BENCH_CLI ? resolve(process.env.SHADOWGATE_BENCH_CLI) : join(REPO_ROOT, 'dist', 'cli.js');

/** Node 24 for every child, even when the harness itself was started by an older system node. */
export const NODE = (() => {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const pinned = join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node');
  if (existsSync(pinned)) return pinned;
  throw new Error(`the bench needs Node 24 (found ${process.version}); run it with \`npm run bench\` after \`npm ci\``);
})();

/** PATH with Node 24 first, so npm and the install scripts it runs use the same runtime as the bench. */
function envWithNode24(extra = {}) {
  return { ...process.env, PATH: [dirname(NODE), process.env.PATH ?? ''].join(delimiter), ...extra };
}

function runOrThrow(title, command, args, options) {
  process.stderr.write(`bench: ${title}…\n`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw new Error(`${title} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status ?? result.signal})`);
}

/** Builds dist/ when a fresh clone has not built it yet. */
export function ensureShadowgateBuilt() {
  if (existsSync(SHADOWGATE_CLI)) return;
  if (process.env.SHADOWGATE_BENCH_CLI) throw new Error(`SHADOWGATE_BENCH_CLI=${SHADOWGATE_CLI} does not exist`);
  runOrThrow('building shadowgate (dist/ is missing)', NODE, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, env: envWithNode24() });
}

/** Installs the pinned promptfoo from bench/promptfoo/package-lock.json on first use (npm ci: exact, reproducible). */
export function ensurePromptfooInstalled() {
  if (existsSync(PROMPTFOO_ENTRY)) return;
  runOrThrow(
    'installing promptfoo into bench/promptfoo (first run only, takes a few minutes)',
    'npm',
    ['ci', '--prefix', PROMPTFOO_DIR, '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: REPO_ROOT, env: envWithNode24() },
  );
}

export async function promptfooVersion() {
  const pkg = JSON.parse(await readFile(join(PROMPTFOO_DIR, 'node_modules', 'promptfoo', 'package.json'), 'utf8'));
  return pkg.version;
}

/**
 * Adapter from the bench's fixtures to the shadowgate CLI. The whole CLI contract the bench relies on
 * lives here: flags, where the report lands, and how to read back what the replay did.
 * @param {{ dir: string, candidateManifest: string, baselineManifest: string }} fixtures
 * @param {{ concurrency: number, timeoutMs?: number }} options
 */
export async function runShadowgate(fixtures, { concurrency, timeoutMs }) {
  const outDir = join(fixtures.dir, `shadowgate-report-${Date.now()}`);
  const run = await measure({
    command: NODE,
    args: [
      SHADOWGATE_CLI,
      'shadow',
      '--manifest',
      fixtures.candidateManifest,
      '--baseline-manifest',
      fixtures.baselineManifest,
      '--concurrency',
      String(concurrency),
      '--out',
      outDir,
      // The bench measures cost, not the verdict: a diverging candidate must not look like a crash.
      '--fail-on',
      'never',
    ],
    cwd: fixtures.dir,
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    timeoutMs,
  });
  return { ...run, ...(await reportedReplay(outDir)) };
}

/**
 * What shadowgate's JSON report says about the replay: its pair count cross-checks what the server saw,
 * and its own replay time separates start-up and reporting from the replay itself.
 */
async function reportedReplay(outDir) {
  const files = await readdir(outDir).catch(() => []);
  for (const name of files.filter((f) => f.endsWith('.json'))) {
    try {
      const replay = JSON.parse(await readFile(join(outDir, name), 'utf8'))?.replay;
      if (typeof replay?.pairs === 'number') {
        return { pairs: replay.pairs, replayWallMs: typeof replay.wallMs === 'number' ? replay.wallMs : undefined };
      }
    } catch {
      // not the report (or not JSON): keep looking
    }
  }
  return { pairs: undefined, replayWallMs: undefined };
}

/**
 * promptfoo on the same server and dataset: two prompts (baseline, candidate) × one OpenAI provider.
 * It gets its fastest settings so the comparison is conservative: no cache, no table, no progress bar,
 * no result database (--no-write), no adaptive rate-limit scheduler (the local server never limits),
 * telemetry, update checks and sharing off. `asShipped` keeps its result database and scheduler as a user gets them.
 * @param {{ dir: string, promptfooConfig: string }} fixtures
 * @param {{ concurrency: number, configDir: string, timeoutMs?: number, asShipped?: boolean }} options
 */
export async function runPromptfoo(fixtures, { concurrency, configDir, timeoutMs, asShipped = false }) {
  const output = join(fixtures.dir, `promptfoo-output-${Date.now()}.json`);
  const run = await measure({
    command: NODE,
    args: [
      PROMPTFOO_ENTRY,
      'eval',
      '--config',
      fixtures.promptfooConfig,
      '--max-concurrency',
      String(concurrency),
      '--no-cache',
      '--no-table',
      '--no-progress-bar',
      '--no-share',
      ...(asShipped ? [] : ['--no-write']),
      '--output',
      output,
    ],
    cwd: fixtures.dir,
    env: {
      ...process.env,
      OPENAI_API_KEY: 'sk-bench-dummy-key',
      PROMPTFOO_CONFIG_DIR: configDir,
      PROMPTFOO_DISABLE_TELEMETRY: '1',
      PROMPTFOO_DISABLE_UPDATE: '1',
      PROMPTFOO_DISABLE_SHARING: '1',
      PROMPTFOO_DISABLE_REMOTE_GENERATION: '1',
      PROMPTFOO_DISABLE_REDTEAM_REMOTE_GENERATION: '1',
      ...(asShipped ? {} : { PROMPTFOO_DISABLE_ADAPTIVE_SCHEDULER: '1' }),
      PROMPTFOO_CACHE_ENABLED: 'false',
      NO_COLOR: '1',
    },
    timeoutMs,
  });
  return { ...run, pairs: await promptfooPairs(output) };
}

/** promptfoo's own count of answered results, halved: one result per prompt per test. */
async function promptfooPairs(output) {
  try {
    const data = JSON.parse(await readFile(output, 'utf8'));
    const results = data?.results?.results;
    return Array.isArray(results) ? results.filter((r) => !r.error).length / 2 : undefined;
  } catch {
    return undefined;
  }
}
