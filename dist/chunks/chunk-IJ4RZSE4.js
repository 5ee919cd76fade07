import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  isAbsolute,
  join
} from "./chunk-TGHP6UX4.js";
import {
  addReplayEvidence,
  addedPinText,
  applyReview,
  checkLockOf,
  loweringText,
  reviewVersions,
  withIds
} from "./chunk-Y6FMUFIB.js";
import {
  answerForTask,
  compileJsonTemplate,
  compileLlmSettings,
  compileTemplate,
  extractLabel,
  extractNumber,
  isDeepStrictEqual,
  loadAjv,
  loadedAjv,
  lookup,
  parseJsonText,
  pointerToken,
  priceOf,
  refusalRate,
  renderJsonTemplate,
  renderTemplate,
  resolveSide,
  schemaErrorReason,
  taskSuccess,
  validatorFor,
  withAjv
} from "./chunk-6YVPLQAN.js";
import {
  MANIFEST_DEFAULTS
} from "./chunk-56KD5MON.js";
import {
  createInterface,
  node_http_default,
  setTimeout as setTimeout2
} from "./chunk-JMK6UP5D.js";
import {
  posix
} from "./chunk-3SVHRZ5Y.js";
import {
  commonMetrics,
  describeDivergence,
  describeFailures,
  judge
} from "./chunk-STODWVS3.js";
import {
  NumberColumn,
  addCounts,
  agreementMetric,
  binaryMetric,
  bothOk,
  countBinary,
  finishAgreement,
  finishBinary,
  finiteOrNull,
  initAgreement,
  initBinary,
  mean,
  mergeAgreement,
  mergeBinary,
  meta,
  pairedMetric,
  sortedCopy,
  stdPopulation,
  topCounts
} from "./chunk-FWXRZIWZ.js";
import {
  canonicalJson,
  createHash
} from "./chunk-EVE2IKAV.js";
import {
  dirname
} from "./chunk-IB2T7PNP.js";
import {
  WHOLE,
  describeShard,
  shardFilter
} from "./chunk-QSZ4LTE2.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// node-builtin:node:fs?createReadStream
var builtin = process.getBuiltinModule("node:fs");
var createReadStream = builtin.createReadStream;

// node-builtin:node:path?isAbsolute,join,resolve
var builtin2 = process.getBuiltinModule("node:path");
var isAbsolute2 = builtin2.isAbsolute;
var join2 = builtin2.join;
var resolve = builtin2.resolve;

// src/commands/shadow.ts
import { setFlagsFromString } from "node:v8";

// src/surfaces/request.ts
var compiledBySide = /* @__PURE__ */ new WeakMap();
function compiled(side) {
  let c = compiledBySide.get(side);
  if (!c) {
    const { prompt } = side.manifest;
    const { http } = side.manifest.model;
    c = {
      ...side.systemTemplate !== void 0 ? { system: compileTemplate(side.systemTemplate, prompt?.system ?? "prompt.system") } : {},
      ...side.userTemplate !== void 0 ? { user: compileTemplate(side.userTemplate, prompt?.user ?? "prompt.user") } : {},
      ...http ? { body: compileJsonTemplate(http.body, `${side.manifestPath} (model.http.body)`) } : {}
    };
    compiledBySide.set(side, c);
  }
  return c;
}
function placeOf(side, record3) {
  return { file: side.manifest.shadow.dataset, line: record3.line };
}
function recordError(place, message, hint) {
  return new UserError(message, { file: place.file, line: place.line }, hint);
}
function field(record3, path) {
  return lookup(record3.data, path.split("."));
}
function documentsBlock(side, record3, place) {
  const spec = side.manifest.context?.documents;
  if (!spec) return void 0;
  const { found, value } = field(record3, spec.field);
  if (!found || value === null) return void 0;
  if (!Array.isArray(value)) throw recordError(place, `field "${spec.field}" (context.documents) must be a list of documents (got ${typeof value})`);
  const texts = value.map((doc, i) => {
    if (typeof doc === "string") return `[${i + 1}] ${doc}`;
    if (doc !== null && typeof doc === "object" && typeof doc.text === "string") {
      const { title, text } = doc;
      return typeof title === "string" && title ? `[${i + 1}] ${title}
${text}` : `[${i + 1}] ${text}`;
    }
    throw recordError(place, `field "${spec.field}" entry ${i} (context.documents) must be a string or {title, text}`);
  });
  if (texts.length === 0) return void 0;
  const maxChars = spec.maxChars ?? MANIFEST_DEFAULTS.context.documents.maxChars;
  let joined = texts.join("\n\n");
  if (joined.length > maxChars) joined = joined.slice(0, maxChars);
  return `${spec.header ?? MANIFEST_DEFAULTS.context.documents.header}

${joined}`;
}
function asMessages(value, what, place) {
  if (!Array.isArray(value)) throw recordError(place, `${what} must be a list of {role, content} (got ${value === null ? "null" : typeof value})`);
  return value.map((m, i) => {
    if (m === null || typeof m !== "object" || typeof m.role !== "string") {
      throw recordError(place, `${what} entry ${i} must be a {role, content} object`);
    }
    return m;
  });
}
function historyTurns(side, record3, place) {
  const spec = side.manifest.context?.history;
  if (!spec) return [];
  const { found, value } = field(record3, spec.field);
  if (!found || value === null) return [];
  const turns = asMessages(value, `field "${spec.field}" (context.history)`, place);
  const keep = spec.maxTurns ?? MANIFEST_DEFAULTS.context.history.maxTurns;
  return turns.slice(Math.max(0, turns.length - keep));
}
function responseFormatName(side) {
  const title = side.outputSchema?.title;
  const base = typeof title === "string" && title ? title : posix.basename(side.manifest.output.schema ?? "answer").replace(/\.[^.]*$/, "");
  return base.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64) || "answer";
}
function openaiRequest(side, record3) {
  const place = placeOf(side, record3);
  const templates = compiled(side);
  const { model, tools, output } = side.manifest;
  const systemParts = [];
  if (templates.system) systemParts.push(renderTemplate(templates.system, record3.data, place));
  const documents = documentsBlock(side, record3, place);
  if (documents) systemParts.push(documents);
  const messages = [];
  if (systemParts.length) messages.push({ role: "system", content: systemParts.join("\n\n") });
  if (templates.user) {
    messages.push(...historyTurns(side, record3, place));
    messages.push({ role: "user", content: renderTemplate(templates.user, record3.data, place) });
  } else {
    const own = field(record3, "messages");
    if (!own.found) {
      throw recordError(
        place,
        'record has no "messages" list and the manifest has no prompt.user template',
        "add prompt.user to the manifest, or record the chat messages in each line"
      );
    }
    const recorded = asMessages(own.value, 'field "messages"', place);
    messages.push(...systemParts.length ? recorded.filter((m) => m.role !== "system") : recorded);
  }
  const body = { ...model.params, model: model.id, messages };
  if (side.tools.length) {
    body.tools = side.tools.map((fn) => ({ type: "function", function: fn }));
    const choice = tools?.choice;
    if (choice !== void 0) body.tool_choice = typeof choice === "string" ? choice : { type: "function", function: { name: choice.name } };
    if (tools?.parallel !== void 0) body.parallel_tool_calls = tools.parallel;
  }
  if (output.kind === "json" && side.outputSchema) {
    body.response_format = { type: "json_schema", json_schema: { name: responseFormatName(side), schema: side.outputSchema } };
  }
  return { protocol: "openai", body };
}
var INTEGER_RANGES = {
  INT8: [-128, 127],
  INT16: [-32768, 32767],
  INT32: [-2147483648, 2147483647],
  INT64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  UINT8: [0, 255],
  UINT16: [0, 65535],
  UINT32: [0, 4294967295],
  UINT64: [0, Number.MAX_SAFE_INTEGER]
};
function elementProblem(datatype, v) {
  if (datatype === "BOOL") return typeof v === "boolean" ? void 0 : "true or false";
  if (datatype === "BYTES") return typeof v === "string" ? void 0 : "strings";
  const range = INTEGER_RANGES[datatype];
  if (range) return typeof v === "number" && Number.isInteger(v) && v >= range[0] && v <= range[1] ? void 0 : `integers in [${range[0]}, ${range[1]}]`;
  return typeof v === "number" && Number.isFinite(v) ? void 0 : "finite numbers";
}
function flatten(value, what, place) {
  if (!Array.isArray(value)) return { data: [value], shape: [1] };
  if (value.length === 0 || !Array.isArray(value[0])) {
    if (value.some(Array.isArray)) throw recordError(place, `${what} mixes lists and single values`);
    return { data: value, shape: [value.length] };
  }
  if (value.some((row) => !Array.isArray(row))) throw recordError(place, `${what} mixes lists and single values`);
  const rows = value.map((row) => flatten(row, what, place));
  const inner = rows[0].shape;
  if (rows.some((r) => r.shape.join() !== inner.join())) {
    throw recordError(place, `${what} is a ragged list; a tensor needs rows of equal length`);
  }
  return { data: rows.flatMap((r) => r.data), shape: [value.length, ...inner] };
}
function kserveInput(spec, record3, place) {
  const what = `field "${spec.from}" (KServe input "${spec.name}")`;
  const { found, value } = field(record3, spec.from);
  if (!found) throw recordError(place, `record has no field "${spec.from}" for KServe input "${spec.name}"`);
  const { data, shape: natural } = flatten(value, what, place);
  const badIndex = data.findIndex((v) => elementProblem(spec.datatype, v) !== void 0);
  if (badIndex !== -1) {
    throw recordError(
      place,
      `${what} must hold ${elementProblem(spec.datatype, data[badIndex])} for datatype ${spec.datatype} (element ${badIndex} is ${JSON.stringify(data[badIndex])})`
    );
  }
  let shape = natural;
  if (spec.shape) {
    const known = spec.shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const free = spec.shape.includes(-1);
    if (free ? known === 0 || data.length % known !== 0 : known !== data.length) {
      throw recordError(place, `${what} has ${data.length} values, which does not fit shape [${spec.shape.join(", ")}]`);
    }
    shape = spec.shape.map((d) => d === -1 ? data.length / known : d);
  }
  return { name: spec.name, shape, datatype: spec.datatype, data };
}
function kserveRequest(side, record3) {
  const spec = side.manifest.model.kserve;
  if (!spec) throw new UserError("model.kserve is required when model.protocol is kserve-v2", { file: side.manifestPath });
  const place = placeOf(side, record3);
  const params = side.manifest.model.params;
  return {
    protocol: "kserve-v2",
    body: {
      id: record3.id,
      inputs: spec.inputs.map((input) => kserveInput(input, record3, place)),
      outputs: [{ name: spec.output.name }],
      ...params && Object.keys(params).length ? { parameters: params } : {}
    }
  };
}
function httpRequest(side, record3) {
  const http = side.manifest.model.http;
  if (!http) throw new UserError("model.http is required when model.protocol is http", { file: side.manifestPath });
  const body = renderJsonTemplate(compiled(side).body, record3.data, placeOf(side, record3));
  return { protocol: "http", method: http.method ?? MANIFEST_DEFAULTS.http.method, body };
}
function buildRequest(side, record3) {
  switch (side.manifest.model.protocol) {
    case "openai":
      return openaiRequest(side, record3);
    case "kserve-v2":
      return kserveRequest(side, record3);
    case "http":
      return httpRequest(side, record3);
  }
}

// src/surfaces/diff.ts
function modelLabel(side) {
  const { id, version } = side.manifest.model;
  return version ? `${id}@${version}` : id;
}
function paramsLabel(own, other) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(own ?? {}), ...Object.keys(other ?? {})])].sort();
  const differing = keys.filter((k) => canonicalJson(own?.[k]) !== canonicalJson(other?.[k]));
  return differing.map((k) => `${k}=${own?.[k] === void 0 ? "unset" : canonicalJson(own[k])}`).join(", ");
}
function modelChange(base, head, changed) {
  let before = modelLabel(base);
  let after = modelLabel(head);
  if (changed && before === after) {
    before += ` (${paramsLabel(base.manifest.model.params, head.manifest.model.params)})`;
    after += ` (${paramsLabel(head.manifest.model.params, base.manifest.model.params)})`;
  }
  return { surface: "model", changed, before, after, files: changed ? [head.manifestPath] : [] };
}
function promptChange(base, head, changed) {
  const label = (side) => [side.manifest.prompt?.system && `system: ${side.manifest.prompt.system}`, side.manifest.prompt?.user && `user: ${side.manifest.prompt.user}`].filter(Boolean).join(", ") || "none";
  const files = /* @__PURE__ */ new Set();
  for (const role of ["system", "user"]) {
    const text = (s) => role === "system" ? s.systemTemplate : s.userTemplate;
    const path = (s) => s.manifest.prompt?.[role];
    if (text(base) !== text(head) || path(base) !== path(head)) {
      const p = path(head) ?? path(base);
      if (p) files.add(p);
    }
  }
  return { surface: "prompt", changed, before: label(base), after: label(head), files: [...files] };
}
function toolFiles(side) {
  return new Map(side.tools.map((tool, i) => [tool.name, { tool, file: side.manifest.tools?.schemas[i] ?? "" }]));
}
function toolsChange(base, head, changed) {
  const before = toolFiles(base);
  const after = toolFiles(head);
  const files = /* @__PURE__ */ new Set();
  for (const name of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(name);
    const a = after.get(name);
    if (canonicalJson(b?.tool) !== canonicalJson(a?.tool)) files.add((a ?? b).file);
  }
  const settings = (s) => canonicalJson({ choice: s.manifest.tools?.choice, parallel: s.manifest.tools?.parallel });
  if (settings(base) !== settings(head)) files.add(head.manifestPath);
  const label = (m) => [...m.keys()].join(", ") || "none";
  return { surface: "tools", changed, before: label(before), after: label(after), files: [...files] };
}
function contextLabel(side) {
  const { history, documents } = side.manifest.context ?? {};
  const parts = [
    history && `history: ${history.field}${history.maxTurns !== void 0 ? ` (${history.maxTurns} turns)` : ""}`,
    documents && `documents: ${documents.field}${documents.maxChars !== void 0 ? ` (${documents.maxChars} chars)` : ""}`
  ].filter(Boolean);
  return parts.join("; ") || "none";
}
function diffSurfaces(base, head) {
  const changed = (s) => base.digests[s] !== head.digests[s];
  const context = changed("context");
  return [
    modelChange(base, head, changed("model")),
    promptChange(base, head, changed("prompt")),
    toolsChange(base, head, changed("tools")),
    { surface: "context", changed: context, before: contextLabel(base), after: contextLabel(head), files: context ? [head.manifestPath] : [] }
  ];
}

// node-builtin:node:fs/promises?stat
var builtin3 = process.getBuiltinModule("node:fs/promises");
var stat = builtin3.stat;

// src/replay/dataset.ts
function hashId(lineText) {
  return createHash("sha256").update(lineText).digest("hex").slice(0, 16);
}
function sampleUnit(id, seed) {
  const digest = createHash("sha256").update(seed).update("\0").update(id).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}
