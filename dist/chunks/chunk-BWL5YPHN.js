import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  RELEASE_ID_KEYS
} from "./chunk-DHT7AAOE.js";

// src/versioning/surface-changes.ts
var KEY = { model: "modelId", prompt: "prompt", tools: "tools", context: "context" };
function idOf(ids, surface) {
  if (!ids) return void 0;
  return ids[KEY[surface]] ?? (surface === "model" ? ids.model : void 0);
}
function surfaceChanges(stable, candidate) {
  return ["model", "prompt", "tools", "context"].map((surface) => {
    const old = idOf(stable, surface);
    const now = idOf(candidate, surface);
    const change = old === void 0 || now === void 0 ? "unknown" : old === now ? "unchanged" : "changed";
    return { surface, ...old !== void 0 ? { old } : {}, ...now !== void 0 ? { new: now } : {}, change };
  });
}
function describeSurfaceChange(c) {
  if (c.change === "unchanged") return `${c.surface} unchanged (${c.new})`;
  return `${c.surface} ${c.old ?? "unknown"} \u2192 ${c.new ?? "unknown"}`;
}
function describeSurfaceChanges(changes) {
  return changes.map(describeSurfaceChange).join(", ");
}
function sameRelease(a, b) {
  if (!a || !b) return true;
  return RELEASE_ID_KEYS.every((key) => a[key] === b[key]);
}

export {
  surfaceChanges,
  describeSurfaceChange,
  describeSurfaceChanges,
  sameRelease
};
