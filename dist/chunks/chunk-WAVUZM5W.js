import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-4HYHTPLW.js";

// src/kube/refusal.ts
var REFUSAL_EXIT_CODES = {
  "not-ready": 3,
  "lease-held": 4,
  permission: 5,
  "service-state": 6,
  unreachable: 7,
  "outside-window": 9
};
var KubeRefusal = class extends UserError {
  kind;
  constructor(kind, message, location, hint) {
    super(message, location, hint);
    this.name = "KubeRefusal";
    this.kind = kind;
  }
  get exitCode() {
    return REFUSAL_EXIT_CODES[this.kind];
  }
};
function isKubeRefusal(e) {
  return e instanceof KubeRefusal;
}

export {
  REFUSAL_EXIT_CODES,
  KubeRefusal,
  isKubeRefusal
};
