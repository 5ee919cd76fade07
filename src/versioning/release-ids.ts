// The ids a flip or a canary ladder records for the release it puts live: the model reference and each
// surface's short content id, the same ids shadowgate.lock and the PR report show.
import type { ResolvedSide } from '../types.ts';
import { shortId, surfaceIds } from './ids.ts';

/** Ids of the artefacts being promoted, recorded with each flip. */
export interface ReleaseIds {
  /** The model reference, `id` or `id@version`. */
  model?: string;
  /** Short content ids of the surfaces, as shadowgate.lock and the PR report show them (src/versioning/ids.ts). */
  modelId?: string;
  prompt?: string;
  tools?: string;
  context?: string;
}

export const RELEASE_ID_KEYS = ['model', 'modelId', 'prompt', 'tools', 'context'] as const satisfies ReadonlyArray<keyof ReleaseIds>;

export function releaseIds(side: ResolvedSide): Required<ReleaseIds> {
  const ids = surfaceIds(side).surfaces;
  return {
    model: `${side.manifest.model.id}${side.manifest.model.version ? `@${side.manifest.model.version}` : ''}`,
    modelId: shortId(ids.model),
    prompt: shortId(ids.prompt),
    tools: shortId(ids.tools),
    context: shortId(ids.context),
  };
}
