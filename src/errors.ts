import type { SourceLocation } from './types.ts';

/**
 * An error the user can fix: bad manifest, dataset line, missing file, RBAC denial …
 * It carries where the problem is, so the CLI prints `file:line:col: message` and the
 * action turns it into an annotation on that line. Anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;
  constructor(message: string, location?: SourceLocation, hint?: string) {
    super(message);
    this.name = 'UserError';
    this.location = location;
    this.hint = hint;
  }

  /** `file:line:col: message` (parts omitted when unknown), plus the hint on its own line. */
  format(): string {
    const where = this.location ? `${[this.location.file, this.location.line, this.location.column].filter((p) => p !== undefined).join(':')}: ` : '';
    return `${where}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
