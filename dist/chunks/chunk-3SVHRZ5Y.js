import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:path?posix
var builtin = process.getBuiltinModule("node:path");
var posix = builtin.posix;

// src/manifest/lock-path.ts
function lockPathFor(manifestPath) {
  const dir = posix.dirname(manifestPath);
  const base = posix.basename(manifestPath).replace(/\.ya?ml$/i, "");
  return posix.join(dir, `${base}.lock`);
}

export {
  posix,
  lockPathFor
};
