// The route-kind details that need no API server: how an Istio destination names a Service, and that the
// sticky rule and cookie filter are added once, kept across rungs, and removed without touching the rest.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySticky } from '../../src/delivery/router/gateway-api.ts';
import { applyIstioSticky, ISTIO, istioSubsetShape, slotSubsets } from '../../src/delivery/router/istio.ts';
import { isUserError } from '../../src/errors.ts';

test('an Istio destination names a Service by short name or by a host in the same namespace only', () => {
  const host = (h: string) => ISTIO.serviceOf({ destination: { host: h } }, 'ml');
  assert.equal(host('chat'), 'chat');
  assert.equal(host('chat.ml'), 'chat');
  assert.equal(host('chat.ml.svc.cluster.local'), 'chat');
  assert.equal(host('chat.other.svc.cluster.local'), undefined);
  assert.equal(host('api.example.com'), undefined);
  assert.equal(ISTIO.defaultWeight(1), 100);
  assert.equal(ISTIO.defaultWeight(3), 0);
});

test('sticky sessions: installed once however often a rung is written, removed leaving the route as it was', () => {
  const original: Array<{ matches: unknown[]; filters?: unknown[]; backendRefs: Array<{ name: string; port: number; weight?: number; filters?: unknown[] }> }> =
    [
      {
        matches: [{ path: { type: 'PathPrefix', value: '/v1' } }],
        filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { add: [{ name: 'x-a', value: '1' }] } }],
        backendRefs: [
          { name: 'chat', port: 80, weight: 90 },
          {
            name: 'chat-green',
            port: 80,
            weight: 10,
            filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { add: [{ name: 'x-b', value: '2' }] } }],
          },
        ],
      },
      { matches: [{ headers: [{ name: 'x-debug', value: 'on' }] }], backendRefs: [{ name: 'debug', port: 80 }] },
    ];
  const rules = structuredClone(original) as Array<Record<string, unknown>>;
  const sticky = { cookieName: 'sg', maxAgeSeconds: 60 };
  applySticky(rules, 0, 1, 'chat-green', sticky, true);
  applySticky(rules, 0, 1, 'chat-green', sticky, true);
  assert.equal(rules.length, 3);
  assert.deepEqual(rules[2], {
    matches: [{ path: { type: 'PathPrefix', value: '/v1' }, headers: [{ name: 'Cookie', type: 'RegularExpression', value: '(^|.*; )sg=chat-green(;.*)?$' }] }],
    backendRefs: [{ name: 'chat-green', port: 80, weight: 1 }],
    filters: original[0]!.filters,
  });
  const canaryFilters = (rules[0]!.backendRefs as Array<Record<string, unknown>>)[1]!.filters as unknown[];
  assert.deepEqual(canaryFilters, [
    original[0]!.backendRefs[1]!.filters![0],
    { type: 'ResponseHeaderModifier', responseHeaderModifier: { add: [{ name: 'Set-Cookie', value: 'sg=chat-green; Max-Age=60; Path=/' }] } },
  ]);
  const regex = new RegExp((rules[2] as { matches: Array<{ headers: Array<{ value: string }> }> }).matches[0]!.headers[0]!.value);
  assert.ok(regex.test('sg=chat-green'));
  assert.ok(regex.test('theme=dark; sg=chat-green; lang=en'));
  assert.ok(!regex.test('sg=chat-green-old'));
  assert.ok(!regex.test('xsg=chat-green'));

  applySticky(rules, 0, 1, 'chat-green', sticky, false);
  assert.deepEqual(rules, original);
});