function isSampled(id, sampling) {
  const rate = sampling.rate ?? 1;
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  return sampleUnit(id, sampling.seed ?? "") < rate;
}
function checkSampling(file, sampling) {
  const { rate, max } = sampling;
  if (rate !== void 0 && !(rate >= 0 && rate <= 1)) {
    throw new UserError(`sample rate must be between 0 and 1, got ${rate}`, { file });
  }
  if (max !== void 0 && !(Number.isInteger(max) && max >= 0)) {
    throw new UserError(`sample max must be a non-negative integer, got ${max}`, { file });
  }
}
function firstOutsideStrings(text, token) {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === token) return i;
  }
  return -1;
}
function parseErrorColumn(message, text, offset) {
  const lineCol = /line \d+ column (\d+)/.exec(message);
  if (lineCol?.[1]) return Number(lineCol[1]) + offset;
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return Number(position[1]) + 1 + offset;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const at2 = token !== void 0 ? firstOutsideStrings(text, token) : -1;
  return at2 >= 0 ? at2 + 1 + offset : void 0;
}
function parseLine(file, lineNumber, raw) {
  const text = raw.trim();
  const offset = raw.length - raw.trimStart().length;
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const column = parseErrorColumn(message, text, offset);
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/, ".*" is not valid JSON$/s, "");
    throw new UserError(
      `dataset line is not valid JSON: ${reason}`,
      { file, line: lineNumber, ...column !== void 0 ? { column } : {} },
      "each line must be one JSON object (JSON Lines)"
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new UserError(
      `dataset line must be a JSON object, got ${kind}`,
      { file, line: lineNumber, column: offset + 1 },
      "each line must be one JSON object (JSON Lines)"
    );
  }
  const data = value;
  const rawId = data.id;
  let id;
  if (typeof rawId === "string" && rawId !== "") id = rawId;
  else if (typeof rawId === "number" && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId === void 0 || rawId === null) id = hashId(text);
  else {
    throw new UserError(`dataset field "id" must be a non-empty string or a number`, {
      file,
      line: lineNumber
    });
  }
  return { id, line: lineNumber, data };
}
async function* lines(file) {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError("dataset is not a file", { file });
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read dataset: ${e.code ?? String(e)}`, { file });
  }
  const input = createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (let text of reader) {
      lineNumber++;
      if (lineNumber === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
      if (text.endsWith("\r")) text = text.slice(0, -1);
      if (text.trim() === "") continue;
      yield [lineNumber, text];
    }
  } catch (e) {
    const code = e.code;
    if (code === void 0 || e instanceof UserError) throw e;
    throw new UserError(`cannot read dataset: ${code}`, { file, line: lineNumber + 1 });
  } finally {
    reader.close();
    input.destroy();
  }
}
function emptyError(file) {
  return new UserError("dataset has no records", { file, line: 1 }, "expected one JSON object per line");
}
async function validateDataset(file, sampling = {}, select, onSampled) {
  checkSampling(file, sampling);
  let records = 0;
  let sampled = 0;
  let selected = 0;
  for await (const [lineNumber, text] of lines(file)) {
    const record3 = parseLine(file, lineNumber, text);
    records++;
    if ((sampling.max === void 0 || sampled < sampling.max) && isSampled(record3.id, sampling)) {
      if (!select || select(sampled)) selected++;
      sampled++;
      onSampled?.(record3);
    }
  }
  if (records === 0) throw emptyError(file);
  return { records, sampled, selected };
}
function readDataset(file, sampling = {}, select) {
  const counts = { read: 0, sampled: 0 };
  async function* generate() {
    checkSampling(file, sampling);
    for await (const [lineNumber, text] of lines(file)) {
      if (sampling.max !== void 0 && counts.sampled >= sampling.max) return;
      const record3 = parseLine(file, lineNumber, text);
      counts.read++;
      if (!isSampled(record3.id, sampling)) continue;
      counts.sampled++;
      if (select && !select(counts.sampled - 1)) continue;
      yield record3;
    }
    if (counts.read === 0) throw emptyError(file);
  }
  return { records: generate(), counts };
}

// node-builtin:node:dns?default
var builtin4 = process.getBuiltinModule("node:dns");
var node_dns_default = builtin4;

// node-builtin:node:buffer?isAscii
var builtin5 = process.getBuiltinModule("node:buffer");
var isAscii = builtin5.isAscii;

// node-builtin:node:net?isIP
var builtin6 = process.getBuiltinModule("node:net");
var isIP = builtin6.isIP;

// src/replay/budget.ts
var ANSWER_COST_PER_BYTE = 3;
var MIB = 1024 * 1024;
var DEFAULT_ANSWER_BUDGET_BYTES = 256 * MIB;
var STALL_CHECK_MS = 25;
function defaultCollectEvery(limit) {
  return Math.max(32 * MIB, Math.floor(limit / 8));
}
var ByteBudget = class {
  limit;
  collectEvery;
  #used = 0;
  #peak = 0;
  #releasedSinceCollect = 0;
  #collectScheduled = false;
  #nextTicket = 0;
  #nextSeq = 0;
  /** Oldest pair first, then arrival. */
  #queue = [];
  #groups = /* @__PURE__ */ new Set();
  #stallTimer;
  #gaveWay = 0;
  /** Room kept for answers still on their way whose pair has another answer in already (see BudgetLease.admit). */
  #promised = 0;
  constructor(limit = DEFAULT_ANSWER_BUDGET_BYTES, options = {}) {
    if (!(limit > 0)) throw new RangeError(`byte budget must be positive, got ${limit}`);
    this.limit = limit;
    this.collectEvery = options.collectEvery ?? defaultCollectEvery(limit);
  }
  /** Bytes reserved right now. */
  get used() {
    return this.#used;
  }
  /** The most bytes reserved at once so far. */
  get peak() {
    return this.#peak;
  }
  /** Answers waiting for room right now. */
  get waiting() {
    let n = 0;
    for (const w of this.#queue) n += w.shares.size;
    return n;
  }
  /** Answers that gave way so far (see the file comment). */
  get gaveWay() {
    return this.#gaveWay;
  }
  /** The leases of one pair: admitted together, served in the order the pairs were started. */
  group() {
    const group = new BudgetGroup(this, this.#nextTicket++);
    this.#groups.add(group);
    return group;
  }
  /** A lease in a group of its own. */
  lease() {
    return this.group().lease();
  }
  /**
   * @internal for BudgetLease: reserves at once when there is room and no older answer is waiting for it
   * (or the pair already holds answers: see pump); `keep` more must fit beside it, to be promised to the
   * pair's answers still on their way.
   */
  take(bytes, group, keep = 0) {
    const head = this.#queue[0];
    if (head && head.group.ticket <= group.ticket && group.held === 0) return false;
    if (this.#used + this.#promised + bytes + keep > this.limit) return false;
    this.#charge(bytes);
    return true;
  }
  /** @internal for BudgetLease */
  promise(bytes) {
    this.#promised += bytes;
  }
  /** @internal for BudgetLease: `cost` of the `kept` room promised to an answer is now reserved for it. */
  claim(kept, cost) {
    this.#promised -= kept;
    this.#charge(cost);
    this.pump();
  }
  /** @internal for BudgetLease: a promise kept or broken (the answer arrived, or its attempt ended). */
  unpromise(bytes) {
    if (bytes === 0) return;
    this.#promised -= bytes;
    this.pump();
  }
  #charge(bytes) {
    this.#used += bytes;
    if (this.#used > this.#peak) this.#peak = this.#used;
  }
  /** @internal for BudgetLease */
  give(bytes) {
    if (bytes === 0) return;
    this.#used -= bytes;
    this.#releasedSinceCollect += bytes;
    if (this.#releasedSinceCollect >= this.collectEvery && !this.#collectScheduled) {
      this.#collectScheduled = true;
      setImmediate(() => {
        this.#collectScheduled = false;
        this.#releasedSinceCollect = 0;
        collectGarbage();
      });
    }
    this.pump();
  }
  /** @internal: queues a reservation for `shares` (all or nothing). */
  enqueue(group, shares2) {
    let bytes = 0;
    for (const share of shares2.values()) bytes += share;
    const waiter = { group, seq: this.#nextSeq++, bytes, shares: shares2 };
    let at2 = this.#queue.length;
    while (at2 > 0 && this.#queue[at2 - 1].group.ticket > group.ticket) at2--;
    this.#queue.splice(at2, 0, waiter);
    this.pump();
  }
  /** @internal: takes `lease` out of whatever reservation it waits in. */
  withdraw(lease) {
    for (let i = 0; i < this.#queue.length; i++) {
      const waiter = this.#queue[i];
      const share = waiter.shares.get(lease);
      if (share === void 0) continue;
      waiter.shares.delete(lease);
      waiter.bytes -= share;
      if (waiter.shares.size === 0) this.#queue.splice(i, 1);
      break;
    }
    this.pump();
  }
  /** @internal: serves the waiters in order, as far as the room goes. */
  pump() {
    for (; ; ) {
      const head = this.#queue[0];
      if (!head) break;
      if (head.bytes + head.group.held > this.limit) {
        this.#queue.shift();
        for (const lease of head.shares.keys()) lease.settle("never-fits");
        continue;
      }
      if (this.#used + this.#promised + head.bytes > this.limit) break;
      this.#queue.shift();
      this.#charge(head.bytes);
      for (const [lease, share] of head.shares) lease.settle("granted", share);
    }
    for (let i = 1; i < this.#queue.length; i++) {
      const waiter = this.#queue[i];
      const held = waiter.group.held;
      if (held === 0 || held + waiter.bytes > this.limit || this.#used + this.#promised + waiter.bytes > this.limit) continue;
      this.#queue.splice(i--, 1);
      this.#charge(waiter.bytes);
      for (const [lease, share] of waiter.shares) lease.settle("granted", share);
    }
    this.changed();
  }
  /** @internal: something moved; with answers waiting, look again shortly whether anything still can. */
  changed() {
    if (this.#stallTimer) clearTimeout(this.#stallTimer);
    this.#stallTimer = void 0;
    if (this.#queue.length === 0) return;
    this.#stallTimer = setTimeout(() => this.#checkStall(), STALL_CHECK_MS);
    this.#stallTimer.unref();
  }
  #checkStall() {
    this.#stallTimer = void 0;
    if (this.#queue.length === 0) return;
    for (const group of this.#groups) {
      if (group.moving) {
        this.changed();
        return;
      }
    }
    let victim = this.#queue.length - 1;
    for (let i = this.#queue.length - 1; i >= 0; i--) {
      if (this.#queue[i].group.held > 0) {
        victim = i;
        break;
      }
    }
    const [waiter] = this.#queue.splice(victim, 1);
    this.#gaveWay += waiter.shares.size;
    for (const lease of waiter.shares.keys()) lease.settle("gave-way");
    this.pump();
  }
  /** @internal */
  retire(group) {
    this.#groups.delete(group);
  }
};
var gc;
function collectGarbage() {
  if (gc === void 0) {
    try {
      process.getBuiltinModule("node:v8").setFlagsFromString("--expose-gc");
      const vm = process.getBuiltinModule("node:vm");
      gc = vm.runInNewContext("gc");
    } catch {
      gc = null;
    }
  }
  gc?.({ type: "major", execution: "sync" });
}
var BudgetGroup = class {
  budget;
  /** Pairs are served in ticket order (the order they were started). */
  ticket;
  #leases = [];
  /** Declared costs waiting for the pair's other answers in flight to have their headers. */
  #gated = /* @__PURE__ */ new Map();
  #complete = false;
  constructor(budget, ticket) {
    this.budget = budget;
    this.ticket = ticket;
  }
  lease() {
    const lease = new BudgetLease(this.budget, this);
    this.#leases.push(lease);
    return lease;
  }
  /** Bytes its answers hold. */
  get held() {
    let n = 0;
    for (const lease of this.#leases) n += lease.held;
    return n;
  }
  /** Whether it can move without more room: an answer on its way or being read, or its answers being scored. */
  get moving() {
    if (this.#complete && this.held > 0) return true;
    return this.#leases.some((lease) => lease.state === "sending" || lease.state === "reading");
  }
  /** @internal */
  get leases() {
    return this.#leases;
  }
  /** @internal: some of its answers wait for the others' headers. */
  get gated() {
    return this.#gated.size > 0;
  }
  /** All its answers are in and being scored: its bytes come back soon. */
  complete() {
    this.#complete = true;
  }
  /** Scored (or dropped): everything goes back. */
  release() {
    for (const lease of this.#leases) lease.abandon();
    this.budget.retire(this);
  }
  /** @internal for BudgetLease */
  gate(lease, cost) {
    this.#gated.set(lease, cost);
  }
  /** @internal for BudgetLease */
  ungate(lease) {
    this.#gated.delete(lease);
  }
  /**
   * @internal: once no answer of the pair is on its way without headers, the declared costs are queued as
   * one reservation. Those that cannot fit beside the pair's other answers even with the whole budget (the
   * largest first) fail at once.
   */
  evaluate() {
    if (this.#gated.size === 0) return;
    if (this.#leases.some((lease) => lease.state === "sending")) return;
    const entries = [...this.#gated].sort((a, b) => a[1] - b[1]);
    this.#gated.clear();
    const room = this.budget.limit - this.held;
    const shares2 = /* @__PURE__ */ new Map();
    let sum = 0;
    for (const [lease, cost] of entries) {
      if (sum + cost <= room) {
        shares2.set(lease, cost);
        sum += cost;
      } else lease.settle("never-fits");
    }
    if (shares2.size > 0) this.budget.enqueue(this, shares2);
  }
};
var BudgetLease = class {
  budget;
  group;
  #held = 0;
  #state = "idle";
  #settle;
  /** Room kept for this answer while it is on its way (its pair's first answer was admitted alone). */
  #promised = 0;
  constructor(budget, group) {
    this.budget = budget;
    this.group = group;
  }
  get held() {
    return this.#held;
  }
  get state() {
    return this.#state;
  }
  /** Reserves `bytes` more at once; false (nothing reserved) when there is no room, or older answers wait for it. */
  reserve(bytes) {
    if (!this.budget.take(bytes, this.group)) return false;
    this.#held += bytes;
    return true;
  }
  /** An attempt is sent: the pair's declared answers wait for its headers before they are reserved together. */
  begin() {
    this.#state = "sending";
    this.budget.changed();
  }
  /** Leaves 'sending': the room promised to it goes back to the pool, from which it now asks in turn. */
  #arrived() {
    const promised = this.#promised;
    this.#promised = 0;
    this.budget.unpromise(promised);
  }
  /** @internal for BudgetLease: keep room for this answer on its way. */
  promise(bytes) {
    this.#promised += bytes;
    this.budget.promise(bytes);
  }
  /** Headers without a declared length: the body is read, and reserved as it grows. */
  reading() {
    this.#state = "reading";
    this.#arrived();
    this.group.evaluate();
    this.budget.changed();
  }
  /**
   * Headers with a declared cost, admitted at once when that needs no waiting: there is room for it and as
   * much again for each of its pair's answers still on their way (sent, no headers yet), and that room is
   * then kept for them. So an answer already in is not held back by a partner that hangs, and the budget does
   * not fill with halves of pairs. False: nothing reserved, call admit().
   */
  admitNow(cost) {
    const kept = this.#promised;
    this.#promised = 0;
    if (kept >= cost) {
      this.#held += cost;
      this.#state = "reading";
      this.budget.claim(kept, cost);
      this.group.evaluate();
      this.budget.changed();
      return true;
    }
    this.budget.unpromise(kept);
    if (this.group.gated) return false;
    let keep = 0;
    for (const lease of this.group.leases) if (lease.#state === "sending" && lease !== this) keep += Math.max(0, cost - lease.#promised);
    if (!this.budget.take(cost, this.group, keep)) return false;
    this.#held += cost;
    this.#state = "reading";
    if (keep > 0) {
      for (const lease of this.group.leases) if (lease.#state === "sending" && lease !== this) lease.promise(Math.max(0, cost - lease.#promised));
    }
    this.budget.changed();
    return true;
  }
  /**
   * Headers with a declared cost that admitNow could not take: it waits for its pair's answers still on
   * their way to have their headers, then all their declared costs are reserved together, all or nothing,
   * in turn.
   */
  admit(cost) {
    this.#arrived();
    return this.#wait(() => this.group.gate(this, cost));
  }
  /** `bytes` more for the answer being read: at once when there is room, else in turn. */
  grow(bytes) {
    if (this.reserve(bytes)) return Promise.resolve("granted");
    return this.#wait(() => this.budget.enqueue(this.group, /* @__PURE__ */ new Map([[this, bytes]])));
  }
  #wait(start) {
    this.#state = "waiting";
    const granted = new Promise((resolve2) => this.#settle = resolve2);
    start();
    this.group.evaluate();
    this.budget.changed();
    return granted;
  }
  /** @internal: ends the wait; a grant adds `share` to what it holds. */
  settle(grant, share = 0) {
    const settle = this.#settle;
    if (!settle) return;
    this.#settle = void 0;
    if (grant === "granted") {
      this.#held += share;
      this.#state = "reading";
    } else this.#state = "idle";
    settle(grant);
  }
  /** The attempt succeeded: the answer keeps what it holds until the pair is released. */
  done() {
    this.#state = "idle";
    this.group.evaluate();
    this.budget.changed();
  }
  /** The attempt failed: stop waiting, give everything back. */
  abandon() {
    if (this.#settle) {
      this.group.ungate(this);
      this.budget.withdraw(this);
      this.settle("cancelled");
    }
    this.#state = "idle";
    this.#arrived();
    this.releaseAll();
    this.group.evaluate();
    this.budget.changed();
  }
  /** Gives back everything this lease holds (a failed attempt, a discarded answer, a scored pair). */
  releaseAll() {
    const held = this.#held;
    this.#held = 0;
    this.budget.give(held);
  }
};
function formatMiB(bytes) {
  const mib = bytes / MIB;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}

// src/replay/transport.ts
var defaultMaxRetryAfterMs = 12e4;
var defaultRetryPolicy = { max: 3, baseDelayMs: 250, maxDelayMs: 1e4 };
var maxResponseBytes = 32 * 1024 * 1024;
var TransportError = class extends Error {
  kind;
  latencyMs;
  /** Bytes of the body received before the failure (a stream that broke off has some). */
  bodyBytes;
  constructor(kind, message, latencyMs, bodyBytes = 0) {
    super(message);
    this.name = "TransportError";
    this.kind = kind;
    this.latencyMs = latencyMs;
    this.bodyBytes = bodyBytes;
  }
};
var AddressRefusedError = class extends Error {
  code = "ERR_SHADOWGATE_ADDRESS_REFUSED";
  constructor(message) {
    super(message);
    this.name = "AddressRefusedError";
  }
};
function checkedLookup(check) {
  return (hostname, options, callback) => {
    node_dns_default.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      for (const { address } of addresses) {
        const refusal = check(address);
        if (refusal) return callback(new AddressRefusedError(`${hostname} resolves to ${address}: ${refusal}`), "", 0);
      }
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 0);
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}
function createTransport(opts) {
  const sockets = Math.max(1, opts.concurrency);
  const agentOptions = { keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets, scheduling: "lifo" };
  const plain = { request: node_http_default.request, agent: new node_http_default.Agent(agentOptions) };
  let secure;
  const secureClient = () => {
    if (!secure) {
      const module = process.getBuiltinModule("node:https");
      secure = { request: module.request, agent: new module.Agent(agentOptions) };
    }
    return secure;
  };
  const abortHandlers = /* @__PURE__ */ new WeakMap();
  function onAbortOf(signal) {
    let handlers = abortHandlers.get(signal);
    if (!handlers) {
      const registered = /* @__PURE__ */ new Set();
      signal.addEventListener(
        "abort",
        () => {
          for (const handler of registered) handler();
          registered.clear();
        },
        { once: true }
      );
      abortHandlers.set(signal, handlers = registered);
    }
    return handlers;
  }
  const lookups = /* @__PURE__ */ new WeakMap();
  const targets = /* @__PURE__ */ new Map();
  function parseTarget(raw) {
    let target = targets.get(raw);
    if (!target) {
      const url = new URL(raw);
      target = {
        https: url.protocol === "https:",
        hostname: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port,
        path: `${url.pathname}${url.search}`
      };
      if (targets.size > 1e3) targets.clear();
      targets.set(raw, target);
    }
    return target;
  }
  function send(request) {
    return new Promise((resolve2, reject) => {
      const started = performance.now();
      const elapsed = () => performance.now() - started;
      if (request.signal?.aborted) {
        reject(new TransportError("aborted", "aborted before sending", 0));
        return;
      }
      const target = parseTarget(request.url);
      const headers = { accept: "application/json", ...request.headers };
      if (request.body !== void 0) {
        headers["content-type"] ??= "application/json";
        headers["content-length"] = Buffer.byteLength(request.body);
      }
      let settled = false;
      let received = 0;
      let waitedMs = 0;
      let waitingSince;
      const finish = (fn) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        aborters?.delete(onAbort);
        fn();
      };
      const fail = (kind, message) => finish(() => {
        request.budget?.abandon();
        reject(new TransportError(kind, message, elapsed(), received));
      });
      let lookup2;
      if (request.checkAddress) {
        const refusal = isIP(target.hostname) ? request.checkAddress(target.hostname) : void 0;
        if (refusal) {
          reject(new TransportError("refused", `${target.hostname}: ${refusal}`, 0));
          return;
        }
        lookup2 = lookups.get(request.checkAddress);
        if (!lookup2) lookups.set(request.checkAddress, lookup2 = checkedLookup(request.checkAddress));
      }
      request.budget?.begin();
      const client = target.https ? secureClient() : plain;
      const req = client.request({
        hostname: target.hostname,
        port: target.port,
        path: target.path,
        method: request.method,
        headers,
        agent: client.agent,
        ...lookup2 ? { lookup: lookup2 } : {}
      });
      const timer = setTimeout(() => {
        const waiting = waitingSince === void 0 ? waitedMs : waitedMs + performance.now() - waitingSince;
        const forRoom = waiting >= 1 ? ` (${Math.round(waiting)} ms of it waiting for room in the byte budget for answers in flight)` : "";
        fail("timeout", `no complete response within ${request.timeoutMs} ms${forRoom}`);
        req.destroy();
      }, request.timeoutMs);
      const onAbort = () => {
        fail("aborted", "aborted by the overall deadline");
        req.destroy();
      };
      const aborters = request.signal ? onAbortOf(request.signal) : void 0;
      aborters?.add(onAbort);
      req.on("error", (e) => {
        if (e instanceof AddressRefusedError) fail("refused", e.message);
        else fail("connect", describeSocketError(e));
      });
      req.on("response", (res) => {
        const lease = request.budget;
        let chunks = [];
        let size = 0;
        let whole;
        let covered = 0;
        const refuse = (grant, bytes, cost, forms, declaredLength) => {
          const { budget } = lease;
          const mine = lease.held;
          const pair = lease.group.held - mine;
          if (grant === "gave-way") {
            fail(
              "too-large",
              `answer gave way: the answers in flight outgrew the byte budget together (${formatMiB(budget.limit)}) and none could finish; this one ${formatMiB(Math.max(size, covered + bytes))}${declaredLength ? "" : " so far, without a declared length"}, ${formatMiB(pair)} more held by its pair`
            );
          } else {
            fail(
              "too-large",
              `answer does not fit the byte budget for answers in flight (${formatMiB(budget.limit)}; this one ${formatMiB(Math.max(size, covered + bytes))}, ${formatMiB(mine + cost)} with its text and parsed form${forms}, ${formatMiB(pair)} held by the other answers of its pair)`
            );
          }
          req.destroy();
        };
        const reserve = async (bytes, cost, forms = "", declaredLength = false) => {
          const l = lease;
          let grant;
          if (!declaredLength && l.reserve(cost)) grant = "granted";
          else {
            waitingSince = performance.now();
            grant = await (declaredLength ? l.admit(cost) : l.grow(cost));
            waitedMs += performance.now() - waitingSince;
            waitingSince = void 0;
          }
          if (settled) return false;
          if (grant === "granted") {
            covered += bytes;
            return true;
          }
          refuse(grant, bytes, cost, forms, declaredLength);
          return false;
        };
        res.on("error", (e) => fail("connect", describeSocketError(e)));
        res.on("aborted", () => fail("connect", "connection closed mid-response"));
        const chunkEnds = request.chunkTimes ? [] : void 0;
        const chunkAt = [];
        let growth;
        const cover = () => {
          if (!lease || growth || settled || size <= covered) return;
          const more = size - covered;
          if (lease.reserve(more * ANSWER_COST_PER_BYTE)) {
            covered = size;
            return;
          }
          res.pause();
          growth = reserve(more, more * ANSWER_COST_PER_BYTE).then((ok) => {
            growth = void 0;
            if (!ok) return false;
            cover();
            if (!growth) res.resume();
            return true;
          });
        };
        const read = () => {
          res.on("data", (chunk) => {
            size += chunk.length;
            received = size;
            if (chunkEnds) {
              chunkEnds.push(size);
              chunkAt.push(elapsed() - waitedMs);
            }
            if (!lease && size > maxResponseBytes) {
              fail("too-large", `response body exceeds ${maxResponseBytes / 1048576} MiB`);
              req.destroy();
              return;
            }
            if (whole && size <= whole.length) chunk.copy(whole, size - chunk.length);
            else {
              if (whole) {
                chunks = [whole.subarray(0, size - chunk.length)];
                whole = void 0;
              }
              chunks.push(chunk);
            }
            cover();
          });
          res.on("end", () => void end());
        };
        const end = async () => {
          while (growth) if (!await growth) return;
          if (settled) return;
          if (lease && size > covered && !await reserve(size - covered, (size - covered) * ANSWER_COST_PER_BYTE)) return;
          if (!res.complete) {
            fail("connect", "connection closed mid-response");
            return;
          }
          let raw;
          if (whole) raw = size === whole.length ? whole : whole.subarray(0, size);
          else if (chunks.length === 1) raw = chunks[0];
          else {
            if (lease && !await reserve(0, size, " and the copy joining its chunks")) return;
            raw = Buffer.concat(chunks, size);
          }
          chunks = [];
          whole = void 0;
          if (lease && !isAscii(raw) && !await reserve(0, 2 * size, " as UTF-16")) return;
          const body = raw.toString("utf8");
          const latencyMs = elapsed() - waitedMs;
          finish(() => {
            lease?.done();
            resolve2({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body,
              latencyMs,
              ...chunkEnds ? { chunks: { ends: chunkEnds, atMs: chunkAt } } : {}
            });
          });
        };
        const declared = Number(res.headers["content-length"]);
        if (lease && Number.isSafeInteger(declared) && declared > 0) {
          if (lease.admitNow(declared * ANSWER_COST_PER_BYTE)) {
            covered = declared;
            whole = Buffer.allocUnsafe(declared);
            read();
            return;
          }
          void reserve(declared, declared * ANSWER_COST_PER_BYTE, "", true).then((ok) => {
            if (!ok) return;
            whole = Buffer.allocUnsafe(declared);
            read();
          });
        } else {
          lease?.reading();
          read();
        }
      });
      req.end(request.body);
    });
  }
  return {
    send,
    close() {
      plain.agent.destroy();
      secure?.agent.destroy();
    }
  };
}
function describeSocketError(e) {
  return e.code ? `${e.code}: ${e.message}` : e.message;
}
function parseRetryAfter(value, now = Date.now()) {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === void 0 || text.trim() === "") return void 0;
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function backoffDelay(retry, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
function isRetryableStatus(status) {
  return status === 429 || status >= 500;
}
async function waitOrAbort(ms, signal) {
  if (signal?.aborted) return false;
  try {
    await setTimeout2(ms, void 0, signal ? { signal } : void 0);
    return true;
  } catch {
    return false;
  }
}
async function sendWithRetry(transport, request, policy, random = Math.random) {
  let attempts = 0;
  for (; ; ) {
    if (request.signal?.aborted) {
      return { failure: new TransportError("aborted", "aborted by the overall deadline before sending", 0), attempts, latencyMs: 0 };
    }
    if (attempts > 0) request.budget?.releaseAll();
    attempts++;
    let outcome;
    let retryAfterMs;
    try {
      const response = await transport.send(request);
      outcome = { response, attempts, latencyMs: response.latencyMs };
      if (!isRetryableStatus(response.status)) return outcome;
      if (response.status === 429 || response.status === 503) {
        retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
      }
    } catch (e) {
      if (!(e instanceof TransportError)) throw e;
      outcome = { failure: e, attempts, latencyMs: e.latencyMs };
      if (e.kind === "refused") return { failure: e, attempts: attempts - 1, latencyMs: 0 };
      if (e.kind === "aborted" || e.kind === "too-large") return outcome;
    }
    const retry = attempts - 1;
    if (retry >= policy.max) return outcome;
    if (retryAfterMs !== void 0 && retryAfterMs > (policy.maxRetryAfterMs ?? defaultMaxRetryAfterMs)) return outcome;
    const delay = retryAfterMs ?? backoffDelay(retry, policy, random);
    if (request.deadlineAt !== void 0 && performance.now() + delay >= request.deadlineAt) return outcome;
    if (!await waitOrAbort(delay, request.signal)) {
      return { failure: new TransportError("aborted", "deadline passed while waiting to retry", 0), attempts, latencyMs: outcome.latencyMs };
    }
  }
}

// src/replay/endpoint.ts
var defaultTimeoutMs = 6e4;
function endpointFromSurface(label, model, shadow, locations) {
  const retries = {
    max: shadow.retries?.max ?? defaultRetryPolicy.max,
    baseDelayMs: shadow.retries?.baseDelayMs ?? defaultRetryPolicy.baseDelayMs,
    maxDelayMs: shadow.retries?.maxDelayMs ?? defaultRetryPolicy.maxDelayMs
  };
  return {
    label,
    protocol: model.protocol,
    url: model.endpoint,
    model: model.id,
    ...model.version !== void 0 ? { version: model.version } : {},
    ...model.auth ? { auth: model.auth } : {},
    ...model.headers ? { headers: model.headers } : {},
    timeoutMs: shadow.timeoutMs ?? defaultTimeoutMs,
    retries,
    ...model.kserve ? { kserveOutput: model.kserve.output } : {},
    ...model.http ? { httpOutput: model.http.output } : {},
    ...model.stream && model.protocol === "openai" ? { stream: true } : {},
    ...locations ? { locations } : {}
  };
}
function resolveHeaders(endpoint, env = process.env) {
  checkEndpointUrl(endpoint);
  const headers = {};
  for (const [name, value] of Object.entries(endpoint.headers ?? {})) headers[name.toLowerCase()] = value;
  const auth = endpoint.auth;
  if (auth) {
    const secret = env[auth.env];
    if (secret === void 0 || secret === "") {
      throw new UserError(
        `${endpoint.label}: environment variable ${auth.env} (credential for ${endpoint.url}) is not set`,
        endpoint.locations?.auth,
        `set ${auth.env} in the environment (in a workflow: env: ${auth.env}: \${{ secrets.${auth.env} }})`
      );
    }
    const header = (auth.header ?? "Authorization").toLowerCase();
    const scheme = auth.scheme ?? (header === "authorization" ? "Bearer" : "");
    headers[header] = scheme ? `${scheme} ${secret}` : secret;
  }
  return headers;
}
function checkEndpointUrl(endpoint) {
  const where2 = endpoint.locations?.url;
  let url;
  try {
    url = new URL(endpoint.url);
  } catch {
    throw new UserError(`${endpoint.label}: endpoint "${endpoint.url}" is not a valid URL`, where2, "use an absolute URL such as https://host/v1");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(`${endpoint.label}: endpoint must use http or https, got ${url.protocol}`, where2);
  }
}
function joinUrl(base, path) {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

// node-builtin:node:net?BlockList,isIP
var builtin7 = process.getBuiltinModule("node:net");
var BlockList = builtin7.BlockList;
var isIP2 = builtin7.isIP;

// src/replay/egress.ts
function blockList(v4, v6) {
  const list = new BlockList();
  const add = (cidr, type) => {
    const [net, bits] = cidr.split("/");
    if (bits === void 0) list.addAddress(net, type);
    else list.addSubnet(net, Number(bits), type);
  };
  for (const c of v4) add(c, "ipv4");
  for (const c of v6) add(c, "ipv6");
  return list;
}
var ranges = [
  // Instance metadata and host services of clouds: AWS/GCP/Azure/OpenStack (also ECS task metadata),
  // AWS over IPv6, Alibaba Cloud, Azure's WireServer.
  ["metadata", blockList(["169.254.169.254", "169.254.170.2", "169.254.169.253", "100.100.100.200", "168.63.129.16"], ["fd00:ec2::254", "fd00:ec2::23"])],
  ["unspecified", blockList(["0.0.0.0/8"], ["::/128"])],
  ["loopback", blockList(["127.0.0.0/8"], ["::1/128"])],
  ["link-local", blockList(["169.254.0.0/16"], ["fe80::/10"])],
  ["private", blockList(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"], ["fc00::/7", "fec0::/10"])],
  ["multicast", blockList(["224.0.0.0/4"], ["ff00::/8"])],
  ["reserved", blockList(["240.0.0.0/4", "192.0.0.0/24", "198.18.0.0/15"], ["100::/64", "2001:db8::/32"])]
];
function embeddedIpv4(address) {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return void 0;
}
function classifyAddress(address) {
  let ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const v4 = isIP2(ip) === 6 ? embeddedIpv4(ip) : void 0;
  if (v4) ip = v4;
  const family = isIP2(ip);
  if (family === 0) return "reserved";
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const [cls, list] of ranges) if (list.check(ip, type)) return cls;
  return "public";
}
var reachable = /* @__PURE__ */ new Set(["public", "loopback", "private"]);
function normalIp(address) {
  const ip = address.replace(/^\[|\]$/g, "");
  const v4 = isIP2(ip) === 6 ? embeddedIpv4(ip) : void 0;
  if (v4) return v4;
  return isIP2(ip) === 6 ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;
}
function splitList(value) {
  return (value ?? "").split(/[\s,]+/).filter((s) => s !== "");
}
function parseAllowedEndpoints(entries, source = "allowed-endpoints") {
  return entries.map((text) => {
    const bad = () => new UserError(
      `${source}: "${text}" is neither a URL nor a host name`,
      void 0,
      "give origins such as https://models.example.com, host names, host:port, or *.example.com"
    );
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      let url2;
      try {
        url2 = new URL(text);
      } catch {
        throw bad();
      }
      if (url2.protocol !== "http:" && url2.protocol !== "https:") throw bad();
      return { text, protocol: url2.protocol, host: url2.hostname.replace(/^\[|\]$/g, ""), wildcard: false, ...url2.port ? { port: url2.port } : {} };
    }
    const wildcard = text.startsWith("*.");
    let url;
    try {
      url = new URL(`http://${wildcard ? text.slice(2) : text}`);
    } catch {
      throw bad();
    }
    if (url.pathname !== "/" || url.search || url.username || url.hash) throw bad();
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (wildcard && isIP2(host)) throw bad();
    const port = url.port || (/:80$/.test(text) ? "80" : "");
    return { text, host, wildcard, ...port ? { port } : {} };
  });
}
function defaultPort(url) {
  return url.port || (url.protocol === "https:" ? "443" : "80");
}
function matchesEntry(entry, url) {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (entry.protocol && entry.protocol !== url.protocol) return false;
  if (entry.protocol && defaultPort(url) !== (entry.port ?? (entry.protocol === "https:" ? "443" : "80"))) return false;
  if (!entry.protocol && entry.port && defaultPort(url) !== entry.port) return false;
  if (entry.wildcard) return host.endsWith(`.${entry.host}`);
  return isIP2(host) && isIP2(entry.host) ? normalIp(host) === normalIp(entry.host) : host === entry.host;
}
function origin(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function at(side, field2) {
  return side.locate?.(field2) ?? { file: side.manifestPath };
}
function where(side, field2) {
  const loc = at(side, field2);
  const place = [loc.file, loc.line].filter((p) => p !== void 0).join(":");
  return side.ref === "worktree" ? place : `${place} at ${side.ref.length === 40 ? side.ref.slice(0, 12) : side.ref}`;
}
function sameOrigin(a) {
  return (url) => url.origin === a.origin;
}
function grants(input) {
  const { baseline, candidate } = input;
  const list = [];
  const declared = baseline.manifestEndpoint !== void 0 ? origin(baseline.manifestEndpoint) : void 0;
  if (declared) {
    list.push({
      by: `the base branch (${where(baseline, ["model", "endpoint"])})`,
      workflow: false,
      matches: sameOrigin(declared),
      credential: baseline.manifest.model.auth?.env ?? "",
      shown: declared.origin,
      role: "model"
    });
  }
  const embeddings = baseline.manifest.shadow.embeddings;
  const embeddingsUrl = embeddings ? origin(embeddings.endpoint) : void 0;
  if (embeddings && embeddingsUrl) {
    list.push({
      by: `the base branch (${where(baseline, ["shadow", "embeddings", "endpoint"])})`,
      workflow: false,
      matches: sameOrigin(embeddingsUrl),
      credential: embeddings.auth?.env ?? "",
      shown: embeddingsUrl.origin,
      role: "embeddings"
    });
  }
  const llm = baseline.manifest.shadow.llm;
  for (const role of ["judge", "moderation"]) {
    const section = llm?.[role];
    const url = section ? origin(section.endpoint) : void 0;
    if (!section || !url) continue;
    list.push({
      by: `the base branch (${where(baseline, ["shadow", "llm", role, "endpoint"])})`,
      workflow: false,
      matches: sameOrigin(url),
      credential: section.auth?.env ?? "",
      shown: url.origin,
      role
    });
  }
  for (const side of [baseline, candidate]) {
    const url = side.endpointOverride === void 0 ? void 0 : origin(side.endpointOverride);
    if (!url) continue;
    const host = url.hostname.replace(/^\[|\]$/g, "");
    list.push({
      by: `the ${side.label} endpoint given by the workflow (${side.label}-endpoint)`,
      workflow: true,
      matches: sameOrigin(url),
      ...isIP2(host) ? { literalIp: normalIp(host) } : {},
      shown: url.origin
    });
  }
  for (const entry of input.allowed ?? []) {
    list.push({
      by: `allowed-endpoints entry "${entry.text}"`,
      workflow: true,
      matches: (url) => matchesEntry(entry, url),
      ...!entry.wildcard && isIP2(entry.host) ? { literalIp: normalIp(entry.host) } : {},
      shown: entry.text,
      allowList: true
    });
  }
  return list;
}
function addressCheck(label, literalIps) {
  return (address) => {
    const cls = classifyAddress(address);
    if (reachable.has(cls) || literalIps.has(normalIp(address))) return void 0;
    return `${label}: ${address} is a ${cls} address, refused unless the workflow names that address in allowed-endpoints`;
  };
}
function allowedList(all) {
  return all.map((g) => `${g.shown} (${g.by})`).join("; ") || "none";
}
function planEgress(input) {
  const every = grants(input);
  const destinations = [];
  const destination = (label, side, section, url, credential, governedByPullRequest, ownRole) => {
    const all = ownRole ? every.filter((g) => g.role === ownRole || g.allowList) : every;
    const parsed = origin(url);
    const location = at(side, [...section, "endpoint"]);
    if (!parsed)
      return { label, url, origin: url, ...credential ? { credential } : {}, allowedBy: "nobody", checkAddress: () => "not an http(s) URL", location };
    const matching = all.filter((g) => g.matches(parsed));
    const workflow = matching.filter((g) => g.workflow);
    const fromBase = matching.filter((g) => !g.workflow);
    if (governedByPullRequest && matching.length === 0) {
      throw new UserError(
        `${label}: ${[...section, "endpoint"].join(".")} ${url} is not an allowed destination \u2014 a pull request cannot choose where requests, recorded data and credentials go. Allowed: ${allowedList(all)}`,
        location,
        "if this host is meant, name it in the workflow (allowed-endpoints input, --allowed-endpoints, or candidate-endpoint for a preview slot), or merge the endpoint change first so the base branch declares it"
      );
    }
    if (governedByPullRequest && credential && workflow.length === 0) {
      const sent = new Set(fromBase.map((g) => g.credential ?? ""));
      if (!sent.has(credential)) {
        const base = [...sent].map((c) => c ? c : "no credential").join(" or ");
        throw new UserError(
          `${label}: ${[...section, "auth", "env"].join(".")} would send ${credential} to ${parsed.origin}, where the base branch sends ${base} \u2014 a pull request cannot choose which credential goes where`,
          at(side, [...section, "auth", "env"]),
          "change the credential on the base branch first, or name the host in the workflow (allowed-endpoints input or --allowed-endpoints)"
        );
      }
    }
    const literals = new Set(workflow.flatMap((g) => g.literalIp ? [g.literalIp] : []));
    const grant = workflow[0] ?? fromBase[0];
    return {
      label,
      url,
      origin: parsed.origin,
      ...credential ? { credential } : {},
      allowedBy: grant ? grant.by : `the ${side.label} manifest`,
      checkAddress: addressCheck(label, literals),
      location
    };
  };
  const { baseline, candidate } = input;
  destinations.push(destination("candidate", candidate, ["model"], candidate.manifest.model.endpoint, candidate.manifest.model.auth?.env, true));
  const embeddings = candidate.manifest.shadow.embeddings;
  if (embeddings) destinations.push(destination("embeddings", candidate, ["shadow", "embeddings"], embeddings.endpoint, embeddings.auth?.env, true));
  const llm = candidate.manifest.shadow.llm;
  for (const role of ["judge", "moderation"]) {
    const section = llm?.[role];
    if (section) destinations.push(destination(role, candidate, ["shadow", "llm", role], section.endpoint, section.auth?.env, true, role));
  }
  destinations.push(destination("baseline", baseline, ["model"], baseline.manifest.model.endpoint, baseline.manifest.model.auth?.env, false));
  return { destinations };
}
function declaredDestination(input) {
  const parsed = origin(input.url);
  const base = {
    label: input.label,
    url: input.url,
    ...input.credential ? { credential: input.credential } : {},
    ...input.location ? { location: input.location } : {}
  };
  if (!parsed) return { ...base, origin: input.url, allowedBy: "nobody", checkAddress: () => "not an http(s) URL" };
  const literals = new Set(
    (input.allowed ?? []).flatMap((entry) => !entry.wildcard && isIP2(entry.host) && matchesEntry(entry, parsed) ? [normalIp(entry.host)] : [])
  );
  return { ...base, origin: parsed.origin, allowedBy: input.by, checkAddress: addressCheck(input.label, literals) };
}
function lookupAll(hostname) {
  return new Promise((resolve2, reject) => node_dns_default.lookup(hostname, { all: true }, (e, addresses) => e ? reject(e) : resolve2(addresses)));
}
async function checkDestinations(plan) {
  for (const d of plan.destinations) {
    const url = origin(d.url);
    if (!url) continue;
    const host = url.hostname.replace(/^\[|\]$/g, "");
    let addresses;
    if (isIP2(host)) addresses = [host];
    else {
      try {
        addresses = (await lookupAll(host)).map((a) => a.address);
      } catch {
        continue;
      }
    }
    for (const address of addresses) {
      const refusal = d.checkAddress(address);
      if (refusal) {
        throw new UserError(
          `${refusal}${isIP2(host) ? "" : ` (${host} resolves to it)`}; cloud metadata services and link-local addresses are never called by accident`,
          d.location,
          "if this address is meant, name it in the workflow: allowed-endpoints input or --allowed-endpoints"
        );
      }
    }
  }
}
function endpointChanges(plan, baseline) {
  const find = (label) => plan.destinations.find((d) => d.label === label);
  const candidateModel = find("candidate");
  const baselineModel = find("baseline");
  const changes = [];
  if (candidateModel && baselineModel) {
    changes.push({
      role: "model",
      baseline: baselineModel.origin,
      candidate: candidateModel.origin,
      changed: baselineModel.origin !== candidateModel.origin,
      allowedBy: candidateModel.allowedBy
    });
  }
  const embeddings = find("embeddings");
  if (embeddings) {
    const declared = baseline.manifest.shadow.embeddings?.endpoint;
    const base = declared === void 0 ? "" : origin(declared)?.origin ?? declared;
    changes.push({ role: "embeddings", baseline: base, candidate: embeddings.origin, changed: embeddings.origin !== base, allowedBy: embeddings.allowedBy });
  }
  for (const role of ["judge", "moderation"]) {
    const d = find(role);
    if (!d) continue;
    const declared = baseline.manifest.shadow.llm?.[role]?.endpoint;
    const base = declared === void 0 ? "" : origin(declared)?.origin ?? declared;
    changes.push({ role, baseline: base, candidate: d.origin, changed: d.origin !== base, allowedBy: d.allowedBy });
  }
  return changes;
}
function describePlan(plan) {
  return plan.destinations.map(
    (d) => `  ${d.label.padEnd(10)} ${d.url} \u2014 ${d.credential ? `credential ${d.credential}` : "no credential"} \u2014 allowed by ${d.allowedBy}`
  );
}

// src/replay/secrets.ts
var REDACTED = "***";
var minRedactedLength = 4;
function redactor(values) {
  const secrets = [...new Set(values)].filter((v) => v.length >= minRedactedLength).sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  };
}
function redactDeep(value, redact) {
  const walk = (v) => {
    if (typeof v === "string") return redact(v);
    if (Array.isArray(v)) {
      let copy;
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (typeof item === "number" || typeof item === "boolean" || item === null) continue;
        const out = walk(item);
        if (out !== item) (copy ??= v.slice())[i] = out;
      }
      return copy ?? v;
    }
    if (v !== null && typeof v === "object") {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return v;
      let changed = false;
      const out = {};
      for (const [k, inner] of Object.entries(v)) {
        const key = redact(k);
        const walked = walk(inner);
        if (key !== k || walked !== inner) changed = true;
        out[key] = walked;
      }
      return changed ? out : v;
    }
    return v;
  };
  return walk(value);
}
function redactingLog(log, redact) {
  return {
    get interactive() {
      return log.interactive;
    },
    info: (m) => log.info(redact(m)),
    warn: (m, w) => log.warn(redact(m), w),
    error: (m, w) => log.error(redact(m), w),
    debug: (m) => log.debug(redact(m))
  };
}
function redactError(e, redact) {
  if (e instanceof UserError) {
    const message = redact(e.message);
    const hint = e.hint === void 0 ? void 0 : redact(e.hint);
    if (message === e.message && hint === e.hint) return e;
    return new UserError(message, e.location, hint);
  }
  if (e instanceof Error) {
    e.message = redact(e.message);
    if (e.stack) e.stack = redact(e.stack);
  }
  return e;
}

