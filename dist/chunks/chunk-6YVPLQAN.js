import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  parseManifest
} from "./chunk-56KD5MON.js";
import {
  findNode,
  formatPath,
  position,
  readFile,
  require_dist,
  schemaProblems
} from "./chunk-IY34TOV6.js";
import {
  binaryMetric,
  bothOk,
  countBinary,
  finishBinary,
  initBinary,
  mergeBinary
} from "./chunk-FWXRZIWZ.js";
import {
  canonicalJson,
  createHash
} from "./chunk-EVE2IKAV.js";
import {
  promisify
} from "./chunk-XRHLV2TT.js";
import {
  UserError,
  isUserError
} from "./chunk-ZZ5I4CYG.js";
import {
  __toESM
} from "./chunk-A7OMMFT7.js";

// src/manifest/git.ts
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var execFileAsync;
function run(file, args, options) {
  execFileAsync ??= promisify(process.getBuiltinModule("node:child_process").execFile);
  return execFileAsync(file, args, options);
}
async function git(repoRoot, args) {
  try {
    const { stdout } = await run("git", args, {
      cwd: repoRoot,
      maxBuffer: MAX_FILE_BYTES,
      encoding: "utf8",
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
    });
    return { ok: true, stdout };
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") throw new UserError("git is not installed or not on PATH");
    return { ok: false, stderr: String(err.stderr ?? err.message), code: err.code };
  }
}
function gitPath(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/\.\//g, "/");
}
async function isShallow(repoRoot) {
  const r = await git(repoRoot, ["rev-parse", "--is-shallow-repository"]);
  return r.ok && r.stdout.trim() === "true";
}
async function resolveCommit(repoRoot, ref) {
  if (!ref || ref.startsWith("-") || /[\s\0]/.test(ref)) throw new UserError(`not a valid git ref: ${JSON.stringify(ref)}`);
  const inside = await git(repoRoot, ["rev-parse", "--is-inside-work-tree"]);
  if (!inside.ok) throw new UserError(`${repoRoot} is not a git repository`, void 0, "run shadowgate from a checkout (actions/checkout) of the repository");
  const r = await git(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (r.ok) return r.stdout.trim();
  const shallow = await isShallow(repoRoot);
  throw new UserError(
    `git ref "${ref}" is not known in this checkout${shallow ? " (the checkout is shallow)" : ""}`,
    void 0,
    `fetch the base ref, e.g. actions/checkout with fetch-depth: 0, or \`git fetch origin ${ref.replace(/^origin\//, "")}\``
  );
}
async function readAtRef(repoRoot, ref, path) {
  return readBlob(repoRoot, await resolveCommit(repoRoot, ref), path, ref);
}
async function readBlob(repoRoot, commit, path, refForMessages = commit) {
  const spec = `${commit}:${gitPath(path)}`;
  const type = await git(repoRoot, ["cat-file", "-t", spec]);
  if (!type.ok) return void 0;
  if (type.stdout.trim() !== "blob") throw new UserError(`${path} is a ${type.stdout.trim()} at ${refForMessages}, not a file`, { file: path });
  const blob = await git(repoRoot, ["cat-file", "blob", spec]);
  if (!blob.ok) throw new UserError(`cannot read ${path} at ${refForMessages}: ${blob.stderr.trim()}`, { file: path });
  return blob.stdout;
}
async function repoTopLevel(cwd) {
  const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!r.ok) throw new UserError(`${cwd} is not inside a git repository`, void 0, "run shadowgate from a checkout (actions/checkout) of the repository");
  return r.stdout.trim();
}

// node-builtin:node:path?isAbsolute,join,posix,relative,resolve
var builtin = process.getBuiltinModule("node:path");
var isAbsolute = builtin.isAbsolute;
var join = builtin.join;
var posix = builtin.posix;
var relative = builtin.relative;
var resolve = builtin.resolve;

