import { posix } from 'node:path';

/** The lock's path for a manifest (repo-relative): `shadowgate.yaml` → `shadowgate.lock`, beside it. */
export function lockPathFor(manifestPath: string): string {
  const dir = posix.dirname(manifestPath);
  const base = posix.basename(manifestPath).replace(/\.ya?ml$/i, '');
  return posix.join(dir, `${base}.lock`);
}