// src/replay/adapters/adapter.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function badBody(message) {
  return { ok: false, class: "bad-body", message };
}
function errorBodyMessage(json) {
  if (!isObject(json)) return void 0;
  const error = json.error;
  if (typeof error === "string") return error;
  if (isObject(error)) {
    const message = typeof error.message === "string" ? error.message : JSON.stringify(error);
    return typeof error.code === "string" || typeof error.type === "string" ? `${message} (${String(error.code ?? error.type)})` : message;
  }
  if (typeof json.message === "string") return json.message;
  if (typeof json.detail === "string") return json.detail;
  return void 0;
}
function excerpt(text, max = 200) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}\u2026` : flat;
}

// src/replay/adapters/http.ts
var missing = /* @__PURE__ */ Symbol("missing");
function resolvePointer(document, pointer) {
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return missing;
  let current = document;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return missing;
      const index = Number(key);
      if (index >= current.length) return missing;
      current = current[index];
    } else if (isObject(current) && Object.hasOwn(current, key)) {
      current = current[key];
    } else {
      return missing;
    }
  }
  return current;
}
function parseHttpResponse(json, pointer) {
  const value = resolvePointer(json, pointer);
  if (value === missing) {
    const error = isObject(json) && json.error !== void 0 ? errorBodyMessage(json) : void 0;
    if (error !== void 0) return { ok: false, class: "error-body", message: error };
    return badBody(`response has nothing at JSON Pointer "${pointer}"`);
  }
  const output = { value };
  if (typeof value === "string") output.text = value;
  return { ok: true, output };
}
var httpAdapter = {
  protocol: "http",
  url: (endpoint) => endpoint.url,
  method: (request) => request.protocol === "http" ? request.method : "POST",
  toBody(request) {
    if (request.protocol !== "http") throw new Error(`http adapter got a ${request.protocol} request`);
    return request.body;
  },
  parse: (json, endpoint) => parseHttpResponse(json, endpoint.httpOutput ?? "")
};

// src/replay/adapters/kserve.ts
var integerTypes = /* @__PURE__ */ new Set(["UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64"]);
var floatTypes = /* @__PURE__ */ new Set(["FP16", "FP32", "FP64"]);
var kserveDatatypes = /* @__PURE__ */ new Set([...integerTypes, ...floatTypes, "BOOL", "BYTES"]);
function inferPath(model, version) {
  const name = encodeURIComponent(model);
  return version ? `v2/models/${name}/versions/${encodeURIComponent(version)}/infer` : `v2/models/${name}/infer`;
}
function flatten2(data) {
  return data.some(Array.isArray) ? data.flat(Infinity) : data;
}
function elementMismatch(datatype, value) {
  if (datatype === "BOOL") return typeof value !== "boolean";
  if (datatype === "BYTES") return typeof value !== "string";
  if (typeof value !== "number") return true;
  return integerTypes.has(datatype) && !Number.isInteger(value);
}
function parseTensor(raw, where2) {
  if (!isObject(raw)) return `${where2} is not an object`;
  const { name, shape, datatype, data } = raw;
  if (typeof name !== "string" || name === "") return `${where2} has no name`;
  const label = `output "${name}"`;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    return `${label}: shape must be a list of non-negative integers`;
  }
  if (typeof datatype !== "string" || !kserveDatatypes.has(datatype)) {
    return `${label}: unknown datatype ${JSON.stringify(datatype)}`;
  }
  if (!Array.isArray(data)) return `${label}: data is not an array`;
  const flat = flatten2(data);
  const expected = shape.reduce((a, b) => a * b, 1);
  if (flat.length !== expected) {
    return `${label}: ${flat.length} elements but shape [${shape.join(", ")}] needs ${expected}`;
  }
  const badIndex = flat.findIndex((v) => elementMismatch(datatype, v));
  if (badIndex >= 0) return `${label}: element ${badIndex} (${JSON.stringify(flat[badIndex])}) is not ${datatype}`;
  return { name, shape, datatype, data: flat };
}
function parseInferResponse(json, endpoint) {
  if (!isObject(json)) return badBody("response is not a JSON object");
  if (json.error !== void 0 && json.error !== null) {
    return { ok: false, class: "error-body", message: errorBodyMessage(json) ?? "error in a 200 response" };
  }
  if (!Array.isArray(json.outputs)) return badBody("response has no outputs array");
  const tensors = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [i, raw] of json.outputs.entries()) {
    const tensor = parseTensor(raw, `outputs[${i}]`);
    if (typeof tensor === "string") return badBody(tensor);
    if (seen.has(tensor.name)) return badBody(`output "${tensor.name}" appears twice`);
    seen.add(tensor.name);
    tensors.push(tensor);
  }
  const wanted = endpoint.kserveOutput;
  const selected = wanted ? tensors.find((t) => t.name === wanted.name) : tensors[0];
  if (!selected) {
    return badBody(wanted ? `response has no output named "${wanted.name}"` : "response has no outputs");
  }
  const output = { tensors };
  if (wanted?.index !== void 0) {
    if (wanted.index < 0 || wanted.index >= selected.data.length) {
      return badBody(`output "${selected.name}" has no element ${wanted.index} (it has ${selected.data.length})`);
    }
    output.value = selected.data[wanted.index];
  } else {
    output.value = selected.data.length === 1 ? selected.data[0] : selected.data;
  }
  if (typeof output.value === "string") output.text = output.value;
  return { ok: true, output };
}
var kserveAdapter = {
  protocol: "kserve-v2",
  url: (endpoint) => joinUrl(endpoint.url, inferPath(endpoint.model, endpoint.version)),
  method: () => "POST",
  toBody(request) {
    if (request.protocol !== "kserve-v2") throw new Error(`kserve adapter got a ${request.protocol} request`);
    return request.body;
  },
  parse: (json, endpoint) => parseInferResponse(json, endpoint)
};

// src/replay/adapters/openai.ts
function parseToolCalls(raw) {
  if (!Array.isArray(raw)) return "message.tool_calls is not an array";
  const calls = [];
  for (const [i, call] of raw.entries()) {
    if (!isObject(call)) return `tool_calls[${i}] is not an object`;
    const id = typeof call.id === "string" ? call.id : "";
    const fn = isObject(call.function) ? call.function : isObject(call.custom) ? call.custom : void 0;
    if (!fn || typeof fn.name !== "string") return `tool_calls[${i}] has no function name`;
    const args = fn.arguments ?? fn.input ?? "";
    calls.push({ id, name: fn.name, arguments: typeof args === "string" ? args : JSON.stringify(args) });
  }
  return calls;
}
function parseUsage(raw) {
  if (!isObject(raw)) return void 0;
  const usage = {};
  if (typeof raw.prompt_tokens === "number") usage.promptTokens = raw.prompt_tokens;
  if (typeof raw.completion_tokens === "number") usage.completionTokens = raw.completion_tokens;
  if (typeof raw.total_tokens === "number") usage.totalTokens = raw.total_tokens;
  const details = raw.prompt_tokens_details;
  if (isObject(details) && typeof details.cached_tokens === "number") usage.cachedPromptTokens = details.cached_tokens;
  return usage;
}
function parseChatCompletion(json) {
  if (!isObject(json)) return badBody("response is not a JSON object");
  if (json.error !== void 0 && json.error !== null) {
    return { ok: false, class: "error-body", message: errorBodyMessage(json) ?? "error object in a 200 response" };
  }
  if (!Array.isArray(json.choices)) return badBody("response has no choices array");
  const choice = json.choices[0];
  if (choice === void 0) return badBody("response has an empty choices array");
  if (!isObject(choice) || !isObject(choice.message)) return badBody("choices[0] has no message");
  const message = choice.message;
  const output = {};
  if (typeof message.content === "string") output.text = message.content;
  else if (message.content !== null && message.content !== void 0) {
    return badBody("choices[0].message.content is neither a string nor null");
  }
  if (typeof message.refusal === "string") output.refusal = message.refusal;
  if (message.tool_calls !== void 0 && message.tool_calls !== null) {
    const calls = parseToolCalls(message.tool_calls);
    if (typeof calls === "string") return badBody(calls);
    if (calls.length > 0) output.toolCalls = calls;
  }
  if (typeof choice.finish_reason === "string") output.finishReason = choice.finish_reason;
  const usage = parseUsage(json.usage);
  if (usage) output.usage = usage;
  return { ok: true, output };
}
var openaiAdapter = {
  protocol: "openai",
  url: (endpoint) => joinUrl(endpoint.url, "chat/completions"),
  method: () => "POST",
  toBody(request, endpoint) {
    if (request.protocol !== "openai") throw new Error(`openai adapter got a ${request.protocol} request`);
    if (endpoint.stream) {
      return { model: endpoint.model, stream_options: { include_usage: true }, ...request.body, stream: true };
    }
    return { model: endpoint.model, ...request.body, stream: false };
  },
  parse: (json) => parseChatCompletion(json)
};

// src/replay/adapters/index.ts
var adapters = {
  openai: openaiAdapter,
  "kserve-v2": kserveAdapter,
  http: httpAdapter
};
function adapterFor(protocol) {
  return adapters[protocol];
}

// src/replay/adapters/openai-stream.ts
function looksLikeEventStream(contentType, body) {
  return /text\/event-stream/i.test(contentType ?? "") || /^\s*(data|event|id|retry)?:/.test(body);
}
function parseChatStream(body, arrivals) {
  let text;
  let refusal;
  const calls = [];
  let finishReason;
  let usage;
  let done = false;
  const tokenTimes = [];
  let chunk = 0;
  const arrivedAt = (offset2) => {
    if (!arrivals) return void 0;
    while (chunk < arrivals.ends.length - 1 && arrivals.ends[chunk] < offset2) chunk++;
    return arrivals.atMs[chunk];
  };
  let data = [];
  let offset = 0;
  const dispatch = () => {
    if (data.length === 0) return void 0;
    const payload = data.join("\n");
    data = [];
    if (payload.trim() === "[DONE]") {
      done = true;
      return void 0;
    }
    let json;
    try {
      json = JSON.parse(payload);
    } catch {
      return { ok: false, class: "bad-body", message: `stream event is not JSON: ${payload.slice(0, 80)}` };
    }
    if (!isObject(json)) return { ok: false, class: "bad-body", message: "stream event is not a JSON object" };
    if (json.error !== void 0 && json.error !== null) {
      return { ok: false, class: "error-body", message: errorBodyMessage(json) ?? "error object in the stream" };
    }
    const eventUsage = parseUsage(json.usage);
    if (eventUsage) usage = eventUsage;
    const choice = Array.isArray(json.choices) ? json.choices.find((c) => isObject(c) && (c.index ?? 0) === 0) : void 0;
    if (!isObject(choice)) return void 0;
    if (typeof choice.finish_reason === "string") finishReason = choice.finish_reason;
    const delta = choice.delta;
    if (!isObject(delta)) return void 0;
    let token = false;
    if (typeof delta.content === "string") {
      text = (text ?? "") + delta.content;
      token ||= delta.content !== "";
    }
    if (typeof delta.refusal === "string") {
      refusal = (refusal ?? "") + delta.refusal;
      token ||= delta.refusal !== "";
    }
    if (Array.isArray(delta.tool_calls)) {
      for (const [position, raw] of delta.tool_calls.entries()) {
        if (!isObject(raw)) return { ok: false, class: "bad-body", message: `delta.tool_calls[${position}] is not an object` };
        const index = typeof raw.index === "number" ? raw.index : position;
        const call = calls[index] ??= { id: "", name: "", arguments: "" };
        if (typeof raw.id === "string" && raw.id !== "") call.id = raw.id;
        const fn = isObject(raw.function) ? raw.function : void 0;
        if (typeof fn?.name === "string" && fn.name !== "") call.name = fn.name;
        if (typeof fn?.arguments === "string") call.arguments += fn.arguments;
        token = true;
      }
    }
    if (token) {
      const at2 = arrivedAt(offset);
      if (at2 !== void 0) tokenTimes.push(at2);
    }
    return void 0;
  };
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf("\n", start);
    const end = newline === -1 ? body.length : newline;
    const line = body.slice(start, end).replace(/\r$/, "");
    offset += Buffer.byteLength(body.slice(start, end)) + (newline === -1 ? 0 : 1);
    if (line === "") {
      const failed2 = dispatch();
      if (failed2) return failed2;
    } else if (line.startsWith("data:")) {
      data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const failed = dispatch();
  if (failed) return failed;
  if (!done && finishReason === void 0) {
    return { ok: false, class: "stream-broken", message: "the stream ended before data: [DONE] or a finish reason" };
  }
  const output = {};
  if (text !== void 0) output.text = text;
  if (refusal !== void 0) output.refusal = refusal;
  const toolCalls = [];
  for (const [index, call] of calls.entries()) {
    if (!call) continue;
    if (call.name === "") return { ok: false, class: "bad-body", message: `streamed tool call ${index} has no function name` };
    toolCalls.push(call);
  }
  if (toolCalls.length > 0) output.toolCalls = toolCalls;
  if (finishReason !== void 0) output.finishReason = finishReason;
  if (usage) output.usage = usage;
  const timing = {};
  if (tokenTimes.length > 0) timing.ttftMs = tokenTimes[0];
  if (tokenTimes.length > 1) timing.interTokenMs = (tokenTimes.at(-1) - tokenTimes[0]) / (tokenTimes.length - 1);
  return { ok: true, output, timing };
}

// src/replay/call.ts
function failure(cls, message, attempts, latencyMs, status) {
  return {
    ok: false,
    error: { class: cls, message, ...status !== void 0 ? { status } : {} },
    attempts,
    latencyMs
  };
}
async function callModel(transport, target, request, signal, deadlineAt, budget) {
  const { endpoint } = target;
  const adapter = adapterFor(endpoint.protocol);
  const body = JSON.stringify(adapter.toBody(request, endpoint));
  const streamed = endpoint.stream === true && endpoint.protocol === "openai";
  const outcome = await sendWithRetry(
    transport,
    {
      method: adapter.method(request),
      url: adapter.url(endpoint),
      headers: streamed ? { accept: "text/event-stream", ...target.headers } : target.headers,
      ...streamed ? { chunkTimes: true } : {},
      body,
      timeoutMs: endpoint.timeoutMs,
      ...signal ? { signal } : {},
      ...endpoint.checkAddress ? { checkAddress: endpoint.checkAddress } : {},
      ...deadlineAt !== void 0 ? { deadlineAt } : {},
      ...budget ? { budget } : {}
    },
    endpoint.retries
  );
  const { attempts, latencyMs } = outcome;
  if (outcome.failure) {
    const kind = outcome.failure.kind;
    const broken = streamed && kind === "connect" && outcome.failure.bodyBytes > 0;
    const cls = kind === "aborted" ? "deadline" : broken ? "stream-broken" : kind === "refused" ? "connect" : kind;
    const message = kind === "refused" ? `not sent: ${outcome.failure.message}` : broken ? `stream broke off after ${outcome.failure.bodyBytes} bytes: ${outcome.failure.message}` : outcome.failure.message;
    return failure(cls, message, attempts, latencyMs);
  }
  const response = outcome.response;
  if (!response) throw new Error("sendWithRetry returned neither a response nor a failure");
  const contentType = response.headers["content-type"];
  if (streamed && response.status >= 200 && response.status < 300 && looksLikeEventStream(contentType, response.body)) {
    const result2 = parseChatStream(response.body, response.chunks);
    if (!result2.ok) return failure(result2.class, result2.message, attempts, latencyMs, response.status);
    return { ok: true, output: result2.output, attempts, latencyMs, stream: result2.timing };
  }
  let json;
  let parsed = true;
  try {
    json = JSON.parse(response.body);
  } catch {
    parsed = false;
  }
  const status = response.status;
  if (status < 200 || status >= 300) {
    const detail = (parsed ? errorBodyMessage(json) : void 0) ?? excerpt(response.body);
    const cls = status === 429 ? "rate-limited" : status >= 500 ? "http-5xx" : "http-4xx";
    if (status >= 300 && status < 400) return failure(cls, `HTTP ${status}: redirect not followed`, attempts, latencyMs, status);
    return failure(cls, `HTTP ${status}${detail ? `: ${detail}` : ""}`, attempts, latencyMs, status);
  }
  if (!parsed) return failure("bad-body", `response is not JSON: ${excerpt(response.body, 80)}`, attempts, latencyMs, status);
  const result = adapter.parse(json, endpoint);
  if (!result.ok) return failure(result.class, result.message, attempts, latencyMs, status);
  return { ok: true, output: result.output, attempts, latencyMs };
}

// src/replay/progress.ts
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const s = Math.round(ms / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function failures(stats) {
  return Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
}
function describeProgress(done, total, elapsedMs, failed) {
  const rate = elapsedMs > 0 ? done * 1e3 / elapsedMs : 0;
  const parts = [total !== void 0 ? `${done}/${total} pairs (${total > 0 ? Math.floor(done / total * 100) : 100}%)` : `${done} pairs`];
  parts.push(`${rate.toFixed(1)}/s`);
  if (total !== void 0 && rate > 0) parts.push(`ETA ${formatDuration((total - done) / rate * 1e3)}`);
  if (failed > 0) parts.push(`${failed} failed request${failed === 1 ? "" : "s"}`);
  return parts.join(" \xB7 ");
}
function bar(done, total, width = 24) {
  const filled = total > 0 ? Math.min(width, Math.round(done / total * width)) : width;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}
function startProgress(options) {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const interval = options.log.interactive ? 100 : options.intervalMs ?? 1e4;
  const stream = options.stream ?? process.stderr;
  let lastDrawn = started;
  let drewBar = false;
  function render(stats) {
    return describeProgress(stats.pairs, options.total, now() - started, failures(stats));
  }
  function draw(stats) {
    if (options.log.interactive) {
      const prefix = options.total !== void 0 ? `${bar(stats.pairs, options.total)} ` : "";
      stream.write(`\r\x1B[2K${prefix}${render(stats)}`);
      drewBar = true;
    } else {
      options.log.info(`replay: ${render(stats)}`);
    }
  }
  return {
    update(stats) {
      const t = now();
      if (t - lastDrawn < interval) return;
      lastDrawn = t;
      draw(stats);
    },
    stop(stats) {
      if (drewBar) stream.write("\r\x1B[2K");
      options.log.info(`replay done: ${render(stats)} in ${formatDuration(now() - started)}`);
    }
  };
}

// src/replay/engine.ts
var Slots = class {
  #free;
  #waiting = [];
  #signal;
  constructor(size, signal) {
    this.#free = size;
    this.#signal = signal;
    signal.addEventListener(
      "abort",
      () => {
        for (const grant of this.#waiting.splice(0)) grant(false);
      },
      { once: true }
    );
  }
  acquire() {
    if (this.#signal.aborted) return Promise.resolve(false);
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(true);
    }
    return new Promise((resolve2) => this.#waiting.push(resolve2));
  }
  release() {
    const next = this.#waiting.shift();
    if (next) next(true);
    else this.#free++;
  }
};
function notSent(failureClass, message) {
  return { ok: false, error: { class: failureClass, message }, attempts: 0, latencyMs: 0 };
}
var deadlineMessage = "not sent: the overall deadline passed";
var cancelledMessage = "not sent: the run was cancelled";
var DEFAULT_CANCEL_GRACE_MS = 3e3;
function signalReason(signal) {
  const reason = signal.reason;
  if (typeof reason === "string") return reason;
  return reason instanceof Error && reason.name !== "AbortError" ? reason.message : "aborted";
}
async function replay(options) {
  const concurrency = options.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UserError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const target = (side) => "endpoint" in side ? side : { endpoint: side, headers: resolveHeaders(side, options.env) };
  const targets = { baseline: target(options.baseline), candidate: target(options.candidate) };
  const started = performance.now();
  const stats = { read: 0, sampled: 0, pairs: 0, requests: 0, ok: 0, retried: 0, failed: {}, wallMs: 0 };
  const expired = new AbortController();
  const cancelled = new AbortController();
  const abandoned = new AbortController();
  const stopped = new AbortController();
  const noMoreSending = AbortSignal.any([expired.signal, cancelled.signal, stopped.signal]);
  const cancel = AbortSignal.any([expired.signal, abandoned.signal, stopped.signal]);
  let graceTimer;
  const onExternalAbort = () => {
    if (cancelled.signal.aborted || expired.signal.aborted) return;
    stats.interrupted ??= { by: "signal", reason: `cancelled (${signalReason(options.signal)})` };
    cancelled.abort();
    graceTimer = setTimeout(() => abandoned.abort(), Math.max(0, options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS));
  };
  options.signal?.addEventListener("abort", onExternalAbort, { once: true });
  if (options.signal?.aborted) onExternalAbort();
  const onAbandon = () => {
    if (cancelled.signal.aborted) abandoned.abort();
  };
  options.abandonSignal?.addEventListener("abort", onAbandon, { once: true });
  if (options.abandonSignal?.aborted) onAbandon();
  const onDeadline = () => {
    stats.interrupted ??= { by: "deadline", reason: `the overall deadline of ${formatSeconds(options.deadlineMs)} passed` };
    expired.abort();
  };
  const deadlineAt = options.deadlineMs !== void 0 ? started + options.deadlineMs : void 0;
  const deadlineTimer = options.deadlineMs !== void 0 ? setTimeout(onDeadline, Math.max(0, options.deadlineMs)) : void 0;
  const transport = options.transport ?? createTransport({ concurrency });
  const slots = new Slots(concurrency, noMoreSending);
  const budget = options.answerBudget ?? new ByteBudget(options.answerBudgetBytes ?? DEFAULT_ANSWER_BUDGET_BYTES);
  const progress = options.progress ? startProgress(options.progress) : void 0;
  let fatal;
  const fail = (error) => {
    fatal ??= { error };
    stopped.abort();
  };
  function count(result) {
    stats.requests++;
    if (result.attempts > 1) stats.retried += result.attempts - 1;
    if (result.ok) stats.ok++;
    else {
      const cls = result.error?.class ?? "bad-body";
      stats.failed[cls] = (stats.failed[cls] ?? 0) + 1;
    }
  }
  const unsent = () => expired.signal.aborted ? notSent("deadline", deadlineMessage) : notSent("cancelled", cancelledMessage);
  async function call(side, request, lease) {
    if (!await slots.acquire()) return unsent();
    try {
      const result = await callModel(transport, targets[side], request, cancel, deadlineAt, lease);
      if (!result.ok && result.error?.class === "deadline" && abandoned.signal.aborted && !expired.signal.aborted) {
        return { ...result, error: { ...result.error, class: "cancelled", message: "abandoned: the run was cancelled" } };
      }
      return result;
    } finally {
      slots.release();
    }
  }
  let emitted = Promise.resolve();
  function emit(pair) {
    emitted = emitted.then(async () => {
      if (fatal) return;
      count(pair.baseline);
      count(pair.candidate);
      if (pair.baselineRepeat) count(pair.baselineRepeat);
      stats.pairs++;
      try {
        await options.onPair(pair);
      } catch (e) {
        fail(e);
      }
      progress?.update(stats);
    });
    return emitted;
  }
  function unsentPair(record3) {
    return { record: record3, baseline: unsent(), candidate: unsent(), ...options.noiseFloor ? { baselineRepeat: unsent() } : {} };
  }
  async function runPair(record3, baselineRequest, candidateRequest) {
    const group = budget.group();
    const leases = [group.lease(), group.lease(), group.lease()];
    try {
      const [baseline, candidate, baselineRepeat] = await Promise.all([
        call("baseline", baselineRequest, leases[0]),
        call("candidate", candidateRequest, leases[1]),
        options.noiseFloor ? call("baseline", baselineRequest, leases[2]) : void 0
      ]);
      group.complete();
      await emit({ record: record3, baseline, candidate, ...baselineRepeat ? { baselineRepeat } : {} });
    } finally {
      group.release();
    }
  }
  const pending = /* @__PURE__ */ new Set();
  let wake;
  const pairFinished = () => new Promise((resolve2) => wake = resolve2);
  const iterator = options.records[Symbol.asyncIterator]();
  try {
    for (; ; ) {
      while (pending.size >= concurrency && !fatal) await pairFinished();
      if (fatal) break;
      let next;
      try {
        next = await iterator.next();
      } catch (e) {
        fail(e);
        break;
      }
      if (next.done) break;
      const record3 = next.value;
      if (!options.counts) stats.read++;
      stats.sampled++;
      if (expired.signal.aborted || cancelled.signal.aborted) {
        await emit(unsentPair(record3));
        continue;
      }
      let requests;
      try {
        requests = [await options.buildRequest("baseline", record3), await options.buildRequest("candidate", record3)];
      } catch (e) {
        fail(e);
        break;
      }
      const task = runPair(record3, ...requests).catch(fail);
      const tracked = task.finally(() => {
        pending.delete(tracked);
        wake?.();
      });
      pending.add(tracked);
    }
    await Promise.all(pending);
    await emitted;
  } finally {
    if (fatal) await iterator.return?.();
    if (deadlineTimer) clearTimeout(deadlineTimer);
    if (graceTimer) clearTimeout(graceTimer);
    options.signal?.removeEventListener("abort", onExternalAbort);
    options.abandonSignal?.removeEventListener("abort", onAbandon);
    if (!options.transport) transport.close();
    if (options.counts) {
      stats.read = options.counts.read;
    }
    if (stats.interrupted && !stats.failed.deadline && !stats.failed.cancelled) delete stats.interrupted;
    stats.wallMs = Math.round(performance.now() - started);
    progress?.stop(stats);
  }
  if (fatal) throw fatal.error;
  return stats;
}
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}

// src/replay/adapters/errors.ts
var EndpointError = class extends Error {
  url;
  constructor(url, message) {
    super(`${url}: ${message}`);
    this.name = "EndpointError";
    this.url = url;
  }
};

// src/replay/adapters/embeddings.ts
function parseEmbeddings(json, expected) {
  if (!isObject(json)) return "response is not a JSON object";
  if (json.error !== void 0 && json.error !== null) return errorBodyMessage(json) ?? "error object in the response";
  if (!Array.isArray(json.data)) return "response has no data array";
  if (json.data.length !== expected) return `asked for ${expected} embeddings, got ${json.data.length}`;
  const vectors = new Array(expected);
  for (const [position, item] of json.data.entries()) {
    if (!isObject(item)) return `data[${position}] is not an object`;
    const index = typeof item.index === "number" ? item.index : position;
    if (!Number.isInteger(index) || index < 0 || index >= expected) return `data[${position}] has index ${index} out of range`;
    if (vectors[index]) return `two embeddings for input ${index}`;
    const vector = item.embedding;
    if (!Array.isArray(vector) || vector.length === 0 || !vector.every((v) => typeof v === "number" && Number.isFinite(v))) {
      return `data[${position}].embedding is not a list of numbers (base64 encoding is not supported)`;
    }
    vectors[index] = vector;
  }
  const first = vectors[0]?.length;
  const mismatch = vectors.findIndex((v) => v?.length !== first);
  if (mismatch >= 0) return `embedding ${mismatch} has ${vectors[mismatch]?.length} dimensions, embedding 0 has ${first}`;
  return vectors;
}
function createEmbedder(options) {
  const endpoint = {
    label: "embeddings",
    protocol: "openai",
    url: options.endpoint,
    model: options.model,
    ...options.auth ? { auth: options.auth } : {},
    timeoutMs: options.timeoutMs ?? 3e4,
    retries: options.retries ?? defaultRetryPolicy,
    ...options.locations ? { locations: options.locations } : {},
    ...options.checkAddress ? { checkAddress: options.checkAddress } : {}
  };
  const headers = resolveHeaders(endpoint, options.env);
  const batchSize = Math.max(1, Math.min(2048, options.batchSize ?? 64));
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let ownTransport;
  const transport = () => options.transport ?? (ownTransport ??= createTransport({ concurrency }));
  const url = joinUrl(endpoint.url, "embeddings");
  let dimensions;
  async function embedBatch(texts) {
    const input = texts.map((t) => t === "" ? " " : t);
    const outcome = await sendWithRetry(
      transport(),
      {
        method: "POST",
        url,
        headers,
        body: JSON.stringify({ model: endpoint.model, input }),
        timeoutMs: endpoint.timeoutMs,
        ...endpoint.checkAddress ? { checkAddress: endpoint.checkAddress } : {},
        ...options.signal ? { signal: options.signal } : {}
      },
      endpoint.retries
    );
    if (outcome.failure) throw new EndpointError(url, `${outcome.failure.message} after ${outcome.attempts} attempt(s)`);
    const response = outcome.response;
    let json;
    try {
      json = JSON.parse(response.body);
    } catch {
      throw new EndpointError(url, `response is not JSON: ${excerpt(response.body, 80)}`);
    }
    if (response.status < 200 || response.status >= 300) {
      const message = `HTTP ${response.status}: ${errorBodyMessage(json) ?? excerpt(response.body)}`;
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        throw new UserError(`embeddings endpoint ${url}: ${message}`, void 0, "check shadow.embeddings in the manifest");
      }
      throw new EndpointError(url, message);
    }
    const vectors = parseEmbeddings(json, texts.length);
    if (typeof vectors === "string") throw new EndpointError(url, vectors);
    const length = vectors[0]?.length;
    dimensions ??= length;
    if (length !== dimensions) throw new EndpointError(url, `embedding dimension changed from ${dimensions} to ${length}`);
    return vectors;
  }
  return {
    get dimensions() {
      return dimensions;
    },
    async embed(texts) {
      if (texts.length === 0) return [];
      const batches = [];
      for (let i = 0; i < texts.length; i += batchSize) batches.push(texts.slice(i, i + batchSize));
      const results = new Array(batches.length);
      let next = 0;
      const worker = async () => {
        while (next < batches.length) {
          const index = next++;
          results[index] = await embedBatch(batches[index]);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
      return results.flat();
    },
    close() {
      ownTransport?.close();
    }
  };
}

// src/metrics/json-diff.ts
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function changedPaths(a, b, limit = 100) {
  const out = [];
  const walk = (x, y, path) => {
    if (out.length >= limit) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) {
        out.push(path);
        return;
      }
      for (let i = 0; i < x.length; i++) walk(x[i], y[i], `${path}/${i}`);
      return;
    }
    if (isObject2(x) && isObject2(y)) {
      for (const key of /* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])) {
        const child = `${path}/${pointerToken(key)}`;
        if (!Object.hasOwn(x, key) || !Object.hasOwn(y, key)) {
          if (out.length < limit) out.push(child);
        } else {
          walk(x[key], y[key], child);
        }
      }
      return;
    }
    if (!Object.is(x, y) && !(x === 0 && y === 0)) out.push(path);
  };
  walk(a, b, "");
  return out;
}
function deepEqual(a, b) {
  return changedPaths(a, b, 1).length === 0;
}

// src/metrics/json.ts
var parseRate = binaryMetric({
  id: "json.parse_rate",
  title: "Answer parses as JSON",
  unit: "rate",
  badDirection: "decrease",
  applies: (kind) => kind === "json",
  check: (output) => parseJsonText(output?.text).ok ? { pass: true } : { pass: false, reasons: [output?.text === void 0 ? "no text" : "not JSON"] }
});
var schemaPass = withAjv(
  binaryMetric({
    id: "json.schema_pass",
    title: "Answer satisfies the output schema",
    unit: "rate",
    badDirection: "decrease",
    applies: (kind, ctx) => kind === "json" && ctx.outputSchema !== void 0,
    check(output, _side, ctx) {
      const parsed = parseJsonText(output?.text);
      if (!parsed.ok) return { pass: false, reasons: ["not JSON"] };
      const validate = validatorFor(ctx.outputSchema, "The output schema");
      return validate(parsed.value) ? { pass: true } : { pass: false, reasons: [schemaErrorReason(validate.errors)] };
    }
  })
);
var TOP_PATHS = 20;
var DEEP_EQUAL = { id: "json.deep_equal", title: "JSON answers are deep-equal", unit: "rate", badDirection: "decrease" };
var deepEqualMetric = {
  id: DEEP_EQUAL.id,
  title: DEEP_EQUAL.title,
  applies: (kind) => kind === "json",
  init: (ctx) => ({ ...initAgreement(ctx), paths: {}, unparsed: 0 }),
  observe(state, pair) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const b = parseJsonText(pair.baseline.output?.text);
    const c = parseJsonText(pair.candidate.output?.text);
    if (!b.ok || !c.ok) {
      state.unparsed++;
      state.values.push(0, pair.record.line);
    } else {
      const changed = changedPaths(b.value, c.value);
      for (const path of changed) state.paths[path] = (state.paths[path] ?? 0) + 1;
      state.values.push(changed.length === 0 ? 1 : 0, pair.record.line);
    }
    if (pair.baselineRepeat?.ok) {
      const r = parseJsonText(pair.baselineRepeat.output?.text);
      state.noise.push(b.ok && r.ok && changedPaths(b.value, r.value, 1).length === 0 ? 1 : 0, pair.record.line);
    }
  },
  merge: (a, b) => ({ ...mergeAgreement(a, b), paths: addCounts(addCounts({}, a.paths), b.paths), unparsed: a.unparsed + b.unparsed }),
  finish(state) {
    return finishAgreement(DEEP_EQUAL, state, 1, {
      changedPaths: topCounts(state.paths, TOP_PATHS).map(({ key, count }) => ({ path: key, count })),
      distinctChangedPaths: Object.keys(state.paths).length,
      unparsedPairs: state.unparsed
    });
  }
};
var jsonMetrics = [parseRate, schemaPass, deepEqualMetric];

// src/metrics/distributions.ts
var KS_EXACT_MAX_N = 1e4;
var KS_EXACT_BUDGET = 5e7;
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function ksTwoSample(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { statistic: Number.NaN, pValue: Number.NaN, method: "exact" };
  const x = sortedCopy(a);
  const y = sortedCopy(b);
  let i = 0;
  let j = 0;
  let statistic = 0;
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? x[i] : Infinity, j < n2 ? y[j] : Infinity);
    while (i < n1 && x[i] === next) i++;
    while (j < n2 && y[j] === next) j++;
    statistic = Math.max(statistic, Math.abs(i / n1 - j / n2));
  }
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N || 2 * statistic * n1 * n2 + 3 * Math.max(n1, n2) <= KS_EXACT_BUDGET) {
    return { statistic, pValue: ksExactTwoSided(n1, n2, statistic), method: "exact" };
  }
  const en = n1 * n2 / (n1 + n2);
  return { statistic, pValue: kolmogorovSurvival((Math.sqrt(en) + 0.12 + 0.11 / Math.sqrt(en)) * statistic), method: "asymptotic" };
}
function ksExactTwoSided(m, n, d) {
  const g = gcd(m, n);
  const lcm = m / g * n;
  const h = Math.round(d * lcm);
  if (h === 0) return 1;
  const limit = h * g;
  const outside = (i, j) => Math.abs(i * n - j * m) >= limit;
  let row = new Float64Array(n + 1);
  let next = new Float64Array(n + 1);
  let escaped = 0;
  row[0] = 1;
  for (let i = 0; i <= m; i++) {
    const low = Math.max(0, Math.floor((i * n - limit) / m));
    const high = Math.min(n, Math.ceil((i * n + limit) / m));
    for (let j = low; j <= high; j++) {
      const mass = row[j];
      if (mass === 0) continue;
      const remaining = m - i + (n - j);
      if (remaining === 0) continue;
      if (i < m) {
        const moved = mass * (m - i) / remaining;
        if (outside(i + 1, j)) escaped += moved;
        else next[j] = next[j] + moved;
      }
      if (j < n) {
        const moved = mass * (n - j) / remaining;
        if (outside(i, j + 1)) escaped += moved;
        else row[j + 1] = row[j + 1] + moved;
      }
    }
    row.fill(0, low, Math.min(n, high + 1) + 1);
    [row, next] = [next, row];
  }
  return Math.min(1, Math.max(0, escaped));
}
function kolmogorovSurvival(lambda) {
  if (lambda <= 0) return 1;
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += (k % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}
function wasserstein1(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return Number.NaN;
  const x = sortedCopy(a);
  const y = sortedCopy(b);
  let i = 0;
  let j = 0;
  let total = 0;
  let previous = Math.min(x[0], y[0]);
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? x[i] : Infinity, j < n2 ? y[j] : Infinity);
    total += Math.abs(i / n1 - j / n2) * (next - previous);
    while (i < n1 && x[i] === next) i++;
    while (j < n2 && y[j] === next) j++;
    previous = next;
  }
  return total;
}
function categoriesOf(...tables) {
  const keys = /* @__PURE__ */ new Set();
  for (const table of tables) for (const key of Object.keys(table)) keys.add(key);
  return [...keys].sort();
}
function shares(counts, categories) {
  const total = categories.reduce((sum, c) => sum + (counts[c] ?? 0), 0);
  return categories.map((c) => total ? (counts[c] ?? 0) / total : 0);
}
function fillEmpty(percents) {
  const nonZero = percents.filter((p) => p !== 0);
  if (nonZero.length === percents.length || nonZero.length === 0) return percents;
  const smallest = Math.min(...nonZero);
  const epsilon = smallest <= 1e-4 ? smallest / 1e6 : 1e-4;
  return percents.map((p) => p === 0 ? epsilon : p);
}
function populationStabilityIndex(baseline, candidate) {
  const categories = categoriesOf(baseline, candidate);
  if (categories.length === 0) return Number.NaN;
  const r = fillEmpty(shares(baseline, categories));
  const c = fillEmpty(shares(candidate, categories));
  let psi = 0;
  for (let k = 0; k < categories.length; k++) {
    const rk = r[k];
    const ck = c[k];
    psi += (rk - ck) * Math.log(rk / ck);
  }
  return psi;
}
function jensenShannonDistance(baseline, candidate) {
  const categories = categoriesOf(baseline, candidate);
  if (categories.length === 0) return Number.NaN;
  const p = shares(baseline, categories);
  const q = shares(candidate, categories);
  let divergence = 0;
  for (let k = 0; k < categories.length; k++) {
    const pk = p[k];
    const qk = q[k];
    const mk = (pk + qk) / 2;
    if (pk > 0) divergence += pk * Math.log2(pk / mk);
    if (qk > 0) divergence += qk * Math.log2(qk / mk);
  }
  return Math.sqrt(Math.max(0, divergence / 2));
}
function confusionMarginals(confusion) {
  const baseline = {};
  const candidate = {};
  let total = 0;
  let agree = 0;
  for (const [b, row] of Object.entries(confusion)) {
    for (const [c, count] of Object.entries(row)) {
      baseline[b] = (baseline[b] ?? 0) + count;
      candidate[c] = (candidate[c] ?? 0) + count;
      total += count;
      if (b === c) agree += count;
    }
  }
  return { baseline, candidate, total, agree };
}
function cohenKappa(confusion) {
  const { baseline, candidate, total, agree } = confusionMarginals(confusion);
  if (total === 0) return Number.NaN;
  const observed = agree / total;
  let expected = 0;
  for (const label of categoriesOf(baseline, candidate)) expected += (baseline[label] ?? 0) / total * ((candidate[label] ?? 0) / total);
  if (expected === 1) return Number.NaN;
  return (observed - expected) / (1 - expected);
}

// src/metrics/label.ts
var CONFUSION_LABELS = 20;
function mergeConfusion(a, b) {
  const out = {};
  for (const source of [a, b]) for (const [row, cells] of Object.entries(source)) out[row] = addCounts(out[row] ?? {}, cells);
  return out;
}
function displayConfusion(confusion) {
  const { baseline, candidate } = confusionMarginals(confusion);
  const totals = addCounts(addCounts({}, baseline), candidate);
  const ranked = Object.keys(totals).sort((x, y) => totals[y] - totals[x] || (x < y ? -1 : 1));
  const shown = ranked.slice(0, CONFUSION_LABELS);
  const labels = ranked.length > shown.length ? [...shown, "(other)"] : shown;
  const index = (label) => {
    const i = shown.indexOf(label);
    return i >= 0 ? i : shown.length;
  };
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [b, row] of Object.entries(confusion)) {
    for (const [c, count] of Object.entries(row)) {
      const cells = matrix[index(b)];
      cells[index(c)] = cells[index(c)] + count;
    }
  }
  return { labels, matrix };
}
var AGREEMENT = { id: "label.agreement", title: "Label agreement", unit: "rate", badDirection: "decrease" };
function isUndeclared(label, ctx) {
  return ctx.output.labels !== void 0 && !ctx.output.labels.includes(label);
}
var labelAgreement = {
  id: AGREEMENT.id,
  title: AGREEMENT.title,
  applies: (kind) => kind === "label",
  init: (ctx) => ({ ...initAgreement(ctx), confusion: {}, undeclared: { baseline: 0, candidate: 0 } }),
  observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const b = extractLabel(pair.baseline.output, ctx.output);
    const c = extractLabel(pair.candidate.output, ctx.output);
    state.values.push(b === c ? 1 : 0, pair.record.line);
    const row = state.confusion[b] ??= {};
    row[c] = (row[c] ?? 0) + 1;
    if (isUndeclared(b, ctx)) state.undeclared.baseline++;
    if (isUndeclared(c, ctx)) state.undeclared.candidate++;
    if (pair.baselineRepeat?.ok) state.noise.push(extractLabel(pair.baselineRepeat.output, ctx.output) === b ? 1 : 0, pair.record.line);
  },
  merge: (a, b) => ({
    ...mergeAgreement(a, b),
    confusion: mergeConfusion(a.confusion, b.confusion),
    undeclared: { baseline: a.undeclared.baseline + b.undeclared.baseline, candidate: a.undeclared.candidate + b.undeclared.candidate }
  }),
  finish(state) {
    const n = state.values.length;
    const agree = state.values.values().reduce((sum, v) => sum + v, 0);
    return finishAgreement(AGREEMENT, state, 1, {
      flipRate: n ? (n - agree) / n : null,
      cohenKappa: finiteOrNull(cohenKappa(state.confusion)),
      confusion: displayConfusion(state.confusion),
      undeclaredLabels: state.undeclared
    });
  }
};
function shareTable(counts) {
  const total = Object.values(counts).reduce((s, v) => s + v, 0);
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / total]));
}
function marginalMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind) => kind === "label",
    init: () => ({ baseline: {}, candidate: {}, excludedFailedPairs: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = extractLabel(pair.baseline.output, ctx.output);
      const c = extractLabel(pair.candidate.output, ctx.output);
      state.baseline[b] = (state.baseline[b] ?? 0) + 1;
      state.candidate[c] = (state.candidate[c] ?? 0) + 1;
    },
    merge: (a, b) => ({
      baseline: addCounts(addCounts({}, a.baseline), b.baseline),
      candidate: addCounts(addCounts({}, a.candidate), b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs
    }),
    finish(state) {
      const n = Object.values(state.baseline).reduce((s, v) => s + v, 0);
      const value = n ? spec.distance(state.baseline, state.candidate) : Number.NaN;
      return {
        ...meta({ id: spec.id, title: spec.title, unit: "distance", badDirection: "increase" }),
        test: "distance",
        n,
        ...n ? { candidate: value, distance: { value, threshold: spec.threshold } } : {},
        details: {
          baselineShares: n ? shareTable(state.baseline) : {},
          candidateShares: n ? shareTable(state.candidate) : {},
          excludedFailedPairs: state.excludedFailedPairs
        }
      };
    }
  };
}
var labelPsi = marginalMetric({ id: "label.distribution_psi", title: "Label mix drift (PSI)", threshold: 0.1, distance: populationStabilityIndex });
var labelJs = marginalMetric({
  id: "label.distribution_js",
  title: "Label mix drift (Jensen\u2013Shannon distance)",
  threshold: 0.1,
  distance: jensenShannonDistance
});
var labelMetrics = [labelAgreement, labelPsi, labelJs];

// src/metrics/numeric.ts
var isNumeric = (kind) => kind === "numeric";
var DEFAULT_RTOL = 1e-5;
var DEFAULT_ATOL = 1e-8;
function withinTolerance(baseline, candidate, rtol, atol) {
  if (baseline === candidate) return true;
  return Math.abs(baseline - candidate) <= atol + rtol * Math.abs(baseline);
}
function maxOf(values) {
  let max = Number.NaN;
  for (let i = 0; i < values.length; i++) if (!(values[i] <= max)) max = values[i];
  return max;
}
function absErrors(state) {
  const baseline = state.baseline.values();
  const candidate = state.candidate.values();
  return baseline.map((b, i) => Math.abs(b - candidate[i]));
}
var numericValue = pairedMetric({
  id: "numeric.value",
  title: "Numeric answer",
  unit: "value",
  badDirection: "either",
  applies: isNumeric,
  value: (call, ctx) => extractNumber(call.output, ctx.output),
  details: (state) => {
    const errors = absErrors(state);
    return { meanAbsoluteError: finiteOrNull(mean(errors)), maxAbsoluteError: finiteOrNull(maxOf(errors)) };
  }
});
var TOLERANCE = { id: "numeric.within_tolerance", title: "Within tolerance (rtol/atol)", unit: "rate", badDirection: "decrease" };
function tolerances(ctx) {
  return { rtol: ctx.output.rtol ?? DEFAULT_RTOL, atol: ctx.output.atol ?? DEFAULT_ATOL };
}
var numericWithinTolerance = {
  id: TOLERANCE.id,
  title: TOLERANCE.title,
  applies: isNumeric,
  init: (ctx) => ({ ...initAgreement(ctx), absErrors: new NumberColumn(ctx.expectedPairs) }),
  observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const { rtol, atol } = tolerances(ctx);
    const b = extractNumber(pair.baseline.output, ctx.output);
    const c = extractNumber(pair.candidate.output, ctx.output);
    if (b === void 0 || c === void 0) state.notComparable++;
    else {
      state.values.push(withinTolerance(b, c, rtol, atol) ? 1 : 0, pair.record.line);
      state.absErrors.push(Math.abs(b - c), pair.record.line);
    }
    const r = pair.baselineRepeat?.ok ? extractNumber(pair.baselineRepeat.output, ctx.output) : void 0;
    if (b !== void 0 && r !== void 0) state.noise.push(withinTolerance(b, r, rtol, atol) ? 1 : 0, pair.record.line);
  },
  merge: (a, b) => ({ ...mergeAgreement(a, b), absErrors: NumberColumn.concat(a.absErrors, b.absErrors) }),
  finish(state, ctx) {
    const absErrors2 = state.absErrors.values();
    const max = maxOf(absErrors2);
    return finishAgreement(TOLERANCE, state, 1, {
      ...tolerances(ctx),
      meanAbsoluteError: finiteOrNull(mean(absErrors2)),
      maxAbsoluteError: finiteOrNull(max)
    });
  }
};
function distanceMetric(spec) {
  const collector = pairedMetric({
    id: spec.id,
    title: spec.title,
    unit: "distance",
    badDirection: "increase",
    applies: isNumeric,
    value: (call, ctx) => extractNumber(call.output, ctx.output)
  });
  return {
    ...collector,
    finish(state) {
      const n = state.baseline.length;
      const computed = n ? spec.compute(state.baseline.values(), state.candidate.values()) : void 0;
      return {
        ...meta({ id: spec.id, title: spec.title, unit: "distance", badDirection: "increase" }),
        test: "distance",
        n,
        ...computed ? { candidate: computed.value, distance: { value: computed.value, threshold: spec.threshold } } : {},
        details: { ...computed?.details, excludedFailedPairs: state.excludedFailedPairs, missingValuePairs: state.missing }
      };
    }
  };
}
var numericKs = distanceMetric({
  id: "numeric.ks",
  title: "Distribution shift (Kolmogorov\u2013Smirnov D)",
  threshold: 0.1,
  compute: (b, c) => {
    const ks = ksTwoSample(b, c);
    return { value: ks.statistic, details: { pValue: ks.pValue, pValueMethod: ks.method } };
  }
});
var numericWassersteinNorm = distanceMetric({
  id: "numeric.wasserstein_norm",
  title: "Distribution shift (normed Wasserstein)",
  threshold: 0.1,
  compute: (b, c) => {
    const w1 = wasserstein1(b, c);
    const std = stdPopulation(b);
    return { value: w1 / Math.max(std, 1e-3), details: { wasserstein: w1, baselineStd: std } };
  }
});
var numericMetrics = [numericValue, numericWithinTolerance, numericKs, numericWassersteinNorm];

// src/metrics/levenshtein.ts
var EDIT_WORK_BUDGET = 1 << 20;
var capWindow = (budget) => Math.max(32, Math.floor(Math.sqrt(budget * 32)));
function codePoints(text) {
  const out = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const high = text.charCodeAt(i);
    if (high >= 55296 && high <= 56319 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 56320 && low <= 57343) {
        out[n++] = (high - 55296) * 1024 + (low - 56320) + 65536;
        i++;
        continue;
      }
    }
    out[n++] = high;
  }
  return out.subarray(0, n);
}
function stripCommon(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { a: a.subarray(start, endA), b: b.subarray(start, endB), common: start + (a.length - endA) };
}
function levenshteinBounded(a, b, budget = EDIT_WORK_BUDGET) {
  if (a === b) return { distance: 0, capped: false };
  let { a: s, b: t } = stripCommon(codePoints(a), codePoints(b));
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return { distance: t.length, capped: false };
  if (Math.ceil(s.length / 32) * t.length <= budget) return { distance: bitParallel(s, t), capped: false };
  const exact = diagonalDistance(s, t, budget);
  if (exact !== void 0) return { distance: exact, capped: false };
  const window = capWindow(budget);
  const ws = Math.min(s.length, window);
  const wt = Math.min(t.length, window);
  const head = bitParallel(s.subarray(0, ws), t.subarray(0, wt));
  return { distance: head + Math.max(s.length - ws, t.length - wt), capped: true };
}
function bitParallel(pattern, text) {
  const m = pattern.length;
  if (text.length === 0) return m;
  const blocks = Math.ceil(m / 32);
  const symbol = /* @__PURE__ */ new Map();
  for (const cp of pattern) if (!symbol.has(cp)) symbol.set(cp, symbol.size);
  const peq = new Int32Array(symbol.size * blocks);
  for (let i = 0; i < m; i++) {
    const at2 = symbol.get(pattern[i]) * blocks + (i >>> 5);
    peq[at2] = peq[at2] | 1 << (i & 31);
  }
  const plus = new Int32Array(blocks).fill(-1);
  const minus = new Int32Array(blocks);
  const lastBit = 1 << (m - 1 & 31);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const id = symbol.get(text[j]);
    const row = id === void 0 ? -1 : id * blocks;
    let carry = 1;
    for (let k = 0; k < blocks; k++) {
      const pv = plus[k];
      const mv = minus[k];
      let eq = row < 0 ? 0 : peq[row + k];
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = ((eq & pv) + pv | 0) ^ pv | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = k === blocks - 1 ? lastBit : 2147483648 | 0;
      const out = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      plus[k] = mh | ~(xv | ph);
      minus[k] = ph & xv;
      carry = out;
    }
    score += carry;
  }
  return score;
}
function diagonalDistance(s, t, budget) {
  const n = s.length;
  const m = t.length;
  const target = m - n;
  const maxD = Math.min(m, Math.floor(Math.sqrt(budget)));
  const width = 2 * maxD + 3;
  const offset = maxD + 1;
  let previous = new Int32Array(width).fill(-1);
  let current = new Int32Array(width).fill(-1);
  let work = 0;
  for (let d = 0; d <= maxD; d++) {
    const low = Math.max(-d, -n);
    const high = Math.min(d, m);
    for (let k = low; k <= high; k++) {
      let i;
      if (d === 0) i = 0;
      else {
        const same = Math.abs(k) <= d - 1 ? previous[k + offset] : -1;
        const above = k + 1 <= d - 1 ? previous[k + 1 + offset] : -1;
        const left = k - 1 >= -(d - 1) ? previous[k - 1 + offset] : -1;
        i = Math.max(same < 0 ? -1 : same + 1, above < 0 ? -1 : above + 1, left);
      }
      if (i < 0) i = k < 0 ? -k : 0;
      if (i > n) i = n;
      if (i + k > m) i = m - k;
      while (i < n && i + k < m && s[i] === t[i + k]) {
        i++;
        work++;
      }
      current[k + offset] = i;
      work++;
      if (k === target && i === n) return d;
    }
    if (work > budget) return void 0;
    [previous, current] = [current, previous];
  }
  return void 0;
}
function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
var last;
function editSimilarityBounded(a, b) {
  if (a === b) return { score: 1, capped: false };
  if (last && last.a === a && last.b === b) return last.similarity;
  const { distance, capped } = levenshteinBounded(a, b);
  const similarity = { score: 1 - distance / Math.max(codePointLength(a), codePointLength(b)), capped };
  last = { a, b, similarity };
  return similarity;
}
function editSimilarity(a, b) {
  return editSimilarityBounded(a, b).score;
}

// src/metrics/text-compare.ts
var ASCII = /^[\x00-\x7f]*$/;
function normalizeText(text) {
  return (ASCII.test(text) ? text : text.normalize("NFKC")).toLowerCase().replace(/\s+/gu, " ").trim().replace(/[\p{P}\s]+$/u, "");
}
function rougeTokens(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
var LCS_WORK_BUDGET = EDIT_WORK_BUDGET;
function tokenIds(a, b) {
  const ids = /* @__PURE__ */ new Map();
  const convert = (tokens2) => {
    const out = new Int32Array(tokens2.length);
    tokens2.forEach((token, i) => {
      let id = ids.get(token);
      if (id === void 0) ids.set(token, id = ids.size);
      out[i] = id;
    });
    return out;
  };
  return [convert(a), convert(b)];
}
function lcsBounded(a, b, budget = LCS_WORK_BUDGET) {
  const [x, y] = tokenIds(a, b);
  let { a: s, b: t, common } = stripCommon(x, y);
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return { length: common, capped: false };
  if (Math.ceil(s.length / 32) * t.length <= budget) return { length: common + bitParallelLcs(s, t), capped: false };
  const differences = diagonalDifferences(s, t, budget);
  if (differences !== void 0) return { length: common + (s.length + t.length - differences) / 2, capped: false };
  const window = capWindow(budget);
  return { length: common + bitParallelLcs(s.subarray(0, Math.min(s.length, window)), t.subarray(0, Math.min(t.length, window))), capped: true };
}
function bitParallelLcs(pattern, text) {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return 0;
  const blocks = Math.ceil(m / 32);
  const symbol = /* @__PURE__ */ new Map();
  for (const id of pattern) if (!symbol.has(id)) symbol.set(id, symbol.size);
  const match = new Int32Array(symbol.size * blocks);
  for (let i = 0; i < m; i++) {
    const at2 = symbol.get(pattern[i]) * blocks + (i >>> 5);
    match[at2] = match[at2] | 1 << (i & 31);
  }
  const v = new Int32Array(blocks).fill(-1);
  for (let j = 0; j < text.length; j++) {
    const id = symbol.get(text[j]);
    if (id === void 0) continue;
    const row = id * blocks;
    let carry = 0;
    for (let k = 0; k < blocks; k++) {
      const word = v[k];
      const eq = match[row + k];
      const sum = (word >>> 0) + ((word & eq) >>> 0) + carry;
      carry = sum > 4294967295 ? 1 : 0;
      v[k] = sum | 0 | word & ~eq;
    }
  }
  let zeros = 0;
  for (let i = 0; i < m; i++) if ((v[i >>> 5] & 1 << (i & 31)) === 0) zeros++;
  return zeros;
}
function diagonalDifferences(s, t, budget) {
  const n = s.length;
  const m = t.length;
  const maxD = Math.min(n + m, Math.floor(Math.sqrt(budget)));
  const offset = maxD + 1;
  const furthest = new Int32Array(2 * maxD + 3);
  let work = 0;
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && furthest[k - 1 + offset] < furthest[k + 1 + offset] ? furthest[k + 1 + offset] : furthest[k - 1 + offset] + 1;
      let y = x - k;
      while (x < n && y < m && s[x] === t[y]) {
        x++;
        y++;
        work++;
      }
      furthest[k + offset] = x;
      work++;
      if (x >= n && y >= m) return d;
    }
    if (work > budget) return void 0;
  }
  return void 0;
}
function rougeLBounded(reference, candidate) {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  if (ref.length === 0 && cand.length === 0) return { score: 1, capped: false };
  if (ref.length === 0 || cand.length === 0) return { score: 0, capped: false };
  const { length: lcs, capped } = lcsBounded(ref, cand);
  if (lcs === 0) return { score: 0, capped };
  const precision = lcs / cand.length;
  const recall = lcs / ref.length;
  return { score: 2 * precision * recall / (precision + recall), capped };
}
function cosine(a, b) {
  if (a.length !== b.length) throw new Error(`embedding dimensions differ: ${a.length} vs ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 && nb === 0) return 1;
  if (na === 0 || nb === 0) return 0;
  return dot / Math.sqrt(na * nb);
}

