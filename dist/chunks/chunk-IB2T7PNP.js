import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:path?dirname
var builtin = process.getBuiltinModule("node:path");
var dirname = builtin.dirname;

export {
  dirname
};