// src/core/template.ts
var FILTERS = ["json"];
var SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_-]*|\d+)$/;
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function compileTemplate(source, file, origin = { line: 1, column: 1 }) {
  const parts = [];
  let text = "";
  let i = 0;
  const at = (offset) => {
    const lc = lineColumn(source, offset);
    return { file, line: origin.line + lc.line - 1, column: lc.line === 1 ? origin.column + lc.column - 1 : lc.column };
  };
  while (i < source.length) {
    const open = source.indexOf("{{", i);
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    if (source.startsWith("{{{{", open)) {
      text += "{{";
      i = open + 4;
      continue;
    }
    const close = source.indexOf("}}", open + 2);
    const nextOpen = source.indexOf("{{", open + 2);
    if (close === -1 || nextOpen !== -1 && nextOpen < close) {
      throw new UserError('unclosed "{{" in template (write {{{{ for a literal "{{")', at(open));
    }
    const inner = source.slice(open + 2, close);
    const [pathText = "", ...filters] = inner.split("|").map((s) => s.trim());
    if (filters.length > 1) throw new UserError(`only one filter is allowed in "{{${inner}}}"`, at(open));
    const filter = filters[0];
    if (filter !== void 0 && !FILTERS.includes(filter)) {
      throw new UserError(`unknown template filter "${filter}" (expected one of: ${FILTERS.join(", ")})`, at(open));
    }
    const path = pathText.split(".");
    if (!pathText || !path.every((s) => SEGMENT.test(s))) {
      throw new UserError(`"{{${inner}}}" is not a field reference; expected a dotted path such as {{ customer.name }}`, at(open));
    }
    if (text) parts.push(text);
    text = "";
    const { line, column } = at(open);
    parts.push({ expression: pathText, path, ...filter ? { filter } : {}, line, column });
    i = close + 2;
  }
  if (text) parts.push(text);
  const fields = [...new Set(parts.filter((p) => typeof p !== "string").map((p) => p.expression))];
  return { file, parts, fields };
}
function lookup(data, path) {
  let cur = data;
  for (const segment of path) {
    if (Array.isArray(cur) && /^\d+$/.test(segment)) cur = cur[Number(segment)];
    else if (cur !== null && typeof cur === "object" && Object.hasOwn(cur, segment)) cur = cur[segment];
    else return { found: false };
    if (cur === void 0) return { found: false };
  }
  return { found: true, value: cur };
}
function resolveSlot(slot, template, data, place) {
  const { found, value } = lookup(data, slot.path);
  if (!found) {
    throw new UserError(
      `record has no field "${slot.expression}", which the template ${template.file}:${slot.line}:${slot.column} uses`,
      { file: place.file, line: place.line },
      "add the field to every dataset record, or change the template"
    );
  }
  return value;
}
function asText(slot, value, template, place) {
  if (slot.filter === "json") return JSON.stringify(value);
  if (value === null) return "";
  if (typeof value === "object") {
    throw new UserError(
      `field "${slot.expression}" is a ${Array.isArray(value) ? "list" : "mapping"}; write {{ ${slot.expression} | json }} in ${template.file}:${slot.line}:${slot.column} to insert it as JSON`,
      { file: place.file, line: place.line }
    );
  }
  return String(value);
}
function renderTemplate(template, data, place) {
  let out = "";
  for (const part of template.parts) {
    out += typeof part === "string" ? part : asText(part, resolveSlot(part, template, data, place), template, place);
  }
  return out;
}
function compileJsonTemplate(value, file) {
  if (typeof value === "string") {
    if (!value.includes("{{")) return { kind: "value", value };
    const template = compileTemplate(value, file);
    const only = template.parts.length === 1 && typeof template.parts[0] !== "string" ? template.parts[0] : void 0;
    return { kind: "text", template, ...only ? { whole: only } : {} };
  }
  if (Array.isArray(value)) return { kind: "list", items: value.map((v) => compileJsonTemplate(v, file)) };
  if (value !== null && typeof value === "object") {
    return { kind: "map", entries: Object.entries(value).map(([k, v]) => [k, compileJsonTemplate(v, file)]) };
  }
  return { kind: "value", value };
}
function renderJsonTemplate(template, data, place) {
  switch (template.kind) {
    case "value":
      return template.value;
    case "text":
      return template.whole ? resolveSlot(template.whole, template.template, data, place) : renderTemplate(template.template, data, place);
    case "list":
      return template.items.map((t) => renderJsonTemplate(t, data, place));
    case "map":
      return Object.fromEntries(template.entries.map(([k, t]) => [k, renderJsonTemplate(t, data, place)]));
  }
}

// src/core/ajv-loader.ts
var loaded;
var loading;
function loadAjv() {
  if (loaded) return Promise.resolve(loaded);
  loading ??= Promise.all([import("./ajv-XPOCK5PD.js"), import("./2019-HK6KI2XY.js"), import("./2020-ABJKM3WM.js"), import("./dist-MZPBHC54.js")]).then(
    ([draft07, draft2019, draft2020, formats]) => {
      const formatsModule = formats.default;
      const addFormats = formatsModule.default ?? formatsModule;
      loaded = {
        Ajv: named(draft07, "Ajv"),
        Ajv2019: named(draft2019, "Ajv2019"),
        Ajv2020: named(draft2020, "Ajv2020"),
        addFormats
      };
      return loaded;
    }
  );
  return loading;
}
function named(namespace, name) {
  return namespace[name] ?? namespace.default[name];
}
function loadedAjv() {
  return loaded;
}
function ajvModules() {
  if (loaded) return loaded;
  const requireFromHere = process.getBuiltinModule("node:module").createRequire(import.meta.url);
  const formats = requireFromHere("ajv-formats");
  loaded = {
    Ajv: requireFromHere("ajv").Ajv,
    Ajv2019: requireFromHere("ajv/dist/2019.js").Ajv2019,
    Ajv2020: requireFromHere("ajv/dist/2020.js").Ajv2020,
    addFormats: formats.default ?? formats
  };
  return loaded;
}

