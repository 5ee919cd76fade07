import type { Verdict } from '../types.ts';

/** `outage`: too few pairs had both answers to compare (verdict `error`), whatever the fail-on policy. */
export const EXIT = { ok: 0, policy: 1, badInput: 2, outage: 3, internal: 70 } as const;

export type FailOn = 'fail' | 'warn' | 'never';

/**
 * The one fail-on policy of the CLI and the action. `fail`: only a failing verdict fails. `warn`: a warning
 * or an inconclusive verdict fails too (not enough evidence counts as not safe). `never`: report only.
 * An `error` verdict (an outage: nothing was compared) fails under every policy: it is no verdict on the
 * candidate, and a green check would claim one.
 */
export function verdictFails(verdict: Verdict, failOn: FailOn): boolean {
  if (verdict === 'error') return true;
  if (failOn === 'never') return false;
  if (failOn === 'fail') return verdict === 'fail';
  return verdict !== 'pass';
}

export function policyExitCode(verdict: Verdict, failOn: FailOn): number {
  if (verdict === 'error') return EXIT.outage;
  return verdictFails(verdict, failOn) ? EXIT.policy : EXIT.ok;
}
