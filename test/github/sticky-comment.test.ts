import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { commentMarker, COMMENT_BODY_LIMIT, upsertStickyComment } from '../../src/github/sticky-comment.ts';
import { ACTIONS_BOT, OCTOCAT } from '../support/github-standin.ts';
import { startHarness, type Harness } from './harness.ts';

const where = { owner: 'Codertocat', repo: 'Hello-World', issueNumber: 2 };
let h: Harness;
beforeEach(async () => (h = await startHarness()));
afterEach(async () => h.close());

function upsert(body: string, extra: Partial<Parameters<typeof upsertStickyComment>[1]> = {}, token?: string) {
  return upsertStickyComment(h.client(token), { ...where, service: 'checkout-assistant', body, log: h.log, ...extra });
}

describe('sticky comment', () => {
  test('marker is a hidden HTML comment naming the service, and a name cannot close it early', () => {
    assert.equal(commentMarker('checkout-assistant'), '<!-- shadowgate:comment service=checkout-assistant -->');
    const tricky = commentMarker('a-->b');
    assert.equal(tricky.indexOf('-->'), tricky.length - 3);
    assert.notEqual(commentMarker('api'), commentMarker('api-v2'));
  });

  test('created once, updated in place, left alone when unchanged', async () => {
    const first = await upsert('verdict: pass');
    assert.equal(first.action, 'created');
    assert.equal(first.author.login, 'github-actions[bot]');
    assert.equal(first.author.source, 'bot-fallback');
    const [stored] = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.ok(stored?.body.startsWith('verdict: pass'));
    assert.ok(stored?.body.endsWith(commentMarker('checkout-assistant')));
    assert.equal(first.url, `${h.standin.origin}/Codertocat/Hello-World/pull/2#issuecomment-${stored?.id}`);

    const second = await upsert('verdict: fail');
    assert.equal(second.action, 'updated');
    assert.equal(second.id, first.id);
    assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 2).length, 1);
    assert.ok(h.standin.comments.get(first.id)?.body.startsWith('verdict: fail'));

    const writesBefore = h.standin.writes().length;
    const third = await upsert('verdict: fail');
    assert.equal(third.action, 'unchanged');
    assert.equal(third.id, first.id);
    assert.equal(h.standin.writes().length, writesBefore, 'an unchanged body is not rewritten');
  });

  test('duplicates left by concurrent runs: the newest is updated, older ones hidden as OUTDATED once', async () => {
    const marker = commentMarker('checkout-assistant');
    const older = h.standin.addComment('Codertocat', 'Hello-World', 2, `old run\n${marker}`, ACTIONS_BOT, 'github-actions');
    const newer = h.standin.addComment('Codertocat', 'Hello-World', 2, `other run\n${marker}`, ACTIONS_BOT, 'github-actions');
    const result = await upsert('verdict: pass');
    assert.equal(result.action, 'updated');
    assert.equal(result.id, newer.id);
    assert.deepEqual(result.minimized, [older.id]);
    assert.equal(h.standin.comments.get(older.id)?.minimizedReason, 'outdated');
    const mutation = h.standin.requests.find((r) => r.operationId === 'graphql');
    assert.match(JSON.stringify(mutation?.body), /classifier: OUTDATED/);

    const again = await upsert('verdict: warn');
    assert.equal(again.id, newer.id);
    assert.deepEqual(again.minimized, [], 'an already hidden comment is not hidden again');
    assert.equal(h.standin.requests.filter((r) => r.operationId === 'graphql').length, 1);
  });

  test('finds its comment past the first 100 comments (all pages are read)', async () => {
    const marker = commentMarker('checkout-assistant');
    for (let i = 0; i < 180; i++) h.standin.addComment('Codertocat', 'Hello-World', 2, `chatter ${i}`, OCTOCAT);
    const ours = h.standin.addComment('Codertocat', 'Hello-World', 2, `stale report\n${marker}`, ACTIONS_BOT, 'github-actions');
    for (let i = 0; i < 70; i++) h.standin.addComment('Codertocat', 'Hello-World', 2, `more chatter ${i}`, OCTOCAT);

    const result = await upsert('fresh report');
    assert.equal(result.action, 'updated');
    assert.equal(result.id, ours.id);
    assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 2).length, 251);
    const pages = h.standin.requests
      .filter((r) => r.operationId === 'issues/list-comments')
      .map((r) => new URL(r.path, 'http://x').searchParams.get('page') ?? '1');
    assert.deepEqual(pages, ['1', '2', '3']);
  });

  test("other users' comments carrying the same marker are never touched", async () => {
    const marker = commentMarker('checkout-assistant');
    const mallory = { login: 'mallory', id: 77, type: 'User' as const };
    const otherBot = { login: 'other-app[bot]', id: 78, type: 'Bot' as const };
    const quoted = h.standin.addComment('Codertocat', 'Hello-World', 2, `> copied\n${marker}`, mallory);
    const botty = h.standin.addComment('Codertocat', 'Hello-World', 2, `imitation\n${marker}`, otherBot, 'other-app');
    const lookalike = h.standin.addComment(
      'Codertocat',
      'Hello-World',
      2,
      `<!-- shadowgate:comment service=checkout-assistant-v2 -->`,
      ACTIONS_BOT,
      'github-actions',
    );

    const result = await upsert('verdict: pass');
    assert.equal(result.action, 'created');
    for (const c of [quoted, botty, lookalike]) {
      assert.equal(h.standin.comments.get(c.id)?.body, c.body);
      assert.equal(h.standin.comments.get(c.id)?.minimizedReason, undefined);
    }
  });

  test('a token that may call GET /user matches comments by that login', async () => {
    const marker = commentMarker('checkout-assistant');
    h.standin.addComment('Codertocat', 'Hello-World', 2, `bot wrote this\n${marker}`, ACTIONS_BOT, 'github-actions');
    const mine = h.standin.addComment('Codertocat', 'Hello-World', 2, `octocat wrote this\n${marker}`, OCTOCAT);
    const result = await upsert('verdict: pass', {}, 'user-token');
    assert.equal(result.author.source, 'user');
    assert.equal(result.author.login, 'octocat');
    assert.equal(result.id, mine.id);
    assert.equal(result.action, 'updated');
  });

  test('a body that already carries the marker (the report renderer adds it) is posted with exactly one', async () => {
    const marker = commentMarker('checkout-assistant');
    const result = await upsert(`${marker}\n## shadowgate: pass\n`);
    const stored = h.standin.comments.get(result.id)?.body ?? '';
    assert.equal(stored, `${marker}\n## shadowgate: pass\n`);
    const big = await upsert(`${marker}\n${'row\n'.repeat(20000)}`);
    const cut = h.standin.comments.get(big.id)?.body ?? '';
    assert.equal(big.id, result.id);
    assert.equal(cut.split(marker).length, 2, 'one marker after truncation');
    assert.ok(cut.endsWith(marker) && cut.length <= COMMENT_BODY_LIMIT);
  });

  test('a comment deleted between finding and updating it is posted anew', async () => {
    const first = await upsert('verdict: pass');
    h.standin.before('issues/update-comment', () => h.standin.comments.delete(first.id));
    const result = await upsert('verdict: fail');
    assert.equal(result.action, 'recreated');
    assert.notEqual(result.id, first.id);
    const left = h.standin.commentsOn('Codertocat', 'Hello-World', 2);
    assert.equal(left.length, 1);
    assert.ok(left[0]?.body.startsWith('verdict: fail'));
  });

  test('secondary rate limit (403 + retry-after) on create is waited out and retried', async () => {
    h.standin.inject({ operationId: 'issues/create-comment', kind: 'secondary', retryAfterSeconds: 2, times: 2 });
    const result = await upsert('verdict: pass');
    assert.equal(result.action, 'created');
    assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 2).length, 1);
    assert.deepEqual(
      h.standin.writes('issues/create-comment').map((r) => r.status),
      [403, 403, 201],
    );
    assert.equal(h.log.lines.filter((l) => /secondary rate limit/.test(l)).length, 2);
  });

  test('429 on listing and 502 on updating are retried', async () => {
    const first = await upsert('verdict: pass');
    h.standin.inject({ operationId: 'issues/list-comments', kind: '429', retryAfterSeconds: 1 });
    h.standin.inject({ operationId: 'issues/update-comment', kind: '502' });
    const result = await upsert('verdict: warn');
    assert.equal(result.action, 'updated');
    assert.equal(result.id, first.id);
    const lists = h.standin.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.status);
    assert.deepEqual(lists, [200, 429, 200]);
    assert.deepEqual(
      h.standin.writes('issues/update-comment').map((r) => r.status),
      [502, 200],
    );
  });

  test('retries are bounded: a persistent 502 surfaces as an error', async () => {
    h.standin.inject({ operationId: 'issues/create-comment', kind: '502', times: 100 });
    await assert.rejects(upsert('verdict: pass'), (e: Error & { status?: number }) => e.status === 502);
    assert.equal(h.standin.writes('issues/create-comment').length, 4, 'one try and three retries');
  });

  test('an oversized report is cut to fit, says so, and keeps the marker', async () => {
    const line = `${'x'.repeat(99)}\n`;
    const body = `## Report\n\`\`\`\n${line.repeat(1000)}\`\`\`\n`;
    const result = await upsert(body, { fullReportUrl: 'https://github.com/o/r/actions/runs/1' });
    const stored = h.standin.comments.get(result.id)?.body ?? '';
    assert.ok(stored.length <= COMMENT_BODY_LIMIT);
    assert.match(stored, /Report truncated.*https:\/\/github\.com\/o\/r\/actions\/runs\/1/);
    assert.ok(stored.endsWith(commentMarker('checkout-assistant')));
    assert.equal((stored.match(/^```/gm) ?? []).length % 2, 0, 'code fences stay balanced');
  });
});

describe('GitHub Enterprise Server layout', () => {
  test('REST under /api/v3 and GraphQL under /api/graphql', async () => {
    const ghes = await startHarness({ pathPrefix: '/api/v3' });
    try {
      const marker = commentMarker('svc');
      ghes.standin.addComment('o', 'r', 5, `a\n${marker}`, ACTIONS_BOT, 'github-actions');
      ghes.standin.addComment('o', 'r', 5, `b\n${marker}`, ACTIONS_BOT, 'github-actions');
      const result = await upsertStickyComment(ghes.client(), { owner: 'o', repo: 'r', issueNumber: 5, service: 'svc', body: 'c', log: ghes.log });
      assert.equal(result.action, 'updated');
      assert.equal(result.minimized.length, 1);
      assert.ok(ghes.standin.requests.some((r) => r.path.startsWith('/api/graphql')));
      assert.ok(ghes.standin.requests.filter((r) => r.operationId !== 'graphql').every((r) => r.path.startsWith('/api/v3/')));
    } finally {
      await ghes.close();
    }
  });
});
