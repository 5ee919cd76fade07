// The validator of the manifest schema. Compiling it costs ~80 ms and tens of MB on every run, so the
// build (scripts/build.mjs) replaces this module by Ajv standalone code generated from the same
// `precompileSetup`; run from source (tests), it compiles on first use.
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from './manifest.schema.json' with { type: 'json' };

/** The Ajv instance and schema the validator is compiled from; `extra` adds the build's code options. */
export function precompileSetup(extra: Options = {}): { ajv: Ajv2020; schema: object } {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, ...extra });
  // Editor-facing messages (understood by yaml-language-server); we use them too.
  ajv.addKeyword('errorMessage');
  ajv.addKeyword('patternErrorMessage');
  addFormats.default(ajv);
  return { ajv, schema };
}

let validator: ValidateFunction | undefined;

export function manifestValidator(): ValidateFunction {
  if (!validator) {
    const { ajv, schema } = precompileSetup();
    validator = ajv.compile(schema);
  }
  return validator;
}
