// Loads the reference fixtures produced by test/fixtures/stats/generate.{py,R}.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const here = new URL('../fixtures/stats/', import.meta.url);

/** JSON with "NaN" / "Infinity" / "-Infinity" strings turned back into numbers. */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, here), 'utf8'), (_key, value: unknown) => {
    if (value === 'NaN') return NaN;
    if (value === 'Infinity') return Infinity;
    if (value === '-Infinity') return -Infinity;
    return value;
  }) as T;
}

/** |actual − expected| ≤ abs + rel·|expected|; equal infinities and NaNs pass. */
export function assertClose(actual: number, expected: number, message: string, rel = 1e-9, abs = 0): void {
  if (Number.isNaN(expected)) {
    assert.ok(Number.isNaN(actual), `${message}: expected NaN, got ${actual}`);
    return;
  }
  if (!Number.isFinite(expected)) {
    assert.equal(actual, expected, message);
    return;
  }
  const tolerance = abs + rel * Math.abs(expected);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message}: expected ${expected}, got ${actual} (tolerance ${tolerance})`);
}
