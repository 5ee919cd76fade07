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
 * The value with every string (keys included) redacted. Copy-on-write: parts with nothing to redact are
 * returned as they are, so a report's large per-pair arrays are neither copied nor reallocated. Typed
 * arrays and other non-plain objects hold no strings to hide and are kept too.
 */
export function redactDeep<T>(value: T, redact: Redact): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (Array.isArray(v)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'number' || typeof item === 'boolean' || item === null) continue;
        const out = walk(item);
        if (out !== item) (copy ??= v.slice())[i] = out;
      }
      return copy ?? v;
    }
    if (v !== null && typeof v === 'object') {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return v;
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) {
        const key = redact(k);
        const walked = walk(inner);
        if (key !== k || walked !== inner) changed = true;
        out[key] = walked;
      }
      return changed ? out : v;
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
