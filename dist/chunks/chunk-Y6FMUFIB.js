import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  ajvModules,
  checkShape,
  loadAjv,
  parseJsonFile,
  readAtRef
} from "./chunk-6YVPLQAN.js";
import {
  readFile
} from "./chunk-IY34TOV6.js";
import {
  lockPathFor
} from "./chunk-3SVHRZ5Y.js";
import {
  EXIT_CODES
} from "./chunk-STODWVS3.js";
import {
  SURFACES,
  canonicalJson,
  shortId,
  surfaceIds
} from "./chunk-EVE2IKAV.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// src/versioning/pin.ts
var DIGEST = /@sha256:[0-9a-f]{64}$/;
var FLOATING_WORD = /(^|[-_:./@])latest$/i;
var SNAPSHOT_SUFFIX = /-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{3})$/;
var ALIAS_FAMILY = /^(gpt-|chatgpt-|o\d(-|$)|claude-|gemini-|mistral-|codestral-|ministral-|pixtral-|command-|text-embedding-|deepseek-|grok-)/i;
var STORAGE_URI = /^(gs|s3|pvc|hf|oci|azureblob|hdfs|webhdfs|https?):\/\//i;
var IMAGE_REF = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[a-z0-9._/-]+(:[\w][\w.-]{0,127})?(@sha256:[0-9a-f]{64})?$/i;
function allowedBy(reference, protocol, allow) {
  for (const key of [protocol, "*"]) {
    for (const pattern of allow?.[key] ?? []) {
      if (new RegExp(pattern, "u").test(reference)) return `${key}: ${pattern}`;
    }
  }
  return void 0;
}
function checkImage(reference) {
  if (DIGEST.test(reference)) return { pinned: true, reason: `${reference} is pinned by digest` };
  const lastPart = reference.slice(reference.lastIndexOf("/") + 1);
  const tag = lastPart.includes(":") ? lastPart.slice(lastPart.indexOf(":") + 1) : void 0;
  const hint = `pin the image by digest: ${reference.replace(/:[^/:]*$/, "")}@sha256:<digest> (docker buildx imagetools inspect shows it)`;
  if (tag === void 0) return { pinned: false, reason: `${reference} has no tag, which means :latest`, hint };
  if (/^latest$/i.test(tag)) return { pinned: false, reason: `${reference} is tagged :latest, which moves with every push`, hint };
  return { pinned: true, reason: `${reference} is tagged ${tag} (a tag can be moved; a digest cannot)` };
}
function checkStorageUri(uri, version) {
  if (version !== void 0) return { pinned: true, reason: `${uri} is pinned by version ${version}` };
  if (DIGEST.test(uri) || /@[0-9a-f]{40}$/i.test(uri)) return { pinned: true, reason: `${uri} is pinned by digest` };
  const path = uri.replace(STORAGE_URI, "");
  const segments = path.split(/[/:@]/).filter(Boolean);
  const versioned = segments.slice(1).some((s) => /^(v?\d+([._-]\d+)*|\d{4}-\d{2}-\d{2}|\d{8})$/i.test(s));
  if (versioned && !FLOATING_WORD.test(uri)) return { pinned: true, reason: `${uri} names a version folder` };
  return {
    pinned: false,
    reason: `${uri} has no version or digest: whatever is uploaded there next is served`,
    hint: "point at an immutable version, e.g. gs://bucket/model/v3, s3://bucket/model/2026-01-15, or oci://registry/model@sha256:<digest>"
  };
}
function checkModelPin(model, allow) {
  const reference = model.version !== void 0 ? `${model.id}@${model.version}` : model.id;
  const allowed = allowedBy(model.id, model.protocol, allow) ?? (model.version !== void 0 ? allowedBy(reference, model.protocol, allow) : void 0);
  if (allowed) return { pinned: true, reason: `${reference} matches an allowed pattern (${allowed})` };
  if (STORAGE_URI.test(model.id)) return checkStorageUri(model.id, model.version);
  if (IMAGE_REF.test(model.id) && !model.id.includes("://")) {
    const image = checkImage(model.id);
    if (image.pinned || model.version === void 0) return image;
  }
  if (FLOATING_WORD.test(model.id) || model.version !== void 0 && /^latest$/i.test(model.version)) {
    const hint = model.protocol === "openai" ? `use a dated snapshot instead of ${reference} (e.g. gpt-4o-2024-08-06, claude-sonnet-4-5-20250929)` : "name a fixed version or digest";
    return { pinned: false, reason: `${reference} is a floating alias ("latest" moves to whatever is newest)`, hint };
  }
  if (model.protocol === "kserve-v2" && model.version === void 0) {
    return {
      pinned: false,
      reason: `KServe model ${model.id} has no version: the server answers with whichever version it has loaded`,
      hint: 'set model.version (quoted, e.g. version: "3") so requests go to /v2/models/<name>/versions/<version>/infer'
    };
  }
  if (model.id.startsWith("ft:")) return { pinned: true, reason: `${model.id} is a fine-tuned model id (immutable)` };
  if (ALIAS_FAMILY.test(model.id) && !SNAPSHOT_SUFFIX.test(model.id)) {
    return {
      pinned: false,
      reason: `${model.id} is a floating alias: the provider moves it to newer snapshots`,
      hint: `use the dated snapshot the alias points to today (e.g. ${model.id}-2024-08-06 style ids; the provider's model list shows them), or allow the name in versioning.pins if it is your own deployment`
    };
  }
  if (model.version !== void 0) return { pinned: true, reason: `${reference} names a version` };
  return { pinned: true, reason: SNAPSHOT_SUFFIX.test(model.id) ? `${model.id} names a snapshot` : `${model.id} is not a known floating alias` };
}

