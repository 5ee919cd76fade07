import type { Manifest } from '../types.ts';

/**
 * Every default the manifest has, in one place. The schema's `default` annotations mirror these
 * (a test keeps them in step) and the README table is generated from this object.
 */
export const MANIFEST_DEFAULTS = {
  shadow: {
    sample: { rate: 1, seed: 'shadowgate' },
    concurrency: 8,
    timeoutMs: 60_000,
    deadlineSeconds: 1_200,
    retries: { max: 3, baseDelayMs: 500, maxDelayMs: 20_000 },
    answerBudgetMiB: 256,
    minSamples: 50,
    alpha: 0.05,
    confidence: 0.95,
    noiseFloor: false,
  },
  auth: { header: 'Authorization', authorizationScheme: 'Bearer' },
  http: { method: 'POST' as const },
  kserve: { outputIndex: 0 },
  context: { history: { maxTurns: 10 }, documents: { maxChars: 8_000, header: 'Context documents:' } },
  output: { rtol: 1e-6, atol: 0 },
} as const;

function withAuthDefaults<T extends { header?: string; scheme?: string }>(auth: T): T {
  const header = auth.header ?? MANIFEST_DEFAULTS.auth.header;
  const scheme = auth.scheme ?? (header.toLowerCase() === 'authorization' ? MANIFEST_DEFAULTS.auth.authorizationScheme : '');
  return { ...auth, header, scheme };
}

/** A copy of a validated manifest with every default filled in. Gates keep their unset fields: the judge defaults them per metric. */
export function applyDefaults(manifest: Manifest): Manifest {
  const d = MANIFEST_DEFAULTS;
  const { model, shadow, output, context } = manifest;
  return {
    ...manifest,
    model: {
      ...model,
      ...(model.auth ? { auth: withAuthDefaults(model.auth) } : {}),
      ...(model.http ? { http: { ...model.http, method: model.http.method ?? d.http.method } } : {}),
      ...(model.kserve ? { kserve: { ...model.kserve, output: { ...model.kserve.output, index: model.kserve.output.index ?? d.kserve.outputIndex } } } : {}),
    },
    ...(context
      ? {
          context: {
            ...(context.history ? { history: { ...context.history, maxTurns: context.history.maxTurns ?? d.context.history.maxTurns } } : {}),
            ...(context.documents
              ? {
                  documents: {
                    ...context.documents,
                    maxChars: context.documents.maxChars ?? d.context.documents.maxChars,
                    header: context.documents.header ?? d.context.documents.header,
                  },
                }
              : {}),
          },
        }
      : {}),
    output: output.kind === 'numeric' ? { ...output, rtol: output.rtol ?? d.output.rtol, atol: output.atol ?? d.output.atol } : { ...output },
    shadow: {
      ...shadow,
      sample: { ...d.shadow.sample, ...shadow.sample },
      concurrency: shadow.concurrency ?? d.shadow.concurrency,
      timeoutMs: shadow.timeoutMs ?? d.shadow.timeoutMs,
      deadlineSeconds: shadow.deadlineSeconds ?? d.shadow.deadlineSeconds,
      retries: { ...d.shadow.retries, ...shadow.retries },
      answerBudgetMiB: shadow.answerBudgetMiB ?? d.shadow.answerBudgetMiB,
      minSamples: shadow.minSamples ?? d.shadow.minSamples,
      alpha: shadow.alpha ?? d.shadow.alpha,
      confidence: shadow.confidence ?? d.shadow.confidence,
      noiseFloor: shadow.noiseFloor ?? d.shadow.noiseFloor,
      ...(shadow.embeddings?.auth ? { embeddings: { ...shadow.embeddings, auth: withAuthDefaults(shadow.embeddings.auth) } } : {}),
      // Gates stay absent when not given: the judge then applies its per-kind defaults, and given gates
      // override those defaults metric by metric.
      ...(shadow.gates ? { gates: shadow.gates } : {}),
    },
  };
}

/** The defaults as `[field, value]` rows (e.g. `shadow.retries.max`, 3), for the README table. */
export function defaultsTable(): Array<[string, string | number | boolean]> {
  const rows: Array<[string, string | number | boolean]> = [];
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    else rows.push([path, value as string | number | boolean]);
  };
  walk(MANIFEST_DEFAULTS, '');
  return rows;
}