// src/metrics/text.ts
function answerText(output) {
  return output?.text ?? "";
}
var TEXT_THRESHOLDS = { exact: 1, normalized: 1, edit: 0.8, rouge: 0.75, embedding: 0.75 };
var exactMatch = agreementMetric({
  id: "text.exact_match",
  title: "Exact match",
  unit: "rate",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.exact,
  score: (b, c) => answerText(b) === answerText(c) ? 1 : 0
});
var normalizedMatch = agreementMetric({
  id: "text.normalized_match",
  title: "Normalised match",
  unit: "rate",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.normalized,
  score: (b, c) => normalizeText(answerText(b)) === normalizeText(answerText(c)) ? 1 : 0
});
function boundedAgreementMetric(spec) {
  const meta2 = { id: spec.id, title: spec.title, unit: "score", badDirection: "decrease" };
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind) => kind === "text",
    init: (ctx) => ({ ...initAgreement(ctx), cappedPairs: 0 }),
    observe(state, pair) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const baseline = answerText(pair.baseline.output);
      const value = spec.score(baseline, answerText(pair.candidate.output));
      state.values.push(value.score, pair.record.line);
      if (value.capped) state.cappedPairs++;
      if (pair.baselineRepeat?.ok) {
        const noise = spec.score(baseline, answerText(pair.baselineRepeat.output));
        state.noise.push(noise.score, pair.record.line);
        if (noise.capped) state.cappedPairs++;
      }
    },
    merge: (a, b) => ({ ...mergeAgreement(a, b), cappedPairs: a.cappedPairs + b.cappedPairs }),
    finish: (state) => finishAgreement(meta2, state, spec.threshold, { cappedPairs: state.cappedPairs })
  };
}
var editSimilarityMetric = boundedAgreementMetric({
  id: "text.edit_similarity",
  title: "Edit similarity (1 \u2212 Levenshtein / max length)",
  threshold: TEXT_THRESHOLDS.edit,
  score: editSimilarityBounded
});
var rougeLMetric = boundedAgreementMetric({
  id: "text.rouge_l",
  title: "ROUGE-L F-measure",
  threshold: TEXT_THRESHOLDS.rouge,
  score: rougeLBounded
});
var EMBED_BATCH_PAIRS = 32;
var pendingByState = /* @__PURE__ */ new WeakMap();
function similarityOf(a, b, vectors) {
  if (a === b) return 1;
  if (a === "" || b === "") return 0;
  return Math.max(0, Math.min(1, cosine(vectors.get(a), vectors.get(b))));
}
async function flushEmbeddings(state, ctx) {
  const pending = pendingByState.get(state);
  if (!pending || pending.length === 0) return;
  pendingByState.delete(state);
  const texts = /* @__PURE__ */ new Set();
  for (const p of pending) {
    if (p.baseline !== p.candidate) {
      for (const t of [p.baseline, p.candidate]) if (t !== "") texts.add(t);
    }
    if (p.repeat !== void 0 && p.repeat !== p.baseline) {
      for (const t of [p.baseline, p.repeat]) if (t !== "") texts.add(t);
    }
  }
  const unique = [...texts];
  const vectors = /* @__PURE__ */ new Map();
  try {
    if (unique.length > 0) {
      if (!ctx.embed) throw new Error("no embeddings client configured");
      const embedded = await ctx.embed(unique);
      if (embedded.length !== unique.length) throw new Error(`asked for ${unique.length} vectors, got ${embedded.length}`);
      unique.forEach((text, i) => {
        vectors.set(text, embedded[i]);
      });
    }
    const values = [];
    const noise = [];
    for (const p of pending) {
      values.push([similarityOf(p.baseline, p.candidate, vectors), p.line]);
      if (p.repeat !== void 0) noise.push([similarityOf(p.baseline, p.repeat, vectors), p.line]);
    }
    for (const [v, line] of values) state.values.push(v, line);
    for (const [v, line] of noise) state.noise.push(v, line);
  } catch (e) {
    state.embeddingFailedPairs += pending.length;
    state.embeddingError ??= e instanceof Error ? e.message : String(e);
  }
}
var EMBEDDING = { id: "text.embedding_cosine", title: "Embedding cosine similarity", unit: "score", badDirection: "decrease" };
var embeddingCosine = {
  id: EMBEDDING.id,
  title: EMBEDDING.title,
  applies: (kind, ctx) => kind === "text" && typeof ctx.embed === "function",
  init: (ctx) => ({ ...initAgreement(ctx), embeddingFailedPairs: 0 }),
  async observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const pending = pendingByState.get(state) ?? [];
    pendingByState.set(state, pending);
    pending.push({
      line: pair.record.line,
      baseline: answerText(pair.baseline.output),
      candidate: answerText(pair.candidate.output),
      ...pair.baselineRepeat?.ok ? { repeat: answerText(pair.baselineRepeat.output) } : {}
    });
    if (pending.length >= EMBED_BATCH_PAIRS) await flushEmbeddings(state, ctx);
  },
  flush: flushEmbeddings,
  merge(a, b) {
    if (pendingByState.get(a)?.length || pendingByState.get(b)?.length) throw new Error("text.embedding_cosine: flush() before merge()");
    const error = a.embeddingError ?? b.embeddingError;
    return {
      ...mergeAgreement(a, b),
      embeddingFailedPairs: a.embeddingFailedPairs + b.embeddingFailedPairs,
      ...error !== void 0 ? { embeddingError: error } : {}
    };
  },
  finish(state) {
    if (pendingByState.get(state)?.length) throw new Error("text.embedding_cosine: flush() before finish()");
    return finishAgreement(EMBEDDING, state, TEXT_THRESHOLDS.embedding, {
      embeddingFailedPairs: state.embeddingFailedPairs,
      ...state.embeddingError !== void 0 ? { embeddingError: state.embeddingError } : {}
    });
  }
};
var textMetrics = [exactMatch, normalizedMatch, editSimilarityMetric, rougeLMetric, embeddingCosine];

