// The sticky comment's hidden marker, apart from the renderer: finding a comment to update needs the marker
// only, and must not load the report renderers (and the judge and manifest code they import) at start-up.

/** The hidden marker for a service. `--` and `>` cannot appear inside it, so a name cannot end the HTML comment early. */
export function commentMarker(service: string): string {
  const safe = encodeURIComponent(service).replace(/-(?=-)/g, '%2D');
  return `<!-- shadowgate:comment service=${safe} -->`;
}
