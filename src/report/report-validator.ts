// The validator of the JSON report's schema. Compiling it costs ~50 ms and tens of MB on every run, so
// the build (scripts/build.mjs) replaces this module by Ajv standalone code generated from the same
// `precompileSetup`; run from source (tests), it compiles on first use.
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import reportSchema from './report.schema.json' with { type: 'json' };

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin;

/** The Ajv instance and schema the validator is compiled from; `extra` adds the build's code options. */
export function precompileSetup(extra: Options = {}): { ajv: Ajv2020; schema: object } {
  const ajv = new Ajv2020({ allErrors: true, strict: true, ...extra });
  addFormats(ajv);
  return { ajv, schema: reportSchema };
}

let validator: ValidateFunction | undefined;

export function reportValidator(): ValidateFunction {
  if (!validator) {
    const { ajv, schema } = precompileSetup();
    validator = ajv.compile(schema);
  }
  return validator;
}
