// Writes the three report files into one folder (the action's `report-dir`, uploaded as an artifact).
// All three are rendered and validated in memory first, so a failure writes nothing.

import { join } from 'node:path';
import type { ShadowReport } from '../types.ts';
import { HTML_REPORT_FILE, renderHtml } from './html.ts';
import { JSON_REPORT_FILE, serializeJsonReport, writeAtomically } from './json.ts';
import { renderMarkdown } from './markdown.ts';

export const MARKDOWN_REPORT_FILE = 'shadowgate-report.md';

export interface ReportPaths {
  json: string;
  html: string;
  markdown: string;
}

export interface WriteReportsOptions {
  /** Marker for the Markdown file (default `<!-- shadowgate:report service=<service> -->`). */
  marker?: string;
  /** Cap for the Markdown file; default 1,000,000 characters (the job summary allows 1 MiB). */
  markdownMaxChars?: number;
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
  const markdown = renderMarkdown(report, {
    marker: options.marker ?? `shadowgate:report service=${report.service.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-').slice(0, 100)}`,
    maxChars: options.markdownMaxChars ?? 1_000_000,
    maxBytes: 1_000_000,
    exampleChars: 10_000,
    ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
  });
  await writeAtomically(paths.json, json);
  await writeAtomically(paths.html, html);
  await writeAtomically(paths.markdown, markdown);
  return paths;
}
