import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-A7OMMFT7.js";

// node-builtin:node:http
var require_node_http = __commonJS({
  "node-builtin:node:http"(exports, module) {
    module.exports = process.getBuiltinModule("node:http");
  }
});

// node-builtin:node:https
var require_node_https = __commonJS({
  "node-builtin:node:https"(exports, module) {
    module.exports = process.getBuiltinModule("node:https");
  }
});

export {
  require_node_http,
  require_node_https
};
