import type { keel } from '../../../../proto';
import { InvalidArgumentError } from '../../../kit/src/errors';
import { checkNewReference } from '../image/reference';
import { resolveImage } from '../images';
import type { GraphdState } from '../state';

/** docker tag SOURCE REPO[:TAG]: the tag points at the source image (moved, if it pointed elsewhere). */
export function tagImage(req: keel.graphd.v1.TagImageRequest, ctx: GraphdState): keel.graphd.v1.ITagImageResponse {
  if (!req.repo) throw new InvalidArgumentError('repository name must have at least one component');
  const ref = checkNewReference(req.repo, req.tag);
  return ctx.store.tx(() => {
    const { row } = resolveImage(ctx, req.source);
    ctx.store.setTag(ref.repo, ref.tag, row.id);
    return { imageId: row.id };
  });
}
