// Runs the action the way a contributor does on a laptop: `local-action run . src/main.ts .env`
// (@github/local-action, which loads src/main.ts through tsx, replaces @actions/core with its own stub
// and calls the exported run()). The .env file is written from `vars`, exactly as a user would write one.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');

export interface LocalActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The outputs local-action prints in its "Action Outputs" table. */
  outputs: Record<string, string>;
  /** `::error ...::message` lines (local-action prints annotations as workflow commands). */
  errors: string[];
}

/** A .env file as documented in .env.example: one KEY=value per line, values quoted. */
export function writeDotenv(vars: Record<string, string>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sg-local-action-')), '.env');
  writeFileSync(
    file,
    `${Object.entries(vars)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('\n')}\n`,
  );
  return file;
}

export function runLocalAction(vars: Record<string, string>, timeoutMs = 120_000): Promise<LocalActionRun> {
  const envFile = writeDotenv(vars);
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', '.', 'src/main.ts', envFile], {
      cwd: ROOT,
      // This Node (24) first on PATH: local-action starts tsx through `npm exec`, which runs the first `node`.
      env: {
        PATH: [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? '/usr/bin:/bin'].join(delimiter),
        HOME: process.env.HOME ?? tmpdir(),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr, outputs: outputsTable(stdout), errors: stdout.split('\n').filter((l) => l.startsWith('::error')) });
    });
  });
}

/** Rows of console.table after the "Action Outputs" title: `│ 0 │ 'verdict' │ 'pass' │`. */
function outputsTable(stdout: string): Record<string, string> {
  const section = stdout.slice(stdout.lastIndexOf('Action Outputs'));
  const outputs: Record<string, string> = {};
  for (const m of section.matchAll(/^│\s*\d+\s*│\s*'([^']*)'\s*│\s*'(.*)'\s*│$/gm)) outputs[m[1] as string] = (m[2] as string).replace(/\\'/g, "'");
  return outputs;
}

export function shownRun(run: LocalActionRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`;
}