// src/metrics/tools.ts
function parseArguments(raw) {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}
function checkToolCalls(calls, tools, policy = {}) {
  const reasons = /* @__PURE__ */ new Set();
  const choice = policy.choice ?? "auto";
  if (choice === "required" && calls.length === 0) reasons.add("no call although tool_choice is required");
  if (choice === "none" && calls.length > 0) reasons.add("call although tool_choice is none");
  if (typeof choice === "object") {
    if (calls.length === 0) reasons.add(`no call although tool_choice names ${choice.name}`);
    else if (calls.some((c) => c.name !== choice.name)) reasons.add(`call other than the required ${choice.name}`);
  }
  if (policy.parallel === false && calls.length > 1) reasons.add("parallel calls although parallel_tool_calls is false");
  const declared = new Map(tools.map((t) => [t.name, t]));
  for (const call of calls) {
    const tool = declared.get(call.name);
    if (!tool) {
      reasons.add("undeclared tool name");
      continue;
    }
    const args = parseArguments(call.arguments);
    if (!args.ok) {
      reasons.add("arguments are not JSON");
      continue;
    }
    if (args.value === null || typeof args.value !== "object" || Array.isArray(args.value)) {
      reasons.add("arguments are not an object");
      continue;
    }
    const validate = validatorFor(tool.parameters, `The parameters of tool ${tool.name}`);
    if (!validate(args.value)) reasons.add(`${tool.name}: ${schemaErrorReason(validate.errors)}`);
  }
  return reasons.size === 0 ? { pass: true } : { pass: false, reasons: [...reasons] };
}
function callsOf(output) {
  return output?.toolCalls ?? [];
}
var toolsValid = withAjv(
  binaryMetric({
    id: "tools.valid",
    title: "Tool calls are valid",
    unit: "rate",
    badDirection: "decrease",
    applies: (kind) => kind === "tool-calls",
    detailsTitle: "invalidReasons",
    check(output, side, ctx) {
      const wide = ctx;
      const tools = side === "baseline" ? ctx.baselineTools : ctx.candidateTools;
      const policy = side === "baseline" ? wide.baselineToolPolicy : wide.candidateToolPolicy;
      return checkToolCalls(callsOf(output), tools, policy);
    }
  })
);
function nameF1(baseline, candidate) {
  const b = new Set(baseline.map((c2) => c2.name));
  const c = new Set(candidate.map((c2) => c2.name));
  if (b.size === 0 && c.size === 0) return 1;
  let common = 0;
  for (const name of c) if (b.has(name)) common++;
  if (common === 0) return 0;
  const precision = common / c.size;
  const recall = common / b.size;
  return 2 * precision * recall / (precision + recall);
}
function argumentsAgreement(baseline, candidate) {
  const byName = /* @__PURE__ */ new Map();
  for (const call of candidate) {
    const list = byName.get(call.name) ?? [];
    list.push(call);
    byName.set(call.name, list);
  }
  let matched = 0;
  let equal = 0;
  for (const call of baseline) {
    const other = byName.get(call.name)?.shift();
    if (!other) continue;
    matched++;
    const a = parseArguments(call.arguments);
    const b = parseArguments(other.arguments);
    if (a.ok && b.ok && deepEqual(a.value, b.value)) equal++;
  }
  return matched === 0 ? void 0 : equal / matched;
}
var toolsNameF1 = agreementMetric({
  id: "tools.name_f1",
  title: "Tool names called (F1)",
  kinds: ["tool-calls"],
  threshold: 1,
  score: (b, c) => nameF1(callsOf(b), callsOf(c))
});
var toolsArgsEqual = agreementMetric({
  id: "tools.args_equal",
  title: "Tool arguments equal (calls matched by name)",
  kinds: ["tool-calls"],
  threshold: 1,
  score: (b, c) => argumentsAgreement(callsOf(b), callsOf(c))
});
var toolMetrics = [toolsValid, toolsNameF1, toolsArgsEqual];

// src/metrics/llm/cost.ts
function requestCost(call, price) {
  const usage = call.output?.usage;
  if (!usage || usage.promptTokens === void 0 || usage.completionTokens === void 0) return void 0;
  const cached = Math.min(usage.cachedPromptTokens ?? 0, usage.promptTokens);
  const uncached = usage.promptTokens - cached;
  return (uncached * price.input + cached * (price.cachedInput ?? price.input) + usage.completionTokens * price.output) / 1e6;
}
var perRequest = pairedMetric({
  id: "cost.per_1k_requests",
  title: "Cost per 1,000 requests",
  unit: "USD",
  badDirection: "increase",
  omitWhenEmpty: true,
  applies: (_kind, ctx) => ctx.llm?.prices !== void 0,
  // Each side has its own price, so observe below reads the values; this one is never called.
  value: () => void 0,
  details(state) {
    const b = mean(state.baseline.values());
    const c = mean(state.candidate.values());
    return { meanRatio: b > 0 && Number.isFinite(c / b) ? c / b : null };
  }
});
var costPer1k = {
  ...perRequest,
  observe(state, pair, ctx) {
    const prices = ctx.llm?.prices;
    if (!bothOk(pair) || !prices) {
      state.excludedFailedPairs++;
      return;
    }
    const b = requestCost(pair.baseline, prices.baseline);
    const c = requestCost(pair.candidate, prices.candidate);
    if (b === void 0 || c === void 0) {
      state.missing++;
      return;
    }
    state.baseline.push(b * 1e3, pair.record.line);
    state.candidate.push(c * 1e3, pair.record.line);
  }
};

