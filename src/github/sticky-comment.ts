// One PR comment per service that is edited in place rather than re-posted on every push.
//
// Finding "our" comment takes two checks, because anyone can paste the marker into a comment:
//   1. the hidden marker `<!-- shadowgate:comment service=<name> -->` is in the body, and
//   2. the comment was written by the identity behind our token.
// The identity comes from `GET /user` when the token may call it (a personal or user-to-server token).
// The Actions GITHUB_TOKEN and GitHub App installation tokens get 403 there (recognised by their `ghs_`
// prefix, the call is skipped); then the author must be the
// Actions bot: login `github-actions[bot]` of type Bot, or a Bot comment made via the `github-actions` app.
// A custom App posting with its installation token passes its bot login (`my-app[bot]`) as `author`.
import type { Log } from '../log.ts';
import { commentMarker } from '../report/comment-marker.ts';
import { describeGitHubError, errorStatus, type GitHubClient } from './client.ts';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_BODY_LIMIT = 65536;
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const ACTIONS_APP_SLUG = 'github-actions';

export { commentMarker };

export interface CommentAuthor {
  login: string;
  /** How the login was found: `user` from GET /user, `bot-fallback` when that was not allowed, `given` by the caller. */
  source: 'user' | 'bot-fallback' | 'given';
}

interface CommentLike {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
  performed_via_github_app?: { slug?: string } | null;
  minimized?: { reason: string | null } | null;
}

export async function resolveCommentAuthor(octokit: GitHubClient, log: Log, given?: string): Promise<CommentAuthor> {
  if (given) return { login: given, source: 'given' };
  // An installation token (`ghs_`: the Actions GITHUB_TOKEN, a GitHub App's) always gets 403 from GET /user.
  const { tokenType } = (await octokit.auth()) as { tokenType?: string };
  if (tokenType === 'installation') {
    log.debug(`installation token: GET /user is not allowed for it; matching comments by ${ACTIONS_BOT_LOGIN}`);
    return { login: ACTIONS_BOT_LOGIN, source: 'bot-fallback' };
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, source: 'user' };
  } catch (e) {
    const status = errorStatus(e);
    if (status !== 403 && status !== 401 && status !== 404) throw e;
    log.debug(`GET /user not allowed for this token (${describeGitHubError(e)}); matching comments by ${ACTIONS_BOT_LOGIN}`);
    return { login: ACTIONS_BOT_LOGIN, source: 'bot-fallback' };
  }
}

export function isOwnComment(comment: CommentLike, author: CommentAuthor): boolean {
  const user = comment.user;
  if (!user) return false;
  if (user.login.toLowerCase() === author.login.toLowerCase()) return true;
  // The Actions token's comments are posted by the bot account through the github-actions app.
  return author.source === 'bot-fallback' && user.type === 'Bot' && comment.performed_via_github_app?.slug === ACTIONS_APP_SLUG;
}

/**
 * Cuts a body that would exceed GitHub's limit, at a line break, and says where the full report is.
 * The marker is appended by the caller after this, so its room is reserved by `limit`.
 */