// src/manifest/json-file.ts
var import_yaml = __toESM(require_dist(), 1);
function offsetToLocation(text, offset, file) {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function parseJsonFile(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e.message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const where = offsetToLocation(text, offset === void 0 ? text.length : Number(offset), file);
    throw new UserError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "")}`, where);
  }
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  return {
    file,
    value,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      const offset = atKey || found < path.length ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset;
      return { file, ...position(lineCounter, offset) };
    }
  };
}
function checkShape(json, base, data, errors, what) {
  const problems = schemaProblems(errors, data, base.length ? formatPath(base, "file") : "the file");
  const located = problems.map((p) => {
    const path = [...base, ...p.path];
    return { p, path, where: json.locate(path, p.atKey || p.missing) };
  });
  located.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0));
  const first = located[0];
  if (first) throw new UserError(`${what}: ${formatPath(first.path, "file")} ${first.p.message}`, first.where);
}
function ajvFor(schema) {
  const declared = typeof schema === "object" && schema !== null ? String(schema.$schema ?? "") : "";
  const options = { allErrors: true, verbose: true, strictTypes: false, strictTuples: false, strictRequired: false };
  const { Ajv, Ajv2019, Ajv2020, addFormats } = ajvModules();
  const ajv = declared.includes("2019-09") ? new Ajv2019(options) : /draft-0[67]/.test(declared) ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv);
  return ajv;
}
function checkJsonSchema(json, base, schema, what) {
  if (typeof schema !== "boolean" && (typeof schema !== "object" || schema === null || Array.isArray(schema))) {
    throw new UserError(`${what}: ${formatPath(base, "file")} must be a JSON Schema object`, json.locate(base));
  }
  const ajv = ajvFor(schema);
  if (!ajv.validateSchema(schema)) {
    checkShape(json, base, schema, ajv.errors ?? [], `${what} is not a valid JSON Schema`);
  }
  try {
    return ajv.compile(schema);
  } catch (e) {
    const message = e.message.replace(/^strict mode: /, "");
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    const ref = /can't resolve reference (\S+)/.exec(message)?.[1];
    const format = /unknown format "([^"]+)"/.exec(message)?.[1];
    const keyPath = keyword ? findKey(schema, [...base], (k) => k === keyword) : ref ? findKey(schema, [...base], (k, v) => k === "$ref" && v === ref) : format ? findKey(schema, [...base], (k, v) => k === "format" && v === format) : void 0;
    throw new UserError(
      `${what} is not a valid JSON Schema: ${message.replace(/ ignored in schema at path .*$/, "")}`,
      keyPath ? json.locate(keyPath, true) : json.locate(base),
      keyword ? `check the spelling of "${keyword}"` : format ? "known formats: date-time, date, time, email, uri, uuid, ipv4, ipv6, hostname, regex \u2026" : void 0
    );
  }
}
function findKey(value, path, match) {
  if (value === null || typeof value !== "object") return void 0;
  for (const [k, v] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(k) : k];
    if (!Array.isArray(value) && match(k, v)) return here;
    const inner = findKey(v, here, match);
    if (inner) return inner;
  }
  return void 0;
}

// src/manifest/reserved-env.ts
var reservedPrefixes = ["GITHUB_", "ACTIONS_", "RUNNER_", "INPUT_", "STATE_", "GH_", "SHADOWGATE_", "CI_", "BUILDKITE_", "SYSTEM_"];
var reservedNames = ["CI", "NODE_AUTH_TOKEN", "KUBECONFIG"];
function reservedBecause(name) {
  const upper = name.toUpperCase();
  const prefix = reservedPrefixes.find((p) => upper.startsWith(p));
  if (prefix) return `${prefix}*`;
  return reservedNames.find((n) => n === upper);
}
function namedVariables(manifest) {
  const named2 = [];
  if (manifest.model.auth) named2.push({ field: ["model", "auth", "env"], name: manifest.model.auth.env });
  const embeddings = manifest.shadow?.embeddings;
  if (embeddings?.auth) named2.push({ field: ["shadow", "embeddings", "auth", "env"], name: embeddings.auth.env });
  for (const role of ["judge", "moderation"]) {
    const auth = manifest.shadow?.llm?.[role]?.auth;
    if (auth) named2.push({ field: ["shadow", "llm", role, "auth", "env"], name: auth.env });
  }
  return named2;
}
function checkReservedVariables(manifest, locate) {
  for (const { field, name } of namedVariables(manifest)) {
    const because = reservedBecause(name);
    if (!because) continue;
    throw new UserError(
      `${field.join(".")} names ${name}, a variable of the CI runner or of the action (${because}): it is never sent as a credential`,
      locate(field),
      "store the model key as a secret of its own and name that variable, e.g. auth: { env: OPENAI_API_KEY }"
    );
  }
}
var routingHeaders = [
  "host",
  "forwarded",
  "x-forwarded-host",
  "x-forwarded-server",
  "x-original-host",
  "x-host",
  "x-original-url",
  "x-rewrite-url",
  "x-http-destinationurl"
];
function checkRoutingHeaders(manifest, locate) {
  const named2 = Object.keys(manifest.model.headers ?? {}).map((name) => ({
    field: ["model", "headers", name],
    name
  }));
  if (manifest.model.auth?.header) named2.push({ field: ["model", "auth", "header"], name: manifest.model.auth.header });
  const embeddingsHeader = manifest.shadow?.embeddings?.auth?.header;
  if (embeddingsHeader) named2.push({ field: ["shadow", "embeddings", "auth", "header"], name: embeddingsHeader });
  for (const role of ["judge", "moderation"]) {
    const header = manifest.shadow?.llm?.[role]?.auth?.header;
    if (header) named2.push({ field: ["shadow", "llm", role, "auth", "header"], name: header });
  }
  for (const { field, name } of named2) {
    if (!routingHeaders.includes(name.toLowerCase())) continue;
    throw new UserError(
      `${field.join(".")}: the ${name} header chooses which server answers, so a manifest may not set it \u2014 requests go only to the endpoint's own host`,
      locate(field),
      "declare the host in the endpoint URL instead"
    );
  }
}