// src/metrics/pending-calls.ts
var PendingCalls = class {
  byState = /* @__PURE__ */ new WeakMap();
  maxWaiting;
  constructor(maxWaiting = 256) {
    this.maxWaiting = maxWaiting;
  }
  async add(state, task) {
    let pending = this.byState.get(state);
    if (!pending) this.byState.set(state, pending = /* @__PURE__ */ new Set());
    const tracked = pending;
    tracked.add(task);
    void task.finally(() => tracked.delete(task));
    if (tracked.size >= this.maxWaiting) await Promise.race(tracked);
  }
  async drain(state) {
    const pending = this.byState.get(state);
    while (pending && pending.size > 0) await Promise.all([...pending]);
  }
};

// src/metrics/llm/moderation.ts
var pendingCalls = new PendingCalls();
var META = { id: "llm.moderation_flag_rate", title: "Moderation flag rate", unit: "rate", badDirection: "increase" };
function record(state, outcome) {
  if (!outcome.ok) {
    state.failures[outcome.class] = (state.failures[outcome.class] ?? 0) + 1;
    return;
  }
  const [b, c] = outcome.results;
  countBinary(state.counts, { pass: b.flagged, reasons: b.categories }, { pass: c.flagged, reasons: c.categories });
}
var moderationFlagRate = {
  id: META.id,
  title: META.title,
  applies: (_kind, ctx) => ctx.llm?.moderator !== void 0,
  init: () => ({ counts: initBinary(), failures: {} }),
  async observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.counts.excludedFailedPairs++;
      return;
    }
    const task = ctx.llm.moderator.moderate([answerForTask(pair.baseline.output), answerForTask(pair.candidate.output)], pair.record.id).then((outcome) => record(state, outcome));
    await pendingCalls.add(state, task);
  },
  flush: (state) => pendingCalls.drain(state),
  merge: (a, b) => ({ counts: mergeBinary(a.counts, b.counts), failures: addCounts(addCounts({}, a.failures), b.failures) }),
  finish(state) {
    const result = finishBinary(META, state.counts, "flaggedCategories");
    return { ...result, details: { ...result.details, moderationFailures: state.failures } };
  }
};

// src/metrics/llm/index.ts
var llmMetrics = [refusalRate, taskSuccess, costPer1k, moderationFlagRate];

// src/metrics/llm/preference.ts
var pendingCalls2 = new PendingCalls(256);
function record2(state, outcome) {
  if (outcome.status === "skipped") state.skipped[outcome.why] = (state.skipped[outcome.why] ?? 0) + 1;
  else if (outcome.status === "failed") state.judgeFailures[outcome.class] = (state.judgeFailures[outcome.class] ?? 0) + 1;
  else {
    const preferred = outcome.verdict.preferred;
    countBinary(state.counts, { pass: preferred === "baseline" }, { pass: preferred === "candidate" });
    for (const vote of outcome.verdict.votes) state.positionVotes[vote.more]++;
  }
}
function preferenceMetric(rubric) {
  const meta2 = { id: `judge.${rubric.id}`, title: `Judge: ${rubric.text}`, unit: "rate", badDirection: rubric.badDirection ?? "increase" };
  return {
    id: meta2.id,
    title: meta2.title,
    applies: (_kind, ctx) => ctx.llm?.judge?.rubrics.some((r) => r.id === rubric.id) ?? false,
    init: () => ({ counts: initBinary(), judgeFailures: {}, skipped: {}, positionVotes: { A: 0, B: 0, tie: 0 } }),
    async observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.counts.excludedFailedPairs++;
        return;
      }
      const judge2 = ctx.llm.judge;
      const task = judge2.judge(pair, rubric.id).then(
        (outcome) => record2(state, outcome),
        (e) => record2(state, { status: "failed", class: "bad-body", message: String(e) })
      );
      await pendingCalls2.add(state, task);
    },
    flush: (state) => pendingCalls2.drain(state),
    merge: (a, b) => ({
      counts: mergeBinary(a.counts, b.counts),
      judgeFailures: addCounts(addCounts({}, a.judgeFailures), b.judgeFailures),
      skipped: addCounts(addCounts({}, a.skipped), b.skipped),
      positionVotes: { A: a.positionVotes.A + b.positionVotes.A, B: a.positionVotes.B + b.positionVotes.B, tie: a.positionVotes.tie + b.positionVotes.tie }
    }),
    finish(state, ctx) {
      const result = finishBinary(meta2, state.counts);
      const judge2 = ctx.llm?.judge;
      const decided = state.positionVotes.A + state.positionVotes.B;
      return {
        ...result,
        details: {
          rubric: rubric.text,
          order: judge2?.order,
          preferred: { baseline: state.counts.baselineOnly, candidate: state.counts.candidateOnly, tie: state.counts.neither },
          judgeFailures: state.judgeFailures,
          skipped: state.skipped,
          positionVotes: state.positionVotes,
          firstPositionShare: decided > 0 ? state.positionVotes.A / decided : null,
          excludedFailedPairs: state.counts.excludedFailedPairs,
          ...judge2 ? { examples: judge2.examples(rubric.id, meta2.badDirection === "decrease" ? "baseline" : "candidate", 3) } : {}
        }
      };
    }
  };
}
function preferenceMetrics(ctx) {
  return (ctx.llm?.judge?.rubrics ?? []).map((r) => preferenceMetric(r));
}

