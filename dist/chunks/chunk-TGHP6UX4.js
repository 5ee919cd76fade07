import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:path?isAbsolute,join
var builtin = process.getBuiltinModule("node:path");
var isAbsolute = builtin.isAbsolute;
var join = builtin.join;

export {
  isAbsolute,
  join
};
