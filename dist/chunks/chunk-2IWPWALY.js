import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/commands/exit.ts
var EXIT = { ok: 0, policy: 1, badInput: 2, internal: 70 };
function verdictFails(verdict, failOn) {
  if (failOn === "never") return false;
  if (failOn === "fail") return verdict === "fail";
  return verdict !== "pass";
}
function policyExitCode(verdict, failOn) {
  return verdictFails(verdict, failOn) ? EXIT.policy : EXIT.ok;
}

export {
  EXIT,
  verdictFails,
  policyExitCode
};
