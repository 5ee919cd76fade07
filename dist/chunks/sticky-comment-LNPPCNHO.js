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
} from "./chunk-PVR5NVDP.js";
import "./chunk-K6UPVMIO.js";
import {
  commentMarker
} from "./chunk-FYIWF74G.js";
import "./chunk-ASXTQ7CI.js";
import "./chunk-6HG2IZNQ.js";
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
