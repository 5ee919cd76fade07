// LLM-specific metrics: refusals, task success, cost, moderation flags. The judge model's preference metrics are made per
// rubric (preference.ts); per-bucket and per-segment splits of every metric are in splits.ts.

import type { ShadowMetric } from '../metric.ts';
import { costPer1k } from './cost.ts';
import { moderationFlagRate } from './moderation.ts';
import { refusalRate } from './refusal.ts';
import { taskSuccess } from './task.ts';

export const llmMetrics: ShadowMetric[] = [refusalRate, taskSuccess as ShadowMetric, costPer1k as ShadowMetric, moderationFlagRate as ShadowMetric];
