import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// node-builtin:node:readline?createInterface
var builtin = process.getBuiltinModule("node:readline");
var createInterface = builtin.createInterface;

// node-builtin:node:http?default
var builtin2 = process.getBuiltinModule("node:http");
var node_http_default = builtin2;

// node-builtin:node:timers/promises?setTimeout
var builtin3 = process.getBuiltinModule("node:timers/promises");
var setTimeout = builtin3.setTimeout;

export {
  createInterface,
  node_http_default,
  setTimeout
};
