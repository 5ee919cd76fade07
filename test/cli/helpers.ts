// What the CLI tests share: spawning `node dist/cli.js` as a real process, throwaway git repositories
// with a baseline and a candidate commit, and small generated datasets.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSON_REPORT_FILE, type JsonReport } from '../../src/report/json.ts';
import { tempRepo as gitRepo, type Repo } from '../support/git-repo.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
/** The bundle is built by scripts/build.mjs; without it there is nothing to run as a process. */
export const skipWithoutBundle = existsSync(CLI) ? false : 'dist/cli.js is missing: run `node scripts/build.mjs`';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundled CLI with `process.execPath` (Node 24 under the test runner). Asynchronous on purpose:
 * the model servers live in this process and must keep answering while the CLI runs.
 * The environment is built from scratch so nothing from the caller's shell (endpoint overrides,
 * GitHub variables) leaks into the run.
 */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: options.cwd, CI: 'true', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** A describe-able summary of a run, for assertion messages. */
export function shown(run: CliRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** The lines of stderr that report an error (`error: …`), and whether anything looks like a stack trace. */
export function errorLines(stderr: string): { errors: string[]; stackTrace: boolean } {
  const lines = stderr.split('\n');
  return { errors: lines.filter((l) => l.startsWith('error:')), stackTrace: lines.some((l) => /^\s+at .+[:(]/.test(l)) };
}

export type { Repo } from '../support/git-repo.ts';

/** An empty git repository in a fresh temp folder (removed by `removeAll`). */
export function tempRepo(): Repo {
  const repo = gitRepo({ prefix: 'sg-cli-repo-' });
  created.push(repo.root);
  return repo;
}

const created: string[] = [];

/** A fresh temp folder for report output (removed by `removeAll`). */
export function tempDir(prefix = 'sg-cli-out-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeAll(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `count` JSONL lines, each `{id: "r-001", …fields(i)}`. */
export function jsonl(count: number, fields: (i: number) => Record<string, unknown>): string {
  return `${Array.from({ length: count }, (_, i) => JSON.stringify({ id: recordId(i), ...fields(i) })).join('\n')}\n`;
}

export function recordId(i: number): string {
  return `r-${String(i).padStart(3, '0')}`;
}

/** The record index carried in a request (`r-017` anywhere in the text → 17), or -1. */
export function recordIndexIn(text: string): number {
  const match = /r-(\d{3})/.exec(text);
  return match ? Number(match[1]) : -1;
}

export function readJsonReport(outDir: string): JsonReport {
  return JSON.parse(readFileSync(join(outDir, JSON_REPORT_FILE), 'utf8')) as JsonReport;
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}
