import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-ZZ5I4CYG.js";

// src/core/exit.ts
var EXIT = {
  ok: 0,
  policy: 1,
  badInput: 2,
  notReady: 3,
  leaseHeld: 4,
  permission: 5,
  serviceState: 6,
  unreachable: 7,
  outage: 8,
  outsideWindow: 9,
  internal: 70,
  interrupted: 130,
  terminated: 143
};
var VERDICT_EXIT = { pass: EXIT.ok, warn: EXIT.ok, fail: EXIT.policy, inconclusive: EXIT.ok, error: EXIT.outage };
var FAIL_ON = ["fail", "warn", "never"];
function parseFailOn(value, name = "fail-on") {
  const v = (value ?? "").trim().toLowerCase() || "fail";
  if (FAIL_ON.includes(v)) return v;
  throw new UserError(`${name} must be one of ${FAIL_ON.join(", ")} (got "${value}")`, void 0, `set ${name} to fail, warn or never`);
}
function verdictFails(verdict, failOn) {
  if (verdict === "error") return true;
  if (failOn === "never") return false;
  if (failOn === "fail") return verdict === "fail";
  return verdict !== "pass";
}
function policyExitCode(verdict, failOn) {
  if (verdict === "error") return EXIT.outage;
  return verdictFails(verdict, failOn) ? EXIT.policy : EXIT.ok;
}

export {
  EXIT,
  VERDICT_EXIT,
  parseFailOn,
  verdictFails,
  policyExitCode
};
