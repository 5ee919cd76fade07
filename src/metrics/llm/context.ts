// What the LLM metrics need at run time, built once from `shadow.llm` (see buildLlmContext in
// src/commands/llm.ts): compiled patterns and checks, each side's price, and the judge-model client.

import type { ModelPrice } from '../../manifest/llm-settings.ts';
import type { CompiledTask } from './task.ts';
import type { PairJudge } from '../../replay/adapters/judge-model.ts';
import type { Moderator } from '../../replay/adapters/moderation.ts';

export interface LlmContext {
  /** Refusal patterns; absent when refusal detection is off. */
  refusalPatterns?: RegExp[];
  tasks?: CompiledTask[];
  /** Each side's model price, when `llm.prices` is given. */
  prices?: { baseline: ModelPrice; candidate: ModelPrice };
  judge?: PairJudge;
  moderator?: Moderator;
}
