// Content-addressed ids of the four surfaces. Each artifact (the model block, each prompt template,
// each tool schema, the tool settings, the context settings) is hashed in a canonical form, so an
// edit a model could notice changes its id and a formatting-only edit does not: key order in JSON
// and YAML, trailing whitespace, line endings.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.ts';
import type { ResolvedSide, SurfaceName } from '../types.ts';

export const SURFACES: readonly SurfaceName[] = ['model', 'prompt', 'tools', 'context'];

/** Hex characters shown for an id (the full 64 are kept in the lock and the JSON report). */
export const SHORT_ID_LENGTH = 12;

export interface ArtifactId {
  surface: SurfaceName;
  /** Stable name within the service: `model`, `prompt.system`, `prompt.user`, `tool:<name>`, `tools.settings`, `context`. */
  name: string;
  /** The file the artifact is read from, repo-relative (the manifest for blocks written inline). */
  file: string;
  /** Full SHA-256 of the canonical form, 64 hex characters. */
  id: string;
}

export interface SurfaceIds {
  /** One id per surface: the hash of its artifacts' names and ids. */
  surfaces: Record<SurfaceName, string>;
  artifacts: ArtifactId[];
}

export function shortId(id: string): string {
  return id.slice(0, SHORT_ID_LENGTH);
}

function sha256(kind: string, canonical: string): string {
  // The kind keeps a prompt whose text happens to equal a tool's JSON from sharing its id.
  return createHash('sha256').update(`shadowgate:${kind}:v1\n`).update(canonical).digest('hex');
}

/**
 * A template's text as the id sees it: line endings made `\n`, a byte-order mark, trailing
 * whitespace on each line and trailing blank lines dropped. Leading whitespace and blank lines
 * inside the text are kept: indentation and paragraphs are part of what the model reads.
 */
export function canonicalTemplate(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

/** `host[:port]` of an endpoint URL, lower-cased; the text itself when it is not a URL. */
function endpointHost(endpoint: string): string {
  try {
    return new URL(endpoint).host.toLowerCase();
  } catch {
    return endpoint;
  }
}

/**
 * The model block's canonical form: protocol, the endpoint's host (the provider or cluster serving
 * it; the scheme and a trailing slash are not the model), id, version, parameters, extra headers
 * and the request shaping of KServe and HTTP models. The credential is not part of the model.
 */
export function canonicalModel(side: Pick<ResolvedSide, 'manifest' | 'manifestEndpoint'>): string {
  const m = side.manifest.model;
  return canonicalJson({
    protocol: m.protocol,
    host: endpointHost(side.manifestEndpoint ?? m.endpoint),
    id: m.id,
    version: m.version,
    params: m.params,
    headers: m.headers,
    kserve: m.kserve,
    http: m.http,
  });
}

/** Every artifact of one resolved side with its content id, in a fixed order. */
export function artifactIds(side: ResolvedSide): ArtifactId[] {
  const { manifest } = side;
  const out: ArtifactId[] = [{ surface: 'model', name: 'model', file: side.manifestPath, id: sha256('model', canonicalModel(side)) }];
  for (const role of ['system', 'user'] as const) {
    const text = role === 'system' ? side.systemTemplate : side.userTemplate;
    const file = manifest.prompt?.[role];
    if (text !== undefined && file !== undefined) {
      out.push({ surface: 'prompt', name: `prompt.${role}`, file, id: sha256('prompt', canonicalTemplate(text)) });
    }
  }
  side.tools.forEach((tool, i) => {
    // The bare and the {type: function} wrapped form of a definition parse to the same tool.
    out.push({ surface: 'tools', name: `tool:${tool.name}`, file: manifest.tools?.schemas[i] ?? side.manifestPath, id: sha256('tool', canonicalJson(tool)) });
  });
  if (manifest.tools && (manifest.tools.choice !== undefined || manifest.tools.parallel !== undefined)) {
    const settings = canonicalJson({ choice: manifest.tools.choice, parallel: manifest.tools.parallel });
    out.push({ surface: 'tools', name: 'tools.settings', file: side.manifestPath, id: sha256('tools.settings', settings) });
  }
  if (manifest.context && (manifest.context.history || manifest.context.documents)) {
    // Defaults are filled in when the manifest loads: writing out a default does not change the id.
    out.push({ surface: 'context', name: 'context', file: side.manifestPath, id: sha256('context', canonicalJson(manifest.context)) });
  }
  return out;
}

/** The id of a surface from its artifacts; a surface with no artifact (no tools, say) has the id of the empty list. */
function surfaceId(surface: SurfaceName, artifacts: readonly ArtifactId[]): string {
  const own = artifacts
    .filter((a) => a.surface === surface)
    .map((a) => [a.name, a.id])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  return sha256(`surface.${surface}`, canonicalJson(own));
}

/**
 * The content ids of one resolved side: per artifact and per surface. What the lockfile records,
 * the report compares, and a rollout record can keep to name what is live.
 */
export function surfaceIds(side: ResolvedSide): SurfaceIds {
  const artifacts = artifactIds(side);
  const surfaces = Object.fromEntries(SURFACES.map((s) => [s, surfaceId(s, artifacts)])) as Record<SurfaceName, string>;
  return { surfaces, artifacts };
}
