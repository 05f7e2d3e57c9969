import type { keel } from '../../../../proto';
import { newRemoval, removeByName } from '../image/remove';
import { sweepBlobs } from '../image/blobs';
import { removeLayerDirs } from '../images';
import type { GraphdState } from '../state';

/**
 * docker rmi: untag or delete as dockerd does (image/remove.ts), in one transaction; then the
 * directories of the layers nothing references any more. Deleted lists the image ids, then the
 * chain ids of the layers that went.
 */
export async function removeImage(req: keel.graphd.v1.RemoveImageRequest, ctx: GraphdState): Promise<keel.graphd.v1.IRemoveImageResponse> {
  const out = newRemoval();
  ctx.store.tx(() => {
    removeByName(ctx, req.name, { force: !!req.force, prune: !req.noPrune, running: new Set(req.running ?? []) }, out);
    // the blobs only the removed images' manifests listed
    ctx.store.collectBlobs();
  });
  sweepBlobs(ctx);
  await removeLayerDirs(ctx, out.gone);
  return { untagged: out.untagged, deleted: out.deleted };
}
