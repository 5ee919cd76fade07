import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-4HYHTPLW.js";

// src/delivery/providers/presets.ts
var SLOT = 'namespace="{{namespace}}",slot="{{slot}}"';
function p99(histogram) {
  return `histogram_quantile(0.99, sum by (le) (rate(${histogram}_bucket{${SLOT}}[{{window}}])))`;
}
var HTTP_ERRORS = {
  name: "error_rate",
  failed: `http_requests_total{${SLOT},code=~"5.."}`,
  total: `http_requests_total{${SLOT}}`,
  direction: "increase",
  scale: "absolute",
  tolerance: 5e-3,
  threshold: 0.01,
  critical: true
};
var PRESETS = {
  http: [
    HTTP_ERRORS,
    { name: "latency_p99", query: p99("http_request_duration_seconds"), direction: "increase", scale: "relative", tolerance: 0.05, threshold: 0.2, critical: true }
  ],
  vllm: [
    {
      name: "error_rate",
      failed: `vllm:request_success_total{${SLOT},finished_reason="abort"}`,
      total: `vllm:request_success_total{${SLOT}}`,
      direction: "increase",
      scale: "absolute",
      tolerance: 5e-3,
      threshold: 0.01,
      critical: true
    },
    { name: "latency_p99", query: p99("vllm:e2e_request_latency_seconds"), direction: "increase", scale: "relative", tolerance: 0.05, threshold: 0.2, critical: true },
    { name: "ttft_p99", query: p99("vllm:time_to_first_token_seconds"), direction: "increase", scale: "relative", tolerance: 0.05, threshold: 0.2, critical: true },
    {
      name: "tokens_per_second",
      query: `sum(rate(vllm:generation_tokens_total{${SLOT}}[{{window}}])) / sum(rate(vllm:e2e_request_latency_seconds_sum{${SLOT}}[{{window}}]))`,
      direction: "decrease",
      scale: "relative",
      tolerance: 0.05,
      threshold: 0.2,
      critical: false
    }
  ],
  kserve: [
    HTTP_ERRORS,
    { name: "predict_p99", query: p99("request_predict_seconds"), direction: "increase", scale: "relative", tolerance: 0.05, threshold: 0.2, critical: true }
  ]
};

