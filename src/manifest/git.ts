import type { ExecFileOptions } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../errors.ts';

const MAX_FILE_BYTES = 64 * 1024 * 1024;

// node:child_process loads on the first git call (~4 ms): a run given two manifest files makes none.
let execFileAsync: ((file: string, args: string[], options: ExecFileOptions & { encoding: 'utf8' }) => Promise<{ stdout: string }>) | undefined;
function run(file: string, args: string[], options: ExecFileOptions & { encoding: 'utf8' }): Promise<{ stdout: string }> {
  execFileAsync ??= promisify((process.getBuiltinModule('node:child_process') as typeof import('node:child_process')).execFile);
  return execFileAsync(file, args, options);
}

async function git(repoRoot: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false; stderr: string; code: number | string | undefined }> {
  try {
    const { stdout } = await run('git', args, {
      cwd: repoRoot,
      maxBuffer: MAX_FILE_BYTES,
      encoding: 'utf8',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    return { ok: true, stdout };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new UserError('git is not installed or not on PATH');
    return { ok: false, stderr: String(err.stderr ?? err.message), code: err.code };
  }
}

/** Turns a path into the `<ref>:<path>` form git expects: repo-relative, forward slashes, no `./`. */
export function gitPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/\.\//g, '/');
}

async function isShallow(repoRoot: string): Promise<boolean> {
  const r = await git(repoRoot, ['rev-parse', '--is-shallow-repository']);
  return r.ok && r.stdout.trim() === 'true';
}

/**
 * Checks that `ref` names a commit here and returns its full sha. An unknown ref is a UserError
 * whose hint says how to fetch it (a shallow CI checkout usually lacks the PR's base).
 */
export async function resolveCommit(repoRoot: string, ref: string): Promise<string> {
  // A ref starting with '-' would be read as an option.
  if (!ref || ref.startsWith('-') || /[\s\0]/.test(ref)) throw new UserError(`not a valid git ref: ${JSON.stringify(ref)}`);
  const inside = await git(repoRoot, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok) throw new UserError(`${repoRoot} is not a git repository`, undefined, 'run shadowgate from a checkout (actions/checkout) of the repository');
  const r = await git(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (r.ok) return r.stdout.trim();
  const shallow = await isShallow(repoRoot);
  throw new UserError(
    `git ref "${ref}" is not known in this checkout${shallow ? ' (the checkout is shallow)' : ''}`,
    undefined,
    `fetch the base ref, e.g. actions/checkout with fetch-depth: 0, or \`git fetch origin ${ref.replace(/^origin\//, '')}\``,
  );
}

/**
 * The file's text as it is at `ref`, or undefined when the file is not in that commit
 * (for example a manifest added by the PR itself). `path` is repo-relative.
 */
export async function readAtRef(repoRoot: string, ref: string, path: string): Promise<string | undefined> {
  return readBlob(repoRoot, await resolveCommit(repoRoot, ref), path, ref);
}

/** Like readAtRef for a commit already checked by resolveCommit (saves a git call per file). */
export async function readBlob(repoRoot: string, commit: string, path: string, refForMessages = commit): Promise<string | undefined> {
  const spec = `${commit}:${gitPath(path)}`;
  const type = await git(repoRoot, ['cat-file', '-t', spec]);
  if (!type.ok) return undefined;
  if (type.stdout.trim() !== 'blob') throw new UserError(`${path} is a ${type.stdout.trim()} at ${refForMessages}, not a file`, { file: path });
  const blob = await git(repoRoot, ['cat-file', 'blob', spec]);
  if (!blob.ok) throw new UserError(`cannot read ${path} at ${refForMessages}: ${blob.stderr.trim()}`, { file: path });
  return blob.stdout;
}

/** The repository's top folder, for turning paths into repo-relative ones. */
export async function repoTopLevel(cwd: string): Promise<string> {
  const r = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!r.ok) throw new UserError(`${cwd} is not inside a git repository`, undefined, 'run shadowgate from a checkout (actions/checkout) of the repository');
  return r.stdout.trim();
}
