import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-5UUU4TCK.js";
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// src/kube/refusal.ts
var REFUSAL_EXIT_CODES = {
  "not-ready": EXIT.notReady,
  "lease-held": EXIT.leaseHeld,
  permission: EXIT.permission,
  "service-state": EXIT.serviceState,
  unreachable: EXIT.unreachable,
  "outside-window": EXIT.outsideWindow
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
