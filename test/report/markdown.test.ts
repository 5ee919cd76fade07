import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderMarkdown } from '../../src/report/markdown.ts';
import type { ShadowReport, Verdict, WorstExample } from '../../src/types.ts';
import { ADVERSARIAL_TEXTS, buildReport, defaultWorst, seededRandom } from './builder.ts';
import { LIVE_REFERENCE, inspectMarkdown, isOwnHtml } from './markdown-check.ts';

const MARKER = '<!-- shadowgate:comment service=invoice-extractor -->';
const RUN_URL = 'https://github.com/acme/invoices/actions/runs/123456';
const FULL_URL = 'https://github.com/acme/invoices/actions/runs/123456/artifacts/789';
const ZWJ = /\u200D/g;
// Written independently of src/report/inert.ts: C0/C1 controls but \t \n, bidi controls, BOM.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

function visible(text: string): string {
  return text.replace(ZWJ, '');
}

function metricRows(body: string): string[][] {
  const table = inspectMarkdown(body).tables.find((t) => t.rows[0]?.[0] === 'Metric');
  assert.ok(table, 'metric table present');
  return table.rows.slice(1);
}

describe('renderMarkdown: content', () => {
  const verdicts: Verdict[] = ['pass', 'warn', 'fail', 'inconclusive'];
  for (const verdict of verdicts) {
    test(`${verdict}: marker first, then the verdict, n, surfaces, metrics, replay, examples`, () => {
      const report = buildReport({ verdict, runUrl: RUN_URL });
      const body = renderMarkdown(report, { marker: MARKER });
      const parsed = inspectMarkdown(body);

      assert.equal(body.split('\n')[0], MARKER);
      const word = verdict.toUpperCase();
      assert.match(parsed.headings[0] ?? '', new RegExp(`^\\S+ Shadowgate: ${word} for invoice-extractor$`));
      // Shown after the verdict word, without the judge's own leading copy of it.
      const firstReason = (report.judgement.reasons[0] ?? '').replace(/^(PASS|WARN|FAIL|INCONCLUSIVE):?\s+/, '');
      assert.ok(firstReason.length > 20);
      assert.ok(
        parsed.texts.some((t) => visible(t).includes(firstReason.slice(0, 40))),
        'first judge reason shown',
      );
      const n = report.judgement.n.toLocaleString('en-US');
      assert.ok(body.includes(`${n} pairs compared`));
      // How much changed and what failed stand beside the verdict.
      const d = report.judgement.divergence!;
      assert.ok(body.includes(`**Changed:** ${d.changed} of ${d.n} answers differ`), 'the changed share is in the headline');
      assert.ok(body.includes('**Failed requests:** baseline: timeout ×3; candidate: timeout ×4, HTTP 503 ×2'));
      if (verdict === 'inconclusive') {
        assert.ok(body.includes(`about **${report.judgement.neededSamples} pairs** are needed`), 'needed sample size shown');
      } else {
        assert.ok(!body.includes('are needed'));
      }

      // Surfaces: every changed one, old → new.
      const surfaces = parsed.tables.find((t) => t.rows[0]?.[0] === 'Surface');
      const changed = report.surfaces.filter((s) => s.changed);
      assert.equal(surfaces?.rows.length, changed.length + 1);
      for (const s of changed) {
        assert.ok(
          surfaces?.rows.some((r) => r[0] === s.surface && r[1] === s.before && r[2] === s.after),
          `${s.surface} row`,
        );
      }

      // Metric table: one row per metric, worst first, seven cells each.
      const rows = metricRows(body);
      assert.equal(rows.length, report.judgement.metrics.length);
      for (const row of rows) assert.equal(row.length, 7);
      const rank: Record<string, number> = { fail: 0, warn: 1, no: 2, pass: 3, info: 4 };
      const order = rows.map((r) => rank[(r[6] ?? '').split(' ')[1] ?? ''] ?? -1);
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
        'rows sorted by severity',
      );
      for (const mj of report.judgement.metrics) {
        const row = rows.find((r) => r[0]?.includes(mj.metric.id));
        assert.ok(row, `row for ${mj.metric.id}`);
        assert.ok(row[6]?.includes(mj.verdict === 'nodata' ? 'no data' : mj.verdict));
        if (mj.metric.unit === 'rate') {
          assert.equal(row[1], `${((mj.metric.baseline ?? 0) * 100).toFixed(1)} %`);
          const pp = Math.abs((mj.effect ?? 0) * 100);
          assert.match(row[3] ?? '', new RegExp(`^[−+]?${pp.toFixed(pp >= 1 ? 1 : 2).replace('.', '\\.')} pp$`));
        }
        if (mj.metric.unit === 'ms') {
          assert.equal(row[1], `${mj.metric.baseline} ms`);
          assert.ok(row[3]?.startsWith(`×${(mj.effect ?? 0).toPrecision(3)}`), row[3]);
        }
        if (mj.metric.unit === 'tokens') assert.ok(row[2]?.endsWith(' tok'));
        if (mj.pAdjusted !== undefined && mj.pAdjusted < 0.001) assert.equal(row[5], '<0.001');
        if (mj.gate?.critical) assert.ok(row[6]?.includes('critical'));
      }

      // Replay accounting.
      const replay = parsed.tables.find((t) => t.rows[0]?.[0] === 'Records read');
      const r = report.replay;
      const failed = Object.values(r.failed).reduce((a, b) => a + (b ?? 0), 0);
      assert.deepEqual(
        replay?.rows[1]?.slice(0, 7),
        [r.read, r.sampled, r.pairs, r.requests, r.ok, r.retried, failed].map((v) => v.toLocaleString('en-US')),
      );
      const prose = parsed.texts.join('');
      for (const [cls, count] of Object.entries(r.failed)) assert.ok(prose.includes(`${cls} ${count}`), `${cls} failures counted`);

      // Examples: one <details> each, request/baseline/candidate verbatim in fences.
      const details = parsed.html.filter((h) => h.startsWith('<details>'));
      assert.equal(details.length, report.worst.length);
      const fences = parsed.fences.filter((f) => f.info === 'text').map((f) => f.content.replace(/\n$/, ''));
      report.worst.forEach((w, i) => {
        assert.deepEqual(fences.slice(3 * i, 3 * i + 3), [w.request, w.baseline, w.candidate]);
      });
      assert.ok(parsed.links.includes(RUN_URL));
      assert.ok(!body.includes('Shortened'), 'nothing cut when it fits');
    });
  }

  test('mermaid chart: a valid horizontal xychart with one bar per comparable metric, signs as measured', () => {
    const report = buildReport({ verdict: 'fail' });
    const chart = inspectMarkdown(renderMarkdown(report, { marker: MARKER })).fences.find((f) => f.info === 'mermaid');
    assert.ok(chart, 'chart present');
    const lines = chart.content.trimEnd().split('\n');
    assert.equal(lines[0], 'xychart-beta horizontal');
    assert.match(lines[1] ?? '', /^ {4}title "[^"]+"$/);
    const xAxis = /^ {4}x-axis \[("[^"\n]+"(?:, "[^"\n]+")*)\]$/.exec(lines[2] ?? '');
    const yAxis = /^ {4}y-axis "[^"]+" (-?\d+(?:\.\d+)?) --> (-?\d+(?:\.\d+)?)$/.exec(lines[3] ?? '');
    const bars = /^ {4}bar \[(-?\d+(?:\.\d+)?(?:, -?\d+(?:\.\d+)?)*)\]$/.exec(lines[4] ?? '');
    assert.ok(xAxis && yAxis && bars, chart.content);
    assert.equal(lines.length, 5);
    const labels = xAxis[1]?.split(', ') ?? [];
    const values = (bars[1] ?? '').split(', ').map(Number);
    assert.equal(labels.length, values.length);
    const comparable = report.judgement.metrics.filter(
      (m) =>
        m.effect !== undefined &&
        (m.metric.test === 'paired-binary' ||
          m.metric.test === 'paired-continuous' ||
          (m.metric.test === 'agreement' && (m.metric.agreement?.noise?.length ?? 0) > 0)),
    );
    assert.equal(values.length, comparable.length);
    const lo = Number(yAxis[1]);
    const hi = Number(yAxis[2]);
    for (const v of values) assert.ok(v >= lo && v <= hi, `${v} inside the axis`);
    const latency = comparable.findIndex((m) => m.metric.id === 'latency.ms');
    const latencyEffect = report.judgement.metrics.find((m) => m.metric.id === 'latency.ms')?.effect ?? 1;
    assert.ok(Math.abs((values[labels.indexOf('"Latency median"')] ?? 0) - (latencyEffect - 1) * 100) < 0.01, `latency bar ${latency}`);
  });

  test('mermaid chart: hostile metric titles cannot end a label, start a comment or a directive', () => {
    const report = buildReport({ verdict: 'warn' });
    const titles = ['a"b]c', '%%{init: {"theme":"dark"}}%%', 'x\ny', '計算 時間 😀', '`code`', 'z'.repeat(80)];
    report.judgement.metrics = report.judgement.metrics.map((m, i) => ({ ...m, metric: { ...m.metric, title: titles[i] ?? 'ok' } }));
    const chart = inspectMarkdown(renderMarkdown(report, { marker: MARKER })).fences.find((f) => f.info === 'mermaid');
    const xAxis = chart?.content.split('\n')[2] ?? '';
    const labels = /^ {4}x-axis \[(.*)\]$/.exec(xAxis)?.[1]?.split(', ') ?? [];
    assert.ok(labels.length >= 5, xAxis);
    for (const label of labels) {
      assert.match(label, /^"[^"%\n`[\]{}]{1,28}"$/u, label);
    }
  });

  test('inconclusive for a critical gate without data (enough pairs): no "too few pairs" claim', () => {
    const report = buildReport({ verdict: 'inconclusive', n: 400 });
    report.judgement.reasons = ['INCONCLUSIVE: no data for critical tools.valid'];
    const body = renderMarkdown(report, { marker: MARKER });
    assert.ok(!body.includes('could be compared'));
    assert.ok(body.includes('no data for critical tools.valid'));
    assert.ok(body.includes('400 pairs compared'));
  });

  test('a marker without the comment wrapper is wrapped; a marker that could break out is refused', () => {
    const report = buildReport({ verdict: 'pass' });
    assert.equal(renderMarkdown(report, { marker: 'shadowgate:comment service=x' }).split('\n')[0], '<!-- shadowgate:comment service=x -->');
    assert.throws(() => renderMarkdown(report, { marker: '<!-- a --> <script> -->' }));
    assert.throws(() => renderMarkdown(report, { marker: 'two\nlines' }));
  });
});

function adversarialReport(): ShadowReport {
  const report = buildReport({ verdict: 'fail', runUrl: RUN_URL });
  const pick = (i: number): string => ADVERSARIAL_TEXTS[i % ADVERSARIAL_TEXTS.length] ?? '';
  report.service = `svc ${pick(3)}`;
  report.baselineRef = pick(1);
  report.candidateRef = pick(2);
  report.surfaces = report.surfaces.map((s, i) => ({ ...s, changed: true, before: pick(i), after: pick(i + 4), files: [pick(i + 6), 'ok.md'] }));
  report.judgement.reasons = [pick(4), pick(0)];
  report.judgement.metrics = report.judgement.metrics.map((m, i) => ({
    ...m,
    reason: pick(i + 2),
    verdict: i % 2 === 0 ? 'fail' : m.verdict,
    metric: { ...m.metric, title: pick(i + 5), id: `${m.metric.id}${pick(i + 6)}` },
  }));
  report.worst = ADVERSARIAL_TEXTS.map((t, i) => ({
    recordId: pick(i + 1),
    line: i + 1,
    metric: pick(i + 3),
    score: i / 10,
    request: t,
    baseline: pick(i + 1),
    candidate: ADVERSARIAL_TEXTS.join('\n'),
  }));
  return report;
}

function assertInert(body: string, report: ShadowReport, allowedLinks: readonly string[]): void {
  const parsed = inspectMarkdown(body);
  for (const node of parsed.html) assert.ok(isOwnHtml(node), `foreign HTML node: ${JSON.stringify(node)}`);
  assert.deepEqual(parsed.images, [], 'no images');
  for (const href of parsed.links) assert.ok(allowedLinks.includes(href), `foreign link: ${href}`);
  for (const t of parsed.texts) assert.doesNotMatch(t, LIVE_REFERENCE, `live reference in text: ${JSON.stringify(t)}`);
  assert.equal(body.split('<!--').length, 2, 'our marker is the only comment opener');
  assert.doesNotMatch(body, UNSAFE, 'no control or bidi characters');
  // Only our headings: the verdict and the section titles.
  for (const h of parsed.headings.slice(1)) assert.match(h, /^(What changed|Metrics|Why|Effects|Replay|Worst examples \(\d+( of \d+)?\))$/);
  // Every <details> closed, table cells not multiplied by `|`.
  const opened = parsed.html.filter((h) => h.startsWith('<details>')).length;
  assert.equal(parsed.html.filter((h) => h === '</details>').length, opened);
  for (const row of metricRows(body)) assert.equal(row.length, 7);
  assert.equal(metricRows(body).length, report.judgement.metrics.length);
  // Example texts arrive verbatim, only unsafe characters removed and comment openers broken.
  const fences = parsed.fences.filter((f) => f.info === 'text').map((f) => visible(f.content).replace(/\n$/, ''));
  // (A cut text is a prefix of the original.)
  report.worst.slice(0, opened).forEach((w, i) => {
    [w.request, w.baseline, w.candidate].forEach((t, k) => {
      const expected = t.replace(/\r\n?/g, '\n').replace(new RegExp(UNSAFE.source, 'g'), '');
      const shown = fences[3 * i + k] ?? '';
      assert.ok(shown.length > 0 || expected.trim() === '', `example ${i + 1} text ${k + 1} is shown`);
      assert.ok(expected.startsWith(shown), `example ${i + 1} text ${k + 1} is verbatim: ${JSON.stringify(shown.slice(0, 200))}`);
    });
  });
}

describe('renderMarkdown: untrusted text stays inert', () => {
  test('adversarial model text and manifest values in every field', () => {
    const report = adversarialReport();
    const body = renderMarkdown(report, { marker: MARKER });
    assertInert(body, report, [RUN_URL]);
    // The text is still there for people to read.
    assert.ok(body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(body.includes('@\u200Doctocat'));
  });

  test('seeded fuzz: random mixes of dangerous fragments', () => {
    const random = seededRandom(7);
    const fragments = [
      ...ADVERSARIAL_TEXTS,
      '`',
      '``',
      '```',
      '\n',
      '\n\n',
      '<',
      '>',
      '&',
      '|',
      '\\',
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '!',
      '#',
      '1.',
      '- ',
      '@',
      'x',
      ' ',
      '<!--',
      '-->',
      '</td>',
      '</details>',
      '<details>',
      'http://',
      'www.',
      '~~~',
      '$',
      '\u202E',
      '\r',
    ];
    const randomText = (): string =>
      Array.from({ length: 1 + Math.floor(random() * 30) }, () => fragments[Math.floor(random() * fragments.length)] ?? '').join('');
    for (let round = 0; round < 60; round++) {
      const report = buildReport({ verdict: 'warn', runUrl: RUN_URL });
      report.service = randomText();
      report.judgement.reasons = [randomText()];
      report.surfaces = report.surfaces.map((s) => ({ ...s, before: randomText(), after: randomText(), files: [randomText()] }));
      report.judgement.metrics = report.judgement.metrics.map((m) => ({ ...m, reason: randomText(), metric: { ...m.metric, title: randomText() } }));
      report.worst = Array.from({ length: 3 }, (_, i) => ({
        recordId: randomText(),
        line: i + 1,
        metric: randomText(),
        score: random(),
        request: randomText(),
        baseline: randomText(),
        candidate: randomText(),
      }));
      assertInert(renderMarkdown(report, { marker: MARKER }), report, [RUN_URL]);
    }
  });
});

