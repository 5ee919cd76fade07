// A throwaway git repository holding the manifest fixture repo (test/fixtures/manifest/repo), or nothing.
import { join } from 'node:path';
import { tempRepo as gitRepo, type Repo } from '../support/git-repo.ts';

export const FIXTURE_REPO = join(import.meta.dirname, '..', 'fixtures', 'manifest', 'repo');

export type TempRepo = Repo;

export function tempRepo(options: { fromFixture?: boolean } = {}): TempRepo {
  return gitRepo({ prefix: 'sg-manifest-', ...(options.fromFixture !== false ? { from: FIXTURE_REPO } : {}) });
}
