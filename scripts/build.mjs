// Bundles the action entry (dist/index.js) and the CLI (dist/cli.js) into committed ESM files.
// Kubernetes code sits behind dynamic imports, so esbuild splits it into a chunk PR evaluations never load.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';

const outdir = process.argv[2] ?? 'dist';

// Schema validators compiled ahead of time: Ajv's compile costs ~130 ms and ~40 MB per run. Each module
// exports `precompileSetup(codeOptions)` (its Ajv instance and schema) and one function returning the
// validator; in the bundle that function returns Ajv standalone code generated from the same setup.
const PRECOMPILED = [
  { module: 'src/manifest/manifest-validator.ts', exportName: 'manifestValidator' },
  { module: 'src/report/report-validator.ts', exportName: 'reportValidator' },
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

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [precompiledValidators],
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle a real require.
  banner: { js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);" },
});