function hugeExamples(count: number, size: number): WorstExample[] {
  const random = seededRandom(3);
  const chunk = (): string =>
    Array.from({ length: size / 50 }, () => `line ${Math.floor(random() * 1e9)} ${'lorem ipsum '.repeat(3)}\n`)
      .join('')
      .slice(0, size);
  return Array.from({ length: count }, (_, i) => ({
    recordId: `r${i}`,
    line: i + 1,
    metric: 'text.rouge_l',
    score: i / count,
    request: chunk(),
    baseline: chunk(),
    candidate: chunk(),
  }));
}

describe('renderMarkdown: size cap', () => {
  test('200 KB answers: examples are cut to a visible note and then dropped, the body fits', () => {
    const report = buildReport({ verdict: 'fail', runUrl: RUN_URL, worst: hugeExamples(20, 200_000) });
    const body = renderMarkdown(report, { marker: MARKER, fullReportUrl: FULL_URL });
    assert.ok(body.length <= 65_000, `${body.length} chars`);
    const parsed = inspectMarkdown(body);
    const shown = parsed.html.filter((h) => h.startsWith('<details>')).length;
    assert.ok(shown > 0 && shown < 20, `${shown} examples shown`);
    assert.ok(parsed.headings.includes(`Worst examples (${shown} of 20)`));
    assert.ok(body.includes(`left out ${20 - shown} of 20 worst examples`), 'honest note');
    assert.ok(parsed.links.includes(FULL_URL), 'note links the full report');
    assert.equal(body.match(/more characters not shown/g)?.length, 3 * shown);
    for (const f of parsed.fences.filter((x) => x.info === 'text')) assert.ok(f.content.length <= 1_501);
    // Kept examples are the worst ones, in order.
    report.worst.slice(0, shown).forEach((w) => {
      assert.ok(body.includes(`record ${w.recordId} `));
    });
    assertInert(body, report, [RUN_URL, FULL_URL]);
  });

  test('a tight cap drops all examples, then details, keeping the verdict and the table', () => {
    const report = buildReport({ verdict: 'fail', runUrl: RUN_URL, worst: hugeExamples(5, 10_000) });
    const full = renderMarkdown(report, { marker: MARKER, maxChars: 1_000_000 });
    const cap = 6_000;
    assert.ok(full.length > cap);
    const body = renderMarkdown(report, { marker: MARKER, maxChars: cap });
    assert.ok(body.length <= cap, `${body.length} chars`);
    const parsed = inspectMarkdown(body);
    assert.match(parsed.headings[0] ?? '', /FAIL/);
    assert.equal(metricRows(body).length, report.judgement.metrics.length);
    assert.ok(body.includes('all 5 worst examples'));
    assert.equal(parsed.html.filter((h) => h.startsWith('<details>')).length, 0);
    // Whatever else was cut is named in the note, and no cut section is left half-rendered.
    for (const [heading, label] of [
      ['Effects', 'the effects chart'],
      ['Why', 'the per-metric reasons'],
    ] as const) {
      assert.equal(parsed.headings.includes(heading), !body.includes(label), `${heading} either shown or named as cut`);
    }
    assert.ok(!parsed.fences.some((f) => f.info === 'text'));
    assertInert(body, report, [RUN_URL]);
  });

  test('the smallest cap still fits the verdict when every field is as long and escape-heavy as can be', () => {
    const heavy = '<&|*_[]`@#1'.repeat(10_000);
    const report = buildReport({ verdict: 'inconclusive', runUrl: `https://github.com/${'a'.repeat(300)}`, worst: hugeExamples(3, 20_000) });
    report.service = heavy;
    report.baselineRef = heavy;
    report.candidateRef = heavy;
    report.generatedAt = heavy;
    report.judgement.reasons = [heavy, heavy];
    report.judgement.metrics = report.judgement.metrics.map((m) => ({ ...m, reason: heavy, metric: { ...m.metric, title: heavy, id: heavy } }));
    report.surfaces = report.surfaces.map((s) => ({ ...s, changed: true, before: heavy, after: heavy, files: Array(50).fill(heavy) }));
    const body = renderMarkdown(report, { marker: MARKER, maxChars: 6_000, fullReportUrl: `https://example.com/${'b'.repeat(300)}` });
    assert.ok(body.length <= 6_000, `${body.length}`);
    assert.match(inspectMarkdown(body).headings[0] ?? '', /INCONCLUSIVE/);
    assert.ok(body.includes('Shortened to fit 6,000 characters'));
    assertInert(body, report, [`https://github.com/${'a'.repeat(300)}`, `https://example.com/${'b'.repeat(300)}`]);

    // With 1,900-character links as well, core sections go too, and the note names each of them.
    report.runUrl = `https://github.com/${'a'.repeat(1_900)}`;
    const tighter = renderMarkdown(report, { marker: MARKER, maxChars: 6_000, fullReportUrl: `https://example.com/${'b'.repeat(1_900)}` });
    assert.ok(tighter.length <= 6_000, `${tighter.length}`);
    const parsed = inspectMarkdown(tighter);
    assert.match(parsed.headings[0] ?? '', /INCONCLUSIVE/);
    for (const [heading, label] of [
      ['Metrics', 'the metric table'],
      ['What changed', 'the changed surfaces'],
      ['Replay', 'the replay accounting'],
    ] as const) {
      assert.equal(parsed.headings.includes(heading), !tighter.includes(label), `${heading} either shown or named as cut`);
    }
  });

  test('the byte cap counts UTF-8 bytes, not characters', () => {
    const wide = '界'.repeat(3_000);
    const report = buildReport({ verdict: 'pass', worst: defaultWorst().map((w) => ({ ...w, baseline: wide, candidate: wide })) });
    const body = renderMarkdown(report, { marker: MARKER, maxChars: 60_000, maxBytes: 20_000, exampleChars: 3_000 });
    assert.ok(Buffer.byteLength(body) <= 20_000, `${Buffer.byteLength(body)} bytes`);
    assert.ok(body.length < 20_000);
    assert.ok(body.includes('worst examples'));
  });

  test('more room shows more examples', () => {
    const report = buildReport({ verdict: 'warn', worst: hugeExamples(12, 5_000) });
    const count = (maxChars: number): number => (renderMarkdown(report, { marker: MARKER, maxChars }).match(/^<details>$/gm) ?? []).length;
    const counts = [10_000, 20_000, 40_000, 65_000].map(count);
    for (let i = 1; i < counts.length; i++) assert.ok((counts[i] ?? 0) >= (counts[i - 1] ?? 0), counts.join(','));
    assert.ok((counts.at(-1) ?? 0) > (counts[0] ?? 0));
  });
});

test('an agreement metric measured against the A/A floor shows that floor in the Baseline column', () => {
  const report = buildReport({ verdict: 'warn' });
  const row = renderMarkdown(report, { marker: 'shadowgate:comment service=t' })
    .split('\n')
    .find((l) => l.includes('`json.deep_equal`'));
  assert.ok(row, 'the deep-equal row is in the table');
  const cells = row.split('|').map((c) => c.trim());
  assert.match(cells[2]!, /^A\/A \d/, `baseline cell: ${cells[2]}`);
});
