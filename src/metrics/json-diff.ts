// Structural comparison of parsed JSON values, reporting where two documents differ as JSON Pointers.

import { pointerToken } from './extract.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Pointers to the places where `a` and `b` differ: a key on one side only, a leaf with another value or
 * type, or an array of another length (reported at the array; equal-length arrays compare by index).
 * Object key order does not matter. At most `limit` pointers are returned.
 */
export function changedPaths(a: unknown, b: unknown, limit = 100): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) {
        out.push(path);
        return;
      }
      for (let i = 0; i < x.length; i++) walk(x[i], y[i], `${path}/${i}`);
      return;
    }
    if (isObject(x) && isObject(y)) {
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
        const child = `${path}/${pointerToken(key)}`;
        if (!Object.hasOwn(x, key) || !Object.hasOwn(y, key)) {
          if (out.length < limit) out.push(child);
        } else {
          walk(x[key], y[key], child);
        }
      }
      return;
    }
    if (!Object.is(x, y) && !(x === 0 && y === 0)) out.push(path);
  };
  walk(a, b, '');
  return out;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return changedPaths(a, b, 1).length === 0;
}
