// A throwaway git repository for tests: real git, real commits, in a temp folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE_REPO = join(import.meta.dirname, '..', 'fixtures', 'manifest', 'repo');

export interface TempRepo {
  root: string;
  git(...args: string[]): string;
  read(path: string): string;
  write(path: string, text: string): void;
  remove(path: string): void;
  commit(message: string): string;
  dispose(): void;
}

export function tempRepo(options: { fromFixture?: boolean } = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'sg-manifest-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();
  git('init', '-q');
  if (options.fromFixture !== false) cpSync(FIXTURE_REPO, root, { recursive: true });
  return {
    root,
    git,
    read(path) {
      return readFileSync(join(root, path), 'utf8');
    },
    write(path, text) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    remove(path) {
      rmSync(join(root, path));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
