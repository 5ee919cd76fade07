import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:util?promisify
var builtin = process.getBuiltinModule("node:util");
var promisify = builtin.promisify;

export {
  promisify
};
