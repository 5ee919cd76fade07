// The same sticky comment from the CLI (other CI systems, laptops): `shadowgate shadow --pr owner/repo#N`
// with GITHUB_TOKEN, against the OpenAPI-checked stand-in through GITHUB_API_URL (as on GHES).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DemoServer } from '../../src/demo/chat-model.ts';
import { commentMarker } from '../../src/github/sticky-comment.ts';
import { makeExampleRepo } from '../support/git-repo.ts';
import { startHarness, type Harness } from './harness.ts';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('shadowgate shadow --pr from the CLI', { skip: existsSync(cli) ? false : 'dist/cli.js missing' }, () => {
  let h: Harness;
  let chat: DemoServer;
  let repo: string;

  before(async () => {
    h = await startHarness();
    const { startChatModel } = await import('../../src/demo/chat-model.ts');
    chat = await startChatModel();
    ({ dir: repo } = makeExampleRepo(join(root, 'examples', 'support-bot'), join(mkdtempSync(join(tmpdir(), 'sg-cli-pr-')), 'repo')));
  });
  after(async () => {
    await chat?.close();
    await h?.close();
  });

  function run(args: string[], env: Record<string, string>): Promise<Run> {
    const child = spawn(process.execPath, [cli, 'shadow', '--base-ref', 'HEAD~1', '--fail-on', 'never', ...args], {
      cwd: repo,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_API_URL: h.standin.apiUrl,
        SHADOWGATE_BASELINE_ENDPOINT: chat.url,
        SHADOWGATE_CANDIDATE_ENDPOINT: chat.url,
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
  }

  test('posts one sticky comment as the token owner, then updates it in place', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sg-cli-pr-out-')), 'r');
    const first = await run(['--pr', 'Codertocat/Hello-World#7', '--out', out], { GITHUB_TOKEN: 'user-token' });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const comments = h.standin.commentsOn('Codertocat', 'Hello-World', 7);
    assert.equal(comments.length, 1);
    assert.ok(comments[0]!.body.includes(commentMarker('support-bot')));
    assert.match(first.stdout, new RegExp(`comment +.*issuecomment-${comments[0]!.id}`));

    const second = await run(['--pr', '7', '--out', out], { GH_TOKEN: 'user-token', GITHUB_REPOSITORY: 'Codertocat/Hello-World' });
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.equal(h.standin.commentsOn('Codertocat', 'Hello-World', 7).length, 1, 'still one comment');
  });

  test('without a token, or with a malformed --pr, nothing is evaluated: one error and exit 2', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sg-cli-pr-out-')), 'r');
    const noToken = await run(['--pr', 'Codertocat/Hello-World#7', '--out', out], {});
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /^error: --pr needs a token/m);
    const malformed = await run(['--pr', 'Hello-World', '--out', out], { GITHUB_TOKEN: 'user-token' });
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /--pr must look like owner\/repo#123/);
    assert.ok(!existsSync(out), 'no report written');
  });

  test('a GitHub outage does not change the exit code decided by the verdict', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sg-cli-pr-out-')), 'r');
    h.standin.inject({ kind: '502', times: 50 });
    const result = await run(['--pr', 'Codertocat/Hello-World#8', '--out', out], { GITHUB_TOKEN: 'user-token' });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stderr, /the PR comment was not posted/);
    assert.ok(existsSync(join(out, 'shadowgate-report.json')));
  });
});
