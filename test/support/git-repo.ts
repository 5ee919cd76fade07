// Throwaway git repositories for tests: real git, real commits, in a temp folder, untouched by the user's
// or the system's git configuration.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** Runs git in `cwd` as a fixed test identity, with no global or system config, and returns its trimmed output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();
}

export interface Repo {
  root: string;
  git(...args: string[]): string;
  write(path: string, text: string): void;
  read(path: string): string;
  remove(path: string): void;
  /** Commits everything in the working tree (an empty commit when nothing changed); returns the commit id. */
  commit(message: string): string;
  dispose(): void;
}

/** A git repository on branch main in a fresh temp folder (or in `into`), holding a copy of `from` when given. */
export function tempRepo(options: { prefix?: string; from?: string; into?: string } = {}): Repo {
  const root = options.into ?? mkdtempSync(join(tmpdir(), options.prefix ?? 'sg-repo-'));
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  if (options.from) cpSync(options.from, root, { recursive: true });
  const repo: Repo = {
    root,
    git: (...args) => git(root, ...args),
    write(path, text) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    read: (path) => readFileSync(join(root, path), 'utf8'),
    remove: (path) => rmSync(join(root, path)),
    commit(message) {
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '--allow-empty', '-m', message);
      return git(root, 'rev-parse', 'HEAD');
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  return repo;
}

export interface TwoCommitRepo {
  dir: string;
  base: string;
  head: string;
}

/** `before` files are committed as base; then `renames` (old → new) and `after` (path → contents) make head. */
export function makeRepo(before: Record<string, string>, renames: Record<string, string>, after: Record<string, string>): TwoCommitRepo {
  const repo = tempRepo({ prefix: 'sg-git-' });
  for (const [path, text] of Object.entries(before)) repo.write(path, text);
  const base = repo.commit('base');
  for (const [from, to] of Object.entries(renames)) {
    mkdirSync(dirname(join(repo.root, to)), { recursive: true });
    renameSync(join(repo.root, from), join(repo.root, to));
  }
  for (const [path, text] of Object.entries(after)) repo.write(path, text);
  return { dir: repo.root, base, head: repo.commit('head') };
}

/**
 * A repository whose base commit is the example (`examples/support-bot` by default) as it is and whose head
 * applies its `candidate/` overlay; in `into`, or in a fresh temp folder.
 */
export function makeExampleRepo(example = join(EXAMPLES, 'support-bot'), into?: string): TwoCommitRepo {
  const repo = tempRepo({ prefix: 'sg-example-', ...(into ? { into } : {}) });
  for (const name of readdirSync(example)) if (name !== 'candidate') cpSync(join(example, name), join(repo.root, name), { recursive: true });
  const base = repo.commit('base');
  cpSync(join(example, 'candidate'), repo.root, { recursive: true });
  return { dir: repo.root, base, head: repo.commit('head') };
}
