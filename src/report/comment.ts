// The Markdown report as the PR comment: one rendering for the sticky comment, the job summary and the
// `shadowgate-report.md` file, so the file is exactly what the comment shows (same marker, same caps).
import type { ShadowReport } from '../types.ts';
import { DEFAULT_MAX_CHARS, renderMarkdown } from './markdown.ts';

/** The hidden marker for a service. `--` and `>` cannot appear inside it, so a name cannot end the HTML comment early. */
export function commentMarker(service: string): string {
  const safe = encodeURIComponent(service).replace(/-(?=-)/g, '%2D');
  return `<!-- shadowgate:comment service=${safe} -->`;
}

/** The comment body: marker first, at most DEFAULT_MAX_CHARS (under GitHub's 65,536), examples cut to 1,500 characters. */
export function renderComment(report: ShadowReport, options: { fullReportUrl?: string | undefined } = {}): string {
  const fullReportUrl = options.fullReportUrl ?? report.runUrl;
  return renderMarkdown(report, {
    marker: commentMarker(report.service),
    maxChars: DEFAULT_MAX_CHARS,
    ...(fullReportUrl ? { fullReportUrl } : {}),
  });
}
