import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-4HYHTPLW.js";

// src/commands/exit.ts
var EXIT = { ok: 0, policy: 1, badInput: 2, outage: 8, internal: 70 };
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
  parseFailOn,
  verdictFails,
  policyExitCode
};