// node-builtin:node:path?join,posix
var builtin = process.getBuiltinModule("node:path");
var join = builtin.join;
var posix = builtin.posix;

// src/versioning/lockfile.ts
var LOCKFILE_VERSION = 1;
var HEX64 = "^[0-9a-f]{64}$";
var LOCK_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["lockfileVersion", "service", "model", "surfaces", "artifacts"],
  properties: {
    lockfileVersion: { type: "integer" },
    service: { type: "string", minLength: 1 },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["protocol", "ref", "pinned"],
      properties: { protocol: { type: "string" }, ref: { type: "string" }, pinned: { type: "boolean" } }
    },
    surfaces: {
      type: "object",
      additionalProperties: false,
      required: [...SURFACES],
      properties: Object.fromEntries(
        SURFACES.map((s) => [s, { type: "string", pattern: HEX64, patternErrorMessage: "must be a full SHA-256 (64 lower-case hex characters)" }])
      )
    },
    artifacts: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["surface", "file", "id"],
        properties: {
          surface: { enum: [...SURFACES] },
          file: { type: "string", minLength: 1 },
          id: { type: "string", pattern: HEX64, patternErrorMessage: "must be a full SHA-256 (64 lower-case hex characters)" }
        }
      }
    }
  }
};
function modelRef(side) {
  const { id, version } = side.manifest.model;
  return version !== void 0 ? `${id}@${version}` : id;
}
function buildLock(side, ids = surfaceIds(side)) {
  const folder = posix.dirname(side.manifestPath);
  const artifacts = {};
  for (const a of ids.artifacts) artifacts[a.name] = { surface: a.surface, file: posix.relative(folder, a.file) || posix.basename(a.file), id: a.id };
  return {
    lockfileVersion: LOCKFILE_VERSION,
    service: side.manifest.service,
    model: { protocol: side.manifest.model.protocol, ref: modelRef(side), pinned: checkModelPin(side.manifest.model, side.manifest.versioning?.pins).pinned },
    surfaces: ids.surfaces,
    artifacts
  };
}
function serializeLock(lock) {
  return `${JSON.stringify(lock, null, 2)}
`;
}
var shapeValidator;
async function parseLock(text, file) {
  const json = parseJsonFile(text, file);
  await loadAjv();
  shapeValidator ??= new (ajvModules()).Ajv2020({ allErrors: true, verbose: true, keywords: ["patternErrorMessage"] }).compile(LOCK_SHAPE);
  if (!shapeValidator(json.value)) checkShape(json, [], json.value, shapeValidator.errors ?? [], `${file} is not a shadowgate lock`);
  const lock = json.value;
  if (lock.lockfileVersion !== LOCKFILE_VERSION) {
    throw new UserError(
      `lockfileVersion ${lock.lockfileVersion} is not one this shadowgate reads (${LOCKFILE_VERSION})`,
      json.locate(["lockfileVersion"]),
      "regenerate it with `shadowgate lock`"
    );
  }
  return { lock, json };
}
function staleEntries(lock, side, ids = surfaceIds(side)) {
  const folder = posix.dirname(side.manifestPath);
  const out = [];
  const current = new Map(ids.artifacts.map((a) => [a.name, a]));
  for (const [name, locked] of Object.entries(lock.artifacts)) {
    const now = current.get(name);
    if (!now) out.push({ name, change: "removed", file: posix.join(folder, locked.file), locked: locked.id });
    else if (now.id !== locked.id) out.push({ name, change: "changed", file: now.file, locked: locked.id, current: now.id });
  }
  for (const [name, now] of current) if (!(name in lock.artifacts)) out.push({ name, change: "added", file: now.file, current: now.id });
  return out;
}
function describe(e) {
  if (e.change === "changed") return `${e.file} changed (${e.name} ${shortId(e.locked)} \u2192 ${shortId(e.current)})`;
  if (e.change === "added") return `${e.file} is new (${e.name} is not in the lock)`;
  return `${e.file} no longer provides ${e.name}`;
}
function verifyLock(lock, json, side) {
  const ids = surfaceIds(side);
  const hint = `run \`shadowgate lock\` and commit ${json.file} with the change`;
  if (lock.service !== side.manifest.service) {
    throw new UserError(`${json.file} is the lock of service "${lock.service}", not "${side.manifest.service}"`, json.locate(["service"]), hint);
  }
  const stale = staleEntries(lock, side, ids);
  if (stale.length > 0) {
    const first = stale[0];
    const where = first.change === "added" ? json.locate(["artifacts"], true) : json.locate(["artifacts", first.name, "id"]);
    throw new UserError(`${json.file} is stale: ${stale.map(describe).join("; ")}`, where, hint);
  }
  const model = buildLock(side, ids).model;
  for (const field of ["protocol", "ref"]) {
    if (lock.model[field] !== model[field]) {
      throw new UserError(
        `${json.file}: model.${field} says ${JSON.stringify(lock.model[field])}, the manifest ${JSON.stringify(model[field])} (the lock was edited by hand)`,
        json.locate(["model", field]),
        hint
      );
    }
  }
  for (const surface of SURFACES) {
    if (lock.surfaces[surface] !== ids.surfaces[surface]) {
      throw new UserError(
        `${json.file}: surfaces.${surface} does not match its artifacts (the lock was edited by hand)`,
        json.locate(["surfaces", surface]),
        hint
      );
    }
  }
}
async function readLockOf(side, repoRoot) {
  const file = lockPathFor(side.manifestPath);
  let text;
  if (side.ref === "worktree") {
    try {
      text = await readFile(join(repoRoot, file), "utf8");
    } catch (e) {
      if (e.code !== "ENOENT")
        throw new UserError(`cannot read ${file} (${e.code ?? String(e)})`, { file });
    }
  } else {
    text = await readAtRef(repoRoot, side.ref, file);
  }
  return text === void 0 ? void 0 : { file, text };
}
async function checkLockOf(side, repoRoot) {
  const found = await readLockOf(side, repoRoot);
  if (!found) return void 0;
  const { lock, json } = await parseLock(found.text, found.file);
  verifyLock(lock, json, side);
  return found.file;
}

