import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:path?join
var builtin = process.getBuiltinModule("node:path");
var join = builtin.join;

export {
  join
};