export function truncateCommentBody(body: string, limit: number, fullReportUrl?: string): string {
  if (body.length <= limit) return body;
  const note = `\n\n---\n**Report truncated** to fit GitHub's comment size limit.${fullReportUrl ? ` Full report: ${fullReportUrl}` : ''}\n`;
  const room = Math.max(0, limit - note.length);
  let cut = body.slice(0, room);
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > room * 0.5) cut = cut.slice(0, lastBreak);
  // An unterminated code fence would swallow the note.
  if ((cut.match(/^```/gm)?.length ?? 0) % 2 === 1) cut += '\n```';
  return cut + note;
}

/**
 * The body as posted: exactly one marker. The report renderer may already have put it in (it does, first
 * line); then a body that fits is left as it is. Otherwise the marker is stripped, the body cut, and the
 * marker appended, so truncation can never cut the marker off.
 */
export function withMarker(body: string, marker: string, fullReportUrl?: string): string {
  if (body.split(marker).length === 2 && body.length <= COMMENT_BODY_LIMIT) return body;
  const bare = body.split(marker).join('').replace(/^\n+/, '');
  return `${truncateCommentBody(bare, COMMENT_BODY_LIMIT - marker.length - 1, fullReportUrl)}\n${marker}`;
}

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  service: string;
  /** Markdown; with or without the marker (see withMarker). */
  body: string;
  log: Log;
  /** Link put into a truncated body. */
  fullReportUrl?: string;
  /** Bot login of a custom GitHub App; see the module comment. */
  author?: string;
  /** Another hidden marker, for a second comment per service (the rollout progress); default commentMarker(service). */
  marker?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'recreated';
  id: number;
  url: string;
  /** Older duplicates hidden as OUTDATED in this run. */
  minimized: number[];
  author: CommentAuthor;
}

export async function upsertStickyComment(octokit: GitHubClient, opts: StickyCommentOptions): Promise<StickyCommentResult> {
  return (await writeStickyComment(octokit, opts, { createIfAbsent: true }))!;
}

/**
 * Rewrites the service's comment if the pull request has one, and posts nothing otherwise: for news
 * that only matters to readers of an earlier evaluation (it no longer describes the pull request).
 */
export async function updateStickyCommentIfPresent(octokit: GitHubClient, opts: StickyCommentOptions): Promise<StickyCommentResult | undefined> {
  return writeStickyComment(octokit, opts, { createIfAbsent: false });
}

async function writeStickyComment(
  octokit: GitHubClient,
  opts: StickyCommentOptions,
  { createIfAbsent }: { createIfAbsent: boolean },
): Promise<StickyCommentResult | undefined> {
  const { owner, repo, issueNumber, log } = opts;
  const marker = opts.marker ?? commentMarker(opts.service);
  const body = withMarker(opts.body, marker, opts.fullReportUrl);
  const author = await resolveCommentAuthor(octokit, log, opts.author);

  const ours: CommentLike[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data as CommentLike[]) {
      if (c.body?.includes(marker) && isOwnComment(c, author)) ours.push(c);
    }
  }
  const visible = ours.filter((c) => !c.minimized).sort((a, b) => a.id - b.id);
  const live = visible.at(-1);

  const create = async (action: 'created' | 'recreated') => {
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action, id: data.id, url: data.html_url };
  };

  let outcome: { action: StickyCommentResult['action']; id: number; url: string };
  if (!live && !createIfAbsent) {
    return undefined;
  } else if (!live) {
    outcome = await create('created');
  } else if (live.body === body) {
    outcome = { action: 'unchanged', id: live.id, url: live.html_url };
  } else {
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: live.id, body });
      outcome = { action: 'updated', id: data.id, url: data.html_url };
    } catch (e) {
      if (errorStatus(e) !== 404) throw e;
      if (!createIfAbsent) return undefined;
      log.info(`the shadowgate comment ${live.id} was deleted meanwhile; posting a new one`);
      outcome = await create('recreated');
    }
  }

  const minimized: number[] = [];
  for (const old of visible.filter((c) => c.id !== outcome.id && c !== live)) {
    if (await minimizeOutdated(octokit, old, log)) minimized.push(old.id);
  }
  log.info(`shadowgate comment ${outcome.action}: ${outcome.url}`);
  return { ...outcome, minimized, author };
}

const MINIMIZE = `mutation($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`;

/** Hides a duplicate (left by concurrent runs or a retried create). Failure only warns: the live comment is fine. */
async function minimizeOutdated(octokit: GitHubClient, comment: CommentLike, log: Log): Promise<boolean> {
  try {
    await octokit.graphql(MINIMIZE, { id: comment.node_id });
    return true;
  } catch (e) {
    log.warn(`could not hide the outdated shadowgate comment ${comment.html_url}: ${describeGitHubError(e)}`);
    return false;
  }
}
