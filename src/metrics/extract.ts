// Reading the compared value out of a normalised model answer: JSON, a label, or a number.

import type { ModelOutput, OutputSpec } from '../types.ts';

export type Parsed = { ok: true; value: unknown } | { ok: false };

/** Strict `JSON.parse` of the trimmed answer text: what a downstream consumer would accept. No fence stripping. */
export function parseJsonText(text: string | undefined): Parsed {
  if (text === undefined) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch {
    return { ok: false };
  }
}

/** Resolves an RFC 6901 JSON Pointer (`''` is the whole document). */
export function resolvePointer(document: unknown, pointer: string): Parsed {
  if (pointer === '') return { ok: true, value: document };
  if (!pointer.startsWith('/')) return { ok: false };
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return { ok: false };
      const index = Number(token);
      if (index >= current.length) return { ok: false };
      current = current[index];
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return { ok: false };
    }
  }
  return { ok: true, value: current };
}

/** Escapes one key for use as a JSON Pointer reference token. */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The value the label/numeric metrics compare: with `output.pointer`, the value at that pointer in the
 * parsed answer text (or in `ModelOutput.value` when there is no text); otherwise `ModelOutput.value`
 * when the protocol set one; otherwise the trimmed answer text.
 */
export function selectedValue(output: ModelOutput | undefined, spec: OutputSpec): Parsed {
  if (!output) return { ok: false };
  if (spec.pointer !== undefined) {
    const source =
      output.text !== undefined ? parseJsonText(output.text) : output.value !== undefined ? { ok: true as const, value: output.value } : { ok: false as const };
    return source.ok ? resolvePointer(source.value, spec.pointer) : source;
  }
  if (output.value !== undefined) return { ok: true, value: output.value };
  if (output.text !== undefined) return { ok: true, value: output.text.trim() };
  return { ok: false };
}

/** Label used when an answer yields none, so a candidate that stops answering shows up as flips. */
export const MISSING_LABEL = '(none)';

/** Labels are categories; a longer "label" (a misconfigured free-text answer) is cut so states stay small. */
export const MAX_LABEL_LENGTH = 100;

function asLabel(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? MISSING_LABEL : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A class label as a string; objects are compared by their JSON. */
export function extractLabel(output: ModelOutput | undefined, spec: OutputSpec): string {
  const selected = selectedValue(output, spec);
  if (!selected.ok || selected.value === undefined || selected.value === null) return MISSING_LABEL;
  const label = asLabel(selected.value);
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH)}…` : label;
}

/**
 * A numeric answer: `ModelOutput.value` / the value at `output.pointer` (numbers or numeric strings,
 * as KServe BYTES and http bodies carry them), else a single-element KServe tensor, else an answer
 * text that is just a number. Non-finite values count as unreadable.
 */
export function extractNumber(output: ModelOutput | undefined, spec: OutputSpec): number | undefined {
  if (!output) return undefined;
  const selected = selectedValue(output, spec);
  let candidate: unknown = selected.ok ? selected.value : undefined;
  if (candidate === undefined && spec.pointer === undefined) {
    const tensor = output.tensors?.[0];
    if (tensor && tensor.data.length === 1) candidate = tensor.data[0];
  }
  if (Array.isArray(candidate) && candidate.length === 1) candidate = candidate[0];
  if (typeof candidate === 'string' && candidate.trim() !== '') candidate = Number(candidate.trim());
  if (typeof candidate === 'boolean') candidate = candidate ? 1 : 0;
  return typeof candidate === 'number' && Number.isFinite(candidate) ? candidate : undefined;
}
