import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/report/comment-marker.ts
function commentMarker(service) {
  const safe = encodeURIComponent(service).replace(/-(?=-)/g, "%2D");
  return `<!-- shadowgate:comment service=${safe} -->`;
}

export {
  commentMarker
};
