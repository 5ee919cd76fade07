// The Markdown report as the PR comment: one rendering for the sticky comment, the job summary and the
// `shadowgate-report.md` file, so the file is exactly what the comment shows (same marker, same caps).
import type { ShadowReport } from '../types.ts';
import { commentMarker } from './comment-marker.ts';
import { DEFAULT_MAX_CHARS, renderMarkdown } from './markdown.ts';

export { commentMarker };

/** The comment body: marker first, at most DEFAULT_MAX_CHARS (under GitHub's 65,536), examples cut to 1,500 characters. */
export function renderComment(report: ShadowReport, options: { fullReportUrl?: string | undefined } = {}): string {
  const fullReportUrl = options.fullReportUrl ?? report.runUrl;
  return renderMarkdown(report, {
    marker: commentMarker(report.service),
    maxChars: DEFAULT_MAX_CHARS,
    ...(fullReportUrl ? { fullReportUrl } : {}),
  });
}
