import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  KubeRefusal
} from "./chunk-AZ7WLE3K.js";
import {
  formatPath,
  manifest_schema_default,
  schemaProblems
} from "./chunk-IY34TOV6.js";
import {
  require_formats
} from "./chunk-XWYCPJVT.js";
import {
  require_ucs2length
} from "./chunk-CWVIZUTC.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// src/delivery/windows.ts
var WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var DAY_ITEM = /^(sun|mon|tue|wed|thu|fri|sat)(?:-(sun|mon|tue|wed|thu|fri|sat))?$/;
var HOURS = /^([01]\d|2[0-3]):([0-5]\d)-(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
function parseDeployWindows(deployRaw, manifestFile, locate) {
  const raw = deployRaw?.windows;
  if (raw === void 0 || raw === null) return void 0;
  const fail = (path, message, hint) => {
    throw new UserError(`deploy.windows${path.length ? "." : ""}${path.join(".")}: ${message}`, locate?.(["windows", ...path]) ?? { file: manifestFile }, hint);
  };
  if (typeof raw !== "object" || Array.isArray(raw)) fail([], "must be a mapping: { timeZone, open: [{ days, hours }], waitMinutes }");
  const timeZone = raw.timeZone === void 0 ? "UTC" : raw.timeZone;
  if (typeof timeZone !== "string" || !isTimeZone(timeZone)) {
    return fail(["timeZone"], `unknown time zone ${JSON.stringify(timeZone)}`, "use an IANA name such as Europe/Berlin, America/New_York or UTC");
  }
  const waitMinutes = raw.waitMinutes === void 0 ? 0 : raw.waitMinutes;
  if (typeof waitMinutes !== "number" || !Number.isFinite(waitMinutes) || waitMinutes < 0) fail(["waitMinutes"], "must be a number of minutes, 0 or more");
  if (!Array.isArray(raw.open) || raw.open.length === 0) fail(["open"], 'list at least one span: { days: [mon-fri], hours: "09:00-17:00" }');
  const open = raw.open.map((item, i) => {
    const span = item;
    if (!span || typeof span !== "object" || !Array.isArray(span.days) || span.days.length === 0)
      fail(["open", i, "days"], "list the days, e.g. [mon-fri] or [mon, wed]");
    const days = /* @__PURE__ */ new Set();
    span.days.forEach((d, j) => {
      const m2 = typeof d === "string" ? DAY_ITEM.exec(d.toLowerCase()) : null;
      if (!m2) {
        fail(["open", i, "days", j], `${JSON.stringify(d)} is not a day (${WEEKDAYS.join(", ")}) or a range such as mon-fri`);
        return;
      }
      const from = WEEKDAYS.indexOf(m2[1]);
      const to = m2[2] ? WEEKDAYS.indexOf(m2[2]) : from;
      for (let k = from; ; k = (k + 1) % 7) {
        days.add(WEEKDAYS[k]);
        if (k === to) break;
      }
    });
    const hours = span.hours;
    const m = typeof hours === "string" ? HOURS.exec(hours) : null;
    if (!m)
      return fail(
        ["open", i, "hours"],
        `${JSON.stringify(hours)} is not a span of local time like "09:00-17:00" (end exclusive; "22:00-02:00" runs past midnight)`
      );
    const startMinute = Number(m[1]) * 60 + Number(m[2]);
    const endMinute = m[5] ? 1440 : Number(m[3]) * 60 + Number(m[4]);
    if (startMinute === endMinute) fail(["open", i, "hours"], `"${hours}" is empty`, 'for the whole day write "00:00-24:00"');
    return { days: WEEKDAYS.filter((d) => days.has(d)), startMinute, endMinute, hours };
  });
  return { timeZone, open, waitMinutes };
}
function isTimeZone(name) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
var formatters = /* @__PURE__ */ new Map();
function localClock(at, timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const day = String(parts.weekday).toLowerCase().slice(0, 3);
  const minute = Number(parts.hour) * 60 + Number(parts.minute);
  return { day, minute, text: `${parts.weekday} ${parts.hour}:${parts.minute} ${timeZone}` };
}
function openSpanAt(windows, at) {
  const { day, minute } = localClock(at, windows.timeZone);
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7];
  return windows.open.find((s) => {
    if (s.startMinute < s.endMinute) return s.days.includes(day) && minute >= s.startMinute && minute < s.endMinute;
    return s.days.includes(day) && minute >= s.startMinute || s.days.includes(yesterday) && minute < s.endMinute;
  });
}
function nextOpening(windows, from, withinMs = 8 * 864e5) {
  if (openSpanAt(windows, from)) return from;
  const first = Math.floor(from.getTime() / 6e4) * 6e4 + 6e4;
  for (let t = first; t <= from.getTime() + withinMs; t += 6e4) {
    const at = new Date(t);
    if (openSpanAt(windows, at)) return at;
  }
  return void 0;
}
function describeWindows(windows) {
  return `${windows.open.map((s) => `${compactDays(s.days)} ${s.hours}`).join(", ")} (${windows.timeZone})`;
}
function compactDays(days) {
  const week = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const present = week.map((d) => days.includes(d));
  const out = [];
  for (let i = 0; i < 7; i++) {
    if (!present[i]) continue;
    let j = i;
    while (j + 1 < 7 && present[j + 1]) j++;
    out.push(j - i >= 2 ? `${week[i]}-${week[j]}` : week.slice(i, j + 1).join(","));
    i = j;
  }
  return out.join(",");
}
async function awaitDeployWindow(gate) {
  const { windows } = gate;
  if (!windows) return { waitedMs: 0 };
  const start = gate.now();
  if (openSpanAt(windows, start)) return { waitedMs: 0 };
  const limitMs = windows.waitMinutes * 6e4;
  const opening = nextOpening(windows, start);
  const clock = localClock(start, windows.timeZone).text;
  const when = opening ? `; the next opens ${opening.toISOString()} (${localClock(opening, windows.timeZone).text})` : "";
  if (!opening || opening.getTime() - start.getTime() > limitMs) {
    throw new KubeRefusal(
      "outside-window",
      `${gate.action} refused: it is ${clock}, outside the deployment windows ${describeWindows(windows)}${when}. Nothing was changed`,
      void 0,
      windows.waitMinutes > 0 ? `the next opening is more than deploy.windows.waitMinutes (${windows.waitMinutes}) away; run again inside a window (rollback and canary abort are never blocked)` : "run again inside a window, or set deploy.windows.waitMinutes to wait for it (rollback and canary abort are never blocked)"
    );
  }
  gate.log.info(`${gate.action}: it is ${clock}, outside the deployment windows; waiting until ${opening.toISOString()}`);
  for (let left = opening.getTime() - gate.now().getTime(); left > 0; left = opening.getTime() - gate.now().getTime()) {
    await gate.sleep(Math.min(left, 6e4));
    if (opening.getTime() - gate.now().getTime() > 0) await gate.onWait?.();
  }
  return { waitedMs: gate.now().getTime() - start.getTime() };
}

