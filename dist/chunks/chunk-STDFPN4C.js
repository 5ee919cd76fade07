import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/commands/exit.ts
var EXIT = { ok: 0, policy: 1, badInput: 2, internal: 70 };
function policyExitCode(verdict, failOn) {
  if (failOn === "never") return EXIT.ok;
  if (verdict === "fail") return EXIT.policy;
  if (verdict === "warn" && failOn === "warn") return EXIT.policy;
  return EXIT.ok;
}

export {
  EXIT,
  policyExitCode
};
