// The source reads one way: each folder of src/ imports only from its own folder and from folders in an
// earlier layer. Data flows manifest → surfaces → replay → metrics → judge → report → github | delivery;
// core holds what every layer shares, kube is the Kubernetes plumbing under delivery, and action, commands
// and the entry files orchestrate the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

const LAYERS: readonly (readonly string[])[] = [
  ['core'], // src/core/, errors.ts, log.ts, types.ts
  ['manifest'],
  ['kube'], // Kubernetes API plumbing (client, lease, readiness, lint); used by delivery and commands
  ['surfaces'],
  ['replay'],
  ['metrics'],
  ['judge'],
  ['versioning'],
  ['shadow'],
  ['report'],
  ['action'], // the action's inputs, read and checked once
  ['github', 'delivery'],
  ['commands'],
  ['demo'],
  ['entry'], // main.ts, cli.ts, index.ts
];

const ROOT_FILES: Record<string, string> = {
  'errors.ts': 'core',
  'log.ts': 'core',
  'types.ts': 'core',
  'main.ts': 'entry',
  'cli.ts': 'entry',
  'index.ts': 'entry',
};

/** Edges against the order that are kept on purpose, each with its reason. */
const ALLOWED: readonly { from: string; to: RegExp; typeOnly: boolean; why: string }[] = [
  {
    from: 'src/types.ts',
    to: /^src\//,
    typeOnly: true,
    why: 'the shared report and manifest shapes name a few types defined beside the code that fills them; type-only, erased at run time',
  },
  {
    from: 'src/manifest/resolve.ts',
    to: /^src\/metrics\/llm\/compile\.ts$/,
    typeOnly: false,
    why: 'a bad shadow.llm setting is reported when the manifest is read, before any request, by the compiler the LLM metrics run on',
  },
];

function layerOf(file: string): string {
  const parts = relative('src', file).split(sep);
  if (parts.length === 1) {
    const layer = ROOT_FILES[parts[0]!];
    assert.ok(layer, `${file}: a file at the top of src/ needs a layer in ROOT_FILES`);
    return layer;
  }
  return parts[0]!;
}

function rank(layer: string, file: string): number {
  const i = LAYERS.findIndex((names) => names.includes(layer));
  assert.ok(i >= 0, `${file}: the folder src/${layer}/ has no place in LAYERS`);
  return i;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
  line: number;
  typeOnly: boolean;
}

/** Relative imports and re-exports of a TypeScript file: static, dynamic and `import('…')` types. */
function importsOf(file: string, text: string): Edge[] {
  // Comment lines are dropped (a doc comment may quote an import), keeping line numbers.
  const code = text.replace(/^\s*(\/\/|\/\*|\*).*$/gm, '');
  const edges: Edge[] = [];
  const add = (spec: string, index: number, typeOnly: boolean) => {
    if (!spec.startsWith('.')) return;
    const to = normalize(join(dirname(file), spec));
    edges.push({ from: file, to, line: code.slice(0, index).split('\n').length, typeOnly });
  };
  const clause = /^[ \t]*(import|export)\s+(type\s+)?((?:[\w$]+\s*,?\s*)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})?)\s*from\s*['"]([^'"]+)['"]/gm;
  for (const m of code.matchAll(clause)) {
    const names = (m[3]!.match(/\{([^}]*)\}/)?.[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bare = m[3]!.replace(/\{[^}]*\}/, '').trim();
    const typeOnly = Boolean(m[2]) || (bare === '' && names.length > 0 && names.every((n) => n.startsWith('type ')));
    add(m[4]!, m.index, typeOnly);
  }
  for (const m of code.matchAll(/^[ \t]*import\s*['"]([^'"]+)['"]/gm)) add(m[1]!, m.index, false);
  // `import('./x.ts').Name` in a type position names a type; any other import(…) loads a module.
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)(\s*\.\s*[A-Z])?/g)) add(m[1]!, m.index, Boolean(m[2]));
  return edges;
}

test('the import parser sees static, re-exported, dynamic and type imports, and which are type-only', () => {
  const text = [
    "import { a, type B } from './a.ts';",
    "import type { C } from '../c.ts';",
    "import {\n  type D,\n  type E,\n} from './d.ts';",
    "export { f } from './f.ts';",
    "import * as g from './g.ts';",
    "import './side-effect.ts';",
    "// import { z } from './commented.ts';",
    "let h: import('./h.ts').H;",
    "const i = await import('./i.ts');",
    "import j from 'node:fs';",
  ].join('\n');
  const edges = importsOf('src/x/y.ts', text).map((e) => `${e.to}${e.typeOnly ? ' (type)' : ''}@${e.line}`);
  assert.deepEqual(edges.sort(), [
    'src/c.ts (type)@2',
    'src/x/a.ts@1',
    'src/x/d.ts (type)@3',
    'src/x/f.ts@7',
    'src/x/g.ts@8',
    'src/x/h.ts (type)@11',
    'src/x/i.ts@12',
    'src/x/side-effect.ts@9',
  ]);
});

test('every import in src/ runs down the layers', () => {
  const violations: string[] = [];
  const used = new Set<(typeof ALLOWED)[number]>();
  let count = 0;
  for (const file of sourceFiles('src')) {
    const fromLayer = layerOf(file);
    for (const edge of importsOf(file, readFileSync(file, 'utf8'))) {
      count++;
      const to = edge.to.split(sep).join('/');
      assert.ok(to.startsWith('src/'), `${file}:${edge.line} imports ${to}, outside src/`);
      const toLayer = layerOf(edge.to);
      if (toLayer === fromLayer || rank(toLayer, edge.to) < rank(fromLayer, file)) continue;
      const from = file.split(sep).join('/');
      const allowed = ALLOWED.find((a) => a.from === from && a.to.test(to) && (edge.typeOnly || !a.typeOnly));
      if (allowed) {
        used.add(allowed);
        continue;
      }
      violations.push(`${from}:${edge.line} (${fromLayer}) imports ${to} (${toLayer})${edge.typeOnly ? ', type-only' : ''}`);
    }
  }
  assert.ok(count > 300, `the parser found ${count} relative imports in src/`);
  assert.deepEqual(violations, [], `imports against the layer order ${LAYERS.map((l) => l.join(' | ')).join(' → ')}`);
  assert.deepEqual(
    ALLOWED.filter((a) => !used.has(a)).map((a) => a.from),
    [],
    'an allowed edge no file uses any more is dropped from ALLOWED',
  );
});

test('every module in src/ is an entry point or imported by src/, test/ or bench/', () => {
  const entries = new Set(['src/main.ts', 'src/cli.ts', 'src/index.ts']);
  const files = sourceFiles('src').map((f) => f.split(sep).join('/'));
  const imported = new Set<string>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('test'), ...sourceFiles('bench')]) {
    for (const edge of importsOf(file, readFileSync(file, 'utf8'))) imported.add(edge.to.split(sep).join('/'));
  }
  assert.deepEqual(
    files.filter((f) => !entries.has(f) && !imported.has(f)),
    [],
  );
});

test('source and test file names are kebab-case', () => {
  const named = [...sourceFiles('src'), ...sourceFiles('test'), ...sourceFiles('bench'), ...sourceFiles('scripts')].map((f) => f.split(sep).join('/'));
  assert.ok(named.length > 300, `found ${named.length} files`);
  const off = named.filter((f) => !f.includes('/fixtures/')).filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(f.split('/').pop()!));
  assert.deepEqual(off, []);
});
