import { canonicalJson } from '../core/canonical-json.ts';
import type { ResolvedSide, SurfaceChange, SurfaceName, ToolDefinition } from '../types.ts';

function modelLabel(side: ResolvedSide): string {
  const { id, version } = side.manifest.model;
  return version ? `${id}@${version}` : id;
}

/** `temperature=0, seed=7`, only the parameters that differ from the other side. */
function paramsLabel(own: Record<string, unknown> | undefined, other: Record<string, unknown> | undefined): string {
  const keys = [...new Set([...Object.keys(own ?? {}), ...Object.keys(other ?? {})])].sort();
  const differing = keys.filter((k) => canonicalJson(own?.[k]) !== canonicalJson(other?.[k]));
  return differing.map((k) => `${k}=${own?.[k] === undefined ? 'unset' : canonicalJson(own[k])}`).join(', ');
}

function modelChange(base: ResolvedSide, head: ResolvedSide, changed: boolean): SurfaceChange {
  let before = modelLabel(base);
  let after = modelLabel(head);
  if (changed && before === after) {
    before += ` (${paramsLabel(base.manifest.model.params, head.manifest.model.params)})`;
    after += ` (${paramsLabel(head.manifest.model.params, base.manifest.model.params)})`;
  }
  return { surface: 'model', changed, before, after, files: changed ? [head.manifestPath] : [] };
}

function promptChange(base: ResolvedSide, head: ResolvedSide, changed: boolean): SurfaceChange {
  const label = (side: ResolvedSide) =>
    [side.manifest.prompt?.system && `system: ${side.manifest.prompt.system}`, side.manifest.prompt?.user && `user: ${side.manifest.prompt.user}`]
      .filter(Boolean)
      .join(', ') || 'none';
  const files = new Set<string>();
  for (const role of ['system', 'user'] as const) {
    const text = (s: ResolvedSide) => (role === 'system' ? s.systemTemplate : s.userTemplate);
    const path = (s: ResolvedSide) => s.manifest.prompt?.[role];
    if (text(base) !== text(head) || path(base) !== path(head)) {
      const p = path(head) ?? path(base);
      if (p) files.add(p);
    }
  }
  return { surface: 'prompt', changed, before: label(base), after: label(head), files: [...files] };
}

function toolFiles(side: ResolvedSide): Map<string, { tool: ToolDefinition; file: string }> {
  return new Map(side.tools.map((tool, i) => [tool.name, { tool, file: side.manifest.tools?.schemas[i] ?? '' }]));
}

function toolsChange(base: ResolvedSide, head: ResolvedSide, changed: boolean): SurfaceChange {
  const before = toolFiles(base);
  const after = toolFiles(head);
  const files = new Set<string>();
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(name);
    const a = after.get(name);
    if (canonicalJson(b?.tool) !== canonicalJson(a?.tool)) files.add((a ?? b)!.file);
  }
  const settings = (s: ResolvedSide) => canonicalJson({ choice: s.manifest.tools?.choice, parallel: s.manifest.tools?.parallel });
  if (settings(base) !== settings(head)) files.add(head.manifestPath);
  const label = (m: Map<string, unknown>) => [...m.keys()].join(', ') || 'none';
  return { surface: 'tools', changed, before: label(before), after: label(after), files: [...files] };
}

/** `history: turns (10 turns); documents: docs (8000 chars)`. */
export function contextLabel(side: ResolvedSide): string {
  const { history, documents } = side.manifest.context ?? {};
  const parts = [
    history && `history: ${history.field}${history.maxTurns !== undefined ? ` (${history.maxTurns} turns)` : ''}`,
    documents && `documents: ${documents.field}${documents.maxChars !== undefined ? ` (${documents.maxChars} chars)` : ''}`,
  ].filter(Boolean);
  return parts.join('; ') || 'none';
}

/** What differs between the baseline and the candidate, one entry per surface (unchanged ones included). */
export function diffSurfaces(base: ResolvedSide, head: ResolvedSide): SurfaceChange[] {
  const changed = (s: SurfaceName) => base.digests[s] !== head.digests[s];
  const context = changed('context');
  return [
    modelChange(base, head, changed('model')),
    promptChange(base, head, changed('prompt')),
    toolsChange(base, head, changed('tools')),
    { surface: 'context', changed: context, before: contextLabel(base), after: contextLabel(head), files: context ? [head.manifestPath] : [] },
  ];
}
