import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:fs?existsSync
var builtin = process.getBuiltinModule("node:fs");
var existsSync = builtin.existsSync;

export {
  existsSync
};
