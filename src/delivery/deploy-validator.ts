// The validator of the manifest's `deploy:` section: the manifest schema's `properties.deploy` and the
// $defs it reaches, nothing else, so it compiles in a fraction of the whole manifest's time. Like the
// manifest validator, the build (scripts/build.mjs) replaces this module by Ajv standalone code generated
// from the same `precompileSetup`; run from source (tests), it compiles on first use.
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import manifestSchema from '../manifest/manifest.schema.json' with { type: 'json' };

const DEFS_PREFIX = '#/$defs/';

/**
 * `{ deploy: <the section> }` as a schema of its own: validated under its key, error paths read
 * `deploy.…` as they do in the manifest.
 */
export function deploySectionSchema(): object {
  const defs = manifestSchema.$defs as Record<string, unknown>;
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (!value.startsWith(DEFS_PREFIX)) throw new Error(`deploy schema: unsupported $ref ${value}`);
        const name = value.slice(DEFS_PREFIX.length);
        if (!reached.has(name)) {
          reached.add(name);
          visit(defs[name]);
        }
      } else {
        visit(value);
      }
    }
  };
  visit(manifestSchema.properties.deploy);
  return {
    $schema: manifestSchema.$schema,
    type: 'object',
    properties: { deploy: manifestSchema.properties.deploy },
    $defs: Object.fromEntries([...reached].sort().map((name) => [name, defs[name]])),
  };
}

/** The Ajv instance and schema the validator is compiled from; `extra` adds the build's code options. */
export function precompileSetup(extra: Options = {}): { ajv: Ajv2020; schema: object } {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, ...extra });
  // The manifest schema's editor-facing messages, used in our errors too.
  ajv.addKeyword('errorMessage');
  ajv.addKeyword('patternErrorMessage');
  addFormats.default(ajv);
  return { ajv, schema: deploySectionSchema() };
}

let validator: ValidateFunction | undefined;

export function deployValidator(): ValidateFunction {
  if (!validator) {
    const { ajv, schema } = precompileSetup();
    validator = ajv.compile(schema);
  }
  return validator;
}
