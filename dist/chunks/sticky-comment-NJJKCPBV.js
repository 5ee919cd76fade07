import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  ACTIONS_BOT_LOGIN,
  COMMENT_BODY_LIMIT,
  commentMarker,
  isOwnComment,
  resolveCommentAuthor,
  truncateCommentBody,
  updateStickyCommentIfPresent,
  upsertStickyComment,
  withMarker
} from "./chunk-T5RIVX4X.js";
import "./chunk-5G3WBV4G.js";
import "./chunk-A7OMMFT7.js";
export {
  ACTIONS_BOT_LOGIN,
  COMMENT_BODY_LIMIT,
  commentMarker,
  isOwnComment,
  resolveCommentAuthor,
  truncateCommentBody,
  updateStickyCommentIfPresent,
  upsertStickyComment,
  withMarker
};
