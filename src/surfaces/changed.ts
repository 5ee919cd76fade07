import { posix } from 'node:path';
import type { ResolvedSide } from '../types.ts';
import { lockPathFor } from '../manifest/lock-path.ts';

/** The parts of an evaluation a changed file can affect. */
export type TouchedPart = 'manifest' | 'prompt' | 'tools' | 'output' | 'dataset';

export interface TouchedFile {
  path: string;
  parts: TouchedPart[];
}

export interface ChangedFilesVerdict {
  /** True when at least one changed file matters to the shadow evaluation. */
  relevant: boolean;
  touched: TouchedFile[];
}

/** What `relevantChanges` needs of a side: its manifest with repo-relative paths (as in ResolvedSide). */
export type SideFiles = Pick<ResolvedSide, 'manifest' | 'manifestPath'>;

function normal(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

function filesOf(side: SideFiles): Array<[string, TouchedPart]> {
  const { manifest } = side;
  // The lock goes with the manifest: a PR that only edits the lock is evaluated, which checks it.
  const out: Array<[string, TouchedPart]> = [
    [side.manifestPath, 'manifest'],
    [lockPathFor(side.manifestPath), 'manifest'],
  ];
  if (manifest.prompt?.system) out.push([manifest.prompt.system, 'prompt']);
  if (manifest.prompt?.user) out.push([manifest.prompt.user, 'prompt']);
  for (const schema of manifest.tools?.schemas ?? []) out.push([schema, 'tools']);
  if (manifest.output.schema) out.push([manifest.output.schema, 'output']);
  out.push([manifest.shadow.dataset, 'dataset']);
  return out;
}

/**
 * Maps a pull request's changed paths (repo-relative; include a rename's previous name) to the
 * surfaces they touch on either side, so a PR that touches none of them can skip the evaluation.
 */
export function relevantChanges(changedPaths: readonly string[], sides: ReadonlyArray<SideFiles | undefined>): ChangedFilesVerdict {
  const index = new Map<string, Set<TouchedPart>>();
  for (const side of sides) {
    if (!side) continue;
    for (const [path, part] of filesOf(side)) {
      const key = normal(path);
      if (!index.has(key)) index.set(key, new Set());
      index.get(key)!.add(part);
    }
  }
  const touched: TouchedFile[] = [];
  for (const path of new Set(changedPaths.map(normal))) {
    const parts = index.get(path);
    if (parts) touched.push({ path, parts: [...parts].sort() });
  }
  return { relevant: touched.length > 0, touched };
}
