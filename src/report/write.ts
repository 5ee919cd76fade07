// Writes the three report files into one folder (the action's `report-dir`, uploaded as an artifact).
// The Markdown file is the PR comment's body, byte for byte.
// All three are rendered and validated in memory first, so a failure writes nothing.

import { join } from 'node:path';
import type { ShadowReport } from '../types.ts';
import { HTML_REPORT_FILE, renderHtml } from './html.ts';
import { JSON_REPORT_FILE, serializeJsonReport, writeAtomically } from './json.ts';
import { renderComment } from './comment.ts';

export const MARKDOWN_REPORT_FILE = 'shadowgate-report.md';

export interface ReportPaths {
  json: string;
  html: string;
  markdown: string;
}

export interface WriteReportsOptions {
  fullReportUrl?: string;
}

export async function writeReports(report: ShadowReport, outDir: string, options: WriteReportsOptions = {}): Promise<ReportPaths> {
  const paths: ReportPaths = {
    json: join(outDir, JSON_REPORT_FILE),
    html: join(outDir, HTML_REPORT_FILE),
    markdown: join(outDir, MARKDOWN_REPORT_FILE),
  };
  const json = serializeJsonReport(report);
  const html = renderHtml(report);
  const markdown = renderComment(report, options);
  await writeAtomically(paths.json, json);
  await writeAtomically(paths.html, html);
  await writeAtomically(paths.markdown, markdown);
  return paths;
}
