import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/kube/history.ts
var HISTORY_ANNOTATION = "shadowgate.dev/history";
var LIVE_SLOT_ANNOTATION = "shadowgate.dev/live-slot";
var RELEASE_ID_KEYS = ["model", "modelId", "prompt", "tools", "context"];
function idsOf(entry) {
  const ids = {};
  for (const key of RELEASE_ID_KEYS) if (typeof entry[key] === "string") ids[key] = entry[key];
  return Object.keys(ids).length > 0 ? ids : void 0;
}
function releaseOnSlot(history, slot, before = history.length) {
  for (let i = Math.min(before, history.length) - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry.to !== slot) continue;
    const ids = idsOf(entry);
    if (ids) return { ids, entry };
  }
  return void 0;
}
function describeIds(ids, previous) {
  const one = (key) => {
    const now = ids[key];
    if (now === void 0) return void 0;
    const then = previous?.[key];
    return then !== void 0 && then !== now ? `${then} \u2192 ${now}` : now;
  };
  const model = [one("model"), ids.modelId !== void 0 ? `[${one("modelId")}]` : void 0].filter(Boolean).join(" ");
  return [model && `model ${model}`, ...["prompt", "tools", "context"].map((k) => ids[k] !== void 0 ? `${k} ${one(k)}` : void 0)].filter(Boolean).join(", ");
}
function parseHistory(annotations) {
  const raw = annotations?.[HISTORY_ANNOTATION];
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e) => typeof e === "object" && e !== null && typeof e.id === "string" && typeof e.to === "string");
  } catch {
    return [];
  }
}
function appendHistory(history, entry, limit) {
  return [...history, entry].slice(-limit);
}
function promotionToRevert(history, runId) {
  const reverted = new Set(history.filter((e) => e.reverts).map((e) => e.reverts));
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry.action !== "promote") continue;
    if (runId !== void 0 && entry.runId !== runId) continue;
    return reverted.has(entry.id) ? void 0 : entry;
  }
  return void 0;
}

export {
  HISTORY_ANNOTATION,
  LIVE_SLOT_ANNOTATION,
  RELEASE_ID_KEYS,
  idsOf,
  releaseOnSlot,
  describeIds,
  parseHistory,
  appendHistory,
  promotionToRevert
};
