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
} from "./chunk-W6AGJRF2.js";
import {
  commentMarker
} from "./chunk-A4LSEOKY.js";
import "./chunk-7SLVE4GY.js";
import "./chunk-LHGZWALS.js";
import "./chunk-GUYHFYEI.js";
import "./chunk-UN2DOSLZ.js";
import "./chunk-JYLVME2R.js";
import "./chunk-EY375UA5.js";
import "./chunk-WRXJLZPW.js";
import "./chunk-4HYHTPLW.js";
import "./chunk-DLANUFUE.js";
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