// src/delivery/config.ts
var ROUTER_KINDS = ["gateway-api", "istio", "flagd"];
var ROUTERS_WITH_MATCHES = ["gateway-api", "istio", "flagd"];
var DEFAULT_RUNGS = [1, 5, 10, 25, 50];
var PLACEHOLDERS = ["namespace", "service", "slot", "window"];
var PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;
function unknownPlaceholders(template) {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !PLACEHOLDERS.includes(name));
}
function fillTemplate(template, values) {
  return template.replace(PLACEHOLDER, (_, name) => {
    const value = values[name];
    if (value === void 0) throw new Error(`unknown placeholder {{${name}}}`);
    return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  });
}
function windowMs(text) {
  const m = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[m[2]];
}
function parseCanaryConfig(deployRaw, deploy, manifestFile, locate) {
  const fail = (path, message, hint) => {
    throw new UserError(`deploy.canary${path.length ? "." : ""}${path.join(".")}: ${message}`, locate?.(["canary", ...path]) ?? { file: manifestFile }, hint);
  };
  const raw = deployRaw?.canary;
  if (!raw || typeof raw !== "object") {
    throw new UserError("the manifest has no deploy.canary section, which the canary commands need", locate?.([]) ?? { file: manifestFile }, 'see README: "Canary ladder"');
  }
  const router = raw.router;
  const kind = router.kind;
  if (!ROUTER_KINDS.includes(kind)) fail(["router", "kind"], `unknown router "${kind}" (expected one of: ${ROUTER_KINDS.join(", ")})`);
  const services = raw.services;
  if (services.blue === services.green) fail(["services", "green"], `blue and green name the same Service "${services.blue}"`);
  for (const slot of ["blue", "green"]) {
    if (services[slot] === deploy.service) {
      fail(["services", slot], `"${services[slot]}" is the live Service; each slot needs its own Service so the candidate backend reaches only that slot`);
    }
  }
  const affinity = raw.sessionAffinity;
  if (affinity && kind !== "gateway-api") fail(["sessionAffinity"], `sticky sessions need the gateway-api router (router.kind is ${kind})`);
  const given = raw.rungs ?? DEFAULT_RUNGS;
  const segments = [];
  const rungs = [];
  given.forEach((item, i) => {
    if (typeof item === "number") {
      if (rungs.length > 0 && item <= rungs[rungs.length - 1]) fail(["rungs", i], `rungs must be strictly increasing (${rungs[rungs.length - 1]} then ${item})`);
      rungs.push(item);
      return;
    }
    if (!ROUTERS_WITH_MATCHES.includes(kind)) {
      fail(["rungs", i], `segment rungs need a router that matches headers or cookies (router.kind ${kind} does not)`, `use one of: ${ROUTERS_WITH_MATCHES.join(", ")}, or weights only`);
    }
    if (rungs.length > 0) fail(["rungs", i], `segment "${String(item.segment)}" comes after a percentage; segment rungs come first`, "list the segments, then the weights: [{ segment: internal, \u2026 }, 1, 5, 25]");
    if (item.header === void 0 === (item.cookie === void 0)) fail(["rungs", i], `segment "${String(item.segment)}" needs exactly one of header or cookie`);
    const name = String(item.segment);
    const seen = segments.findIndex((s) => s.segment === name);
    if (seen >= 0) fail(["rungs", i, "segment"], `segment "${name}" is listed twice`);
    const match = item.header ?? item.cookie;
    if (kind === "istio" && item.header && match.name !== match.name.toLowerCase()) {
      fail(["rungs", i, "header", "name"], `Istio matches header names in lower case: write "${match.name.toLowerCase()}"`);
    }
    segments.push({ segment: name, ...item.header ? { header: { name: match.name, value: match.value } } : { cookie: { name: match.name, value: match.value } } });
  });
  const p = raw.provider;
  const provider = {
    kind: "prometheus",
    url: String(p.url).replace(/\/+$/, ""),
    preset: p.preset ?? "http",
    stepSeconds: p.stepSeconds ?? 15,
    window: p.window ?? "1m",
    timeoutSeconds: p.timeoutSeconds ?? 10
  };
  const bakeSeconds = raw.bakeSeconds ?? 300;
  if (bakeSeconds * 1e3 <= windowMs(provider.window)) {
    fail(["bakeSeconds"], `${bakeSeconds} s is not longer than the rate window provider.window (${provider.window}); each point's window must fit inside the bake`);
  }
  const givenMetrics = raw.metrics;
  const metrics = givenMetrics ? givenMetrics.map((m, i) => {
    const proportion = m.failed !== void 0 || m.total !== void 0;
    if (proportion && (m.failed === void 0 || m.total === void 0 || m.query !== void 0)) {
      fail(["metrics", i], "a proportion metric needs both failed and total, and no query");
    }
    if (!proportion && m.query === void 0) fail(["metrics", i], "give a query (a series metric) or failed and total (a proportion metric)");
    for (const key of ["query", "failed", "total"]) {
      if (m[key] === void 0) continue;
      const unknown = unknownPlaceholders(String(m[key]));
      if (unknown.length > 0) {
        fail(["metrics", i, key], `unknown placeholder {{${unknown[0]}}} (known: ${PLACEHOLDERS.map((n) => `{{${n}}}`).join(", ")})`);
      }
    }
    const scale = m.scale ?? (proportion ? "absolute" : "relative");
    return {
      name: String(m.name),
      ...proportion ? { failed: String(m.failed), total: String(m.total) } : { query: String(m.query) },
      direction: m.direction ?? "increase",
      scale,
      tolerance: m.tolerance ?? (scale === "relative" ? 0.05 : proportion ? 5e-3 : 0),
      threshold: m.threshold ?? (scale === "relative" ? 0.2 : proportion ? 0.01 : 0),
      critical: m.critical ?? true
    };
  }) : PRESETS[provider.preset].map((m) => ({ ...m }));
  const names = /* @__PURE__ */ new Set();
  metrics.forEach((m, i) => {
    if (names.has(m.name)) fail(["metrics", i, "name"], `metric "${m.name}" is listed twice`);
    names.add(m.name);
  });
  return {
    router: {
      kind,
      name: String(router.name),
      rule: router.rule ?? 0,
      ...router.key !== void 0 ? { configKey: String(router.key) } : {},
      ...router.flag !== void 0 ? { flag: String(router.flag) } : {}
    },
    services,
    rungs,
    segments,
    bakeSeconds,
    minSamples: raw.minSamples ?? 10,
    minRequests: raw.minRequests ?? 50,
    confidence: raw.confidence ?? 0.98,
    provider,
    metrics,
    ...affinity ? { sessionAffinity: { cookieName: affinity.cookieName ?? "shadowgate-canary", maxAgeSeconds: affinity.maxAgeSeconds ?? 86400 } } : {}
  };
}

export {
  fillTemplate,
  windowMs,
  parseCanaryConfig
};
