// A throwaway git repository with a base commit and a head commit, for the git diff fallback.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TwoCommitRepo {
  dir: string;
  base: string;
  head: string;
}

/** `before` files are committed as base; then `renames` (old → new) and `after` (path → contents) make head. */
export function makeRepo(before: Record<string, string>, renames: Record<string, string>, after: Record<string, string>): TwoCommitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'sg-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  git('init', '-q', '-b', 'main');
  write(before);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  for (const [from, to] of Object.entries(renames)) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    renameSync(join(dir, from), join(dir, to));
  }
  write(after);
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  return { dir, base, head: git('rev-parse', 'HEAD') };
}

/** A repository whose base commit is `example/` as is and whose head applies its `candidate/` overlay. */
export function makeExampleRepo(example: string, into: string): TwoCommitRepo {
  mkdirSync(into, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: into, encoding: 'utf8' }).trim();
  for (const name of readdirSync(example)) if (name !== 'candidate') cpSync(join(example, name), join(into, name), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  cpSync(join(example, 'candidate'), into, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  return { dir: into, base, head: git('rev-parse', 'HEAD') };
}
