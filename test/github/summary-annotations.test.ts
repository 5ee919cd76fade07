import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { ANNOTATIONS_PER_TYPE, createAnnotator } from '../../src/github/annotations.ts';
import { artifactHint, reportArtifactName, writeReportDir } from '../../src/github/artifact.ts';
import { fitSummary, STEP_SUMMARY_LIMIT_BYTES, writeJobSummary } from '../../src/github/summary.ts';
import { memoryLog } from '../../src/log.ts';
import { actionFiles } from './action-files.ts';

test('a summary under 1 MiB is written as is; a larger one is cut at a line and says so', async () => {
  const small = '## shadowgate\n\nverdict: pass\n';
  assert.equal(fitSummary(small), small);
  // Multi-byte characters: the cap is on bytes, not on characters.
  const row = '| ✓ | größer | 😀 |\n';
  const big = `## shadowgate\n${row.repeat(Math.ceil((STEP_SUMMARY_LIMIT_BYTES * 1.5) / Buffer.byteLength(row)))}`;
  const fitted = fitSummary(big, STEP_SUMMARY_LIMIT_BYTES, 'See the artifact.');
  assert.ok(Buffer.byteLength(fitted) <= STEP_SUMMARY_LIMIT_BYTES);
  assert.ok(Buffer.byteLength(fitted) > STEP_SUMMARY_LIMIT_BYTES * 0.99);
  assert.match(fitted, /\| 😀 \|\n\n---\n\*\*Summary truncated\*\* at GitHub's 1 MiB limit\. See the artifact\.\n$/);
  assert.doesNotMatch(fitted, /\uFFFD/);
});

test('the job summary lands in GITHUB_STEP_SUMMARY; without it nothing is written', async () => {
  const files = actionFiles();
  const log = memoryLog();
  const saved = process.env.GITHUB_STEP_SUMMARY;
  try {
    delete process.env.GITHUB_STEP_SUMMARY;
    assert.equal(await writeJobSummary('ignored', log), false);
    process.env.GITHUB_STEP_SUMMARY = files.env.GITHUB_STEP_SUMMARY;
    assert.equal(await writeJobSummary('## shadowgate: warn\n', log), true);
    assert.equal(readFileSync(files.env.GITHUB_STEP_SUMMARY, 'utf8'), '## shadowgate: warn\n\n');
  } finally {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
  }
});

function recordingSink() {
  const calls: { level: string; message: string; props?: unknown }[] = [];
  const info: string[] = [];
  return {
    calls,
    info,
    sink: {
      error: (message: string, props?: unknown) => void calls.push({ level: 'error', message, props }),
      warning: (message: string, props?: unknown) => void calls.push({ level: 'warning', message, props }),
      notice: (message: string, props?: unknown) => void calls.push({ level: 'notice', message, props }),
      info: (m: string) => void info.push(m),
    },
  };
}

test('a UserError becomes an error annotation on its workspace-relative file, line and column', () => {
  const r = recordingSink();
  const annotator = createAnnotator(r.sink, '/home/runner/work/app/app');
  annotator.userError(new UserError('dataset line is not JSON', { file: '/home/runner/work/app/app/data/requests.jsonl', line: 41, column: 17 }));
  annotator.userError(new UserError('manifest not found', { file: 'shadowgate.yaml' }));
  assert.deepEqual(r.calls, [
    { level: 'error', message: 'dataset line is not JSON', props: { file: 'data/requests.jsonl', startLine: 41, startColumn: 17 } },
    { level: 'error', message: 'manifest not found', props: { file: 'shadowgate.yaml' } },
  ]);
});

test('at most 10 annotations per type: the tenth says the rest are in the log, all are logged', () => {
  const r = recordingSink();
  const annotator = createAnnotator(r.sink, '/w');
  for (let i = 1; i <= 14; i++) annotator.annotate('error', `problem ${i}`, { file: 'shadowgate.yaml', line: i });
  annotator.annotate('warning', 'a warning still has its own quota');
  const errors = r.calls.filter((c) => c.level === 'error');
  assert.equal(errors.length, ANNOTATIONS_PER_TYPE);
  assert.match(errors.at(-1)?.message ?? '', /^problem 10 \(shadowgate\.yaml:10\) — further errors are in the log only/);
  assert.equal(r.calls.filter((c) => c.level === 'warning').length, 1);
  assert.equal(annotator.overflow.error, 5);
  assert.deepEqual(
    r.info,
    [10, 11, 12, 13, 14].map((i) => `error: shadowgate.yaml:${i}: problem ${i}`),
  );
});

test('reports are written into one folder for the upload-artifact step', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'sg-art-')), 'shadowgate-report');
  const written = await writeReportDir(dir, { 'shadowgate-report.json': '{"verdict":"pass"}', 'shadowgate-report.html': '<html></html>' });
  assert.equal(readFileSync(written['shadowgate-report.json'] as string, 'utf8'), '{"verdict":"pass"}');
  await assert.rejects(writeReportDir(dir, { '../escape.json': '{}' }), /plain name/);
  assert.equal(reportArtifactName('Support Bot', 12), 'shadowgate-support-bot-pr12');
  assert.match(artifactHint('https://github.com/o/r/actions/runs/5'), /runs\/5/);
});
