// `shadowgate demo`: the whole PR evaluation on one machine, nothing to configure.
// Each bundled example becomes a throw-away git repository with two commits — the baseline, then the
// candidate change — so the demo exercises the real base-ref path a pull request takes.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from '../log.ts';
import { runShadow } from '../commands/shadow.ts';
import { startChatModel } from './chat-model.ts';
import { startPricingModel } from './pricing-model.ts';
import type { DemoServer } from './chat-model.ts';

/** The examples folder ships beside src/ and dist/; find it from wherever this module was bundled. */
export function findExamples(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'examples');
    if (existsSync(join(candidate, 'support-bot', 'shadowgate.yaml'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the bundled examples/ folder was not found next to shadowgate');
}

function git(cwd: string, args: string[]): void {
  execFileSync('git', ['-c', 'user.name=shadowgate demo', '-c', 'user.email=demo@shadowgate.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

/** A repo whose HEAD~1 is the example as-is and whose HEAD applies the example's candidate/ overlay. */
export function makeExampleRepo(example: string, into: string): string {
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(example)) {
    if (name !== 'candidate') cpSync(join(example, name), join(into, name), { recursive: true });
  }
  git(into, ['init', '-q', '-b', 'main']);
  git(into, ['add', '-A']);
  git(into, ['commit', '-q', '-m', 'baseline']);
  cpSync(join(example, 'candidate'), into, { recursive: true });
  git(into, ['add', '-A']);
  git(into, ['commit', '-q', '-m', 'candidate']);
  return into;
}

export async function runDemo(opts: { outDir: string; log: Log }): Promise<number> {
  const { log } = opts;
  const examples = findExamples();
  const work = mkdtempSync(join(tmpdir(), 'shadowgate-demo-'));
  const servers: DemoServer[] = [];
  try {
    const chat = await startChatModel();
    servers.push(chat);
    const pricing = await startPricingModel();
    servers.push(pricing);
    log.info(`demo: OpenAI-compatible chat model on ${chat.url}, KServe v2 pricing model on ${pricing.url}`);

    const runs = [
      { name: 'support-bot', endpoint: chat.url, noiseFloor: true },
      { name: 'pricing', endpoint: pricing.url, noiseFloor: false },
    ];
    const lines: string[] = [];
    for (const run of runs) {
      const repo = makeExampleRepo(join(examples, run.name), join(work, run.name));
      log.info(`\n── ${run.name}: baseline = HEAD~1, candidate = HEAD (${repo})`);
      const result = await runShadow(
        {
          manifestPath: 'shadowgate.yaml',
          baseRef: 'HEAD~1',
          repoRoot: repo,
          baselineEndpoint: run.endpoint,
          candidateEndpoint: run.endpoint,
          noiseFloor: run.noiseFloor,
          outDir: resolve(opts.outDir, run.name),
        },
        log,
      );
      lines.push(result.summaryLine);
      for (const [kind, path] of Object.entries(result.paths)) lines.push(`    ${kind.padEnd(8)} ${path}`);
    }
    process.stdout.write(`\nshadowgate demo — verdicts\n${lines.join('\n')}\n`);
    return 0;
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  }
}