// src/versioning/compat.ts
var HANDLED_KEYWORDS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "examples",
  "default",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$schema",
  "$id",
  "$defs",
  "definitions",
  "additionalProperties",
  "properties",
  "required",
  "type",
  "enum",
  "const",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minProperties",
  "maxProperties",
  "anyOf",
  "oneOf",
  "allOf",
  "$ref",
  "nullable"
]);
var TYPES = ["null", "boolean", "object", "array", "number", "integer", "string"];
function typeOfValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function resolveRef(schema, root, depth = 0) {
  if (typeof schema !== "object" || typeof schema.$ref !== "string" || depth > 32) return schema;
  const ref = schema.$ref;
  if (!ref.startsWith("#")) return true;
  let target = root;
  for (const raw of ref.slice(1).split("/").filter(Boolean)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    target = target !== null && typeof target === "object" ? target[decodeURIComponent(key)] : void 0;
  }
  if (typeof target !== "boolean" && (target === null || typeof target !== "object")) return true;
  const { $ref: _ref, ...rest } = schema;
  const resolved = resolveRef(target, root, depth + 1);
  return Object.keys(rest).length && typeof resolved === "object" ? { ...resolved, ...rest } : resolved;
}
function typesOf(s) {
  let types;
  if (typeof s.type === "string") types = /* @__PURE__ */ new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type);
  if (s.nullable === true && types) types.add("null");
  const values = valuesOf(s);
  if (values) {
    const fromValues = new Set(values.map(typeOfValue));
    types = types ? new Set([...fromValues].filter((t) => types.has(t) || t === "integer" && types.has("number"))) : fromValues;
  }
  return types;
}
function valuesOf(s) {
  if ("const" in s) return [s.const];
  if (Array.isArray(s.enum)) return s.enum;
  return void 0;
}
function admits(types, type) {
  return !types || types.has(type) || type === "integer" && types.has("number");
}
function listTypes(types) {
  return types ? [...types].sort().join(" | ") : "any";
}
function show(path) {
  return path === "" ? "the parameters" : `\`${path}\``;
}
function join2(path, key) {
  return path === "" ? key : `${path}.${key}`;
}
function add(w, rule, path, message) {
  w.problems.push({ rule, path, message });
}
function boundProblem(w, path, keyword, wideValue, narrowValue, lower) {
  const wv = typeof wideValue === "number" ? wideValue : void 0;
  const nv = typeof narrowValue === "number" ? narrowValue : void 0;
  if (wv === void 0) return;
  const tighter = nv === void 0 || (lower ? wv > nv : wv < nv);
  if (tighter) {
    add(
      w,
      "bound-tightened",
      path,
      `${show(path)}: ${w.wide.name} has ${keyword} ${wv}, which ${w.narrow.name} ${nv === void 0 ? "do not have" : `have as ${nv}`}`
    );
  }
}
function compare(w, wideIn, narrowIn, path) {
  const wide = resolveRef(wideIn, w.wide.root);
  const narrow = resolveRef(narrowIn, w.narrow.root);
  if (wide === true || narrow === false) return;
  if (wide === false) {
    add(w, "property-not-allowed", path, `${show(path)}: ${w.wide.name} allows nothing here`);
    return;
  }
  const n = narrow === true ? {} : narrow;
  const key = `${canonicalJson(wide)}\0${canonicalJson(n)}`;
  if (w.seen.has(key)) return;
  w.seen.add(key);
  if (canonicalJson(stripAnnotations(wide)) === canonicalJson(stripAnnotations(n)) && !hasRef(wide) && !hasRef(n)) return;
  const narrowAlternatives = n.anyOf ?? n.oneOf;
  if (Array.isArray(narrowAlternatives)) {
    const { anyOf: _a, oneOf: _o, ...base } = n;
    for (const alternative of narrowAlternatives) compare(w, wide, merge(base, alternative, w.narrow.root), path);
    return;
  }
  const wideAlternatives = wide.anyOf ?? wide.oneOf;
  if (Array.isArray(wideAlternatives)) {
    const { anyOf: _a, oneOf: _o, ...base } = wide;
    const attempts = wideAlternatives.map((alternative) => {
      const trial = { ...w, problems: [], seen: new Set(w.seen) };
      compare(trial, merge(base, alternative, w.wide.root), n, path);
      return trial.problems;
    });
    const fitting = attempts.find((p) => p.length === 0);
    if (!fitting) w.problems.push(...attempts.sort((a, b) => a.length - b.length)[0] ?? []);
    return;
  }
  if (Array.isArray(wide.allOf)) {
    const { allOf, ...base } = wide;
    for (const part of [base, ...allOf]) compare(w, part, n, path);
    return;
  }
  if (Array.isArray(n.allOf)) {
    const { allOf, ...base } = n;
    const merged = allOf.reduce((acc, part) => merge(acc, part, w.narrow.root), base);
    compare(w, wide, merged, path);
    return;
  }
  for (const k of /* @__PURE__ */ new Set([...Object.keys(wide), ...Object.keys(n)])) {
    if (HANDLED_KEYWORDS.has(k)) continue;
    if (canonicalJson(wide[k]) !== canonicalJson(n[k])) {
      add(w, "unproven", path, `${show(path)}: \`${k}\` differs between the schemas and is not checked structurally`);
    }
  }
  const wideTypes = typesOf(wide);
  const narrowTypes = typesOf(n);
  const narrowValues = valuesOf(n);
  const wideValues = valuesOf(wide);
  if (wideTypes) {
    const outside = narrowTypes ? [...narrowTypes].filter((t) => !admits(wideTypes, t)) : TYPES.filter((t) => !admits(wideTypes, t));
    if (outside.length > 0) {
      add(
        w,
        "type-changed",
        path,
        `${show(path)}: ${w.wide.name} takes ${listTypes(wideTypes)}, ${w.narrow.name} may send ${narrowTypes ? listTypes(narrowTypes) : "any type"}`
      );
      return;
    }
  }
  if (wideValues) {
    if (!narrowValues) {
      add(
        w,
        "enum-changed",
        path,
        `${show(path)}: ${w.wide.name} takes only ${wideValues.map((v) => JSON.stringify(v)).join(", ")}; ${w.narrow.name} may send any value`
      );
    } else {
      const keys = new Set(wideValues.map((v) => canonicalJson(v)));
      const missing = narrowValues.filter((v) => !keys.has(canonicalJson(v)));
      if (missing.length > 0) {
        add(
          w,
          "enum-changed",
          path,
          `${show(path)}: ${w.wide.name} does not take ${missing.map((v) => JSON.stringify(v)).join(", ")}, which ${w.narrow.name} may send`
        );
      }
    }
    return;
  }
  if (narrowValues) return;
  const may = (type) => admits(narrowTypes, type) && admits(wideTypes, type);
  if (may("object")) compareObjects(w, wide, n, path);
  if (may("array")) compareArrays(w, wide, n, path);
  if (may("string")) {
    boundProblem(w, path, "minLength", wide.minLength, n.minLength, true);
    boundProblem(w, path, "maxLength", wide.maxLength, n.maxLength, false);
    if (wide.pattern !== void 0 && wide.pattern !== n.pattern) {
      add(
        w,
        "pattern-changed",
        path,
        `${show(path)}: ${w.wide.name} requires the pattern ${JSON.stringify(wide.pattern)}${n.pattern !== void 0 ? ` instead of ${JSON.stringify(n.pattern)}` : ""}`
      );
    }
    if (wide.format !== void 0 && wide.format !== n.format) {
      add(
        w,
        "format-changed",
        path,
        `${show(path)}: ${w.wide.name} requires the format ${String(wide.format)}${n.format !== void 0 ? ` instead of ${String(n.format)}` : ""}`
      );
    }
  }
  if (may("number") || may("integer")) {
    boundProblem(w, path, "minimum", wide.minimum, n.minimum ?? n.exclusiveMinimum, true);
    boundProblem(w, path, "maximum", wide.maximum, n.maximum ?? n.exclusiveMaximum, false);
    boundProblem(
      w,
      path,
      "exclusiveMinimum",
      wide.exclusiveMinimum,
      n.exclusiveMinimum ?? (typeof n.minimum === "number" ? n.minimum - Number.EPSILON : void 0),
      true
    );
    boundProblem(
      w,
      path,
      "exclusiveMaximum",
      wide.exclusiveMaximum,
      n.exclusiveMaximum ?? (typeof n.maximum === "number" ? n.maximum + Number.EPSILON : void 0),
      false
    );
    if (wide.multipleOf !== void 0 && !(typeof n.multipleOf === "number" && typeof wide.multipleOf === "number" && Number.isInteger(n.multipleOf / wide.multipleOf))) {
      add(w, "bound-tightened", path, `${show(path)}: ${w.wide.name} requires a multiple of ${String(wide.multipleOf)}`);
    }
  }
}
function hasRef(s) {
  return JSON.stringify(s).includes('"$ref"');
}
function stripAnnotations(s) {
  if (Array.isArray(s)) return s.map((v) => v !== null && typeof v === "object" ? stripAnnotations(v) : v);
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === "title" || k === "description" || k === "examples" || k === "$comment" || k === "default" || k === "deprecated") continue;
    out[k] = v !== null && typeof v === "object" ? stripAnnotations(v) : v;
  }
  return out;
}
function merge(base, alternative, root) {
  const resolved = resolveRef(alternative, root);
  if (typeof resolved === "boolean") return Object.keys(base).length === 0 || resolved === false ? resolved : base;
  const out = { ...base, ...resolved };
  if (base.properties && resolved.properties) out.properties = { ...base.properties, ...resolved.properties };
  if (Array.isArray(base.required) || Array.isArray(resolved.required)) {
    out.required = [.../* @__PURE__ */ new Set([...base.required ?? [], ...resolved.required ?? []])];
  }
  return out;
}
function compareObjects(w, wide, n, path) {
  const wideProps = wide.properties ?? {};
  const narrowProps = n.properties ?? {};
  const narrowRequired = new Set(n.required ?? []);
  for (const name of wide.required ?? []) {
    if (!narrowRequired.has(name)) {
      add(w, "required-added", join2(path, name), `${show(join2(path, name))} is required by ${w.wide.name}, and ${w.narrow.name} may leave it out`);
    }
  }
  for (const [name, schema] of Object.entries(narrowProps)) {
    const here = join2(path, name);
    if (name in wideProps) {
      compare(w, wideProps[name], schema, here);
    } else if (wide.additionalProperties === false) {
      add(w, "property-not-allowed", here, `${show(here)} is not allowed by ${w.wide.name} (additionalProperties: false), and ${w.narrow.name} may send it`);
    } else if (wide.additionalProperties !== void 0 && wide.additionalProperties !== true) {
      compare(w, wide.additionalProperties, schema, here);
    }
  }
  if (n.additionalProperties !== void 0 && n.additionalProperties !== false && typeof n.additionalProperties === "object" && wide.additionalProperties === false) {
    add(w, "property-not-allowed", path, `${show(path)}: ${w.narrow.name} may send extra properties, which ${w.wide.name} does not allow`);
  }
  boundProblem(w, path, "minProperties", wide.minProperties, n.minProperties, true);
  boundProblem(w, path, "maxProperties", wide.maxProperties, n.maxProperties, false);
}
function compareArrays(w, wide, n, path) {
  const here = `${path}[]`;
  const widePrefix = wide.prefixItems ?? [];
  const narrowPrefix = n.prefixItems ?? [];
  const length = Math.max(widePrefix.length, narrowPrefix.length);
  for (let i = 0; i < length; i++) {
    compare(w, widePrefix[i] ?? wide.items ?? true, narrowPrefix[i] ?? n.items ?? true, `${path}[${i}]`);
  }
  if (wide.items !== void 0) compare(w, wide.items, n.items ?? true, here);
  boundProblem(w, path, "minItems", wide.minItems, n.minItems, true);
  boundProblem(w, path, "maxItems", wide.maxItems, n.maxItems, false);
  if (wide.uniqueItems === true && n.uniqueItems !== true) {
    add(w, "bound-tightened", path, `${show(path)}: ${w.wide.name} requires unique items, which ${w.narrow.name} may repeat`);
  }
}
function problems(wide, narrow) {
  const w = { wide, narrow, problems: [], seen: /* @__PURE__ */ new Set() };
  compare(w, wide.root, narrow.root, "");
  const unique = new Map(w.problems.map((p) => [`${p.rule} ${p.path} ${p.message}`, p]));
  return [...unique.values()];
}
function classify(backward, forward) {
  if (backward.length === 0 && forward.length === 0) return "FULL";
  if (backward.length === 0) return "BACKWARD";
  if (forward.length === 0) return "FORWARD";
  return "BREAKING";
}
function compareSchemas(base, head) {
  const backward = problems({ root: head, name: "the new schema" }, { root: base, name: "old calls" });
  const forward = problems({ root: base, name: "the old schema" }, { root: head, name: "new calls" });
  const cls = classify(backward, forward);
  const reason = cls === "FULL" ? "old and new calls are accepted by both schemas" : cls === "BACKWARD" ? `the new schema accepts old calls, but the old implementation rejects new ones: ${forward[0].message}` : cls === "FORWARD" ? `the old implementation accepts new calls, but the new schema rejects old ones: ${backward[0].message}` : `neither side accepts the other's calls: ${backward[0].message}; ${forward[0].message}`;
  return { class: cls, backward, forward, reason };
}
function meets(actual, level) {
  if (level === "NONE" || actual === "FULL") return true;
  return actual === level;
}
function compareTools(base, head, files) {
  const baseByName = new Map(base.map((t, i) => [t.name, { tool: t, file: files?.base[i] }]));
  const headByName = new Map(head.map((t, i) => [t.name, { tool: t, file: files?.head[i] }]));
  const out = [];
  const removed = [...baseByName.keys()].filter((n) => !headByName.has(n));
  const added = [...headByName.keys()].filter((n) => !baseByName.has(n));
  const renamedTo = /* @__PURE__ */ new Map();
  for (const old of removed) {
    const b = baseByName.get(old);
    const match = added.find((n) => {
      const h = headByName.get(n);
      return ![...renamedTo.values()].includes(n) && (b.file !== void 0 && b.file === h.file || canonicalJson(h.tool.parameters) === canonicalJson(b.tool.parameters));
    });
    if (match) renamedTo.set(old, match);
  }
  for (const [name, { tool }] of baseByName) {
    const now = headByName.get(name);
    if (now) {
      const c = compareSchemas(tool.parameters, now.tool.parameters);
      const same = canonicalJson(tool) === canonicalJson(now.tool);
      out.push({
        tool: name,
        change: same ? "unchanged" : "changed",
        class: c.class,
        reason: same ? "unchanged" : c.reason,
        backward: c.backward,
        forward: c.forward
      });
      continue;
    }
    const to = renamedTo.get(name);
    const problem = (message) => [{ rule: "tool-missing", path: "", message }];
    if (to) {
      out.push({
        tool: to,
        from: name,
        change: "renamed",
        class: "BREAKING",
        reason: `renamed from ${name} to ${to}: calls under one name reach no implementation under the other`,
        backward: problem(`the new tools have no ${name}, which old calls use`),
        forward: problem(`the old tools have no ${to}, which new calls use`)
      });
    } else {
      out.push({
        tool: name,
        change: "removed",
        class: "BREAKING",
        reason: `removed: old prompts still live in a canary call ${name}, which the new implementation no longer has`,
        backward: problem(`the new tools have no ${name}, which old calls use`),
        forward: []
      });
    }
  }
  for (const name of added) {
    if ([...renamedTo.values()].includes(name)) continue;
    out.push({
      tool: name,
      change: "added",
      class: "BACKWARD",
      reason: `added: an old implementation does not know ${name}, which new calls may use`,
      backward: [],
      forward: [{ rule: "tool-missing", path: "", message: `the old tools have no ${name}, which new calls may use` }]
    });
  }
  return out;
}
function migrationPath(change) {
  const first = [...change.backward, ...change.forward][0];
  if (change.change === "removed") {
    return `keep ${change.tool} while any live prompt may call it: 1) stop offering it in the new prompt, 2) finish the rollout so no old prompt is live, 3) remove it in a later change`;
  }
  if (change.change === "added") {
    return `deploy ${change.tool} to every tool implementation that serves during the rollout before the prompt that offers it goes out (old implementations then know it), or accept the change on the base branch first: versioning.tools.${change.tool}: BACKWARD`;
  }
  if (change.change === "renamed") {
    return `offer both ${change.from} and ${change.tool} (same implementation) until the rollout finishes, then remove ${change.from} in a later change`;
  }
  switch (first?.rule) {
    case "required-added":
      return `expand, migrate, contract: 1) add ${show(first.path)} as an optional property (old and new calls both pass), 2) roll out the prompt that sends it until no old prompt is live, 3) make it required in a later change`;
    case "property-not-allowed":
      return `expand, migrate, contract: 1) keep accepting ${show(first.path)} (optional, ignored if unused) while old calls exist, 2) roll out the callers that no longer send it, 3) remove it in a later change`;
    case "type-changed":
    case "enum-changed":
    case "format-changed":
    case "pattern-changed":
    case "bound-tightened":
      return `expand, migrate, contract: 1) accept both the old and the new values of ${show(first.path)} (widen the type or enum, or add a new property beside the old one), 2) roll out the callers, 3) narrow it in a later change`;
    default:
      return "make the change in steps that each keep old and new calls valid under both schemas: first widen what the implementation accepts, then roll out the callers, then narrow it";
  }
}

