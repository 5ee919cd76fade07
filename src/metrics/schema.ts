// Compiled JSON Schema validators, cached per schema object so each schema compiles once per run.

import type { ErrorObject, ValidateFunction } from 'ajv';
import { UserError } from '../errors.ts';
import { ajvModules, loadAjv, loadedAjv, type AnyAjv } from '../core/ajv-loader.ts';
import type { ShadowMetric } from './metric.ts';

const cache = new WeakMap<object, ValidateFunction>();

/**
 * A validator for `schema`. Lenient about unknown keywords (OpenAI tool schemas carry extras such as
 * `strict`), strict about the schema being compilable: a broken schema is the user's to fix.
 * Needs Ajv loaded (`loadAjv`): metrics that validate do so in `observe` before their first call.
 */
export function validatorFor(schema: Record<string, unknown>, what: string): ValidateFunction {
  const cached = cache.get(schema);
  if (cached) return cached;
  // Draft-07 unless the schema declares a newer dialect (structured-output schemas sometimes do).
  const dialect = typeof schema.$schema === 'string' ? schema.$schema : '';
  const options = { strict: false, allErrors: false, validateFormats: true };
  const { Ajv, Ajv2019, Ajv2020, addFormats } = ajvModules();
  const ajv: AnyAjv = dialect.includes('2020-12') ? new Ajv2020(options) : dialect.includes('2019-09') ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (e) {
    throw new UserError(`${what} is not a usable JSON Schema: ${(e as Error).message}`);
  }
  cache.set(schema, validate);
  return validate;
}

/** A short, countable reason for the first validation error: `keyword at /pointer`. */
export function schemaErrorReason(errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return 'schema';
  return `${first.keyword} at ${first.instancePath || '/'}`;
}

/** A metric whose observe compiles schemas: Ajv is loaded (once, asynchronously) before its first pair. */
export function withAjv<State>(metric: ShadowMetric<State>): ShadowMetric<State> {
  const observe = metric.observe.bind(metric);
  return {
    ...metric,
    observe: (state, pair, ctx) => (loadedAjv() ? observe(state, pair, ctx) : loadAjv().then(() => observe(state, pair, ctx))),
  };
}
