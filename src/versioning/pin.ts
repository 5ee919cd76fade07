// Is the model really pinned? A floating alias (`gpt-4o`, `*-latest`, an image without a digest or
// tagged `:latest`, a storage URI without a version) can move under a service with no change in
// the repository, so the check fails on it and says which form pins it.
import type { ModelSurface } from '../types.ts';

export interface PinVerdict {
  pinned: boolean;
  /** What was checked and why it counts as pinned or floating. */
  reason: string;
  /** For a floating reference: the form that pins it. */
  hint?: string;
}

/** Regular expressions of model references accepted as pinned, per protocol (`openai`, `kserve-v2`, `http`) or `*` for any. */
export type PinAllowList = Partial<Record<string, readonly string[]>>;

const DIGEST = /@sha256:[0-9a-f]{64}$/;
const FLOATING_WORD = /(^|[-_:./@])latest$/i;
/** Snapshot suffixes providers use: 2024-08-06, 20241022, 0613 / 2411 (MMDD, YYMM), 002. */
const SNAPSHOT_SUFFIX = /-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{3})$/;
/** Families whose bare names are aliases that providers move to newer snapshots. */
const ALIAS_FAMILY = /^(gpt-|chatgpt-|o\d(-|$)|claude-|gemini-|mistral-|codestral-|ministral-|pixtral-|command-|text-embedding-|deepseek-|grok-)/i;
const STORAGE_URI = /^(gs|s3|pvc|hf|oci|azureblob|hdfs|webhdfs|https?):\/\//i;
/** An image reference: a registry host (with a dot or a port) followed by a path. */
const IMAGE_REF = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[a-z0-9._/-]+(:[\w][\w.-]{0,127})?(@sha256:[0-9a-f]{64})?$/i;

function allowedBy(reference: string, protocol: string, allow: PinAllowList | undefined): string | undefined {
  for (const key of [protocol, '*']) {
    for (const pattern of allow?.[key] ?? []) {
      if (new RegExp(pattern, 'u').test(reference)) return `${key}: ${pattern}`;
    }
  }
  return undefined;
}

/** An OCI image reference: pinned by digest; a tag other than `latest` is mutable but conventional, so it passes with that said. */
export function checkImage(reference: string): PinVerdict {
  if (DIGEST.test(reference)) return { pinned: true, reason: `${reference} is pinned by digest` };
  const lastPart = reference.slice(reference.lastIndexOf('/') + 1);
  const tag = lastPart.includes(':') ? lastPart.slice(lastPart.indexOf(':') + 1) : undefined;
  const hint = `pin the image by digest: ${reference.replace(/:[^/:]*$/, '')}@sha256:<digest> (docker buildx imagetools inspect shows it)`;
  if (tag === undefined) return { pinned: false, reason: `${reference} has no tag, which means :latest`, hint };
  if (/^latest$/i.test(tag)) return { pinned: false, reason: `${reference} is tagged :latest, which moves with every push`, hint };
  return { pinned: true, reason: `${reference} is tagged ${tag} (a tag can be moved; a digest cannot)` };
}

/** A model storage URI (KServe storageUri): pinned by a digest, a commit, or a version folder. */
export function checkStorageUri(uri: string, version?: string): PinVerdict {
  if (version !== undefined) return { pinned: true, reason: `${uri} is pinned by version ${version}` };
  if (DIGEST.test(uri) || /@[0-9a-f]{40}$/i.test(uri)) return { pinned: true, reason: `${uri} is pinned by digest` };
  const path = uri.replace(STORAGE_URI, '');
  const segments = path.split(/[/:@]/).filter(Boolean);
  const versioned = segments.slice(1).some((s) => /^(v?\d+([._-]\d+)*|\d{4}-\d{2}-\d{2}|\d{8})$/i.test(s));
  if (versioned && !FLOATING_WORD.test(uri)) return { pinned: true, reason: `${uri} names a version folder` };
  return {
    pinned: false,
    reason: `${uri} has no version or digest: whatever is uploaded there next is served`,
    hint: 'point at an immutable version, e.g. gs://bucket/model/v3, s3://bucket/model/2026-01-15, or oci://registry/model@sha256:<digest>',
  };
}

/**
 * Checks a manifest's model block. Allowed patterns win over the built-in rules (a provider's
 * deployment names, say, that the rules cannot tell apart from aliases).
 */
export function checkModelPin(model: Pick<ModelSurface, 'protocol' | 'id' | 'version'>, allow?: PinAllowList): PinVerdict {
  const reference = model.version !== undefined ? `${model.id}@${model.version}` : model.id;
  const allowed = allowedBy(model.id, model.protocol, allow) ?? (model.version !== undefined ? allowedBy(reference, model.protocol, allow) : undefined);
  if (allowed) return { pinned: true, reason: `${reference} matches an allowed pattern (${allowed})` };
  if (STORAGE_URI.test(model.id)) return checkStorageUri(model.id, model.version);
  if (IMAGE_REF.test(model.id) && !model.id.includes('://')) {
    const image = checkImage(model.id);
    if (image.pinned || model.version === undefined) return image;
  }
  if (FLOATING_WORD.test(model.id) || (model.version !== undefined && /^latest$/i.test(model.version))) {
    const hint =
      model.protocol === 'openai'
        ? `use a dated snapshot instead of ${reference} (e.g. gpt-4o-2024-08-06, claude-sonnet-4-5-20250929)`
        : 'name a fixed version or digest';
    return { pinned: false, reason: `${reference} is a floating alias ("latest" moves to whatever is newest)`, hint };
  }
  if (model.protocol === 'kserve-v2' && model.version === undefined) {
    return {
      pinned: false,
      reason: `KServe model ${model.id} has no version: the server answers with whichever version it has loaded`,
      hint: 'set model.version (quoted, e.g. version: "3") so requests go to /v2/models/<name>/versions/<version>/infer',
    };
  }
  if (model.id.startsWith('ft:')) return { pinned: true, reason: `${model.id} is a fine-tuned model id (immutable)` };
  if (ALIAS_FAMILY.test(model.id) && !SNAPSHOT_SUFFIX.test(model.id)) {
    return {
      pinned: false,
      reason: `${model.id} is a floating alias: the provider moves it to newer snapshots`,
      hint: `use the dated snapshot the alias points to today (e.g. ${model.id}-2024-08-06 style ids; the provider's model list shows them), or allow the name in versioning.pins if it is your own deployment`,
    };
  }
  if (model.version !== undefined) return { pinned: true, reason: `${reference} names a version` };
  return { pinned: true, reason: SNAPSHOT_SUFFIX.test(model.id) ? `${model.id} names a snapshot` : `${model.id} is not a known floating alias` };
}
