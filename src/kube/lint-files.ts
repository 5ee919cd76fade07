// The repository files `lint` reads: paths, folders, globs and `-` (helm template / kustomize build output
// piped in), named relative to the folder they were given in so findings annotate the right file and line.
import { glob, readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.ts';
import { scanYamlText, type LintFinding, type LintSettings } from './lint.ts';

export const STDIN_NAME = '<stdin>';

export interface LintSource {
  /** As shown in findings and annotations: relative to the base folder when inside it. */
  file: string;
  text: string;
}

const GLOB_CHARS = /[*?[\]{}]/;
const MANIFEST_FILES = ['**/*.yaml', '**/*.yml', '**/*.json'];
const SKIPPED_FOLDERS = /(^|[/\\])(node_modules|\.git)$/;

function shownPath(base: string, absolute: string): string {
  const rel = relative(base, absolute);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : absolute).split(sep).join('/');
}

async function matches(patterns: string | string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for await (const path of glob(patterns, { cwd, exclude: (p) => SKIPPED_FOLDERS.test(String(p)) })) found.push(resolve(cwd, path));
  return found.sort();
}

async function readText(absolute: string, shown: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: shown });
  }
}

/** Reads all of standard input (the output of `helm template` or `kustomize build`). */
export async function readStdin(stream: NodeJS.ReadStream | NodeJS.ReadableStream = process.stdin): Promise<string> {
  // A terminal would wait forever for text nobody means to type.
  if ((stream as NodeJS.ReadStream).isTTY)
    throw new UserError(
      'lint - reads the manifests from standard input, which is a terminal here',
      undefined,
      'pipe them in: helm template <chart> | shadowgate lint -',
    );
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}

/**
 * Expands the arguments into files, in order and without duplicates. A folder means every YAML/JSON file
 * under it; a glob that matches nothing and a path that does not exist are errors (a typo must not pass as
 * a clean lint).
 */
export async function readLintSources(args: readonly string[], opts: { base: string; stdin?: () => Promise<string> }): Promise<LintSource[]> {
  const sources: LintSource[] = [];
  const seen = new Set<string>();
  const add = async (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const file = shownPath(opts.base, absolute);
    sources.push({ file, text: await readText(absolute, file) });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (seen.has(STDIN_NAME)) continue;
      seen.add(STDIN_NAME);
      sources.push({ file: STDIN_NAME, text: await (opts.stdin ?? (() => readStdin()))() });
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const found = await matches(arg, opts.base);
      if (found.length === 0) throw new UserError(`no file matches ${arg}`, undefined, `patterns are matched from ${opts.base}`);
      for (const path of found) await add(path);
      continue;
    }
    const absolute = resolve(opts.base, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UserError(`${arg}: no such file or folder`, undefined, `paths are taken from ${opts.base}`);
    if (info.isDirectory()) {
      const found = await matches(MANIFEST_FILES, absolute);
      if (found.length === 0) throw new UserError(`${arg} holds no .yaml, .yml or .json file`);
      for (const path of found) await add(path);
    } else {
      await add(absolute);
    }
  }
  return sources;
}

export interface FilesLintResult {
  findings: LintFinding[];
  /** `file: Deployment name` of every Deployment looked at. */
  deployments: string[];
  files: string[];
}

/** Lints every Deployment in the sources; none at all is an error (the wrong files were given). */
export function lintSources(sources: readonly LintSource[], settings: LintSettings): FilesLintResult {
  const result: FilesLintResult = { findings: [], deployments: [], files: sources.map((s) => s.file) };
  for (const source of sources) {
    const scanned = scanYamlText(source.text, source.file, settings);
    result.findings.push(...scanned.findings);
    result.deployments.push(...scanned.deployments.map((name) => `${source.file}: ${name}`));
  }
  if (result.deployments.length === 0) {
    throw new UserError(
      `no Deployment in ${sources.length === 1 ? sources[0]!.file : `the ${sources.length} files given`}`,
      undefined,
      'lint checks kind: Deployment objects; give the files (or the helm template / kustomize build output) that define the slots',
    );
  }
  return result;
}
