import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  ACTIONS_BOT_LOGIN,
  COMMENT_BODY_LIMIT,
  isOwnComment,
  resolveCommentAuthor,
  truncateCommentBody,
  updateStickyCommentIfPresent,
  upsertStickyComment,
  withMarker
} from "./chunk-TQGFGFG3.js";
import {
  commentMarker
} from "./chunk-JK77RRRX.js";
import "./chunk-DLANUFUE.js";
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
