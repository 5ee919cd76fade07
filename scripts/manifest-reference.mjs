// Generates docs/manifest-reference.md from the published JSON Schema: `node scripts/manifest-reference.mjs`
// rewrites it (test/readme.test.ts checks the committed file equals what this prints).
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../src/manifest/manifest.schema.json', import.meta.url), 'utf8'));
const resolve = (node) =>
  node?.$ref
    ? node.$ref
        .split('/')
        .slice(1)
        .reduce((a, k) => a[k], schema)
    : node;

export function manifestFields() {
  const rows = [];
  const walk = (node, prefix, depth) => {
    node = resolve(node);
    for (const [key, raw] of Object.entries(node?.properties ?? {})) {
      const value = resolve(raw);
      const description = (raw.description ?? value.description ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|');
      const type = value.enum ? value.enum.map((e) => `\`${e}\``).join(' \\| ') : (value.type ?? (value.oneOf ? 'one of' : ''));
      const dflt = raw.default ?? value.default;
      rows.push({ path: `${prefix}${key}`, type: Array.isArray(type) ? type.join(' \\| ') : type, dflt, description });
      if (depth < 4) walk(value, `${prefix}${key}.`, depth + 1);
      if (value.type === 'array' && value.items && depth < 4) walk(value.items, `${prefix}${key}[].`, depth + 1);
    }
  };
  walk(schema, '', 0);
  return rows;
}

export function manifestReference() {
  const lines = [
    '# Manifest reference',
    '',
    '<!-- Generated from src/manifest/manifest.schema.json by `node scripts/manifest-reference.mjs`; do not edit. -->',
    '',
    "Every field of `shadowgate.yaml`, in schema order. Paths are relative to the manifest's folder. The manifest",
    'itself is introduced in [manifest.md](manifest.md); the `deploy:` section in',
    '[kubernetes-and-canary.md](kubernetes-and-canary.md).',
    '',
    '| field | type | default | meaning |',
    '|---|---|---|---|',
  ];
  for (const r of manifestFields()) {
    lines.push(`| \`${r.path}\` | ${r.type} | ${r.dflt === undefined ? '' : `\`${JSON.stringify(r.dflt)}\``} | ${r.description} |`);
  }
  return `${lines.join('\n')}\n`;
}

export const MANIFEST_REFERENCE_PATH = new URL('../docs/manifest-reference.md', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(MANIFEST_REFERENCE_PATH, manifestReference());
  console.log('wrote docs/manifest-reference.md');
}