// src/metrics/schema.ts
var cache = /* @__PURE__ */ new WeakMap();
function validatorFor(schema, what) {
  const cached = cache.get(schema);
  if (cached) return cached;
  const dialect = typeof schema.$schema === "string" ? schema.$schema : "";
  const options = { strict: false, allErrors: false, validateFormats: true };
  const { Ajv, Ajv2019, Ajv2020, addFormats } = ajvModules();
  const ajv = dialect.includes("2020-12") ? new Ajv2020(options) : dialect.includes("2019-09") ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (e) {
    throw new UserError(`${what} is not a usable JSON Schema: ${e.message}`);
  }
  cache.set(schema, validate);
  return validate;
}
function schemaErrorReason(errors) {
  const first = errors?.[0];
  if (!first) return "schema";
  return `${first.keyword} at ${first.instancePath || "/"}`;
}
function withAjv(metric) {
  const observe = metric.observe.bind(metric);
  return {
    ...metric,
    observe: (state, pair, ctx) => loadedAjv() ? observe(state, pair, ctx) : loadAjv().then(() => observe(state, pair, ctx))
  };
}

// src/metrics/llm/refusal.ts
var Q = "['\u2019]";
var CANT = `(?:\\s+(?:can${Q}?t|cannot|can not|won${Q}?t|will not|am unable to|am not able to)|${Q}m\\s+(?:unable|not able) to)`;
var DEFAULT_REFUSAL_PATTERNS = [
  `^\\s*(?:i${Q}?m|i am)\\s+(?:so\\s+|very\\s+|really\\s+)?sorry,?\\s+(?:but\\s+)?(?:i|we)${CANT}`,
  `^\\s*(?:i|we)${CANT}\\s+(?:help|assist|provide|comply|do that|fulfil|fulfill|answer|share|support|engage)`,
  `^\\s*(?:sorry|apologies|unfortunately),?\\s+(?:but\\s+)?(?:i|we)${CANT}`,
  `^\\s*as an ai(?: language model)?,? i(?:${CANT}|\\s+don${Q}?t)`
];
function compileRefusalPatterns(patterns = DEFAULT_REFUSAL_PATTERNS) {
  return patterns.map((p) => new RegExp(p, "iu"));
}
function refusalReason(output, patterns) {
  if (!output) return void 0;
  if (output.refusal !== void 0 && output.refusal.trim() !== "") return "provider-field";
  if (output.finishReason === "content_filter") return "content-filter";
  const text = output.text ?? "";
  const index = patterns.findIndex((p) => p.test(text));
  return index >= 0 ? `pattern ${index + 1}` : void 0;
}
var refusalRate = binaryMetric({
  id: "llm.refusal_rate",
  title: "Refusal rate",
  unit: "rate",
  badDirection: "increase",
  detailsTitle: "refusedBy",
  applies: (kind, ctx) => (kind === "text" || kind === "json" || kind === "tool-calls") && ctx.llm?.refusalPatterns !== void 0,
  check(output, _side, ctx) {
    const reason = refusalReason(output, ctx.llm?.refusalPatterns ?? []);
    return reason ? { pass: true, reasons: [reason] } : { pass: false };
  }
});

