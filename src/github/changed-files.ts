// The files a pull request touches, for deciding whether any shadowgate surface changed.
// The files API lists at most 3,000 files; past that the git diff of the checkout is the only full answer.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Log } from '../log.ts';
import type { GitHubClient } from './client.ts';

const run = promisify(execFile);

/** GitHub's documented ceiling for `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`. */
export const PULL_FILES_CAP = 3000;

export interface ChangedFiles {
  /** Current and previous paths (renames give both), deduplicated, in listing order. */
  paths: string[];
  source: 'api' | 'git';
  /** The files API hit its cap, so git had to answer. */
  capped?: boolean;
}

export interface ChangedFilesOptions {
  owner: string;
  repo: string;
  prNumber: number;
  baseSha: string;
  headSha: string;
  log: Log;
  /** The PR's `changed_files`, when known; a listing shorter than it means the cap was hit. */
  expectedCount?: number;
  /** Checkout for the git fallback (default: cwd). */
  cwd?: string;
}

export async function listChangedFiles(octokit: GitHubClient, opts: ChangedFilesOptions): Promise<ChangedFiles> {
  const paths: string[] = [];
  let entries = 0;
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
    owner: opts.owner,
    repo: opts.repo,
    pull_number: opts.prNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const file of page.data) {
      entries++;
      paths.push(file.filename);
      if (file.previous_filename) paths.push(file.previous_filename);
    }
  }
  const capped = entries >= PULL_FILES_CAP || (opts.expectedCount !== undefined && entries < opts.expectedCount);
  if (!capped) return { paths: unique(paths), source: 'api' };

  opts.log.info(
    `GitHub lists at most ${PULL_FILES_CAP} changed files per pull request (got ${entries}` +
      `${opts.expectedCount !== undefined ? ` of ${opts.expectedCount}` : ''}); using git diff ${opts.baseSha}...${opts.headSha} instead`,
  );
  return { paths: await gitChangedFiles(opts.baseSha, opts.headSha, opts.cwd), source: 'git', capped: true };
}

/** `git diff --name-status base...head` (merge-base diff, like the PR view), both sides of renames and copies. */
export async function gitChangedFiles(base: string, head: string, cwd?: string): Promise<string[]> {
  const { stdout } = await run('git', ['diff', '--name-status', '-z', '-M', `${base}...${head}`], {
    cwd,
    maxBuffer: 256 * 1024 * 1024,
  });
  const fields = stdout.split('\0').filter((f) => f !== '');
  const paths: string[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? '';
    const count = status.startsWith('R') || status.startsWith('C') ? 2 : 1;
    for (let k = 0; k < count && i < fields.length; k++) paths.push(fields[i++] as string);
  }
  return unique(paths);
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}
