import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  commentMarker
} from "./chunk-JK77RRRX.js";
import {
  describeGitHubError,
  errorStatus
} from "./chunk-DLANUFUE.js";

// src/github/sticky-comment.ts
var COMMENT_BODY_LIMIT = 65536;
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var ACTIONS_APP_SLUG = "github-actions";
async function resolveCommentAuthor(octokit, log, given) {
  if (given) return { login: given, source: "given" };
  const { tokenType } = await octokit.auth();
  if (tokenType === "installation") {
    log.debug(`installation token: GET /user is not allowed for it; matching comments by ${ACTIONS_BOT_LOGIN}`);
    return { login: ACTIONS_BOT_LOGIN, source: "bot-fallback" };
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, source: "user" };
  } catch (e) {
    const status = errorStatus(e);
    if (status !== 403 && status !== 401 && status !== 404) throw e;
    log.debug(`GET /user not allowed for this token (${describeGitHubError(e)}); matching comments by ${ACTIONS_BOT_LOGIN}`);
    return { login: ACTIONS_BOT_LOGIN, source: "bot-fallback" };
  }
}
function isOwnComment(comment, author) {
  const user = comment.user;
  if (!user) return false;
  if (user.login.toLowerCase() === author.login.toLowerCase()) return true;
  return author.source === "bot-fallback" && user.type === "Bot" && comment.performed_via_github_app?.slug === ACTIONS_APP_SLUG;
}
function truncateCommentBody(body, limit, fullReportUrl) {
  if (body.length <= limit) return body;
  const note = `

---
**Report truncated** to fit GitHub's comment size limit.${fullReportUrl ? ` Full report: ${fullReportUrl}` : ""}
`;
  const room = Math.max(0, limit - note.length);
  let cut = body.slice(0, room);
  const lastBreak = cut.lastIndexOf("\n");
  if (lastBreak > room * 0.5) cut = cut.slice(0, lastBreak);
  if ((cut.match(/^```/gm)?.length ?? 0) % 2 === 1) cut += "\n```";
  return cut + note;
}
function withMarker(body, marker, fullReportUrl) {
  if (body.split(marker).length === 2 && body.length <= COMMENT_BODY_LIMIT) return body;
  const bare = body.split(marker).join("").replace(/^\n+/, "");
  return `${truncateCommentBody(bare, COMMENT_BODY_LIMIT - marker.length - 1, fullReportUrl)}
${marker}`;
}
async function upsertStickyComment(octokit, opts) {
  return await writeStickyComment(octokit, opts, { createIfAbsent: true });
}
async function updateStickyCommentIfPresent(octokit, opts) {
  return writeStickyComment(octokit, opts, { createIfAbsent: false });
}
async function writeStickyComment(octokit, opts, { createIfAbsent }) {
  const { owner, repo, issueNumber, log } = opts;
  const marker = opts.marker ?? commentMarker(opts.service);
  const body = withMarker(opts.body, marker, opts.fullReportUrl);
  const author = await resolveCommentAuthor(octokit, log, opts.author);
  const ours = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) {
      if (c.body?.includes(marker) && isOwnComment(c, author)) ours.push(c);
    }
  }
  const visible = ours.filter((c) => !c.minimized).sort((a, b) => a.id - b.id);
  const live = visible.at(-1);
  const create = async (action) => {
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action, id: data.id, url: data.html_url };
  };
  let outcome;
  if (!live && !createIfAbsent) {
    return void 0;
  } else if (!live) {
    outcome = await create("created");
  } else if (live.body === body) {
    outcome = { action: "unchanged", id: live.id, url: live.html_url };
  } else {
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: live.id, body });
      outcome = { action: "updated", id: data.id, url: data.html_url };
    } catch (e) {
      if (errorStatus(e) !== 404) throw e;
      if (!createIfAbsent) return void 0;
      log.info(`the shadowgate comment ${live.id} was deleted meanwhile; posting a new one`);
      outcome = await create("recreated");
    }
  }
  const minimized = [];
  for (const old of visible.filter((c) => c.id !== outcome.id && c !== live)) {
    if (await minimizeOutdated(octokit, old, log)) minimized.push(old.id);
  }
  log.info(`shadowgate comment ${outcome.action}: ${outcome.url}`);
  return { ...outcome, minimized, author };
}
var MINIMIZE = `mutation($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`;
async function minimizeOutdated(octokit, comment, log) {
  try {
    await octokit.graphql(MINIMIZE, { id: comment.node_id });
    return true;
  } catch (e) {
    log.warn(`could not hide the outdated shadowgate comment ${comment.html_url}: ${describeGitHubError(e)}`);
    return false;
  }
}

export {
  COMMENT_BODY_LIMIT,
  ACTIONS_BOT_LOGIN,
  resolveCommentAuthor,
  isOwnComment,
  truncateCommentBody,
  withMarker,
  upsertStickyComment,
  updateStickyCommentIfPresent
};