// node-builtin:node:child_process?spawn
var builtin2 = process.getBuiltinModule("node:child_process");
var spawn = builtin2.spawn;

// node-builtin:node:util?isDeepStrictEqual
var builtin3 = process.getBuiltinModule("node:util");
var isDeepStrictEqual = builtin3.isDeepStrictEqual;

// src/metrics/extract.ts
function parseJsonText(text) {
  if (text === void 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch {
    return { ok: false };
  }
}
function resolvePointer(document, pointer) {
  if (pointer === "") return { ok: true, value: document };
  if (!pointer.startsWith("/")) return { ok: false };
  let current = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return { ok: false };
      const index = Number(token);
      if (index >= current.length) return { ok: false };
      current = current[index];
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      return { ok: false };
    }
  }
  return { ok: true, value: current };
}
function pointerToken(key) {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
function selectedValue(output, spec) {
  if (!output) return { ok: false };
  if (spec.pointer !== void 0) {
    const source = output.text !== void 0 ? parseJsonText(output.text) : output.value !== void 0 ? { ok: true, value: output.value } : { ok: false };
    return source.ok ? resolvePointer(source.value, spec.pointer) : source;
  }
  if (output.value !== void 0) return { ok: true, value: output.value };
  if (output.text !== void 0) return { ok: true, value: output.text.trim() };
  return { ok: false };
}
var MISSING_LABEL = "(none)";
var MAX_LABEL_LENGTH = 100;
function asLabel(value) {
  if (typeof value === "string") return value.trim() === "" ? MISSING_LABEL : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
function extractLabel(output, spec) {
  const selected = selectedValue(output, spec);
  if (!selected.ok || selected.value === void 0 || selected.value === null) return MISSING_LABEL;
  const label = asLabel(selected.value);
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH)}\u2026` : label;
}
function extractNumber(output, spec) {
  if (!output) return void 0;
  const selected = selectedValue(output, spec);
  let candidate = selected.ok ? selected.value : void 0;
  if (candidate === void 0 && spec.pointer === void 0) {
    const tensor = output.tensors?.[0];
    if (tensor && tensor.data.length === 1) candidate = tensor.data[0];
  }
  if (Array.isArray(candidate) && candidate.length === 1) candidate = candidate[0];
  if (typeof candidate === "string" && candidate.trim() !== "") candidate = Number(candidate.trim());
  if (typeof candidate === "boolean") candidate = candidate ? 1 : 0;
  return typeof candidate === "number" && Number.isFinite(candidate) ? candidate : void 0;
}

// src/metrics/llm/task.ts
var DEFAULT_COMMAND_TIMEOUT_MS = 1e4;
function answerForTask(output) {
  if (!output) return "";
  if (output.text !== void 0 && output.text !== "") return output.text;
  if (output.toolCalls?.length) {
    return JSON.stringify(output.toolCalls.map((c) => ({ name: c.name, arguments: parseJsonText(c.arguments).ok ? JSON.parse(c.arguments) : c.arguments })));
  }
  if (output.value !== void 0) return JSON.stringify(output.value);
  return output.text ?? "";
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function checkAssertion(document, assertion, pattern) {
  const found = resolvePointer(document, assertion.pointer);
  const at = assertion.pointer || "/";
  if (assertion.exists !== void 0 && found.ok !== assertion.exists) return `${at} ${assertion.exists ? "missing" : "present"}`;
  if (!found.ok) return assertion.exists === false ? void 0 : `${at} missing`;
  if (assertion.equals !== void 0 && !isDeepStrictEqual(found.value, assertion.equals)) return `${at} not equal`;
  if (assertion.type !== void 0) {
    const actual = jsonType(found.value);
    if (!(actual === assertion.type || assertion.type === "number" && actual === "integer")) return `${at} not ${assertion.type}`;
  }
  if (pattern && !(typeof found.value === "string" && pattern.test(found.value))) return `${at} does not match`;
  return void 0;
}
function runCommand(argv, input, timeoutMs, cwd) {
  return new Promise((resolve2) => {
    const [file, ...args] = argv;
    const child = spawn(file, args, { cwd, stdio: ["pipe", "ignore", "ignore"], timeout: timeoutMs, killSignal: "SIGKILL" });
    child.on("error", (e) => resolve2(`command failed to start (${e.code ?? e.message})`));
    child.on("close", (code, signal) => resolve2(code === 0 ? void 0 : signal ? `command killed (${signal})` : `command exit ${code}`));
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
async function checkTask(task, output) {
  const text = answerForTask(output);
  const reasons = [];
  const needsJson = (task.assert?.length ?? 0) > 0 || task.validate !== void 0;
  if (needsJson) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) reasons.push("not JSON");
    else {
      task.assert?.forEach((assertion, i) => {
        const why = checkAssertion(parsed.value, assertion, task.matches?.[i]);
        if (why) reasons.push(why);
      });
      if (task.validate && !task.validate(parsed.value)) {
        const first = task.validate.errors?.[0];
        reasons.push(first ? `schema ${first.keyword} at ${first.instancePath || "/"}` : "schema");
      }
    }
  }
  if (task.regex && !task.regex.test(text)) reasons.push("regex");
  if (task.command && reasons.length === 0) {
    const why = await runCommand(task.command, text, task.timeoutMs, task.cwd);
    if (why) reasons.push(why);
  }
  return reasons.map((r) => `${task.id}: ${r}`);
}
async function verdict(tasks, output) {
  const reasons = [];
  for (const task of tasks) reasons.push(...await checkTask(task, output));
  return reasons.length ? { pass: false, reasons } : { pass: true };
}
var META = { id: "task.success", title: "Task success", unit: "rate", badDirection: "decrease" };
var taskSuccess = {
  id: META.id,
  title: META.title,
  applies: (_kind, ctx) => (ctx.llm?.tasks?.length ?? 0) > 0,
  init: initBinary,
  async observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const tasks = ctx.llm?.tasks ?? [];
    const [b, c] = await Promise.all([verdict(tasks, pair.baseline.output), verdict(tasks, pair.candidate.output)]);
    countBinary(state, b, c);
  },
  merge: mergeBinary,
  finish: (state) => finishBinary(META, state, "failedChecks")
};

// src/metrics/llm/compile.ts
var AT = ["shadow", "llm"];
function regex(source, flags, path, locate) {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new UserError(
      `${formatPath([...AT, ...path])} is not a valid regular expression: ${e.message.replace(/^Invalid regular expression: /, "")}`,
      locate([...AT, ...path])
    );
  }
}
async function compileLlmSettings(settings, locate, repoRoot) {
  const compiled = {};
  if (settings.refusals?.enabled !== false) {
    const patterns = settings.refusals?.patterns;
    compiled.refusalPatterns = patterns ? patterns.map((p, i) => regex(p, "iu", ["refusals", "patterns", i], locate)) : compileRefusalPatterns(DEFAULT_REFUSAL_PATTERNS);
  }
  if (settings.tasks?.length) {
    const ids = /* @__PURE__ */ new Set();
    if (settings.tasks.some((t) => t.schema)) await loadAjv();
    compiled.tasks = settings.tasks.map((task, i) => {
      if (ids.has(task.id)) throw new UserError(`shadow.llm.tasks[${i}].id "${task.id}" is used twice`, locate([...AT, "tasks", i, "id"]));
      ids.add(task.id);
      const out = { id: task.id, timeoutMs: task.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, ...repoRoot ? { cwd: repoRoot } : {} };
      if (task.assert) {
        out.assert = task.assert;
        out.matches = task.assert.map(
          (a, j) => a.matches !== void 0 ? regex(a.matches, "u", ["tasks", i, "assert", j, "matches"], locate) : void 0
        );
      }
      if (task.regex !== void 0) out.regex = regex(task.regex, "u", ["tasks", i, "regex"], locate);
      if (task.schema) {
        try {
          out.validate = validatorFor(task.schema, `shadow.llm.tasks[${i}].schema`);
        } catch (e) {
          if (e instanceof UserError) throw new UserError(e.message, locate([...AT, "tasks", i, "schema"]));
          throw e;
        }
      }
      if (task.command) out.command = task.command;
      return out;
    });
  }
  const edges = settings.split?.promptTokens;
  if (edges) {
    const bad = edges.findIndex((edge, i) => i > 0 && edge <= edges[i - 1]);
    if (bad > 0)
      throw new UserError(
        `shadow.llm.split.promptTokens must be ascending (${edges[bad]} follows ${edges[bad - 1]})`,
        locate([...AT, "split", "promptTokens", bad])
      );
  }
  return compiled;
}
function priceOf(settings, model, who, locate) {
  const price = settings.prices?.[model];
  if (!price) {
    const known = Object.keys(settings.prices ?? {});
    throw new UserError(
      `shadow.llm.prices has no price for the ${who} model "${model}"${known.length ? ` (priced: ${known.join(", ")})` : ""}`,
      locate([...AT, "prices"]),
      `add "${model}": { input: \u2026, output: \u2026 } (USD per million tokens)`
    );
  }
  return price;
}

// src/manifest/resolve.ts
function endpointVariable(label) {
  return `SHADOWGATE_${label.toUpperCase()}_ENDPOINT`;
}
function worktreeReader(repoRoot) {
  return async (path) => {
    try {
      return await readFile(join(repoRoot, path), "utf8");
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return void 0;
      if (code === "EISDIR") throw new UserError(`${path} is a folder, not a file`, { file: path });
      throw new UserError(`cannot read ${path} (${code ?? String(e)})`, { file: path });
    }
  };
}
function digest(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 12);
}
function repoRelative(repoRoot, path) {
  const rel = gitPath(isAbsolute(path) ? relative(resolve(repoRoot), path) : path);
  const normal = posix.normalize(rel);
  if (normal === ".." || normal.startsWith("../") || isAbsolute(normal)) {
    throw new UserError(`the manifest ${path} is outside the repository ${repoRoot}`);
  }
  return normal;
}
var TOOL_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["name", "parameters"],
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$", patternErrorMessage: 'must be 1-64 letters, digits, "_" or "-"' },
    description: { type: "string" },
    parameters: { type: "object" },
    strict: { type: "boolean" }
  }
};
var TOOL_WRAPPER_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["type", "function"],
  properties: { type: { const: "function" }, function: { type: "object" } }
};
var shapeAjv;
var shapeValidators = /* @__PURE__ */ new Map();
function shapeValidator(schema) {
  shapeAjv ??= new (ajvModules()).Ajv2020({ allErrors: true, verbose: true, keywords: ["patternErrorMessage"] });
  let validate = shapeValidators.get(schema);
  if (!validate) shapeValidators.set(schema, validate = shapeAjv.compile(schema));
  return validate;
}
function parseTool(text, file) {
  const json = parseJsonFile(text, file);
  let base = [];
  let definition = json.value;
  if (definition !== null && typeof definition === "object" && "function" in definition) {
    const wrapper = shapeValidator(TOOL_WRAPPER_SHAPE);
    if (!wrapper(definition)) checkShape(json, [], definition, wrapper.errors ?? [], "tool definition");
    definition = definition.function;
    base = ["function"];
  }
  const shape = shapeValidator(TOOL_SHAPE);
  if (!shape(definition)) checkShape(json, base, definition, shape.errors ?? [], "tool definition");
  const tool = definition;
  if (tool.parameters.type !== "object") {
    throw new UserError('tool definition: parameters must be a JSON Schema with "type": "object"', json.locate([...base, "parameters"]));
  }
  checkJsonSchema(json, [...base, "parameters"], tool.parameters, `parameters of tool "${tool.name}"`);
  return tool;
}
async function resolveAt(options, ref, manifestFile, read, text) {
  const at = ref === "worktree" ? "" : ` at ${ref}`;
  const loaded2 = parseManifest(text, manifestFile);
  const source = loaded2.manifest;
  const folder = posix.dirname(manifestFile);
  checkReservedVariables(source, (field) => loaded2.locate(field));
  checkRoutingHeaders(source, (field) => loaded2.locate(field));
  const place = (field, value) => {
    const path = posix.normalize(posix.join(folder, gitPath(value)));
    if (path === ".." || path.startsWith("../")) throw new UserError(`${field.join(".")} points outside the repository (${value})`, loaded2.locate(field));
    return path;
  };
  const fetch = async (field, path) => {
    const text2 = await read(path);
    if (text2 === void 0) {
      throw new UserError(
        `${field.join(".")}: ${path} does not exist${at}`,
        loaded2.locate(field),
        "paths in the manifest are relative to the folder the manifest is in"
      );
    }
    return text2;
  };
  const manifest = structuredClone(source);
  let systemTemplate;
  let userTemplate;
  if (source.prompt?.system !== void 0) {
    const path = manifest.prompt.system = place(["prompt", "system"], source.prompt.system);
    systemTemplate = await fetch(["prompt", "system"], path);
    compileTemplate(systemTemplate, path);
  }
  if (source.prompt?.user !== void 0) {
    const path = manifest.prompt.user = place(["prompt", "user"], source.prompt.user);
    userTemplate = await fetch(["prompt", "user"], path);
    compileTemplate(userTemplate, path);
  }
  if ((source.tools?.schemas ?? []).length > 0 || source.output.schema !== void 0) await loadAjv();
  const tools = [];
  for (const [i, schemaPath] of (source.tools?.schemas ?? []).entries()) {
    const path = place(["tools", "schemas", i], schemaPath);
    manifest.tools.schemas[i] = path;
    tools.push(parseTool(await fetch(["tools", "schemas", i], path), path));
  }
  const names = /* @__PURE__ */ new Map();
  tools.forEach((tool, i) => {
    const other = names.get(tool.name);
    if (other) throw new UserError(`tool "${tool.name}" is defined twice (${other} and ${manifest.tools.schemas[i]})`, loaded2.locate(["tools", "schemas", i]));
    names.set(tool.name, manifest.tools.schemas[i]);
  });
  const choice = source.tools?.choice;
  if (typeof choice === "object" && !names.has(choice.name)) {
    throw new UserError(
      `tools.choice names "${choice.name}", which is not one of the tools (${[...names.keys()].join(", ")})`,
      loaded2.locate(["tools", "choice", "name"])
    );
  }
  let outputSchema;
  if (source.output.schema !== void 0) {
    const path = manifest.output.schema = place(["output", "schema"], source.output.schema);
    const json = parseJsonFile(await fetch(["output", "schema"], path), path);
    checkJsonSchema(json, [], json.value, "output schema");
    if (typeof json.value !== "object" || json.value === null) throw new UserError("output schema must be a JSON Schema object", json.locate([]));
    outputSchema = json.value;
  }
  manifest.shadow.dataset = place(["shadow", "dataset"], source.shadow.dataset);
  if (source.shadow.llm) await compileLlmSettings(source.shadow.llm, (path) => loaded2.locate(path));
  if (source.model.http) {
    try {
      compileJsonTemplate(source.model.http.body, manifestFile);
    } catch (e) {
      if (!isUserError(e)) throw e;
      throw new UserError(`model.http.body: ${e.message}`, loaded2.locate(["model", "http", "body"]));
    }
  }
  source.model.kserve?.inputs.forEach((input, i) => {
    if ((input.shape ?? []).filter((d) => d === -1).length > 1) {
      throw new UserError(`model.kserve.inputs[${i}].shape may have only one -1 entry`, loaded2.locate(["model", "kserve", "inputs", i, "shape"]));
    }
  });
  const endpointOverride = applyOverrides(manifest, options);
  const model = manifest.model;
  const digests = {
    model: digest({ id: model.id, version: model.version, params: model.params }),
    prompt: digest({ system: systemTemplate, user: userTemplate }),
    tools: digest({ tools, choice: manifest.tools?.choice, parallel: manifest.tools?.parallel }),
    context: digest(manifest.context ?? {})
  };
  return {
    label: options.label,
    ref,
    manifest,
    manifestPath: manifestFile,
    ...systemTemplate !== void 0 ? { systemTemplate } : {},
    ...userTemplate !== void 0 ? { userTemplate } : {},
    tools,
    ...outputSchema ? { outputSchema } : {},
    digests,
    manifestEndpoint: source.model.endpoint,
    ...endpointOverride !== void 0 ? { endpointOverride } : {},
    locate: (path) => loaded2.locate(path)
  };
}
function applyOverrides(manifest, options) {
  const variable = endpointVariable(options.label);
  const fromEnv = (options.env ?? process.env)[variable];
  const endpoint = options.overrides?.endpoint ?? (fromEnv ? fromEnv : void 0);
  if (endpoint !== void 0) {
    const origin = options.overrides?.endpoint !== void 0 ? `the ${options.label} endpoint override` : variable;
    let url;
    try {
      url = new URL(endpoint);
    } catch {
      throw new UserError(`${origin} is not a URL (got ${JSON.stringify(endpoint)})`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new UserError(`${origin} must be an http:// or https:// URL (got ${JSON.stringify(endpoint)})`);
    manifest.model.endpoint = endpoint;
  }
  if (options.overrides?.id !== void 0) manifest.model.id = options.overrides.id;
  return endpoint;
}
async function resolveSide(options) {
  const manifestFile = repoRelative(options.repoRoot, options.manifestPath);
  const attempt = async (ref) => {
    let read;
    if (ref === "worktree") {
      read = worktreeReader(options.repoRoot);
    } else {
      const commit = await resolveCommit(options.repoRoot, ref);
      read = (path) => readBlob(options.repoRoot, commit, path, ref);
    }
    const text = await read(manifestFile);
    return text === void 0 ? void 0 : resolveAt(options, ref, manifestFile, read, text);
  };
  const side = await attempt(options.ref);
  if (side) return side;
  if (options.fallbackRef !== void 0 && options.fallbackRef !== options.ref) {
    const fallback = await attempt(options.fallbackRef);
    if (fallback) return fallback;
  }
  const where = options.ref === "worktree" ? "in the working tree" : `at ${options.ref}`;
  throw new UserError(
    `${manifestFile} does not exist ${where} (the ${options.label})`,
    { file: manifestFile },
    options.label === "baseline" && options.ref !== "worktree" ? "a manifest added by this pull request has no baseline yet: merge it first, or give a baseline fallback (e.g. the head ref with the production endpoint in SHADOWGATE_BASELINE_ENDPOINT)" : "check the manifest path"
  );
}

export {
  compileTemplate,
  lookup,
  renderTemplate,
  compileJsonTemplate,
  renderJsonTemplate,
  loadAjv,
  loadedAjv,
  ajvModules,
  readAtRef,
  repoTopLevel,
  parseJsonFile,
  checkShape,
  validatorFor,
  schemaErrorReason,
  withAjv,
  refusalRate,
  isDeepStrictEqual,
  parseJsonText,
  pointerToken,
  extractLabel,
  extractNumber,
  answerForTask,
  taskSuccess,
  compileLlmSettings,
  priceOf,
  resolveSide
};