// src/versioning/review.ts
var DEFAULT_TOOL_COMPATIBILITY = "FULL";
function pinAllowList(base, head) {
  const before = base.manifest.versioning?.pins ?? {};
  const after = head.manifest.versioning?.pins ?? {};
  const allow = {};
  const added = [];
  for (const [protocol, patterns] of Object.entries(after)) {
    const known = new Set(before[protocol] ?? []);
    allow[protocol] = (patterns ?? []).filter((p) => known.has(p));
    for (const p of patterns ?? []) if (!known.has(p)) added.push(`${protocol}: ${p}`);
  }
  return { allow, added };
}
function reviewPin(base, head) {
  const { allow, added } = pinAllowList(base, head);
  const verdict = checkModelPin(head.manifest.model, allow);
  const extra = added.length > 0 ? { addedPatterns: added } : {};
  if (verdict.pinned || added.length === 0) return { ...verdict, ...extra };
  const own = checkModelPin(head.manifest.model, head.manifest.versioning?.pins);
  if (!own.pinned) return { ...verdict, ...extra };
  return { ...verdict, reason: `${verdict.reason} (the pattern the pull request adds to versioning.pins applies only once merged)`, ...extra };
}
function addedPinText(patterns) {
  return `the pull request adds to versioning.pins ${patterns.join(", ")}; models it accepts as pinned are judged by the base branch's patterns until this is merged`;
}
function requiredLevel(side, tool) {
  const v = side.manifest.versioning;
  return v?.tools?.[tool] ?? v?.toolCompatibility ?? DEFAULT_TOOL_COMPATIBILITY;
}
function globalLevel(side) {
  return side.manifest.versioning?.toolCompatibility ?? DEFAULT_TOOL_COMPATIBILITY;
}
function accepted(level) {
  if (level === "NONE") return /* @__PURE__ */ new Set(["FULL", "BACKWARD", "FORWARD", "BREAKING"]);
  return /* @__PURE__ */ new Set(["FULL", level]);
}
function isLowered(before, after) {
  const allowed = accepted(before);
  return [...accepted(after)].some((c) => !allowed.has(c));
}
function stricterLevel(a, b) {
  if (a === b || b === "NONE") return a;
  if (a === "NONE") return b;
  return "FULL";
}
function requiredLevelFor(base, head, tool) {
  return stricterLevel(requiredLevel(base, tool), requiredLevel(head, tool));
}
function loweredLevels(base, head) {
  const out = [];
  const [before, after] = [globalLevel(base), globalLevel(head)];
  if (isLowered(before, after)) out.push({ setting: "versioning.toolCompatibility", before, after });
  const globalLowered = out.length > 0;
  const named = /* @__PURE__ */ new Set([...Object.keys(base.manifest.versioning?.tools ?? {}), ...Object.keys(head.manifest.versioning?.tools ?? {})]);
  for (const tool of [...named].sort()) {
    const [b, a] = [requiredLevel(base, tool), requiredLevel(head, tool)];
    if (!isLowered(b, a)) continue;
    if (globalLowered && head.manifest.versioning?.tools?.[tool] === void 0) continue;
    out.push({ setting: `versioning.tools.${tool}`, tool, before: b, after: a });
  }
  return out;
}
function loweringText(l) {
  return `the pull request lowers ${l.setting} from ${l.before} to ${l.after}; the base branch's ${l.before} still applies to this pull request and the lower level only to later ones, once this is merged`;
}
function modelRef2(side) {
  const { id, version } = side.manifest.model;
  return version !== void 0 ? `${id}@${version}` : id;
}
function toolFailure(t) {
  const name = t.from ? `${t.from} \u2192 ${t.tool}` : t.tool;
  return `tool ${name}: ${t.class} change, below the required ${t.required}${candidateNote(t)} (${t.reason}); migration: ${t.migration}${evidence(t)}`;
}
function candidateNote(t) {
  return t.candidateLevel ? ` of the base branch (the pull request's ${t.candidateLevel} applies only once merged)` : "";
}
function evidence(t) {
  const r = t.replayed;
  if (!r) return "";
  return `; replayed: ${r.oldRejectedByNew} of ${r.oldCalls} old calls rejected by the new schema, ${r.newRejectedByOld} of ${r.newCalls} new calls by the old one`;
}
function reviewVersions(base, head, options = {}) {
  const before = surfaceIds(base);
  const after = surfaceIds(head);
  const surfaces = Object.fromEntries(SURFACES.map((s) => [s, { before: before.surfaces[s], after: after.surfaces[s] }]));
  const artifacts = [];
  const old = new Map(before.artifacts.map((a) => [a.name, a]));
  for (const a of after.artifacts) {
    const b = old.get(a.name);
    if (b?.id !== a.id) artifacts.push({ name: a.name, surface: a.surface, file: a.file, ...b ? { before: b.id } : {}, after: a.id });
    old.delete(a.name);
  }
  for (const b of old.values()) artifacts.push({ name: b.name, surface: b.surface, file: b.file, before: b.id });
  const pinVerdict = reviewPin(base, head);
  const pin = { ...pinVerdict, ref: modelRef2(head), before: modelRef2(base) };
  const tools = compareTools(base.tools, head.tools, { base: base.manifest.tools?.schemas ?? [], head: head.manifest.tools?.schemas ?? [] }).filter((c) => c.change !== "unchanged").map((c) => {
    const required = requiredLevelFor(base, head, c.tool);
    const own = requiredLevel(head, c.tool);
    const ok = c.change !== "removed" && c.change !== "renamed" && meets(c.class, required);
    return { ...c, required, ...isLowered(required, own) ? { candidateLevel: own } : {}, ok, ...ok ? {} : { migration: migrationPath(c) } };
  });
  const lowered = loweredLevels(base, head);
  const review = {
    surfaces,
    artifacts,
    pin,
    tools,
    ...options.lock ? { lock: options.lock } : {},
    failures: [],
    ...lowered.length > 0 ? { loweredLevels: lowered } : {}
  };
  review.failures = failuresOf(review);
  return review;
}
function failuresOf(review) {
  const out = review.tools.filter((t) => !t.ok).map(toolFailure);
  if (!review.pin.pinned) out.push(`model ${review.pin.ref} is not pinned: ${review.pin.reason}${review.pin.hint ? ` \u2014 ${review.pin.hint}` : ""}`);
  return out;
}
function addReplayEvidence(review, calls) {
  const byTool = new Map(calls.map((c) => [c.tool, c]));
  for (const t of review.tools) {
    const seen = byTool.get(t.tool) ?? (t.from ? byTool.get(t.from) : void 0);
    if (seen) t.replayed = seen;
  }
  review.failures = failuresOf(review);
  return review;
}
function applyReview(judgement, review) {
  if (review.failures.length === 0) return judgement;
  return { ...judgement, verdict: "fail", exitCode: EXIT_CODES.fail, reasons: [...review.failures.map((f) => `FAIL (versioning) ${f}`), ...judgement.reasons] };
}
function hostOf(side) {
  try {
    return new URL(side.manifestEndpoint ?? side.manifest.model.endpoint).host;
  } catch {
    return side.manifestEndpoint ?? side.manifest.model.endpoint;
  }
}
function withIds(changes, review, sides) {
  return changes.map((c) => {
    const ids = review.surfaces[c.surface];
    const changed = ids.before !== ids.after;
    const files = changed ? [.../* @__PURE__ */ new Set([...c.files, ...review.artifacts.filter((a) => a.surface === c.surface).map((a) => a.file)])] : [];
    const row = { ...c, changed, files, ids };
    if (c.surface === "model" && changed && c.before === c.after && sides && hostOf(sides.base) !== hostOf(sides.head)) {
      row.before = `${c.before} at ${hostOf(sides.base)}`;
      row.after = `${c.after} at ${hostOf(sides.head)}`;
    }
    return row;
  });
}

export {
  checkModelPin,
  buildLock,
  serializeLock,
  parseLock,
  verifyLock,
  readLockOf,
  checkLockOf,
  addedPinText,
  loweringText,
  candidateNote,
  reviewVersions,
  addReplayEvidence,
  applyReview,
  withIds
};
