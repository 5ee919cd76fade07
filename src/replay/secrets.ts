// Credential values never appear in logs, reports, comments or error messages: every text a run
// produces passes through a redactor that knows the values it sent.
import { UserError } from '../errors.ts';
import type { Log } from '../log.ts';

export const REDACTED = '***';

/**
 * Values shorter than this are not redacted: replacing every "ab" in a report would wreck it, and a
 * credential that short protects nothing anyway.
 */
export const minRedactedLength = 4;

export type Redact = (text: string) => string;

/** Replaces every occurrence of each value (longest first, so one that contains another goes whole). */
export function redactor(values: Iterable<string>): Redact {
  const secrets = [...new Set(values)].filter((v) => v.length >= minRedactedLength).sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  };
}

/**
 * A copy of a JSON-like value with every string (keys included) redacted. Typed arrays and other
 * non-plain objects (no strings to hide, often large per-pair data) are kept as they are.
 */
export function redactDeep<T>(value: T, redact: Redact): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return v;
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) out[redact(k)] = walk(inner);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

export function redactingLog(log: Log, redact: Redact): Log {
  return {
    get interactive() {
      return log.interactive;
    },
    info: (m) => log.info(redact(m)),
    warn: (m, w) => log.warn(redact(m), w),
    error: (m, w) => log.error(redact(m), w),
    debug: (m) => log.debug(redact(m)),
  };
}

/** The same error with its message (and hint, and stack) redacted. */
export function redactError(e: unknown, redact: Redact): unknown {
  if (e instanceof UserError) {
    const message = redact(e.message);
    const hint = e.hint === undefined ? undefined : redact(e.hint);
    if (message === e.message && hint === e.hint) return e;
    return new UserError(message, e.location, hint);
  }
  if (e instanceof Error) {
    e.message = redact(e.message);
    if (e.stack) e.stack = redact(e.stack);
  }
  return e;
}
