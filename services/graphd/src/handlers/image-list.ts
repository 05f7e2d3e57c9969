import type { keel } from '../../../../proto';
import { toImage } from '../images';
import type { GraphdState } from '../state';

/** docker images: every image, newest first. (`all` shows intermediate images; imports make none.) */
export function listImages(_req: keel.graphd.v1.ListImagesRequest, ctx: GraphdState): keel.graphd.v1.IListImagesResponse {
  return { images: ctx.store.images().map((row) => toImage(ctx, row)) };
}
