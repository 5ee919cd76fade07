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
} from "./chunk-MDAQ6QQF.js";
import "./chunk-K6UPVMIO.js";
import {
  commentMarker
} from "./chunk-22RJUO73.js";
import "./chunk-7SLVE4GY.js";
import "./chunk-ZFEKMUSQ.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-Y7TY4L4C.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-LGJ5C7XN.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-XWYCPJVT.js";
import "./chunk-HMS5PANT.js";
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
