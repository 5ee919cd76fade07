// Which files `merge` reads: paths, folders (every part file under them, as actions/download-artifact
// lays them out, merged or one folder per artifact) and globs. Nothing found is an error, never an empty merge.
import { glob, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.ts';

const GLOB_CHARS = /[*?[\]{}]/;
export const PART_FILES = '**/shadowgate-part-*-of-*.json';

async function matches(pattern: string, cwd: string): Promise<string[]> {
  const found: string[] = [];
  for await (const path of glob(pattern, { cwd })) found.push(resolve(cwd, path));
  return found.sort();
}

/** The part files the arguments name, each once, in argument order (folders and globs sorted). */
export async function expandPartPaths(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (!seen.has(absolute)) files.push(absolute);
    seen.add(absolute);
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const found = await matches(arg, cwd);
      if (found.length === 0) throw new UserError(`no file matches ${arg}`, undefined, 'give the part files, or the folder they were downloaded to');
      found.forEach(add);
      continue;
    }
    const absolute = resolve(cwd, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UserError(`part not found: ${arg}`, { file: arg }, 'give the part files, or the folder they were downloaded to');
    if (!info.isDirectory()) {
      add(absolute);
      continue;
    }
    const found = await matches(PART_FILES, absolute);
    if (found.length === 0) {
      throw new UserError(
        `no part files (shadowgate-part-I-of-N.json) in the folder ${arg}`,
        { file: arg },
        'did the shard jobs upload their parts, and the merge job download them there?',
      );
    }
    found.forEach(add);
  }
  return files;
}
