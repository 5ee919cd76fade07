import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  fillTemplate,
  parseCanaryConfig,
  windowMs
} from "./chunk-WJT4C4AW.js";
import {
  sameRelease,
  surfaceChanges
} from "./chunk-F2EINJXL.js";
import {
  acquireLease,
  flipSelector,
  lintDeployment,
  readLiveService,
  releaseLease,
  requireKnownSlot
} from "./chunk-WTRLWS2R.js";
import {
  ObjectCustomObjectsApi,
  PatchStrategy,
  awaitDeployWindow,
  call,
  connect,
  otherSlot,
  parseDeployConfig,
  scaleDown,
  scaleUpLike,
  setHeaderOptions,
  slotReadiness,
  statusOf
} from "./chunk-FUJS3E6X.js";
import {
  releaseOnSlot
} from "./chunk-OY6OGDQR.js";
import {
  hodgesLehmannTwoSample,
  mannWhitneyU,
  median,
  normQuantile,
  wilsonInterval
} from "./chunk-UN2DOSLZ.js";
import {
  UserError
} from "./chunk-4HYHTPLW.js";

// src/delivery/proportions.ts
function newcombeIndependentInterval(x1, n1, x2, n2, confLevel = 0.95) {
  const z = normQuantile(1 - (1 - confLevel) / 2);
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p2 = n2 > 0 ? x2 / n2 : 0;
  const [l1, u1] = wilsonInterval(x1, n1, z);
  const [l2, u2] = wilsonInterval(x2, n2, z);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

// src/delivery/analysis.ts
function judgeProportion(spec, stable, candidate, settings) {
  const rate = (c) => c.total > 0 ? c.failed / c.total : null;
  const base = {
    name: spec.name,
    critical: spec.critical,
    stable: { n: stable.total, dropped: 0, median: rate(stable) },
    candidate: { n: candidate.total, dropped: 0, median: rate(candidate) }
  };
  const minRequests = settings.minRequests ?? 50;
  for (const [side, counts] of [["stable", stable], ["candidate", candidate]]) {
    if (counts.error) return { ...base, verdict: "nodata", reason: `${side} slot: ${counts.error}` };
    if (counts.total < minRequests) return { ...base, verdict: "nodata", reason: `${side} slot: ${counts.total} requests, fewer than minRequests ${minRequests}` };
  }
  const p1 = candidate.failed / candidate.total;
  const p2 = stable.failed / stable.total;
  const interval = newcombeIndependentInterval(candidate.failed, candidate.total, stable.failed, stable.total, settings.confidence);
  const unit = spec.scale === "relative" ? p2 : 1;
  const tolerance = spec.tolerance * unit;
  const threshold = spec.threshold * unit;
  const sign = spec.direction === "increase" ? 1 : -1;
  const worseLow = sign > 0 ? interval[0] : -interval[1];
  const regressed = worseLow > tolerance && sign * (p1 - p2) >= threshold;
  const shift = { estimate: p1 - p2, interval, confidence: settings.confidence };
  const describe = `${stable.failed}/${stable.total} \u2192 ${candidate.failed}/${candidate.total} (shift ${fmt(p1 - p2)}, ${Math.round(settings.confidence * 100)}% CI [${fmt(interval[0])}, ${fmt(interval[1])}])`;
  if (regressed) {
    return {
      ...base,
      verdict: spec.critical ? "fail" : "warn",
      shift,
      tolerance,
      threshold,
      reason: `${spec.name} ${sign > 0 ? "rose" : "fell"}: ${describe}; interval beyond \xB1${fmt(tolerance)} and shift past ${fmt(threshold)}`
    };
  }
  return { ...base, verdict: "pass", shift, tolerance, threshold, reason: `${spec.name}: ${describe}` };
}
function fmt(value) {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  return abs >= 100 || abs < 1e-3 ? value.toPrecision(3) : String(Number(value.toFixed(4)));
}
function judgeMetric(spec, stable, candidate, settings) {
  const base = {
    name: spec.name,
    critical: spec.critical,
    stable: { n: stable.values.length, dropped: stable.dropped, median: stable.values.length ? median(stable.values) : null },
    candidate: { n: candidate.values.length, dropped: candidate.dropped, median: candidate.values.length ? median(candidate.values) : null }
  };
  for (const [side, sample] of [["stable", stable], ["candidate", candidate]]) {
    if (sample.error) return { ...base, verdict: "nodata", reason: `${side} slot: ${sample.error}` };
    if (sample.values.length < settings.minSamples) {
      const nan = sample.dropped ? ` (${sample.dropped} NaN/Inf points dropped)` : "";
      return { ...base, verdict: "nodata", reason: `${side} slot: ${sample.values.length} points, fewer than minSamples ${settings.minSamples}${nan}` };
    }
  }
  const hl = hodgesLehmannTwoSample(candidate.values, stable.values, { confLevel: settings.confidence });
  const mw = mannWhitneyU(candidate.values, stable.values);
  const unit = spec.scale === "relative" ? Math.abs(base.stable.median ?? 0) : 1;
  const tolerance = spec.tolerance * unit;
  const threshold = spec.threshold * unit;
  const sign = spec.direction === "increase" ? 1 : -1;
  const worse = sign * hl.estimate;
  const [lo, hi] = hl.interval;
  const worseLow = sign > 0 ? lo : -hi;
  const regressed = worseLow > tolerance && worse >= threshold;
  const shift = { estimate: hl.estimate, interval: hl.interval, confidence: settings.confidence };
  const describe = `${fmt(base.stable.median)} \u2192 ${fmt(base.candidate.median)} (shift ${fmt(hl.estimate)}, ${Math.round(settings.confidence * 100)}% CI [${fmt(lo)}, ${fmt(hi)}], p=${mw.pValue.toPrecision(2)})`;
  if (regressed) {
    return {
      ...base,
      verdict: spec.critical ? "fail" : "warn",
      shift,
      pValue: mw.pValue,
      tolerance,
      threshold,
      reason: `${spec.name} ${spec.direction === "increase" ? "rose" : "fell"}: ${describe}; interval beyond \xB1${fmt(tolerance)} and shift past ${fmt(threshold)}`
    };
  }
  return { ...base, verdict: "pass", shift, pValue: mw.pValue, tolerance, threshold, reason: `${spec.name}: ${describe}` };
}
function judgeRung(metrics) {
  const failed = metrics.filter((m) => m.verdict === "fail");
  if (failed.length) return { verdict: "fail", reason: failed.map((m) => m.reason).join("; "), metrics };
  const nodata = metrics.filter((m) => m.verdict === "nodata");
  if (nodata.length) return { verdict: "inconclusive", reason: nodata.map((m) => `${m.name}: ${m.reason}`).join("; "), metrics };
  const warned = metrics.filter((m) => m.verdict === "warn");
  if (warned.length) return { verdict: "warn", reason: warned.map((m) => m.reason).join("; "), metrics };
  return { verdict: "pass", reason: `${metrics.length} metric(s) within tolerance`, metrics };
}

// src/delivery/providers/prometheus.ts
var PrometheusProvider = class {
  description;
  #url;
  #timeoutMs;
  constructor(url, timeoutMs) {
    this.#url = url.replace(/\/+$/, "");
    this.#timeoutMs = timeoutMs;
    this.description = `Prometheus at ${this.#url}`;
  }
  async online() {
    try {
      const res = await fetch(`${this.#url}/-/ready`, { signal: AbortSignal.timeout(this.#timeoutMs) });
      await res.arrayBuffer();
      return res.ok ? void 0 : `${this.description} is not ready (HTTP ${res.status})`;
    } catch (e) {
      return `${this.description} is unreachable (${causeOf(e)})`;
    }
  }
  async sample(query, window) {
    const body = new URLSearchParams({
      query,
      start: (window.start.getTime() / 1e3).toFixed(3),
      end: (window.end.getTime() / 1e3).toFixed(3),
      step: `${window.stepSeconds}`
    });
    let parsed;
    try {
      const res = await fetch(`${this.#url}/api/v1/query_range`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
        signal: AbortSignal.timeout(this.#timeoutMs)
      });
      const text = await res.text();
      try {
        parsed = JSON.parse(text);
      } catch {
        return { query, values: [], dropped: 0, error: `${this.description} answered HTTP ${res.status} without JSON` };
      }
    } catch (e) {
      return { query, values: [], dropped: 0, error: `${this.description} is unreachable (${causeOf(e)})` };
    }
    if (parsed.status !== "success") {
      return { query, values: [], dropped: 0, error: `query failed (${parsed.errorType ?? "error"}): ${parsed.error ?? "no message"}` };
    }
    const result = parsed.data?.result ?? [];
    if (parsed.data?.resultType !== "matrix") return { query, values: [], dropped: 0, error: `expected a matrix, got ${parsed.data?.resultType}` };
    if (result.length === 0) return { query, values: [], dropped: 0, error: "no data: the query matched no series in the window" };
    if (result.length > 1) {
      return { query, values: [], dropped: 0, error: `the query returned ${result.length} series; aggregate it to one per slot (e.g. sum(...))` };
    }
    const values = [];
    let dropped = 0;
    for (const [, raw] of result[0].values ?? []) {
      const value = Number(raw);
      if (Number.isFinite(value)) values.push(value);
      else dropped++;
    }
    return { query, values, dropped };
  }
  async value(query, at) {
    const parsed = await postForm(`${this.#url}/api/v1/query`, new URLSearchParams({ query, time: (at.getTime() / 1e3).toFixed(3) }), this.#timeoutMs, this.description);
    if (typeof parsed === "string") return { error: parsed };
    if (parsed.status !== "success") return { error: `query failed (${parsed.errorType ?? "error"}): ${parsed.error ?? "no message"}` };
    const result = parsed.data?.result ?? [];
    if (result.length === 0) return { error: "no data: the query matched no series" };
    if (result.length > 1) return { error: `the query returned ${result.length} series; aggregate it to one per slot (e.g. sum(...))` };
    const value = Number(result[0].value?.[1]);
    return Number.isFinite(value) ? { value } : { error: `the query returned ${result[0].value?.[1]}` };
  }
};
async function postForm(url, body, timeoutMs, description) {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      return `${description} answered HTTP ${res.status} without JSON`;
    }
  } catch (e) {
    return `${description} is unreachable (${causeOf(e)})`;
  }
}
function causeOf(e) {
  const cause = e?.cause;
  if (e?.name === "TimeoutError") return "timed out";
  return cause?.code ?? cause?.message ?? e?.message ?? String(e);
}

// src/delivery/providers/provider.ts
function providerFor(settings) {
  switch (settings.kind) {
    case "prometheus":
      return new PrometheusProvider(settings.url, settings.timeoutSeconds * 1e3);
  }
}

// src/delivery/router/gateway-api.ts
var GATEWAY_API = {
  group: "gateway.networking.k8s.io",
  version: "v1",
  plural: "httproutes",
  kind: "HTTPRoute",
  rulesKey: "rules",
  backendsKey: "backendRefs",
  serviceOf(entry, namespace) {
    const kind = entry.kind ?? "Service";
    const group = entry.group ?? "";
    const ns = entry.namespace ?? namespace;
    if (kind !== "Service" || group !== "" || ns !== namespace) return void 0;
    return entry.name;
  },
  defaultWeight: () => 1,
  // A rule with more header matches wins in Gateway API's precedence, so the segment rule is appended and the
  // configured rule index stays valid.
  segmentsFirst: false,
  segmentRule(weighted, candidate, segment, name) {
    const header = segmentHeaderMatch(segment);
    const matches = (weighted.matches ?? [{}]).map((m) => ({
      ...m,
      headers: [...(m.headers ?? []).filter((h) => String(h.name).toLowerCase() !== header.name.toLowerCase()), header]
    }));
    const rule = { name, matches, backendRefs: [{ name: candidate.name, port: candidate.port, weight: 1 }] };
    for (const key of ["filters", "timeouts"]) if (weighted[key] !== void 0) rule[key] = weighted[key];
    return rule;
  }
};
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function segmentHeaderMatch(segment) {
  if (segment.header) return { name: segment.header.name, type: "Exact", value: segment.header.value };
  const { name, value } = segment.cookie;
  return { name: "Cookie", type: "RegularExpression", value: `(^|.*; )${escapeRegExp(name)}=${escapeRegExp(value)}(;.*)?$` };
}
function isOurCookieMatch(header, cookieName) {
  return header.name === "Cookie" && typeof header.value === "string" && header.value.includes(`${cookieName}=`);
}
function isOurSetCookie(filter, cookieName) {
  const add = filter.responseHeaderModifier?.add ?? [];
  return filter.type === "ResponseHeaderModifier" && add.some((h) => h.name === "Set-Cookie" && String(h.value).startsWith(`${cookieName}=`));
}
function applySticky(rules, ruleIndex2, canaryIndex, service, sticky, install) {
  const { cookieName } = sticky;
  for (let i = rules.length - 1; i > ruleIndex2; i--) {
    const matches2 = rules[i].matches ?? [];
    if (matches2.length > 0 && matches2.every((m) => (m.headers ?? []).some((h) => isOurCookieMatch(h, cookieName)))) rules.splice(i, 1);
  }
  const weighted = rules[ruleIndex2];
  const backends = weighted.backendRefs;
  for (const ref of backends) {
    if (!Array.isArray(ref.filters)) continue;
    ref.filters = ref.filters.filter((f) => !isOurSetCookie(f, cookieName));
    if (ref.filters.length === 0) delete ref.filters;
  }
  if (!install) return;
  const canary = backends[canaryIndex];
  canary.filters = [
    ...canary.filters ?? [],
    { type: "ResponseHeaderModifier", responseHeaderModifier: { add: [{ name: "Set-Cookie", value: `${cookieName}=${service}; Max-Age=${sticky.maxAgeSeconds}; Path=/` }] } }
  ];
  const cookie = { name: "Cookie", type: "RegularExpression", value: `(^|.*; )${cookieName}=${service}(;.*)?$` };
  const matches = (weighted.matches ?? [{}]).map((m) => ({ ...m, headers: [...m.headers ?? [], cookie] }));
  const rule = { matches, backendRefs: [{ name: service, port: canary.port, weight: 1 }] };
  if (weighted.filters) rule.filters = weighted.filters;
  rules.push(rule);
}

// src/delivery/router/flagd.ts
var DEFAULT_FLAGD_KEY = "flags.flagd.json";
var LADDER_TARGETING_MARK = "shadowgateLadder";
function segmentCondition(segment) {
  const match = segment.header ?? segment.cookie;
  return { "==": [{ var: match.name }, match.value] };
}
function ladderTargeting(stableVariant, candidateVariant, percent, segments) {
  const rest = percent > 0 ? { fractional: [[candidateVariant, percent], [stableVariant, 100 - percent]] } : stableVariant;
  if (segments.length === 0) return percent > 0 ? rest : void 0;
  return { if: [...segments.flatMap((s) => [segmentCondition(s), candidateVariant]), rest] };
}
function parseTargeting(targeting, variants) {
  if (targeting === void 0 || typeof targeting === "object" && targeting !== null && Object.keys(targeting).length === 0) {
    return { weight: 0, candidateVariant: void 0, segments: [] };
  }
  const fractional = (value) => {
    if (typeof value === "string" && value in variants) return { weight: 0, candidate: "" };
    const f = value?.fractional;
    if (!Array.isArray(f) || f.length !== 2) return void 0;
    const [[cand, w], [, rest]] = f;
    if (typeof w !== "number" || typeof rest !== "number" || w + rest !== 100) return void 0;
    return { weight: w, candidate: cand };
  };
  const plain = fractional(targeting);
  if (plain) return { weight: plain.weight, candidateVariant: plain.candidate || void 0, segments: [] };
  const branches = targeting.if;
  if (!Array.isArray(branches) || branches.length % 2 !== 1) return void 0;
  const tail = fractional(branches.at(-1));
  if (!tail) return void 0;
  const segments = [];
  let candidate = tail.candidate || void 0;
  for (let i = 0; i + 1 < branches.length; i += 2) {
    const cond = branches[i]?.["=="];
    const name = cond?.[0]?.var;
    if (typeof name !== "string" || typeof cond?.[1] !== "string" || typeof branches[i + 1] !== "string") return void 0;
    candidate ??= branches[i + 1];
    segments.push(`${name}=${cond[1]}`);
  }
  return { weight: tail.weight, candidateVariant: candidate, segments };
}
var FlagdRouter = class {
  description;
  #clients;
  #ref;
  #target;
  #key;
  #flag;
  constructor(clients, ref, target) {
    this.#clients = clients;
    this.#ref = ref;
    this.#target = target;
    this.#key = ref.configKey ?? DEFAULT_FLAGD_KEY;
    this.#flag = ref.flag ?? target.stableService;
    this.description = `flagd flag "${this.#flag}" in ConfigMap ${target.namespace}/${ref.name} (${this.#key})`;
  }
  async read() {
    const object = await call(
      `read ConfigMap ${this.#target.namespace}/${this.#ref.name}`,
      () => this.#clients.core.readNamespacedConfigMap({ namespace: this.#target.namespace, name: this.#ref.name }),
      { clients: this.#clients }
    );
    return this.#snapshot(object);
  }
  /** The flag definition document and the flag in it; anything malformed is a UserError, before any write. */
  #definition(object) {
    const text = (object.data ?? {})[this.#key];
    const fix = `the ConfigMap's "${this.#key}" must be a flagd flag definition whose flag "${this.#flag}" has variants naming the live Service "${this.#target.stableService}" (its default variant) and the slot Services ${this.#target.slotServices.blue}, ${this.#target.slotServices.green}`;
    if (text === void 0) throw new UserError(`${this.description}: the ConfigMap has no key "${this.#key}"`, void 0, fix);
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new UserError(`${this.description}: not JSON: ${e.message}`, void 0, fix);
    }
    const flags = doc?.flags;
    if (!flags || typeof flags !== "object" || Array.isArray(flags)) throw new UserError(`${this.description}: no "flags" object`, void 0, fix);
    const flag = flags[this.#flag];
    if (!flag || typeof flag !== "object") throw new UserError(`${this.description}: the flag is not defined (flags: ${Object.keys(flags).join(", ") || "none"})`, void 0, fix);
    const variants = flag.variants;
    if (!variants || typeof variants !== "object" || Array.isArray(variants)) throw new UserError(`${this.description}: the flag has no variants`, void 0, fix);
    if (flag.state !== "ENABLED" && flag.state !== "DISABLED") throw new UserError(`${this.description}: state must be ENABLED or DISABLED (got ${JSON.stringify(flag.state)})`, void 0, fix);
    const variantOf = (service) => Object.keys(variants).find((v) => variants[v] === service);
    const stableVariant = variantOf(this.#target.stableService);
    if (!stableVariant) throw new UserError(`${this.description}: no variant names the live Service "${this.#target.stableService}" (variants: ${JSON.stringify(variants)})`, void 0, fix);
    if (flag.defaultVariant !== stableVariant) {
      throw new UserError(`${this.description}: the default variant is ${JSON.stringify(flag.defaultVariant)}, not "${stableVariant}" (the live Service)`, void 0, fix);
    }
    return { doc, flag, variants, stableVariant, slotVariants: { blue: variantOf(this.#target.slotServices.blue), green: variantOf(this.#target.slotServices.green) } };
  }
  #snapshot(object) {
    const { flag, variants, slotVariants } = this.#definition(object);
    const hasTargeting = flag.targeting !== void 0 && !(typeof flag.targeting === "object" && flag.targeting !== null && Object.keys(flag.targeting).length === 0);
    const marked = flag.metadata?.[LADDER_TARGETING_MARK] === true;
    const ours = hasTargeting && !marked ? void 0 : parseTargeting(flag.targeting, variants);
    if (!ours) {
      throw new UserError(
        `${this.description}: the flag's targeting is not one the ladder wrote; it would not steer it`,
        void 0,
        "remove the targeting (the ladder writes it), or gate on another flag"
      );
    }
    const weightOf = (slot) => {
      if (!slotVariants[slot]) return void 0;
      return ours.candidateVariant === slotVariants[slot] ? ours.weight : 0;
    };
    const metadata = object.metadata ?? {};
    return {
      resourceVersion: metadata.resourceVersion ?? "",
      stableWeight: 100 - ours.weight,
      slotWeights: { blue: weightOf("blue"), green: weightOf("green") },
      annotations: { ...metadata.annotations },
      object,
      segments: ours.segments
    };
  }
  async setWeight(from, candidate, percent, annotations, _sticky, segments = []) {
    const { doc, flag, stableVariant, slotVariants } = this.#definition(from.object);
    const candidateVariant = slotVariants[candidate];
    if (!candidateVariant) {
      throw new UserError(
        `${this.description}: no variant names the ${candidate} slot's Service "${this.#target.slotServices[candidate]}"`,
        void 0,
        `add a variant whose value is "${this.#target.slotServices[candidate]}" to the flag`
      );
    }
    const targeting = ladderTargeting(stableVariant, candidateVariant, percent, segments);
    const nextFlag = { ...flag };
    const metadata = { ...flag.metadata };
    if (targeting) {
      nextFlag.targeting = targeting;
      metadata[LADDER_TARGETING_MARK] = true;
    } else {
      delete nextFlag.targeting;
      delete metadata[LADDER_TARGETING_MARK];
    }
    if (Object.keys(metadata).length > 0) nextFlag.metadata = metadata;
    else delete nextFlag.metadata;
    const nextDoc = { ...doc, flags: { ...doc.flags, [this.#flag]: nextFlag } };
    const body = { metadata: { resourceVersion: from.resourceVersion, annotations }, data: { [this.#key]: `${JSON.stringify(nextDoc, null, 2)}
` } };
    try {
      const patched = await this.#clients.core.patchNamespacedConfigMap(
        { namespace: this.#target.namespace, name: this.#ref.name, body, fieldManager: "shadowgate" },
        setHeaderOptions("Content-Type", PatchStrategy.MergePatch)
      );
      return this.#snapshot(patched);
    } catch (e) {
      if (statusOf(e) === 409) throw new RouteConflict(this.description);
      return call(`patch ${this.description}`, () => Promise.reject(e), { attempts: 1, clients: this.#clients });
    }
  }
};

// src/delivery/router/istio.ts
var ISTIO = {
  group: "networking.istio.io",
  version: "v1",
  plural: "virtualservices",
  kind: "VirtualService",
  rulesKey: "http",
  backendsKey: "route",
  serviceOf(entry, namespace) {
    const host = entry.destination?.host;
    if (!host) return void 0;
    const [name, ns, ...rest] = host.split(".");
    if (ns === void 0) return name;
    if (ns === namespace && (rest.length === 0 || rest[0] === "svc")) return name;
    return void 0;
  },
  defaultWeight: (entries) => entries === 1 ? 100 : 0,
  // The first matching http route wins, so segment routes go right before the weighted one.
  segmentsFirst: true,
  segmentRule(weighted, candidate, segment, name) {
    const m = segmentHeaderMatch(segment);
    const header = m.type === "Exact" ? { [m.name]: { exact: m.value } } : { cookie: { regex: m.value } };
    const match = (weighted.match ?? [{}]).map((x) => ({ ...x, headers: { ...x.headers, ...header } }));
    const { name: _name, match: _match, route: _route, ...rest } = weighted;
    return { ...rest, name, match, route: [{ destination: candidate.destination }] };
  }
};

// src/delivery/router/router.ts
var SEGMENT_RULE_PREFIX = "shadowgate-segment-";
function canaryPercent(snapshot, candidate) {
  const canary = snapshot.slotWeights[candidate] ?? 0;
  const total = snapshot.stableWeight + canary;
  return total > 0 ? Math.round(canary / total * 100) : 0;
}
var RouteConflict = class extends Error {
  constructor(what) {
    super(`${what} changed since it was read (409 Conflict)`);
    this.name = "RouteConflict";
  }
};
var isSegmentRule = (rule) => typeof rule.name === "string" && rule.name.startsWith(SEGMENT_RULE_PREFIX);
function ruleIndex(rules, configured) {
  let seen = -1;
  for (let i = 0; i < rules.length; i++) {
    if (isSegmentRule(rules[i])) continue;
    if (++seen === configured) return i;
  }
  return -1;
}
var CustomRouteRouter = class {
  description;
  #api;
  #clients;
  #shape;
  #ref;
  #target;
  constructor(clients, shape, ref, target) {
    this.#clients = clients;
    this.#api = clients.config.makeApiClient(ObjectCustomObjectsApi);
    this.#shape = shape;
    this.#ref = ref;
    this.#target = target;
    this.description = `${shape.kind} ${target.namespace}/${ref.name}`;
  }
  #params() {
    return { group: this.#shape.group, version: this.#shape.version, namespace: this.#target.namespace, plural: this.#shape.plural, name: this.#ref.name };
  }
  async read() {
    const object = await call(`read ${this.description}`, () => this.#api.getNamespacedCustomObject(this.#params()), { clients: this.#clients });
    return this.#snapshot(object);
  }
  #entries(object) {
    const rules = object.spec?.[this.#shape.rulesKey] ?? [];
    const rule = rules[ruleIndex(rules, this.#ref.rule)];
    if (!rule) {
      const own = rules.filter((r) => !isSegmentRule(r)).length;
      throw new UserError(`${this.description} has ${own} ${this.#shape.rulesKey} entr${own === 1 ? "y" : "ies"}; deploy.canary.router.rule ${this.#ref.rule} does not exist`);
    }
    return rule[this.#shape.backendsKey] ?? [];
  }
  #index(entries, service, role) {
    const names = entries.map((e) => this.#shape.serviceOf(e, this.#target.namespace));
    const index = names.indexOf(service);
    if (index < 0) {
      throw new UserError(
        `${this.description} rule ${this.#ref.rule} has no backend for the ${role} Service "${service}" (backends: ${names.map((n) => n ?? "<other>").join(", ") || "none"})`,
        void 0,
        `list the live Service "${this.#target.stableService}" and both slot Services (${this.#target.slotServices.blue}, ${this.#target.slotServices.green}) as backends of that rule, the slot Services with weight 0`
      );
    }
    return index;
  }
  #snapshot(object) {
    const entries = this.#entries(object);
    const weightOf = (i) => entries[i].weight ?? this.#shape.defaultWeight(entries.length);
    const stableWeight = weightOf(this.#index(entries, this.#target.stableService, "live (stable)"));
    const names = entries.map((e) => this.#shape.serviceOf(e, this.#target.namespace));
    const slotWeight = (slot) => {
      const i = names.indexOf(this.#target.slotServices[slot]);
      return i < 0 ? void 0 : weightOf(i);
    };
    const ours = /* @__PURE__ */ new Set([this.#target.stableService, this.#target.slotServices.blue, this.#target.slotServices.green]);
    const foreign = entries.flatMap((e, i) => ours.has(names[i] ?? "") || weightOf(i) === 0 ? [] : [`${names[i] ?? JSON.stringify(e.destination ?? e.name)} (weight ${weightOf(i)})`]);
    if (foreign.length > 0) {
      throw new UserError(
        `${this.description} rule ${this.#ref.rule} also sends traffic to ${foreign.join(", ")}; the weights would not sum to what the ladder sets`,
        void 0,
        `keep only the live Service "${this.#target.stableService}" and the slot Services in that rule, or give the others weight 0`
      );
    }
    const metadata = object.metadata ?? {};
    const rules = object.spec?.[this.#shape.rulesKey] ?? [];
    return {
      segments: rules.filter(isSegmentRule).map((r) => String(r.name).slice(SEGMENT_RULE_PREFIX.length)),
      resourceVersion: metadata.resourceVersion ?? "",
      stableWeight,
      slotWeights: { blue: slotWeight("blue"), green: slotWeight("green") },
      annotations: { ...metadata.annotations },
      object
    };
  }
  async setWeight(from, candidate, percent, annotations, sticky, segments = []) {
    const spec = structuredClone(from.object.spec ?? {});
    const rules = spec[this.#shape.rulesKey].filter((r) => !isSegmentRule(r));
    const weightedIndex = ruleIndex(rules, this.#ref.rule);
    const entries = rules[weightedIndex][this.#shape.backendsKey];
    const stable = this.#index(entries, this.#target.stableService, "live (stable)");
    const canary = this.#index(entries, this.#target.slotServices[candidate], `${candidate} slot's`);
    entries[stable].weight = 100 - percent;
    entries[canary].weight = percent;
    if (this.#shape === GATEWAY_API && sticky) applySticky(rules, weightedIndex, canary, this.#target.slotServices[candidate], sticky, percent > 0);
    if (segments.length > 0) {
      const added = segments.map((seg) => this.#shape.segmentRule(rules[weightedIndex], entries[canary], seg, `${SEGMENT_RULE_PREFIX}${seg.segment}`));
      if (this.#shape.segmentsFirst) rules.splice(weightedIndex, 0, ...added);
      else rules.push(...added);
    }
    const body = {
      metadata: { resourceVersion: from.resourceVersion, annotations },
      spec: { [this.#shape.rulesKey]: rules }
    };
    try {
      const patched = await this.#api.patchNamespacedCustomObject(
        { ...this.#params(), body, fieldManager: "shadowgate" },
        setHeaderOptions("Content-Type", PatchStrategy.MergePatch)
      );
      return this.#snapshot(patched);
    } catch (e) {
      if (statusOf(e) === 409) throw new RouteConflict(this.description);
      return call(`patch ${this.description}`, () => Promise.reject(e), { attempts: 1, clients: this.#clients });
    }
  }
};
function routerFor(clients, ref, target) {
  switch (ref.kind) {
    case "gateway-api":
      return new CustomRouteRouter(clients, GATEWAY_API, ref, target);
    case "istio":
      return new CustomRouteRouter(clients, ISTIO, ref, target);
    case "flagd":
      return new FlagdRouter(clients, ref, target);
  }
}

// src/delivery/ladder.ts
function rungWeight(step) {
  return typeof step === "number" ? step : 0;
}
function rungLabel(step) {
  return typeof step === "string" ? `segment ${step}` : `${step ?? 0}%`;
}
function ladderSteps(canary) {
  return [...canary.segments.map((s) => s.segment), ...canary.rungs];
}
function segmentsIn(canary, state) {
  if (state.phase === "aborted" || state.phase === "promoted") return [];
  return canary.segments.slice(0, Math.max(0, state.rung + 1));
}
var LADDER_ANNOTATION = "shadowgate.dev/canary";
function prepare(opts) {
  const config = parseDeployConfig(opts.deploy, opts.manifestFile, opts.locate);
  const canary = parseCanaryConfig(opts.deploy, config, opts.manifestFile, opts.locate);
  const clients = opts.clients ?? connect(opts);
  const router = routerFor(clients, canary.router, { namespace: config.namespace, stableService: config.service, slotServices: canary.services });
  return { config, canary, clients, router, provider: providerFor(canary.provider), opts, now: opts.now ?? (() => /* @__PURE__ */ new Date()), conflicts: 0, patchMs: [] };
}
function parseLadderState(annotations) {
  const raw = annotations?.[LADDER_ANNOTATION];
  if (!raw) return void 0;
  try {
    const state = JSON.parse(raw);
    if (typeof state === "object" && state && Array.isArray(state.rungs) && typeof state.phase === "string") return state;
  } catch {
  }
  throw new UserError(`the route annotation ${LADDER_ANNOTATION} is not a ladder state shadowgate wrote; remove it to start a new ladder`);
}
async function withLease(ctx, fn) {
  const { config, clients, opts } = ctx;
  await acquireLease(clients, { namespace: config.namespace, name: config.lease.name, holder: opts.runId, durationSeconds: config.lease.durationSeconds });
  try {
    return await fn();
  } finally {
    await releaseLease(clients, config.namespace, config.lease.name, opts.runId).catch((e) => opts.log.warn(`could not release lease: ${e.message}`));
  }
}
async function writeStep(ctx, snap, candidate, weight, next) {
  const basedOn = snap.annotations[LADDER_ANNOTATION];
  const weightBefore = canaryPercent(snap, candidate);
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const written = await ctx.router.setWeight(snap, candidate, weight, { [LADDER_ANNOTATION]: JSON.stringify(next) }, ctx.canary.sessionAffinity, segmentsIn(ctx.canary, next));
      ctx.patchMs.push(performance.now() - started);
      return written;
    } catch (e) {
      if (!(e instanceof RouteConflict)) throw e;
      ctx.conflicts++;
      if (attempt >= 4) throw new UserError(`${ctx.router.description} kept changing (${ctx.conflicts} conflicts); not writing`);
      snap = await ctx.router.read();
      if (snap.annotations[LADDER_ANNOTATION] !== basedOn) {
        throw new UserError(`${ctx.router.description}: the ladder state was changed by another run since it was read; not overwriting it`, void 0, "run `canary status` and re-run advance");
      }
      const now = canaryPercent(snap, candidate);
      if (now !== weightBefore) {
        throw new UserError(`${ctx.router.description}: the ${candidate} weight was edited to ${now}% (the ladder set ${weightBefore}%); not overwriting someone else's change`, void 0, "restore the weight, or abort the ladder");
      }
    }
  }
}
async function judge(ctx, state, start, end, probe) {
  const { canary, config, provider } = ctx;
  const settled = new Date(start.getTime() + windowMs(canary.provider.window));
  const window = { start: settled < end ? settled : start, end, stepSeconds: canary.provider.stepSeconds };
  const fill = (query, slot) => fillTemplate(query, { namespace: config.namespace, service: config.service, slot: config.slots[slot].selector, window: canary.provider.window });
  const settings = { minSamples: canary.minSamples, minRequests: canary.minRequests, confidence: canary.confidence };
  const range = `${Math.max(1, Math.round((end.getTime() - start.getTime()) / 1e3))}s`;
  const counts = async (spec, slot) => {
    const [failed, total] = await Promise.all([
      provider.value(`sum(increase(${fill(spec.failed, slot)}[${range}])) or vector(0)`, end),
      provider.value(`sum(increase(${fill(spec.total, slot)}[${range}]))`, end)
    ]);
    const error = total.error ?? failed.error;
    if (error) return { failed: 0, total: 0, error };
    const all = Math.round(total.value);
    return { failed: Math.min(all, Math.round(failed.value)), total: all };
  };
  const metrics = await Promise.all(canary.metrics.map(async (spec) => {
    if (spec.failed !== void 0) {
      const [stable2, candidate2] = await Promise.all([counts(spec, state.stable), counts(spec, state.candidate)]);
      return judgeProportion(spec, stable2, candidate2, settings);
    }
    const [stable, candidate] = await Promise.all([provider.sample(fill(spec.query, state.stable), window), provider.sample(fill(spec.query, state.candidate), window)]);
    return judgeMetric(spec, stable, candidate, settings);
  }));
  if (probe) {
    const target = {
      stable: state.stable,
      candidate: state.candidate,
      stableUrl: config.slots[state.stable].url,
      candidateUrl: config.slots[state.candidate].url,
      rung: state.rung
    };
    const outcome = await probe(target).catch((e) => ({ verdict: "inconclusive", reason: `the probe failed to run: ${e.message}` }));
    metrics.push({
      name: "probe",
      verdict: outcome.verdict === "inconclusive" ? "nodata" : outcome.verdict,
      critical: true,
      reason: outcome.reason,
      stable: { n: 0, dropped: 0, median: null },
      candidate: { n: 0, dropped: 0, median: null }
    });
  }
  return judgeRung(metrics);
}
function record(ctx, state, rung, verdict, reason) {
  return {
    rung,
    weight: rungWeight(state.rungs[rung]),
    ...typeof state.rungs[rung] === "string" ? { segment: state.rungs[rung] } : {},
    verdict,
    reason: reason.length > 400 ? `${reason.slice(0, 397)}...` : reason,
    at: ctx.now().toISOString(),
    runId: ctx.opts.runId,
    ...ctx.opts.runUrl ? { runUrl: ctx.opts.runUrl } : {}
  };
}
async function advance(opts) {
  const ctx = prepare(opts);
  return withLease(ctx, () => advanceLocked(ctx, opts));
}
async function advanceLocked(ctx, opts) {
  const started = performance.now();
  let bakeMs = 0;
  const { config, canary, router, log } = { ...ctx, log: opts.log };
  const live = await readLiveService(ctx.clients, config);
  const liveSlot = requireKnownSlot(config, live);
  let snap = await router.read();
  let state = parseLadderState(snap.annotations);
  const result = (outcome, reason, s, extra = {}) => ({
    outcome,
    reason,
    candidate: s.candidate,
    stable: s.stable,
    rung: s.rung,
    weight: canaryPercent(snap, s.candidate),
    state: s,
    surfaces: surfaceChanges(s.stableIds, s.ids),
    conflicts: ctx.conflicts,
    timings: { overheadMs: performance.now() - started - bakeMs, bakeMs, patchMs: ctx.patchMs },
    ...extra
  });
  if (state?.phase === "promoted" || state?.phase === "aborted") {
    if (sameRelease(state.ids, opts.ids)) {
      if (state.phase === "promoted") return result("unchanged", `the ladder already finished: ${state.candidate} is live`, state);
      throw new UserError(
        `the ladder was aborted at ${state.weight === 0 && state.rung >= 0 ? `rung ${state.rung + 1} (${rungLabel(state.rungs[state.rung])})` : "its start"}: ${state.reason ?? "no reason recorded"}`,
        void 0,
        "fix the candidate and ship it as a new release (new model, prompt or tools), which starts a new ladder"
      );
    }
    state = void 0;
  }
  if (!state) {
    const stableIds = releaseOnSlot(live.history, liveSlot)?.ids;
    state = { candidate: otherSlot(liveSlot), stable: liveSlot, rungs: ladderSteps(canary), rung: -1, phase: "passed", weight: 0, runId: opts.runId, ...opts.ids ? { ids: opts.ids } : {}, ...stableIds ? { stableIds } : {}, verdicts: [] };
    const inRoute2 = canaryPercent(snap, state.candidate);
    if (inRoute2 !== 0) {
      throw new UserError(`${router.description} already sends ${inRoute2}% to the ${state.candidate} slot, but no ladder is recorded; set that weight to 0 before starting one`);
    }
  }
  if (JSON.stringify(state.rungs) !== JSON.stringify(ladderSteps(canary))) {
    throw new UserError(
      `deploy.canary.rungs changed mid-ladder (${state.rungs.join(", ")} \u2192 ${ladderSteps(canary).join(", ")})`,
      opts.locate?.(["canary", "rungs"]) ?? { file: opts.manifestFile },
      "restore the rungs this ladder started with, or abort it and start again"
    );
  }
  const { candidate } = state;
  const handingOver = state.phase === "handing-over" || state.phase === "passed" && state.rung === state.rungs.length - 1;
  if (!handingOver && liveSlot !== state.stable) {
    throw new UserError(`Service ${config.namespace}/${config.service} now selects ${liveSlot}, but this ladder moves traffic from ${state.stable}; someone promoted or rolled back mid-ladder`, void 0, "abort the ladder");
  }
  const inRoute = canaryPercent(snap, candidate);
  if (!handingOver && inRoute !== state.weight) {
    throw new UserError(`${router.description} sends ${inRoute}% to ${candidate}, but the ladder set ${state.weight}%; it was edited by someone else, so the ladder will not steer it`, void 0, "restore the weight, or abort the ladder");
  }
  const rung = handingOver ? state.rung : state.phase === "passed" ? state.rung + 1 : state.rung;
  if (opts.expectWeight !== void 0) {
    const next = handingOver ? 100 : state.rungs[rung];
    if (next !== opts.expectWeight) {
      throw new UserError(`refusing to move ${candidate} to ${opts.expectWeight}%: the next step is ${handingOver ? "the hand-over (100%)" : `rung ${rung + 1} of ${state.rungs.length} (${rungLabel(next)})`}; rungs cannot be skipped`);
    }
  }
  const starting = handingOver ? state.phase !== "handing-over" : state.phase === "passed";
  if (starting && config.windows) {
    const { waitedMs } = await awaitDeployWindow({
      windows: config.windows,
      action: handingOver ? `canary hand-over to ${candidate}` : `canary rung ${rung + 1} (${rungLabel(state.rungs[rung])})`,
      now: ctx.now,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      onWait: () => acquireLease(ctx.clients, { namespace: config.namespace, name: config.lease.name, holder: opts.runId, durationSeconds: config.lease.durationSeconds }).then(() => void 0),
      log
    });
    if (waitedMs > 0) return advanceLocked(ctx, opts);
  }
  if (config.standby && state.rung === -1 && state.phase === "passed") {
    await scaleUpLike(ctx.clients, config, candidate, state.stable, { settings: config.standby, log });
  }
  const readiness = await slotReadiness(ctx.clients, config.namespace, config.slots[candidate].deployments);
  if (!readiness.ready) throw new UserError(`the ${candidate} slot is not ready: ${readiness.reasons.join("; ")}`);
  for (const f of readiness.deployments.flatMap((d) => lintDeployment(d, config.lint))) log.warn(`[${f.rule}] ${f.subject}: ${f.message}`, f.location);
  if (handingOver) {
    if (state.phase !== "handing-over") {
      const next = { ...state, phase: "handing-over", runId: opts.runId };
      snap = await writeStep(ctx, snap, candidate, state.weight, next);
      state = next;
    }
    const from = state.stable;
    if (liveSlot !== candidate) {
      await flipSelector(ctx.clients, config, {
        to: candidate,
        action: "promote",
        runId: opts.runId,
        ...opts.runUrl ? { runUrl: opts.runUrl } : {},
        ...state.ids ? { ids: state.ids } : {},
        initial: live,
        recheck: (fresh) => fresh.live === from || fresh.live === candidate ? void 0 : `the selector points at ${fresh.live ?? "an unknown slot"}, neither ${from} nor ${candidate}`,
        ...opts.now ? { now: opts.now } : {}
      });
    }
    const done = { ...state, phase: "promoted", weight: 0, runId: opts.runId, reason: `${candidate} is live` };
    snap = await writeStep(ctx, snap, candidate, 0, done);
    log.info(`canary: hand-over done \u2014 Service ${config.service} selects ${candidate}; ${candidate}'s own weight is back to 0`);
    if (config.standby) {
      const { rollbackWindowSeconds, minReplicas } = config.standby;
      if (rollbackWindowSeconds > 0) {
        log.info(`standby: keeping ${from} at full size for the rollback window (${rollbackWindowSeconds} s)`);
        const sleep2 = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        const chunk2 = config.lease.durationSeconds * 1e3 / 3;
        for (let left2 = rollbackWindowSeconds * 1e3; left2 > 0; left2 -= chunk2) {
          await sleep2(Math.min(left2, chunk2));
          if (left2 > chunk2) await acquireLease(ctx.clients, { namespace: config.namespace, name: config.lease.name, holder: opts.runId, durationSeconds: config.lease.durationSeconds });
        }
      }
      if ((await readLiveService(ctx.clients, config)).live === candidate) {
        const down = await scaleDown(ctx.clients, config, from, minReplicas);
        log.info(`standby: ${from} scaled down from ${down.from.join("/")} to ${down.to.join("/")} replica(s)`);
      } else {
        log.warn(`standby: ${from} kept at full size: traffic is no longer on ${candidate} after the rollback window`);
      }
    }
    return result("promoted", `${candidate} is live after ${state.rungs.length} rung(s)`, done);
  }
  const offline = await ctx.provider.online();
  if (offline) throw new UserError(`cannot judge the rung: ${offline}`, void 0, "check deploy.canary.provider.url; the weight was not changed");
  let bakeStartedAt;
  let bakeUntil;
  if (state.phase === "baking" && state.bakeStartedAt) {
    bakeStartedAt = new Date(state.bakeStartedAt);
    bakeUntil = new Date(state.bakeUntil ?? bakeStartedAt.getTime() + canary.bakeSeconds * 1e3);
    log.info(`canary: resuming rung ${rung + 1} (${rungLabel(state.rungs[rung])}) baking since ${state.bakeStartedAt}`);
  } else {
    const now = ctx.now();
    bakeStartedAt = state.phase === "held" && state.bakeStartedAt ? new Date(state.bakeStartedAt) : now;
    bakeUntil = new Date(now.getTime() + canary.bakeSeconds * 1e3);
    const next = {
      ...state,
      rung,
      phase: "baking",
      weight: rungWeight(state.rungs[rung]),
      bakeStartedAt: bakeStartedAt.toISOString(),
      bakeUntil: bakeUntil.toISOString(),
      runId: opts.runId,
      ...opts.runUrl ? { runUrl: opts.runUrl } : {}
    };
    delete next.reason;
    snap = await writeStep(ctx, snap, candidate, next.weight, next);
    state = next;
    const step = state.rungs[rung];
    const what = typeof step === "string" ? `takes segment ${step} (segments on it: ${segmentsIn(canary, state).map((s) => s.segment).join(", ")})` : `at ${state.weight}%`;
    log.info(`canary: ${candidate} ${what} (rung ${rung + 1} of ${state.rungs.length}); baking ${canary.bakeSeconds} s`);
  }
  const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const bakeStarted = performance.now();
  const chunk = config.lease.durationSeconds * 1e3 / 3;
  let left = bakeUntil.getTime() - ctx.now().getTime();
  while (left > 0) {
    const step = Math.min(left, chunk);
    await sleep(step);
    left -= step;
    if (left > 0) await acquireLease(ctx.clients, { namespace: config.namespace, name: config.lease.name, holder: opts.runId, durationSeconds: config.lease.durationSeconds });
  }
  bakeMs = performance.now() - bakeStarted;
  const judgement = await judge(ctx, state, bakeStartedAt, ctx.now(), opts.probe);
  const entry = record(ctx, state, rung, judgement.verdict, judgement.reason);
  if (judgement.verdict === "fail") {
    const aborted = { ...state, phase: "aborted", weight: 0, reason: entry.reason, verdicts: [...state.verdicts, entry] };
    snap = await writeStep(ctx, snap, candidate, 0, aborted);
    log.error(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) failed; ${candidate} back to 0%: ${judgement.reason}`);
    return result("aborted", judgement.reason, aborted, { judgement });
  }
  if (judgement.verdict === "inconclusive") {
    const held = { ...state, phase: "held", reason: entry.reason, verdicts: [...state.verdicts, entry] };
    snap = await writeStep(ctx, snap, candidate, state.weight, held);
    log.warn(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) inconclusive, ladder held at ${state.weight}%: ${judgement.reason}`);
    return result("held", judgement.reason, held, { judgement });
  }
  const passed = { ...state, phase: "passed", verdicts: [...state.verdicts, entry] };
  delete passed.reason;
  snap = await writeStep(ctx, snap, candidate, state.weight, passed);
  log.info(`canary: rung ${rung + 1} (${rungLabel(state.rungs[rung])}) ${judgement.verdict}: ${judgement.reason}`);
  return result("passed", judgement.reason, passed, { judgement });
}
async function abort(opts) {
  const ctx = prepare(opts);
  return (async () => {
    const snap = await ctx.router.read();
    const state = parseLadderState(snap.annotations);
    if (!state) return { outcome: "unchanged", reason: "no ladder is recorded on the route", weight: 0, conflicts: 0, patchMs: [] };
    const weight = canaryPercent(snap, state.candidate);
    if (state.phase === "aborted" && weight === 0) return { outcome: "unchanged", reason: `already aborted: ${state.reason ?? ""}`, weight, state, conflicts: 0, patchMs: [] };
    const flipped = state.phase === "handing-over" && (await readLiveService(ctx.clients, ctx.config)).live !== state.stable;
    if (state.phase === "promoted" || flipped) {
      throw new UserError(`the ladder ${state.phase === "promoted" ? "finished" : "is handing over"}: ${state.candidate} is live`, void 0, "use `rollback` to return to the previous slot");
    }
    const reason = opts.reason ?? `aborted by ${opts.runId}`;
    const aborted = { ...state, phase: "aborted", weight: 0, reason, runId: opts.runId };
    const written = await writeStep(ctx, snap, state.candidate, 0, aborted);
    return { outcome: "aborted", reason, weight: canaryPercent(written, state.candidate), state: aborted, conflicts: ctx.conflicts, patchMs: ctx.patchMs };
  })();
}
async function ladderStatus(opts) {
  const ctx = prepare({ ...opts, runId: opts.runId ?? "status" });
  const [live, snap] = await Promise.all([readLiveService(ctx.clients, ctx.config), ctx.router.read()]);
  const state = parseLadderState(snap.annotations);
  const weight = state ? canaryPercent(snap, state.candidate) : void 0;
  let next;
  if (!state) next = `advance starts a ladder: ${ctx.canary.segments.length === 0 ? `${ctx.canary.rungs.join(" \u2192 ")} %` : ladderSteps(ctx.canary).map(rungLabel).join(" \u2192 ")}`;
  else if (state.phase === "promoted") next = "finished; a new release starts a new ladder";
  else if (state.phase === "aborted") next = "aborted; a new release starts a new ladder";
  else if (state.phase === "passed" && state.rung === state.rungs.length - 1) next = "advance hands over (flip the selector, then weight 0)";
  else if (state.phase === "passed") next = `advance moves to ${rungLabel(state.rungs[state.rung + 1])}`;
  else if (state.phase === "held") next = `advance re-bakes and re-judges ${state.weight}%`;
  else next = `advance resumes ${state.phase === "baking" ? "the bake" : "the hand-over"}`;
  return { route: ctx.router.description, live: live.live, weight, segments: snap.segments, state, ...state ? { surfaces: surfaceChanges(state.stableIds, state.ids) } : {}, next };
}

export {
  rungWeight,
  rungLabel,
  ladderSteps,
  segmentsIn,
  LADDER_ANNOTATION,
  parseLadderState,
  advance,
  abort,
  ladderStatus
};