// src/delivery/deploy-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": { "deploy": { "$comment": "The only description of the deploy: section; src/delivery/deploy-config.ts validates with it and applies its defaults.", "description": "Blue-green deployment on Kubernetes: used by promote, rollback, status and lint.", "type": "object", "additionalProperties": false, "required": ["service", "slots"], "properties": { "namespace": { "description": "Namespace of the live Service, its slot Deployments and the Lease.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "default": "default", "patternErrorMessage": "must be a DNS label: lower-case letters, digits and '-', starting and ending with a letter or digit" }, "service": { "description": "The live Service whose selector is flipped between the slots.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "patternErrorMessage": "must be a DNS label: lower-case letters, digits and '-', starting and ending with a letter or digit" }, "slotKey": { "description": "Selector key that is flipped; every other selector key is left untouched.", "type": "string", "minLength": 1, "default": "shadowgate.dev/slot" }, "slots": { "description": "The two slots of the blue-green pair.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "$ref": "#/$defs/deploySlot" }, "green": { "$ref": "#/$defs/deploySlot" } } }, "lease": { "description": "The coordination.k8s.io Lease that keeps two runs from promoting at once.", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Lease name (default: shadowgate-<service>).", "type": "string", "minLength": 1 }, "durationSeconds": { "description": "A lease not renewed for this long is expired and may be taken over.", "type": "integer", "minimum": 5, "default": 900 } } }, "warmup": { "description": "Warm-up of the target slot before the flip: recorded requests until p95 latency settles.", "type": "object", "additionalProperties": false, "properties": { "windowSize": { "description": "Requests per window; the p95 of consecutive windows is compared.", "type": "integer", "minimum": 2, "default": 20 }, "marginPercent": { "description": "Settled when the last window p95 is within this percentage of the previous one.", "type": "number", "exclusiveMinimum": 0, "default": 10 }, "maxRequests": { "description": "Give up (the promotion stops) after this many requests without settling.", "type": "integer", "minimum": 0, "default": 400 }, "maxSeconds": { "description": "Give up after this many seconds without settling.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "concurrency": { "description": "Warm-up requests in flight.", "type": "integer", "minimum": 1, "default": 4 } } }, "watch": { "description": "Watch window after the flip: active probes with the shadow judge; a breach flips back.", "type": "object", "additionalProperties": false, "properties": { "seconds": { "description": "How long to probe after the flip.", "type": "number", "minimum": 0, "default": 60 }, "intervalSeconds": { "description": "Pause between probes.", "type": "number", "exclusiveMinimum": 0, "default": 5 }, "maxFailures": { "description": "Failed probes that trigger the automatic flip back.", "type": "integer", "minimum": 1, "default": 1 } } }, "historyLimit": { "description": "Promotion records kept in the Service annotation (oldest dropped first).", "type": "integer", "minimum": 1, "maximum": 50, "default": 10 }, "lint": { "description": "LLM-safe serving checks for the slot Deployments.", "type": "object", "additionalProperties": false, "properties": { "minGracePeriodSeconds": { "description": "Minimum terminationGracePeriodSeconds (LLM responses stream for minutes).", "type": "integer", "minimum": 0, "default": 300 }, "minPreStopSeconds": { "description": "Minimum preStop sleep, so endpoints deregister before SIGTERM.", "type": "integer", "minimum": 0, "default": 5 }, "requireStartupProbe": { "description": "Require a startupProbe (slow model loads would trip the liveness probe).", "type": "boolean", "default": true } } }, "canary": { "$ref": "#/$defs/deployCanary" }, "windows": { "description": "Deployment windows: promote, each canary rung and the hand-over start only inside them (rollback and abort are never blocked).", "$ref": "#/$defs/deployWindows" }, "standby": { "description": "Standby scaling: the idle slot is scaled up to the live slot's size before it takes traffic, and the old slot down to minReplicas after the rollback window.", "$ref": "#/$defs/deployStandby" }, "drain": { "description": "Session draining at the flip of the live selector (promote, and the canary ladder's hand-over after its last rung): conversations running on the old slot finish there (marked by a cookie), new ones start on the new slot, until the timeout or a quiet period. Uses deploy.canary's router (gateway-api or istio) and slot Services.", "$ref": "#/$defs/deployDrain" } } } }, "$defs": { "deployCanary": { "description": "Canary ladder: the candidate slot takes traffic in rungs through a traffic router, each rung judged on live metrics.", "type": "object", "additionalProperties": false, "required": ["router", "provider"], "allOf": [{ "if": { "properties": { "router": { "type": "object", "properties": { "kind": { "not": { "const": "replica-ratio" } } } } } }, "then": { "required": ["services"], "errorMessage": "is required for the gateway-api, istio and flagd routers: each slot's own Service is the candidate's backend (only replica-ratio, which steers deploy.service itself, does without)" } }], "properties": { "router": { "description": "The route (or feature flag) whose weights the ladder sets.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "gateway-api: an HTTPRoute; istio: a VirtualService; flagd: an OpenFeature flagd flag defined in a ConfigMap; replica-ratio: the live Service selects both slots' pods through a shared label and the candidate's share is its ready replicas over all ready replicas.", "enum": ["gateway-api", "istio", "flagd", "replica-ratio"] }, "name": { "description": "Name of the HTTPRoute, VirtualService or (flagd) ConfigMap, in deploy.namespace. Required except for replica-ratio, which steers deploy.service itself.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 }, "rule": { "description": "Index of the HTTPRoute rule (or VirtualService http route) whose backends are weighted.", "type": "integer", "minimum": 0, "default": 0 }, "key": { "description": "flagd: the ConfigMap key holding the flag definition (the file flagd's file sync reads).", "type": "string", "pattern": "^[-._a-zA-Z0-9]+$", "default": "flags.flagd.json" }, "flag": { "description": "flagd: the flag whose targeting the ladder writes; its variants name the live Service (the default variant) and the slot Services. Default: the live Service's name.", "type": "string", "minLength": 1 }, "tolerance": { "description": "replica-ratio: percentage points a rung's share may be off the asked weight; rungs the replica counts cannot reach within it are refused at their line.", "type": "number", "minimum": 0, "maximum": 50, "default": 2 }, "readyTimeoutSeconds": { "description": "replica-ratio: how long the candidate's replicas may take to become ready before a rung is refused (and the candidate scaled back).", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "destinationRule": { "description": "istio: a DestinationRule in deploy.namespace with one subset per slot (labelled with deploy.slotKey); the route weights the live Service against those subsets of the rule's host instead of the slot Services.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 } } }, "services": { "description": "Each slot's own Service, named by the route's backend for the candidate; the stable backend is deploy.service. Required except for replica-ratio, which steers deploy.service itself.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "description": "The blue slot's own Service (selects only blue pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "green": { "description": "The green slot's own Service (selects only green pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 } } }, "sessionAffinity": { "description": "Sticky sessions (gateway-api, istio): a session that reached the candidate stays on it for the rest of the ladder; abort sends it back.", "type": "object", "additionalProperties": false, "properties": { "cookieName": { "description": "Cookie the candidate's responses set and the sticky rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-canary" }, "maxAgeSeconds": { "description": "Max-Age of that cookie.", "type": "integer", "minimum": 1, "default": 86400 } } }, "rungs": { "description": "Segment rungs first (requests matching a header or cookie go to the candidate), then candidate weights in percent, strictly increasing, each below 100; after the last, the live selector flips.", "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "integer", "minimum": 1, "maximum": 99 }, { "$ref": "#/$defs/deployCanarySegment" }] }, "default": [1, 5, 10, 25, 50] }, "bakeSeconds": { "description": "How long each rung takes traffic before it is judged.", "type": "number", "exclusiveMinimum": 0, "default": 300 }, "minSamples": { "description": "Fewer points per slot than this makes a metric NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 3, "default": 10 }, "decisiveSamples": { "description": "From this many points per slot, a series metric is judged by Kayenta's two conditions alone; with fewer, a shift its interval neither confirms nor rules out (reaching past the threshold) makes the rung INCONCLUSIVE. Never below minSamples. Default: the fewest points at which the test can confirm a shift at all given confidence, window and stepSeconds (16 at the defaults, where a 300 s bake yields 17 points).", "type": "integer", "minimum": 3 }, "minRequests": { "description": "Fewer requests than this on a slot makes a proportion metric (error_rate) NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 1, "default": 50 }, "confidence": { "description": "Confidence of the Hodges-Lehmann interval (Kayenta uses 0.98).", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.98 }, "provider": { "description": "Where the live metrics of each rung come from.", "type": "object", "additionalProperties": false, "required": ["kind", "url"], "properties": { "kind": { "description": "prometheus: the HTTP API query_range.", "enum": ["prometheus"] }, "url": { "description": "Prometheus base URL reachable from the runner.", "type": "string", "format": "uri" }, "preset": { "description": "Default metrics: http (http_requests_total, request-duration histogram), vllm, kserve.", "enum": ["http", "vllm", "kserve"], "default": "http" }, "stepSeconds": { "description": "query_range step: one sample per step.", "type": "number", "exclusiveMinimum": 0, "default": 15 }, "window": { "description": "Rate window filled into {{window}}.", "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "default": "1m" }, "timeoutSeconds": { "description": "Time limit of one Prometheus request.", "type": "number", "exclusiveMinimum": 0, "default": 10 } } }, "metrics": { "description": "Metrics judged per rung; replace the preset's when given.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/deployCanaryMetric" } } } }, "deployCanaryMetric": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Metric name shown in the rung verdict.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, "query": { "description": "A series metric: PromQL template sampled per step; placeholders {{namespace}}, {{service}}, {{slot}}, {{window}} are filled per slot.", "type": "string", "minLength": 1 }, "failed": { "description": "A proportion metric (with total): counter selector of failed requests; its increase over the bake is compared as a proportion of total.", "type": "string", "minLength": 1 }, "total": { "description": "A proportion metric (with failed): counter selector of all requests.", "type": "string", "minLength": 1 }, "direction": { "description": "Which change is a regression.", "enum": ["increase", "decrease"], "default": "increase" }, "scale": { "description": "absolute: tolerance and threshold in the metric's unit; relative: as a fraction of the stable slot's median.", "enum": ["absolute", "relative"], "default": "relative" }, "tolerance": { "description": "Half-width of the band the interval must leave (Kayenta's first condition).", "type": "number", "minimum": 0 }, "threshold": { "description": "Smallest effect that counts as a regression (Kayenta's second condition).", "type": "number", "minimum": 0 }, "critical": { "description": "A regression here aborts the ladder; otherwise it is a warning.", "type": "boolean", "default": true } } }, "deployCanarySegment": { "description": "A segment rung: requests carrying this header or cookie value go to the candidate (the segments of earlier rungs stay there); all other traffic stays on the stable slot.", "type": "object", "additionalProperties": false, "required": ["segment"], "properties": { "segment": { "description": "Segment name, shown in the rung verdict.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 40 }, "header": { "description": "Match a request header exactly, e.g. { name: x-user-segment, value: internal }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Header name (letters, digits and hyphens).", "type": "string", "pattern": "^[A-Za-z0-9-]+$", "maxLength": 256 }, "value": { "description": "Header value that puts a request in the segment.", "type": "string", "minLength": 1, "maxLength": 4096 } } }, "cookie": { "description": "Match a cookie value exactly, e.g. { name: segment, value: beta }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Cookie name.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "maxLength": 256 }, "value": { "description": "Cookie value that puts a request in the segment.", "type": "string", "pattern": "^[A-Za-z0-9._~-]+$", "maxLength": 1024 } } } } }, "deployDrain": { "type": "object", "additionalProperties": false, "properties": { "timeoutSeconds": { "description": "After the flip, sessions marked on the old slot stay there at most this long; then the rest move.", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "quietSeconds": { "description": "The drain ends early once the old slot has answered no request for this long (seen through deploy.canary.provider). Longer than the usual pause between two turns of a conversation.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "markSeconds": { "description": "Sessions are marked at least this long before the flip; a conversation silent for all of it counts as new.", "type": "number", "minimum": 0, "default": 30 }, "cookieName": { "description": "Cookie the old slot's responses set (value: the slot name) and the drain rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-slot" }, "requests": { "description": "PromQL counter of the requests a slot answered ({{namespace}}, {{service}}, {{slot}}, {{window}}); default: the total of deploy.canary's request-count metric. Without one the drain ends at its timeout only.", "type": "string", "minLength": 1 } } }, "deploySlot": { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "patternErrorMessage": "must be a label value: letters, digits, '-', '_' or '.', starting and ending with a letter or digit" }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } }, "deployStandby": { "type": "object", "additionalProperties": false, "properties": { "minReplicas": { "description": "Replicas each Deployment of the old slot keeps after the rollback window (0 allowed).", "type": "integer", "minimum": 0, "default": 0 }, "rollbackWindowSeconds": { "description": "After a successful watch window, promote keeps the old slot at full size this long (a rollback then stays sub-second), then scales it down.", "type": "number", "minimum": 0, "default": 600 }, "readyTimeoutSeconds": { "description": "How long a slot scaled up (by promote or rollback) may take to become ready.", "type": "number", "exclusiveMinimum": 0, "default": 900 } } }, "deployWindows": { "type": "object", "additionalProperties": false, "required": ["open"], "properties": { "timeZone": { "description": "IANA time zone the days and hours are read in.", "type": "string", "minLength": 1, "default": "UTC" }, "open": { "description": 'Spans when traffic may move: days (mon \u2026 sun, or ranges such as mon-fri) and local hours "HH:MM-HH:MM" (end exclusive; past midnight when the end is earlier).', "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["days", "hours"], "properties": { "days": { "description": "Days the span starts on: mon, tue, wed, thu, fri, sat, sun, or a range such as mon-fri (fri-mon wraps over the weekend).", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$" } }, "hours": { "description": 'Local hours "HH:MM-HH:MM", end exclusive; "22:00-02:00" runs past midnight, "00:00-24:00" is the whole day.', "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" } } } }, "waitMinutes": { "description": "Outside a window, wait up to this long for the next opening instead of refusing (0: refuse at once).", "type": "number", "minimum": 0, "default": 0 } } } } };
var schema32 = { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "patternErrorMessage": "must be a label value: letters, digits, '-', '_' or '.', starting and ending with a letter or digit" }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } };
var schema37 = { "type": "object", "additionalProperties": false, "required": ["open"], "properties": { "timeZone": { "description": "IANA time zone the days and hours are read in.", "type": "string", "minLength": 1, "default": "UTC" }, "open": { "description": 'Spans when traffic may move: days (mon \u2026 sun, or ranges such as mon-fri) and local hours "HH:MM-HH:MM" (end exclusive; past midnight when the end is earlier).', "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["days", "hours"], "properties": { "days": { "description": "Days the span starts on: mon, tue, wed, thu, fri, sat, sun, or a range such as mon-fri (fri-mon wraps over the weekend).", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$" } }, "hours": { "description": 'Local hours "HH:MM-HH:MM", end exclusive; "22:00-02:00" runs past midnight, "00:00-24:00" is the whole day.', "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" } } } }, "waitMinutes": { "description": "Outside a window, wait up to this long for the next opening instead of refusing (0: refuse at once).", "type": "number", "minimum": 0, "default": 0 } } };
var schema38 = { "type": "object", "additionalProperties": false, "properties": { "minReplicas": { "description": "Replicas each Deployment of the old slot keeps after the rollback window (0 allowed).", "type": "integer", "minimum": 0, "default": 0 }, "rollbackWindowSeconds": { "description": "After a successful watch window, promote keeps the old slot at full size this long (a rollback then stays sub-second), then scales it down.", "type": "number", "minimum": 0, "default": 600 }, "readyTimeoutSeconds": { "description": "How long a slot scaled up (by promote or rollback) may take to become ready.", "type": "number", "exclusiveMinimum": 0, "default": 900 } } };
var schema39 = { "type": "object", "additionalProperties": false, "properties": { "timeoutSeconds": { "description": "After the flip, sessions marked on the old slot stay there at most this long; then the rest move.", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "quietSeconds": { "description": "The drain ends early once the old slot has answered no request for this long (seen through deploy.canary.provider). Longer than the usual pause between two turns of a conversation.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "markSeconds": { "description": "Sessions are marked at least this long before the flip; a conversation silent for all of it counts as new.", "type": "number", "minimum": 0, "default": 30 }, "cookieName": { "description": "Cookie the old slot's responses set (value: the slot name) and the drain rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-slot" }, "requests": { "description": "PromQL counter of the requests a slot answered ({{namespace}}, {{service}}, {{slot}}, {{window}}); default: the total of deploy.canary's request-count metric. Without one the drain ends at its timeout only.", "type": "string", "minLength": 1 } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern6 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
var pattern20 = new RegExp("^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$", "u");
var pattern21 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", "u");
var pattern13 = new RegExp("^[A-Za-z0-9_-]+$", "u");
var formats0 = require_formats().fullFormats.uri;
var schema34 = { "description": "Canary ladder: the candidate slot takes traffic in rungs through a traffic router, each rung judged on live metrics.", "type": "object", "additionalProperties": false, "required": ["router", "provider"], "allOf": [{ "if": { "properties": { "router": { "type": "object", "properties": { "kind": { "not": { "const": "replica-ratio" } } } } } }, "then": { "required": ["services"], "errorMessage": "is required for the gateway-api, istio and flagd routers: each slot's own Service is the candidate's backend (only replica-ratio, which steers deploy.service itself, does without)" } }], "properties": { "router": { "description": "The route (or feature flag) whose weights the ladder sets.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "gateway-api: an HTTPRoute; istio: a VirtualService; flagd: an OpenFeature flagd flag defined in a ConfigMap; replica-ratio: the live Service selects both slots' pods through a shared label and the candidate's share is its ready replicas over all ready replicas.", "enum": ["gateway-api", "istio", "flagd", "replica-ratio"] }, "name": { "description": "Name of the HTTPRoute, VirtualService or (flagd) ConfigMap, in deploy.namespace. Required except for replica-ratio, which steers deploy.service itself.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 }, "rule": { "description": "Index of the HTTPRoute rule (or VirtualService http route) whose backends are weighted.", "type": "integer", "minimum": 0, "default": 0 }, "key": { "description": "flagd: the ConfigMap key holding the flag definition (the file flagd's file sync reads).", "type": "string", "pattern": "^[-._a-zA-Z0-9]+$", "default": "flags.flagd.json" }, "flag": { "description": "flagd: the flag whose targeting the ladder writes; its variants name the live Service (the default variant) and the slot Services. Default: the live Service's name.", "type": "string", "minLength": 1 }, "tolerance": { "description": "replica-ratio: percentage points a rung's share may be off the asked weight; rungs the replica counts cannot reach within it are refused at their line.", "type": "number", "minimum": 0, "maximum": 50, "default": 2 }, "readyTimeoutSeconds": { "description": "replica-ratio: how long the candidate's replicas may take to become ready before a rung is refused (and the candidate scaled back).", "type": "number", "exclusiveMinimum": 0, "default": 600 }, "destinationRule": { "description": "istio: a DestinationRule in deploy.namespace with one subset per slot (labelled with deploy.slotKey); the route weights the live Service against those subsets of the rule's host instead of the slot Services.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253 } } }, "services": { "description": "Each slot's own Service, named by the route's backend for the candidate; the stable backend is deploy.service. Required except for replica-ratio, which steers deploy.service itself.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "description": "The blue slot's own Service (selects only blue pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "green": { "description": "The green slot's own Service (selects only green pods).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 } } }, "sessionAffinity": { "description": "Sticky sessions (gateway-api, istio): a session that reached the candidate stays on it for the rest of the ladder; abort sends it back.", "type": "object", "additionalProperties": false, "properties": { "cookieName": { "description": "Cookie the candidate's responses set and the sticky rule matches.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "default": "shadowgate-canary" }, "maxAgeSeconds": { "description": "Max-Age of that cookie.", "type": "integer", "minimum": 1, "default": 86400 } } }, "rungs": { "description": "Segment rungs first (requests matching a header or cookie go to the candidate), then candidate weights in percent, strictly increasing, each below 100; after the last, the live selector flips.", "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "integer", "minimum": 1, "maximum": 99 }, { "$ref": "#/$defs/deployCanarySegment" }] }, "default": [1, 5, 10, 25, 50] }, "bakeSeconds": { "description": "How long each rung takes traffic before it is judged.", "type": "number", "exclusiveMinimum": 0, "default": 300 }, "minSamples": { "description": "Fewer points per slot than this makes a metric NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 3, "default": 10 }, "decisiveSamples": { "description": "From this many points per slot, a series metric is judged by Kayenta's two conditions alone; with fewer, a shift its interval neither confirms nor rules out (reaching past the threshold) makes the rung INCONCLUSIVE. Never below minSamples. Default: the fewest points at which the test can confirm a shift at all given confidence, window and stepSeconds (16 at the defaults, where a 300 s bake yields 17 points).", "type": "integer", "minimum": 3 }, "minRequests": { "description": "Fewer requests than this on a slot makes a proportion metric (error_rate) NODATA and the rung INCONCLUSIVE.", "type": "integer", "minimum": 1, "default": 50 }, "confidence": { "description": "Confidence of the Hodges-Lehmann interval (Kayenta uses 0.98).", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.98 }, "provider": { "description": "Where the live metrics of each rung come from.", "type": "object", "additionalProperties": false, "required": ["kind", "url"], "properties": { "kind": { "description": "prometheus: the HTTP API query_range.", "enum": ["prometheus"] }, "url": { "description": "Prometheus base URL reachable from the runner.", "type": "string", "format": "uri" }, "preset": { "description": "Default metrics: http (http_requests_total, request-duration histogram), vllm, kserve.", "enum": ["http", "vllm", "kserve"], "default": "http" }, "stepSeconds": { "description": "query_range step: one sample per step.", "type": "number", "exclusiveMinimum": 0, "default": 15 }, "window": { "description": "Rate window filled into {{window}}.", "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "default": "1m" }, "timeoutSeconds": { "description": "Time limit of one Prometheus request.", "type": "number", "exclusiveMinimum": 0, "default": 10 } } }, "metrics": { "description": "Metrics judged per rung; replace the preset's when given.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/deployCanaryMetric" } } } };
var schema35 = { "description": "A segment rung: requests carrying this header or cookie value go to the candidate (the segments of earlier rungs stay there); all other traffic stays on the stable slot.", "type": "object", "additionalProperties": false, "required": ["segment"], "properties": { "segment": { "description": "Segment name, shown in the rung verdict.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 40 }, "header": { "description": "Match a request header exactly, e.g. { name: x-user-segment, value: internal }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Header name (letters, digits and hyphens).", "type": "string", "pattern": "^[A-Za-z0-9-]+$", "maxLength": 256 }, "value": { "description": "Header value that puts a request in the segment.", "type": "string", "minLength": 1, "maxLength": 4096 } } }, "cookie": { "description": "Match a cookie value exactly, e.g. { name: segment, value: beta }.", "type": "object", "additionalProperties": false, "required": ["name", "value"], "properties": { "name": { "description": "Cookie name.", "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "maxLength": 256 }, "value": { "description": "Cookie value that puts a request in the segment.", "type": "string", "pattern": "^[A-Za-z0-9._~-]+$", "maxLength": 1024 } } } } };
var schema36 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Metric name shown in the rung verdict.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, "query": { "description": "A series metric: PromQL template sampled per step; placeholders {{namespace}}, {{service}}, {{slot}}, {{window}} are filled per slot.", "type": "string", "minLength": 1 }, "failed": { "description": "A proportion metric (with total): counter selector of failed requests; its increase over the bake is compared as a proportion of total.", "type": "string", "minLength": 1 }, "total": { "description": "A proportion metric (with failed): counter selector of all requests.", "type": "string", "minLength": 1 }, "direction": { "description": "Which change is a regression.", "enum": ["increase", "decrease"], "default": "increase" }, "scale": { "description": "absolute: tolerance and threshold in the metric's unit; relative: as a fraction of the stable slot's median.", "enum": ["absolute", "relative"], "default": "relative" }, "tolerance": { "description": "Half-width of the band the interval must leave (Kayenta's first condition).", "type": "number", "minimum": 0 }, "threshold": { "description": "Smallest effect that counts as a regression (Kayenta's second condition).", "type": "number", "minimum": 0 }, "critical": { "description": "A regression here aborts the ladder; otherwise it is a warning.", "type": "boolean", "default": true } } };
var pattern8 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
var pattern9 = new RegExp("^[-._a-zA-Z0-9]+$", "u");
var pattern15 = new RegExp("^[A-Za-z0-9-]+$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9._~-]+$", "u");
var pattern18 = new RegExp("^[0-9]+(ms|s|m|h)$", "u");
var pattern19 = new RegExp("^[A-Za-z_][A-Za-z0-9_.:-]*$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.router !== void 0) {
      let data0 = data.router;
      const _errs4 = errors;
      if (errors === _errs4) {
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.kind !== void 0) {
            const _errs7 = errors;
            const _errs8 = errors;
            if ("replica-ratio" !== data0.kind) {
              const err0 = {};
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var valid4 = _errs8 === errors;
            if (valid4) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            } else {
              errors = _errs7;
              if (vErrors !== null) {
                if (_errs7) {
                  vErrors.length = _errs7;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.services === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema34.allOf[0].then.required, parentSchema: schema34.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs9 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.allOf[0].if, parentSchema: schema34.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.router === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "router" }, message: "must have required property 'router'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.provider === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema34.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.router !== void 0) {
      let data2 = data.router;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.kind === void 0) {
          const err8 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema34.properties.router.required, parentSchema: schema34.properties.router, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "kind" || key1 === "name" || key1 === "rule" || key1 === "key" || key1 === "flag" || key1 === "tolerance" || key1 === "readyTimeoutSeconds" || key1 === "destinationRule")) {
            const err9 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.router, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.kind !== void 0) {
          let data3 = data2.kind;
          if (!(data3 === "gateway-api" || data3 === "istio" || data3 === "flagd" || data3 === "replica-ratio")) {
            const err10 = { instancePath: instancePath + "/router/kind", schemaPath: "#/properties/router/properties/kind/enum", keyword: "enum", params: { allowedValues: schema34.properties.router.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.router.properties.kind.enum, parentSchema: schema34.properties.router.properties.kind, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data4 = data2.name;
          if (typeof data4 === "string") {
            if (func2(data4) > 253) {
              const err11 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema34.properties.router.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern8.test(data4)) {
              const err12 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema34.properties.router.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.router.properties.name.type, parentSchema: schema34.properties.router.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.rule !== void 0) {
          let data5 = data2.rule;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err14 = { instancePath: instancePath + "/router/rule", schemaPath: "#/properties/router/properties/rule/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.router.properties.rule.type, parentSchema: schema34.properties.router.properties.rule, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err15 = { instancePath: instancePath + "/router/rule", schemaPath: "#/properties/router/properties/rule/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.router.properties.rule, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data2.key !== void 0) {
          let data6 = data2.key;
          if (typeof data6 === "string") {
            if (!pattern9.test(data6)) {
              const err16 = { instancePath: instancePath + "/router/key", schemaPath: "#/properties/router/properties/key/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" }, message: 'must match pattern "^[-._a-zA-Z0-9]+$"', schema: "^[-._a-zA-Z0-9]+$", parentSchema: schema34.properties.router.properties.key, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/router/key", schemaPath: "#/properties/router/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.router.properties.key.type, parentSchema: schema34.properties.router.properties.key, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.flag !== void 0) {
          let data7 = data2.flag;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err18 = { instancePath: instancePath + "/router/flag", schemaPath: "#/properties/router/properties/flag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.router.properties.flag, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/router/flag", schemaPath: "#/properties/router/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.router.properties.flag.type, parentSchema: schema34.properties.router.properties.flag, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.tolerance !== void 0) {
          let data8 = data2.tolerance;
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 50 || isNaN(data8)) {
              const err20 = { instancePath: instancePath + "/router/tolerance", schemaPath: "#/properties/router/properties/tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema34.properties.router.properties.tolerance, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
              const err21 = { instancePath: instancePath + "/router/tolerance", schemaPath: "#/properties/router/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.router.properties.tolerance, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/router/tolerance", schemaPath: "#/properties/router/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.router.properties.tolerance.type, parentSchema: schema34.properties.router.properties.tolerance, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.readyTimeoutSeconds !== void 0) {
          let data9 = data2.readyTimeoutSeconds;
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 <= 0 || isNaN(data9)) {
              const err23 = { instancePath: instancePath + "/router/readyTimeoutSeconds", schemaPath: "#/properties/router/properties/readyTimeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.router.properties.readyTimeoutSeconds, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/router/readyTimeoutSeconds", schemaPath: "#/properties/router/properties/readyTimeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.router.properties.readyTimeoutSeconds.type, parentSchema: schema34.properties.router.properties.readyTimeoutSeconds, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.destinationRule !== void 0) {
          let data10 = data2.destinationRule;
          if (typeof data10 === "string") {
            if (func2(data10) > 253) {
              const err25 = { instancePath: instancePath + "/router/destinationRule", schemaPath: "#/properties/router/properties/destinationRule/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema34.properties.router.properties.destinationRule, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern8.test(data10)) {
              const err26 = { instancePath: instancePath + "/router/destinationRule", schemaPath: "#/properties/router/properties/destinationRule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema34.properties.router.properties.destinationRule, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/router/destinationRule", schemaPath: "#/properties/router/properties/destinationRule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.router.properties.destinationRule.type, parentSchema: schema34.properties.router.properties.destinationRule, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.router.type, parentSchema: schema34.properties.router, data: data2 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data11 = data.services;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.blue === void 0) {
          const err29 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/required", keyword: "required", params: { missingProperty: "blue" }, message: "must have required property 'blue'", schema: schema34.properties.services.required, parentSchema: schema34.properties.services, data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data11.green === void 0) {
          const err30 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/required", keyword: "required", params: { missingProperty: "green" }, message: "must have required property 'green'", schema: schema34.properties.services.required, parentSchema: schema34.properties.services, data: data11 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key2 in data11) {
          if (!(key2 === "blue" || key2 === "green")) {
            const err31 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.services, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data11.blue !== void 0) {
          let data12 = data11.blue;
          if (typeof data12 === "string") {
            if (func2(data12) > 63) {
              const err32 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema34.properties.services.properties.blue, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (!pattern4.test(data12)) {
              const err33 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema34.properties.services.properties.blue, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/services/blue", schemaPath: "#/properties/services/properties/blue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.services.properties.blue.type, parentSchema: schema34.properties.services.properties.blue, data: data12 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.green !== void 0) {
          let data13 = data11.green;
          if (typeof data13 === "string") {
            if (func2(data13) > 63) {
              const err35 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema34.properties.services.properties.green, data: data13 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (!pattern4.test(data13)) {
              const err36 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema34.properties.services.properties.green, data: data13 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/services/green", schemaPath: "#/properties/services/properties/green/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.services.properties.green.type, parentSchema: schema34.properties.services.properties.green, data: data13 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.services.type, parentSchema: schema34.properties.services, data: data11 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.sessionAffinity !== void 0) {
      let data14 = data.sessionAffinity;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!(key3 === "cookieName" || key3 === "maxAgeSeconds")) {
            const err39 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.sessionAffinity, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data14.cookieName !== void 0) {
          let data15 = data14.cookieName;
          if (typeof data15 === "string") {
            if (!pattern13.test(data15)) {
              const err40 = { instancePath: instancePath + "/sessionAffinity/cookieName", schemaPath: "#/properties/sessionAffinity/properties/cookieName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema34.properties.sessionAffinity.properties.cookieName, data: data15 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/sessionAffinity/cookieName", schemaPath: "#/properties/sessionAffinity/properties/cookieName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.sessionAffinity.properties.cookieName.type, parentSchema: schema34.properties.sessionAffinity.properties.cookieName, data: data15 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data14.maxAgeSeconds !== void 0) {
          let data16 = data14.maxAgeSeconds;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err42 = { instancePath: instancePath + "/sessionAffinity/maxAgeSeconds", schemaPath: "#/properties/sessionAffinity/properties/maxAgeSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.sessionAffinity.properties.maxAgeSeconds.type, parentSchema: schema34.properties.sessionAffinity.properties.maxAgeSeconds, data: data16 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 1 || isNaN(data16)) {
              const err43 = { instancePath: instancePath + "/sessionAffinity/maxAgeSeconds", schemaPath: "#/properties/sessionAffinity/properties/maxAgeSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.sessionAffinity.properties.maxAgeSeconds, data: data16 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.sessionAffinity.type, parentSchema: schema34.properties.sessionAffinity, data: data14 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.rungs !== void 0) {
      let data17 = data.rungs;
      if (Array.isArray(data17)) {
        if (data17.length < 1) {
          const err45 = { instancePath: instancePath + "/rungs", schemaPath: "#/properties/rungs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.rungs, data: data17 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          const _errs46 = errors;
          let valid11 = false;
          let passing0 = null;
          const _errs47 = errors;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err46 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.rungs.items.oneOf[0].type, parentSchema: schema34.properties.rungs.items.oneOf[0], data: data18 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 99 || isNaN(data18)) {
              const err47 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99", schema: 99, parentSchema: schema34.properties.rungs.items.oneOf[0], data: data18 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data18 < 1 || isNaN(data18)) {
              const err48 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.rungs.items.oneOf[0], data: data18 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          var _valid1 = _errs47 === errors;
          if (_valid1) {
            valid11 = true;
            passing0 = 0;
          }
          const _errs49 = errors;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.segment === void 0) {
              const err49 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/$defs/deployCanarySegment/required", keyword: "required", params: { missingProperty: "segment" }, message: "must have required property 'segment'", schema: schema35.required, parentSchema: schema35, data: data18 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            for (const key4 in data18) {
              if (!(key4 === "segment" || key4 === "header" || key4 === "cookie")) {
                const err50 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/$defs/deployCanarySegment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data18 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data18.segment !== void 0) {
              let data19 = data18.segment;
              if (typeof data19 === "string") {
                if (func2(data19) > 40) {
                  const err51 = { instancePath: instancePath + "/rungs/" + i0 + "/segment", schemaPath: "#/$defs/deployCanarySegment/properties/segment/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema35.properties.segment, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (!pattern4.test(data19)) {
                  const err52 = { instancePath: instancePath + "/rungs/" + i0 + "/segment", schemaPath: "#/$defs/deployCanarySegment/properties/segment/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema35.properties.segment, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/rungs/" + i0 + "/segment", schemaPath: "#/$defs/deployCanarySegment/properties/segment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.segment.type, parentSchema: schema35.properties.segment, data: data19 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data18.header !== void 0) {
              let data20 = data18.header;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.name === void 0) {
                  const err54 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.properties.header.required, parentSchema: schema35.properties.header, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data20.value === void 0) {
                  const err55 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema35.properties.header.required, parentSchema: schema35.properties.header, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                for (const key5 in data20) {
                  if (!(key5 === "name" || key5 === "value")) {
                    const err56 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.header, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data20.name !== void 0) {
                  let data21 = data20.name;
                  if (typeof data21 === "string") {
                    if (func2(data21) > 256) {
                      const err57 = { instancePath: instancePath + "/rungs/" + i0 + "/header/name", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.properties.header.properties.name, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                    if (!pattern15.test(data21)) {
                      const err58 = { instancePath: instancePath + "/rungs/" + i0 + "/header/name", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+$"', schema: "^[A-Za-z0-9-]+$", parentSchema: schema35.properties.header.properties.name, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/rungs/" + i0 + "/header/name", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.header.properties.name.type, parentSchema: schema35.properties.header.properties.name, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data20.value !== void 0) {
                  let data22 = data20.value;
                  if (typeof data22 === "string") {
                    if (func2(data22) > 4096) {
                      const err60 = { instancePath: instancePath + "/rungs/" + i0 + "/header/value", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/value/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema35.properties.header.properties.value, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (func2(data22) < 1) {
                      const err61 = { instancePath: instancePath + "/rungs/" + i0 + "/header/value", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.header.properties.value, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/rungs/" + i0 + "/header/value", schemaPath: "#/$defs/deployCanarySegment/properties/header/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.header.properties.value.type, parentSchema: schema35.properties.header.properties.value, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/rungs/" + i0 + "/header", schemaPath: "#/$defs/deployCanarySegment/properties/header/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.header.type, parentSchema: schema35.properties.header, data: data20 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data18.cookie !== void 0) {
              let data23 = data18.cookie;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.name === void 0) {
                  const err64 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.properties.cookie.required, parentSchema: schema35.properties.cookie, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data23.value === void 0) {
                  const err65 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema35.properties.cookie.required, parentSchema: schema35.properties.cookie, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key6 in data23) {
                  if (!(key6 === "name" || key6 === "value")) {
                    const err66 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.cookie, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data23.name !== void 0) {
                  let data24 = data23.name;
                  if (typeof data24 === "string") {
                    if (func2(data24) > 256) {
                      const err67 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/name", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.properties.cookie.properties.name, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (!pattern13.test(data24)) {
                      const err68 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/name", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema35.properties.cookie.properties.name, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/name", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cookie.properties.name.type, parentSchema: schema35.properties.cookie.properties.name, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data23.value !== void 0) {
                  let data25 = data23.value;
                  if (typeof data25 === "string") {
                    if (func2(data25) > 1024) {
                      const err70 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/value", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/value/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.properties.cookie.properties.value, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data25)) {
                      const err71 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/value", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._~-]+$" }, message: 'must match pattern "^[A-Za-z0-9._~-]+$"', schema: "^[A-Za-z0-9._~-]+$", parentSchema: schema35.properties.cookie.properties.value, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie/value", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cookie.properties.value.type, parentSchema: schema35.properties.cookie.properties.value, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/rungs/" + i0 + "/cookie", schemaPath: "#/$defs/deployCanarySegment/properties/cookie/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.cookie.type, parentSchema: schema35.properties.cookie, data: data23 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/$defs/deployCanarySegment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data18 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          var _valid1 = _errs49 === errors;
          if (_valid1 && valid11) {
            valid11 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid11 = true;
              passing0 = 1;
            }
          }
          if (!valid11) {
            const err75 = { instancePath: instancePath + "/rungs/" + i0, schemaPath: "#/properties/rungs/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema34.properties.rungs.items.oneOf, parentSchema: schema34.properties.rungs.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          } else {
            errors = _errs46;
            if (vErrors !== null) {
              if (_errs46) {
                vErrors.length = _errs46;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/rungs", schemaPath: "#/properties/rungs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.rungs.type, parentSchema: schema34.properties.rungs, data: data17 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.bakeSeconds !== void 0) {
      let data26 = data.bakeSeconds;
      if (typeof data26 == "number" && isFinite(data26)) {
        if (data26 <= 0 || isNaN(data26)) {
          const err77 = { instancePath: instancePath + "/bakeSeconds", schemaPath: "#/properties/bakeSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.bakeSeconds, data: data26 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      } else {
        const err78 = { instancePath: instancePath + "/bakeSeconds", schemaPath: "#/properties/bakeSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.bakeSeconds.type, parentSchema: schema34.properties.bakeSeconds, data: data26 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.minSamples !== void 0) {
      let data27 = data.minSamples;
      if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
        const err79 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.minSamples.type, parentSchema: schema34.properties.minSamples, data: data27 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      if (typeof data27 == "number" && isFinite(data27)) {
        if (data27 < 3 || isNaN(data27)) {
          const err80 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 3 }, message: "must be >= 3", schema: 3, parentSchema: schema34.properties.minSamples, data: data27 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      }
    }
    if (data.decisiveSamples !== void 0) {
      let data28 = data.decisiveSamples;
      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
        const err81 = { instancePath: instancePath + "/decisiveSamples", schemaPath: "#/properties/decisiveSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.decisiveSamples.type, parentSchema: schema34.properties.decisiveSamples, data: data28 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      if (typeof data28 == "number" && isFinite(data28)) {
        if (data28 < 3 || isNaN(data28)) {
          const err82 = { instancePath: instancePath + "/decisiveSamples", schemaPath: "#/properties/decisiveSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 3 }, message: "must be >= 3", schema: 3, parentSchema: schema34.properties.decisiveSamples, data: data28 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
      }
    }
    if (data.minRequests !== void 0) {
      let data29 = data.minRequests;
      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
        const err83 = { instancePath: instancePath + "/minRequests", schemaPath: "#/properties/minRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.minRequests.type, parentSchema: schema34.properties.minRequests, data: data29 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      if (typeof data29 == "number" && isFinite(data29)) {
        if (data29 < 1 || isNaN(data29)) {
          const err84 = { instancePath: instancePath + "/minRequests", schemaPath: "#/properties/minRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.minRequests, data: data29 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
      }
    }
    if (data.confidence !== void 0) {
      let data30 = data.confidence;
      if (typeof data30 == "number" && isFinite(data30)) {
        if (data30 >= 1 || isNaN(data30)) {
          const err85 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema34.properties.confidence, data: data30 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data30 <= 0.5 || isNaN(data30)) {
          const err86 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema34.properties.confidence, data: data30 };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      } else {
        const err87 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.confidence.type, parentSchema: schema34.properties.confidence, data: data30 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data31 = data.provider;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.kind === void 0) {
          const err88 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema34.properties.provider.required, parentSchema: schema34.properties.provider, data: data31 };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        if (data31.url === void 0) {
          const err89 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema34.properties.provider.required, parentSchema: schema34.properties.provider, data: data31 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        for (const key7 in data31) {
          if (!(key7 === "kind" || key7 === "url" || key7 === "preset" || key7 === "stepSeconds" || key7 === "window" || key7 === "timeoutSeconds")) {
            const err90 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.provider, data: data31 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data31.kind !== void 0) {
          let data32 = data31.kind;
          if (!(data32 === "prometheus")) {
            const err91 = { instancePath: instancePath + "/provider/kind", schemaPath: "#/properties/provider/properties/kind/enum", keyword: "enum", params: { allowedValues: schema34.properties.provider.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.provider.properties.kind.enum, parentSchema: schema34.properties.provider.properties.kind, data: data32 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data31.url !== void 0) {
          let data33 = data31.url;
          if (typeof data33 === "string") {
            if (!formats0(data33)) {
              const err92 = { instancePath: instancePath + "/provider/url", schemaPath: "#/properties/provider/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema34.properties.provider.properties.url, data: data33 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          } else {
            const err93 = { instancePath: instancePath + "/provider/url", schemaPath: "#/properties/provider/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.provider.properties.url.type, parentSchema: schema34.properties.provider.properties.url, data: data33 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data31.preset !== void 0) {
          let data34 = data31.preset;
          if (!(data34 === "http" || data34 === "vllm" || data34 === "kserve")) {
            const err94 = { instancePath: instancePath + "/provider/preset", schemaPath: "#/properties/provider/properties/preset/enum", keyword: "enum", params: { allowedValues: schema34.properties.provider.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.provider.properties.preset.enum, parentSchema: schema34.properties.provider.properties.preset, data: data34 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data31.stepSeconds !== void 0) {
          let data35 = data31.stepSeconds;
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 <= 0 || isNaN(data35)) {
              const err95 = { instancePath: instancePath + "/provider/stepSeconds", schemaPath: "#/properties/provider/properties/stepSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.provider.properties.stepSeconds, data: data35 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          } else {
            const err96 = { instancePath: instancePath + "/provider/stepSeconds", schemaPath: "#/properties/provider/properties/stepSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.provider.properties.stepSeconds.type, parentSchema: schema34.properties.provider.properties.stepSeconds, data: data35 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data31.window !== void 0) {
          let data36 = data31.window;
          if (typeof data36 === "string") {
            if (!pattern18.test(data36)) {
              const err97 = { instancePath: instancePath + "/provider/window", schemaPath: "#/properties/provider/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h)$"', schema: "^[0-9]+(ms|s|m|h)$", parentSchema: schema34.properties.provider.properties.window, data: data36 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/provider/window", schemaPath: "#/properties/provider/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.provider.properties.window.type, parentSchema: schema34.properties.provider.properties.window, data: data36 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data31.timeoutSeconds !== void 0) {
          let data37 = data31.timeoutSeconds;
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 <= 0 || isNaN(data37)) {
              const err99 = { instancePath: instancePath + "/provider/timeoutSeconds", schemaPath: "#/properties/provider/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.provider.properties.timeoutSeconds, data: data37 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/provider/timeoutSeconds", schemaPath: "#/properties/provider/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.provider.properties.timeoutSeconds.type, parentSchema: schema34.properties.provider.properties.timeoutSeconds, data: data37 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.provider.type, parentSchema: schema34.properties.provider, data: data31 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data38 = data.metrics;
      if (Array.isArray(data38)) {
        if (data38.length < 1) {
          const err102 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.metrics, data: data38 };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        const len1 = data38.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data39 = data38[i1];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.name === void 0) {
              const err103 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.required, parentSchema: schema36, data: data39 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            for (const key8 in data39) {
              if (!func1.call(schema36.properties, key8)) {
                const err104 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data39 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data39.name !== void 0) {
              let data40 = data39.name;
              if (typeof data40 === "string") {
                if (!pattern19.test(data40)) {
                  const err105 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/$defs/deployCanaryMetric/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.:-]*$", parentSchema: schema36.properties.name, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/$defs/deployCanaryMetric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data40 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data39.query !== void 0) {
              let data41 = data39.query;
              if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                  const err107 = { instancePath: instancePath + "/metrics/" + i1 + "/query", schemaPath: "#/$defs/deployCanaryMetric/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.query, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              } else {
                const err108 = { instancePath: instancePath + "/metrics/" + i1 + "/query", schemaPath: "#/$defs/deployCanaryMetric/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.query.type, parentSchema: schema36.properties.query, data: data41 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data39.failed !== void 0) {
              let data42 = data39.failed;
              if (typeof data42 === "string") {
                if (func2(data42) < 1) {
                  const err109 = { instancePath: instancePath + "/metrics/" + i1 + "/failed", schemaPath: "#/$defs/deployCanaryMetric/properties/failed/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.failed, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              } else {
                const err110 = { instancePath: instancePath + "/metrics/" + i1 + "/failed", schemaPath: "#/$defs/deployCanaryMetric/properties/failed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.failed.type, parentSchema: schema36.properties.failed, data: data42 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data39.total !== void 0) {
              let data43 = data39.total;
              if (typeof data43 === "string") {
                if (func2(data43) < 1) {
                  const err111 = { instancePath: instancePath + "/metrics/" + i1 + "/total", schemaPath: "#/$defs/deployCanaryMetric/properties/total/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.total, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              } else {
                const err112 = { instancePath: instancePath + "/metrics/" + i1 + "/total", schemaPath: "#/$defs/deployCanaryMetric/properties/total/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.total.type, parentSchema: schema36.properties.total, data: data43 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data39.direction !== void 0) {
              let data44 = data39.direction;
              if (!(data44 === "increase" || data44 === "decrease")) {
                const err113 = { instancePath: instancePath + "/metrics/" + i1 + "/direction", schemaPath: "#/$defs/deployCanaryMetric/properties/direction/enum", keyword: "enum", params: { allowedValues: schema36.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.direction.enum, parentSchema: schema36.properties.direction, data: data44 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data39.scale !== void 0) {
              let data45 = data39.scale;
              if (!(data45 === "absolute" || data45 === "relative")) {
                const err114 = { instancePath: instancePath + "/metrics/" + i1 + "/scale", schemaPath: "#/$defs/deployCanaryMetric/properties/scale/enum", keyword: "enum", params: { allowedValues: schema36.properties.scale.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.scale.enum, parentSchema: schema36.properties.scale, data: data45 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data39.tolerance !== void 0) {
              let data46 = data39.tolerance;
              if (typeof data46 == "number" && isFinite(data46)) {
                if (data46 < 0 || isNaN(data46)) {
                  const err115 = { instancePath: instancePath + "/metrics/" + i1 + "/tolerance", schemaPath: "#/$defs/deployCanaryMetric/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.tolerance, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              } else {
                const err116 = { instancePath: instancePath + "/metrics/" + i1 + "/tolerance", schemaPath: "#/$defs/deployCanaryMetric/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties.tolerance.type, parentSchema: schema36.properties.tolerance, data: data46 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data39.threshold !== void 0) {
              let data47 = data39.threshold;
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 < 0 || isNaN(data47)) {
                  const err117 = { instancePath: instancePath + "/metrics/" + i1 + "/threshold", schemaPath: "#/$defs/deployCanaryMetric/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.threshold, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              } else {
                const err118 = { instancePath: instancePath + "/metrics/" + i1 + "/threshold", schemaPath: "#/$defs/deployCanaryMetric/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties.threshold.type, parentSchema: schema36.properties.threshold, data: data47 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data39.critical !== void 0) {
              let data48 = data39.critical;
              if (typeof data48 !== "boolean") {
                const err119 = { instancePath: instancePath + "/metrics/" + i1 + "/critical", schemaPath: "#/$defs/deployCanaryMetric/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.critical.type, parentSchema: schema36.properties.critical, data: data48 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
          } else {
            const err120 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/$defs/deployCanaryMetric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data39 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
      } else {
        const err121 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.metrics.type, parentSchema: schema34.properties.metrics, data: data38 };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
  } else {
    const err122 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err122];
    } else {
      vErrors.push(err122);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.deploy !== void 0) {
      let data0 = data.deploy;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.service === void 0) {
          const err0 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.slots === void 0) {
          const err1 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func1.call(schema31.properties.deploy.properties, key0)) {
            const err2 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.namespace !== void 0) {
          let data1 = data0.namespace;
          if (typeof data1 === "string") {
            if (func2(data1) > 63) {
              const err3 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.namespace, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err4 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.namespace, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.namespace.type, parentSchema: schema31.properties.deploy.properties.namespace, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.service !== void 0) {
          let data2 = data0.service;
          if (typeof data2 === "string") {
            if (func2(data2) > 63) {
              const err6 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.service, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err7 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.service, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.service.type, parentSchema: schema31.properties.deploy.properties.service, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.slotKey !== void 0) {
          let data3 = data0.slotKey;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.slotKey, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.slotKey.type, parentSchema: schema31.properties.deploy.properties.slotKey, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.slots !== void 0) {
          let data4 = data0.slots;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.blue === void 0) {
              const err11 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "blue" }, message: "must have required property 'blue'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data4.green === void 0) {
              const err12 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "green" }, message: "must have required property 'green'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "blue" || key1 === "green")) {
                const err13 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.slots, data: data4 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.blue !== void 0) {
              let data5 = data4.blue;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.selector === void 0) {
                  const err14 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema32.required, parentSchema: schema32, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data5.deployments === void 0) {
                  const err15 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema32.required, parentSchema: schema32, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                for (const key2 in data5) {
                  if (!(key2 === "selector" || key2 === "deployments" || key2 === "url")) {
                    const err16 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data5.selector !== void 0) {
                  let data6 = data5.selector;
                  if (typeof data6 === "string") {
                    if (func2(data6) > 63) {
                      const err17 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema32.properties.selector, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (func2(data6) < 1) {
                      const err18 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.selector, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (!pattern6.test(data6)) {
                      const err19 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema32.properties.selector, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.selector.type, parentSchema: schema32.properties.selector, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data5.deployments !== void 0) {
                  let data7 = data5.deployments;
                  if (Array.isArray(data7)) {
                    if (data7.length < 1) {
                      const err21 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.deployments, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    const len0 = data7.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data8 = data7[i0];
                      if (typeof data8 === "string") {
                        if (func2(data8) < 1) {
                          const err22 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i0, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.deployments.items, data: data8 };
                          if (vErrors === null) {
                            vErrors = [err22];
                          } else {
                            vErrors.push(err22);
                          }
                          errors++;
                        }
                      } else {
                        const err23 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i0, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.deployments.items.type, parentSchema: schema32.properties.deployments.items, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.deployments.type, parentSchema: schema32.properties.deployments, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data5.url !== void 0) {
                  let data9 = data5.url;
                  if (typeof data9 === "string") {
                    if (!formats0(data9)) {
                      const err25 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema32.properties.url, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.url.type, parentSchema: schema32.properties.url, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data5 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data4.green !== void 0) {
              let data10 = data4.green;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.selector === void 0) {
                  const err28 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema32.required, parentSchema: schema32, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data10.deployments === void 0) {
                  const err29 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema32.required, parentSchema: schema32, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                for (const key3 in data10) {
                  if (!(key3 === "selector" || key3 === "deployments" || key3 === "url")) {
                    const err30 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data10.selector !== void 0) {
                  let data11 = data10.selector;
                  if (typeof data11 === "string") {
                    if (func2(data11) > 63) {
                      const err31 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema32.properties.selector, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    if (func2(data11) < 1) {
                      const err32 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.selector, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    if (!pattern6.test(data11)) {
                      const err33 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema32.properties.selector, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.selector.type, parentSchema: schema32.properties.selector, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data10.deployments !== void 0) {
                  let data12 = data10.deployments;
                  if (Array.isArray(data12)) {
                    if (data12.length < 1) {
                      const err35 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.deployments, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                    const len1 = data12.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data13 = data12[i1];
                      if (typeof data13 === "string") {
                        if (func2(data13) < 1) {
                          const err36 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.deployments.items, data: data13 };
                          if (vErrors === null) {
                            vErrors = [err36];
                          } else {
                            vErrors.push(err36);
                          }
                          errors++;
                        }
                      } else {
                        const err37 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.deployments.items.type, parentSchema: schema32.properties.deployments.items, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.deployments.type, parentSchema: schema32.properties.deployments, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data10.url !== void 0) {
                  let data14 = data10.url;
                  if (typeof data14 === "string") {
                    if (!formats0(data14)) {
                      const err39 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema32.properties.url, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.url.type, parentSchema: schema32.properties.url, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data10 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.slots.type, parentSchema: schema31.properties.deploy.properties.slots, data: data4 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data0.lease !== void 0) {
          let data15 = data0.lease;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key4 in data15) {
              if (!(key4 === "name" || key4 === "durationSeconds")) {
                const err43 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lease, data: data15 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data15.name !== void 0) {
              let data16 = data15.name;
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err44 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.lease.properties.name.type, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data16 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data15.durationSeconds !== void 0) {
              let data17 = data15.durationSeconds;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                const err46 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lease.properties.durationSeconds.type, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data17 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 5 || isNaN(data17)) {
                  const err47 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lease.type, parentSchema: schema31.properties.deploy.properties.lease, data: data15 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data0.warmup !== void 0) {
          let data18 = data0.warmup;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key5 in data18) {
              if (!(key5 === "windowSize" || key5 === "marginPercent" || key5 === "maxRequests" || key5 === "maxSeconds" || key5 === "concurrency")) {
                const err49 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.warmup, data: data18 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data18.windowSize !== void 0) {
              let data19 = data18.windowSize;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err50 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.windowSize.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data19 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 2 || isNaN(data19)) {
                  const err51 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              }
            }
            if (data18.marginPercent !== void 0) {
              let data20 = data18.marginPercent;
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 <= 0 || isNaN(data20)) {
                  const err52 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.marginPercent.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data20 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data18.maxRequests !== void 0) {
              let data21 = data18.maxRequests;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err54 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.maxRequests.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data21 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err55 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
            if (data18.maxSeconds !== void 0) {
              let data22 = data18.maxSeconds;
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 <= 0 || isNaN(data22)) {
                  const err56 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.maxSeconds.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data22 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data18.concurrency !== void 0) {
              let data23 = data18.concurrency;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err58 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.concurrency.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data23 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 1 || isNaN(data23)) {
                  const err59 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.warmup.type, parentSchema: schema31.properties.deploy.properties.warmup, data: data18 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data0.watch !== void 0) {
          let data24 = data0.watch;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key6 in data24) {
              if (!(key6 === "seconds" || key6 === "intervalSeconds" || key6 === "maxFailures")) {
                const err61 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.watch, data: data24 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data24.seconds !== void 0) {
              let data25 = data24.seconds;
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err62 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.seconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data25 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data24.intervalSeconds !== void 0) {
              let data26 = data24.intervalSeconds;
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 <= 0 || isNaN(data26)) {
                  const err64 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.intervalSeconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data26 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data24.maxFailures !== void 0) {
              let data27 = data24.maxFailures;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err66 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.watch.properties.maxFailures.type, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data27 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 1 || isNaN(data27)) {
                  const err67 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.watch.type, parentSchema: schema31.properties.deploy.properties.watch, data: data24 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data0.historyLimit !== void 0) {
          let data28 = data0.historyLimit;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err69 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.historyLimit.type, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data28 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 50 || isNaN(data28)) {
              const err70 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data28 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data28 < 1 || isNaN(data28)) {
              const err71 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data28 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
        if (data0.lint !== void 0) {
          let data29 = data0.lint;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key7 in data29) {
              if (!(key7 === "minGracePeriodSeconds" || key7 === "minPreStopSeconds" || key7 === "requireStartupProbe")) {
                const err72 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lint, data: data29 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data29.minGracePeriodSeconds !== void 0) {
              let data30 = data29.minGracePeriodSeconds;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                const err73 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data30 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 < 0 || isNaN(data30)) {
                  const err74 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            }
            if (data29.minPreStopSeconds !== void 0) {
              let data31 = data29.minPreStopSeconds;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err75 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data31 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 0 || isNaN(data31)) {
                  const err76 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
            }
            if (data29.requireStartupProbe !== void 0) {
              let data32 = data29.requireStartupProbe;
              if (typeof data32 !== "boolean") {
                const err77 = { instancePath: instancePath + "/deploy/lint/requireStartupProbe", schemaPath: "#/properties/deploy/properties/lint/properties/requireStartupProbe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe.type, parentSchema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe, data: data32 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lint.type, parentSchema: schema31.properties.deploy.properties.lint, data: data29 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data0.canary !== void 0) {
          if (!validate21(data0.canary, { instancePath: instancePath + "/deploy/canary", parentData: data0, parentDataProperty: "canary", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data0.windows !== void 0) {
          let data34 = data0.windows;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.open === void 0) {
              const err79 = { instancePath: instancePath + "/deploy/windows", schemaPath: "#/$defs/deployWindows/required", keyword: "required", params: { missingProperty: "open" }, message: "must have required property 'open'", schema: schema37.required, parentSchema: schema37, data: data34 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            for (const key8 in data34) {
              if (!(key8 === "timeZone" || key8 === "open" || key8 === "waitMinutes")) {
                const err80 = { instancePath: instancePath + "/deploy/windows", schemaPath: "#/$defs/deployWindows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data: data34 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data34.timeZone !== void 0) {
              let data35 = data34.timeZone;
              if (typeof data35 === "string") {
                if (func2(data35) < 1) {
                  const err81 = { instancePath: instancePath + "/deploy/windows/timeZone", schemaPath: "#/$defs/deployWindows/properties/timeZone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.timeZone, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/deploy/windows/timeZone", schemaPath: "#/$defs/deployWindows/properties/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.timeZone.type, parentSchema: schema37.properties.timeZone, data: data35 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data34.open !== void 0) {
              let data36 = data34.open;
              if (Array.isArray(data36)) {
                if (data36.length < 1) {
                  const err83 = { instancePath: instancePath + "/deploy/windows/open", schemaPath: "#/$defs/deployWindows/properties/open/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.properties.open, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                const len2 = data36.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data37 = data36[i2];
                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    if (data37.days === void 0) {
                      const err84 = { instancePath: instancePath + "/deploy/windows/open/" + i2, schemaPath: "#/$defs/deployWindows/properties/open/items/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema37.properties.open.items.required, parentSchema: schema37.properties.open.items, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                    if (data37.hours === void 0) {
                      const err85 = { instancePath: instancePath + "/deploy/windows/open/" + i2, schemaPath: "#/$defs/deployWindows/properties/open/items/required", keyword: "required", params: { missingProperty: "hours" }, message: "must have required property 'hours'", schema: schema37.properties.open.items.required, parentSchema: schema37.properties.open.items, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                    for (const key9 in data37) {
                      if (!(key9 === "days" || key9 === "hours")) {
                        const err86 = { instancePath: instancePath + "/deploy/windows/open/" + i2, schemaPath: "#/$defs/deployWindows/properties/open/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.open.items, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data37.days !== void 0) {
                      let data38 = data37.days;
                      if (Array.isArray(data38)) {
                        if (data38.length < 1) {
                          const err87 = { instancePath: instancePath + "/deploy/windows/open/" + i2 + "/days", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.properties.open.items.properties.days, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                        const len3 = data38.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data39 = data38[i3];
                          if (typeof data39 === "string") {
                            if (!pattern20.test(data39)) {
                              const err88 = { instancePath: instancePath + "/deploy/windows/open/" + i2 + "/days/" + i3, schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/items/pattern", keyword: "pattern", params: { pattern: "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$" }, message: 'must match pattern "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$"', schema: "^(sun|mon|tue|wed|thu|fri|sat)(-(sun|mon|tue|wed|thu|fri|sat))?$", parentSchema: schema37.properties.open.items.properties.days.items, data: data39 };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                          } else {
                            const err89 = { instancePath: instancePath + "/deploy/windows/open/" + i2 + "/days/" + i3, schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.open.items.properties.days.items.type, parentSchema: schema37.properties.open.items.properties.days.items, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/deploy/windows/open/" + i2 + "/days", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.open.items.properties.days.type, parentSchema: schema37.properties.open.items.properties.days, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    if (data37.hours !== void 0) {
                      let data40 = data37.hours;
                      if (typeof data40 === "string") {
                        if (!pattern21.test(data40)) {
                          const err91 = { instancePath: instancePath + "/deploy/windows/open/" + i2 + "/hours", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/hours/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"', schema: "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", parentSchema: schema37.properties.open.items.properties.hours, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                      } else {
                        const err92 = { instancePath: instancePath + "/deploy/windows/open/" + i2 + "/hours", schemaPath: "#/$defs/deployWindows/properties/open/items/properties/hours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.open.items.properties.hours.type, parentSchema: schema37.properties.open.items.properties.hours, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err93 = { instancePath: instancePath + "/deploy/windows/open/" + i2, schemaPath: "#/$defs/deployWindows/properties/open/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.open.items.type, parentSchema: schema37.properties.open.items, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/deploy/windows/open", schemaPath: "#/$defs/deployWindows/properties/open/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.open.type, parentSchema: schema37.properties.open, data: data36 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data34.waitMinutes !== void 0) {
              let data41 = data34.waitMinutes;
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 < 0 || isNaN(data41)) {
                  const err95 = { instancePath: instancePath + "/deploy/windows/waitMinutes", schemaPath: "#/$defs/deployWindows/properties/waitMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties.waitMinutes, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              } else {
                const err96 = { instancePath: instancePath + "/deploy/windows/waitMinutes", schemaPath: "#/$defs/deployWindows/properties/waitMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.waitMinutes.type, parentSchema: schema37.properties.waitMinutes, data: data41 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/deploy/windows", schemaPath: "#/$defs/deployWindows/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data34 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data0.standby !== void 0) {
          let data42 = data0.standby;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key10 in data42) {
              if (!(key10 === "minReplicas" || key10 === "rollbackWindowSeconds" || key10 === "readyTimeoutSeconds")) {
                const err98 = { instancePath: instancePath + "/deploy/standby", schemaPath: "#/$defs/deployStandby/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data42 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data42.minReplicas !== void 0) {
              let data43 = data42.minReplicas;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                const err99 = { instancePath: instancePath + "/deploy/standby/minReplicas", schemaPath: "#/$defs/deployStandby/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties.minReplicas.type, parentSchema: schema38.properties.minReplicas, data: data43 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
              if (typeof data43 == "number" && isFinite(data43)) {
                if (data43 < 0 || isNaN(data43)) {
                  const err100 = { instancePath: instancePath + "/deploy/standby/minReplicas", schemaPath: "#/$defs/deployStandby/properties/minReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema38.properties.minReplicas, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            }
            if (data42.rollbackWindowSeconds !== void 0) {
              let data44 = data42.rollbackWindowSeconds;
              if (typeof data44 == "number" && isFinite(data44)) {
                if (data44 < 0 || isNaN(data44)) {
                  const err101 = { instancePath: instancePath + "/deploy/standby/rollbackWindowSeconds", schemaPath: "#/$defs/deployStandby/properties/rollbackWindowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema38.properties.rollbackWindowSeconds, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              } else {
                const err102 = { instancePath: instancePath + "/deploy/standby/rollbackWindowSeconds", schemaPath: "#/$defs/deployStandby/properties/rollbackWindowSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.rollbackWindowSeconds.type, parentSchema: schema38.properties.rollbackWindowSeconds, data: data44 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data42.readyTimeoutSeconds !== void 0) {
              let data45 = data42.readyTimeoutSeconds;
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 <= 0 || isNaN(data45)) {
                  const err103 = { instancePath: instancePath + "/deploy/standby/readyTimeoutSeconds", schemaPath: "#/$defs/deployStandby/properties/readyTimeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema38.properties.readyTimeoutSeconds, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              } else {
                const err104 = { instancePath: instancePath + "/deploy/standby/readyTimeoutSeconds", schemaPath: "#/$defs/deployStandby/properties/readyTimeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.readyTimeoutSeconds.type, parentSchema: schema38.properties.readyTimeoutSeconds, data: data45 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          } else {
            const err105 = { instancePath: instancePath + "/deploy/standby", schemaPath: "#/$defs/deployStandby/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data42 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        if (data0.drain !== void 0) {
          let data46 = data0.drain;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key11 in data46) {
              if (!(key11 === "timeoutSeconds" || key11 === "quietSeconds" || key11 === "markSeconds" || key11 === "cookieName" || key11 === "requests")) {
                const err106 = { instancePath: instancePath + "/deploy/drain", schemaPath: "#/$defs/deployDrain/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data: data46 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data46.timeoutSeconds !== void 0) {
              let data47 = data46.timeoutSeconds;
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 <= 0 || isNaN(data47)) {
                  const err107 = { instancePath: instancePath + "/deploy/drain/timeoutSeconds", schemaPath: "#/$defs/deployDrain/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema39.properties.timeoutSeconds, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              } else {
                const err108 = { instancePath: instancePath + "/deploy/drain/timeoutSeconds", schemaPath: "#/$defs/deployDrain/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.timeoutSeconds.type, parentSchema: schema39.properties.timeoutSeconds, data: data47 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data46.quietSeconds !== void 0) {
              let data48 = data46.quietSeconds;
              if (typeof data48 == "number" && isFinite(data48)) {
                if (data48 <= 0 || isNaN(data48)) {
                  const err109 = { instancePath: instancePath + "/deploy/drain/quietSeconds", schemaPath: "#/$defs/deployDrain/properties/quietSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema39.properties.quietSeconds, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              } else {
                const err110 = { instancePath: instancePath + "/deploy/drain/quietSeconds", schemaPath: "#/$defs/deployDrain/properties/quietSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.quietSeconds.type, parentSchema: schema39.properties.quietSeconds, data: data48 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data46.markSeconds !== void 0) {
              let data49 = data46.markSeconds;
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 < 0 || isNaN(data49)) {
                  const err111 = { instancePath: instancePath + "/deploy/drain/markSeconds", schemaPath: "#/$defs/deployDrain/properties/markSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.markSeconds, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              } else {
                const err112 = { instancePath: instancePath + "/deploy/drain/markSeconds", schemaPath: "#/$defs/deployDrain/properties/markSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.markSeconds.type, parentSchema: schema39.properties.markSeconds, data: data49 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data46.cookieName !== void 0) {
              let data50 = data46.cookieName;
              if (typeof data50 === "string") {
                if (!pattern13.test(data50)) {
                  const err113 = { instancePath: instancePath + "/deploy/drain/cookieName", schemaPath: "#/$defs/deployDrain/properties/cookieName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema39.properties.cookieName, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
              } else {
                const err114 = { instancePath: instancePath + "/deploy/drain/cookieName", schemaPath: "#/$defs/deployDrain/properties/cookieName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.cookieName.type, parentSchema: schema39.properties.cookieName, data: data50 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data46.requests !== void 0) {
              let data51 = data46.requests;
              if (typeof data51 === "string") {
                if (func2(data51) < 1) {
                  const err115 = { instancePath: instancePath + "/deploy/drain/requests", schemaPath: "#/$defs/deployDrain/properties/requests/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.requests, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              } else {
                const err116 = { instancePath: instancePath + "/deploy/drain/requests", schemaPath: "#/$defs/deployDrain/properties/requests/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.requests.type, parentSchema: schema39.properties.requests, data: data51 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/deploy/drain", schemaPath: "#/$defs/deployDrain/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data46 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.type, parentSchema: schema31.properties.deploy, data: data0 };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
  } else {
    const err119 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err119];
    } else {
      vErrors.push(err119);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "deploy": true }, "dynamicProps": false, "dynamicItems": false };
function deployValidator() {
  return validate;
}

// src/delivery/deploy-config.ts
var SLOT_NAMES = ["blue", "green"];
var DEPLOY_SCHEMA = manifest_schema_default.properties.deploy;
var DEFS = manifest_schema_default.$defs;
function schemaDefault(path) {
  let node = DEPLOY_SCHEMA;
  for (const key of path) {
    if (node?.$ref) node = DEFS[node.$ref.replace("#/$defs/", "")];
    node = key === "*" ? node?.items : node?.properties?.[key];
  }
  if (node?.default === void 0) throw new Error(`the manifest schema has no default for deploy.${path.join(".")}`);
  return node.default;
}
function validateDeploySection(raw, manifestFile, locate) {
  const where = (path) => locate?.(path) ?? { file: manifestFile };
  if (raw === void 0 || raw === null) {
    throw new UserError(
      "deploy: missing: promote, rollback, status and lint need a deploy section",
      where([]),
      "add deploy: { service, slots: { blue, green } }"
    );
  }
  const validate2 = deployValidator();
  const data = { deploy: raw };
  if (!validate2(data)) {
    const [first] = schemaProblems(validate2.errors ?? [], data);
    const path = first?.path ?? ["deploy"];
    throw new UserError(`${formatPath(path)} ${first?.message ?? "does not match the schema"}`, where(path.slice(1)));
  }
  const section = raw;
  if (section.slots.blue.selector === section.slots.green.selector) {
    throw new UserError(
      `deploy.slots.green.selector: blue and green use the same selector value "${section.slots.blue.selector}"`,
      where(["slots", "green", "selector"]),
      "give each slot its own value of the slot key, e.g. blue and green"
    );
  }
  return section;
}
function withDeployDefaults(section, windows) {
  const d = (path, given) => given === void 0 ? schemaDefault(path) : given;
  const slot = (s) => ({ selector: s.selector, deployments: [...s.deployments], ...s.url !== void 0 ? { url: s.url } : {} });
  const { warmup = {}, watch = {}, lint = {}, lease = {}, standby } = section;
  return {
    namespace: d(["namespace"], section.namespace),
    service: section.service,
    slotKey: d(["slotKey"], section.slotKey),
    slots: { blue: slot(section.slots.blue), green: slot(section.slots.green) },
    lease: { name: lease.name ?? `shadowgate-${section.service}`, durationSeconds: d(["lease", "durationSeconds"], lease.durationSeconds) },
    warmup: {
      windowSize: d(["warmup", "windowSize"], warmup.windowSize),
      marginPercent: d(["warmup", "marginPercent"], warmup.marginPercent),
      maxRequests: d(["warmup", "maxRequests"], warmup.maxRequests),
      maxSeconds: d(["warmup", "maxSeconds"], warmup.maxSeconds),
      concurrency: d(["warmup", "concurrency"], warmup.concurrency)
    },
    watch: {
      seconds: d(["watch", "seconds"], watch.seconds),
      intervalSeconds: d(["watch", "intervalSeconds"], watch.intervalSeconds),
      maxFailures: d(["watch", "maxFailures"], watch.maxFailures)
    },
    historyLimit: d(["historyLimit"], section.historyLimit),
    lint: {
      minGracePeriodSeconds: d(["lint", "minGracePeriodSeconds"], lint.minGracePeriodSeconds),
      minPreStopSeconds: d(["lint", "minPreStopSeconds"], lint.minPreStopSeconds),
      requireStartupProbe: d(["lint", "requireStartupProbe"], lint.requireStartupProbe)
    },
    ...windows ? { windows } : {},
    ...standby ? {
      standby: {
        minReplicas: d(["standby", "minReplicas"], standby.minReplicas),
        rollbackWindowSeconds: d(["standby", "rollbackWindowSeconds"], standby.rollbackWindowSeconds),
        readyTimeoutSeconds: d(["standby", "readyTimeoutSeconds"], standby.readyTimeoutSeconds)
      }
    } : {}
  };
}
function parseDeployConfig(raw, manifestFile, locate) {
  const section = validateDeploySection(raw, manifestFile, locate);
  return withDeployDefaults(section, parseDeployWindows(raw, manifestFile, locate));
}
function slotOfSelector(config, value) {
  return SLOT_NAMES.find((name) => config.slots[name].selector === value);
}
function otherSlot(slot) {
  return slot === "blue" ? "green" : "blue";
}

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
    {
      name: "latency_p99",
      query: p99("http_request_duration_seconds"),
      direction: "increase",
      scale: "relative",
      tolerance: 0.05,
      threshold: 0.2,
      critical: true
    }
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
    {
      name: "latency_p99",
      query: p99("vllm:e2e_request_latency_seconds"),
      direction: "increase",
      scale: "relative",
      tolerance: 0.05,
      threshold: 0.2,
      critical: true
    },
    {
      name: "ttft_p99",
      query: p99("vllm:time_to_first_token_seconds"),
      direction: "increase",
      scale: "relative",
      tolerance: 0.05,
      threshold: 0.2,
      critical: true
    },
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
var ROUTER_KINDS = ["gateway-api", "istio", "flagd", "replica-ratio"];
var ROUTERS_WITH_MATCHES = ["gateway-api", "istio", "flagd"];
var DEFAULT_RUNGS = schemaDefault(["canary", "rungs"]);
var canaryDefault = (...path) => schemaDefault(["canary", ...path]);
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
    throw new UserError(
      "the manifest has no deploy.canary section, which the canary commands need",
      locate?.([]) ?? { file: manifestFile },
      'see README: "Canary ladder"'
    );
  }
  const router = raw.router;
  const kind = router.kind;
  if (!ROUTER_KINDS.includes(kind)) fail(["router", "kind"], `unknown router "${kind}" (expected one of: ${ROUTER_KINDS.join(", ")})`);
  if (router.destinationRule !== void 0 && kind !== "istio")
    fail(["router", "destinationRule"], `DestinationRule subsets need the istio router (router.kind is ${kind})`);
  if (kind === "replica-ratio") {
    if (router.name !== void 0 && router.name !== deploy.service) {
      fail(
        ["router", "name"],
        `the replica-ratio router steers the live Service "${deploy.service}" itself; name is "${String(router.name)}"`,
        "drop router.name, or set it to deploy.service"
      );
    }
    if (router.readyTimeoutSeconds !== void 0 && router.readyTimeoutSeconds >= deploy.lease.durationSeconds) {
      fail(
        ["router", "readyTimeoutSeconds"],
        `${String(router.readyTimeoutSeconds)} s is not shorter than the Lease (deploy.lease.durationSeconds ${deploy.lease.durationSeconds}), which advance holds while it waits`
      );
    }
    for (const slot of ["blue", "green"]) {
      if (deploy.slots[slot].deployments.length !== 1) {
        throw new UserError(
          `deploy.slots.${slot}.deployments: the replica-ratio router sizes one Deployment per slot; ${slot} lists ${deploy.slots[slot].deployments.length}`,
          locate?.(["slots", slot, "deployments"]) ?? { file: manifestFile }
        );
      }
    }
  } else {
    if (router.name === void 0) fail(["router"], `router.name is required for the ${kind} router`);
    for (const key of ["tolerance", "readyTimeoutSeconds"])
      if (router[key] !== void 0) fail(["router", key], `${key} applies to the replica-ratio router only (router.kind is ${kind})`);
  }
  const services = raw.services;
  if (!services && kind !== "replica-ratio") {
    fail(
      ["services"],
      `is required for the ${kind} router: each slot's own Service is the candidate's backend (only replica-ratio, which steers deploy.service itself, does without)`
    );
  }
  if (services && services.blue === services.green) fail(["services", "green"], `blue and green name the same Service "${services.blue}"`);
  for (const slot of ["blue", "green"]) {
    if (services && services[slot] === deploy.service) {
      fail(["services", slot], `"${services[slot]}" is the live Service; each slot needs its own Service so the candidate backend reaches only that slot`);
    }
  }
  const affinity = raw.sessionAffinity;
  if (affinity && kind !== "gateway-api" && kind !== "istio")
    fail(["sessionAffinity"], `sticky sessions need the gateway-api or istio router (router.kind is ${kind})`);
  const given = raw.rungs ?? DEFAULT_RUNGS;
  const segments = [];
  const rungs = [];
  given.forEach((item, i) => {
    if (typeof item === "number") {
      if (rungs.length > 0 && item <= rungs[rungs.length - 1])
        fail(["rungs", i], `rungs must be strictly increasing (${rungs[rungs.length - 1]} then ${item})`);
      rungs.push(item);
      return;
    }
    if (!ROUTERS_WITH_MATCHES.includes(kind)) {
      fail(
        ["rungs", i],
        `segment rungs need a router that matches headers or cookies (router.kind ${kind} does not)`,
        `use one of: ${ROUTERS_WITH_MATCHES.join(", ")}, or weights only`
      );
    }
    if (rungs.length > 0)
      fail(
        ["rungs", i],
        `segment "${String(item.segment)}" comes after a percentage; segment rungs come first`,
        "list the segments, then the weights: [{ segment: internal, \u2026 }, 1, 5, 25]"
      );
    if (item.header === void 0 === (item.cookie === void 0))
      fail(["rungs", i], `segment "${String(item.segment)}" needs exactly one of header or cookie`);
    const name = String(item.segment);
    const seen = segments.findIndex((s) => s.segment === name);
    if (seen >= 0) fail(["rungs", i, "segment"], `segment "${name}" is listed twice`);
    const match = item.header ?? item.cookie;
    if (kind === "istio" && item.header && match.name !== match.name.toLowerCase()) {
      fail(["rungs", i, "header", "name"], `Istio matches header names in lower case: write "${match.name.toLowerCase()}"`);
    }
    segments.push({
      segment: name,
      ...item.header ? { header: { name: match.name, value: match.value } } : { cookie: { name: match.name, value: match.value } }
    });
  });
  const p = raw.provider;
  const provider = {
    kind: "prometheus",
    url: String(p.url).replace(/\/+$/, ""),
    preset: p.preset ?? canaryDefault("provider", "preset"),
    stepSeconds: p.stepSeconds ?? canaryDefault("provider", "stepSeconds"),
    window: p.window ?? canaryDefault("provider", "window"),
    timeoutSeconds: p.timeoutSeconds ?? canaryDefault("provider", "timeoutSeconds")
  };
  const bakeSeconds = raw.bakeSeconds ?? canaryDefault("bakeSeconds");
  if (bakeSeconds * 1e3 <= windowMs(provider.window)) {
    fail(
      ["bakeSeconds"],
      `${bakeSeconds} s is not longer than the rate window provider.window (${provider.window}); each point's window must fit inside the bake`
    );
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
    const scale = m.scale ?? (proportion ? "absolute" : canaryDefault("metrics", "*", "scale"));
    return {
      name: String(m.name),
      ...proportion ? { failed: String(m.failed), total: String(m.total) } : { query: String(m.query) },
      direction: m.direction ?? canaryDefault("metrics", "*", "direction"),
      scale,
      tolerance: m.tolerance ?? (scale === "relative" ? 0.05 : proportion ? 5e-3 : 0),
      threshold: m.threshold ?? (scale === "relative" ? 0.2 : proportion ? 0.01 : 0),
      critical: m.critical ?? canaryDefault("metrics", "*", "critical")
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
      name: String(router.name ?? deploy.service),
      rule: router.rule ?? canaryDefault("router", "rule"),
      ...router.key !== void 0 ? { configKey: String(router.key) } : {},
      ...router.flag !== void 0 ? { flag: String(router.flag) } : {},
      ...router.destinationRule !== void 0 ? { destinationRule: String(router.destinationRule) } : {},
      ...router.tolerance !== void 0 ? { tolerance: router.tolerance } : {},
      // Inside the Lease advance holds while it waits (600 s, or 80 % of a shorter Lease).
      ...kind === "replica-ratio" ? {
        readyTimeoutSeconds: router.readyTimeoutSeconds ?? Math.min(canaryDefault("router", "readyTimeoutSeconds"), deploy.lease.durationSeconds * 0.8)
      } : {}
    },
    ...services ? { services } : {},
    rungs,
    segments,
    bakeSeconds,
    minSamples: raw.minSamples ?? canaryDefault("minSamples"),
    ...raw.decisiveSamples !== void 0 ? { decisiveSamples: raw.decisiveSamples } : {},
    minRequests: raw.minRequests ?? canaryDefault("minRequests"),
    confidence: raw.confidence ?? canaryDefault("confidence"),
    provider,
    metrics,
    ...affinity ? {
      sessionAffinity: {
        cookieName: affinity.cookieName ?? canaryDefault("sessionAffinity", "cookieName"),
        maxAgeSeconds: affinity.maxAgeSeconds ?? canaryDefault("sessionAffinity", "maxAgeSeconds")
      }
    } : {}
  };
}

export {
  parseDeployWindows,
  awaitDeployWindow,
  SLOT_NAMES,
  schemaDefault,
  parseDeployConfig,
  slotOfSelector,
  otherSlot,
  PLACEHOLDERS,
  unknownPlaceholders,
  fillTemplate,
  windowMs,
  parseCanaryConfig
};
