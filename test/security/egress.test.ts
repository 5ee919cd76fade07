// The egress policy on the TypeScript sources: address classes, reserved variable names, which
// destinations and credentials a candidate may use, and the transport refusing a connection after
// resolution (never retried, never reaching the server).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { reservedBecause } from '../../src/manifest/reserved-env.ts';
import { classifyAddress, parseAllowedEndpoints, planEgress, type AddressClass } from '../../src/replay/egress.ts';
import { redactDeep, redactor } from '../../src/replay/secrets.ts';
import { resolveSide } from '../../src/manifest/resolve.ts';
import { lineOf, removeAll, tempRepo } from '../cli/helpers.ts';
import { manifestYaml, writeService } from '../cli/json-service.ts';
import { createTransport, sendWithRetry } from '../../src/replay/transport.ts';
import { createModerator } from '../../src/replay/adapters/moderation.ts';
import { createPairJudge } from '../../src/replay/adapters/judge-model.ts';
import type { Pair, ResolvedSide } from '../../src/types.ts';
import { startOpenAIServer, type ModelServer } from '../support/model-servers.ts';

describe('address classes', () => {
  const cases: Array<[string, AddressClass]> = [
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['fd00:ec2:0:0::254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['[fd00:ec2::254]', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['not-an-address', 'reserved'],
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['169.255.0.1', 'public'],
    ['2606:4700:4700::1111', 'public'],
  ];
  for (const [address, expected] of cases) {
    test(`${address} is ${expected}`, () => assert.equal(classifyAddress(address), expected));
  }
});

describe('reserved variable names', () => {
  after(removeAll);

  test('every place a manifest names a variable is checked, the embeddings credential included', async () => {
    const repo = tempRepo();
    writeService(repo, 'http://127.0.0.1:1/v1', 4);
    const manifest = manifestYaml({
      endpoint: 'http://127.0.0.1:1/v1',
      auth: 'OPENAI_API_KEY',
      extra: '  embeddings:\n    endpoint: http://127.0.0.1:1/v1\n    model: e\n    auth: { env: ACTIONS_ID_TOKEN_REQUEST_TOKEN }',
    });
    repo.write('shadowgate.yaml', manifest);
    const error = await resolveSide({ label: 'candidate', ref: 'worktree', manifestPath: 'shadowgate.yaml', repoRoot: repo.root, env: {} }).then(
      () => assert.fail('should be refused'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof UserError);
    assert.equal(error.location?.line, lineOf(manifest, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'));
    assert.match(
      error.message,
      /^shadow\.embeddings\.auth\.env names ACTIONS_ID_TOKEN_REQUEST_TOKEN, a variable of the CI runner or of the action \(ACTIONS_\*\)/,
    );
  });

  for (const name of [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GITHUB_TOKEN',
    'github_token',
    'RUNNER_TEMP',
    'INPUT_GITHUB_TOKEN',
    'GH_TOKEN',
    'SHADOWGATE_CANDIDATE_ENDPOINT',
    'CI_JOB_TOKEN',
    'CI',
  ]) {
    test(`${name} is reserved`, () => assert.ok(reservedBecause(name)));
  }
  for (const name of ['OPENAI_API_KEY', 'AZURE_OPENAI_KEY', 'MY_GITHUB_MODEL_KEY', 'CIRCUIT_KEY', 'ACTION_KEY']) {
    test(`${name} may be named`, () => assert.equal(reservedBecause(name), undefined));
  }
});

/** The parts of a resolved side the policy reads. */
function side(
  label: 'baseline' | 'candidate',
  model: { endpoint: string; auth?: string; override?: string },
  embeddings?: { endpoint: string; auth?: string },
): ResolvedSide {
  const endpoint = model.override ?? model.endpoint;
  return {
    ...(model.override ? { endpointOverride: model.override } : {}),
    label,
    ref: label === 'baseline' ? 'main' : 'worktree',
    manifestPath: 'shadowgate.yaml',
    manifestEndpoint: model.endpoint,
    manifest: {
      version: 1,
      service: 's',
      model: { protocol: 'openai', endpoint, id: 'm', ...(model.auth ? { auth: { env: model.auth } } : {}) },
      output: { kind: 'text' },
      shadow: {
        dataset: 'd.jsonl',
        ...(embeddings ? { embeddings: { endpoint: embeddings.endpoint, model: 'e', ...(embeddings.auth ? { auth: { env: embeddings.auth } } : {}) } } : {}),
      },
    },
    tools: [],
    digests: { model: '', prompt: '', tools: '', context: '' },
    locate: (path) => ({ file: 'shadowgate.yaml', line: path.join('.') === 'model.endpoint' ? 6 : path.join('.') === 'model.auth.env' ? 9 : 20, column: 3 }),
  } as ResolvedSide;
}

function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UserError, String(e));
    return e;
  }
  return assert.fail('expected a refusal');
}

describe('planEgress', () => {
  const base = side('baseline', { endpoint: 'https://api.openai.com/v1', auth: 'OPENAI_API_KEY' });

  test('the same host and credential as the base branch pass', () => {
    const plan = planEgress({ baseline: base, candidate: side('candidate', { endpoint: 'https://api.openai.com/v1/', auth: 'OPENAI_API_KEY' }) });
    assert.deepEqual(
      plan.destinations.map((d) => [d.label, d.origin, d.credential]),
      [
        ['candidate', 'https://api.openai.com', 'OPENAI_API_KEY'],
        ['baseline', 'https://api.openai.com', 'OPENAI_API_KEY'],
      ],
    );
    assert.match(plan.destinations[0]?.allowedBy ?? '', /base branch \(shadowgate\.yaml:6 at main\)/);
  });

  test('another host, another port or plain http is refused at the endpoint line', () => {
    for (const endpoint of ['https://collector.example/v1', 'https://api.openai.com:8443/v1', 'http://api.openai.com/v1', 'http://169.254.169.254/latest']) {
      const e = refusal(() => planEgress({ baseline: base, candidate: side('candidate', { endpoint, auth: 'OPENAI_API_KEY' }) }));
      assert.equal(e.location?.line, 6, endpoint);
      assert.match(e.message, /not an allowed destination/);
      assert.match(e.message, /Allowed: https:\/\/api\.openai\.com \(the base branch/);
    }
  });

  test('a credential the base branch does not send to that host is refused at the auth line', () => {
    const added = refusal(() =>
      planEgress({
        baseline: side('baseline', { endpoint: 'https://api.openai.com/v1' }),
        candidate: side('candidate', { endpoint: 'https://api.openai.com/v1', auth: 'OPENAI_API_KEY' }),
      }),
    );
    assert.equal(added.location?.line, 9);
    assert.match(added.message, /would send OPENAI_API_KEY to https:\/\/api\.openai\.com, where the base branch sends no credential/);
    const swapped = refusal(() => planEgress({ baseline: base, candidate: side('candidate', { endpoint: 'https://api.openai.com/v1', auth: 'DEPLOY_KEY' }) }));
    assert.match(swapped.message, /would send DEPLOY_KEY .* where the base branch sends OPENAI_API_KEY/);
  });

  test('dropping the credential is fine', () => {
    assert.doesNotThrow(() => planEgress({ baseline: base, candidate: side('candidate', { endpoint: 'https://api.openai.com/v1' }) }));
  });

  test('hosts named by the workflow allow any credential; entries match by origin, host, host:port or *.domain', () => {
    const candidate = (endpoint: string) => side('candidate', { endpoint, auth: 'PREVIEW_KEY' });
    const allowed = parseAllowedEndpoints(['https://models.example.com', 'gpu-box.internal:8000', '*.preview.example.net', '10.0.0.7']);
    for (const ok of [
      'https://models.example.com/v1',
      'https://models.example.com:443/v1',
      'http://gpu-box.internal:8000/v1',
      'https://pr-42.preview.example.net/v1',
      'http://10.0.0.7:9000/v1',
    ]) {
      assert.doesNotThrow(() => planEgress({ baseline: base, candidate: candidate(ok), allowed }), ok);
    }
    for (const no of [
      'http://models.example.com/v1',
      'https://models.example.com:8443/v1',
      'http://gpu-box.internal:8001/v1',
      'https://preview.example.net/v1',
      'https://evilpreview.example.net/v1',
      'http://10.0.0.8/v1',
    ]) {
      refusal(() => planEgress({ baseline: base, candidate: candidate(no), allowed }));
    }
  });

  test('an endpoint the workflow gives is allowed even when the manifest writes the same one', () => {
    const same = 'https://preview.example.com/v1';
    const plan = planEgress({ baseline: base, candidate: side('candidate', { endpoint: same, auth: 'PREVIEW_KEY', override: same }) });
    assert.match(plan.destinations[0]?.allowedBy ?? '', /candidate endpoint given by the workflow/);
  });

  test('an endpoint the workflow gives (candidate-endpoint) is allowed with the candidate credential', () => {
    const plan = planEgress({
      baseline: base,
      candidate: side('candidate', { endpoint: 'https://api.openai.com/v1', auth: 'PREVIEW_KEY', override: 'http://127.0.0.1:9/v1' }),
    });
    assert.equal(plan.destinations[0]?.origin, 'http://127.0.0.1:9');
    assert.match(plan.destinations[0]?.allowedBy ?? '', /candidate endpoint given by the workflow/);
  });

  test('the candidate embeddings endpoint obeys the same rules', () => {
    const withEmbeddings = side(
      'baseline',
      { endpoint: 'https://api.openai.com/v1', auth: 'OPENAI_API_KEY' },
      { endpoint: 'https://embed.example.com/v1', auth: 'EMBED_KEY' },
    );
    assert.doesNotThrow(() =>
      planEgress({
        baseline: withEmbeddings,
        candidate: side(
          'candidate',
          { endpoint: 'https://api.openai.com/v1', auth: 'OPENAI_API_KEY' },
          { endpoint: 'https://embed.example.com/v1', auth: 'EMBED_KEY' },
        ),
      }),
    );
    const moved = refusal(() =>
      planEgress({
        baseline: withEmbeddings,
        candidate: side(
          'candidate',
          { endpoint: 'https://api.openai.com/v1', auth: 'OPENAI_API_KEY' },
          { endpoint: 'https://collector.example/v1', auth: 'EMBED_KEY' },
        ),
      }),
    );
    assert.match(moved.message, /^embeddings: shadow\.embeddings\.endpoint https:\/\/collector\.example\/v1 is not an allowed destination/);
  });

  test('link-local and metadata addresses pass only when the workflow names that very address', () => {
    const local = side('baseline', { endpoint: 'http://127.0.0.1:8080/v1' });
    const plan = planEgress({ baseline: local, candidate: side('candidate', { endpoint: 'http://127.0.0.1:8080/v1' }) });
    const check = plan.destinations[0]!.checkAddress;
    assert.equal(check('127.0.0.1'), undefined);
    assert.equal(check('10.0.0.5'), undefined);
    assert.match(check('169.254.169.254') ?? '', /metadata address/);
    assert.match(check('fe80::1') ?? '', /link-local address/);
    assert.match(check('0.0.0.0') ?? '', /unspecified address/);
    const named = planEgress({
      baseline: side('baseline', { endpoint: 'http://169.254.10.20:8080/v1' }),
      candidate: side('candidate', { endpoint: 'http://169.254.10.20:8080/v1' }),
      allowed: parseAllowedEndpoints(['169.254.10.20']),
    });
    assert.equal(named.destinations[0]!.checkAddress('169.254.10.20'), undefined);
    assert.match(named.destinations[0]!.checkAddress('169.254.169.254') ?? '', /metadata/);
    const byName = planEgress({
      baseline: base,
      candidate: side('candidate', { endpoint: 'https://meta.example/v1' }),
      allowed: parseAllowedEndpoints(['meta.example']),
    });
    assert.match(byName.destinations[0]!.checkAddress('169.254.169.254') ?? '', /metadata/, 'a host name never makes a metadata address reachable');
  });

  /** `side` with a judge and/or moderation endpoint under shadow.llm. */
  function withLlm(s: ResolvedSide, llm: { judge?: { endpoint: string; auth?: string }; moderation?: { endpoint: string; auth?: string } }): ResolvedSide {
    const section = (e: { endpoint: string; auth?: string }) => ({ endpoint: e.endpoint, ...(e.auth ? { auth: { env: e.auth } } : {}) });
    return {
      ...s,
      manifest: {
        ...s.manifest,
        shadow: {
          ...s.manifest.shadow,
          llm: {
            ...(llm.judge ? { judge: { ...section(llm.judge), model: 'j', rubrics: [{ id: 'r', text: 'is worse' }] } } : {}),
            ...(llm.moderation ? { moderation: section(llm.moderation) } : {}),
          },
        },
      },
    } as ResolvedSide;
  }

  test('judge and moderation endpoints: granted only by the base branch for the same role, or by allowed-endpoints', () => {
    const baseWithEmbeddings = side(
      'baseline',
      { endpoint: 'https://api.openai.com/v1', auth: 'OPENAI_API_KEY' },
      { endpoint: 'https://embed.example.com/v1', auth: 'EMBED_KEY' },
    );
    const judgeBase = withLlm(baseWithEmbeddings, {
      judge: { endpoint: 'https://judge.example.com/v1', auth: 'JUDGE_KEY' },
      moderation: { endpoint: 'https://mod.example.com/v1', auth: 'MOD_KEY' },
    });
    const candidate = (llm: Parameters<typeof withLlm>[1], override?: string) =>
      withLlm(side('candidate', { endpoint: 'https://api.openai.com/v1', auth: 'OPENAI_API_KEY', ...(override ? { override } : {}) }), llm);

    const plan = planEgress({
      baseline: judgeBase,
      candidate: candidate({
        judge: { endpoint: 'https://judge.example.com/v1', auth: 'JUDGE_KEY' },
        moderation: { endpoint: 'https://mod.example.com/v1', auth: 'MOD_KEY' },
      }),
    });
    assert.deepEqual(
      plan.destinations.map((d) => [d.label, d.origin, d.credential]),
      [
        ['candidate', 'https://api.openai.com', 'OPENAI_API_KEY'],
        ['judge', 'https://judge.example.com', 'JUDGE_KEY'],
        ['moderation', 'https://mod.example.com', 'MOD_KEY'],
        ['baseline', 'https://api.openai.com', 'OPENAI_API_KEY'],
      ],
    );

    // The model's, the embeddings', the other role's host, or a preview slot given for the model: none grants a judge.
    for (const [endpoint, override] of [
      ['https://api.openai.com/v1'],
      ['https://embed.example.com/v1'],
      ['https://mod.example.com/v1'],
      ['https://preview.example.com/v1', 'https://preview.example.com/v1'],
    ] as const) {
      const e = refusal(() => planEgress({ baseline: judgeBase, candidate: candidate({ judge: { endpoint } }, override) }));
      assert.match(
        e.message,
        new RegExp(`^judge: shadow\\.llm\\.judge\\.endpoint ${endpoint.replace(/[/.]/g, '\\$&')} is not an allowed destination`),
        endpoint,
      );
      assert.match(e.message, /Allowed: https:\/\/judge\.example\.com \(the base branch/, 'only the judge role is listed');
    }
    const moderation = refusal(() => planEgress({ baseline: judgeBase, candidate: candidate({ moderation: { endpoint: 'https://judge.example.com/v1' } }) }));
    assert.match(moderation.message, /^moderation: shadow\.llm\.moderation\.endpoint https:\/\/judge\.example\.com\/v1 is not an allowed destination/);

    // The same credential rule as the model's.
    const swapped = refusal(() =>
      planEgress({ baseline: judgeBase, candidate: candidate({ judge: { endpoint: 'https://judge.example.com/v1', auth: 'OPENAI_API_KEY' } }) }),
    );
    assert.match(
      swapped.message,
      /^judge: shadow\.llm\.judge\.auth\.env would send OPENAI_API_KEY to https:\/\/judge\.example\.com, where the base branch sends JUDGE_KEY/,
    );

    // A base branch without a judge grants none; allowed-endpoints does.
    const noJudge = refusal(() =>
      planEgress({ baseline: base, candidate: candidate({ judge: { endpoint: 'https://judge.example.com/v1', auth: 'JUDGE_KEY' } }) }),
    );
    assert.match(noJudge.message, /is not an allowed destination/);
    const allowed = planEgress({
      baseline: base,
      candidate: candidate({ judge: { endpoint: 'https://judge.example.com/v1', auth: 'JUDGE_KEY' } }),
      allowed: parseAllowedEndpoints(['judge.example.com']),
    });
    assert.equal(allowed.destinations.find((d) => d.label === 'judge')?.allowedBy, 'allowed-endpoints entry "judge.example.com"');
    assert.match(
      allowed.destinations.find((d) => d.label === 'judge')!.checkAddress('169.254.169.254') ?? '',
      /^judge: 169\.254\.169\.254 is a metadata address/,
    );
  });

  test('malformed allowed-endpoints entries are refused with the entry named', () => {
    for (const bad of ['ftp://x', 'host/path', '*.10.0.0.1', 'http://']) {
      const e = refusal(() => parseAllowedEndpoints([bad]));
      assert.ok(e.message.includes(`"${bad}"`), e.message);
    }
  });
});

describe('redaction', () => {
  test('every occurrence of every value, longest first, keys included; short values left alone', () => {
    const redact = redactor(['sk-secret-1', 'sk-secret-12', 'ab']);
    assert.equal(redact('a sk-secret-12 b sk-secret-1 ab'), 'a *** b *** ab');
    assert.deepEqual(redactDeep({ 'k-sk-secret-1': ['x sk-secret-1', 3, null] }, redact), { 'k-***': ['x ***', 3, null] });
  });

  test('parts with nothing to redact are kept, not copied', () => {
    const redact = redactor(['sk-secret-1']);
    const values = [1, 2, 3];
    const clean = { a: { values }, b: 'plain' };
    assert.equal(redactDeep(clean, redact), clean);
    const mixed = { clean, dirty: 'sk-secret-1' };
    const out = redactDeep(mixed, redact);
    assert.notEqual(out, mixed);
    assert.equal(out.clean, clean, 'the clean branch is shared');
    assert.equal(out.dirty, '***');
    assert.equal(mixed.dirty, 'sk-secret-1', 'the input is not modified');
  });
});

describe('the transport refuses after resolution', () => {
  let server: ModelServer;
  before(async () => {
    server = await startOpenAIServer();
  });
  after(() => server?.close());

  const request = (url: string, refuse: (a: string) => string | undefined) => ({
    method: 'POST' as const,
    url: `${url}/chat/completions`,
    headers: {},
    body: '{"messages":[]}',
    timeoutMs: 2000,
    checkAddress: refuse,
  });

  test('an IP literal and a resolved name are refused without a connection, and not retried', async () => {
    const transport = createTransport({ concurrency: 2 });
    try {
      const port = new URL(server.url).port;
      const seen: string[] = [];
      const refuseLoopback = (a: string) => {
        seen.push(a);
        return classifyAddress(a) === 'loopback' ? 'loopback refused here' : undefined;
      };
      for (const url of [server.url, `http://localhost:${port}/v1`]) {
        const outcome = await sendWithRetry(transport, request(url, refuseLoopback), { max: 3, baseDelayMs: 1, maxDelayMs: 1 });
        assert.equal(outcome.failure?.kind, 'refused', url);
        assert.equal(outcome.attempts, 0, 'not sent, and not retried');
        assert.match(outcome.failure?.message ?? '', /loopback refused here/);
      }
      assert.ok(seen.includes('127.0.0.1'));
      assert.equal(server.count, 0, 'the server saw no request');
      const allowed = await sendWithRetry(
        transport,
        request(server.url, () => undefined),
        { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
      );
      assert.equal(allowed.response?.status, 200, 'the same server answers when the check passes');
    } finally {
      transport.close();
    }
  });

  test('the judge model and moderation clients check each address before connecting', async () => {
    const refuseLoopback = (a: string) => (classifyAddress(a) === 'loopback' ? 'loopback refused here' : undefined);
    const before = server.count;
    const moderator = createModerator({ endpoint: server.url, checkAddress: refuseLoopback, retries: { max: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    try {
      const outcome = await moderator.moderate(['an answer']);
      assert.deepEqual(outcome.ok ? 'sent' : [outcome.class, /loopback refused here/.test(outcome.message)], ['connect', true]);
    } finally {
      moderator.close();
    }
    const answer = (text: string): Pair['baseline'] => ({
      ok: true,
      output: { text, usage: { promptTokens: 20, completionTokens: 5 } },
      attempts: 1,
      latencyMs: 10,
    });
    const pair: Pair = { record: { id: 'r1', line: 1, data: { q: 'question' } }, baseline: answer('a'), candidate: answer('b') };
    const judge = createPairJudge({
      endpoint: server.url,
      model: 'j',
      rubrics: [{ id: 'r', text: 'is worse' }],
      checkAddress: refuseLoopback,
      retries: { max: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    try {
      const outcome = await judge.judge(pair, 'r');
      assert.deepEqual(outcome.status === 'failed' ? [outcome.status, outcome.class] : outcome.status, ['failed', 'connect']);
    } finally {
      judge.close();
    }
    assert.equal(server.count, before, 'the server saw no request');
  });
});
