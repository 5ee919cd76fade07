import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  lockPathFor,
  posix
} from "./chunk-3SVHRZ5Y.js";
import "./chunk-A7OMMFT7.js";

// src/surfaces/changed.ts
function normal(path) {
  return posix.normalize(path.replace(/\\/g, "/").replace(/^\.\//, ""));
}
function filesOf(side) {
  const { manifest } = side;
  const out = [
    [side.manifestPath, "manifest"],
    [lockPathFor(side.manifestPath), "manifest"]
  ];
  if (manifest.prompt?.system) out.push([manifest.prompt.system, "prompt"]);
  if (manifest.prompt?.user) out.push([manifest.prompt.user, "prompt"]);
  for (const schema of manifest.tools?.schemas ?? []) out.push([schema, "tools"]);
  if (manifest.output.schema) out.push([manifest.output.schema, "output"]);
  out.push([manifest.shadow.dataset, "dataset"]);
  return out;
}
function relevantChanges(changedPaths, sides) {
  const index = /* @__PURE__ */ new Map();
  for (const side of sides) {
    if (!side) continue;
    for (const [path, part] of filesOf(side)) {
      const key = normal(path);
      if (!index.has(key)) index.set(key, /* @__PURE__ */ new Set());
      index.get(key).add(part);
    }
  }
  const touched = [];
  for (const path of new Set(changedPaths.map(normal))) {
    const parts = index.get(path);
    if (parts) touched.push({ path, parts: [...parts].sort() });
  }
  return { relevant: touched.length > 0, touched };
}
export {
  relevantChanges
};