test("Istio sticky sessions: the cookie joins the destination's own headers, the sticky route goes first, and removal restores the route", () => {
  const original: Array<Record<string, unknown>> = [
    {
      match: [{ uri: { prefix: '/v1' } }],
      timeout: '30s',
      route: [
        { destination: { host: 'chat' }, weight: 90 },
        { destination: { host: 'chat-green' }, weight: 10, headers: { request: { set: { 'x-b': '2' } }, response: { add: { 'x-served-by': 'green' } } } },
      ],
    },
  ];
  const rules = structuredClone(original);
  const sticky = { cookieName: 'sg', maxAgeSeconds: 60 };
  applyIstioSticky(rules, 0, 1, 'chat-green', sticky, true);
  assert.equal(rules.length, 2);
  assert.deepEqual(rules[0], {
    name: 'shadowgate-sticky',
    timeout: '30s',
    match: [{ uri: { prefix: '/v1' }, headers: { cookie: { regex: '(^|.*; )sg=chat-green(;.*)?' } } }],
    route: [{ destination: { host: 'chat-green' }, headers: { response: { add: { 'set-cookie': 'sg=chat-green; Max-Age=60; Path=/' } } } }],
  });
  assert.deepEqual((rules[1]!.route as Array<Record<string, unknown>>)[1]!.headers, {
    request: { set: { 'x-b': '2' } },
    response: { add: { 'x-served-by': 'green', 'set-cookie': 'sg=chat-green; Max-Age=60; Path=/' } },
  });
  // Istio's regex matches the whole header value (RE2 full match).
  const regex = new RegExp(`^(?:${(rules[0]!.match as Array<{ headers: { cookie: { regex: string } } }>)[0]!.headers.cookie.regex})$`);
  assert.ok(regex.test('sg=chat-green'));
  assert.ok(regex.test('theme=dark; sg=chat-green; lang=en'));
  assert.ok(!regex.test('sg=chat-green-old'));
  assert.ok(!regex.test('xsg=chat-green'));

  // The next write drops the sticky route before applying again (as setWeight does); at weight 0 nothing comes back.
  const next = rules.filter((r) => r.name !== 'shadowgate-sticky');
  applyIstioSticky(next, 0, 1, 'chat-green', sticky, false);
  assert.deepEqual(next, original);
  // A destination that already adds its own set-cookie cannot carry ours (one value per header name): refused, not replaced.
  const own = structuredClone(original);
  ((own[0]!.route as Array<Record<string, unknown>>)[1]!.headers as { response: { add: Record<string, string> } }).response.add['set-cookie'] = 'theme=dark';
  assert.throws(() => applyIstioSticky(own, 0, 1, 'chat-green', sticky, true), /already adds a set-cookie response header \(theme=dark\)/);
});

test("Istio subsets: each slot's subset is found by the slot label; destinations map to slots only as subsets of the rule's host", () => {
  const rule = (subsets: unknown[], host = 'chat-slots.ml.svc.cluster.local') => ({ metadata: { name: 'chat-slots' }, spec: { host, subsets } });
  const labels = { blue: 'b', green: 'g' };
  const found = slotSubsets(
    rule([
      { name: 'one', labels: { 'sg/slot': 'b', app: 'chat' } },
      { name: 'two', labels: { 'sg/slot': 'g' } },
    ]),
    'ml',
    'sg/slot',
    labels,
  );
  assert.deepEqual(found, { destinationRule: 'chat-slots', host: 'chat-slots', subsets: { blue: 'one', green: 'two' } });
  const shape = istioSubsetShape(found, { blue: 'chat-blue', green: 'chat-green' });
  const of = (destination: Record<string, unknown>) => shape.serviceOf({ destination }, 'ml');
  assert.equal(of({ host: 'chat' }), 'chat');
  assert.equal(of({ host: 'chat-slots', subset: 'two' }), 'chat-green');
  assert.equal(of({ host: 'chat-slots.ml.svc.cluster.local', subset: 'one' }), 'chat-blue');
  assert.equal(of({ host: 'chat-slots' }), undefined, 'the shared host without a subset reaches both slots');
  assert.equal(of({ host: 'chat-slots', subset: 'three' }), undefined);
  assert.equal(of({ host: 'other', subset: 'two' }), undefined);

  assert.throws(
    () =>
      slotSubsets(
        rule([
          { name: 'one', labels: { 'sg/slot': 'b' } },
          { name: 'also', labels: { 'sg/slot': 'b' } },
          { name: 'two', labels: { 'sg/slot': 'g' } },
        ]),
        'ml',
        'sg/slot',
        labels,
      ),
    (e: unknown) =>
      isUserError(e) &&
      /DestinationRule ml\/chat-slots has 2 subsets for the blue slot \(labels sg\/slot=b\); its subsets: one \(sg\/slot=b\), also \(sg\/slot=b\), two \(sg\/slot=g\)/.test(
        e.message,
      ),
  );
  assert.throws(
    () => slotSubsets(rule([], 'chat-slots.other.svc.cluster.local'), 'ml', 'sg/slot', labels),
    (e: unknown) =>
      isUserError(e) && /DestinationRule ml\/chat-slots has host "chat-slots.other.svc.cluster.local", not a Service in namespace ml/.test(e.message),
  );
});
