import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  require_formats
} from "./chunk-XWYCPJVT.js";
import {
  createInterface,
  node_http_default,
  readFile,
  require_dist,
  setTimeout as setTimeout2
} from "./chunk-YTIUNF5S.js";
import {
  UserError,
  isUserError
} from "./chunk-4HYHTPLW.js";
import {
  require_equal
} from "./chunk-QINDDRBP.js";
import {
  require_ucs2length
} from "./chunk-CWVIZUTC.js";
import {
  __toESM
} from "./chunk-A7OMMFT7.js";

// node-builtin:node:path?isAbsolute,join,resolve
var builtin = process.getBuiltinModule("node:path");
var isAbsolute = builtin.isAbsolute;
var join = builtin.join;
var resolve = builtin.resolve;

// src/commands/shadow.ts
import { setFlagsFromString } from "node:v8";

// node-builtin:node:crypto?createHash
var builtin2 = process.getBuiltinModule("node:crypto");
var createHash = builtin2.createHash;

// node-builtin:node:path?isAbsolute,join,posix,relative,resolve
var builtin3 = process.getBuiltinModule("node:path");
var isAbsolute2 = builtin3.isAbsolute;
var join2 = builtin3.join;
var posix = builtin3.posix;
var relative = builtin3.relative;
var resolve2 = builtin3.resolve;

// src/surfaces/template.ts
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

