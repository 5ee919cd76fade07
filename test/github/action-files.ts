// The runner's file commands: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY point at files that steps append to.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function actionFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'sg-action-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    dir,
    env: { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
    outputs: () => parseOutputs(readFileSync(output, 'utf8')),
    summary: () => readFileSync(summary, 'utf8'),
    reset: () => {
      writeFileSync(output, '');
      writeFileSync(summary, '');
    },
  };
}

/** Parses `name<<DELIMITER\nvalue\nDELIMITER` blocks as @actions/core writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, delimiter] = m as unknown as [string, string, string];
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] as string);
    out[name] = value.join('\n');
  }
  return out;
}
