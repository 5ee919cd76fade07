// Gateway API: an HTTPRoute rule's backendRefs carry the weights (absent weight = 1); sticky sessions are a
// cookie set by the candidate backend's ResponseHeaderModifier and a rule matching that cookie.
import type { SegmentRung } from '../config.ts';
import type { RouteShape, StickySessions } from './router.ts';

export const GATEWAY_API: RouteShape = {
  group: 'gateway.networking.k8s.io',
  version: 'v1',
  plural: 'httproutes',
  kind: 'HTTPRoute',
  rulesKey: 'rules',
  backendsKey: 'backendRefs',
  serviceOf(entry, namespace) {
    const kind = (entry.kind as string | undefined) ?? 'Service';
    const group = (entry.group as string | undefined) ?? '';
    const ns = (entry.namespace as string | undefined) ?? namespace;
    if (kind !== 'Service' || group !== '' || ns !== namespace) return undefined;
    return entry.name as string;
  },
  defaultWeight: () => 1,
  // A rule with more header matches wins in Gateway API's precedence, so the segment rule is appended and the
  // configured rule index stays valid.
  segmentsFirst: false,
  segmentRule(weighted, candidate, segment, name) {
    const header = segmentHeaderMatch(segment);
    const matches = ((weighted.matches ?? [{}]) as Obj[]).map((m) => ({
      ...m,
      headers: [...((m.headers ?? []) as Obj[]).filter((h) => String(h.name).toLowerCase() !== header.name.toLowerCase()), header],
    }));
    const rule: Obj = { name, matches, backendRefs: [{ name: candidate.name, port: candidate.port, weight: 1 }] };
    for (const key of ['filters', 'timeouts']) if (weighted[key] !== undefined) rule[key] = weighted[key];
    return rule;
  },
};

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The header match of a segment: the header itself, or the Cookie header holding name=value. */
export function segmentHeaderMatch(segment: SegmentRung): { name: string; type: 'Exact' | 'RegularExpression'; value: string } {
  if (segment.header) return { name: segment.header.name, type: 'Exact', value: segment.header.value };
  const { name, value } = segment.cookie!;
  return { name: 'Cookie', type: 'RegularExpression', value: `(^|.*; )${escapeRegExp(name)}=${escapeRegExp(value)}(;.*)?$` };
}

type Obj = Record<string, unknown>;

function isOurCookieMatch(header: Obj, cookieName: string): boolean {
  return header.name === 'Cookie' && typeof header.value === 'string' && header.value.includes(`${cookieName}=`);
}

function isOurSetCookie(filter: Obj, cookieName: string): boolean {
  const add = ((filter.responseHeaderModifier as Obj | undefined)?.add ?? []) as Obj[];
  return filter.type === 'ResponseHeaderModifier' && add.some((h) => h.name === 'Set-Cookie' && String(h.value).startsWith(`${cookieName}=`));
}

/**
 * Removes the sticky rule and cookie filter a ladder added; when `install`, adds them again: the candidate
 * backend's responses set `<cookie>=<service>`, and a rule with the weighted rule's matches plus that cookie
 * sends the session to the candidate (a rule with more header matches wins in Gateway API's precedence, so
 * it is appended and the configured rule index stays valid).
 */
export function applySticky(rules: Obj[], ruleIndex: number, canaryIndex: number, service: string, sticky: StickySessions, install: boolean): void {
  const { cookieName } = sticky;
  for (let i = rules.length - 1; i > ruleIndex; i--) {
    const matches = (rules[i]!.matches ?? []) as Obj[];
    if (matches.length > 0 && matches.every((m) => ((m.headers ?? []) as Obj[]).some((h) => isOurCookieMatch(h, cookieName)))) rules.splice(i, 1);
  }
  const weighted = rules[ruleIndex]!;
  const backends = weighted.backendRefs as Obj[];
  for (const ref of backends) {
    if (!Array.isArray(ref.filters)) continue;
    ref.filters = (ref.filters as Obj[]).filter((f) => !isOurSetCookie(f, cookieName));
    if ((ref.filters as Obj[]).length === 0) delete ref.filters;
  }
  if (!install) return;
  const canary = backends[canaryIndex]!;
  canary.filters = [
    ...((canary.filters ?? []) as Obj[]),
    {
      type: 'ResponseHeaderModifier',
      responseHeaderModifier: { add: [{ name: 'Set-Cookie', value: `${cookieName}=${service}; Max-Age=${sticky.maxAgeSeconds}; Path=/` }] },
    },
  ];
  const cookie = { name: 'Cookie', type: 'RegularExpression', value: `(^|.*; )${cookieName}=${service}(;.*)?$` };
  const matches = ((weighted.matches ?? [{}]) as Obj[]).map((m) => ({ ...m, headers: [...((m.headers ?? []) as Obj[]), cookie] }));
  const rule: Obj = { matches, backendRefs: [{ name: service, port: canary.port, weight: 1 }] };
  if (weighted.filters) rule.filters = weighted.filters;
  rules.push(rule);
}

/** Adds (value) or removes (undefined) a backend's ResponseHeaderModifier setting our cookie, leaving its other filters. */
export function setGatewayResponseCookie(backend: Obj, cookieName: string, value: string | undefined): void {
  const kept = ((backend.filters ?? []) as Obj[]).filter((f) => !isOurSetCookie(f, cookieName));
  const filters = value === undefined ? kept : [...kept, { type: 'ResponseHeaderModifier', responseHeaderModifier: { add: [{ name: 'Set-Cookie', value }] } }];
  if (filters.length > 0) backend.filters = filters;
  else delete backend.filters;
}

/** The weighted rule's matches, each also requiring the cookie `<name>=<value>` (one more header match, so it wins by precedence). */
export function gatewayCookieMatches(weighted: Obj, cookieName: string, value: string): Obj[] {
  const cookie = { name: 'Cookie', type: 'RegularExpression', value: `(^|.*; )${escapeRegExp(cookieName)}=${escapeRegExp(value)}(;.*)?$` };
  return ((weighted.matches ?? [{}]) as Obj[]).map((m) => ({ ...m, headers: [...((m.headers ?? []) as Obj[]), cookie] }));
}
