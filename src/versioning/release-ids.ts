// The ids a flip or a canary ladder records for the release it puts live: the model reference and each
// surface's short content id, the same ids shadowgate.lock and the PR report show.
import type { ReleaseIds } from '../delivery/history.ts';
import type { ResolvedSide } from '../types.ts';
import { shortId, surfaceIds } from './ids.ts';

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
