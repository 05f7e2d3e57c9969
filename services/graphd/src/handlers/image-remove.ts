import type { keel } from '../../../../proto';
import { ConflictError } from '../../../kit/src/errors';
import { formatReference, shortId } from '../image/reference';
import { sweepBlobs } from '../image/blobs';
import { dropUnusedLayers, removeLayerDirs, resolveImage } from '../images';
import type { GraphdState } from '../state';
import type { LayerRow } from '../store/store';

/**
 * docker rmi. By reference: untags; the image goes with its last tag. By id: untags every tag and
 * deletes the image (several tags need force). Deleted lists the image id, then the chain ids of
 * the layers that went. An image a container's rootfs uses is refused
 * unless forced; forced, the image and its tags go but its layers stay until the last such rootfs
 * is released. Layers nothing references any more are removed, rows and directories.
 */
export async function removeImage(req: keel.graphd.v1.RemoveImageRequest, ctx: GraphdState): Promise<keel.graphd.v1.IRemoveImageResponse> {
  const untagged: string[] = [];
  const deleted: string[] = [];
  let gone: LayerRow[] = [];
  ctx.store.tx(() => {
    const { row, ref } = resolveImage(ctx, req.name);
    const tags = ctx.store.tagsOf(row.id);
    const users = ctx.store.rootfsUsing(row.id);
    if (ref) {
      const name = formatReference(ref);
      const others = tags.filter((t) => !(t.repo === ref.repo && t.tag === ref.tag));
      if (others.length === 0 && users.length && !req.force) {
        throw new ConflictError(`conflict: unable to remove repository reference "${req.name}" (must force) - container ${shortId(users[0].container_id)} is using its referenced image ${shortId(row.id)}`);
      }
      ctx.store.deleteTag(ref.repo, ref.tag);
      untagged.push(name);
      if (others.length) return;
    } else {
      if (tags.length > 1 && !req.force) {
        throw new ConflictError(`conflict: unable to delete ${shortId(row.id)} (must be forced) - image is referenced in multiple repositories`);
      }
      if (users.length && !req.force) {
        throw new ConflictError(`conflict: unable to delete ${shortId(row.id)} (must be forced) - image is being used by container ${shortId(users[0].container_id)}`);
      }
      for (const t of tags) {
        ctx.store.deleteTag(t.repo, t.tag);
        untagged.push(`${t.repo}:${t.tag}`);
      }
    }
    ctx.store.deleteImage(row.id);
    deleted.push(row.id);
    gone = dropUnusedLayers(ctx, row.top_layer);
    deleted.push(...gone.map((l) => l.chain_id));
    ctx.store.dropEmptyRepositories();
    ctx.store.collectBlobs();
  });
  sweepBlobs(ctx);
  await removeLayerDirs(ctx, gone);
  return { untagged, deleted };
}
