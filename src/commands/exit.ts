import type { Verdict } from '../types.ts';

export const EXIT = { ok: 0, policy: 1, badInput: 2, internal: 70 } as const;

export type FailOn = 'fail' | 'warn' | 'never';

/** The step fails when the verdict is at least as bad as the fail-on policy; inconclusive never fails it. */
export function policyExitCode(verdict: Verdict, failOn: FailOn): number {
  if (failOn === 'never') return EXIT.ok;
  if (verdict === 'fail') return EXIT.policy;
  if (verdict === 'warn' && failOn === 'warn') return EXIT.policy;
  return EXIT.ok;
}
