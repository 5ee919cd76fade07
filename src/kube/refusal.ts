// Why a Kubernetes command refused to act, as a kind with its own exit code, so a workflow (or a person)
// can tell "wait and retry" from "fix the setup" without parsing messages.
import { EXIT } from '../core/exit.ts';
import { UserError } from '../errors.ts';
import type { SourceLocation } from '../types.ts';

export type RefusalKind =
  /** A slot that would take traffic is not rolled out and ready (promote's target, rollback's destination). */
  | 'not-ready'
  /** Another run holds the deployment Lease. */
  | 'lease-held'
  /** The API server rejected the credentials or the identity lacks a permission of deploy/rbac/role.yaml. */
  | 'permission'
  /** The Service is not where the command expected it (changed by someone else, or not under shadowgate's control). */
  | 'service-state'
  /** The Kubernetes API could not be reached. */
  | 'unreachable'
  /** Outside the manifest's deployment windows (deploy.windows); rollback and abort are never refused so. */
  | 'outside-window';

/** Each refusal kind has its own exit code (the table is src/core/exit.ts). */
export const REFUSAL_EXIT_CODES: Readonly<Record<RefusalKind, number>> = {
  'not-ready': EXIT.notReady,
  'lease-held': EXIT.leaseHeld,
  permission: EXIT.permission,
  'service-state': EXIT.serviceState,
  unreachable: EXIT.unreachable,
  'outside-window': EXIT.outsideWindow,
};

export class KubeRefusal extends UserError {
  readonly kind: RefusalKind;
  constructor(kind: RefusalKind, message: string, location?: SourceLocation, hint?: string) {
    super(message, location, hint);
    this.name = 'KubeRefusal';
    this.kind = kind;
  }

  get exitCode(): number {
    return REFUSAL_EXIT_CODES[this.kind];
  }
}

export function isKubeRefusal(e: unknown): e is KubeRefusal {
  return e instanceof KubeRefusal;
}
