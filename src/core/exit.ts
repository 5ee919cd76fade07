import { UserError } from '../errors.ts';
import type { Verdict } from '../types.ts';

/**
 * Every exit code of the CLI and the action, in one table.
 * - `policy`: the verdict fails under the fail-on policy (or a check of the candidate failed).
 * - `notReady` … `outsideWindow`: a Kubernetes command refused to act (src/kube/refusal.ts names the kinds);
 *   nothing was changed.
 * - `outage`: too few pairs had both answers to compare (verdict `error`), whatever the fail-on policy.
 * - `interrupted`, `terminated`: stopped by SIGINT or SIGTERM (128 + the signal's number), after the partial
 *   reports.
 */
export const EXIT = {
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
  terminated: 143,
} as const;

/** The exit code a verdict carries in the report, before the fail-on policy is applied. */
export const VERDICT_EXIT: Readonly<Record<Verdict, number>> = { pass: EXIT.ok, warn: EXIT.ok, fail: EXIT.policy, inconclusive: EXIT.ok, error: EXIT.outage };

export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * The fail-on setting as the user wrote it (`--fail-on` on the command line, the `fail-on` input in a
 * workflow): empty means the default `fail`; case and surrounding spaces do not matter.
 */
export function parseFailOn(value: string | undefined, name = 'fail-on'): FailOn {
  const v = (value ?? '').trim().toLowerCase() || 'fail';
  if ((FAIL_ON as readonly string[]).includes(v)) return v as FailOn;
  throw new UserError(`${name} must be one of ${FAIL_ON.join(', ')} (got "${value}")`, undefined, `set ${name} to fail, warn or never`);
}

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
