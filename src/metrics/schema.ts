// Compiled JSON Schema validators, cached per schema object so each schema compiles once per run.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { UserError } from '../errors.ts';

type AnyAjv = Ajv | Ajv2019 | Ajv2020;
type FormatsPlugin = (ajv: AnyAjv) => AnyAjv;
// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object in types.
const addFormats: FormatsPlugin = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin;

const cache = new WeakMap<object, ValidateFunction>();

/**
 * A validator for `schema`. Lenient about unknown keywords (OpenAI tool schemas carry extras such as
 * `strict`), strict about the schema being compilable: a broken schema is the user's to fix.
 */
export function validatorFor(schema: Record<string, unknown>, what: string): ValidateFunction {
  const cached = cache.get(schema);
  if (cached) return cached;
  // Draft-07 unless the schema declares a newer dialect (structured-output schemas sometimes do).
  const dialect = typeof schema.$schema === 'string' ? schema.$schema : '';
  const options = { strict: false, allErrors: false, validateFormats: true };
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
