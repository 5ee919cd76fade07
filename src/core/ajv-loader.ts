// Ajv, loaded on first need. Most manifests declare no tool or output schema, and importing Ajv and
// ajv-formats costs ~40 ms and ~10 MB RSS before the first request. Compiling stays synchronous:
// callers `await loadAjv()` once at an async edge, then use `ajvModules()`.

import type { Ajv } from 'ajv';
import type { Ajv2019 } from 'ajv/dist/2019.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';

export type AnyAjv = Ajv | Ajv2019 | Ajv2020;
type FormatsPlugin = (ajv: AnyAjv) => AnyAjv;

export interface AjvModules {
  Ajv: typeof Ajv;
  Ajv2019: typeof Ajv2019;
  Ajv2020: typeof Ajv2020;
  addFormats: FormatsPlugin;
}

let loaded: AjvModules | undefined;
let loading: Promise<AjvModules> | undefined;

/** Loads Ajv (once); later calls resolve at once. */
export function loadAjv(): Promise<AjvModules> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= Promise.all([import('ajv'), import('ajv/dist/2019.js'), import('ajv/dist/2020.js'), import('ajv-formats')]).then(
    ([draft07, draft2019, draft2020, formats]) => {
      // All four are CommonJS. Node's namespace also has their named exports; a bundle's may carry
      // only `default` (module.exports), so names are read from there too.
      const formatsModule = formats.default as unknown as { default?: FormatsPlugin };
      const addFormats = (formatsModule.default ?? formatsModule) as FormatsPlugin;
      loaded = {
        Ajv: named(draft07, 'Ajv'),
        Ajv2019: named(draft2019, 'Ajv2019'),
        Ajv2020: named(draft2020, 'Ajv2020'),
        addFormats,
      };
      return loaded;
    },
  );
  return loading;
}

function named<Namespace extends { default: unknown }, Name extends keyof Namespace>(namespace: Namespace, name: Name): Namespace[Name] {
  return namespace[name] ?? (namespace.default as Namespace)[name];
}

/** Ajv after `loadAjv()` has resolved, or undefined before. */
export function loadedAjv(): AjvModules | undefined {
  return loaded;
}

/**
 * Ajv for synchronous compiling. The run's async edges (manifest resolution, metric observation)
 * `await loadAjv()` first; a direct synchronous call without it (library use, tests) falls back to
 * `require` from node_modules, which the bundled action does not ship, so it must never depend on it.
 */
export function ajvModules(): AjvModules {
  if (loaded) return loaded;
  const requireFromHere = process.getBuiltinModule('node:module').createRequire(import.meta.url);
  const formats = requireFromHere('ajv-formats') as { default?: FormatsPlugin } & FormatsPlugin;
  loaded = {
    Ajv: (requireFromHere('ajv') as { Ajv: typeof Ajv }).Ajv,
    Ajv2019: (requireFromHere('ajv/dist/2019.js') as { Ajv2019: typeof Ajv2019 }).Ajv2019,
    Ajv2020: (requireFromHere('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 }).Ajv2020,
    addFormats: formats.default ?? formats,
  };
  return loaded;
}
