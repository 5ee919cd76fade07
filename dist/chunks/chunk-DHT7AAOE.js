import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  shortId,
  surfaceIds
} from "./chunk-EVE2IKAV.js";

// src/versioning/release-ids.ts
var RELEASE_ID_KEYS = ["model", "modelId", "prompt", "tools", "context"];
function releaseIds(side) {
  const ids = surfaceIds(side).surfaces;
  return {
    model: `${side.manifest.model.id}${side.manifest.model.version ? `@${side.manifest.model.version}` : ""}`,
    modelId: shortId(ids.model),
    prompt: shortId(ids.prompt),
    tools: shortId(ids.tools),
    context: shortId(ids.context)
  };
}

export {
  RELEASE_ID_KEYS,
  releaseIds
};
