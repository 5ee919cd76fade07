import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:crypto?createHash
var builtin = process.getBuiltinModule("node:crypto");
var createHash = builtin.createHash;

// src/core/canonical-json.ts
function canonicalJson(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

// src/versioning/ids.ts
var SURFACES = ["model", "prompt", "tools", "context"];
var SHORT_ID_LENGTH = 12;
function shortId(id) {
  return id.slice(0, SHORT_ID_LENGTH);
}
function sha256(kind, canonical) {
  return createHash("sha256").update(`shadowgate:${kind}:v1
`).update(canonical).digest("hex");
}
function canonicalTemplate(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n").map((line) => line.replace(/[ \t\f\v]+$/, "")).join("\n").replace(/\n+$/, "");
}
function endpointHost(endpoint) {
  try {
    return new URL(endpoint).host.toLowerCase();
  } catch {
    return endpoint;
  }
}
function canonicalModel(side) {
  const m = side.manifest.model;
  return canonicalJson({
    protocol: m.protocol,
    host: endpointHost(side.manifestEndpoint ?? m.endpoint),
    id: m.id,
    version: m.version,
    params: m.params,
    headers: m.headers,
    kserve: m.kserve,
    http: m.http
  });
}
function artifactIds(side) {
  const { manifest } = side;
  const out = [{ surface: "model", name: "model", file: side.manifestPath, id: sha256("model", canonicalModel(side)) }];
  for (const role of ["system", "user"]) {
    const text = role === "system" ? side.systemTemplate : side.userTemplate;
    const file = manifest.prompt?.[role];
    if (text !== void 0 && file !== void 0) {
      out.push({ surface: "prompt", name: `prompt.${role}`, file, id: sha256("prompt", canonicalTemplate(text)) });
    }
  }
  side.tools.forEach((tool, i) => {
    out.push({ surface: "tools", name: `tool:${tool.name}`, file: manifest.tools?.schemas[i] ?? side.manifestPath, id: sha256("tool", canonicalJson(tool)) });
  });
  if (manifest.tools && (manifest.tools.choice !== void 0 || manifest.tools.parallel !== void 0)) {
    const settings = canonicalJson({ choice: manifest.tools.choice, parallel: manifest.tools.parallel });
    out.push({ surface: "tools", name: "tools.settings", file: side.manifestPath, id: sha256("tools.settings", settings) });
  }
  if (manifest.context && (manifest.context.history || manifest.context.documents)) {
    out.push({ surface: "context", name: "context", file: side.manifestPath, id: sha256("context", canonicalJson(manifest.context)) });
  }
  return out;
}
function surfaceId(surface, artifacts) {
  const own = artifacts.filter((a) => a.surface === surface).map((a) => [a.name, a.id]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return sha256(`surface.${surface}`, canonicalJson(own));
}
function surfaceIds(side) {
  const artifacts = artifactIds(side);
  const surfaces = Object.fromEntries(SURFACES.map((s) => [s, surfaceId(s, artifacts)]));
  return { surfaces, artifacts };
}

export {
  createHash,
  canonicalJson,
  SURFACES,
  shortId,
  surfaceIds
};
