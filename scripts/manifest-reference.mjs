// Prints the manifest reference table for README.md from the published JSON Schema
// (test/readme.test.ts checks the README documents every field).
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../src/manifest/manifest.schema.json', import.meta.url), 'utf8'));
const resolve = (node) => (node?.$ref ? node.$ref.split('/').slice(1).reduce((a, k) => a[k], schema) : node);

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

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| field | type | default | meaning |\n|---|---|---|---|');
  for (const r of manifestFields()) {
    console.log(`| \`${r.path}\` | ${r.type} | ${r.dflt === undefined ? '' : `\`${JSON.stringify(r.dflt)}\``} | ${r.description} |`);
  }
}
