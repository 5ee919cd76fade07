// The job summary: the same Markdown report as the PR comment, on the run's summary page.
import * as core from '@actions/core';
import type { Log } from '../log.ts';

/** The runner refuses a step summary over 1 MiB ("supports content up to a size of 1024k"). */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Cuts Markdown to at most `limitBytes` UTF-8 bytes, at a line break, with a note saying where the rest is. */
export function fitSummary(markdown: string, limitBytes = STEP_SUMMARY_LIMIT_BYTES, fullReportHint?: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(markdown).length <= limitBytes) return markdown;
  const note = `\n\n---\n**Summary truncated** at GitHub's 1 MiB limit.${fullReportHint ? ` ${fullReportHint}` : ''}\n`;
  const room = limitBytes - encoder.encode(note).length;
  // Find the longest prefix that fits by bytes; characters may take up to 4 bytes.
  let lo = 0;
  let hi = Math.min(markdown.length, room);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encoder.encode(markdown.slice(0, mid)).length <= room) lo = mid;
    else hi = mid - 1;
  }
  let cut = markdown.slice(0, lo);
  // Do not end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > lo * 0.5) cut = cut.slice(0, lastBreak);
  return cut + note;
}

/**
 * Appends the report to $GITHUB_STEP_SUMMARY. Outside a workflow (CLI, local runs without the variable) it
 * does nothing and says so; returns whether it wrote.
 */
export async function writeJobSummary(markdown: string, log: Log, fullReportHint?: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
    return false;
  }
  await core.summary.addRaw(fitSummary(markdown, STEP_SUMMARY_LIMIT_BYTES, fullReportHint), true).write();
  return true;
}
