// Reports as a workflow artifact.
//
// Decision: the action does not upload artifacts itself. @actions/artifact talks to the runner's results
// service with ACTIONS_RUNTIME_TOKEN, which is only handed to actions and changes with the runner; the
// workflow's own `actions/upload-artifact` step is the supported, pinned way. So the action writes every
// report into one folder, sets the `report-dir` output, and the workflow template uploads that folder
// (`if: always()`, so a failing verdict still leaves its report behind).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface ReportFiles {
  /** File name → contents, e.g. `shadowgate-report.json`, `shadowgate-report.html`, `shadowgate-report.md`. */
  [fileName: string]: string | Uint8Array;
}

/** Writes the reports into `dir` (created if missing) and returns the absolute paths by file name. */
export async function writeReportDir(dir: string, files: ReportFiles): Promise<Record<string, string>> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const written: Record<string, string> = {};
  for (const [name, contents] of Object.entries(files)) {
    if (name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
      throw new Error(`report file name must be a plain name, got '${name}'`);
    }
    const path = join(root, name);
    await writeFile(path, contents);
    written[name] = path;
  }
  return written;
}

/** Artifact name the template uses, unique per service and PR so parallel services do not collide. */
export function reportArtifactName(service: string, prNumber?: number): string {
  const slug =
    service
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'service';
  return `shadowgate-${slug}${prNumber ? `-pr${prNumber}` : ''}`;
}

/** Where a reader finds the uploaded artifact: the run page lists artifacts at the bottom. */
export function artifactHint(runUrl?: string): string {
  return runUrl ? `The full JSON and HTML reports are in the run's artifacts: ${runUrl}` : 'The full reports are in the report-dir folder.';
}
