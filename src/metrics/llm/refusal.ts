// `llm.refusal_rate`: did the answer refuse. A refusal is the provider's refusal field (OpenAI's
// `message.refusal`), a `content_filter` finish, or answer text matching one of the refusal patterns.
// Paired binary ("pass" = refused), so the judge's exact McNemar test and paired interval apply.

import type { ModelOutput } from '../../types.ts';
import { binaryMetric, type ShadowMetric, type Verdict } from '../metric.ts';

const Q = "['\u2019]"; // ASCII or typographic apostrophe
/** "can't", "won't", "I'm unable to" …, after the subject (no space before an apostrophe). */
const CANT = `(?:\\s+(?:can${Q}?t|cannot|can not|won${Q}?t|will not|am unable to|am not able to)|${Q}m\\s+(?:unable|not able) to)`;

/**
 * Openings of common refusals in English. Matched case-insensitively against the start of the answer
 * (after whitespace), where assistants put them; answers that mention "I can't" mid-way stay answers.
 */
export const DEFAULT_REFUSAL_PATTERNS: readonly string[] = [
  `^\\s*(?:i${Q}?m|i am)\\s+(?:so\\s+|very\\s+|really\\s+)?sorry,?\\s+(?:but\\s+)?(?:i|we)${CANT}`,
  `^\\s*(?:i|we)${CANT}\\s+(?:help|assist|provide|comply|do that|fulfil|fulfill|answer|share|support|engage)`,
  `^\\s*(?:sorry|apologies|unfortunately),?\\s+(?:but\\s+)?(?:i|we)${CANT}`,
  `^\\s*as an ai(?: language model)?,? i(?:${CANT}|\\s+don${Q}?t)`,
];

export function compileRefusalPatterns(patterns: readonly string[] = DEFAULT_REFUSAL_PATTERNS): RegExp[] {
  return patterns.map((p) => new RegExp(p, 'iu'));
}

/** Why an answer is a refusal (`provider-field`, `content-filter`, `pattern N`), or undefined. */
export function refusalReason(output: ModelOutput | undefined, patterns: readonly RegExp[]): string | undefined {
  if (!output) return undefined;
  if (output.refusal !== undefined && output.refusal.trim() !== '') return 'provider-field';
  if (output.finishReason === 'content_filter') return 'content-filter';
  const text = output.text ?? '';
  const index = patterns.findIndex((p) => p.test(text));
  return index >= 0 ? `pattern ${index + 1}` : undefined;
}

export const refusalRate: ShadowMetric = binaryMetric({
  id: 'llm.refusal_rate',
  title: 'Refusal rate',
  unit: 'rate',
  badDirection: 'increase',
  detailsTitle: 'refusedBy',
  applies: (kind, ctx) => (kind === 'text' || kind === 'json' || kind === 'tool-calls') && ctx.llm?.refusalPatterns !== undefined,
  check(output, _side, ctx): Verdict {
    const reason = refusalReason(output, ctx.llm?.refusalPatterns ?? []);
    return reason ? { pass: true, reasons: [reason] } : { pass: false };
  },
}) as ShadowMetric;
