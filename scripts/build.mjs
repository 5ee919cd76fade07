// Bundles the action entry (dist/index.js) and the CLI (dist/cli.js) into committed ESM files.
// Kubernetes code sits behind dynamic imports, so esbuild splits it into a chunk PR evaluations never load.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';

const outdir = process.argv[2] ?? 'dist';

// Schema validators compiled ahead of time: Ajv's compile costs ~130 ms and ~40 MB per run. Each module
// exports `precompileSetup(codeOptions)` (its Ajv instance and schema) and one function returning the
// validator; in the bundle that function returns Ajv standalone code generated from the same setup.
const PRECOMPILED = [
  { module: 'src/manifest/manifest-validator.ts', exportName: 'manifestValidator' },
  { module: 'src/report/report-validator.ts', exportName: 'reportValidator' },
  { module: 'src/delivery/deploy-validator.ts', exportName: 'deployValidator' },
];

const precompiledValidators = {
  name: 'precompiled-validators',
  setup(builder) {
    const byPath = new Map(PRECOMPILED.map((entry) => [resolve(entry.module), entry]));
    builder.onLoad({ filter: /-validator\.ts$/ }, async (args) => {
      const entry = byPath.get(args.path);
      if (!entry) return undefined;
      const { precompileSetup } = await import(resolve(entry.module));
      const { ajv, schema } = precompileSetup({ code: { source: true, esm: true } });
      const code = standaloneCode.default(ajv, ajv.compile(schema));
      return {
        contents: `${code}\nexport function ${entry.exportName}() { return validate; }\n`,
        loader: 'js',
        resolveDir: resolve('.'),
      };
    });
  },
};

// `import { x } from 'node:fs'` in an ES module goes through an ESM facade that reads every export of
// the built-in, which runs its lazy getters: util's loads the diff and colour helpers, fs's loads
// fs/promises and the watchers, crypto's loads WebCrypto (~15 ms of start-up together). Each importing
// file gets instead a small module over process.getBuiltinModule that exports just the names it imports.
// Namespace imports and anything the pattern below does not read fall back to a CommonJS module
// (whose interop copies every property descriptor: cheap for all built-ins but util).
const builtinsWithoutFacades = {
  name: 'builtins-without-esm-facades',
  setup(builder) {
    const builtins = new Set(builtinModules);
    const sources = new Map();
    const namesImported = (importer, specifier) => {
      if (!sources.has(importer)) sources.set(importer, existsSync(importer) ? readFileSync(importer, 'utf8') : '');
      const quoted = specifier.replace(/[/]/g, '\\/');
      const declaration = new RegExp(
        `import\\s+(?!type\\s)([\\w$]+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*['"]${quoted}['"]|import\\s+(?!type\\s)([\\w$]+)\\s+from\\s*['"]${quoted}['"]|(import|export)\\s*[*{][^;]*?from\\s*['"]${quoted}['"]`,
        'g',
      );
      const names = new Set();
      for (const match of sources.get(importer).matchAll(declaration)) {
        if (match[4]) return undefined; // namespace import or re-export
        if (match[1] || match[3]) names.add('default');
        for (const part of (match[2] ?? '').split(',')) {
          const name = part.trim().split(/\s+as\s+/)[0];
          if (name && !name.startsWith('type ')) names.add(name);
        }
      }
      return names.size > 0 ? [...names].sort() : undefined;
    };
    builder.onResolve({ filter: /^[a-z_/:]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!builtins.has(name) || args.kind !== 'import-statement') return undefined;
      const names = namesImported(args.importer, args.path);
      return { path: `node:${name}`, namespace: 'node-builtin', pluginData: names, suffix: names ? `?${names.join(',')}` : '' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => {
      const load = `process.getBuiltinModule(${JSON.stringify(args.path)})`;
      if (!args.pluginData) return { contents: `module.exports = ${load};`, loader: 'js' };
      const lines = [`const builtin = ${load};`];
      for (const name of args.pluginData) lines.push(name === 'default' ? 'export default builtin;' : `export const ${name} = builtin.${name};`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

// @actions/core imports its OIDC client (@actions/http-client, which loads undici: ~750 KiB of the ~850 KiB
// it brings) and its platform details (@actions/exec) at load time, for getIDToken() and
// platform.getDetails(), which shadowgate never calls. Both are replaced, for core.js only, by modules with
// the same exports that load the real one on first use, so the action starts without parsing undici.
const actionsCoreDir = resolve('node_modules/@actions/core/lib');
const DEFERRED_IN_ACTIONS_CORE = {
  './oidc-utils.js': `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: Real } = await import('./oidc-utils.js');
    return Real.getIDToken(audience);
  }
}`,
  './platform.js': `import os from 'node:os';
export const platform = os.platform();
export const arch = os.arch();
export const isWindows = platform === 'win32';
export const isMacOS = platform === 'darwin';
export const isLinux = platform === 'linux';
export async function getDetails() {
  return (await import('./platform.js')).getDetails();
}`,
};
const actionsCoreOnFirstUse = {
  name: 'actions-core-on-first-use',
  setup(builder) {
    const importer = join(actionsCoreDir, 'core.js');
    builder.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, (args) =>
      args.importer === importer ? { path: args.path, namespace: 'actions-core-deferred' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'actions-core-deferred' }, (args) => ({
      contents: DEFERRED_IN_ACTIONS_CORE[args.path],
      loader: 'js',
      resolveDir: actionsCoreDir,
    }));
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [precompiledValidators, builtinsWithoutFacades, actionsCoreOnFirstUse],
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle a real require.
  banner: { js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);" },
});
