import type { Verdict } from '../types.ts';

export const EXIT = { ok: 0, policy: 1, badInput: 2, internal: 70 } as const;

export type FailOn = 'fail' | 'warn' | 'never';

/**
 * The one fail-on policy of the CLI and the action. `fail`: only a failing verdict fails. `warn`: a warning
 * or an inconclusive verdict fails too (not enough evidence counts as not safe). `never`: report only.
 */
export function verdictFails(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'fail') return verdict === 'fail';
  return verdict !== 'pass';
}

export function policyExitCode(verdict: Verdict, failOn: FailOn): number {
  return verdictFails(verdict, failOn) ? EXIT.policy : EXIT.ok;
}
