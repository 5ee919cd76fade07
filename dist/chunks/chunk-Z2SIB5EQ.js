import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:fs/promises?mkdir,writeFile
var builtin = process.getBuiltinModule("node:fs/promises");
var mkdir = builtin.mkdir;
var writeFile = builtin.writeFile;

export {
  mkdir,
  writeFile
};