// src/manifest/ajv-loader.ts
var loaded;
var loading;
function loadAjv() {
  if (loaded) return Promise.resolve(loaded);
  loading ??= Promise.all([import("./ajv-XPOCK5PD.js"), import("./2019-V7QHLFJE.js"), import("./2020-ABJKM3WM.js"), import("./dist-YLXEDWHY.js")]).then(
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

// node-builtin:node:util?promisify
var builtin4 = process.getBuiltinModule("node:util");
var promisify = builtin4.promisify;

// src/manifest/git.ts
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var execFileAsync;
function run(file, args, options) {
  execFileAsync ??= promisify(process.getBuiltinModule("node:child_process").execFile);
  return execFileAsync(file, args, options);
}
async function git(repoRoot, args) {
  try {
    const { stdout } = await run("git", args, { cwd: repoRoot, maxBuffer: MAX_FILE_BYTES, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
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

// src/manifest/json-file.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/manifest/yaml-locate.ts
var import_yaml = __toESM(require_dist(), 1);
function deref(doc, node) {
  return (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
}
function findNode(doc, path) {
  let node = deref(doc, doc.contents);
  let ref = { valueOffset: node?.range?.[0] ?? 0 };
  let found = 0;
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => {
        const key2 = deref(doc, p.key);
        return ((0, import_yaml.isScalar)(key2) ? String(key2.value) : String(key2)) === String(segment);
      });
      if (!pair) break;
      const key = pair.key;
      const value = deref(doc, pair.value);
      const keyOffset = key?.range?.[0];
      ref = { valueOffset: value?.range?.[0] ?? keyOffset ?? ref.valueOffset, ...keyOffset !== void 0 ? { keyOffset } : {} };
      node = value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = deref(doc, node.items[Number(segment)]);
      if (item === void 0) break;
      ref = { valueOffset: item?.range?.[0] ?? ref.valueOffset };
      node = item;
    } else {
      break;
    }
    found += 1;
  }
  return { ref, found };
}
function position(lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
function formatPath(path, root = "manifest") {
  if (path.length === 0) return root;
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number" || /^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/manifest/schema-errors.ts
var COMBINATORS = /* @__PURE__ */ new Set(["if", "oneOf", "anyOf", "allOf", "then", "else"]);
var PRIORITY = ["additionalProperties", "propertyNames", "not", "required", "enum", "const", "type", "oneOf"];
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    return looksLikeSecret(value) ? "a value that looks like a credential" : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}
var SECRET_VALUE = /^(?:sk-[A-Za-z0-9_-]{16,}|sk-(?:proj|ant)-\S{8,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|(?:Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*)$/;
function looksLikeSecret(value) {
  return SECRET_VALUE.test(value.trim());
}
function typeName(type) {
  switch (type) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "integer":
      return "an integer";
    case "null":
      return "null";
    default:
      return `a ${type}`;
  }
}
function valueAt(data, path) {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diag = above;
    }
  }
  return row[b.length];
}
function suggest(word, options) {
  let best;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = editDistance(word, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function custom(error) {
  const parent = error.parentSchema;
  if (error.keyword === "pattern" && typeof parent?.patternErrorMessage === "string") return parent.patternErrorMessage;
  if (error.keyword === "propertyNames") {
    const own = error.schema?.errorMessage;
    if (typeof own === "string") return own;
  }
  return typeof parent?.errorMessage === "string" ? parent.errorMessage : void 0;
}
function problemOf(error, data, rootName) {
  const base = pointerToPath(error.instancePath);
  const value = valueAt(data, base);
  const got = ` (got ${describeValue(value)})`;
  const params = error.params;
  const message = custom(error);
  switch (error.keyword) {
    case "required": {
      const path = [...base, String(params.missingProperty)];
      return { path, atKey: false, missing: true, message: message ?? "is required" };
    }
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const props = Object.keys(error.parentSchema?.properties ?? {});
      const hint = suggest(name, props);
      const known = props.length ? `; expected one of: ${props.join(", ")}` : "";
      const paramsHint = !hint && base.length === 1 && base[0] === "model" ? " (request parameters such as temperature go under model.params)" : "";
      return {
        path: [...base, name],
        atKey: true,
        missing: false,
        message: `is not a known field of ${formatPath(base, rootName)}${hint ? ` (did you mean "${hint}"?)` : known}${paramsHint}`
      };
    }
    case "propertyNames": {
      const name = String(params.propertyName);
      return { path: [...base, name], atKey: true, missing: false, message: message ?? "is not an allowed name" };
    }
    case "type": {
      const types = String(params.type).split(",").map(typeName).join(" or ");
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${types}`}${got}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const hint = typeof value === "string" ? suggest(value, allowed) : void 0;
      const text = message ?? `must be one of ${allowed.join(", ")}`;
      return { path: base, atKey: false, missing: false, message: `${text}${got}${hint ? `; did you mean "${hint}"?` : ""}` };
    }
    case "const":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${JSON.stringify(params.allowedValue)}`}${got}` };
    case "pattern":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must match ${String(params.pattern)}`}${got}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${String(params.comparison)} ${String(params.limit)}`}${got}` };
    case "minLength":
      return { path: base, atKey: false, missing: false, message: message ?? (params.limit === 1 ? "must not be empty" : `must have at least ${String(params.limit)} characters`) };
    case "minItems":
      return { path: base, atKey: false, missing: false, message: message ?? `must have at least ${String(params.limit)} ${params.limit === 1 ? "entry" : "entries"}` };
    case "minProperties":
      return { path: base, atKey: false, missing: false, message: message ?? "must not be empty" };
    case "uniqueItems":
      return { path: base, atKey: false, missing: false, message: message ?? `must not repeat entries (entries ${String(params.j)} and ${String(params.i)} are the same)` };
    default:
      return { path: base, atKey: false, missing: false, message: `${message ?? error.message ?? "is invalid"}${value === void 0 ? "" : got}` };
  }
}
function isPrefix(short, long) {
  return short.length < long.length && short.every((s, i) => long[i] === s);
}
function schemaProblems(errors, data, rootName = "manifest") {
  let kept = errors.filter((e) => !["if", "then", "else", "allOf"].includes(e.keyword));
  for (const group of kept.filter((e) => (e.keyword === "oneOf" || e.keyword === "anyOf") && custom(e))) {
    kept = kept.filter((e) => e === group || !e.schemaPath.startsWith(`${group.schemaPath}/`));
  }
  kept = kept.filter((e) => !COMBINATORS.has(e.keyword) || custom(e) || kept.every((o) => o === e || !o.schemaPath.startsWith(`${e.schemaPath}/`)));
  const propertyNameGroups = kept.filter((e) => e.keyword === "propertyNames");
  kept = kept.filter((e) => e.keyword === "propertyNames" || !propertyNameGroups.some((g) => e.schemaPath.startsWith(`${g.schemaPath}/`)));
  const problems = kept.map((e) => ({ problem: problemOf(e, data, rootName), keyword: e.keyword }));
  const specific = problems.filter((p) => !problems.some((o) => isPrefix(p.problem.path, o.problem.path)));
  const seen = /* @__PURE__ */ new Set();
  return specific.sort((a, b) => rank(a.keyword) - rank(b.keyword)).map((p) => p.problem).filter((p) => {
    const key = `${p.path.join("\0")}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function rank(keyword) {
  const i = PRIORITY.indexOf(keyword);
  return i === -1 ? PRIORITY.length : i;
}

// src/manifest/json-file.ts
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
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter });
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

// src/manifest/load.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/manifest/defaults.ts
var MANIFEST_DEFAULTS = {
  shadow: {
    sample: { rate: 1, seed: "shadowgate" },
    concurrency: 8,
    timeoutMs: 6e4,
    deadlineSeconds: 1800,
    retries: { max: 3, baseDelayMs: 500, maxDelayMs: 2e4 },
    minSamples: 50,
    alpha: 0.05,
    confidence: 0.95,
    noiseFloor: false
  },
  auth: { header: "Authorization", authorizationScheme: "Bearer" },
  http: { method: "POST" },
  kserve: { outputIndex: 0 },
  context: { history: { maxTurns: 10 }, documents: { maxChars: 8e3, header: "Context documents:" } },
  output: { rtol: 1e-6, atol: 0 }
};
function withAuthDefaults(auth) {
  const header = auth.header ?? MANIFEST_DEFAULTS.auth.header;
  const scheme = auth.scheme ?? (header.toLowerCase() === "authorization" ? MANIFEST_DEFAULTS.auth.authorizationScheme : "");
  return { ...auth, header, scheme };
}
function applyDefaults(manifest) {
  const d = MANIFEST_DEFAULTS;
  const { model, shadow, output, context } = manifest;
  return {
    ...manifest,
    model: {
      ...model,
      ...model.auth ? { auth: withAuthDefaults(model.auth) } : {},
      ...model.http ? { http: { ...model.http, method: model.http.method ?? d.http.method } } : {},
      ...model.kserve ? { kserve: { ...model.kserve, output: { ...model.kserve.output, index: model.kserve.output.index ?? d.kserve.outputIndex } } } : {}
    },
    ...context ? {
      context: {
        ...context.history ? { history: { ...context.history, maxTurns: context.history.maxTurns ?? d.context.history.maxTurns } } : {},
        ...context.documents ? {
          documents: {
            ...context.documents,
            maxChars: context.documents.maxChars ?? d.context.documents.maxChars,
            header: context.documents.header ?? d.context.documents.header
          }
        } : {}
      }
    } : {},
    output: output.kind === "numeric" ? { ...output, rtol: output.rtol ?? d.output.rtol, atol: output.atol ?? d.output.atol } : { ...output },
    shadow: {
      ...shadow,
      sample: { ...d.shadow.sample, ...shadow.sample },
      concurrency: shadow.concurrency ?? d.shadow.concurrency,
      timeoutMs: shadow.timeoutMs ?? d.shadow.timeoutMs,
      deadlineSeconds: shadow.deadlineSeconds ?? d.shadow.deadlineSeconds,
      retries: { ...d.shadow.retries, ...shadow.retries },
      minSamples: shadow.minSamples ?? d.shadow.minSamples,
      alpha: shadow.alpha ?? d.shadow.alpha,
      confidence: shadow.confidence ?? d.shadow.confidence,
      noiseFloor: shadow.noiseFloor ?? d.shadow.noiseFloor,
      ...shadow.embeddings?.auth ? { embeddings: { ...shadow.embeddings, auth: withAuthDefaults(shadow.embeddings.auth) } } : {},
      // Gates stay absent when not given: the judge then applies its per-kind defaults, and given gates
      // override those defaults metric by metric.
      ...shadow.gates ? { gates: shadow.gates } : {}
    }
  };
}

// src/manifest/manifest-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://shadowgate.dev/schema/manifest-v1.json", "title": "shadowgate.yaml", "description": "What shadowgate replays and how it judges a change. Put `# yaml-language-server: $schema=<path or URL of this file>` on the first line for editor completion. Paths are relative to the folder holding the manifest. Credentials are never written here: name the environment variable that holds them (`auth.env`).", "type": "object", "additionalProperties": false, "required": ["version", "service", "model", "output", "shadow"], "properties": { "version": { "description": "Manifest format version.", "const": 1, "errorMessage": "must be 1 (the only manifest version)", "examples": [1] }, "service": { "description": "Name of the service this model or prompt serves; used in reports and as the deployment name.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "patternErrorMessage": "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit", "examples": ["support-bot", "price-model"] }, "model": { "$ref": "#/$defs/model" }, "prompt": { "$ref": "#/$defs/prompt" }, "tools": { "$ref": "#/$defs/tools" }, "context": { "$ref": "#/$defs/context" }, "output": { "$ref": "#/$defs/output" }, "shadow": { "$ref": "#/$defs/shadow" }, "deploy": { "$comment": "Mirrors deploySchema in src/kube/config.ts (test/manifest/deploy-schema.test.ts keeps them in step).", "description": "Blue-green deployment on Kubernetes: used by promote, rollback, status and lint.", "type": "object", "additionalProperties": false, "required": ["service", "slots"], "properties": { "namespace": { "description": "Namespace of the live Service, its slot Deployments and the Lease.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "default": "default" }, "service": { "description": "The live Service whose selector is flipped between the slots.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "slotKey": { "description": "Selector key that is flipped; every other selector key is left untouched.", "type": "string", "minLength": 1, "default": "shadowgate.dev/slot" }, "slots": { "description": "The two slots of the blue-green pair.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "$ref": "#/$defs/deploySlot" }, "green": { "$ref": "#/$defs/deploySlot" } } }, "lease": { "description": "The coordination.k8s.io Lease that keeps two runs from promoting at once.", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Lease name (default: shadowgate-<service>).", "type": "string", "minLength": 1 }, "durationSeconds": { "description": "A lease not renewed for this long is expired and may be taken over.", "type": "integer", "minimum": 5, "default": 900 } } }, "warmup": { "description": "Warm-up of the target slot before the flip: recorded requests until p95 latency settles.", "type": "object", "additionalProperties": false, "properties": { "windowSize": { "description": "Requests per window; the p95 of consecutive windows is compared.", "type": "integer", "minimum": 2, "default": 20 }, "marginPercent": { "description": "Settled when the last window p95 is within this percentage of the previous one.", "type": "number", "exclusiveMinimum": 0, "default": 10 }, "maxRequests": { "description": "Give up (the promotion stops) after this many requests without settling.", "type": "integer", "minimum": 0, "default": 400 }, "maxSeconds": { "description": "Give up after this many seconds without settling.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "concurrency": { "description": "Warm-up requests in flight.", "type": "integer", "minimum": 1, "default": 4 } } }, "watch": { "description": "Watch window after the flip: active probes with the shadow judge; a breach flips back.", "type": "object", "additionalProperties": false, "properties": { "seconds": { "description": "How long to probe after the flip.", "type": "number", "minimum": 0, "default": 60 }, "intervalSeconds": { "description": "Pause between probes.", "type": "number", "exclusiveMinimum": 0, "default": 5 }, "maxFailures": { "description": "Failed probes that trigger the automatic flip back.", "type": "integer", "minimum": 1, "default": 1 } } }, "historyLimit": { "description": "Promotion records kept in the Service annotation (oldest dropped first).", "type": "integer", "minimum": 1, "maximum": 50, "default": 10 }, "lint": { "description": "LLM-safe serving checks for the slot Deployments.", "type": "object", "additionalProperties": false, "properties": { "minGracePeriodSeconds": { "description": "Minimum terminationGracePeriodSeconds (LLM responses stream for minutes).", "type": "integer", "minimum": 0, "default": 300 }, "minPreStopSeconds": { "description": "Minimum preStop sleep, so endpoints deregister before SIGTERM.", "type": "integer", "minimum": 0, "default": 5 }, "requireStartupProbe": { "description": "Require a startupProbe (slow model loads would trip the liveness probe).", "type": "boolean", "default": true } } } } } }, "$defs": { "path": { "type": "string", "minLength": 1, "pattern": "^(?!/)(?![A-Za-z]:[\\\\/])", "patternErrorMessage": "must be a path relative to the manifest's folder" }, "envName": { "description": "Name of an environment variable (e.g. a GitHub Actions secret exposed with `env:`). Never the secret itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "must be the NAME of an environment variable that holds the credential, like OPENAI_API_KEY \u2014 never the credential itself", "examples": ["OPENAI_API_KEY"] }, "auth": { "description": "Where the credential comes from. The value is read from the environment at run time.", "type": "object", "additionalProperties": false, "required": ["env"], "properties": { "env": { "$ref": "#/$defs/envName" }, "header": { "description": "HTTP header that carries the credential.", "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "patternErrorMessage": "must be an HTTP header name", "default": "Authorization", "examples": ["Authorization", "api-key"] }, "scheme": { "description": "Prefix before the credential. Defaults to `Bearer` for the Authorization header and to nothing for any other header.", "type": "string", "examples": ["Bearer", "Basic"] } } }, "model": { "description": "The model endpoint both sides call. The baseline uses this block as it is at the PR's base ref, the candidate as it is at the head.", "type": "object", "additionalProperties": false, "required": ["protocol", "endpoint", "id"], "properties": { "protocol": { "description": "Wire protocol: OpenAI-compatible chat completions, KServe Open Inference (v2), or a plain JSON HTTP endpoint.", "enum": ["openai", "kserve-v2", "http"], "examples": ["openai"] }, "endpoint": { "description": "Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. Can be overridden per side (SHADOWGATE_BASELINE_ENDPOINT, SHADOWGATE_CANDIDATE_ENDPOINT).", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1", "http://price-model.ml.svc.cluster.local"] }, "id": { "description": "Pinned model id (OpenAI `model`) or the KServe model name.", "type": "string", "minLength": 1, "examples": ["gpt-4.1-mini-2025-04-14", "price-model"] }, "version": { "description": 'Model version (KServe model version, or your own label). Quote numbers: `version: "2"`.', "type": "string", "examples": ["2", "2025-04-14"] }, "auth": { "$ref": "#/$defs/auth" }, "params": { "description": "Extra request parameters passed through verbatim (temperature, seed, max_tokens \u2026). Fields shadowgate builds itself cannot be set here.", "type": "object", "propertyNames": { "not": { "enum": ["model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "inputs", "id"] }, "errorMessage": "is built by shadowgate from the manifest and cannot be set in model.params" }, "examples": [{ "temperature": 0, "seed": 7, "max_tokens": 512 }] }, "headers": { "description": "Extra HTTP headers. Credentials go in `auth`, not here.", "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "not": { "pattern": "^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$" }, "errorMessage": "would put a credential in the manifest; use model.auth with env: <VARIABLE_NAME> and header: <header name>" }, "examples": [{ "OpenAI-Organization": "org-ml" }] }, "kserve": { "description": "Required for protocol kserve-v2: which record fields become input tensors and which output tensor is the answer.", "type": "object", "additionalProperties": false, "required": ["inputs", "output"], "properties": { "inputs": { "description": "Input tensors, each filled from a record field.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/kserveInput" } }, "output": { "description": "The output tensor that holds the answer.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Output tensor name.", "type": "string", "minLength": 1, "examples": ["price"] }, "index": { "description": "Element of the output tensor that is the answer.", "type": "integer", "minimum": 0, "default": 0 } } } } }, "http": { "description": "Required for protocol http: the JSON body to send (a string that is exactly `{{ path }}` is replaced by the record's value with its JSON type) and where the answer is in the response.", "type": "object", "additionalProperties": false, "required": ["body", "output"], "properties": { "method": { "description": "HTTP method.", "enum": ["POST", "PUT"], "default": "POST" }, "body": { "description": "Request body template.", "examples": [{ "text": "{{ question }}", "k": 3 }] }, "output": { "description": "JSON Pointer (RFC 6901) to the answer in the response body; empty string for the whole body.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /answer or /choices/0/text", "examples": ["/answer"] } } } }, "allOf": [{ "if": { "properties": { "protocol": { "const": "kserve-v2" } }, "required": ["protocol"] }, "then": { "required": ["kserve"], "errorMessage": "is required when model.protocol is kserve-v2 (input tensors and the output tensor)" } }, { "if": { "properties": { "protocol": { "const": "http" } }, "required": ["protocol"] }, "then": { "required": ["http"], "errorMessage": "is required when model.protocol is http (request body and output pointer)" } }] }, "kserveInput": { "type": "object", "additionalProperties": false, "required": ["name", "datatype", "from"], "properties": { "name": { "description": "Input tensor name.", "type": "string", "minLength": 1, "examples": ["features"] }, "datatype": { "description": "Open Inference Protocol tensor datatype.", "enum": ["BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES"], "examples": ["FP32"] }, "shape": { "description": "Tensor shape; one -1 entry is filled from the data length. Default: the shape of the (nested) array.", "type": "array", "items": { "type": "integer", "minimum": -1 }, "examples": [[1, -1]] }, "from": { "description": "Dot path into the replay record.", "type": "string", "minLength": 1, "examples": ["features"] } } }, "prompt": { "description": "Prompt templates (openai protocol). `{{ a.b }}` inserts a record field, `{{ a.b | json }}` inserts it as JSON, `{{{{` is a literal `{{`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "system": { "$ref": "#/$defs/path", "description": "System message template file.", "examples": ["prompts/system.md"] }, "user": { "$ref": "#/$defs/path", "description": "User message template file. Without it, each record's own `messages` are sent.", "examples": ["prompts/user.md"] } } }, "tools": { "description": "Tools offered to the model (openai protocol).", "type": "object", "additionalProperties": false, "required": ["schemas"], "properties": { "schemas": { "description": "JSON files, each one OpenAI function definition {name, description, parameters}.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/path" }, "examples": [["tools/search.json", "tools/refund.json"]] }, "choice": { "description": "tool_choice: auto, required, none, or {name} to force one function. Not sent when unset.", "oneOf": [{ "enum": ["auto", "required", "none"] }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The function the model must call.", "type": "string", "minLength": 1 } } }], "errorMessage": "must be auto, required, none, or {name: <function>}", "examples": ["auto", { "name": "search" }] }, "parallel": { "description": "parallel_tool_calls. Not sent when unset.", "type": "boolean" } } }, "context": { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } }, "output": { "description": "What an answer is, which decides how answers are compared.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "text: free text; json: a JSON document; tool-calls: function calls; label: one of a set; numeric: a number.", "enum": ["text", "json", "tool-calls", "label", "numeric"], "examples": ["json"] }, "schema": { "$ref": "#/$defs/path", "description": "JSON Schema file the answer must satisfy (kind json); also sent as response_format for openai.", "examples": ["schemas/answer.json"] }, "pointer": { "description": "JSON Pointer into a JSON answer selecting the label or number.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /label", "examples": ["/label"] }, "labels": { "description": "The allowed labels (kind label).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "examples": [["refund", "question", "other"]] }, "rtol": { "description": "Relative tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 1e-6 }, "atol": { "description": "Absolute tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 0 } }, "allOf": [{ "if": { "properties": { "kind": { "not": { "const": "json" } } }, "required": ["kind"] }, "then": { "properties": { "schema": { "not": {}, "errorMessage": "is only used with output.kind json" } } } }, { "if": { "properties": { "kind": { "not": { "const": "label" } } }, "required": ["kind"] }, "then": { "properties": { "labels": { "not": {}, "errorMessage": "is only used with output.kind label" } } } }, { "if": { "properties": { "kind": { "not": { "enum": ["numeric"] } } }, "required": ["kind"] }, "then": { "properties": { "rtol": { "not": {}, "errorMessage": "is only used with output.kind numeric" }, "atol": { "not": {}, "errorMessage": "is only used with output.kind numeric" } } } }, { "if": { "properties": { "kind": { "enum": ["text", "tool-calls"] } }, "required": ["kind"] }, "then": { "properties": { "pointer": { "not": {}, "errorMessage": "is only used with output.kind json, label or numeric" } } } }] }, "retries": { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "Practical-equivalence band; the interval must leave it before anything can fail.", "type": "number", "minimum": 0 }, "threshold": { "description": "Effect threshold: \u0394 for rates/scores, ratio for continuous metrics (1.2 = +20 %).", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } }, "shadow": { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline`.", "type": "integer", "minimum": 1, "default": 1800 }, "retries": { "$ref": "#/$defs/retries" }, "minSamples": { "description": "Fewer completed pairs than this gives an inconclusive verdict.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] } } }, "deploySlot": { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63 }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } } } };
var schema41 = { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } };
var schema48 = { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63 }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } };
var func1 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
var pattern18 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var schema32 = { "description": "The model endpoint both sides call. The baseline uses this block as it is at the PR's base ref, the candidate as it is at the head.", "type": "object", "additionalProperties": false, "required": ["protocol", "endpoint", "id"], "properties": { "protocol": { "description": "Wire protocol: OpenAI-compatible chat completions, KServe Open Inference (v2), or a plain JSON HTTP endpoint.", "enum": ["openai", "kserve-v2", "http"], "examples": ["openai"] }, "endpoint": { "description": "Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. Can be overridden per side (SHADOWGATE_BASELINE_ENDPOINT, SHADOWGATE_CANDIDATE_ENDPOINT).", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1", "http://price-model.ml.svc.cluster.local"] }, "id": { "description": "Pinned model id (OpenAI `model`) or the KServe model name.", "type": "string", "minLength": 1, "examples": ["gpt-4.1-mini-2025-04-14", "price-model"] }, "version": { "description": 'Model version (KServe model version, or your own label). Quote numbers: `version: "2"`.', "type": "string", "examples": ["2", "2025-04-14"] }, "auth": { "$ref": "#/$defs/auth" }, "params": { "description": "Extra request parameters passed through verbatim (temperature, seed, max_tokens \u2026). Fields shadowgate builds itself cannot be set here.", "type": "object", "propertyNames": { "not": { "enum": ["model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "inputs", "id"] }, "errorMessage": "is built by shadowgate from the manifest and cannot be set in model.params" }, "examples": [{ "temperature": 0, "seed": 7, "max_tokens": 512 }] }, "headers": { "description": "Extra HTTP headers. Credentials go in `auth`, not here.", "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "not": { "pattern": "^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$" }, "errorMessage": "would put a credential in the manifest; use model.auth with env: <VARIABLE_NAME> and header: <header name>" }, "examples": [{ "OpenAI-Organization": "org-ml" }] }, "kserve": { "description": "Required for protocol kserve-v2: which record fields become input tensors and which output tensor is the answer.", "type": "object", "additionalProperties": false, "required": ["inputs", "output"], "properties": { "inputs": { "description": "Input tensors, each filled from a record field.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/kserveInput" } }, "output": { "description": "The output tensor that holds the answer.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Output tensor name.", "type": "string", "minLength": 1, "examples": ["price"] }, "index": { "description": "Element of the output tensor that is the answer.", "type": "integer", "minimum": 0, "default": 0 } } } } }, "http": { "description": "Required for protocol http: the JSON body to send (a string that is exactly `{{ path }}` is replaced by the record's value with its JSON type) and where the answer is in the response.", "type": "object", "additionalProperties": false, "required": ["body", "output"], "properties": { "method": { "description": "HTTP method.", "enum": ["POST", "PUT"], "default": "POST" }, "body": { "description": "Request body template.", "examples": [{ "text": "{{ question }}", "k": 3 }] }, "output": { "description": "JSON Pointer (RFC 6901) to the answer in the response body; empty string for the whole body.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /answer or /choices/0/text", "examples": ["/answer"] } } } }, "allOf": [{ "if": { "properties": { "protocol": { "const": "kserve-v2" } }, "required": ["protocol"] }, "then": { "required": ["kserve"], "errorMessage": "is required when model.protocol is kserve-v2 (input tensors and the output tensor)" } }, { "if": { "properties": { "protocol": { "const": "http" } }, "required": ["protocol"] }, "then": { "required": ["http"], "errorMessage": "is required when model.protocol is http (request body and output pointer)" } }] };
var schema35 = { "type": "object", "additionalProperties": false, "required": ["name", "datatype", "from"], "properties": { "name": { "description": "Input tensor name.", "type": "string", "minLength": 1, "examples": ["features"] }, "datatype": { "description": "Open Inference Protocol tensor datatype.", "enum": ["BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES"], "examples": ["FP32"] }, "shape": { "description": "Tensor shape; one -1 entry is filled from the data length. Default: the shape of the (nested) array.", "type": "array", "items": { "type": "integer", "minimum": -1 }, "examples": [[1, -1]] }, "from": { "description": "Dot path into the replay record.", "type": "string", "minLength": 1, "examples": ["features"] } } };
var pattern5 = new RegExp("^https?://[^\\s/?#]+", "u");
var pattern8 = new RegExp("^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$", "u");
var pattern9 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
var schema33 = { "description": "Where the credential comes from. The value is read from the environment at run time.", "type": "object", "additionalProperties": false, "required": ["env"], "properties": { "env": { "$ref": "#/$defs/envName" }, "header": { "description": "HTTP header that carries the credential.", "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "patternErrorMessage": "must be an HTTP header name", "default": "Authorization", "examples": ["Authorization", "api-key"] }, "scheme": { "description": "Prefix before the credential. Defaults to `Bearer` for the Authorization header and to nothing for any other header.", "type": "string", "examples": ["Bearer", "Basic"] } } };
var schema34 = { "description": "Name of an environment variable (e.g. a GitHub Actions secret exposed with `env:`). Never the secret itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "must be the NAME of an environment variable that holds the credential, like OPENAI_API_KEY \u2014 never the credential itself", "examples": ["OPENAI_API_KEY"] };
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern7 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.env === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "env" || key0 === "header" || key0 === "scheme")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data0 = data.env;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      let data1 = data.header;
      if (typeof data1 === "string") {
        if (!pattern7.test(data1)) {
          const err4 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, message: 'must match pattern "^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$"', schema: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", parentSchema: schema33.properties.header, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.header.type, parentSchema: schema33.properties.header, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.scheme !== void 0) {
      let data2 = data.scheme;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.scheme.type, parentSchema: schema33.properties.scheme, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    let missing0;
    if (data.protocol === void 0 && (missing0 = "protocol")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.protocol !== void 0) {
        if ("kserve-v2" !== data.protocol) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
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
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kserve === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "kserve" }, message: "must have required property 'kserve'", schema: schema32.allOf[0].then.required, parentSchema: schema32.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.allOf[0].if, parentSchema: schema32.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.protocol === void 0 && (missing1 = "protocol")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.protocol !== void 0) {
        if ("http" !== data.protocol) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.http === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "http" }, message: "must have required property 'http'", schema: schema32.allOf[1].then.required, parentSchema: schema32.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.allOf[1].if, parentSchema: schema32.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.protocol === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.endpoint === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      let data2 = data.protocol;
      if (!(data2 === "openai" || data2 === "kserve-v2" || data2 === "http")) {
        const err12 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema32.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.protocol.enum, parentSchema: schema32.properties.protocol, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data3 = data.endpoint;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err13 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema32.properties.endpoint, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.endpoint.type, parentSchema: schema32.properties.endpoint, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data4 = data.id;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.id, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data5 = data.version;
      if (typeof data5 !== "string") {
        const err17 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.version.type, parentSchema: schema32.properties.version, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      if (!validate22(data.auth, { instancePath: instancePath + "/auth", parentData: data, parentDataProperty: "auth", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.params !== void 0) {
      let data7 = data.params;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs22 = errors;
          const _errs23 = errors;
          const _errs24 = errors;
          if (!(key1 === "model" || key1 === "messages" || key1 === "tools" || key1 === "tool_choice" || key1 === "parallel_tool_calls" || key1 === "response_format" || key1 === "stream" || key1 === "inputs" || key1 === "id")) {
            const err18 = {};
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var valid7 = _errs24 === errors;
          if (valid7) {
            const err19 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.properties.params.propertyNames.not, parentSchema: schema32.properties.params.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
          var valid6 = _errs22 === errors;
          if (!valid6) {
            const err20 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema32.properties.params.propertyNames, parentSchema: schema32.properties.params, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.params.type, parentSchema: schema32.properties.params, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data8 = data.headers;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          const _errs27 = errors;
          const _errs28 = errors;
          const _errs29 = errors;
          if (typeof key2 === "string") {
            if (!pattern8.test(key2)) {
              const err22 = {};
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          var valid9 = _errs29 === errors;
          if (valid9) {
            const err23 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.properties.headers.propertyNames.not, parentSchema: schema32.properties.headers.propertyNames, data: key2, propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
          var valid8 = _errs27 === errors;
          if (!valid8) {
            const err24 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema32.properties.headers.propertyNames, parentSchema: schema32.properties.headers, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        for (const key3 in data8) {
          let data9 = data8[key3];
          if (typeof data9 !== "string") {
            const err25 = { instancePath: instancePath + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.headers.additionalProperties.type, parentSchema: schema32.properties.headers.additionalProperties, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.headers.type, parentSchema: schema32.properties.headers, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.kserve !== void 0) {
      let data10 = data.kserve;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.inputs === void 0) {
          const err27 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema32.properties.kserve.required, parentSchema: schema32.properties.kserve, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data10.output === void 0) {
          const err28 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema32.properties.kserve.required, parentSchema: schema32.properties.kserve, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key4 in data10) {
          if (!(key4 === "inputs" || key4 === "output")) {
            const err29 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.kserve, data: data10 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data10.inputs !== void 0) {
          let data11 = data10.inputs;
          if (Array.isArray(data11)) {
            if (data11.length < 1) {
              const err30 = { instancePath: instancePath + "/kserve/inputs", schemaPath: "#/properties/kserve/properties/inputs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.kserve.properties.inputs, data: data11 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.name === void 0) {
                  const err31 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data12.datatype === void 0) {
                  const err32 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "datatype" }, message: "must have required property 'datatype'", schema: schema35.required, parentSchema: schema35, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data12.from === void 0) {
                  const err33 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.required, parentSchema: schema35, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                for (const key5 in data12) {
                  if (!(key5 === "name" || key5 === "datatype" || key5 === "shape" || key5 === "from")) {
                    const err34 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  let data13 = data12.name;
                  if (typeof data13 === "string") {
                    if (func3(data13) < 1) {
                      const err35 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/name", schemaPath: "#/$defs/kserveInput/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/name", schemaPath: "#/$defs/kserveInput/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data12.datatype !== void 0) {
                  let data14 = data12.datatype;
                  if (!(data14 === "BOOL" || data14 === "UINT8" || data14 === "UINT16" || data14 === "UINT32" || data14 === "UINT64" || data14 === "INT8" || data14 === "INT16" || data14 === "INT32" || data14 === "INT64" || data14 === "FP16" || data14 === "FP32" || data14 === "FP64" || data14 === "BYTES")) {
                    const err37 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/datatype", schemaPath: "#/$defs/kserveInput/properties/datatype/enum", keyword: "enum", params: { allowedValues: schema35.properties.datatype.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.datatype.enum, parentSchema: schema35.properties.datatype, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data12.shape !== void 0) {
                  let data15 = data12.shape;
                  if (Array.isArray(data15)) {
                    const len1 = data15.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data16 = data15[i1];
                      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                        const err38 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape/" + i1, schemaPath: "#/$defs/kserveInput/properties/shape/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.shape.items.type, parentSchema: schema35.properties.shape.items, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      if (typeof data16 == "number" && isFinite(data16)) {
                        if (data16 < -1 || isNaN(data16)) {
                          const err39 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape/" + i1, schemaPath: "#/$defs/kserveInput/properties/shape/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1", schema: -1, parentSchema: schema35.properties.shape.items, data: data16 };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape", schemaPath: "#/$defs/kserveInput/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.shape.type, parentSchema: schema35.properties.shape, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data12.from !== void 0) {
                  let data17 = data12.from;
                  if (typeof data17 === "string") {
                    if (func3(data17) < 1) {
                      const err41 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/from", schemaPath: "#/$defs/kserveInput/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.from, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/from", schemaPath: "#/$defs/kserveInput/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.from.type, parentSchema: schema35.properties.from, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data12 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/kserve/inputs", schemaPath: "#/properties/kserve/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.kserve.properties.inputs.type, parentSchema: schema32.properties.kserve.properties.inputs, data: data11 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data10.output !== void 0) {
          let data18 = data10.output;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.name === void 0) {
              const err45 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.properties.kserve.properties.output.required, parentSchema: schema32.properties.kserve.properties.output, data: data18 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key6 in data18) {
              if (!(key6 === "name" || key6 === "index")) {
                const err46 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.kserve.properties.output, data: data18 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.name !== void 0) {
              let data19 = data18.name;
              if (typeof data19 === "string") {
                if (func3(data19) < 1) {
                  const err47 = { instancePath: instancePath + "/kserve/output/name", schemaPath: "#/properties/kserve/properties/output/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.kserve.properties.output.properties.name, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/kserve/output/name", schemaPath: "#/properties/kserve/properties/output/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.kserve.properties.output.properties.name.type, parentSchema: schema32.properties.kserve.properties.output.properties.name, data: data19 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data18.index !== void 0) {
              let data20 = data18.index;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err49 = { instancePath: instancePath + "/kserve/output/index", schemaPath: "#/properties/kserve/properties/output/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.kserve.properties.output.properties.index.type, parentSchema: schema32.properties.kserve.properties.output.properties.index, data: data20 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err50 = { instancePath: instancePath + "/kserve/output/index", schemaPath: "#/properties/kserve/properties/output/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.kserve.properties.output.properties.index, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.kserve.properties.output.type, parentSchema: schema32.properties.kserve.properties.output, data: data18 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.kserve.type, parentSchema: schema32.properties.kserve, data: data10 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data21 = data.http;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.body === void 0) {
          const err53 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'", schema: schema32.properties.http.required, parentSchema: schema32.properties.http, data: data21 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data21.output === void 0) {
          const err54 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema32.properties.http.required, parentSchema: schema32.properties.http, data: data21 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key7 in data21) {
          if (!(key7 === "method" || key7 === "body" || key7 === "output")) {
            const err55 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.http, data: data21 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data21.method !== void 0) {
          let data22 = data21.method;
          if (!(data22 === "POST" || data22 === "PUT")) {
            const err56 = { instancePath: instancePath + "/http/method", schemaPath: "#/properties/http/properties/method/enum", keyword: "enum", params: { allowedValues: schema32.properties.http.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.http.properties.method.enum, parentSchema: schema32.properties.http.properties.method, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data21.output !== void 0) {
          let data23 = data21.output;
          if (typeof data23 === "string") {
            if (!pattern9.test(data23)) {
              const err57 = { instancePath: instancePath + "/http/output", schemaPath: "#/properties/http/properties/output/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema32.properties.http.properties.output, data: data23 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/http/output", schemaPath: "#/properties/http/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.http.properties.output.type, parentSchema: schema32.properties.http.properties.output, data: data23 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.http.type, parentSchema: schema32.properties.http, data: data21 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "description": "Prompt templates (openai protocol). `{{ a.b }}` inserts a record field, `{{ a.b | json }}` inserts it as JSON, `{{{{` is a literal `{{`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "system": { "$ref": "#/$defs/path", "description": "System message template file.", "examples": ["prompts/system.md"] }, "user": { "$ref": "#/$defs/path", "description": "User message template file. Without it, each record's own `messages` are sent.", "examples": ["prompts/user.md"] } } };
var schema37 = { "type": "string", "minLength": 1, "pattern": "^(?!/)(?![A-Za-z]:[\\\\/])", "patternErrorMessage": "must be a path relative to the manifest's folder" };
var pattern10 = new RegExp("^(?!/)(?![A-Za-z]:[\\\\/])", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "system" || key0 === "user")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      let data0 = data.system;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data1 = data.user;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern10.test(data1)) {
          const err6 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "description": "Tools offered to the model (openai protocol).", "type": "object", "additionalProperties": false, "required": ["schemas"], "properties": { "schemas": { "description": "JSON files, each one OpenAI function definition {name, description, parameters}.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/path" }, "examples": [["tools/search.json", "tools/refund.json"]] }, "choice": { "description": "tool_choice: auto, required, none, or {name} to force one function. Not sent when unset.", "oneOf": [{ "enum": ["auto", "required", "none"] }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The function the model must call.", "type": "string", "minLength": 1 } } }], "errorMessage": "must be auto, required, none, or {name: <function>}", "examples": ["auto", { "name": "search" }] }, "parallel": { "description": "parallel_tool_calls. Not sent when unset.", "type": "boolean" } } };
var func0 = require_equal().default;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemas === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemas" }, message: "must have required property 'schemas'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "schemas" || key0 === "choice" || key0 === "parallel")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.schemas !== void 0) {
      let data0 = data.schemas;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39.properties.schemas, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func3(data1) < 1) {
              const err3 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err4 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err6 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.properties.schemas, data: data0 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.schemas.type, parentSchema: schema39.properties.schemas, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.choice !== void 0) {
      let data2 = data.choice;
      const _errs8 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs9 = errors;
      if (!(data2 === "auto" || data2 === "required" || data2 === "none")) {
        const err8 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema39.properties.choice.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.choice.oneOf[0].enum, parentSchema: schema39.properties.choice.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err9 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.properties.choice.oneOf[1].required, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err10 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err11 = { instancePath: instancePath + "/choice/name", schemaPath: "#/properties/choice/oneOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.choice.oneOf[1].properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/choice/name", schemaPath: "#/properties/choice/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.choice.oneOf[1].properties.name.type, parentSchema: schema39.properties.choice.oneOf[1].properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.choice.oneOf[1].type, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err14 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.properties.choice.oneOf, parentSchema: schema39.properties.choice, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.parallel !== void 0) {
      let data4 = data.parallel;
      if (typeof data4 !== "boolean") {
        const err15 = { instancePath: instancePath + "/parallel", schemaPath: "#/properties/parallel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.parallel.type, parentSchema: schema39.properties.parallel, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema42 = { "description": "What an answer is, which decides how answers are compared.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "text: free text; json: a JSON document; tool-calls: function calls; label: one of a set; numeric: a number.", "enum": ["text", "json", "tool-calls", "label", "numeric"], "examples": ["json"] }, "schema": { "$ref": "#/$defs/path", "description": "JSON Schema file the answer must satisfy (kind json); also sent as response_format for openai.", "examples": ["schemas/answer.json"] }, "pointer": { "description": "JSON Pointer into a JSON answer selecting the label or number.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /label", "examples": ["/label"] }, "labels": { "description": "The allowed labels (kind label).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "examples": [["refund", "question", "other"]] }, "rtol": { "description": "Relative tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 1e-6 }, "atol": { "description": "Absolute tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 0 } }, "allOf": [{ "if": { "properties": { "kind": { "not": { "const": "json" } } }, "required": ["kind"] }, "then": { "properties": { "schema": { "not": {}, "errorMessage": "is only used with output.kind json" } } } }, { "if": { "properties": { "kind": { "not": { "const": "label" } } }, "required": ["kind"] }, "then": { "properties": { "labels": { "not": {}, "errorMessage": "is only used with output.kind label" } } } }, { "if": { "properties": { "kind": { "not": { "enum": ["numeric"] } } }, "required": ["kind"] }, "then": { "properties": { "rtol": { "not": {}, "errorMessage": "is only used with output.kind numeric" }, "atol": { "not": {}, "errorMessage": "is only used with output.kind numeric" } } } }, { "if": { "properties": { "kind": { "enum": ["text", "tool-calls"] } }, "required": ["kind"] }, "then": { "properties": { "pointer": { "not": {}, "errorMessage": "is only used with output.kind json, label or numeric" } } } }] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
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
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs5 = errors;
        const _errs6 = errors;
        if ("json" !== data.kind) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid3 = _errs6 === errors;
        if (valid3) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        } else {
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
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
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.schema !== void 0) {
        const err3 = { instancePath: instancePath + "/schema", schemaPath: "#/allOf/0/then/properties/schema/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[0].then.properties.schema.not, parentSchema: schema42.allOf[0].then.properties.schema, data: data.schema };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.schema = true;
      props0.kind = true;
    }
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[0].if, parentSchema: schema42.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  const _errs11 = errors;
  let valid5 = true;
  const _errs12 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.kind === void 0 && (missing1 = "kind")) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs14 = errors;
        const _errs15 = errors;
        if ("label" !== data.kind) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var valid7 = _errs15 === errors;
        if (valid7) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        } else {
          errors = _errs14;
          if (vErrors !== null) {
            if (_errs14) {
              vErrors.length = _errs14;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid1 = _errs12 === errors;
  errors = _errs11;
  if (vErrors !== null) {
    if (_errs11) {
      vErrors.length = _errs11;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.labels !== void 0) {
        const err8 = { instancePath: instancePath + "/labels", schemaPath: "#/allOf/1/then/properties/labels/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[1].then.properties.labels.not, parentSchema: schema42.allOf[1].then.properties.labels, data: data.labels };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid1 = _errs16 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props1 = {};
      props1.labels = true;
      props1.kind = true;
    }
  }
  if (!valid5) {
    const err9 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[1].if, parentSchema: schema42.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs20 = errors;
  let valid9 = true;
  const _errs21 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.kind === void 0 && (missing2 = "kind")) {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs23 = errors;
        const _errs24 = errors;
        if (!(data.kind === "numeric")) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var valid11 = _errs24 === errors;
        if (valid11) {
          const err12 = {};
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        } else {
          errors = _errs23;
          if (vErrors !== null) {
            if (_errs23) {
              vErrors.length = _errs23;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid2 = _errs21 === errors;
  errors = _errs20;
  if (vErrors !== null) {
    if (_errs20) {
      vErrors.length = _errs20;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs25 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.rtol !== void 0) {
        const err13 = { instancePath: instancePath + "/rtol", schemaPath: "#/allOf/2/then/properties/rtol/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[2].then.properties.rtol.not, parentSchema: schema42.allOf[2].then.properties.rtol, data: data.rtol };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.atol !== void 0) {
        const err14 = { instancePath: instancePath + "/atol", schemaPath: "#/allOf/2/then/properties/atol/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[2].then.properties.atol.not, parentSchema: schema42.allOf[2].then.properties.atol, data: data.atol };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    var _valid2 = _errs25 === errors;
    valid9 = _valid2;
    if (valid9) {
      var props2 = {};
      props2.rtol = true;
      props2.atol = true;
      props2.kind = true;
    }
  }
  if (!valid9) {
    const err15 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[2].if, parentSchema: schema42.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs31 = errors;
  let valid13 = true;
  const _errs32 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.kind === void 0 && (missing3 = "kind")) {
      const err16 = {};
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        let data7 = data.kind;
        if (!(data7 === "text" || data7 === "tool-calls")) {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs32 === errors;
  errors = _errs31;
  if (vErrors !== null) {
    if (_errs31) {
      vErrors.length = _errs31;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs34 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.pointer !== void 0) {
        const err18 = { instancePath: instancePath + "/pointer", schemaPath: "#/allOf/3/then/properties/pointer/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[3].then.properties.pointer.not, parentSchema: schema42.allOf[3].then.properties.pointer, data: data.pointer };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    var _valid3 = _errs34 === errors;
    valid13 = _valid3;
    if (valid13) {
      var props3 = {};
      props3.pointer = true;
      props3.kind = true;
    }
  }
  if (!valid13) {
    const err19 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[3].if, parentSchema: schema42.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "schema" || key0 === "pointer" || key0 === "labels" || key0 === "rtol" || key0 === "atol")) {
        const err21 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (!(data9 === "text" || data9 === "json" || data9 === "tool-calls" || data9 === "label" || data9 === "numeric")) {
        const err22 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema42.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.kind.enum, parentSchema: schema42.properties.kind, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data10 = data.schema;
      if (typeof data10 === "string") {
        if (func3(data10) < 1) {
          const err23 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern10.test(data10)) {
          const err24 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.pointer !== void 0) {
      let data11 = data.pointer;
      if (typeof data11 === "string") {
        if (!pattern9.test(data11)) {
          const err26 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema42.properties.pointer, data: data11 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.pointer.type, parentSchema: schema42.properties.pointer, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data12 = data.labels;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err28 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.properties.labels, data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (typeof data13 !== "string") {
            const err29 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.labels.items.type, parentSchema: schema42.properties.labels.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i1 = data12.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data12[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err30 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema42.properties.labels, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.labels.type, parentSchema: schema42.properties.labels, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.rtol !== void 0) {
      let data14 = data.rtol;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err32 = { instancePath: instancePath + "/rtol", schemaPath: "#/properties/rtol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema42.properties.rtol, data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/rtol", schemaPath: "#/properties/rtol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.rtol.type, parentSchema: schema42.properties.rtol, data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.atol !== void 0) {
      let data15 = data.atol;
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 < 0 || isNaN(data15)) {
          const err34 = { instancePath: instancePath + "/atol", schemaPath: "#/properties/atol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema42.properties.atol, data: data15 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/atol", schemaPath: "#/properties/atol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.atol.type, parentSchema: schema42.properties.atol, data: data15 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema44 = { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline`.", "type": "integer", "minimum": 1, "default": 1800 }, "retries": { "$ref": "#/$defs/retries" }, "minSamples": { "description": "Fewer completed pairs than this gives an inconclusive verdict.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] } } };
var schema46 = { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } };
var schema47 = { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "Practical-equivalence band; the interval must leave it before anything can fail.", "type": "number", "minimum": 0 }, "threshold": { "description": "Effect threshold: \u0394 for rates/scores, ratio for continuous metrics (1.2 = +20 %).", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } };
var pattern17 = new RegExp("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dataset === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema44.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data0 = data.dataset;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sample !== void 0) {
      let data1 = data.sample;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "rate" || key1 === "seed" || key1 === "max")) {
            const err5 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.properties.sample, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.rate !== void 0) {
          let data2 = data1.rate;
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 1 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema44.properties.sample.properties.rate, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2 <= 0 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema44.properties.sample.properties.rate, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.properties.sample.properties.rate.type, parentSchema: schema44.properties.sample.properties.rate, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.seed !== void 0) {
          let data3 = data1.seed;
          if (typeof data3 !== "string") {
            const err9 = { instancePath: instancePath + "/sample/seed", schemaPath: "#/properties/sample/properties/seed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.sample.properties.seed.type, parentSchema: schema44.properties.sample.properties.seed, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.max !== void 0) {
          let data4 = data1.max;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err10 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.sample.properties.max.type, parentSchema: schema44.properties.sample.properties.max, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 1 || isNaN(data4)) {
              const err11 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.sample.properties.max, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.sample.type, parentSchema: schema44.properties.sample, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data5 = data.concurrency;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err13 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.concurrency.type, parentSchema: schema44.properties.concurrency, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 512 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 512 }, message: "must be <= 512", schema: 512, parentSchema: schema44.properties.concurrency, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.concurrency, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.timeoutMs !== void 0) {
      let data6 = data.timeoutMs;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err16 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.timeoutMs.type, parentSchema: schema44.properties.timeoutMs, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err17 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.timeoutMs, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.deadlineSeconds !== void 0) {
      let data7 = data.deadlineSeconds;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.deadlineSeconds.type, parentSchema: schema44.properties.deadlineSeconds, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.deadlineSeconds, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data8 = data.retries;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!(key2 === "max" || key2 === "baseDelayMs" || key2 === "maxDelayMs")) {
            const err20 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/retries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.max !== void 0) {
          let data9 = data8.max;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err21 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.max.type, parentSchema: schema46.properties.max, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 10 || isNaN(data9)) {
              const err22 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema46.properties.max, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
              const err23 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.max, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data8.baseDelayMs !== void 0) {
          let data10 = data8.baseDelayMs;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err24 = { instancePath: instancePath + "/retries/baseDelayMs", schemaPath: "#/$defs/retries/properties/baseDelayMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.baseDelayMs.type, parentSchema: schema46.properties.baseDelayMs, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err25 = { instancePath: instancePath + "/retries/baseDelayMs", schemaPath: "#/$defs/retries/properties/baseDelayMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.baseDelayMs, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data8.maxDelayMs !== void 0) {
          let data11 = data8.maxDelayMs;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err26 = { instancePath: instancePath + "/retries/maxDelayMs", schemaPath: "#/$defs/retries/properties/maxDelayMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.maxDelayMs.type, parentSchema: schema46.properties.maxDelayMs, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/retries/maxDelayMs", schemaPath: "#/$defs/retries/properties/maxDelayMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.maxDelayMs, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/retries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.minSamples !== void 0) {
      let data12 = data.minSamples;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err29 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.minSamples.type, parentSchema: schema44.properties.minSamples, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 1 || isNaN(data12)) {
          const err30 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.minSamples, data: data12 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.alpha !== void 0) {
      let data13 = data.alpha;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 0.5 || isNaN(data13)) {
          const err31 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema44.properties.alpha, data: data13 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data13 <= 0 || isNaN(data13)) {
          const err32 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema44.properties.alpha, data: data13 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.properties.alpha.type, parentSchema: schema44.properties.alpha, data: data13 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data14 = data.confidence;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 >= 1 || isNaN(data14)) {
          const err34 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema44.properties.confidence, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data14 <= 0.5 || isNaN(data14)) {
          const err35 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema44.properties.confidence, data: data14 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.properties.confidence.type, parentSchema: schema44.properties.confidence, data: data14 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.noiseFloor !== void 0) {
      let data15 = data.noiseFloor;
      if (typeof data15 !== "boolean") {
        const err37 = { instancePath: instancePath + "/noiseFloor", schemaPath: "#/properties/noiseFloor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.noiseFloor.type, parentSchema: schema44.properties.noiseFloor, data: data15 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.embeddings !== void 0) {
      let data16 = data.embeddings;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.endpoint === void 0) {
          const err38 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema44.properties.embeddings.required, parentSchema: schema44.properties.embeddings, data: data16 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data16.model === void 0) {
          const err39 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema44.properties.embeddings.required, parentSchema: schema44.properties.embeddings, data: data16 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "endpoint" || key3 === "model" || key3 === "auth")) {
            const err40 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.properties.embeddings, data: data16 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data16.endpoint !== void 0) {
          let data17 = data16.endpoint;
          if (typeof data17 === "string") {
            if (!pattern5.test(data17)) {
              const err41 = { instancePath: instancePath + "/embeddings/endpoint", schemaPath: "#/properties/embeddings/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema44.properties.embeddings.properties.endpoint, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/embeddings/endpoint", schemaPath: "#/properties/embeddings/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.embeddings.properties.endpoint.type, parentSchema: schema44.properties.embeddings.properties.endpoint, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data16.model !== void 0) {
          let data18 = data16.model;
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err43 = { instancePath: instancePath + "/embeddings/model", schemaPath: "#/properties/embeddings/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.embeddings.properties.model, data: data18 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/embeddings/model", schemaPath: "#/properties/embeddings/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.embeddings.properties.model.type, parentSchema: schema44.properties.embeddings.properties.model, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data16.auth !== void 0) {
          if (!validate22(data16.auth, { instancePath: instancePath + "/embeddings/auth", parentData: data16, parentDataProperty: "auth", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.embeddings.type, parentSchema: schema44.properties.embeddings, data: data16 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data20 = data.gates;
      if (Array.isArray(data20)) {
        const len0 = data20.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data21 = data20[i0];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.metric === void 0) {
              const err46 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema47.required, parentSchema: schema47, data: data21 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "metric" || key4 === "direction" || key4 === "tolerance" || key4 === "threshold" || key4 === "critical" || key4 === "muted")) {
                const err47 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data21.metric !== void 0) {
              let data22 = data21.metric;
              if (typeof data22 === "string") {
                if (!pattern17.test(data22)) {
                  const err48 = { instancePath: instancePath + "/gates/" + i0 + "/metric", schemaPath: "#/$defs/gate/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$"', schema: "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", parentSchema: schema47.properties.metric, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/gates/" + i0 + "/metric", schemaPath: "#/$defs/gate/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.metric.type, parentSchema: schema47.properties.metric, data: data22 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data21.direction !== void 0) {
              let data23 = data21.direction;
              if (!(data23 === "increase" || data23 === "decrease" || data23 === "either")) {
                const err50 = { instancePath: instancePath + "/gates/" + i0 + "/direction", schemaPath: "#/$defs/gate/properties/direction/enum", keyword: "enum", params: { allowedValues: schema47.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.direction.enum, parentSchema: schema47.properties.direction, data: data23 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data21.tolerance !== void 0) {
              let data24 = data21.tolerance;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err51 = { instancePath: instancePath + "/gates/" + i0 + "/tolerance", schemaPath: "#/$defs/gate/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.tolerance, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/gates/" + i0 + "/tolerance", schemaPath: "#/$defs/gate/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.tolerance.type, parentSchema: schema47.properties.tolerance, data: data24 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data21.threshold !== void 0) {
              let data25 = data21.threshold;
              if (!(typeof data25 == "number" && isFinite(data25))) {
                const err53 = { instancePath: instancePath + "/gates/" + i0 + "/threshold", schemaPath: "#/$defs/gate/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.threshold.type, parentSchema: schema47.properties.threshold, data: data25 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.critical !== void 0) {
              let data26 = data21.critical;
              if (typeof data26 !== "boolean") {
                const err54 = { instancePath: instancePath + "/gates/" + i0 + "/critical", schemaPath: "#/$defs/gate/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.critical.type, parentSchema: schema47.properties.critical, data: data26 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data21.muted !== void 0) {
              let data27 = data21.muted;
              if (typeof data27 !== "boolean") {
                const err55 = { instancePath: instancePath + "/gates/" + i0 + "/muted", schemaPath: "#/$defs/gate/properties/muted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.muted.type, parentSchema: schema47.properties.muted, data: data27 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data21 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.gates.type, parentSchema: schema44.properties.gates, data: data20 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err58];
    } else {
      vErrors.push(err58);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var formats0 = require_formats().fullFormats.uri;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.shadow === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shadow" }, message: "must have required property 'shadow'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data1 = data.service;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", parentSchema: schema31.properties.service, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.type, parentSchema: schema31.properties.service, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (!validate21(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.prompt !== void 0) {
      if (!validate25(data.prompt, { instancePath: instancePath + "/prompt", parentData: data, parentDataProperty: "prompt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.tools !== void 0) {
      if (!validate27(data.tools, { instancePath: instancePath + "/tools", parentData: data, parentDataProperty: "tools", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.context !== void 0) {
      let data5 = data.context;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "history" || key1 === "documents")) {
            const err9 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.history !== void 0) {
          let data6 = data5.history;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.field === void 0) {
              const err10 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'", schema: schema41.properties.history.required, parentSchema: schema41.properties.history, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "field" || key2 === "maxTurns")) {
                const err11 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.history, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.field !== void 0) {
              let data7 = data6.field;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err12 = { instancePath: instancePath + "/context/history/field", schemaPath: "#/$defs/context/properties/history/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.history.properties.field, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/context/history/field", schemaPath: "#/$defs/context/properties/history/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.history.properties.field.type, parentSchema: schema41.properties.history.properties.field, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.maxTurns !== void 0) {
              let data8 = data6.maxTurns;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err14 = { instancePath: instancePath + "/context/history/maxTurns", schemaPath: "#/$defs/context/properties/history/properties/maxTurns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.history.properties.maxTurns.type, parentSchema: schema41.properties.history.properties.maxTurns, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 1 || isNaN(data8)) {
                  const err15 = { instancePath: instancePath + "/context/history/maxTurns", schemaPath: "#/$defs/context/properties/history/properties/maxTurns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.history.properties.maxTurns, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.history.type, parentSchema: schema41.properties.history, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.documents !== void 0) {
          let data9 = data5.documents;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.field === void 0) {
              const err17 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'", schema: schema41.properties.documents.required, parentSchema: schema41.properties.documents, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "field" || key3 === "maxChars" || key3 === "header")) {
                const err18 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.documents, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.field !== void 0) {
              let data10 = data9.field;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err19 = { instancePath: instancePath + "/context/documents/field", schemaPath: "#/$defs/context/properties/documents/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.documents.properties.field, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/context/documents/field", schemaPath: "#/$defs/context/properties/documents/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.documents.properties.field.type, parentSchema: schema41.properties.documents.properties.field, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.maxChars !== void 0) {
              let data11 = data9.maxChars;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err21 = { instancePath: instancePath + "/context/documents/maxChars", schemaPath: "#/$defs/context/properties/documents/properties/maxChars/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.documents.properties.maxChars.type, parentSchema: schema41.properties.documents.properties.maxChars, data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err22 = { instancePath: instancePath + "/context/documents/maxChars", schemaPath: "#/$defs/context/properties/documents/properties/maxChars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.documents.properties.maxChars, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data9.header !== void 0) {
              let data12 = data9.header;
              if (typeof data12 !== "string") {
                const err23 = { instancePath: instancePath + "/context/documents/header", schemaPath: "#/$defs/context/properties/documents/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.documents.properties.header.type, parentSchema: schema41.properties.documents.properties.header, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.documents.type, parentSchema: schema41.properties.documents, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      if (!validate29(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.shadow !== void 0) {
      if (!validate31(data.shadow, { instancePath: instancePath + "/shadow", parentData: data, parentDataProperty: "shadow", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.deploy !== void 0) {
      let data15 = data.deploy;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.service === void 0) {
          const err26 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data15 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data15.slots === void 0) {
          const err27 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data15 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key4 in data15) {
          if (!func1.call(schema31.properties.deploy.properties, key4)) {
            const err28 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data15.namespace !== void 0) {
          let data16 = data15.namespace;
          if (typeof data16 === "string") {
            if (func3(data16) > 63) {
              const err29 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.namespace, data: data16 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (!pattern18.test(data16)) {
              const err30 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.namespace, data: data16 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.namespace.type, parentSchema: schema31.properties.deploy.properties.namespace, data: data16 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.service !== void 0) {
          let data17 = data15.service;
          if (typeof data17 === "string") {
            if (func3(data17) > 63) {
              const err32 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.service, data: data17 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (!pattern18.test(data17)) {
              const err33 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.service, data: data17 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.service.type, parentSchema: schema31.properties.deploy.properties.service, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data15.slotKey !== void 0) {
          let data18 = data15.slotKey;
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err35 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.slotKey, data: data18 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.slotKey.type, parentSchema: schema31.properties.deploy.properties.slotKey, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data15.slots !== void 0) {
          let data19 = data15.slots;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.blue === void 0) {
              const err37 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "blue" }, message: "must have required property 'blue'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data19.green === void 0) {
              const err38 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "green" }, message: "must have required property 'green'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key5 in data19) {
              if (!(key5 === "blue" || key5 === "green")) {
                const err39 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data19.blue !== void 0) {
              let data20 = data19.blue;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.selector === void 0) {
                  const err40 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema48.required, parentSchema: schema48, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data20.deployments === void 0) {
                  const err41 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema48.required, parentSchema: schema48, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key6 in data20) {
                  if (!(key6 === "selector" || key6 === "deployments" || key6 === "url")) {
                    const err42 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data20.selector !== void 0) {
                  let data21 = data20.selector;
                  if (typeof data21 === "string") {
                    if (func3(data21) > 63) {
                      const err43 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema48.properties.selector, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (func3(data21) < 1) {
                      const err44 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.selector, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.selector.type, parentSchema: schema48.properties.selector, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data20.deployments !== void 0) {
                  let data22 = data20.deployments;
                  if (Array.isArray(data22)) {
                    if (data22.length < 1) {
                      const err46 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.deployments, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    const len0 = data22.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data23 = data22[i0];
                      if (typeof data23 === "string") {
                        if (func3(data23) < 1) {
                          const err47 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i0, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.deployments.items, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i0, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.deployments.items.type, parentSchema: schema48.properties.deployments.items, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.deployments.type, parentSchema: schema48.properties.deployments, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data20.url !== void 0) {
                  let data24 = data20.url;
                  if (typeof data24 === "string") {
                    if (!formats0(data24)) {
                      const err50 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema48.properties.url, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.url.type, parentSchema: schema48.properties.url, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data20 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data19.green !== void 0) {
              let data25 = data19.green;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.selector === void 0) {
                  const err53 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema48.required, parentSchema: schema48, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data25.deployments === void 0) {
                  const err54 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema48.required, parentSchema: schema48, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                for (const key7 in data25) {
                  if (!(key7 === "selector" || key7 === "deployments" || key7 === "url")) {
                    const err55 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data25.selector !== void 0) {
                  let data26 = data25.selector;
                  if (typeof data26 === "string") {
                    if (func3(data26) > 63) {
                      const err56 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema48.properties.selector, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                    if (func3(data26) < 1) {
                      const err57 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.selector, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.selector.type, parentSchema: schema48.properties.selector, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data25.deployments !== void 0) {
                  let data27 = data25.deployments;
                  if (Array.isArray(data27)) {
                    if (data27.length < 1) {
                      const err59 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.deployments, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                    const len1 = data27.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data28 = data27[i1];
                      if (typeof data28 === "string") {
                        if (func3(data28) < 1) {
                          const err60 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.deployments.items, data: data28 };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                      } else {
                        const err61 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.deployments.items.type, parentSchema: schema48.properties.deployments.items, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.deployments.type, parentSchema: schema48.properties.deployments, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data25.url !== void 0) {
                  let data29 = data25.url;
                  if (typeof data29 === "string") {
                    if (!formats0(data29)) {
                      const err63 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema48.properties.url, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.url.type, parentSchema: schema48.properties.url, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data25 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.slots.type, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data15.lease !== void 0) {
          let data30 = data15.lease;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            for (const key8 in data30) {
              if (!(key8 === "name" || key8 === "durationSeconds")) {
                const err67 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lease, data: data30 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data30.name !== void 0) {
              let data31 = data30.name;
              if (typeof data31 === "string") {
                if (func3(data31) < 1) {
                  const err68 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              } else {
                const err69 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.lease.properties.name.type, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data31 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data30.durationSeconds !== void 0) {
              let data32 = data30.durationSeconds;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err70 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lease.properties.durationSeconds.type, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data32 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 < 5 || isNaN(data32)) {
                  const err71 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lease.type, parentSchema: schema31.properties.deploy.properties.lease, data: data30 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data15.warmup !== void 0) {
          let data33 = data15.warmup;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key9 in data33) {
              if (!(key9 === "windowSize" || key9 === "marginPercent" || key9 === "maxRequests" || key9 === "maxSeconds" || key9 === "concurrency")) {
                const err73 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.warmup, data: data33 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data33.windowSize !== void 0) {
              let data34 = data33.windowSize;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                const err74 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.windowSize.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data34 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 < 2 || isNaN(data34)) {
                  const err75 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              }
            }
            if (data33.marginPercent !== void 0) {
              let data35 = data33.marginPercent;
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 <= 0 || isNaN(data35)) {
                  const err76 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.marginPercent.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data35 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data33.maxRequests !== void 0) {
              let data36 = data33.maxRequests;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err78 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.maxRequests.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data36 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 < 0 || isNaN(data36)) {
                  const err79 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
            }
            if (data33.maxSeconds !== void 0) {
              let data37 = data33.maxSeconds;
              if (typeof data37 == "number" && isFinite(data37)) {
                if (data37 <= 0 || isNaN(data37)) {
                  const err80 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.maxSeconds.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data37 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data33.concurrency !== void 0) {
              let data38 = data33.concurrency;
              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                const err82 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.concurrency.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data38 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (typeof data38 == "number" && isFinite(data38)) {
                if (data38 < 1 || isNaN(data38)) {
                  const err83 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.warmup.type, parentSchema: schema31.properties.deploy.properties.warmup, data: data33 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data15.watch !== void 0) {
          let data39 = data15.watch;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key10 in data39) {
              if (!(key10 === "seconds" || key10 === "intervalSeconds" || key10 === "maxFailures")) {
                const err85 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.watch, data: data39 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data39.seconds !== void 0) {
              let data40 = data39.seconds;
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 < 0 || isNaN(data40)) {
                  const err86 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.seconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data40 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data39.intervalSeconds !== void 0) {
              let data41 = data39.intervalSeconds;
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 <= 0 || isNaN(data41)) {
                  const err88 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.intervalSeconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data41 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data39.maxFailures !== void 0) {
              let data42 = data39.maxFailures;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                const err90 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.watch.properties.maxFailures.type, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data42 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 < 1 || isNaN(data42)) {
                  const err91 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.watch.type, parentSchema: schema31.properties.deploy.properties.watch, data: data39 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data15.historyLimit !== void 0) {
          let data43 = data15.historyLimit;
          if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
            const err93 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.historyLimit.type, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data43 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          if (typeof data43 == "number" && isFinite(data43)) {
            if (data43 > 50 || isNaN(data43)) {
              const err94 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data43 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data43 < 1 || isNaN(data43)) {
              const err95 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data43 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        }
        if (data15.lint !== void 0) {
          let data44 = data15.lint;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key11 in data44) {
              if (!(key11 === "minGracePeriodSeconds" || key11 === "minPreStopSeconds" || key11 === "requireStartupProbe")) {
                const err96 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lint, data: data44 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data44.minGracePeriodSeconds !== void 0) {
              let data45 = data44.minGracePeriodSeconds;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err97 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data45 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 < 0 || isNaN(data45)) {
                  const err98 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              }
            }
            if (data44.minPreStopSeconds !== void 0) {
              let data46 = data44.minPreStopSeconds;
              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                const err99 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data46 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
              if (typeof data46 == "number" && isFinite(data46)) {
                if (data46 < 0 || isNaN(data46)) {
                  const err100 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            }
            if (data44.requireStartupProbe !== void 0) {
              let data47 = data44.requireStartupProbe;
              if (typeof data47 !== "boolean") {
                const err101 = { instancePath: instancePath + "/deploy/lint/requireStartupProbe", schemaPath: "#/properties/deploy/properties/lint/properties/requireStartupProbe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe.type, parentSchema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe, data: data47 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lint.type, parentSchema: schema31.properties.deploy.properties.lint, data: data44 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.type, parentSchema: schema31.properties.deploy, data: data15 };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
  } else {
    const err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err104];
    } else {
      vErrors.push(err104);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function manifestValidator() {
  return validate;
}

// src/manifest/load.ts
function validate2(data) {
  const validator = manifestValidator();
  const ok = validator(data);
  return { ok, errors: validator.errors ?? [] };
}
var SECRET_KEY = /^(?:api[_-]?key|x-api-key|access[_-]?token|auth[_-]?token|bearer[_-]?token|token|secret|client[_-]?secret|password|passwd|private[_-]?key|credentials?|authorization)$/i;
var SECRET_HINT = "put the credential in a secret, expose it as an environment variable, and name the variable: auth: { env: OPENAI_API_KEY }";
function rejectSecrets(node, path, where) {
  if ((0, import_yaml3.isMap)(node)) {
    for (const pair of node.items) {
      const key = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : void 0;
      if (key === void 0) continue;
      const inAuth = path[path.length - 1] === "auth";
      const freeForm = path[0] === "deploy" || path[0] === "model" && path[1] === "http" && path[2] === "body";
      if (!freeForm && (SECRET_KEY.test(key) || inAuth && /^(?:key|value)$/i.test(key))) {
        const field2 = formatPath([...path, key]);
        const offset = pair.key.range?.[0] ?? 0;
        throw new UserError(`${field2} would hold a credential in the manifest, which is committed and shown in pull requests`, where(offset), SECRET_HINT);
      }
      rejectSecrets(pair.value, [...path, key], where);
    }
  } else if ((0, import_yaml3.isSeq)(node)) {
    node.items.forEach((item, i) => rejectSecrets(item, [...path, String(i)], where));
  } else if ((0, import_yaml3.isScalar)(node) && typeof node.value === "string" && looksLikeSecret(node.value)) {
    throw new UserError(`${formatPath(path)} looks like a literal credential; the manifest must not hold secrets`, where(node.range?.[0] ?? 0), SECRET_HINT);
  }
}
function parseManifest(text, file) {
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset) => ({ file, ...position(lineCounter, offset) });
  const syntax = doc.errors[0];
  if (syntax) {
    const [start] = syntax.linePos ?? [];
    const what = syntax.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`YAML syntax error: ${what}`, { file, ...start ? { line: start.line, column: start.col } : {} });
  }
  if (doc.contents === null) throw new UserError("manifest is empty", { file, line: 1, column: 1 }, "see the manifest reference in the README");
  rejectSecrets(doc.contents, [], at);
  const data = doc.toJS({ maxAliasCount: 50 });
  const result = validate2(data);
  if (!result.ok) {
    const located = schemaProblems(result.errors, data).map((problem) => {
      const { ref } = findNode(doc, problem.path);
      const offset = problem.atKey || problem.missing ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset;
      return { problem, offset };
    });
    located.sort((a, b) => a.offset - b.offset);
    let first = located[0];
    if (first?.problem.missing) {
      const parent = first.problem.path.slice(0, -1);
      const inside = located.find(
        (l) => !l.problem.missing && l.problem.path.length === parent.length + 1 && parent.every((p, i) => l.problem.path[i] === p)
      );
      if (inside) first = inside;
    }
    if (first) throw new UserError(`${formatPath(first.problem.path)} ${first.problem.message}`, at(first.offset));
    throw new UserError("manifest does not match the schema", { file, line: 1, column: 1 });
  }
  return {
    manifest: applyDefaults(data),
    file,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      return at(atKey || found < path.length ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset);
    }
  };
}
async function loadManifestFile(path, displayName = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw new UserError(`manifest not found: ${displayName}`, { file: displayName }, "pass the path with --manifest, or create shadowgate.yaml");
    throw new UserError(`cannot read the manifest (${code ?? String(e)})`, { file: displayName });
  }
  return parseManifest(text, displayName);
}

// src/manifest/resolve.ts
function endpointVariable(label) {
  return `SHADOWGATE_${label.toUpperCase()}_ENDPOINT`;
}
function worktreeReader(repoRoot) {
  return async (path) => {
    try {
      return await readFile(join2(repoRoot, path), "utf8");
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
function canonicalJson(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
function repoRelative(repoRoot, path) {
  const rel = gitPath(isAbsolute2(path) ? relative(resolve2(repoRoot), path) : path);
  const normal = posix.normalize(rel);
  if (normal === ".." || normal.startsWith("../") || isAbsolute2(normal)) {
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
  let validate3 = shapeValidators.get(schema);
  if (!validate3) shapeValidators.set(schema, validate3 = shapeAjv.compile(schema));
  return validate3;
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
  const place = (field2, value) => {
    const path = posix.normalize(posix.join(folder, gitPath(value)));
    if (path === ".." || path.startsWith("../")) throw new UserError(`${field2.join(".")} points outside the repository (${value})`, loaded2.locate(field2));
    return path;
  };
  const fetch = async (field2, path) => {
    const text2 = await read(path);
    if (text2 === void 0) {
      throw new UserError(`${field2.join(".")}: ${path} does not exist${at}`, loaded2.locate(field2), "paths in the manifest are relative to the folder the manifest is in");
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
    throw new UserError(`tools.choice names "${choice.name}", which is not one of the tools (${[...names.keys()].join(", ")})`, loaded2.locate(["tools", "choice", "name"]));
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
  applyOverrides(manifest, options);
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
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new UserError(`${origin} must be an http:// or https:// URL (got ${JSON.stringify(endpoint)})`);
    manifest.model.endpoint = endpoint;
  }
  if (options.overrides?.id !== void 0) manifest.model.id = options.overrides.id;
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

// node-builtin:node:path?posix
var builtin5 = process.getBuiltinModule("node:path");
var posix2 = builtin5.posix;

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
function placeOf(side, record) {
  return { file: side.manifest.shadow.dataset, line: record.line };
}
function recordError(place, message, hint) {
  return new UserError(message, { file: place.file, line: place.line }, hint);
}
function field(record, path) {
  return lookup(record.data, path.split("."));
}
function documentsBlock(side, record, place) {
  const spec = side.manifest.context?.documents;
  if (!spec) return void 0;
  const { found, value } = field(record, spec.field);
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
function historyTurns(side, record, place) {
  const spec = side.manifest.context?.history;
  if (!spec) return [];
  const { found, value } = field(record, spec.field);
  if (!found || value === null) return [];
  const turns = asMessages(value, `field "${spec.field}" (context.history)`, place);
  const keep = spec.maxTurns ?? MANIFEST_DEFAULTS.context.history.maxTurns;
  return turns.slice(Math.max(0, turns.length - keep));
}
function responseFormatName(side) {
  const title = side.outputSchema?.title;
  const base = typeof title === "string" && title ? title : posix2.basename(side.manifest.output.schema ?? "answer").replace(/\.[^.]*$/, "");
  return base.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64) || "answer";
}
function openaiRequest(side, record) {
  const place = placeOf(side, record);
  const templates = compiled(side);
  const { model, tools, output } = side.manifest;
  const systemParts = [];
  if (templates.system) systemParts.push(renderTemplate(templates.system, record.data, place));
  const documents = documentsBlock(side, record, place);
  if (documents) systemParts.push(documents);
  const messages = [];
  if (systemParts.length) messages.push({ role: "system", content: systemParts.join("\n\n") });
  if (templates.user) {
    messages.push(...historyTurns(side, record, place));
    messages.push({ role: "user", content: renderTemplate(templates.user, record.data, place) });
  } else {
    const own = field(record, "messages");
    if (!own.found) {
      throw recordError(place, 'record has no "messages" list and the manifest has no prompt.user template', "add prompt.user to the manifest, or record the chat messages in each line");
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
function kserveInput(spec, record, place) {
  const what = `field "${spec.from}" (KServe input "${spec.name}")`;
  const { found, value } = field(record, spec.from);
  if (!found) throw recordError(place, `record has no field "${spec.from}" for KServe input "${spec.name}"`);
  const { data, shape: natural } = flatten(value, what, place);
  const badIndex = data.findIndex((v) => elementProblem(spec.datatype, v) !== void 0);
  if (badIndex !== -1) {
    throw recordError(place, `${what} must hold ${elementProblem(spec.datatype, data[badIndex])} for datatype ${spec.datatype} (element ${badIndex} is ${JSON.stringify(data[badIndex])})`);
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
function kserveRequest(side, record) {
  const spec = side.manifest.model.kserve;
  if (!spec) throw new UserError("model.kserve is required when model.protocol is kserve-v2", { file: side.manifestPath });
  const place = placeOf(side, record);
  const params = side.manifest.model.params;
  return {
    protocol: "kserve-v2",
    body: {
      id: record.id,
      inputs: spec.inputs.map((input) => kserveInput(input, record, place)),
      outputs: [{ name: spec.output.name }],
      ...params && Object.keys(params).length ? { parameters: params } : {}
    }
  };
}
function httpRequest(side, record) {
  const http = side.manifest.model.http;
  if (!http) throw new UserError("model.http is required when model.protocol is http", { file: side.manifestPath });
  const body = renderJsonTemplate(compiled(side).body, record.data, placeOf(side, record));
  return { protocol: "http", method: http.method ?? MANIFEST_DEFAULTS.http.method, body };
}
function buildRequest(side, record) {
  switch (side.manifest.model.protocol) {
    case "openai":
      return openaiRequest(side, record);
    case "kserve-v2":
      return kserveRequest(side, record);
    case "http":
      return httpRequest(side, record);
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

// node-builtin:node:fs?createReadStream
var builtin6 = process.getBuiltinModule("node:fs");
var createReadStream = builtin6.createReadStream;

// node-builtin:node:fs/promises?stat
var builtin7 = process.getBuiltinModule("node:fs/promises");
var stat = builtin7.stat;

// src/replay/dataset.ts
function hashId(lineText) {
  return createHash("sha256").update(lineText).digest("hex").slice(0, 16);
}
function sampleUnit(id, seed) {
  const digest2 = createHash("sha256").update(seed).update("\0").update(id).digest();
  return digest2.readUIntBE(0, 6) / 2 ** 48;
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
  const position2 = /position (\d+)/.exec(message);
  if (position2?.[1]) return Number(position2[1]) + 1 + offset;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const at = token !== void 0 ? firstOutsideStrings(text, token) : -1;
  return at >= 0 ? at + 1 + offset : void 0;
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
async function validateDataset(file, sampling = {}) {
  checkSampling(file, sampling);
  let records = 0;
  let sampled = 0;
  for await (const [lineNumber, text] of lines(file)) {
    const record = parseLine(file, lineNumber, text);
    records++;
    if ((sampling.max === void 0 || sampled < sampling.max) && isSampled(record.id, sampling)) sampled++;
  }
  if (records === 0) throw emptyError(file);
  return { records, sampled };
}
function readDataset(file, sampling = {}) {
  const counts = { read: 0, sampled: 0 };
  async function* generate() {
    checkSampling(file, sampling);
    for await (const [lineNumber, text] of lines(file)) {
      if (sampling.max !== void 0 && counts.sampled >= sampling.max) return;
      const record = parseLine(file, lineNumber, text);
      counts.read++;
      if (!isSampled(record.id, sampling)) continue;
      counts.sampled++;
      yield record;
    }
    if (counts.read === 0) throw emptyError(file);
  }
  return { records: generate(), counts };
}

// src/replay/transport.ts
var defaultMaxRetryAfterMs = 12e4;
var defaultRetryPolicy = { max: 3, baseDelayMs: 250, maxDelayMs: 1e4 };
var maxResponseBytes = 32 * 1024 * 1024;
var TransportError = class extends Error {
  kind;
  latencyMs;
  constructor(kind, message, latencyMs) {
    super(message);
    this.name = "TransportError";
    this.kind = kind;
    this.latencyMs = latencyMs;
  }
};
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
      signal.addEventListener("abort", () => {
        for (const handler of registered) handler();
        registered.clear();
      }, { once: true });
      abortHandlers.set(signal, handlers = registered);
    }
    return handlers;
  }
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
    return new Promise((resolve3, reject) => {
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
      const finish = (fn) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        aborters?.delete(onAbort);
        fn();
      };
      const fail = (kind, message) => finish(() => reject(new TransportError(kind, message, elapsed())));
      const client = target.https ? secureClient() : plain;
      const req = client.request({ hostname: target.hostname, port: target.port, path: target.path, method: request.method, headers, agent: client.agent });
      const timer = setTimeout(() => {
        fail("timeout", `no complete response within ${request.timeoutMs} ms`);
        req.destroy();
      }, request.timeoutMs);
      const onAbort = () => {
        fail("aborted", "aborted by the overall deadline");
        req.destroy();
      };
      const aborters = request.signal ? onAbortOf(request.signal) : void 0;
      aborters?.add(onAbort);
      req.on("error", (e) => fail("connect", describeSocketError(e)));
      req.on("response", (res) => {
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
          size += chunk.length;
          if (size > maxResponseBytes) {
            fail("too-large", `response body exceeds ${maxResponseBytes / 1048576} MiB`);
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on("error", (e) => fail("connect", describeSocketError(e)));
        res.on("aborted", () => fail("connect", "connection closed mid-response"));
        res.on("end", () => {
          if (!res.complete) {
            fail("connect", "connection closed mid-response");
            return;
          }
          const body = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString("utf8");
          finish(() => resolve3({ status: res.statusCode ?? 0, headers: res.headers, body, latencyMs: elapsed() }));
        });
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
      if (e.kind === "aborted" || e.kind === "too-large") return outcome;
    }
    const retry = attempts - 1;
    if (retry >= policy.max) return outcome;
    if (retryAfterMs !== void 0 && retryAfterMs > (policy.maxRetryAfterMs ?? defaultMaxRetryAfterMs)) return outcome;
    const delay = retryAfterMs ?? backoffDelay(retry, policy, random);
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
  const where = endpoint.locations?.url;
  let url;
  try {
    url = new URL(endpoint.url);
  } catch {
    throw new UserError(`${endpoint.label}: endpoint "${endpoint.url}" is not a valid URL`, where, "use an absolute URL such as https://host/v1");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(`${endpoint.label}: endpoint must use http or https, got ${url.protocol}`, where);
  }
}
function joinUrl(base, path) {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
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
function parseTensor(raw, where) {
  if (!isObject(raw)) return `${where} is not an object`;
  const { name, shape, datatype, data } = raw;
  if (typeof name !== "string" || name === "") return `${where} has no name`;
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

// src/replay/call.ts
function failure(cls, message, attempts, latencyMs, status) {
  return {
    ok: false,
    error: { class: cls, message, ...status !== void 0 ? { status } : {} },
    attempts,
    latencyMs
  };
}
async function callModel(transport, target, request, signal) {
  const { endpoint } = target;
  const adapter = adapterFor(endpoint.protocol);
  const body = JSON.stringify(adapter.toBody(request, endpoint));
  const outcome = await sendWithRetry(
    transport,
    {
      method: adapter.method(request),
      url: adapter.url(endpoint),
      headers: target.headers,
      body,
      timeoutMs: endpoint.timeoutMs,
      ...signal ? { signal } : {}
    },
    endpoint.retries
  );
  const { attempts, latencyMs } = outcome;
  if (outcome.failure) {
    const kind = outcome.failure.kind;
    const cls = kind === "aborted" ? "deadline" : kind === "too-large" ? "bad-body" : kind;
    return failure(cls, outcome.failure.message, attempts, latencyMs);
  }
  const response = outcome.response;
  if (!response) throw new Error("sendWithRetry returned neither a response nor a failure");
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
      const prefix2 = options.total !== void 0 ? `${bar(stats.pairs, options.total)} ` : "";
      stream.write(`\r\x1B[2K${prefix2}${render(stats)}`);
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
    signal.addEventListener("abort", () => {
      for (const grant of this.#waiting.splice(0)) grant(false);
    }, { once: true });
  }
  acquire() {
    if (this.#signal.aborted) return Promise.resolve(false);
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(true);
    }
    return new Promise((resolve3) => this.#waiting.push(resolve3));
  }
  release() {
    const next = this.#waiting.shift();
    if (next) next(true);
    else this.#free++;
  }
};
function notSent(message) {
  return { ok: false, error: { class: "deadline", message }, attempts: 0, latencyMs: 0 };
}
var deadlineMessage = "not sent: the overall deadline passed";
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
  const stopped = new AbortController();
  const cancel = AbortSignal.any([expired.signal, stopped.signal]);
  const onExternalAbort = () => expired.abort();
  options.signal?.addEventListener("abort", onExternalAbort, { once: true });
  if (options.signal?.aborted) expired.abort();
  const deadlineTimer = options.deadlineMs !== void 0 ? setTimeout(() => expired.abort(), Math.max(0, options.deadlineMs)) : void 0;
  const transport = options.transport ?? createTransport({ concurrency });
  const slots = new Slots(concurrency, cancel);
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
  async function call(side, request) {
    if (!await slots.acquire()) return notSent(deadlineMessage);
    try {
      return await callModel(transport, targets[side], request, cancel);
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
  function deadlinePair(record) {
    return {
      record,
      baseline: notSent(deadlineMessage),
      candidate: notSent(deadlineMessage),
      ...options.noiseFloor ? { baselineRepeat: notSent(deadlineMessage) } : {}
    };
  }
  async function runPair(record, baselineRequest, candidateRequest) {
    const [baseline, candidate, baselineRepeat] = await Promise.all([
      call("baseline", baselineRequest),
      call("candidate", candidateRequest),
      options.noiseFloor ? call("baseline", baselineRequest) : void 0
    ]);
    await emit({ record, baseline, candidate, ...baselineRepeat ? { baselineRepeat } : {} });
  }
  const pending = /* @__PURE__ */ new Set();
  let wake;
  const pairFinished = () => new Promise((resolve3) => wake = resolve3);
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
      const record = next.value;
      if (!options.counts) stats.read++;
      stats.sampled++;
      if (expired.signal.aborted) {
        await emit(deadlinePair(record));
        continue;
      }
      let requests;
      try {
        requests = [await options.buildRequest("baseline", record), await options.buildRequest("candidate", record)];
      } catch (e) {
        fail(e);
        break;
      }
      const task = runPair(record, ...requests).catch(fail);
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
    options.signal?.removeEventListener("abort", onExternalAbort);
    if (!options.transport) transport.close();
    if (options.counts) {
      stats.read = options.counts.read;
    }
    stats.wallMs = Math.round(performance.now() - started);
    progress?.stop(stats);
  }
  if (fatal) throw fatal.error;
  return stats;
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
  for (const [position2, item] of json.data.entries()) {
    if (!isObject(item)) return `data[${position2}] is not an object`;
    const index = typeof item.index === "number" ? item.index : position2;
    if (!Number.isInteger(index) || index < 0 || index >= expected) return `data[${position2}] has index ${index} out of range`;
    if (vectors[index]) return `two embeddings for input ${index}`;
    const vector = item.embedding;
    if (!Array.isArray(vector) || vector.length === 0 || !vector.every((v) => typeof v === "number" && Number.isFinite(v))) {
      return `data[${position2}].embedding is not a list of numbers (base64 encoding is not supported)`;
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
    ...options.locations ? { locations: options.locations } : {}
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
      { method: "POST", url, headers, body: JSON.stringify({ model: endpoint.model, input }), timeoutMs: endpoint.timeoutMs },
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

// src/metrics/stats.ts
function sortedCopy(values) {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}
function percentileOfSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank2 = p / 100 * (n - 1);
  const lo = Math.floor(rank2);
  const hi = Math.min(lo + 1, n - 1);
  const low = sorted[lo];
  const high = sorted[hi];
  return low + (high - low) * (rank2 - lo);
}
var scratch = new Float64Array(0);
function sortedScratch(values) {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const view = scratch.subarray(0, values.length);
  view.set(values);
  return view.sort();
}
function percentilesOf(values, ps) {
  const sorted = sortedScratch(values);
  return ps.map((p) => sorted.length ? percentileOfSorted(sorted, p) : null);
}
function mean(values) {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
function stdPopulation(values) {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}
function tailPercentiles(values) {
  const [p50 = null, p95 = null, p99 = null] = percentilesOf(values, [50, 95, 99]);
  return { p50, p95, p99 };
}
function finiteOrNull(x) {
  return Number.isFinite(x) ? x : null;
}
function addCounts(into, from) {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
  return into;
}
function topCounts(counts, limit) {
  return Object.entries(counts).map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, limit);
}

// src/metrics/column.ts
var NumberColumn = class _NumberColumn {
  #values;
  #length = 0;
  /** `capacity`: how many values to expect; more still fit (the column grows by half). */
  constructor(capacity = 0) {
    this.#values = new Float64Array(Math.max(0, Math.floor(capacity)));
  }
  static from(input, capacity = 0) {
    const source = input instanceof _NumberColumn ? input.values() : input;
    const column = new _NumberColumn(Math.max(capacity, source.length));
    column.#values.set(source);
    column.#length = source.length;
    return column;
  }
  /** a's values, then b's: how shards' states merge. Accepts the JSON form of either. */
  static concat(a, b) {
    const column = _NumberColumn.from(a, a.length + b.length);
    column.#values.set(b instanceof _NumberColumn ? b.values() : b, column.#length);
    column.#length += b.length;
    return column;
  }
  get length() {
    return this.#length;
  }
  push(value) {
    if (this.#length === this.#values.length) {
      const grown = new Float64Array(Math.ceil(this.#values.length * 1.5) + 16);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length++] = value;
  }
  /** The values so far, without copying: a view that later pushes may leave behind. */
  values() {
    return this.#values.subarray(0, this.#length);
  }
  toJSON() {
    return Array.from(this.values());
  }
};

// src/metrics/metric.ts
function bothOk(pair) {
  return pair.baseline.ok && pair.candidate.ok;
}
function pairedMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    omitWhenEmpty: spec.omitWhenEmpty,
    applies: spec.applies ?? (() => true),
    init: (ctx) => ({ baseline: new NumberColumn(ctx.expectedPairs), candidate: new NumberColumn(ctx.expectedPairs), excludedFailedPairs: 0, missing: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = spec.value(pair.baseline, ctx);
      const c = spec.value(pair.candidate, ctx);
      if (b === void 0 || c === void 0 || !Number.isFinite(b) || !Number.isFinite(c)) {
        state.missing++;
        return;
      }
      state.baseline.push(b);
      state.candidate.push(c);
    },
    merge: (a, b) => ({
      baseline: NumberColumn.concat(a.baseline, b.baseline),
      candidate: NumberColumn.concat(a.candidate, b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
      missing: a.missing + b.missing
    }),
    finish(state) {
      const baseline = state.baseline.values();
      const candidate = state.candidate.values();
      const b = tailPercentiles(baseline);
      const c = tailPercentiles(candidate);
      return {
        ...meta(spec),
        test: "paired-continuous",
        n: baseline.length,
        baseline: b.p50 ?? void 0,
        candidate: c.p50 ?? void 0,
        paired: { baseline, candidate },
        details: {
          baseline: { ...b, mean: finiteOrNull(mean(baseline)) },
          candidate: { ...c, mean: finiteOrNull(mean(candidate)) },
          excludedFailedPairs: state.excludedFailedPairs,
          missingValuePairs: state.missing,
          ...spec.details?.(state)
        }
      };
    }
  };
}
function initBinary() {
  return { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neither: 0, reasons: { baseline: {}, candidate: {} }, excludedFailedPairs: 0 };
}
function countBinary(state, baseline, candidate) {
  if (baseline.pass && candidate.pass) state.bothPass++;
  else if (baseline.pass) state.baselineOnly++;
  else if (candidate.pass) state.candidateOnly++;
  else state.neither++;
  for (const reason of baseline.reasons ?? []) state.reasons.baseline[reason] = (state.reasons.baseline[reason] ?? 0) + 1;
  for (const reason of candidate.reasons ?? []) state.reasons.candidate[reason] = (state.reasons.candidate[reason] ?? 0) + 1;
}
function mergeBinary(a, b) {
  return {
    bothPass: a.bothPass + b.bothPass,
    baselineOnly: a.baselineOnly + b.baselineOnly,
    candidateOnly: a.candidateOnly + b.candidateOnly,
    neither: a.neither + b.neither,
    reasons: {
      baseline: addCounts(addCounts({}, a.reasons.baseline), b.reasons.baseline),
      candidate: addCounts(addCounts({}, a.reasons.candidate), b.reasons.candidate)
    },
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs
  };
}
function finishBinary(spec, state, reasonsTitle = "reasons") {
  const n = state.bothPass + state.baselineOnly + state.candidateOnly + state.neither;
  return {
    ...meta(spec),
    test: "paired-binary",
    n,
    baseline: n ? (state.bothPass + state.baselineOnly) / n : void 0,
    candidate: n ? (state.bothPass + state.candidateOnly) / n : void 0,
    binary: { bothPass: state.bothPass, baselineOnly: state.baselineOnly, candidateOnly: state.candidateOnly, neither: state.neither },
    details: { [reasonsTitle]: state.reasons, excludedFailedPairs: state.excludedFailedPairs }
  };
}
function binaryMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    applies: spec.applies ?? (() => true),
    init: initBinary,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      countBinary(state, spec.check(pair.baseline.output, "baseline", ctx), spec.check(pair.candidate.output, "candidate", ctx));
    },
    merge: mergeBinary,
    finish: (state) => finishBinary(spec, state, spec.detailsTitle)
  };
}
function initAgreement(ctx) {
  return { values: new NumberColumn(ctx.expectedPairs), noise: new NumberColumn(), excludedFailedPairs: 0, notComparable: 0 };
}
function mergeAgreement(a, b) {
  return {
    values: NumberColumn.concat(a.values, b.values),
    noise: NumberColumn.concat(a.noise, b.noise),
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
    notComparable: a.notComparable + b.notComparable
  };
}
function scoreSummary(values, threshold) {
  const [p5 = null, p50 = null] = percentilesOf(values, [5, 50]);
  let below = 0;
  if (threshold !== void 0) {
    for (let i = 0; i < values.length; i++) if (values[i] < threshold) below++;
  }
  return {
    p5,
    p50,
    mean: finiteOrNull(mean(values)),
    ...threshold !== void 0 ? { shareBelowThreshold: values.length ? below / values.length : null } : {}
  };
}
function finishAgreement(spec, state, threshold, extra) {
  const values = state.values.values();
  const noise = state.noise.values();
  return {
    ...meta(spec),
    test: "agreement",
    n: values.length,
    baseline: noise.length ? mean(noise) : void 0,
    candidate: values.length ? mean(values) : void 0,
    agreement: { values, ...noise.length ? { noise } : {}, ...threshold !== void 0 ? { threshold } : {} },
    details: {
      ...scoreSummary(values, threshold),
      ...noise.length ? { noise: scoreSummary(noise, threshold) } : {},
      excludedFailedPairs: state.excludedFailedPairs,
      notComparablePairs: state.notComparable,
      ...extra
    }
  };
}
function agreementMetric(spec) {
  const full = { id: spec.id, title: spec.title, unit: spec.unit ?? "score", badDirection: "decrease" };
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind, ctx) => spec.kinds.includes(kind) && (spec.applies?.(ctx) ?? true),
    init: initAgreement,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const score = spec.score(pair.baseline.output, pair.candidate.output, ctx);
      if (score === void 0) state.notComparable++;
      else state.values.push(score);
      if (pair.baselineRepeat?.ok) {
        const noise = spec.score(pair.baseline.output, pair.baselineRepeat.output, ctx);
        if (noise !== void 0) state.noise.push(noise);
      }
    },
    merge: mergeAgreement,
    finish: (state) => finishAgreement(full, state, spec.threshold)
  };
}
function meta(spec) {
  return { id: spec.id, title: spec.title, unit: spec.unit, badDirection: spec.badDirection };
}

// src/metrics/common.ts
function recordFailure(into, call) {
  if (call.ok) return;
  const failureClass = call.error?.class ?? "bad-body";
  into[failureClass] = (into[failureClass] ?? 0) + 1;
}
var successRate = {
  id: "requests.success_rate",
  title: "Request success rate",
  applies: () => true,
  init: () => ({ counts: initBinary(), failures: { baseline: {}, candidate: {} } }),
  observe(state, pair) {
    countBinary(state.counts, { pass: pair.baseline.ok }, { pass: pair.candidate.ok });
    recordFailure(state.failures.baseline, pair.baseline);
    recordFailure(state.failures.candidate, pair.candidate);
  },
  merge: (a, b) => ({
    counts: mergeBinary(a.counts, b.counts),
    failures: {
      baseline: addCounts(addCounts({}, a.failures.baseline), b.failures.baseline),
      candidate: addCounts(addCounts({}, a.failures.candidate), b.failures.candidate)
    }
  }),
  finish(state) {
    const result = finishBinary({ id: "requests.success_rate", title: "Request success rate", unit: "rate", badDirection: "decrease" }, state.counts);
    return { ...result, details: { failures: state.failures } };
  }
};
var latency = pairedMetric({
  id: "latency.ms",
  title: "Latency",
  unit: "ms",
  badDirection: "increase",
  value: (call) => call.latencyMs
});
function totalTokens(call) {
  const usage = call.output?.usage;
  if (!usage) return void 0;
  if (usage.totalTokens !== void 0) return usage.totalTokens;
  if (usage.promptTokens !== void 0 && usage.completionTokens !== void 0) return usage.promptTokens + usage.completionTokens;
  return void 0;
}
var tokensTotal = pairedMetric({
  id: "tokens.total",
  title: "Total tokens",
  unit: "tokens",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: totalTokens
});
var tokensCompletion = pairedMetric({
  id: "tokens.completion",
  title: "Completion tokens",
  unit: "tokens",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: (call) => call.output?.usage?.completionTokens
});
var commonMetrics = [successRate, latency, tokensTotal, tokensCompletion];

// src/metrics/extract.ts
function parseJsonText(text) {
  if (text === void 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch {
    return { ok: false };
  }
}
function resolvePointer2(document, pointer) {
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
    return source.ok ? resolvePointer2(source.value, spec.pointer) : source;
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
  let validate3;
  try {
    validate3 = ajv.compile(schema);
  } catch (e) {
    throw new UserError(`${what} is not a usable JSON Schema: ${e.message}`);
  }
  cache.set(schema, validate3);
  return validate3;
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

// src/metrics/json.ts
var parseRate = binaryMetric({
  id: "json.parse_rate",
  title: "Answer parses as JSON",
  unit: "rate",
  badDirection: "decrease",
  applies: (kind) => kind === "json",
  check: (output) => parseJsonText(output?.text).ok ? { pass: true } : { pass: false, reasons: [output?.text === void 0 ? "no text" : "not JSON"] }
});
var schemaPass = withAjv(binaryMetric({
  id: "json.schema_pass",
  title: "Answer satisfies the output schema",
  unit: "rate",
  badDirection: "decrease",
  applies: (kind, ctx) => kind === "json" && ctx.outputSchema !== void 0,
  check(output, _side, ctx) {
    const parsed = parseJsonText(output?.text);
    if (!parsed.ok) return { pass: false, reasons: ["not JSON"] };
    const validate3 = validatorFor(ctx.outputSchema, "The output schema");
    return validate3(parsed.value) ? { pass: true } : { pass: false, reasons: [schemaErrorReason(validate3.errors)] };
  }
}));
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
      state.values.push(0);
    } else {
      const changed = changedPaths(b.value, c.value);
      for (const path of changed) state.paths[path] = (state.paths[path] ?? 0) + 1;
      state.values.push(changed.length === 0 ? 1 : 0);
    }
    if (pair.baselineRepeat?.ok) {
      const r = parseJsonText(pair.baselineRepeat.output?.text);
      state.noise.push(b.ok && r.ok && changedPaths(b.value, r.value, 1).length === 0 ? 1 : 0);
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
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
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
    state.values.push(b === c ? 1 : 0);
    const row = state.confusion[b] ??= {};
    row[c] = (row[c] ?? 0) + 1;
    if (isUndeclared(b, ctx)) state.undeclared.baseline++;
    if (isUndeclared(c, ctx)) state.undeclared.candidate++;
    if (pair.baselineRepeat?.ok) state.noise.push(extractLabel(pair.baselineRepeat.output, ctx.output) === b ? 1 : 0);
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
var labelJs = marginalMetric({ id: "label.distribution_js", title: "Label mix drift (Jensen\u2013Shannon distance)", threshold: 0.1, distance: jensenShannonDistance });
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
      state.values.push(withinTolerance(b, c, rtol, atol) ? 1 : 0);
      state.absErrors.push(Math.abs(b - c));
    }
    const r = pair.baselineRepeat?.ok ? extractNumber(pair.baselineRepeat.output, ctx.output) : void 0;
    if (b !== void 0 && r !== void 0) state.noise.push(withinTolerance(b, r, rtol, atol) ? 1 : 0);
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
  const collector = pairedMetric({ id: spec.id, title: spec.title, unit: "distance", badDirection: "increase", applies: isNumeric, value: (call, ctx) => extractNumber(call.output, ctx.output) });
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
function levenshtein(a, b) {
  if (a === b) return 0;
  let s = codePoints(a);
  let t = codePoints(b);
  let start = 0;
  while (start < s.length && start < t.length && s[start] === t[start]) start++;
  let endS = s.length;
  let endT = t.length;
  while (endS > start && endT > start && s[endS - 1] === t[endT - 1]) {
    endS--;
    endT--;
  }
  s = s.subarray(start, endS);
  t = t.subarray(start, endT);
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return t.length;
  return bitParallel(s, t);
}
function bitParallel(pattern, text) {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const symbol = /* @__PURE__ */ new Map();
  for (const cp of pattern) if (!symbol.has(cp)) symbol.set(cp, symbol.size);
  const peq = new Int32Array(symbol.size * blocks);
  for (let i = 0; i < m; i++) {
    const at = symbol.get(pattern[i]) * blocks + (i >>> 5);
    peq[at] = peq[at] | 1 << (i & 31);
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
function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
function editSimilarity(a, b) {
  if (a === b) return 1;
  const longest = Math.max(codePointLength(a), codePointLength(b));
  return 1 - levenshtein(a, b) / longest;
}

// src/metrics/text-compare.ts
var ASCII = /^[\x00-\x7f]*$/;
function normalizeText(text) {
  return (ASCII.test(text) ? text : text.normalize("NFKC")).toLowerCase().replace(/\s+/gu, " ").trim().replace(/[\p{P}\s]+$/u, "");
}
function rougeTokens(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
function lcsLength(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const row = new Uint32Array(short.length + 1);
  for (const token of long) {
    let diagonal = 0;
    for (let i = 1; i <= short.length; i++) {
      const above = row[i];
      row[i] = short[i - 1] === token ? diagonal + 1 : Math.max(above, row[i - 1]);
      diagonal = above;
    }
  }
  return row[short.length];
}
function rougeL(reference, candidate) {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  if (ref.length === 0 && cand.length === 0) return 1;
  if (ref.length === 0 || cand.length === 0) return 0;
  const lcs = lcsLength(ref, cand);
  if (lcs === 0) return 0;
  const precision = lcs / cand.length;
  const recall = lcs / ref.length;
  return 2 * precision * recall / (precision + recall);
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
var editSimilarityMetric = agreementMetric({
  id: "text.edit_similarity",
  title: "Edit similarity (1 \u2212 Levenshtein / max length)",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.edit,
  score: (b, c) => editSimilarity(answerText(b), answerText(c))
});
var rougeLMetric = agreementMetric({
  id: "text.rouge_l",
  title: "ROUGE-L F-measure",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.rouge,
  score: (b, c) => rougeL(answerText(b), answerText(c))
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
      unique.forEach((text, i) => vectors.set(text, embedded[i]));
    }
    const values = [];
    const noise = [];
    for (const p of pending) {
      values.push(similarityOf(p.baseline, p.candidate, vectors));
      if (p.repeat !== void 0) noise.push(similarityOf(p.baseline, p.repeat, vectors));
    }
    for (const v of values) state.values.push(v);
    for (const v of noise) state.noise.push(v);
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
    return { ...mergeAgreement(a, b), embeddingFailedPairs: a.embeddingFailedPairs + b.embeddingFailedPairs, ...error !== void 0 ? { embeddingError: error } : {} };
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
    const validate3 = validatorFor(tool.parameters, `The parameters of tool ${tool.name}`);
    if (!validate3(args.value)) reasons.add(`${tool.name}: ${schemaErrorReason(validate3.errors)}`);
  }
  return reasons.size === 0 ? { pass: true } : { pass: false, reasons: [...reasons] };
}
function callsOf(output) {
  return output?.toolCalls ?? [];
}
var toolsValid = withAjv(binaryMetric({
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
}));
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

// src/metrics/index.ts
var allMetrics = [...commonMetrics, ...textMetrics, ...jsonMetrics, ...toolMetrics, ...labelMetrics, ...numericMetrics];
function metricsFor(kind, ctx) {
  return allMetrics.filter((m) => m.applies(kind, ctx));
}
var MetricSet = class _MetricSet {
  kind;
  ctx;
  metrics;
  #states;
  #pairs = 0;
  #tail = Promise.resolve();
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
    const run2 = this.#tail.then(async () => {
      this.#pairs++;
      for (let i = 0; i < this.metrics.length; i++) {
        const pending = this.metrics[i].observe(this.#states[i], pair, this.ctx);
        if (pending) await pending;
      }
    });
    this.#tail = run2.catch(() => {
    });
    return run2;
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
    this.metrics.forEach((m, i) => states[m.id] = this.#states[i]);
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

// src/judge/gates.ts
var RATE_TOLERANCE = 5e-3;
var RATE_THRESHOLD = 0.01;
var RATIO_TOLERANCE = 0.05;
var RATIO_THRESHOLD = 1.2;
var AGREEMENT_TOLERANCE = 0.02;
var AGREEMENT_DROP_THRESHOLD = 0.05;
var rateGate = (metric, critical) => ({
  metric,
  direction: "decrease",
  tolerance: RATE_TOLERANCE,
  threshold: RATE_THRESHOLD,
  critical
});
var ratioGate = (metric, direction = "increase") => ({
  metric,
  direction,
  tolerance: RATIO_TOLERANCE,
  threshold: RATIO_THRESHOLD,
  critical: false
});
var agreementGate = (metric) => ({ metric, direction: "decrease", tolerance: AGREEMENT_TOLERANCE, critical: false });
var distanceGate = (metric) => ({ metric, direction: "increase", critical: false });
var COMMON_DEFAULT_GATES = [
  rateGate("requests.success_rate", true),
  ratioGate("latency.ms"),
  ratioGate("tokens.total")
];
var KIND_DEFAULT_GATES = {
  json: [rateGate("json.parse_rate", true), rateGate("json.schema_pass", true)],
  "tool-calls": [rateGate("tools.valid", true), agreementGate("tools.name_f1")],
  label: [agreementGate("label.agreement"), distanceGate("label.distribution_js")],
  numeric: [ratioGate("numeric.value", "either"), agreementGate("numeric.within_tolerance"), distanceGate("numeric.wasserstein_norm")],
  // text.rouge_l is swapped for text.embedding_cosine when embeddings were computed; see defaultGates.
  text: [agreementGate("text.rouge_l")]
};
function defaultGates(kind, results) {
  const present = new Set(results.map((r) => r.id));
  const gates = [...COMMON_DEFAULT_GATES, ...KIND_DEFAULT_GATES[kind]].map(
    (g) => kind === "text" && g.metric === "text.rouge_l" && present.has("text.embedding_cosine") ? agreementGate("text.embedding_cosine") : { ...g }
  );
  return gates.filter((g) => present.has(g.metric));
}
function effectiveGates(kind, results, given = []) {
  const givenFor = new Map(given.map((g) => [g.metric, g]));
  const defaults = defaultGates(kind, results);
  const merged = defaults.map((d) => ({ ...d, ...definedFields(givenFor.get(d.metric)) }));
  const covered = new Set(defaults.map((d) => d.metric));
  return [...merged, ...given.filter((g) => !covered.has(g.metric)).map((g) => ({ ...g }))];
}
function definedFields(gate) {
  if (!gate) return {};
  return Object.fromEntries(Object.entries(gate).filter(([, v]) => v !== void 0));
}

// src/judge/stats/normal.ts
var SQRT_PI = Math.sqrt(Math.PI);
var SQRT_2PI = Math.sqrt(2 * Math.PI);
function erfc(z) {
  if (Number.isNaN(z)) return NaN;
  if (z < 0) return 2 - erfc(-z);
  if (z < 2) return 1 - erfSeries(z);
  if (z > 27.3) return 0;
  return erfcContinuedFraction(z);
}
function erfSeries(z) {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let n = 1; n < 500; n++) {
    term *= 2 * z2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return 2 / SQRT_PI * Math.exp(-z2) * sum;
}
function erfcContinuedFraction(z) {
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 1e3; k++) {
    const a = k / 2;
    d = z + a * d;
    d = d === 0 ? tiny : d;
    c = z + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / SQRT_PI / f;
}
function normCdf(x) {
  return 0.5 * erfc(-x / Math.SQRT2);
}
function normSf(x) {
  return 0.5 * erfc(x / Math.SQRT2);
}
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
function poly(coefficients, x) {
  let result = 0;
  for (const c of coefficients) result = result * x + c;
  return result;
}
function normQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -lowerQuantile(1 - p);
  return lowerQuantile(p);
}
function lowerQuantile(p) {
  let x;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(C, q) / (poly(D, q) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = poly(A, r) * q / (poly(B, r) * r + 1);
  }
  for (let i = 0; i < 2; i++) {
    const e = normCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(x * x / 2);
    x = x - u / (1 + x * u / 2);
  }
  return x;
}

// src/judge/stats/binomial.ts
var LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const g = 7;
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < g + 2; i++) sum += c[i] / (z + i);
  const t = z + g + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function stirlingError(n) {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  const n2 = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * n2)) / n2) / n2) / n2) / n;
}
function deviance(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    const v = (x - m) / (x + m);
    let s = (x - m) * v;
    let term = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1e3; j++) {
      term *= v2;
      const next = s + term / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function binomPmf(k, n, p) {
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}
function binomCdf(k, n, p) {
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  if (kk <= n * p) return sumPmf(0, kk, n, p);
  return 1 - sumPmf(kk + 1, n, n, p);
}
function sumPmf(from, to, n, p) {
  let sum = 0;
  if (to <= n * p) for (let i = from; i <= to; i++) sum += binomPmf(i, n, p);
  else for (let i = to; i >= from; i--) sum += binomPmf(i, n, p);
  return sum;
}

// src/judge/stats/ranks.ts
function rankAverage(values) {
  const n = values.length;
  const sorted = scratchCopy(0, values).sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const first = lowerBound(sorted, v);
    const end = upperBound(sorted, v, first);
    ranks[i] = (first + 1 + end) / 2;
  }
  return { ranks, tieTerm: tieTermSorted(sorted) };
}
function tieTermSorted(sorted) {
  const n = sorted.length;
  let tieTerm = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  return tieTerm;
}
function absTieTerm(values) {
  const abs = scratchCopy(1, values);
  for (let i = 0; i < abs.length; i++) abs[i] = Math.abs(abs[i]);
  return tieTermSorted(abs.sort());
}
var scratch2 = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];
function scratchCopy(slot, values) {
  let buffer = scratch2[slot];
  if (buffer.length < values.length) scratch2[slot] = buffer = new Float64Array(values.length);
  const view = buffer.subarray(0, values.length);
  if (Array.isArray(values) || ArrayBuffer.isView(values)) view.set(values);
  else for (let i = 0; i < values.length; i++) view[i] = values[i];
  return view;
}
function lowerBound(sorted, v) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(sorted, v, from) {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function medianSorted(sorted) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function median(values) {
  return medianSorted(scratchCopy(2, values).sort());
}

// src/judge/stats/signedRankDistribution.ts
function signedRankCounts(n) {
  const max = n * (n + 1) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  let top = 0;
  for (let r = 1; r <= n; r++) {
    top += r;
    for (let s = top; s >= r; s--) counts[s] += counts[s - r];
  }
  return counts;
}
function signedRankPermutationDistribution(ranks) {
  const doubled = Array.from(ranks, (r) => Math.round(2 * r));
  const max = doubled.reduce((a, b) => a + b, 0);
  const probs = new Float64Array(max + 1);
  probs[0] = 1;
  let top = 0;
  for (const r of doubled) {
    top += r;
    for (let s = top; s >= 0; s--) probs[s] = 0.5 * probs[s] + (s >= r ? 0.5 * probs[s - r] : 0);
  }
  return probs;
}
var EPSILON = 2220446049250313e-31;
function qSignRank(p, n) {
  const counts = signedRankCounts(n);
  const total = 2 ** n;
  const max = counts.length - 1;
  let cumulative = 0;
  if (p <= 0.5) {
    const target2 = p - 10 * EPSILON;
    for (let q = 0; q <= max; q++) {
      cumulative += counts[q] / total;
      if (cumulative >= target2) return q;
    }
    return max;
  }
  const target = 1 - p + 10 * EPSILON;
  for (let q = 0; q <= max; q++) {
    cumulative += counts[q] / total;
    if (cumulative > target) return max - q;
  }
  return 0;
}

// src/judge/stats/wilcoxon.ts
function wilcoxonSignedRank(differences, options = {}) {
  const alternative = options.alternative ?? "two-sided";
  const total = differences.length;
  let zeros = 0;
  for (let i = 0; i < total; i++) {
    const d = differences[i];
    if (Number.isNaN(d)) throw new RangeError("wilcoxonSignedRank: NaN difference");
    if (d === 0) zeros++;
  }
  const n = total - zeros;
  const magnitudes = new Float64Array(n);
  for (let i = 0, k = 0; i < total; i++) if (differences[i] !== 0) magnitudes[k++] = Math.abs(differences[i]);
  const { ranks, tieTerm } = rankAverage(magnitudes);
  let rPlus = 0;
  let rMinus = 0;
  for (let i = 0, k = 0; i < total; i++) {
    const d = differences[i];
    if (d === 0) continue;
    if (d > 0) rPlus += ranks[k];
    else rMinus += ranks[k];
    k++;
  }
  const statistic = alternative === "two-sided" ? Math.min(rPlus, rMinus) : rPlus;
  const base = { statistic, rPlus, rMinus, nonZero: n, zeros };
  if (n === 0) return (options.method ?? "auto") === "auto" && total > 0 && total <= 13 ? { ...base, pValue: 1, method: "permutation" } : { ...base, pValue: NaN, method: "asymptotic" };
  let method = options.method ?? "auto";
  if (method === "auto") {
    if (total > 50) method = "asymptotic";
    else if (tieTerm === 0 && zeros === 0) method = "exact";
    else if (total <= 13) method = "permutation";
    else method = "asymptotic";
  }
  if (method === "exact") {
    const counts = signedRankCounts(n);
    const all = 2 ** n;
    const cdf = (k) => sumRange(counts, 0, k) / all;
    const sf = (k) => sumRange(counts, k, counts.length - 1) / all;
    const pLess = cdf(Math.ceil(rPlus));
    const pGreater = sf(Math.floor(rPlus));
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { ...base, pValue: pValue2, method };
  }
  if (method === "permutation") {
    const probs = signedRankPermutationDistribution(ranks);
    const observed = Math.round(2 * rPlus);
    const pLess = sumRange(probs, 0, observed);
    const pGreater = sumRange(probs, observed, probs.length - 1);
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { ...base, pValue: pValue2, method };
  }
  const mean3 = n * (n + 1) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  let z = (rPlus - mean3) / se;
  if (options.correction) {
    const sign = alternative === "greater" ? 1 : alternative === "less" ? -1 : Math.sign(z);
    z -= sign * 0.5 / se;
  }
  const pValue = alternative === "less" ? normCdf(z) : alternative === "greater" ? normSf(z) : Math.min(1, 2 * normSf(Math.abs(z)));
  return { ...base, pValue, z: alternative === "two-sided" ? -Math.abs(z) : z, method: "asymptotic" };
}
function sumRange(values, from, to) {
  let sum = 0;
  for (let i = Math.max(0, from); i <= Math.min(to, values.length - 1); i++) sum += values[i];
  return sum;
}

// src/judge/stats/pairSums.ts
function walshAverages(sorted) {
  const n = sorted.length;
  const value = (i, j) => (sorted[i] + sorted[j]) / 2;
  const countAtMost = (t) => {
    let count = 0;
    let j = n - 1;
    for (let i = 0; i < n; i++) {
      while (j >= i && value(i, j) > t) j--;
      if (j < i) break;
      count += j - i + 1;
    }
    return count;
  };
  return {
    size: n * (n + 1) / 2,
    min: n ? sorted[0] : NaN,
    max: n ? sorted[n - 1] : NaN,
    countAtMost,
    collect(lo, hi, into) {
      let written = 0;
      let jHi = n - 1;
      let jLo = n - 1;
      for (let i = 0; i < n; i++) {
        while (jHi >= i && value(i, jHi) > hi) jHi--;
        if (jHi < i) break;
        while (jLo >= i && value(i, jLo) > lo) jLo--;
        for (let j = Math.max(jLo + 1, i); j <= jHi; j++) into[written++] = value(i, j);
      }
      return written;
    }
  };
}
function kthPairValue(values, k) {
  if (!(k >= 1 && k <= values.size) || !Number.isInteger(k)) throw new RangeError(`kthPairValue: k=${k} outside 1..${values.size}`);
  let lo = values.min;
  let hi = values.max;
  let below = values.countAtMost(lo);
  if (below >= k) return lo;
  let atHi = values.size;
  const enough = Math.min(16384, Math.max(4096, 4 * Math.sqrt(values.size)));
  for (let iteration = 0; iteration < 4e3 && atHi - below > enough; iteration++) {
    const mid = lo / 2 + hi / 2;
    if (!(mid > lo && mid < hi)) return hi;
    const c = values.countAtMost(mid);
    if (c >= k) {
      hi = mid;
      atHi = c;
    } else {
      lo = mid;
      below = c;
    }
  }
  const candidates = new Float64Array(atHi - below);
  const written = values.collect(lo, hi, candidates);
  if (written !== candidates.length) throw new Error(`kthPairValue: collected ${written} of ${candidates.length} pair values`);
  return candidates.sort()[k - below - 1];
}
function medianPairValue(values) {
  const size = values.size;
  if (size === 0) return NaN;
  if (size % 2 === 1) return kthPairValue(values, (size + 1) / 2);
  return (kthPairValue(values, size / 2) + kthPairValue(values, size / 2 + 1)) / 2;
}

// src/judge/stats/hodgesLehmann.ts
function hodgesLehmannOneSample(values, options = {}) {
  const confLevel = options.confLevel ?? 0.95;
  const alternative = options.alternative ?? "two-sided";
  const correct = options.correct ?? true;
  const dropZeros = (options.zeros ?? "drop") === "drop";
  let zeroCount = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 0) zeroCount++;
  const hasZeros = zeroCount > 0;
  const sorted = new Float64Array(dropZeros ? values.length - zeroCount : values.length);
  for (let i = 0, k = 0; i < values.length; i++) if (!dropZeros || values[i] !== 0) sorted[k++] = values[i];
  const n = sorted.length;
  if (n === 0) return { estimate: NaN, interval: [NaN, NaN], confLevel: 0, method: "normal", n };
  const absTies = absTieTerm(sorted);
  sorted.sort();
  const walsh = walshAverages(sorted);
  const estimate = medianPairValue(walsh);
  const ties = tieTermSorted(sorted);
  let method = options.method ?? "auto";
  if (method === "auto") method = n < 50 && absTies === 0 && !hasZeros ? "exact" : "normal";
  const alpha = 1 - confLevel;
  const size = walsh.size;
  if (method === "exact") {
    const counts = signedRankCounts(n);
    const each = Math.exp(-n * Math.LN2);
    const cdf = (q) => {
      let s = 0;
      for (let i = 0; i <= q && i < counts.length; i++) s += counts[i] * each;
      return s;
    };
    const qu = Math.max(1, qSignRank(alternative === "two-sided" ? alpha / 2 : alpha, n));
    const ql = size - qu;
    const achievedOneTail = cdf(Math.trunc(qu) - 1);
    const achieved = alternative === "two-sided" ? 2 * achievedOneTail : achievedOneTail;
    const interval2 = alternative === "two-sided" ? [kthPairValue(walsh, qu), kthPairValue(walsh, ql + 1)] : alternative === "greater" ? [kthPairValue(walsh, qu), Infinity] : [-Infinity, kthPairValue(walsh, ql + 1)];
    const delivered2 = achieved - alpha > alpha / 2 ? 1 - signif2(achieved) : confLevel;
    return { estimate, interval: interval2, confLevel: delivered2, method, n };
  }
  const sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - ties / 48);
  const wAt = (k) => {
    const zd = size - k - size / 2;
    return (zd - continuity(zd, alternative, correct)) / sigma;
  };
  const rW = (d) => signedRankW(sorted, d, alternative, correct);
  const wMin = rW(walsh.min);
  const wMax = rW(walsh.max);
  if (!Number.isFinite(wMin) || !Number.isFinite(wMax)) {
    return { estimate, interval: [alternative === "less" ? -Infinity : NaN, alternative === "greater" ? Infinity : NaN], confLevel: 0, method, n };
  }
  let a = alpha;
  const upperZ = (p) => -normQuantile(p);
  if (alternative === "two-sided") while (wMin - upperZ(a / 2) < 0 || wMax - normQuantile(a / 2) > 0) a *= 2;
  else if (alternative === "greater") while (wMin - upperZ(a) < 0) a *= 2;
  else while (wMax - normQuantile(a / 2) > 0) a *= 2;
  const delivered = a >= 1 || 1 - confLevel < a * 0.75 ? 1 - Math.min(1, a) : confLevel;
  const root = (zq) => crossing(walsh, wAt, zq);
  const fallback = medianOf(sorted);
  const interval = alternative === "two-sided" ? a < 1 ? [root(upperZ(a / 2)), root(normQuantile(a / 2))] : [fallback, fallback] : alternative === "greater" ? [a < 1 ? root(upperZ(a)) : fallback, Infinity] : [-Infinity, a < 1 ? root(normQuantile(a)) : fallback];
  return { estimate, interval, confLevel: delivered, method, n };
}
function continuity(z, alternative, correct) {
  if (!correct) return 0;
  return alternative === "two-sided" ? Math.sign(z) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
}
function crossing(values, wAt, zq) {
  let lo = 1;
  let hi = values.size;
  if (wAt(hi) >= zq) return values.max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wAt(mid) < zq) hi = mid;
    else lo = mid + 1;
  }
  return kthPairValue(values, lo);
}
function signedRankW(sorted, d, alternative, correct) {
  const n = sorted.length;
  let firstZeroOrPositive = 0;
  while (firstZeroOrPositive < n && sorted[firstZeroOrPositive] - d < 0) firstZeroOrPositive++;
  let firstPositive = firstZeroOrPositive;
  while (firstPositive < n && sorted[firstPositive] - d === 0) firstPositive++;
  const nx = firstZeroOrPositive + (n - firstPositive);
  if (nx === 0) return 0;
  let neg = firstZeroOrPositive - 1;
  let pos = firstPositive;
  let ranked = 0;
  let plus = 0;
  let tieTerm = 0;
  while (neg >= 0 || pos < n) {
    const negAbs = neg >= 0 ? Math.abs(sorted[neg] - d) : Infinity;
    const posAbs = pos < n ? Math.abs(sorted[pos] - d) : Infinity;
    const value = Math.min(negAbs, posAbs);
    let tied = 0;
    let positives = 0;
    while (neg >= 0 && Math.abs(sorted[neg] - d) === value) {
      tied++;
      neg--;
    }
    while (pos < n && Math.abs(sorted[pos] - d) === value) {
      tied++;
      positives++;
      pos++;
    }
    if (tied === 0) throw new RangeError("signed-rank statistic of a sample containing NaN");
    plus += positives * (ranked + (tied + 1) / 2);
    tieTerm += tied * tied * tied - tied;
    ranked += tied;
  }
  const zd = plus - nx * (nx + 1) / 4;
  const sigma = Math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - tieTerm / 48);
  return (zd - continuity(zd, alternative, correct)) / sigma;
}
function signif2(x) {
  if (x === 0 || !Number.isFinite(x)) return x;
  const exponent = Math.floor(Math.log10(Math.abs(x))) - 1;
  const scaled = x / 10 ** exponent;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  const rounded = fraction === 0.5 ? floor % 2 === 0 ? floor : floor + 1 : Math.round(scaled);
  return rounded * 10 ** exponent;
}
function medianOf(sorted) {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/judge/stats/mcnemar.ts
function mcnemarExact(counts, options = {}) {
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const discordant = b + c;
  const n = counts.bothPass + b + c + counts.neither;
  const difference = n > 0 ? (c - b) / n : NaN;
  if (discordant === 0) return { pValue: 1, discordant, difference };
  const low = Math.min(b, c);
  let tail = binomCdf(low, discordant, 0.5);
  if (options.midP) tail -= 0.5 * binomPmf(low, discordant, 0.5);
  const pValue = b === c ? options.midP ? 1 - binomPmf(low, discordant, 0.5) : 1 : Math.min(1, 2 * tail);
  return { pValue, discordant, difference };
}
function wilsonInterval(successes, n, z) {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return [Math.max(0, (centre - half) / denom), Math.min(1, (centre + half) / denom)];
}
function newcombePairedInterval(counts, confLevel = 0.95) {
  const a = counts.bothPass;
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const d = counts.neither;
  const n = a + b + c + d;
  if (n === 0) return [-1, 1];
  const z = normQuantile(1 - (1 - confLevel) / 2);
  const pCandidate = (a + c) / n;
  const pBaseline = (a + b) / n;
  const [l2, u2] = wilsonInterval(a + c, n, z);
  const [l1, u1] = wilsonInterval(a + b, n, z);
  const theta = pCandidate - pBaseline;
  const marginProduct = (a + b) * (c + d) * (a + c) * (b + d);
  const phi = marginProduct === 0 ? 0 : (a * d - b * c) / Math.sqrt(marginProduct);
  const dl2 = pCandidate - l2;
  const du2 = u2 - pCandidate;
  const dl1 = pBaseline - l1;
  const du1 = u1 - pBaseline;
  const lowerSpread = dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1;
  const upperSpread = du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1;
  const lower = theta - Math.sqrt(Math.max(0, lowerSpread));
  const upper = theta + Math.sqrt(Math.max(0, upperSpread));
  return [Math.max(-1, lower), Math.min(1, upper)];
}

// src/judge/stats/holm.ts
function holmAdjust(pValues) {
  const k = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array(k);
  let running = 0;
  order.forEach(({ p, i }, rank2) => {
    running = Math.max(running, Math.min(1, (k - rank2) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

// src/judge/stats/sampleSize.ts
function mcnemarSampleSize(discordantShare, delta, options = {}) {
  const d = Math.abs(delta);
  if (!(d > 0) || !(discordantShare >= d)) return d > 0 ? mcnemarSampleSize(d, d, options) : Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  const root = zAlpha * Math.sqrt(discordantShare) + zPower * Math.sqrt(discordantShare - d * d);
  return Math.ceil(root * root / (d * d));
}
function signedRankSampleSize(probabilityPositiveWalsh, options = {}) {
  const shift = probabilityPositiveWalsh - 0.5;
  if (!(Math.abs(shift) > 0)) return Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  return Math.ceil((zAlpha + zPower) ** 2 / (3 * shift * shift));
}

// src/judge/evaluate.ts
var badUp = (d) => d === "increase" || d === "either";
var badDown = (d) => d === "decrease" || d === "either";
function evaluateMetric(metric, gate, settings) {
  const direction = gate?.direction ?? metric.badDirection;
  switch (metric.test) {
    case "paired-continuous":
      return pairedContinuous(metric, gate, direction, settings);
    case "paired-binary":
      return pairedBinary(metric, gate, direction, settings);
    case "agreement":
      return metric.agreement?.noise?.length ? agreementVsNoise(metric, gate, direction, settings) : agreementVsThreshold(metric, gate, direction, settings);
    case "distance":
      return distance(metric, gate, direction);
    case "info":
      return { n: metric.n, breach: false, summary: describeInfo(metric), detail: "reported only" };
  }
}
var noData = (what) => ({ n: 0, breach: false, summary: "no data", detail: what });
function pairedContinuous(metric, gate, direction, settings) {
  const baseline = metric.paired?.baseline ?? [];
  const candidate = metric.paired?.candidate ?? [];
  const n = Math.min(baseline.length, candidate.length);
  if (n === 0 || metric.n === 0) return noData("no paired values");
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = candidate[i] - baseline[i];
  const test = wilcoxonSignedRank(differences);
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const hl = hodgesLehmannOneSample(differences, { confLevel: settings.confidence, zeros: "keep" });
  const interval = [hl.interval[0], hl.interval[1]];
  const medianBaseline = median(prefix(baseline, n));
  const medianCandidate = median(prefix(candidate, n));
  const tolerance = gate?.tolerance ?? RATIO_TOLERANCE;
  const threshold = gate?.threshold ?? RATIO_THRESHOLD;
  const band = tolerance * Math.abs(medianBaseline);
  const up = interval[0] > band;
  const down = interval[1] < -band;
  const unit = metric.unit;
  let effect;
  let effectLabel;
  let effectUp;
  let effectDown;
  const ratioMeaningful = medianBaseline > 0 && medianCandidate >= 0;
  if (ratioMeaningful) {
    effect = medianCandidate / medianBaseline;
    effectLabel = `median \xD7${fmt(effect, 3)}`;
    const upper = Math.max(threshold, 1 / threshold);
    effectUp = effect >= upper;
    effectDown = effect <= 1 / upper;
  } else {
    effect = hl.estimate;
    effectLabel = `\u0394 ${signed(effect)} ${unit}`;
    effectUp = effect > 0;
    effectDown = effect < 0;
  }
  const breachUp = badUp(direction) && up && effectUp;
  const breachDown = badDown(direction) && down && effectDown;
  const share = test.nonZero > 0 ? test.rPlus / (test.nonZero * (test.nonZero + 1) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil(neededNonZero * n / test.nonZero) : void 0;
  const level = pct(settings.confidence);
  const summary = `median ${fmt(medianBaseline)} \u2192 ${fmt(medianCandidate)} ${unit} (${effectLabel}); shift ${signed(hl.estimate)} ${unit}, ${level} CI [${signed(interval[0])}, ${signed(interval[1])}]`;
  const detail = explainTwoConditions({
    breach: breachUp || breachDown,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(band)} ${unit} (${pct(tolerance)} of the baseline median)`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: ratioMeaningful ? `\xD7${fmt(Math.max(threshold, 1 / threshold), 3)}` : "zero"
  });
  return { n, effect, effectLabel, interval, pValue, breach: breachUp || breachDown, summary, detail, ...neededSamples ? { neededSamples } : {} };
}
function pairedBinary(metric, gate, direction, settings) {
  const counts = metric.binary;
  const n = counts ? counts.bothPass + counts.baselineOnly + counts.candidateOnly + counts.neither : 0;
  if (!counts || n === 0) return noData("no pairs");
  const test = mcnemarExact(counts);
  const interval = newcombePairedInterval(counts, settings.confidence);
  const effect = test.difference;
  const tolerance = gate?.tolerance ?? RATE_TOLERANCE;
  const threshold = Math.abs(gate?.threshold ?? RATE_THRESHOLD);
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = badUp(direction) && up && effectUp || badDown(direction) && down && effectDown;
  const discordantShare = test.discordant / n;
  const target = Math.abs(effect) > 0 ? Math.abs(effect) : threshold;
  const needed = mcnemarSampleSize(Math.max(discordantShare, target), target, { alpha: settings.alpha });
  const baselineRate = (counts.bothPass + counts.baselineOnly) / n;
  const candidateRate = (counts.bothPass + counts.candidateOnly) / n;
  const effectLabel = `${signed(effect * 100, 2)} pts`;
  const summary = `${pct(baselineRate, 4)} \u2192 ${pct(candidateRate, 4)} (${effectLabel}; ${counts.baselineOnly} lost, ${counts.candidateOnly} gained), ${pct(settings.confidence)} CI [${signed(interval[0] * 100, 2)}, ${signed(interval[1] * 100, 2)}] pts`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(tolerance * 100)} pts`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: `${fmt(threshold * 100)} pts`
  });
  return { n, effect, effectLabel, interval, pValue: test.pValue, breach, summary, detail, ...Number.isFinite(needed) ? { neededSamples: needed } : {} };
}
function agreementVsNoise(metric, gate, direction, settings) {
  const values = metric.agreement?.values ?? [];
  const noise = metric.agreement?.noise ?? [];
  const n = Math.min(values.length, noise.length);
  if (n === 0) return noData("no scores");
  const excess = new Float64Array(n);
  for (let i = 0; i < n; i++) excess[i] = values[i] - noise[i];
  const test = wilcoxonSignedRank(excess.map((v) => -v));
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const interval = meanInterval(excess, settings.confidence);
  const effect = mean2(excess);
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  const threshold = AGREEMENT_DROP_THRESHOLD;
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = badUp(direction) && up && effectUp || badDown(direction) && down && effectDown;
  const share = test.nonZero > 0 ? test.rPlus / (test.nonZero * (test.nonZero + 1) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil(neededNonZero * n / test.nonZero) : void 0;
  const effectLabel = `${signed(effect, 3)} vs A/A`;
  const summary = `mean ${fmt(mean2(prefix(values, n)), 3)} vs A/A ${fmt(mean2(prefix(noise, n)), 3)} (${signed(effect, 3)}), ${pct(settings.confidence)} CI [${signed(interval[0], 3)}, ${signed(interval[1], 3)}]`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(tolerance)} around the A/A level`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: `${fmt(threshold)} below A/A`
  });
  return { n, effect, effectLabel, interval, pValue, breach, summary, detail, ...neededSamples ? { neededSamples } : {} };
}
function agreementVsThreshold(metric, gate, direction, settings) {
  const values = metric.agreement?.values ?? [];
  const n = values.length;
  if (n === 0) return noData("no scores");
  const average = mean2(values);
  const interval = meanInterval(values, settings.confidence);
  const clipped = [Math.max(0, interval[0]), Math.min(1, interval[1])];
  const threshold = gate?.threshold ?? metric.agreement?.threshold;
  const summary = `mean ${fmt(average, 3)}, ${pct(settings.confidence)} CI [${fmt(clipped[0], 3)}, ${fmt(clipped[1], 3)}]`;
  if (threshold === void 0) return { n, effect: average, effectLabel: `mean ${fmt(average, 3)}`, interval: clipped, breach: false, summary, detail: "no threshold to compare with" };
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  const effect = average - threshold;
  const breachDown = badDown(direction) && clipped[0] < threshold - tolerance && average < threshold;
  const breachUp = badUp(direction) && direction !== "either" && clipped[1] > threshold + tolerance && average > threshold;
  const breach = breachDown || breachUp;
  const detail = breach ? `lower ${pct(settings.confidence)} bound ${fmt(clipped[0], 3)} is below ${fmt(threshold, 3)} \u2212 ${fmt(tolerance)} and the mean is below ${fmt(threshold, 3)}` : `mean agreement is consistent with the threshold ${fmt(threshold, 3)}`;
  return { n, effect, effectLabel: `${signed(effect, 3)} vs ${fmt(threshold, 3)}`, interval: clipped, breach, summary, detail };
}
function distance(metric, gate, direction) {
  if (!metric.distance || metric.n === 0) return noData("no distance");
  const { value } = metric.distance;
  const threshold = gate?.threshold ?? metric.distance.threshold;
  const breach = badUp(direction) && value > threshold || direction === "decrease" && value < threshold;
  return {
    n: metric.n,
    effect: value,
    effectLabel: `${fmt(value, 3)}`,
    breach,
    summary: `${fmt(value, 3)} (threshold ${fmt(threshold, 3)})`,
    detail: breach ? `distance ${fmt(value, 3)} is past ${fmt(threshold, 3)}` : `distance within ${fmt(threshold, 3)}`
  };
}
function describeInfo(metric) {
  if (metric.baseline !== void 0 && metric.candidate !== void 0) return `${fmt(metric.baseline)} \u2192 ${fmt(metric.candidate)} ${metric.unit}`;
  if (metric.candidate !== void 0) return `${fmt(metric.candidate)} ${metric.unit}`;
  return `${metric.n} pairs`;
}
function explainTwoConditions(p) {
  if (p.breach) return `interval leaves the band ${p.bandText} and the effect passes ${p.thresholdText}`;
  if (p.outsideBand) return `interval leaves the band ${p.bandText}, but the effect stays within ${p.thresholdText}`;
  return `interval does not leave the band ${p.bandText}`;
}
function prefix(values, n) {
  return values.length === n ? values : values.slice(0, n);
}
function mean2(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length ? sum / values.length : NaN;
}
function meanInterval(values, confidence) {
  const n = values.length;
  const m = mean2(values);
  if (n < 2) return [m, m];
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - m) ** 2;
  const half = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(ss / (n - 1) / n);
  return [m - half, m + half];
}
function fmt(x, digits = 4) {
  if (!Number.isFinite(x)) return String(x);
  return Number(x.toPrecision(digits)).toString();
}
function signed(x, digits = 4) {
  const text = fmt(x, digits);
  return x > 0 ? `+${text}` : text;
}
function pct(x, digits = 3) {
  return `${fmt(x * 100, digits)}%`;
}

// src/judge/judge.ts
var EXIT_CODES = { pass: 0, warn: 0, fail: 1, inconclusive: 0 };
function judge(results, settings) {
  const alpha = settings.alpha ?? 0.05;
  const confidence = settings.confidence ?? 0.95;
  const minSamples = settings.minSamples ?? 50;
  const gates = effectiveGates(settings.outputKind, results, settings.gates);
  const gateFor = new Map(gates.map((g) => [g.metric, g]));
  const known = new Set(results.map((r) => r.id));
  const missing2 = gates.filter((g) => !known.has(g.metric)).map((g) => ({ id: g.metric, title: g.metric, unit: "value", test: "info", badDirection: g.direction ?? "either", n: 0 }));
  const all = [...results, ...missing2];
  const rows = all.map((metric) => {
    const gate = gateFor.get(metric.id);
    const gating = gate !== void 0 && !gate.muted && metric.test !== "info";
    const evaluation = known.has(metric.id) ? evaluateMetric(metric, gate, { alpha, confidence }) : { n: 0, breach: false, summary: "no data", detail: "no metric with this id was computed" };
    return { metric, gate, gating, evaluation };
  });
  const tested = rows.filter((r) => r.gating && r.evaluation.n > 0 && r.evaluation.pValue !== void 0);
  const adjusted = holmAdjust(tested.map((r) => r.evaluation.pValue));
  const pAdjustedOf = new Map(tested.map((r, i) => [r, adjusted[i]]));
  const metrics = rows.map((row) => {
    const { metric, gate, gating, evaluation } = row;
    const pAdjusted = pAdjustedOf.get(row);
    let verdict2;
    let why;
    if (metric.n === 0 || evaluation.n === 0) {
      verdict2 = "nodata";
      why = evaluation.detail;
    } else if (!gating) {
      verdict2 = "info";
      why = gate?.muted ? "muted" : metric.test === "info" ? "reported only" : "not gated";
    } else {
      const significant = pAdjusted === void 0 || pAdjusted <= alpha;
      const breach = evaluation.breach && significant;
      verdict2 = breach ? gate?.critical ? "fail" : "warn" : "pass";
      why = evaluation.breach && !significant ? `${evaluation.detail}, but not significant after Holm (p=${fmt(pAdjusted, 3)} > ${alpha})` : evaluation.detail;
    }
    const stats = [evaluation.summary, evaluation.pValue !== void 0 ? `p=${fmt(evaluation.pValue, 3)}${pAdjusted !== void 0 ? `, Holm ${fmt(pAdjusted, 3)}` : ""}` : void 0].filter(Boolean).join("; ");
    const judgement2 = { metric, verdict: verdict2, reason: `${metric.id}: ${stats} \u2014 ${why}` };
    if (gate) judgement2.gate = gate;
    if (evaluation.effect !== void 0) judgement2.effect = evaluation.effect;
    if (evaluation.effectLabel !== void 0) judgement2.effectLabel = evaluation.effectLabel;
    if (evaluation.interval) judgement2.interval = evaluation.interval;
    if (evaluation.pValue !== void 0) judgement2.pValue = evaluation.pValue;
    if (pAdjusted !== void 0) judgement2.pAdjusted = pAdjusted;
    return judgement2;
  });
  const n = pairCount(results);
  const gatingRows = metrics.filter((m) => m.gate && !m.gate.muted && m.metric.test !== "info");
  const reasons = [];
  let verdict;
  let neededSamples;
  const criticalNoData = metrics.filter((m) => m.verdict === "nodata" && m.gate?.critical && !m.gate.muted);
  if (n < minSamples && !metrics.some((m) => m.verdict === "fail")) {
    verdict = "inconclusive";
    const needs = rows.filter((r) => r.gating && r.evaluation.neededSamples !== void 0).map((r) => r.evaluation.neededSamples);
    neededSamples = Math.max(minSamples, ...needs);
    reasons.push(`INCONCLUSIVE: ${n} pairs, fewer than the minimum ${minSamples}; need \u2248${neededSamples} pairs to detect the observed effects (\u03B1=${alpha}, power 0.8)`);
  } else if (metrics.some((m) => m.verdict === "fail")) {
    verdict = "fail";
  } else if (criticalNoData.length > 0) {
    verdict = "inconclusive";
    neededSamples = minSamples;
    reasons.push(`INCONCLUSIVE: no data for critical ${criticalNoData.map((m) => m.metric.id).join(", ")}`);
  } else if (metrics.some((m) => m.verdict === "warn")) {
    verdict = "warn";
  } else {
    verdict = "pass";
  }
  for (const m of metrics) if (m.verdict === "fail") reasons.push(`FAIL${m.gate?.critical ? " (critical)" : ""} ${m.reason}`);
  for (const m of metrics) if (m.verdict === "warn") reasons.push(`WARN ${m.reason}`);
  for (const m of metrics) if (m.verdict === "nodata" && m.gate && !m.gate.muted) reasons.push(`NODATA ${m.reason}`);
  if (verdict === "pass") reasons.push(`PASS: ${gatingRows.length} gated metric(s) within their bands or thresholds over ${n} pairs`);
  const judgement = { verdict, exitCode: EXIT_CODES[verdict], n, minSamples, alpha, confidence, metrics, reasons };
  if (neededSamples !== void 0) judgement.neededSamples = neededSamples;
  return judgement;
}
function pairCount(results) {
  const success = results.find((r) => r.id === "requests.success_rate");
  if (success) return success.n;
  return results.reduce((max, r) => Math.max(max, r.n), 0);
}

// src/commands/worst-examples.ts
var MAX_TEXT = 4e3;
function cap(text) {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\u2026 [${text.length - MAX_TEXT} more characters]` : text;
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
    if (this.#kept.length >= this.#limit && lowest && lowest.score >= score) return;
    this.#kept.push({
      recordId: pair.record.id,
      line: pair.record.line,
      metric: DIVERGENCE_METRIC[this.#ctx.output.kind],
      score,
      request: cap(JSON.stringify(pair.record.data, null, 2)),
      baseline: cap(describeAnswer(pair.baseline)),
      candidate: cap(describeAnswer(pair.candidate))
    });
    this.#kept.sort((a, b) => b.score - a.score || a.line - b.line);
    if (this.#kept.length > this.#limit) this.#kept.pop();
  }
  examples() {
    return [...this.#kept];
  }
};

// src/commands/shadow.ts
var WORST_EXAMPLES = 10;
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
  const at = (field2) => side.locate?.([...section, ...field2]) ?? { file: side.manifestPath };
  return { url: at(["endpoint"]), auth: at(["auth", "env"]) };
}
function modelTarget(side, shadow, env) {
  const endpoint = endpointFromSurface(side.label, side.manifest.model, shadow, locationsIn(side, ["model"]));
  return { endpoint, headers: resolveHeaders(endpoint, env) };
}
async function checkDataset(candidate, options) {
  const shadow = candidate.manifest.shadow;
  const datasetPath = isAbsolute(shadow.dataset) ? shadow.dataset : join(options.repoRoot, shadow.dataset);
  const sampling = {
    rate: options.sampleRate ?? shadow.sample?.rate ?? 1,
    ...shadow.sample?.seed !== void 0 ? { seed: shadow.sample.seed } : {},
    ...(options.sampleMax ?? shadow.sample?.max) !== void 0 ? { max: options.sampleMax ?? shadow.sample?.max } : {}
  };
  const summary = await validateDataset(datasetPath, sampling).catch((e) => {
    if (e instanceof UserError && e.location?.file === datasetPath) throw new UserError(e.message, { ...e.location, file: shadow.dataset }, e.hint);
    throw e;
  });
  return { datasetPath, sampling, summary };
}
function phaseTimer(log) {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    const m = process.memoryUsage();
    log.debug(`timing: ${phase} ${Math.round(now - last)} ms (rss ${Math.round(m.rss / 1048576)} MB heap ${Math.round(m.heapTotal / 1048576)}/${Math.round(m.heapUsed / 1048576)} ext ${Math.round(m.external / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)})`);
    last = now;
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
    const gc = vm.runInNewContext("gc");
    gc({ type: "major", execution: "sync", flavor: "last-resort" });
  } catch (e) {
    log.debug(`freed heap pages not released: ${e instanceof Error ? e.message : String(e)}`);
  }
}
async function runShadow(options, log) {
  boundHeapForReplay();
  const phase = phaseTimer(log);
  log.debug(`timing: shadow started ${Math.round(performance.now())} ms after process start`);
  const candidateSide = Promise.resolve(options.sides?.candidate ?? resolveCandidate(options));
  const baselineSide = Promise.resolve(options.sides?.baseline ?? resolveBaseline(options));
  const dataset = candidateSide.then((side) => checkDataset(side, options));
  dataset.catch(() => {
  });
  const { baseline, candidate } = checkSameKind(await settleInOrder(candidateSide, baselineSide));
  phase("resolve manifests");
  const manifest = candidate.manifest;
  const shadow = manifest.shadow;
  const env = options.env ?? process.env;
  const candidateTarget = modelTarget(candidate, shadow, env);
  const embedder = shadow.embeddings ? createEmbedder({
    endpoint: shadow.embeddings.endpoint,
    model: shadow.embeddings.model,
    ...shadow.embeddings.auth ? { auth: shadow.embeddings.auth } : {},
    env,
    locations: locationsIn(candidate, ["shadow", "embeddings"])
  }) : void 0;
  const baselineTarget = modelTarget(baseline, shadow, env);
  const surfaces = diffSurfaces(baseline, candidate);
  const changed = surfaces.filter((s) => s.changed).map((s) => s.surface);
  log.info(`${manifest.service}: surfaces changed: ${changed.length ? changed.join(", ") : "none"}`);
  const { datasetPath, sampling, summary } = await dataset;
  log.info(`${manifest.service}: dataset ${shadow.dataset}: ${summary.records} records, ${summary.sampled} sampled`);
  phase("validate dataset");
  const ctx = {
    output: manifest.output,
    baselineTools: baseline.tools,
    candidateTools: candidate.tools,
    ...candidate.outputSchema ? { outputSchema: candidate.outputSchema } : {},
    baselineToolPolicy: toolPolicy(baseline),
    candidateToolPolicy: toolPolicy(candidate),
    ...embedder ? { embed: (texts) => embedder.embed(texts) } : {},
    expectedPairs: summary.sampled
  };
  const metrics = new MetricSet(manifest.output.kind, ctx);
  const worst = new WorstExamples(WORST_EXAMPLES, ctx);
  const { records, counts } = readDataset(datasetPath, sampling);
  const noiseFloor = options.noiseFloor ?? shadow.noiseFloor ?? false;
  let stats;
  try {
    stats = await replay({
      records,
      counts,
      baseline: baselineTarget,
      candidate: candidateTarget,
      buildRequest: (side, record) => buildRequest(side === "baseline" ? baseline : candidate, record),
      concurrency: options.concurrency ?? shadow.concurrency ?? 8,
      ...shadow.deadlineSeconds ? { deadlineMs: shadow.deadlineSeconds * 1e3 } : {},
      noiseFloor,
      onPair: async (pair) => {
        worst.offer(pair);
        await metrics.observe(pair);
      },
      ...options.signal ? { signal: options.signal } : {},
      progress: { log, total: summary.sampled }
    });
  } finally {
    embedder?.close();
  }
  phase("replay");
  if (stats.pairs >= LARGE_RUN_PAIRS) {
    releaseFreedHeapPages(log);
    phase("release freed heap pages");
  }
  boundHeapForAnalysis();
  const results = await metrics.finish();
  phase("finish metrics");
  const judgement = judge(results, {
    ...shadow.gates ? { gates: shadow.gates } : {},
    outputKind: manifest.output.kind,
    ...shadow.alpha !== void 0 ? { alpha: shadow.alpha } : {},
    ...shadow.confidence !== void 0 ? { confidence: shadow.confidence } : {},
    ...shadow.minSamples !== void 0 ? { minSamples: shadow.minSamples } : {}
  });
  phase("judge");
  const report = {
    schemaVersion: 1,
    service: manifest.service,
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    baselineRef: options.baselineManifestPath ? `file:${options.baselineManifestPath}` : options.baseRef ?? "unknown",
    candidateRef: options.headRef ?? "worktree",
    surfaces,
    replay: stats,
    judgement,
    worst: worst.examples(),
    ...options.runUrl ? { runUrl: options.runUrl } : {}
  };
  const outDir = resolve(options.repoRoot, options.outDir);
  const { writeReports } = await import("./write-OV2WWBHC.js");
  const paths = await writeReports(report, outDir, options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {});
  phase("write reports");
  const failed = Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
  const summaryLine = `${manifest.service}: ${judgement.verdict.toUpperCase()} \u2014 ${stats.pairs} pairs, ${failed} failed requests` + (judgement.reasons[0] ? `; ${judgement.reasons[0]}` : "");
  log.info(summaryLine);
  return { report, paths, summaryLine, candidate, baseline };
}

export {
  promisify,
  posix2 as posix,
  createHash,
  repoTopLevel,
  loadManifestFile,
  resolveSide,
  buildRequest,
  readDataset,
  createTransport,
  endpointFromSurface,
  resolveHeaders,
  callModel,
  startResolving,
  runShadow
};
