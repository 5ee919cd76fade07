import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A path into a parsed document: mapping keys and sequence indexes. */
export type DocPath = ReadonlyArray<string | number>;

export interface NodeRef {
  /** Where the value starts (offset), and where its key starts when it is a mapping entry. */
  valueOffset: number;
  keyOffset?: number;
}

function deref(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/**
 * Finds the node at `path`, or the deepest existing ancestor when the path leaves the document
 * (a missing key is reported where its parent is). `found` says how many segments matched.
 */
export function findNode(doc: Document, path: DocPath): { ref: NodeRef; found: number } {
  let node = deref(doc, doc.contents) as Node | null | undefined;
  let ref: NodeRef = { valueOffset: node?.range?.[0] ?? 0 };
  let found = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const key = deref(doc, p.key);
        return (isScalar(key) ? String(key.value) : String(key)) === String(segment);
      });
      if (!pair) break;
      const key = pair.key as Node | null;
      const value = deref(doc, pair.value) as Node | null;
      const keyOffset = key?.range?.[0];
      // `key:` with nothing after it has a null value: point at the key.
      ref = { valueOffset: value?.range?.[0] ?? keyOffset ?? ref.valueOffset, ...(keyOffset !== undefined ? { keyOffset } : {}) };
      node = value;
    } else if (isSeq(node)) {
      const item = deref(doc, node.items[Number(segment)]) as Node | null | undefined;
      if (item === undefined) break;
      ref = { valueOffset: item?.range?.[0] ?? ref.valueOffset };
      node = item;
    } else {
      break;
    }
    found += 1;
  }
  return { ref, found };
}

export function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** `model.kserve.inputs[0].name` — how a path reads in a message. */
export function formatPath(path: DocPath, root = 'manifest'): string {
  if (path.length === 0) return root;
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Decodes an RFC 6901 JSON Pointer (as in Ajv's instancePath) into segments. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
