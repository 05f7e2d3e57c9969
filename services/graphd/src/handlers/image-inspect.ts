import type { keel } from '../../../../proto';
import { resolveImage, toImage } from '../images';
import type { GraphdState } from '../state';

/** docker image inspect: by repo:tag, repo (→ :latest), full id or unique id prefix. */
export function inspectImage(req: keel.graphd.v1.InspectImageRequest, ctx: GraphdState): keel.graphd.v1.IInspectImageResponse {
  return { image: toImage(ctx, resolveImage(ctx, req.name).row) };
}