// src/metrics/index.ts
var allMetrics = [...commonMetrics, ...textMetrics, ...jsonMetrics, ...toolMetrics, ...labelMetrics, ...numericMetrics, ...llmMetrics];
function metricsFor(kind, ctx) {
  return [...allMetrics.filter((m) => m.applies(kind, ctx)), ...preferenceMetrics(ctx).filter((m) => m.applies(kind, ctx))];
}
function metricsById(ids, rubrics = []) {
  return ids.map((id) => {
    const rubric = id.startsWith("judge.") ? rubrics.find((r) => `judge.${r.id}` === id) : void 0;
    if (rubric) return preferenceMetric(rubric);
    const metric = allMetrics.find((m) => m.id === id);
    if (!metric) throw new Error(`unknown metric ${id}`);
    return metric;
  });
}
var YIELD_AFTER_MS = 10;
var MetricSet = class _MetricSet {
  kind;
  ctx;
  metrics;
  #states;
  #pairs = 0;
  #tail = Promise.resolve();
  #lastYield = performance.now();
  #absorbed = false;
  constructor(kind, ctx, metrics = metricsFor(kind, ctx)) {
    this.kind = kind;
    this.ctx = ctx;
    this.metrics = metrics;
    this.#states = metrics.map((m) => m.init(ctx));
  }
  /** Pairs observed so far (including merged shards). */
  get pairs() {
    return this.#pairs;
  }
  observe(pair) {
    const run = this.#tail.then(async () => {
      this.#pairs++;
      for (let i = 0; i < this.metrics.length; i++) {
        const pending = this.metrics[i].observe(this.#states[i], pair, this.ctx);
        if (pending) await pending;
      }
      if (performance.now() - this.#lastYield > YIELD_AFTER_MS) {
        await new Promise((resolve2) => setImmediate(resolve2));
        this.#lastYield = performance.now();
      }
    });
    this.#tail = run.catch(() => {
    });
    return run;
  }
  async observeAll(pairs) {
    for await (const pair of pairs) await this.observe(pair);
  }
  /** Waits for queued pairs and completes buffered work (pending embedding batches). */
  async flush() {
    await this.#tail;
    for (let i = 0; i < this.metrics.length; i++) await this.metrics[i].flush?.(this.#states[i], this.ctx);
  }
  async snapshot() {
    await this.flush();
    const states = {};
    this.metrics.forEach((m, i) => {
      states[m.id] = this.#states[i];
    });
    return { version: 1, kind: this.kind, pairs: this.#pairs, states: JSON.parse(JSON.stringify(states)) };
  }
  /** Folds another shard's results into this set (pairs of `other` count as observed after ours). */
  async merge(other) {
    const snapshot = other instanceof _MetricSet ? await other.snapshot() : other;
    if (snapshot.kind !== this.kind) throw new Error(`cannot merge metrics of kind ${snapshot.kind} into ${this.kind}`);
    await this.flush();
    this.metrics.forEach((m, i) => {
      if (!(m.id in snapshot.states)) throw new Error(`snapshot has no state for ${m.id}`);
      this.#states[i] = m.merge(this.#states[i], structuredClone(snapshot.states[m.id]));
    });
    this.#pairs += snapshot.pairs;
  }
  /** Every metric's state by id, after queued pairs are done: live objects, for a shard's partial result. */
  async exportStates() {
    await this.flush();
    const states = {};
    this.metrics.forEach((m, i) => {
      states[m.id] = this.#states[i];
    });
    return states;
  }
  /**
   * Folds in another shard's states (as exportStates gives them, or decoded from a part file), taking them
   * over rather than copying: the caller hands them off. The first shard's states become this set's.
   */
  async absorb(states, pairs) {
    await this.flush();
    const first = this.#pairs === 0 && !this.#absorbed;
    this.metrics.forEach((m, i) => {
      if (!(m.id in states)) throw new Error(`no state for ${m.id}`);
      this.#states[i] = first ? states[m.id] : m.merge(this.#states[i], states[m.id]);
    });
    this.#absorbed = true;
    this.#pairs += pairs;
  }
  /** Rewrites every state through `canonical` (e.g. to sort the keys of count records). */
  canonicalize(canonical) {
    this.#states = this.#states.map(canonical);
  }
  async finish() {
    await this.flush();
    const results = [];
    this.metrics.forEach((m, i) => {
      const result = m.finish(this.#states[i], this.ctx);
      if (!(m.omitWhenEmpty && result.n === 0)) results.push(result);
    });
    return results;
  }
};
var DIVERGENCE_METRIC = {
  text: "text.edit_similarity",
  json: "json.deep_equal",
  "tool-calls": "tools.name_f1",
  label: "label.agreement",
  numeric: "numeric.value"
};
function failureDivergence(baseline, candidate) {
  if (!baseline.ok && !candidate.ok) return baseline.error?.class === candidate.error?.class ? 0 : 1;
  return 1;
}
function pairDivergence(pair, ctx) {
  const { baseline, candidate } = pair;
  if (!baseline.ok || !candidate.ok) return failureDivergence(baseline, candidate);
  const b = baseline.output;
  const c = candidate.output;
  switch (ctx.output.kind) {
    case "text":
      return 1 - editSimilarity(answerText(b), answerText(c));
    case "json": {
      const pb = parseJsonText(b?.text);
      const pc = parseJsonText(c?.text);
      if (!pb.ok || !pc.ok) return pb.ok === pc.ok && answerText(b) === answerText(c) ? 0 : 1;
      const changed = changedPaths(pb.value, pc.value, Infinity).length;
      if (changed === 0) return 0;
      return Math.min(1, changed / Math.max(1, leafCount(pb.value), leafCount(pc.value)));
    }
    case "tool-calls": {
      const calls = [b?.toolCalls ?? [], c?.toolCalls ?? []];
      const names = nameF1(...calls);
      const args = argumentsAgreement(...calls) ?? names;
      return 1 - (names + args) / 2;
    }
    case "label":
      return extractLabel(b, ctx.output) === extractLabel(c, ctx.output) ? 0 : 1;
    case "numeric": {
      const x = extractNumber(b, ctx.output);
      const y = extractNumber(c, ctx.output);
      if (x === void 0 || y === void 0) return x === y ? 0 : 1;
      if (x === y) return 0;
      return Math.abs(x - y) / (Math.abs(x) + Math.abs(y));
    }
  }
}
function leafCount(value) {
  if (value !== null && typeof value === "object") {
    let n = 0;
    for (const child of Object.values(value)) n += leafCount(child);
    return Math.max(n, 1);
  }
  return 1;
}

// src/metrics/worst-examples.ts
var MAX_TEXT = 4e3;
function cap(text) {
  if (text.length <= MAX_TEXT) return text;
  const head = JSON.parse(JSON.stringify(text.slice(0, MAX_TEXT)));
  return `${head}\u2026 [${text.length - MAX_TEXT} more characters]`;
}
function describeAnswer(result) {
  if (!result.ok) {
    const e = result.error;
    return `ERROR (${e?.class ?? "unknown"}${e?.status ? ` ${e.status}` : ""}): ${e?.message ?? ""}`;
  }
  const out = result.output ?? {};
  const parts = [];
  if (out.text !== void 0 && out.text !== "") parts.push(out.text);
  if (out.refusal) parts.push(`[refusal] ${out.refusal}`);
  for (const call of out.toolCalls ?? []) parts.push(`\u2192 ${call.name}(${call.arguments})`);
  if (out.value !== void 0 && out.text === void 0) parts.push(JSON.stringify(out.value));
  return parts.join("\n") || "(empty answer)";
}
function byRank(a, b) {
  return b.score - a.score || a.line - b.line;
}
function ranksBefore(a, b) {
  return byRank(a, b) < 0;
}
var WorstExamples = class {
  #limit;
  #ctx;
  #kept = [];
  constructor(limit, ctx) {
    this.#limit = limit;
    this.#ctx = ctx;
  }
  offer(pair) {
    const score = pairDivergence(pair, this.#ctx);
    if (score <= 0) return;
    const lowest = this.#kept.at(-1);
    if (this.#kept.length >= this.#limit && lowest && !ranksBefore({ score, line: pair.record.line }, lowest)) return;
    this.#kept.push({
      recordId: pair.record.id,
      line: pair.record.line,
      metric: DIVERGENCE_METRIC[this.#ctx.output.kind],
      score,
      request: cap(JSON.stringify(pair.record.data, null, 2)),
      baseline: cap(describeAnswer(pair.baseline)),
      candidate: cap(describeAnswer(pair.candidate))
    });
    this.#kept.sort(byRank);
    if (this.#kept.length > this.#limit) this.#kept.pop();
  }
  /** Takes in examples another shard kept (exactly those this set would have kept from its pairs). */
  absorb(examples) {
    this.#kept.push(...examples);
    this.#kept.sort(byRank);
    this.#kept.length = Math.min(this.#kept.length, this.#limit);
  }
  examples() {
    return [...this.#kept];
  }
};

// src/versioning/replayed-calls.ts
var EXAMPLES_PER_DIRECTION = 3;
function parseObject(raw) {
  try {
    const value = JSON.parse(raw);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function keptExamples(examples) {
  const sorted = examples.map((example, i) => ({ example, i })).sort((a, b) => a.example.line - b.example.line || a.i - b.i);
  const kept = [];
  for (const side of ["baseline", "candidate"])
    kept.push(
      ...sorted.filter((x) => x.example.side === side).slice(0, EXAMPLES_PER_DIRECTION).map((x) => x.example)
    );
  return kept.sort((a, b) => a.line - b.line);
}
function mergeReplayedCalls(a, b) {
  const byTool = /* @__PURE__ */ new Map();
  for (const c of [...a, ...b]) {
    const e = byTool.get(c.tool);
    if (!e) {
      byTool.set(c.tool, { ...c, examples: [...c.examples] });
      continue;
    }
    e.oldCalls += c.oldCalls;
    e.oldRejectedByNew += c.oldRejectedByNew;
    e.newCalls += c.newCalls;
    e.newRejectedByOld += c.newRejectedByOld;
    e.examples = keptExamples([...e.examples, ...c.examples]);
  }
  return [...byTool.values()].sort((x, y) => x.tool < y.tool ? -1 : x.tool > y.tool ? 1 : 0);
}
var ReplayedCalls = class {
  base;
  head;
  counts = /* @__PURE__ */ new Map();
  constructor(baseTools, headTools) {
    this.base = new Map(baseTools.map((t) => [t.name, t]));
    this.head = new Map(headTools.map((t) => [t.name, t]));
  }
  /** True when there is anything to compare (both sides offer tools). */
  get active() {
    return this.base.size > 0 || this.head.size > 0;
  }
  entry(tool) {
    let e = this.counts.get(tool);
    if (!e) this.counts.set(tool, e = { tool, oldCalls: 0, oldRejectedByNew: 0, newCalls: 0, newRejectedByOld: 0, examples: [] });
    return e;
  }
  check(side, call, pair) {
    const own = (side === "baseline" ? this.base : this.head).get(call.name);
    const other = (side === "baseline" ? this.head : this.base).get(call.name);
    const args = parseObject(call.arguments);
    if (!own || !args || !validatorFor(own.parameters, `The parameters of tool ${own.name}`)(args)) return;
    const e = this.entry(call.name);
    let reason;
    if (!other) {
      reason = `no tool ${call.name} on the ${side === "baseline" ? "new" : "old"} side`;
    } else {
      const validate = validatorFor(other.parameters, `The parameters of tool ${other.name}`);
      if (!validate(args)) reason = schemaErrorReason(validate.errors);
    }
    if (side === "baseline") {
      e.oldCalls++;
      if (reason) e.oldRejectedByNew++;
    } else {
      e.newCalls++;
      if (reason) e.newRejectedByOld++;
    }
    if (reason) e.examples = keptExamples([...e.examples, { side, recordId: pair.record.id, line: pair.record.line, arguments: call.arguments, reason }]);
  }
  observeSide(side, result, pair) {
    if (!result?.ok) return;
    for (const call of result.output?.toolCalls ?? []) this.check(side, call, pair);
  }
  observe(pair) {
    if (!this.active) return;
    const run = () => {
      this.observeSide("baseline", pair.baseline, pair);
      this.observeSide("candidate", pair.candidate, pair);
    };
    return loadedAjv() ? run() : loadAjv().then(run);
  }
  /** Per tool that was called, sorted by name. */
  results() {
    return [...this.counts.values()].sort((a, b) => a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0);
  }
};

// node-builtin:node:fs/promises?mkdir,readFile,rename,writeFile
var builtin8 = process.getBuiltinModule("node:fs/promises");
var mkdir = builtin8.mkdir;
var readFile = builtin8.readFile;
var rename = builtin8.rename;
var writeFile = builtin8.writeFile;

// node-builtin:node:path?dirname,join
var builtin9 = process.getBuiltinModule("node:path");
var dirname2 = builtin9.dirname;
var join3 = builtin9.join;

// src/replay/adapters/judge-model.ts
var JUDGE_EXAMPLES = 3;
var JudgeAdmission = class {
  #rate;
  #seed;
  #max;
  #heap = [];
  constructor(sample = {}) {
    this.#rate = sample.rate ?? 1;
    this.#seed = sample.seed ?? DEFAULT_JUDGE_SEED;
    this.#max = sample.max ?? Number.POSITIVE_INFINITY;
  }
  offer(recordId) {
    if (!Number.isFinite(this.#max)) return;
    const draw = sampleUnit(recordId, this.#seed);
    if (draw >= this.#rate) return;
    const heap = this.#heap;
    if (heap.length < this.#max) {
      heap.push(draw);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = i - 1 >> 1;
        if (heap[parent] >= heap[i]) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
    } else if (draw < heap[0]) {
      heap[0] = draw;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let largest = i;
        if (l < heap.length && heap[l] > heap[largest]) largest = l;
        if (r < heap.length && heap[r] > heap[largest]) largest = r;
        if (largest === i) break;
        [heap[largest], heap[i]] = [heap[i], heap[largest]];
        i = largest;
      }
    }
  }
  /** The cut-off: with fewer than `max` draws under the rate, every one of them. */
  cutoff() {
    return { draw: Number.isFinite(this.#max) && this.#heap.length >= this.#max ? this.#heap[0] : Number.POSITIVE_INFINITY };
  }
};
var DEFAULT_JUDGE_SEED = "shadowgate-judge";
var MAX_PROMPT_PART = 8e3;
var MAX_REASON = 500;
var SYSTEM_PROMPT = 'You compare two answers to the same request against a rubric. Decide which answer shows the property the rubric describes more strongly, or say "tie" when neither does more than the other. Judge only the property, not which answer is better overall. Reply with one JSON object and nothing else: {"more": "A" | "B" | "tie", "reason": "<one sentence>"}';
function cut(text) {
  return text.length > MAX_PROMPT_PART ? `${text.slice(0, MAX_PROMPT_PART)}\u2026 [cut]` : text;
}
function judgePrompt(rubric, request, answerA, answerB) {
  return [
    `Rubric: ${rubric.text}`,
    `Request:
${cut(request)}`,
    `Answer A:
${cut(answerA)}`,
    `Answer B:
${cut(answerB)}`,
    `Which answer shows the rubric's property more: "A", "B" or "tie"?`
  ].join("\n\n");
}
function parseVote(text) {
  if (!text) return "empty reply";
  let value;
  try {
    value = JSON.parse(text.trim());
  } catch {
    const match = /\{[\s\S]*\}/.exec(text);
    if (!match) return `no JSON object in the reply: ${excerpt(text, 80)}`;
    try {
      value = JSON.parse(match[0]);
    } catch {
      return `unparsable JSON in the reply: ${excerpt(match[0], 80)}`;
    }
  }
  if (!isObject(value)) return "reply is not a JSON object";
  const raw = typeof value.more === "string" ? value.more.trim().toLowerCase() : void 0;
  const more = raw === "a" ? "A" : raw === "b" ? "B" : raw === "tie" || raw === "equal" || raw === "neither" || raw === "both" ? "tie" : void 0;
  if (!more) return `"more" must be "A", "B" or "tie", got ${JSON.stringify(value.more ?? null)}`;
  const reason = typeof value.reason === "string" ? value.reason.trim().slice(0, MAX_REASON) : "";
  return { more, reason };
}
function combineVotes(votes) {
  let score = 0;
  for (const vote of votes) {
    if (vote.more === "tie") continue;
    const side = vote.more === "A" === (vote.first === "baseline") ? "baseline" : "candidate";
    score += side === "candidate" ? 1 : -1;
  }
  return score > 0 ? "candidate" : score < 0 ? "baseline" : "tie";
}
function answerForJudge(call) {
  if (!call.ok) return `(no answer: ${call.error?.class ?? "error"})`;
  const out = call.output ?? {};
  const parts = [];
  if (out.text) parts.push(out.text);
  if (out.refusal) parts.push(`[refusal] ${out.refusal}`);
  for (const tool of out.toolCalls ?? []) parts.push(`[tool call] ${tool.name}(${tool.arguments})`);
  if (out.value !== void 0 && !out.text) parts.push(JSON.stringify(out.value));
  return parts.join("\n") || "(empty answer)";
}
var CostCapReached = class extends Error {
};
var JudgeCallError = class extends Error {
  failureClass;
  constructor(failureClass, message) {
    super(message);
    this.failureClass = failureClass;
  }
};
function limiter(slots) {
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= slots) await new Promise((resolve2) => waiting.push(resolve2));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
function examplesOf(verdicts, lines2, rubricId, side, limit) {
  const found = [];
  for (const [recordId, list] of verdicts) {
    const verdict = list.find((v) => v.rubric === rubricId && v.preferred === side);
    if (verdict) found.push({ recordId, line: lines2.get(recordId) ?? 0, reasons: verdict.votes.map((v) => v.reason).filter(Boolean) });
  }
  return found.sort((a, b) => a.line - b.line).slice(0, limit);
}
function recordedJudge(rubrics, order, records) {
  const verdicts = /* @__PURE__ */ new Map();
  const lines2 = /* @__PURE__ */ new Map();
  let indexed = 0;
  const index = () => {
    for (; indexed < records.length; indexed++) {
      const record3 = records[indexed];
      verdicts.set(record3.recordId, record3.verdicts);
      lines2.set(record3.recordId, record3.line);
    }
  };
  return {
    rubrics,
    order,
    plan() {
    },
    judge: () => Promise.reject(new Error("a merged run judges no pairs: each shard judged its own")),
    verdictsFor: (recordId) => {
      index();
      return verdicts.get(recordId) ?? [];
    },
    examples: (rubricId, side, limit) => {
      index();
      return examplesOf(verdicts, lines2, rubricId, side, limit);
    },
    stats: () => ({ calls: 0, cacheHits: 0, costUsd: 0, admittedPairs: 0 }),
    records: (recordIds) => {
      index();
      return [...new Set(recordIds)].flatMap(
        (recordId) => verdicts.has(recordId) ? [{ recordId, line: lines2.get(recordId) ?? 0, verdicts: verdicts.get(recordId) }] : []
      );
    },
    close() {
    }
  };
}
function createPairJudge(options) {
  const endpoint = {
    label: "judge model",
    protocol: "openai",
    url: options.endpoint,
    model: options.model,
    ...options.auth ? { auth: options.auth } : {},
    timeoutMs: options.timeoutMs ?? 6e4,
    retries: options.retries ?? defaultRetryPolicy,
    ...options.locations ? { locations: options.locations } : {}
  };
  const headers = resolveHeaders(endpoint, options.env);
  const url = joinUrl(endpoint.url, "chat/completions");
  const order = options.order ?? "both";
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let rate = options.sample?.rate ?? 1;
  const seed = options.sample?.seed ?? DEFAULT_JUDGE_SEED;
  let cutoff;
  const maxPairs = options.sample?.max ?? Number.POSITIVE_INFINITY;
  const maxCost = options.maxCostUsd ?? Number.POSITIVE_INFINITY;
  const rubrics = new Map(options.rubrics.map((r) => [r.id, r]));
  const rubricOrder = new Map(options.rubrics.map((r, i) => [r.id, i]));
  const slot = limiter(concurrency);
  let ownTransport;
  const transport = () => options.transport ?? (ownTransport ??= createTransport({ concurrency }));
  const stats = { calls: 0, cacheHits: 0, costUsd: 0, admittedPairs: 0 };
  const admission = /* @__PURE__ */ new Map();
  const outcomes = /* @__PURE__ */ new Map();
  const verdicts = /* @__PURE__ */ new Map();
  const lines2 = /* @__PURE__ */ new Map();
  const madeDirs = /* @__PURE__ */ new Set();
  function admit(pair) {
    const id = pair.record.id;
    let decision = admission.get(id);
    if (decision === void 0) {
      const draw = rate < 1 || cutoff ? sampleUnit(id, seed) : 0;
      if (rate < 1 && draw >= rate) decision = "sample";
      else if (cutoff ? draw > cutoff.draw : stats.admittedPairs >= maxPairs) decision = "max-pairs";
      else {
        decision = "admitted";
        stats.admittedPairs++;
      }
      admission.set(id, decision);
    }
    return decision;
  }
  function cachePath(key) {
    return options.cacheDir ? join3(options.cacheDir, key.slice(0, 2), `${key}.json`) : void 0;
  }
  async function readCached(key) {
    const path = cachePath(key);
    if (!path) return void 0;
    try {
      const vote = parseVote(await readFile(path, "utf8"));
      return typeof vote === "string" ? void 0 : vote;
    } catch {
      return void 0;
    }
  }
  async function writeCached(key, vote) {
    const path = cachePath(key);
    if (!path) return;
    const dir = dirname2(path);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, JSON.stringify(vote));
    await rename(temporary, path);
  }
  async function ask(rubric, request, answerA, answerB) {
    const key = createHash("sha256").update(JSON.stringify(["v1", options.model, rubric.id, rubric.text, request, answerA, answerB])).digest("hex");
    const cached = await readCached(key);
    if (cached) {
      stats.cacheHits++;
      return { ...cached, cached: true };
    }
    const body = JSON.stringify({
      model: options.model,
      temperature: 0,
      stream: false,
      messages: [
        { role: "system", content: SYSTEM_PROMPT },
        { role: "user", content: judgePrompt(rubric, request, answerA, answerB) }
      ]
    });
    const outcome = await slot(async () => {
      if (stats.costUsd >= maxCost) throw new CostCapReached();
      stats.calls++;
      const sent = await sendWithRetry(
        transport(),
        { method: "POST", url, headers, body, timeoutMs: endpoint.timeoutMs, ...options.checkAddress ? { checkAddress: options.checkAddress } : {} },
        endpoint.retries
      );
      if (sent.response) stats.costUsd += responseCost(sent.response.body);
      return sent;
    });
    if (outcome.failure) {
      const kind = outcome.failure.kind;
      throw new JudgeCallError(
        kind === "too-large" ? "bad-body" : kind === "refused" ? "connect" : kind,
        `${outcome.failure.message} after ${outcome.attempts} attempt(s)`
      );
    }
    const response = outcome.response;
    let json;
    try {
      json = JSON.parse(response.body);
    } catch {
      json = void 0;
    }
    if (response.status < 200 || response.status >= 300) {
      const failureClass = response.status === 429 ? "rate-limited" : response.status >= 500 ? "http-5xx" : "http-4xx";
      throw new JudgeCallError(failureClass, `HTTP ${response.status}: ${errorBodyMessage(json) ?? excerpt(response.body, 120)}`);
    }
    if (json === void 0) throw new JudgeCallError("bad-body", `response is not JSON: ${excerpt(response.body, 80)}`);
    const parsed = parseChatCompletion(json);
    if (!parsed.ok) throw new JudgeCallError(parsed.class, parsed.message);
    const vote = parseVote(parsed.output.text);
    if (typeof vote === "string") throw new JudgeCallError("bad-verdict", vote);
    await writeCached(key, vote).catch(() => {
    });
    return { ...vote, cached: false };
  }
  function responseCost(body) {
    if (!options.price) return 0;
    try {
      const usage = JSON.parse(body).usage;
      const prompt = typeof usage?.prompt_tokens === "number" ? usage.prompt_tokens : 0;
      const completion = typeof usage?.completion_tokens === "number" ? usage.completion_tokens : 0;
      return (prompt * options.price.input + completion * options.price.output) / 1e6;
    } catch {
      return 0;
    }
  }
  async function judgeNow(pair, rubric) {
    const request = JSON.stringify(pair.record.data, null, 2);
    const baseline = answerForJudge(pair.baseline);
    const candidate = answerForJudge(pair.candidate);
    const firsts = order === "both" ? ["baseline", "candidate"] : [sampleUnit(pair.record.id, `${seed}:order`) < 0.5 ? "baseline" : "candidate"];
    try {
      const settled = await Promise.allSettled(
        firsts.map(async (first) => {
          const [a, b] = first === "baseline" ? [baseline, candidate] : [candidate, baseline];
          const answer = await ask(rubric, request, a, b);
          return { first, more: answer.more, reason: answer.reason, cached: answer.cached };
        })
      );
      const failed = settled.find((s) => s.status === "rejected");
      if (failed) throw failed.reason;
      const votes = settled.map((s) => s.value);
      const verdict = { rubric: rubric.id, preferred: combineVotes(votes), votes };
      const list = verdicts.get(pair.record.id) ?? [];
      list.push(verdict);
      list.sort((a, b) => rubricOrder.get(a.rubric) - rubricOrder.get(b.rubric));
      verdicts.set(pair.record.id, list);
      lines2.set(pair.record.id, pair.record.line);
      return { status: "judged", verdict };
    } catch (e) {
      if (e instanceof CostCapReached) {
        stats.admittedPairs--;
        return { status: "skipped", why: "cost-cap" };
      }
      if (e instanceof JudgeCallError) return { status: "failed", class: e.failureClass, message: e.message };
      throw e;
    }
  }
  return {
    rubrics: options.rubrics,
    order,
    plan(expectedPairs, fixed) {
      if (fixed) {
        cutoff = fixed;
        return;
      }
      if (!Number.isFinite(maxPairs) || expectedPairs * rate <= maxPairs) return;
      const target = Math.max(1, maxPairs - 2 * Math.sqrt(maxPairs));
      rate = Math.min(rate, target / expectedPairs);
    },
    judge(pair, rubricId) {
      const rubric = rubrics.get(rubricId);
      if (!rubric) return Promise.reject(new Error(`no rubric ${rubricId}`));
      const key = `${rubricId}\0${pair.record.id}`;
      let outcome = outcomes.get(key);
      if (!outcome) {
        const decision = admit(pair);
        outcome = decision === "admitted" ? judgeNow(pair, rubric) : Promise.resolve({ status: "skipped", why: decision });
        outcomes.set(key, outcome);
      }
      return outcome;
    },
    verdictsFor: (recordId) => verdicts.get(recordId) ?? [],
    examples: (rubricId, side, limit) => examplesOf(verdicts, lines2, rubricId, side, limit),
    stats: () => ({ ...stats }),
    records(recordIds) {
      const wanted = new Set(recordIds);
      for (const rubric of options.rubrics) {
        for (const side of ["baseline", "candidate"])
          for (const example of examplesOf(verdicts, lines2, rubric.id, side, JUDGE_EXAMPLES)) wanted.add(example.recordId);
      }
      const found = [];
      for (const recordId of wanted) {
        const list = verdicts.get(recordId);
        if (list) found.push({ recordId, line: lines2.get(recordId) ?? 0, verdicts: list });
      }
      return found.sort((a, b) => a.line - b.line);
    },
    close() {
      ownTransport?.close();
    }
  };
}

// src/replay/adapters/moderation.ts
function parseModeration(json, expected) {
  if (!isObject(json)) return "response is not a JSON object";
  if (!Array.isArray(json.results)) return "response has no results array";
  if (json.results.length !== expected) return `asked about ${expected} texts, got ${json.results.length} results`;
  const results = [];
  for (const [i, item] of json.results.entries()) {
    if (!isObject(item) || typeof item.flagged !== "boolean") return `results[${i}].flagged is not a boolean`;
    const categories = isObject(item.categories) ? Object.entries(item.categories).filter(([, v]) => v === true).map(([k]) => k) : [];
    results.push({ flagged: item.flagged, categories });
  }
  return results;
}
function createModerator(options) {
  const endpoint = {
    label: "moderation",
    protocol: "openai",
    url: options.endpoint,
    model: options.model ?? "",
    ...options.auth ? { auth: options.auth } : {},
    timeoutMs: options.timeoutMs ?? 3e4,
    retries: options.retries ?? defaultRetryPolicy,
    ...options.locations ? { locations: options.locations } : {}
  };
  const headers = resolveHeaders(endpoint, options.env);
  const url = joinUrl(endpoint.url, "moderations");
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let ownTransport;
  const transport = () => options.transport ?? (ownTransport ??= createTransport({ concurrency }));
  let active = 0;
  const waiting = [];
  let calls = 0;
  async function call(texts) {
    calls++;
    const input = texts.map((t) => t === "" ? " " : t);
    const body = JSON.stringify({ ...options.model ? { model: options.model } : {}, input });
    const outcome = await sendWithRetry(
      transport(),
      { method: "POST", url, headers, body, timeoutMs: endpoint.timeoutMs, ...options.checkAddress ? { checkAddress: options.checkAddress } : {} },
      endpoint.retries
    );
    if (outcome.failure) {
      const kind = outcome.failure.kind;
      return { ok: false, class: kind === "too-large" ? "bad-body" : kind === "refused" ? "connect" : kind, message: outcome.failure.message };
    }
    const response = outcome.response;
    let json;
    try {
      json = JSON.parse(response.body);
    } catch {
      return { ok: false, class: "bad-body", message: `response is not JSON: ${excerpt(response.body, 80)}` };
    }
    if (response.status < 200 || response.status >= 300) {
      const failureClass = response.status === 429 ? "rate-limited" : response.status >= 500 ? "http-5xx" : "http-4xx";
      return { ok: false, class: failureClass, message: `HTTP ${response.status}: ${errorBodyMessage(json) ?? excerpt(response.body, 120)}` };
    }
    const results = parseModeration(json, texts.length);
    return typeof results === "string" ? { ok: false, class: "bad-body", message: results } : { ok: true, results };
  }
  async function limited(texts) {
    if (active >= concurrency) await new Promise((resolve2) => waiting.push(resolve2));
    active++;
    try {
      return await call(texts);
    } finally {
      active--;
      waiting.shift()?.();
    }
  }
  const byKey = /* @__PURE__ */ new Map();
  return {
    moderate(texts, key) {
      if (key === void 0) return limited(texts);
      let outcome = byKey.get(key);
      if (!outcome) byKey.set(key, outcome = limited(texts));
      return outcome;
    },
    get calls() {
      return calls;
    },
    close() {
      ownTransport?.close();
    }
  };
}

// src/commands/llm.ts
var DEFAULT_JUDGE_CACHE_DIR = ".shadowgate/judge-cache";
var DEFAULT_JUDGE_MAX_PAIRS = 200;
function judgeSample(judge2) {
  return { max: DEFAULT_JUDGE_MAX_PAIRS, ...judge2.sample };
}
async function buildLlmContext(baseline, candidate, repoRoot, env, checks = {}, shards = 1) {
  const settings = candidate.manifest.shadow.llm;
  if (!settings) return void 0;
  const locate = (path) => candidate.locate?.(path) ?? { file: candidate.manifestPath };
  const compiled2 = await compileLlmSettings(settings, locate, repoRoot);
  const ctx = { ...compiled2 };
  if (settings.prices) {
    ctx.prices = {
      candidate: priceOf(settings, candidate.manifest.model.id, "candidate", locate),
      baseline: priceOf(settings, baseline.manifest.model.id, "baseline", locate)
    };
  }
  const judge2 = settings.judge;
  if (judge2) {
    const price = judge2.maxCostUsd !== void 0 || settings.prices?.[judge2.model] ? priceOf(settings, judge2.model, "judge", locate) : void 0;
    const cacheDir = judge2.cacheDir ?? DEFAULT_JUDGE_CACHE_DIR;
    ctx.judge = createPairJudge({
      endpoint: judge2.endpoint,
      model: judge2.model,
      ...judge2.auth ? { auth: judge2.auth } : {},
      rubrics: judge2.rubrics,
      ...judge2.order ? { order: judge2.order } : {},
      sample: judgeSample(judge2),
      ...judge2.concurrency !== void 0 ? { concurrency: judge2.concurrency } : {},
      ...judge2.maxCostUsd !== void 0 ? { maxCostUsd: judge2.maxCostUsd / shards } : {},
      ...price ? { price } : {},
      ...judge2.timeoutMs !== void 0 ? { timeoutMs: judge2.timeoutMs } : {},
      cacheDir: isAbsolute(cacheDir) ? cacheDir : join(repoRoot, cacheDir),
      env,
      locations: { url: locate(["shadow", "llm", "judge", "endpoint"]), auth: locate(["shadow", "llm", "judge", "auth", "env"]) },
      ...checks.judge ? { checkAddress: checks.judge } : {}
    });
  }
  const moderation = settings.moderation;
  if (moderation) {
    ctx.moderator = createModerator({
      endpoint: moderation.endpoint,
      ...moderation.model !== void 0 ? { model: moderation.model } : {},
      ...moderation.auth ? { auth: moderation.auth } : {},
      ...moderation.concurrency !== void 0 ? { concurrency: moderation.concurrency } : {},
      ...moderation.timeoutMs !== void 0 ? { timeoutMs: moderation.timeoutMs } : {},
      env,
      locations: { url: locate(["shadow", "llm", "moderation", "endpoint"]), auth: locate(["shadow", "llm", "moderation", "auth", "env"]) },
      ...checks.moderation ? { checkAddress: checks.moderation } : {}
    });
  }
  return ctx;
}
function withLlmGates(gates, settings) {
  if (!settings) return gates ? [...gates] : void 0;
  const defaults = [];
  if (settings.refusals?.enabled !== false) defaults.push({ metric: "llm.refusal_rate", direction: "increase", critical: false });
  if (settings.tasks?.length) defaults.push({ metric: "task.success", direction: "decrease", critical: true });
  if (settings.moderation) defaults.push({ metric: "llm.moderation_flag_rate", direction: "increase", critical: true });
  if (settings.prices) defaults.push({ metric: "cost.per_1k_requests", direction: "increase", critical: false });
  for (const rubric of settings.judge?.rubrics ?? [])
    defaults.push({ metric: `judge.${rubric.id}`, direction: rubric.badDirection ?? "increase", critical: false });
  const given = new Map((gates ?? []).map((g) => [g.metric, g]));
  const merged = defaults.map((d) => {
    const override = given.get(d.metric);
    return override ? { ...d, ...Object.fromEntries(Object.entries(override).filter(([, v]) => v !== void 0)) } : d;
  });
  const covered = new Set(defaults.map((d) => d.metric));
  return [...(gates ?? []).filter((g) => !covered.has(g.metric)), ...merged];
}

// src/judge/splits.ts
var DEFAULT_PROMPT_TOKEN_EDGES = [8e3, 32e3, 128e3];
var DEFAULT_SPLIT_MIN_PAIRS = 30;
var DEFAULT_MAX_SEGMENTS = 100;
var DEFAULT_SEGMENT_FIELD = "segment";
function tokens(n) {
  return n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
}
function bucketLabels(edges) {
  if (edges.length === 0) return ["all"];
  const labels = [`<${tokens(edges[0])}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${tokens(edges[i - 1])}\u2013${tokens(edges[i])}`);
  labels.push(`\u2265${tokens(edges.at(-1))}`);
  return labels;
}
function promptTokensOf(pair) {
  return pair.baseline.output?.usage?.promptTokens ?? pair.candidate.output?.usage?.promptTokens;
}
function bucketOf(promptTokens, edges) {
  if (promptTokens === void 0) return "unknown";
  const labels = bucketLabels(edges);
  const index = edges.findIndex((edge) => promptTokens < edge);
  return labels[index === -1 ? edges.length : index];
}
function segmentOf(data, field2) {
  let value = data;
  for (const key of field2.split(".")) value = value !== null && typeof value === "object" ? value[key] : void 0;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value).slice(0, 100);
  return NO_SEGMENT;
}
var NO_SEGMENT = "(none)";
var SegmentCount = class {
  #field;
  #max;
  #seen = /* @__PURE__ */ new Set();
  constructor(settings) {
    this.#field = settings.segmentField ?? DEFAULT_SEGMENT_FIELD;
    this.#max = settings.maxSegments ?? DEFAULT_MAX_SEGMENTS;
  }
  /** Throws a UserError at the record's dataset line when it opens segment max + 1. */
  offer(record3, file) {
    const label = segmentOf(record3.data, this.#field);
    if (this.#seen.has(label)) return;
    if (this.#seen.size >= this.#max) {
      throw new UserError(
        `more than ${this.#max} segments in the record field ${this.#field}: this record opens segment ${this.#max + 1} (${JSON.stringify(label)}), over shadow.llm.split.maxSegments (${this.#max})`,
        { file, line: record3.line },
        `each segment is a group of every metric: raise shadow.llm.split.maxSegments, or set shadow.llm.split.segmentField to a coarser field`
      );
    }
    this.#seen.add(label);
  }
};
var SplitMetrics = class {
  #kind;
  #ctx;
  #minPairs;
  #maxSegments;
  #splits = [];
  constructor(kind, ctx, settings) {
    this.#kind = kind;
    const { embed: _embed, expectedPairs: _expected, ...rest } = ctx;
    this.#ctx = rest;
    this.#minPairs = settings.minPairs ?? DEFAULT_SPLIT_MIN_PAIRS;
    this.#maxSegments = settings.maxSegments ?? DEFAULT_MAX_SEGMENTS;
    const edges = settings.promptTokens ?? DEFAULT_PROMPT_TOKEN_EDGES;
    this.#splits.push({
      by: "prompt-tokens",
      order: [...bucketLabels(edges), "unknown"],
      label: (pair) => bucketOf(promptTokensOf(pair), edges),
      groups: /* @__PURE__ */ new Map()
    });
    const field2 = settings.segmentField ?? DEFAULT_SEGMENT_FIELD;
    this.#splits.push({ by: "segment", field: field2, order: [], label: (pair) => segmentOf(pair.record.data, field2), groups: /* @__PURE__ */ new Map() });
  }
  async observe(pair) {
    for (const split of this.#splits) {
      const label = split.label(pair);
      this.#checkRoom(split, label);
      let set = split.groups.get(label);
      if (!set) split.groups.set(label, set = new MetricSet(this.#kind, this.#ctx));
      await set.observe(pair);
    }
  }
  /** Every group's states, after queued pairs are done: live objects, for a shard's partial result. */
  async exportStates() {
    const parts = [];
    for (const split of this.#splits) {
      const groups = [];
      for (const [label, set] of split.groups)
        groups.push({ label, metrics: set.metrics.map((m) => m.id), pairs: set.pairs, states: await set.exportStates() });
      parts.push({ by: split.by, groups });
    }
    return parts;
  }
  /** A run's segments were counted before its replay (SegmentCount): one more here is a bug, not bad input. */
  #checkRoom(split, label) {
    if (split.by === "segment" && !split.groups.has(label) && split.groups.size >= this.#maxSegments) {
      throw new Error(`split by ${split.field}: segment ${JSON.stringify(label)} is past the ${this.#maxSegments} the dataset was checked for`);
    }
  }
  /**
   * Folds in another shard's groups (taking their states over). A group new to this set runs the metrics
   * the shard ran (`metricsOf`). Every group merges with the same group of the other shards: exact.
   */
  async absorb(parts, metricsOf) {
    for (const part of parts) {
      const split = this.#splits.find((s) => s.by === part.by);
      if (!split) throw new Error(`no split by ${part.by}`);
      for (const group of [...part.groups].sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : 0)) {
        const label = group.label;
        this.#checkRoom(split, label);
        let set = split.groups.get(label);
        if (!set) split.groups.set(label, set = new MetricSet(this.#kind, this.#ctx, metricsOf(group.metrics)));
        await set.absorb(group.states, group.pairs);
      }
    }
  }
  async finish(settings) {
    const reports = [];
    for (const split of this.#splits) {
      if (split.by === "segment" && [...split.groups.keys()].every((label) => label === NO_SEGMENT)) continue;
      const labels = [...split.groups.keys()].sort((a, b) => {
        const ia = split.order.indexOf(a);
        const ib = split.order.indexOf(b);
        return ia !== -1 || ib !== -1 ? (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib) : a.localeCompare(b);
      });
      const groups = [];
      for (const label of labels) {
        const set = split.groups.get(label);
        const results = await set.finish();
        const shown = set.pairs >= this.#minPairs;
        let cells = [];
        if (shown) {
          const judgement = judge(results, { ...settings, outputKind: this.#kind, minSamples: this.#minPairs });
          cells = judgement.metrics.filter((m) => m.gate && !m.gate.muted || /^(llm|task|cost|judge)\./.test(m.metric.id)).map((m) => ({
            metric: m.metric.id,
            verdict: m.verdict,
            unit: m.metric.unit,
            ...m.metric.baseline !== void 0 ? { baseline: m.metric.baseline } : {},
            ...m.metric.candidate !== void 0 ? { candidate: m.metric.candidate } : {},
            ...m.effectLabel !== void 0 ? { effectLabel: m.effectLabel } : {},
            ...m.interval ? { interval: m.interval } : {}
          }));
        }
        groups.push({ label, pairs: set.pairs, shown, cells });
      }
      reports.push({ by: split.by, ...split.field ? { field: split.field } : {}, minPairs: this.#minPairs, groups });
    }
    return reports;
  }
};

// node-builtin:node:zlib?deflateRawSync,inflateRawSync
var builtin10 = process.getBuiltinModule("node:zlib");
var deflateRawSync = builtin10.deflateRawSync;
var inflateRawSync = builtin10.inflateRawSync;

// src/shadow/partial.ts
var PARTIAL_FORMAT = "shadowgate-partial";
var PARTIAL_VERSION = 3;
function isEncodedColumn(value) {
  return value !== null && typeof value === "object" && "$column" in value;
}
function packed(view) {
  return deflateRawSync(Buffer.from(view.buffer, view.byteOffset, view.byteLength)).toString("base64");
}
function keySteps(keys) {
  const steps = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) steps[i] = keys[i] - (i > 0 ? keys[i - 1] : 0);
  return steps;
}
function keysFromSteps(steps) {
  const keys = new Uint32Array(steps.length);
  let key = 0;
  for (let i = 0; i < steps.length; i++) keys[i] = key = key + steps[i] >>> 0;
  return keys;
}
function encodeState(value) {
  if (value instanceof NumberColumn) {
    const values = value.values();
    const keys = value.keys();
    return { $column: { values: packed(values), ...keys ? { keys: packed(keySteps(keys)) } : {} } };
  }
  if (Array.isArray(value)) return value.map(encodeState);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = encodeState(value[key]);
    return out;
  }
  return value;
}
var PartError = class extends Error {
};
function decodeArray(text, Type) {
  if (typeof text !== "string") throw new PartError("a number column is not base64 text");
  let bytes;
  try {
    bytes = inflateRawSync(Buffer.from(text, "base64"));
  } catch {
    throw new PartError("a number column does not inflate");
  }
  if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new PartError("a number column has a partial value");
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new Type(copy);
}
function decodeState(value) {
  if (isEncodedColumn(value)) {
    const values = decodeArray(value.$column.values, Float64Array);
    if (value.$column.keys === void 0) return NumberColumn.from(values);
    return NumberColumn.withKeys(values, keysFromSteps(decodeArray(value.$column.keys, Uint32Array)));
  }
  if (Array.isArray(value)) return value.map(decodeState);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [key, child] of Object.entries(value)) out[key] = decodeState(child);
    return out;
  }
  return value;
}
function canonicalState(value) {
  if (value instanceof NumberColumn || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(canonicalState);
  const out = {};
  for (const key of Object.keys(value).sort()) out[key] = canonicalState(value[key]);
  return out;
}
function serializePartial(partial) {
  const body = JSON.stringify({ ...partial, states: encodeState(partial.states), ...partial.splits ? { splits: encodeState(partial.splits) } : {} });
  const header = JSON.stringify({
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    bytes: Buffer.byteLength(body),
    sha256: createHash("sha256").update(body).digest("hex")
  });
  return `${header}
${body}
`;
}
async function writePartial(partial, file) {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serializePartial(partial));
  await rename(temporary, file);
}
function partialFileName(shard) {
  return `shadowgate-part-${shard.index}-of-${shard.count}.json`;
}
var rerun = "re-run the shard jobs of this evaluation with the same shadowgate version, then merge their parts";
async function readPartial(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new UserError(`cannot read part: ${e.code ?? String(e)}`, { file });
  }
  return parsePartial(text, file);
}
function parsePartial(text, file) {
  const newline = text.indexOf("\n");
  let header;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline));
  } catch {
    throw new UserError(
      "not a shadowgate part file (its first line is not a part header)",
      { file, line: 1 },
      "merge takes the files `shadowgate shadow --shard I/N` writes"
    );
  }
  if (header === null || typeof header !== "object" || header.format !== PARTIAL_FORMAT) {
    throw new UserError(
      "not a shadowgate part file (its first line is not a part header)",
      { file, line: 1 },
      "merge takes the files `shadowgate shadow --shard I/N` writes"
    );
  }
  if (header.version !== PARTIAL_VERSION) {
    throw new UserError(`part written in format version ${String(header.version)}; this shadowgate reads version ${PARTIAL_VERSION}`, { file, line: 1 }, rerun);
  }
  const body = newline < 0 ? "" : text.slice(newline + 1).replace(/\n$/, "");
  const bytes = Buffer.byteLength(body);
  if (typeof header.bytes !== "number" || bytes < header.bytes) {
    throw new UserError(
      `part is truncated: ${bytes} of ${String(header.bytes)} bytes`,
      { file, line: 2 },
      "the upload or download of this part was cut short; re-run its shard job"
    );
  }
  if (bytes !== header.bytes || createHash("sha256").update(body).digest("hex") !== header.sha256) {
    throw new UserError(
      "part is corrupted: its content does not match the digest in its header",
      { file, line: 2 },
      "the file changed after its shard job wrote it; re-run that shard job"
    );
  }
  try {
    const raw = JSON.parse(body);
    checkShape(raw);
    return { ...raw, states: decodeState(raw.states), ...raw.splits ? { splits: decodeState(raw.splits) } : {} };
  } catch (e) {
    if (e instanceof PartError || e instanceof SyntaxError) throw new UserError(`part is malformed: ${e.message}`, { file, line: 2 }, rerun);
    throw e;
  }
}
function checkShape(raw) {
  const problem = (what) => new PartError(what);
  if (raw === null || typeof raw !== "object") throw problem("the body is not an object");
  const { shard, identity, replay: replay2, states, worst, surfaces } = raw;
  if (!shard || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || shard.index < 1 || shard.index > shard.count)
    throw problem("no valid shard I/N");
  if (!identity || typeof identity.service !== "string" || !Array.isArray(identity.metrics)) throw problem("no identity");
  if (!replay2 || typeof replay2.pairs !== "number") throw problem("no replay counts");
  if (!states || typeof states !== "object") throw problem("no metric states");
  for (const id of identity.metrics) if (!(id in states)) throw problem(`no state for metric ${id}`);
  if (!Array.isArray(worst) || !Array.isArray(surfaces) || typeof raw.pairs !== "number") throw problem("no worst examples or surfaces");
  if (raw.splits !== void 0 && (!Array.isArray(raw.splits) || raw.splits.some((s) => !s || !Array.isArray(s.groups))))
    throw problem("no valid split groups");
  if (raw.judge !== void 0 && (!Array.isArray(raw.judge) || raw.judge.some((r) => !r || typeof r.recordId !== "string" || !Array.isArray(r.verdicts))))
    throw problem("no valid judge verdicts");
}

// src/shadow/merge.ts
var WORST_EXAMPLES = 10;
var IDENTITY_FIELDS = [
  ["service", "service"],
  ["baselineRef", "baseline ref"],
  ["candidateRef", "candidate ref"],
  ["commit", "commit"],
  ["baselineDigests", "baseline surfaces"],
  ["candidateDigests", "candidate surfaces"],
  ["datasetSha256", "dataset"],
  ["sampling", "sampling"],
  ["noiseFloor", "noise floor"],
  ["output", "output settings"],
  ["judge", "judge settings (shadow.gates, alpha, confidence, minSamples)"],
  ["metrics", "metric set"],
  ["llm", "LLM settings (shadow.llm)"]
];
function show(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? "none";
  return text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;
}
function differentEvaluation(part, first) {
  for (const [field2, name] of IDENTITY_FIELDS) {
    if (!isDeepStrictEqual(part.partial.identity[field2], first.partial.identity[field2])) {
      return new UserError(
        `part belongs to another evaluation: its ${name} is ${show(part.partial.identity[field2])}, but ${first.source} has ${show(first.partial.identity[field2])}`,
        { file: part.source },
        "merge only the parts of one run (download the artifacts of a single workflow run)"
      );
    }
  }
  if (part.partial.shard.count !== first.partial.shard.count) {
    return new UserError(
      `part is shard ${describeShard(part.partial.shard)}, but ${first.source} is shard ${describeShard(first.partial.shard)}: the parts were split differently`,
      { file: part.source },
      "merge only the parts of one run (download the artifacts of a single workflow run)"
    );
  }
  return void 0;
}
function addStats(into, from) {
  into.sampled += from.sampled;
  into.pairs += from.pairs;
  into.requests += from.requests;
  into.ok += from.ok;
  into.retried += from.retried;
  for (const [cls, n] of Object.entries(from.failed)) into.failed[cls] = (into.failed[cls] ?? 0) + n;
  into.wallMs = Math.max(into.wallMs, from.wallMs);
}
function sortedFailures(failed) {
  return Object.fromEntries(Object.entries(failed).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function reserveColumns(state, shards) {
  if (state === null || typeof state !== "object") return;
  const entries = Array.isArray(state) ? state.entries() : Object.entries(state);
  for (const [key, value] of entries) {
    if (value instanceof NumberColumn) {
      state[key] = NumberColumn.reserve(value, Math.ceil(value.length * shards * 1.05) + 64);
    } else reserveColumns(value, shards);
  }
}
var PartMerger = class {
  #first;
  #seen = /* @__PURE__ */ new Map();
  #metrics;
  #worst;
  #replay;
  #toolCalls = [];
  #splits;
  #judge;
  #judgeRecords = [];
  /** The lowest shard stopped early, so the reason shown does not depend on the order of the parts. */
  #interruptedShard = Infinity;
  #options;
  constructor(options = {}) {
    this.#options = options;
  }
  /** Takes over the part's states (the caller hands them off). */
  async add(part) {
    const first = this.#first ??= part;
    const problem = part === first ? void 0 : differentEvaluation(part, first);
    if (problem) throw problem;
    const { partial, source } = part;
    const earlier = this.#seen.get(partial.shard.index);
    if (earlier !== void 0) {
      throw new UserError(`shard ${describeShard(partial.shard)} is given twice: here and in ${earlier}`, { file: source }, "give each shard's part once");
    }
    this.#seen.set(partial.shard.index, source);
    if (part === first && partial.shard.count > 1) reserveColumns(partial.states, partial.shard.count);
    const { identity } = first.partial;
    const llm = identity.llm;
    const rubrics = llm?.judge?.rubrics ?? [];
    this.#judge ??= llm?.judge ? recordedJudge(rubrics, llm.judge.order ?? "both", this.#judgeRecords) : void 0;
    const ctx = { output: identity.output, baselineTools: [], candidateTools: [], ...this.#judge ? { llm: { judge: this.#judge } } : {} };
    const byId = (ids) => metricsById(ids, rubrics);
    this.#metrics ??= this.#options.metrics ?? new MetricSet(identity.output.kind, ctx, byId(identity.metrics));
    this.#worst ??= new WorstExamples(WORST_EXAMPLES, ctx);
    this.#replay ??= { read: partial.replay.read, sampled: 0, pairs: 0, requests: 0, ok: 0, retried: 0, failed: {}, wallMs: 0 };
    await this.#metrics.absorb(partial.states, partial.pairs);
    this.#worst.absorb(partial.worst);
    addStats(this.#replay, partial.replay);
    if (partial.replay.interrupted && partial.shard.index < this.#interruptedShard) {
      this.#interruptedShard = partial.shard.index;
      this.#replay.interrupted = { ...partial.replay.interrupted };
    }
    this.#toolCalls = mergeReplayedCalls(this.#toolCalls, partial.toolCalls ?? []);
    const split = llm?.split;
    if (split && partial.splits) {
      this.#splits ??= new SplitMetrics(identity.output.kind, ctx, split);
      await this.#splits.absorb(partial.splits, byId);
    }
    this.#judgeRecords.push(...partial.judge ?? []);
  }
  /** The merged run; throws when no part or not every shard was added. */
  result() {
    const first = this.#first;
    if (!first || !this.#metrics || !this.#worst || !this.#replay) {
      throw new UserError("merge needs the part files of every shard", void 0, "e.g. shadowgate merge parts/*.json");
    }
    const count = first.partial.shard.count;
    const missing2 = [];
    for (let i = 1; i <= count; i++) if (!this.#seen.has(i)) missing2.push(i);
    if (missing2.length > 0) {
      const list = missing2.map((i) => `${i}/${count}`).join(", ");
      throw new UserError(
        `shard${missing2.length > 1 ? "s" : ""} ${list} ${missing2.length > 1 ? "are" : "is"} missing: ${this.#seen.size} of ${count} parts given, and a report over part of the data would pass for the whole`,
        void 0,
        "a shard job failed or its artifact was not downloaded; re-run the failed jobs, then merge again"
      );
    }
    this.#replay.failed = sortedFailures(this.#replay.failed);
    this.#metrics.canonicalize(canonicalState);
    const { versioning, endpoints } = first.partial;
    return {
      identity: first.partial.identity,
      surfaces: first.partial.surfaces,
      replay: this.#replay,
      metrics: this.#metrics,
      worst: this.#worst.examples(),
      shards: this.#seen.size,
      toolCalls: this.#toolCalls,
      ...versioning ? { versioning } : {},
      ...endpoints ? { endpoints } : {},
      ...this.#splits ? { splits: this.#splits } : {},
      ...this.#judge ? { judge: this.#judge } : {}
    };
  }
};
async function mergePartials(parts, options = {}) {
  const merger = new PartMerger(options);
  for await (const part of parts) await merger.add(part);
  return merger.result();
}

// src/commands/shadow.ts
function toolPolicy(side) {
  const tools = side.manifest.tools;
  return { ...tools?.choice !== void 0 ? { choice: tools.choice } : {}, ...tools?.parallel !== void 0 ? { parallel: tools.parallel } : {} };
}
function startResolving(options) {
  return { candidate: resolveCandidate(options), baseline: resolveBaseline(options) };
}
function resolveCandidate(options) {
  return resolveSide({
    label: "candidate",
    ref: options.headRef ?? "worktree",
    manifestPath: options.manifestPath,
    repoRoot: options.repoRoot,
    overrides: options.candidateEndpoint ? { endpoint: options.candidateEndpoint } : {},
    env: options.env ?? process.env
  });
}
async function resolveBaseline(options) {
  const env = options.env ?? process.env;
  if (options.baselineManifestPath) {
    return resolveSide({
      label: "baseline",
      ref: "worktree",
      manifestPath: options.baselineManifestPath,
      repoRoot: options.repoRoot,
      overrides: options.baselineEndpoint ? { endpoint: options.baselineEndpoint } : {},
      env
    });
  }
  if (options.baseRef) {
    return resolveSide({
      label: "baseline",
      ref: options.baseRef,
      manifestPath: options.manifestPath,
      repoRoot: options.repoRoot,
      overrides: options.baselineEndpoint ? { endpoint: options.baselineEndpoint } : {},
      env
    });
  }
  throw new UserError(
    "no baseline: give the base ref whose manifest is the baseline, or a baseline manifest file",
    void 0,
    "use --base-ref origin/main (CLI) or run on pull_request (action), or --baseline-manifest PATH"
  );
}
async function settleInOrder(candidate, baseline) {
  const [c, b] = await Promise.allSettled([candidate, baseline]);
  if (c.status === "rejected") throw c.reason;
  if (b.status === "rejected") throw b.reason;
  return { candidate: c.value, baseline: b.value };
}
function checkSameKind({ baseline, candidate }) {
  if (baseline.manifest.output.kind !== candidate.manifest.output.kind) {
    throw new UserError(
      `output.kind differs between baseline (${baseline.manifest.output.kind}) and candidate (${candidate.manifest.output.kind}): answers of different kinds cannot be compared pair by pair`,
      { file: candidate.manifestPath }
    );
  }
  return { baseline, candidate };
}
function locationsIn(side, section) {
  const at2 = (field2) => side.locate?.([...section, ...field2]) ?? { file: side.manifestPath };
  return { url: at2(["endpoint"]), auth: at2(["auth", "env"]) };
}
function modelTarget(side, shadow, env, plan) {
  const endpoint = endpointFromSurface(side.label, side.manifest.model, shadow, locationsIn(side, ["model"]));
  const checkAddress = plan.destinations.find((d) => d.label === side.label)?.checkAddress;
  return { endpoint: { ...endpoint, ...checkAddress ? { checkAddress } : {} }, headers: resolveHeaders(endpoint, env) };
}
async function checkEgress(sides, options, log, secrets) {
  const env = options.env ?? process.env;
  const allowed = parseAllowedEndpoints([...options.allowedEndpoints ?? [], ...splitList(env.SHADOWGATE_ALLOWED_ENDPOINTS)]);
  const plan = planEgress({ ...sides, allowed });
  for (const d of plan.destinations) {
    const value = d.credential ? env[d.credential] : void 0;
    if (value) {
      secrets.add(value);
      options.onSecret?.(value);
    }
  }
  log.info(`${sides.candidate.manifest.service}: requests will go to:
${describePlan(plan).join("\n")}`);
  await checkDestinations(plan);
  return plan;
}
async function checkDataset(candidate, options, select) {
  const shadow = candidate.manifest.shadow;
  const datasetPath = isAbsolute2(shadow.dataset) ? shadow.dataset : join2(options.repoRoot, shadow.dataset);
  const sampling = {
    rate: options.sampleRate ?? shadow.sample?.rate ?? 1,
    ...shadow.sample?.seed !== void 0 ? { seed: shadow.sample.seed } : {},
    ...(options.sampleMax ?? shadow.sample?.max) !== void 0 ? { max: options.sampleMax ?? shadow.sample?.max } : {}
  };
  const judgeSettings = shadow.llm?.judge;
  const admission = judgeSettings ? new JudgeAdmission(judgeSample(judgeSettings)) : void 0;
  const segments = shadow.llm?.split ? new SegmentCount(shadow.llm.split) : void 0;
  const onSampled = admission || segments ? (record3) => {
    admission?.offer(record3.id);
    segments?.offer(record3, datasetPath);
  } : void 0;
  const summary = await validateDataset(datasetPath, sampling, select, onSampled).catch((e) => {
    if (e instanceof UserError && e.location?.file === datasetPath) throw new UserError(e.message, { ...e.location, file: shadow.dataset }, e.hint);
    throw e;
  });
  return { datasetPath, sampling, summary, ...admission ? { judgeCutoff: admission.cutoff() } : {} };
}
function phaseTimer(log) {
  let last2 = performance.now();
  return (phase) => {
    const now = performance.now();
    const m = process.memoryUsage();
    log.debug(
      `timing: ${phase} ${Math.round(now - last2)} ms (rss ${Math.round(m.rss / 1048576)} MB heap ${Math.round(m.heapTotal / 1048576)}/${Math.round(m.heapUsed / 1048576)} ext ${Math.round(m.external / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)})`
    );
    last2 = now;
  };
}
function boundHeapForReplay() {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=20");
}
function boundHeapForAnalysis() {
  setFlagsFromString("--heap-growing-percent=5");
}
var LARGE_RUN_PAIRS = 1e4;
function releaseFreedHeapPages(log) {
  try {
    setFlagsFromString("--expose-gc");
    const vm = process.getBuiltinModule("node:vm");
    const gc2 = vm.runInNewContext("gc");
    gc2({ type: "major", execution: "sync", flavor: "last-resort" });
  } catch (e) {
    log.debug(`freed heap pages not released: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function withJudgeVerdicts(examples, judge2) {
  if (!judge2) return examples;
  return examples.map((example) => {
    const verdicts = judge2.verdictsFor(example.recordId);
    if (verdicts.length === 0) return example;
    return {
      ...example,
      judge: verdicts.map((v) => ({ rubric: v.rubric, preferred: v.preferred, reasons: v.votes.map((vote) => vote.reason).filter(Boolean) }))
    };
  });
}
function secretRedaction() {
  const secrets = /* @__PURE__ */ new Set();
  let cached;
  const redact = (text) => {
    if (secrets.size === 0) return text;
    if (cached?.size !== secrets.size) cached = { size: secrets.size, redact: redactor(secrets) };
    return cached.redact(text);
  };
  return { secrets, redact };
}
async function evaluateShard(options, log) {
  const { secrets, redact } = secretRedaction();
  try {
    return await evaluate(options, redactingLog(log, redact), secrets, redact);
  } catch (e) {
    throw redactError(e, redact);
  }
}
async function evaluate(options, log, secrets, redact) {
  boundHeapForReplay();
  const phase = phaseTimer(log);
  log.debug(`timing: shadow started ${Math.round(performance.now())} ms after process start`);
  const shard = options.shard ?? WHOLE;
  const select = shardFilter(shard);
  const candidateSide = Promise.resolve(options.sides?.candidate ?? resolveCandidate(options));
  const baselineSide = Promise.resolve(options.sides?.baseline ?? resolveBaseline(options));
  const dataset = candidateSide.then((side) => checkDataset(side, options, select));
  dataset.catch(() => {
  });
  const { baseline, candidate } = checkSameKind(await settleInOrder(candidateSide, baselineSide));
  const lock = await checkLockOf(candidate, options.repoRoot);
  phase("resolve manifests");
  const plan = await checkEgress({ baseline, candidate }, options, log, secrets);
  const manifest = candidate.manifest;
  const shadow = manifest.shadow;
  const env = options.env ?? process.env;
  const candidateTarget = modelTarget(candidate, shadow, env, plan);
  const embeddingsCheck = plan.destinations.find((d) => d.label === "embeddings")?.checkAddress;
  const embedder = shadow.embeddings ? createEmbedder({
    endpoint: shadow.embeddings.endpoint,
    model: shadow.embeddings.model,
    ...shadow.embeddings.auth ? { auth: shadow.embeddings.auth } : {},
    env,
    locations: locationsIn(candidate, ["shadow", "embeddings"]),
    ...embeddingsCheck ? { checkAddress: embeddingsCheck } : {},
    // Cancelled: the batches still to embed go unscored (counted) rather than hold up the partial report.
    ...options.signal ? { signal: options.signal } : {}
  }) : void 0;
  const baselineTarget = modelTarget(baseline, shadow, env, plan);
  const checkOf = (label) => plan.destinations.find((d) => d.label === label)?.checkAddress;
  const llm = await buildLlmContext(baseline, candidate, options.repoRoot, env, { judge: checkOf("judge"), moderation: checkOf("moderation") }, shard.count);
  const close = () => {
    llm?.judge?.close();
    llm?.moderator?.close();
  };
  try {
    const review = reviewVersions(baseline, candidate, lock ? { lock } : {});
    for (const l of review.loweredLevels ?? []) log.warn(`${manifest.service}: ${loweringText(l)}`, candidate.locate?.(l.setting.split(".")));
    if (review.pin.addedPatterns) log.warn(`${manifest.service}: ${addedPinText(review.pin.addedPatterns)}`, candidate.locate?.(["versioning", "pins"]));
    const surfaces = withIds(diffSurfaces(baseline, candidate), review, { base: baseline, head: candidate });
    const changed = surfaces.filter((s) => s.changed).map((s) => s.surface);
    log.info(`${manifest.service}: surfaces changed: ${changed.length ? changed.join(", ") : "none"}`);
    const { datasetPath, sampling, summary, judgeCutoff } = await dataset;
    const sharded = shard.count > 1;
    log.info(
      `${manifest.service}: dataset ${shadow.dataset}: ${summary.records} records, ${summary.sampled} sampled` + (sharded ? `, ${summary.selected} in shard ${describeShard(shard)}` : "")
    );
    phase("validate dataset");
    const datasetSha256 = sharded ? fileSha256(datasetPath) : Promise.resolve("");
    datasetSha256.catch(() => {
    });
    const ctx = {
      output: manifest.output,
      baselineTools: baseline.tools,
      candidateTools: candidate.tools,
      ...candidate.outputSchema ? { outputSchema: candidate.outputSchema } : {},
      baselineToolPolicy: toolPolicy(baseline),
      candidateToolPolicy: toolPolicy(candidate),
      ...embedder ? { embed: (texts) => embedder.embed(texts) } : {},
      expectedPairs: summary.selected,
      ...llm ? { llm } : {}
    };
    llm?.judge?.plan(summary.sampled, judgeCutoff);
    const metrics = new MetricSet(manifest.output.kind, ctx);
    const splits = shadow.llm?.split ? new SplitMetrics(manifest.output.kind, ctx, shadow.llm.split) : void 0;
    const worst = new WorstExamples(WORST_EXAMPLES, ctx);
    const toolCalls = new ReplayedCalls(baseline.tools, candidate.tools);
    const { records, counts } = readDataset(datasetPath, sampling, select);
    const noiseFloor = options.noiseFloor ?? shadow.noiseFloor ?? false;
    let stats;
    try {
      stats = await replay({
        records,
        counts,
        baseline: baselineTarget,
        candidate: candidateTarget,
        buildRequest: (side, record3) => buildRequest(side === "baseline" ? baseline : candidate, record3),
        concurrency: options.concurrency ?? shadow.concurrency ?? 8,
        ...shadow.deadlineSeconds ? { deadlineMs: shadow.deadlineSeconds * 1e3 } : {},
        ...shadow.answerBudgetMiB ? { answerBudgetBytes: shadow.answerBudgetMiB * 1024 * 1024 } : {},
        noiseFloor,
        onPair: async (pair) => {
          worst.offer(pair);
          const checking = toolCalls.observe(pair);
          if (checking) await checking;
          await metrics.observe(pair);
          await splits?.observe(pair);
        },
        ...options.signal ? { signal: options.signal } : {},
        ...options.abandonSignal ? { abandonSignal: options.abandonSignal } : {},
        progress: { log, total: summary.selected }
      });
      await metrics.flush();
    } finally {
      embedder?.close();
    }
    phase("replay");
    const states = await metrics.exportStates();
    const splitParts = sharded && splits ? await splits.exportStates() : void 0;
    const worstExamples = worst.examples();
    const commit = env.GITHUB_SHA?.trim();
    const gates = withLlmGates(shadow.gates, shadow.llm);
    const described = {
      shard,
      identity: {
        service: manifest.service,
        baselineRef: options.baselineManifestPath ? `file:${options.baselineManifestPath}` : options.baseRef ?? "unknown",
        candidateRef: options.headRef ?? "worktree",
        ...commit ? { commit } : {},
        baselineDigests: baseline.digests,
        candidateDigests: candidate.digests,
        datasetSha256: await datasetSha256,
        sampling: {
          rate: sampling.rate ?? 1,
          ...sampling.seed !== void 0 ? { seed: sampling.seed } : {},
          ...sampling.max !== void 0 ? { max: sampling.max } : {}
        },
        noiseFloor,
        output: manifest.output,
        judge: {
          ...gates ? { gates } : {},
          outputKind: manifest.output.kind,
          ...shadow.alpha !== void 0 ? { alpha: shadow.alpha } : {},
          ...shadow.confidence !== void 0 ? { confidence: shadow.confidence } : {},
          ...shadow.minSamples !== void 0 ? { minSamples: shadow.minSamples } : {}
        },
        metrics: metrics.metrics.map((m) => m.id),
        ...shadow.llm ? { llm: shadow.llm } : {}
      },
      surfaces,
      replay: stats,
      pairs: metrics.pairs,
      worst: worstExamples,
      // The judge model's verdicts a merged report shows: the examples per rubric and those of the worst-example candidates.
      ...llm?.judge ? { judge: llm.judge.records(worstExamples.map((w) => w.recordId)) } : {},
      versioning: review,
      toolCalls: toolCalls.results(),
      endpoints: endpointChanges(plan, baseline)
    };
    const partial = { ...secrets.size > 0 ? redactDeep(described, redact) : described, states, ...splitParts ? { splits: splitParts } : {} };
    return { partial, candidate, baseline, live: { ctx, metrics: metrics.metrics, ...llm ? { llm } : {}, ...splits ? { splits } : {}, redact, close } };
  } catch (e) {
    close();
    throw e;
  }
}
function settleHeapAfterReplay(pairs, log) {
  const phase = phaseTimer(log);
  if (pairs >= LARGE_RUN_PAIRS) {
    releaseFreedHeapPages(log);
    phase("release freed heap pages");
  }
  boundHeapForAnalysis();
}
async function fileSha256(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}
async function finishShadow(merged, options, log, live) {
  const phase = phaseTimer(log);
  const { identity } = merged;
  const stats = merged.replay;
  settleHeapAfterReplay(stats.pairs, log);
  const settings = identity.judge;
  const results = await merged.metrics.finish();
  const splitReports = await (live?.splits ?? merged.splits)?.finish({
    ...settings.gates ? { gates: settings.gates } : {},
    ...settings.alpha !== void 0 ? { alpha: settings.alpha } : {},
    ...settings.confidence !== void 0 ? { confidence: settings.confidence } : {}
  });
  phase("finish metrics");
  const statistical = judge(results, settings);
  const review = merged.versioning ? addReplayEvidence(structuredClone(merged.versioning), merged.toolCalls) : void 0;
  for (const failure2 of review?.failures ?? []) log.warn(`${identity.service}: ${failure2}`);
  const judgement = review ? applyReview(statistical, review) : statistical;
  phase("judge");
  const redact = live?.redact;
  const report = {
    schemaVersion: 1,
    service: identity.service,
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    baselineRef: identity.baselineRef,
    candidateRef: identity.candidateRef,
    surfaces: merged.surfaces,
    replay: stats,
    judgement,
    worst: withJudgeVerdicts(merged.worst, live?.llm?.judge ?? merged.judge),
    ...splitReports ? { splits: splitReports } : {},
    ...options.runUrl ? { runUrl: options.runUrl } : {},
    ...review ? { versioning: review } : {},
    ...merged.endpoints ? { endpoints: merged.endpoints } : {}
  };
  const redacted = redact ? redactDeep(report, redact) : report;
  const outDir = resolve(options.repoRoot, options.outDir);
  const { writeReports } = await import("./write-JQPKBIFP.js");
  const paths = await writeReports(redacted, outDir, options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {});
  phase("write reports");
  const summaryLine = describeRun(identity.service, stats, judgement);
  log.info(summaryLine);
  return { report: redacted, paths, summaryLine };
}
async function runShadow(options, log) {
  if (options.shard && options.shard.count > 1) {
    throw new UserError(
      `a shard (${describeShard(options.shard)}) is judged only with the others: write its part and merge all parts`,
      void 0,
      "shadowgate shadow --shard I/N, then shadowgate merge PARTS\u2026"
    );
  }
  const { secrets, redact } = secretRedaction();
  const redacting = redactingLog(log, redact);
  try {
    const { partial, candidate, baseline, live } = await evaluate(options, redacting, secrets, redact);
    try {
      const metrics = new MetricSet(partial.identity.output.kind, live.ctx, live.metrics);
      const merged = await mergePartials([{ partial, source: `shard ${describeShard(partial.shard)}` }], { metrics });
      const finished = await finishShadow(merged, options, redacting, live);
      return { ...finished, candidate, baseline };
    } finally {
      live.close();
    }
  } catch (e) {
    throw redactError(e, redact);
  }
}
function describeRun(service, stats, judgement) {
  const failed = Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
  const classes = describeFailures(judgement.failures);
  const changed = describeDivergence(judgement.divergence);
  return `${service}: ${judgement.verdict.toUpperCase()}${stats.interrupted ? ` (partial: ${stats.interrupted.reason})` : ""} \u2014 ${stats.pairs} pairs, ${failed} failed requests` + (failed > 0 && classes ? ` (${classes})` : "") + (changed ? `; ${changed}` : "") + (judgement.reasons[0] ? `; ${judgement.reasons[0]}` : "");
}

export {
  buildRequest,
  readDataset,
  createTransport,
  endpointFromSurface,
  resolveHeaders,
  splitList,
  parseAllowedEndpoints,
  declaredDestination,
  checkDestinations,
  describePlan,
  redactor,
  callModel,
  writePartial,
  partialFileName,
  readPartial,
  mergePartials,
  startResolving,
  evaluateShard,
  settleHeapAfterReplay,
  finishShadow,
  runShadow,
  describeRun
};
